/**
 * `pnpm start [--port N]`: builds the site (build.ts) through turbo (`site`), which replays
 * the last build from its cache while nothing the site is made from has changed, then serves
 * it on 127.0.0.1 and prints the address. Only then does it build the playground
 * (`@dezero/playground#build`, cached the same way): the pages answer at once, and a Run that
 * comes before the playground is built waits for it (server.ts). Built side by side, the two
 * builds shared the 2 cores this project is measured on, and the home page waited for both.
 * The port is `--port N`, else `PORT`, else 4173; it is read before the build, so one that is
 * not a port number fails at once (one in use, only when the site is served). `pnpm test:e2e`
 * starts the site the same way (`startSite`).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { playgroundDist } from '@dezero/playground/vite';
import { readCommandLine, usageError } from '@dezero/tools/args';
import { repoRoot } from '@dezero/tools/steps';
import { portOf } from './port.js';
import { type RunningSite, serveSite } from './server.js';

/**
 * Runs `turbo run <task>` on one package and resolves to turbo's exit code and whether the
 * result came from turbo's cache. What the build prints on stdout is printed as it comes, or,
 * when `quiet`, only if the build fails; its stderr is printed as it comes either way.
 */
function turbo(
  task: string,
  filter: string,
  quiet: boolean,
): Promise<{ code: number; cached: boolean; seconds: string }> {
  const started = performance.now();
  const child = spawn(
    'turbo',
    ['run', task, `--filter=${filter}`, '--output-logs=new-only', '--log-prefix=none'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let cached = true;
  const held: string[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (/cache miss/.test(line)) cached = false;
    if (/^\s*(Tasks|Cached|Time):/.test(line) || line.trim() === '') return;
    if (quiet) held.push(line);
    else console.log(line);
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (code !== 0) for (const line of held) console.log(line);
      resolve({ code: code ?? 1, cached, seconds });
    });
  });
}

/** Builds the site (not the playground) and resolves to turbo's exit code. */
async function buildSite(): Promise<number> {
  const { code, cached, seconds } = await turbo('site', '@dezero/docs', false);
  if (code === 0) {
    console.log(
      cached
        ? `Nothing changed: the site came from turbo's cache (${seconds} s).`
        : `Built the site in ${seconds} s.`,
    );
  }
  return code;
}

/** Builds the playground and resolves to whether it built. */
async function buildPlayground(): Promise<boolean> {
  const { code, cached, seconds } = await turbo('build', '@dezero/playground', true);
  if (code !== 0) {
    console.error(`The playground did not build (turbo exited ${code}): Run will not work.`);
    return false;
  }
  console.log(
    cached
      ? `The playground came from turbo's cache (${seconds} s).`
      : `Built the playground in ${seconds} s.`,
  );
  return true;
}

/**
 * Builds the site and serves it on `port`; the playground is built after, and a request for it
 * waits until then. Rejects if the site does not build or the port cannot be had.
 */
export async function startSite(
  port: number,
): Promise<RunningSite & { readonly playgroundBuilt: Promise<boolean> }> {
  const status = await buildSite();
  if (status !== 0) throw new Error(`the site did not build (turbo exited ${status})`);
  let built!: (value: boolean) => void;
  const playgroundBuilt = new Promise<boolean>((resolve) => {
    built = resolve;
  });
  const site = await serveSite(port, {
    playground: { dir: playgroundDist, built: playgroundBuilt },
  });
  buildPlayground().then(built, (error: unknown) => {
    console.error(`The playground did not build: ${(error as Error).message}`);
    built(false);
  });
  return { ...site, playgroundBuilt };
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
  try {
    const site = await startSite(port);
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
