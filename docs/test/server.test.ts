/**
 * The server `pnpm start` and the browser test use (scripts/server.ts), on a made-up site: the
 * pages answer at once, the playground only once its build has ended, and a failed build or
 * a missing file gets an answer that says so.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningSite, serveSite } from '../scripts/server.js';

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dezero-server-'));
  folders.push(dir);
  return dir;
}

function madeUpSite(): { root: string; playground: string } {
  const dir = folder();
  const root = join(dir, 'site');
  const playground = join(dir, 'playground');
  mkdirSync(join(root, 'steps'), { recursive: true });
  mkdirSync(playground);
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(root, '404.html'), '<h1>not here</h1>');
  writeFileSync(join(root, 'steps', '18.html'), '<h1>step 18</h1>');
  writeFileSync(join(playground, 'loader.js'), 'export const loaded = true;');
  return { root, playground };
}

/** A promise settled from outside, as the playground's build settles `built`. */
function later<T>(): { promise: Promise<T>; settle: (value: T) => void } {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}

/** Whether `promise` is still pending after the server has had time to answer. */
async function pending(promise: Promise<unknown>): Promise<boolean> {
  const marker = Symbol('pending');
  const timeout = new Promise((resolve) => setTimeout(() => resolve(marker), 200));
  return (await Promise.race([promise, timeout])) === marker;
}

let site: RunningSite | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('serveSite', () => {
  it('serves a page by its address without .html, and the 404 page with status 404', async () => {
    const { root } = madeUpSite();
    site = await serveSite(0, { root });
    const step = await fetch(new URL('steps/18', site.url));
    expect(step.status).toBe(200);
    expect(await step.text()).toBe('<h1>step 18</h1>');
    const missing = await fetch(new URL('steps/99', site.url));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<h1>not here</h1>');
  });

  it('holds a playground request until the build ends, while pages answer at once', async () => {
    const { root, playground } = madeUpSite();
    const built = later<boolean>();
    site = await serveSite(0, { root, playground: { dir: playground, built: built.promise } });
    const loader = fetch(new URL('playground/loader.js', site.url));
    try {
      expect(await pending(loader)).toBe(true);
      expect((await fetch(site.url)).status).toBe(200);
      expect(await pending(loader)).toBe(true);
    } finally {
      built.settle(true);
    }
    const answer = await loader;
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('export const loaded = true;');
  });

  it('closes at once, though a playground request still waits', async () => {
    const { root, playground } = madeUpSite();
    const never = new Promise<boolean>(() => {});
    const waiting = await serveSite(0, { root, playground: { dir: playground, built: never } });
    const loader = fetch(new URL('playground/loader.js', waiting.url));
    expect(await pending(loader)).toBe(true);
    await waiting.close();
    await expect(loader).rejects.toThrow();
  });

  it('answers 503, saying where the errors are, when the playground did not build', async () => {
    const { root, playground } = madeUpSite();
    site = await serveSite(0, {
      root,
      playground: { dir: playground, built: Promise.resolve(false) },
    });
    const answer = await fetch(new URL('playground/loader.js', site.url));
    expect(answer.status).toBe(503);
    expect(await answer.text()).toMatch(/did not build.*terminal that runs pnpm start/);
  });

  it('gives the 404 page for a file the playground does not have', async () => {
    const { root, playground } = madeUpSite();
    site = await serveSite(0, {
      root,
      playground: { dir: playground, built: Promise.resolve(true) },
    });
    const answer = await fetch(new URL('playground/nothing.js', site.url));
    expect(answer.status).toBe(404);
    expect(await answer.text()).toBe('<h1>not here</h1>');
  });

  it('refuses a folder with no built site, naming the folder', async () => {
    const empty = folder();
    await expect(serveSite(0, { root: empty })).rejects.toThrow(`no site in ${empty}`);
  });
});
