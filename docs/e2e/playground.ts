// The tests run in Node; the callbacks they hand page.evaluate() run in the page.
/// <reference lib="dom" />
/**
 * Driving the playground of a step page as a reader does — the page's Run and Edit, the
 * editor (click, type, Ctrl+Enter), Share — and reading what it shows.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { hydrated, siteUrl } from './browser.js';

/** The page of `page` ('15' … '24', 'appendix'), relative to the site. */
export function pagePath(page: string): string {
  return page === 'appendix' ? 'appendix' : `steps/${page}`;
}

/** Opens a step's page (or the appendix), with a `#code=…` hash if given, and waits for Vue. */
export async function gotoPage(page: Page, which: string, hash = ''): Promise<void> {
  await page.goto(new URL(`${pagePath(which)}${hash}`, siteUrl).href);
  await hydrated(page);
}

/** The page's own Run (before the playground is open): mounts the playground, runs the demo. */
export async function pageRun(page: Page): Promise<RunResult> {
  await page.click('.dz-playground-run');
  await page.locator('.pg-root').waitFor();
  await page.waitForFunction(
    () => Number(document.querySelector<HTMLElement>('.pg-root')?.dataset['runs'] ?? 0) >= 1,
    undefined,
    { timeout: 30_000 },
  );
  return result(page);
}

/** The page's Edit: mounts the playground, and waits for its editor. */
export async function openPlayground(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.locator('.pg-root .cm-content').waitFor();
}

/** How many runs the playground has finished. */
async function runs(page: Page): Promise<number> {
  return Number((await page.locator('.pg-root').getAttribute('data-runs')) ?? 0);
}

export interface RunResult {
  readonly state: string;
  readonly stdout: string;
  readonly stderr: string;
  /** The whole output panel, as a reader sees it. */
  readonly text: string;
  /** Milliseconds from Run to the end of the run, as the playground measured them. */
  readonly ms: number;
}

/** Presses Run (the button, or Ctrl+Enter in the editor) and waits until the run has ended. */
export async function run(page: Page, how: 'button' | 'keyboard' = 'button'): Promise<RunResult> {
  const before = await runs(page);
  if (how === 'button') {
    await page.click('.pg-run');
  } else {
    await page.click('.pg-root .cm-content');
    await page.keyboard.press('Control+Enter');
  }
  await page.waitForFunction(
    (n) => Number(document.querySelector<HTMLElement>('.pg-root')?.dataset['runs'] ?? 0) > n,
    before,
    { timeout: 20_000 },
  );
  return result(page);
}

/** What the last run left in the output panel. */
export async function result(page: Page): Promise<RunResult> {
  const root = page.locator('.pg-root');
  const stream = (name: string) =>
    page.$$eval(`.pg-output .pg-${name}`, (spans) => spans.map((s) => s.textContent).join(''));
  return {
    state: (await root.getAttribute('data-state')) ?? '',
    stdout: await stream('stdout'),
    stderr: await stream('stderr'),
    text: (await page.locator('.pg-output').textContent()) ?? '',
    ms: Number(await root.getAttribute('data-run-ms')),
  };
}

/** Replaces the editor's text, as a reader selecting all and pasting would. */
export async function setCode(page: Page, code: string): Promise<void> {
  await page.click('.pg-root .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(code);
  await expect.poll(() => editorText(page)).toBe(code);
}

/**
 * The editor's whole text. CodeMirror draws only the lines in view, so it is read from the
 * editor's state, found from the content element as CodeMirror's own `EditorView.findFromDOM`
 * finds it (`cmTile.root.view`, @codemirror/view 6.43).
 */
export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    type Tile = { root?: { view?: { state: { doc: { toString(): string } } } } };
    const content = document.querySelector('.pg-root .cm-content') as
      | (Element & { cmTile?: Tile })
      | null;
    const view = content?.cmTile?.root?.view;
    if (view === undefined) throw new Error('no CodeMirror editor in the playground');
    return view.state.doc.toString();
  });
}

/** The type errors listed under the editor, once the checker has answered the last edit. */
export async function typeErrors(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () => {
      const root = document.querySelector<HTMLElement>('.pg-root');
      return (
        root?.dataset['edits'] !== undefined && root.dataset['checked'] === root.dataset['edits']
      );
    },
    undefined,
    { timeout: 30_000 },
  );
  return page.$$eval('.pg-problems li', (items) => items.map((li) => li.textContent ?? ''));
}

/** Waits until the run in progress has ended in `state` (`stopped`, say). */
export async function waitForState(page: Page, state: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (s) => document.querySelector<HTMLElement>('.pg-root')?.dataset['state'] === s,
    state,
    { timeout },
  );
}
