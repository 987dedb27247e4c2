/**
 * `pnpm dev` as someone writing a page runs it, for the browser test of its live reload
 * (dev.test.ts) and for its figures (devReport.ts): started on a free port in a process group
 * of its own, and stopped by ending that group (`pnpm start`, for startReport.ts, the same
 * way). And a page saved with a line added, put back as it was afterwards.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '@dezero/tools/steps';
import type { Page } from 'playwright-core';
import { hydrated } from './chromium.js';

export interface DevServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  /** Milliseconds from the command to its address. */
  readonly startedIn: number;
  stop(): Promise<void>;
}

/**
 * Runs `pnpm dev --port 0` and resolves once it prints its address; rejects if it has not
 * after `timeout` ms, or if it exits first.
 */
export function startDev(timeout = 90_000): Promise<DevServer> {
  return startServer(
    ['dev', '--port', '0'],
    repoRoot,
    /^DeZero-TS docs \(dev\): (http:\S+)$/,
    timeout,
  );
}

/**
 * Runs `pnpm <args>` in `cwd`, in a process group of its own, and resolves once a line it
 * prints matches `address` (whose first group is the address); rejects if none has after
 * `timeout` ms, or if it exits first. `pnpm dev` here, and `pnpm start` in startReport.ts.
 */
export function startServer(
  args: readonly string[],
  cwd: string,
  address: RegExp,
  timeout: number,
): Promise<DevServer> {
  const started = performance.now();
  const child = spawn('pnpm', args, {
    cwd,
    detached: true, // its own process group: stop() ends pnpm and all it started together
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => stopGroup(child);
  // A Ctrl-C reaches this process, not the group: end the group too.
  const onSignal = (signal: NodeJS.Signals) => {
    void stop().then(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', () => killGroup(child, 'SIGKILL'));
  const command = `pnpm ${args.join(' ')}`;
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      clearTimeout(timer);
      void stop().then(() => reject(error));
    };
    const timer = setTimeout(
      () => fail(new Error(`${command} printed no address within ${timeout} ms`)),
      timeout,
    );
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      fail(new Error(`${command} exited (${code ?? signal}) before it printed its address`));
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const url = address.exec(line)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ url, startedIn: performance.now() - started, stop });
    });
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group has ended already
  }
}

/** Ends the group with SIGTERM, and with SIGKILL if pnpm has not exited 5 s later. */
function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    killGroup(child, 'SIGKILL'); // what pnpm started may outlive it
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      killGroup(child, 'SIGKILL');
      resolve();
    });
    killGroup(child, 'SIGTERM');
  });
}

/**
 * Adds `line` as a paragraph at the end of `file` (relative to the repository) and returns
 * what puts the file back as it was. That also runs if the process exits first, or is ended
 * by SIGINT or SIGTERM (not by SIGKILL: then `git checkout` the file).
 */
export function appendParagraph(file: string, line: string): () => void {
  const path = join(repoRoot, file);
  const original = readFileSync(path, 'utf8');
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    process.kill(process.pid, signal);
  };
  const restore = () => {
    writeFileSync(path, original);
    process.off('exit', restore);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  process.on('exit', restore);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  writeFileSync(path, `${original.trimEnd()}\n\n${line}\n`);
  return restore;
}

/**
 * Opens `path` of the dev server in `page` and waits until its Vue app runs and the page has
 * fetched what it fetches: Vite bundles a dependency the first time a page asks for it, and
 * may reload the page once it has.
 */
export async function openShown(page: Page, dev: DevServer, path: string): Promise<void> {
  await page.goto(new URL(path, dev.url).href);
  await hydrated(page, 60_000);
  await page.waitForLoadState('networkidle', { timeout: 60_000 });
}
