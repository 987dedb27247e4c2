/**
 * `pnpm start [--port N]`: builds the site (build.ts) and, beside it, the playground
 * (`@dezero/playground#build`) through turbo (`site:all`), which replays the last
 * build from its cache while nothing the site is made from has changed, then serves it on
 * 127.0.0.1 and prints the address. The port is `--port N`, else `PORT`, else 4173; it is
 * read before the build, so a bad one fails at once. `pnpm test:e2e` builds the same way
 * (`buildSite`).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { readCommandLine, usageError } from '@dezero/tools/args';
import { repoRoot } from '@dezero/tools/steps';
import { portOf } from './port.js';
import { serveSite } from './server.js';

/**
 * Runs `turbo run site` for the docs package, printing what the build prints, and resolves
 * to its exit code once it has said whether it built or replayed the site from the cache.
 */
export function buildSite(): Promise<number> {
  const started = performance.now();
  const child = spawn(
    'turbo',
    ['run', 'site:all', '--filter=@dezero/docs', '--output-logs=new-only', '--log-prefix=none'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  // Three tasks (the site, the playground, the copy): the site came from the cache only if
  // none of them ran.
  let cached = true;
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (/cache miss/.test(line)) cached = false;
    if (/^\s*(Tasks|Cached|Time):/.test(line) || line.trim() === '') return;
    console.log(line);
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        console.log(
          cached
            ? `Nothing changed: the site came from turbo's cache (${seconds} s).`
            : `Built the site in ${seconds} s.`,
        );
      }
      resolve(code ?? 1);
    });
  });
}

async function main(): Promise<void> {
  const line = {
    command: 'pnpm start',
    usage: 'usage: pnpm start [--port N], or PORT=N pnpm start',
    options: { port: { type: 'string' } },
    positionals: false,
  } as const;
  const { values } = readCommandLine(line);
  const port = portOf(values.port, (reason) => usageError(line, reason), 4173);
  const status = await buildSite();
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
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
