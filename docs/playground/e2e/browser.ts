// The tests run in Node; the callbacks they hand page.evaluate() run in the page.
/// <reference lib="dom" />
/**
 * The playground's browser test harness: headless Chromium (harness/chromium.ts), pages
 * that record whatever goes wrong in them, and the helpers that drive the
 * playground as a reader does (click, type, Ctrl+Enter) and read what it shows.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium } from '../harness/chromium.ts';

export const playgroundUrl = inject('playgroundUrl');
const local = new URL(playgroundUrl).origin;

/** A browser for the test file, and the problems its pages met; the last test checks none. */
export function useChromium() {
  let browser: Browser | undefined;
  const problems: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /**
     * A page in a context of its own, `width` px wide. Every request that would leave the
     * local server is stopped there and recorded (route interception covers the workers'
     * requests too), as is every console error, uncaught exception and failed request.
     */
    async open({ width = 1280, dark = false } = {}): Promise<Page> {
      if (browser === undefined) throw new Error('open pages in a test or a hook');
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        isMobile: width < 600,
        hasTouch: width < 600,
        colorScheme: dark ? 'dark' : 'light',
      });
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith(`${local}/`) || url.startsWith('blob:') || url.startsWith('data:')) {
          await route.continue();
        } else {
          problems.push(`left the local server: ${url}`);
          await route.abort();
        }
      });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // The context's, not the page's: they include what the workers fetch.
      context.on('requestfailed', (request) => {
        problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
      });
      context.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      return page;
    },
    /** Takes out of the list (and returns) the problems that mention `url`: a test that makes one on purpose. */
    takeProblems(url: string): string[] {
      const taken = problems.filter((problem) => problem.includes(url));
      problems.splice(0, problems.length, ...problems.filter((p) => !p.includes(url)));
      return taken;
    },
    itReportsNoProblems() {
      it('no page left the local server, logged an error or failed to load anything', () => {
        expect(problems).toEqual([]);
      });
    },
  };
}

/** Opens the test page of `step` ('15' … '24', 'appendix'), optionally with a `#code=` hash. */
export async function gotoStep(page: Page, step: string, hash = ''): Promise<void> {
  await page.goto(`${playgroundUrl}?step=${step}${hash}`);
  await page.locator('pre.demo, .pg-root').first().waitFor();
}

/** Opens the playground (the page's "Edit in the browser"), and waits for its editor. */
export async function openPlayground(page: Page): Promise<void> {
  await page.click('#open');
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
}

/** The editor's text, from the playground the test page keeps (`window.playground`). */
export function editorText(page: Page): Promise<string> {
  return page.evaluate(() =>
    (window as unknown as { playground: { code(): string } }).playground.code(),
  );
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
