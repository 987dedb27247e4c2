/**
 * `pnpm dev` as someone writing a page runs it, for the browser test of its live reload
 * (dev.test.ts) and for its figures (devReport.ts): started on a free port, stopped with
 * everything it started. And a page saved with a line added, put back as it was afterwards.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '@dezero/tools/steps';
import type { Page } from 'playwright-core';

export interface DevServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  /** Milliseconds from `pnpm dev` to its address. */
  readonly startedIn: number;
  stop(): Promise<void>;
}

/** Runs `pnpm dev --port 0` and resolves once it prints its address (or rejects after `timeout` ms). */
export function startDev(timeout = 90_000): Promise<DevServer> {
  const started = performance.now();
  const child = spawn('pnpm', ['dev', '--port', '0'], {
    cwd: repoRoot,
    detached: true, // its own process group: stop() ends pnpm, node and Vite's workers together
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => stopGroup(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`pnpm dev printed no address within ${timeout} ms`));
    }, timeout);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`pnpm dev exited (${code}) before it printed its address`));
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const url = /^DeZero-TS docs \(dev\): (http:\S+)$/.exec(line)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ url, startedIn: performance.now() - started, stop });
    });
  });
}

function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (child.exitCode !== null || pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      resolve(); // the group has ended already
    }
  });
}

/**
 * Adds `line` as a paragraph at the end of `file` (relative to the repository) and returns
 * what puts the file back as it was; that also runs if the process exits first.
 */
export function appendParagraph(file: string, line: string): () => void {
  const path = join(repoRoot, file);
  const original = readFileSync(path, 'utf8');
  const restore = () => {
    writeFileSync(path, original);
    process.off('exit', restore);
  };
  process.on('exit', restore);
  writeFileSync(path, `${original.trimEnd()}\n\n${line}\n`);
  return restore;
}

/**
 * Opens `path` of the dev server in `page` and waits until its Vue app runs. The first page
 * waits longest: Vite bundles the site's dependencies for the browser on its first request.
 */
export async function openShown(page: Page, dev: DevServer, path: string): Promise<void> {
  await page.goto(new URL(path, dev.url).href);
  await page.waitForFunction(
    () => (document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__,
    undefined,
    { timeout: 60_000 },
  );
}
