/**
 * `pnpm start`: builds the site through turbo, a line per package as it goes (a second start
 * with nothing changed is served from turbo's cache, and says so), then serves docs/site/ on
 * 127.0.0.1 and prints the address. The port is `--port N`, else `PORT`, else 4173; it is
 * read before the build, so a bad one fails at once.
 */
import { parseArgs } from 'node:util';
import { buildDocs } from './buildProgress.js';
import { serveSite } from './server.js';

const DEFAULT_PORT = 4173;

function portFromCommandLine(): number {
  let text: string | undefined;
  try {
    text = parseArgs({ options: { port: { type: 'string' } } }).values.port;
  } catch (error) {
    fail(String((error as Error).message).split('. ')[0] ?? 'bad arguments');
  }
  text ??= process.env['PORT'] || String(DEFAULT_PORT);
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) fail(`'${text}' is not a port number`);
  return port;
}

function fail(reason: string): never {
  console.error(`pnpm start: ${reason} (usage: pnpm start [--port N], or PORT=N pnpm start)`);
  process.exit(2);
}

const port = portFromCommandLine();
const status = await buildDocs();
if (status !== 0) process.exit(status);
try {
  const site = await serveSite(port);
  console.log(`DeZero-TS docs: ${site.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void site.close().then(() => process.exit(0)));
  }
} catch (error) {
  const reason =
    (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
      ? `port ${port} is in use; pick another with --port N or PORT=N`
      : (error as Error).message;
  console.error(`pnpm start: ${reason}`);
  process.exit(1);
}
