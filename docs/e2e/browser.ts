// The tests run in Node; the callbacks they hand page.evaluate() run in the page.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * What every browser test shares: Debian's headless Chromium (never a downloaded one), pages
 * that record whatever goes wrong in them, and the folder the screenshots go to.
 */
import { mkdirSync } from 'node:fs';
import { existingSteps } from '@dezero/tools/steps';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { hydrated, launch } from './chromium.js';

export { hydrated };

export const siteUrl = inject('siteUrl');
const artifacts = new URL('./artifacts/', import.meta.url);

/** The two widths the site is checked at: a laptop, and a phone. */
export const WIDTHS = { desktop: 1280, phone: 390 } as const;
export type Theme = 'light' | 'dark';

export interface PageOptions {
  readonly width?: number;
  /** VitePress's theme, as the reader's switch in the top bar leaves it. */
  readonly theme?: Theme;
  readonly deviceScaleFactor?: number;
  /** A page expected to answer 404 (the site's 404 page): its status is not a problem. */
  readonly expectNotFound?: string;
}

/**
 * A page in a context of its own, at `width` px (default 1280) and in `theme` (default: the
 * OS's, which is light here). Everything that goes wrong in it is added to `problems`: a
 * console error, an uncaught exception, a failed or 4xx/5xx request (the page's or a
 * worker's), and any request that leaves the site, which is stopped (no CDN, no font
 * service: the site is self-contained).
 */
export async function openPage(
  browser: Browser,
  problems: string[],
  { width = WIDTHS.desktop, theme, deviceScaleFactor = 1, expectNotFound }: PageOptions = {},
): Promise<Page> {
  const options: BrowserContextOptions = {
    viewport: { width, height: width < 600 ? 844 : 900 },
    deviceScaleFactor,
    isMobile: width < 600,
    hasTouch: width < 600,
    colorScheme: theme ?? 'light',
  };
  const context = await browser.newContext(options);
  if (theme !== undefined) {
    await context.addInitScript(
      (value) => localStorage.setItem('vitepress-theme-appearance', value),
      theme,
    );
  }
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The browser's own line for the expected 404 is not the page's error.
    if (expectNotFound !== undefined && message.location().url === expectNotFound) return;
    problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Every request that would leave the site is stopped and recorded: the context's routes see
  // the page's requests and its workers' (the playground's).
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(siteUrl) || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.continue();
    } else {
      problems.push(`off-site: ${url}`);
      await route.abort();
    }
  });
  context.on('requestfailed', (request) => {
    // VitePress fetches the pages a page links to ahead of a click; leaving the page aborts
    // the fetches still on their way. That is the browser's doing, not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    if (problems.includes(`off-site: ${request.url()}`)) return; // stopped above, and recorded
    problems.push(`request failed: ${request.url()}`);
  });
  context.on('response', (response) => {
    if (response.status() === 404 && response.url() === expectNotFound) return;
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  return page;
}

/** A test file's browser, and the pages it opens. */
export interface BrowserSession {
  /** A new page, reporting what goes wrong in it to the file's list (see {@link openPage}). */
  open(options?: PageOptions): Promise<Page>;
  /**
   * Registers the test that no page the file opened logged an error, failed to load
   * anything or reached off the site. Call it after the file's other tests: it runs last.
   */
  itReportsNoProblems(): void;
  /** Takes out of the list (and returns) the problems that mention `url`: a test that makes one on purpose. */
  takeProblems(url: string): string[];
}

/** The browser a test file shares: launched before its first test, closed after its last. */
export function useBrowser(): BrowserSession {
  let browser: Browser | undefined;
  const problems: string[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    open(options) {
      if (browser === undefined) throw new Error('open pages in a test or a beforeAll hook');
      return openPage(browser, problems, options);
    },
    takeProblems(url) {
      const taken = problems.filter((problem) => problem.includes(url));
      problems.splice(0, problems.length, ...problems.filter((p) => !p.includes(url)));
      return taken;
    },
    itReportsNoProblems() {
      it('no page logged a console error, failed to load anything or reached off the site', () => {
        expect(problems).toEqual([]);
      });
    },
  };
}

/** The page of a step (`steps/18`), relative to the site. */
export function stepPagePath(step: number): string {
  return `steps/${step}`;
}

/**
 * Opens a step's page and waits until it is shown, the fonts have loaded and (on every step
 * but the first, which has no step before it) the diff view is drawn.
 */
export async function gotoStep(page: Page, step: number): Promise<void> {
  await page.goto(new URL(stepPagePath(step), siteUrl).href);
  await expect(page.locator('h1').first().textContent()).resolves.toContain(`Step ${step}:`);
  await hydrated(page);
  if (step !== existingSteps()[0]) await page.locator('.dz-diff[data-ready]').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
}

/** Writes a screenshot to e2e/artifacts/ (ignored by git; CI can keep it). */
export async function screenshot(target: Page | Locator, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  const path = new URL(name, artifacts).pathname;
  if ('goto' in target) await target.screenshot({ path, fullPage: true });
  else await target.screenshot({ path });
}
