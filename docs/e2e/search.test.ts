/**
 * The search box, as a learner uses it: each query is typed into typedoc's own box on the
 * landing page, and the page it should find must be among the first results. The index
 * behind it is tools/searchPlugin.ts: step pages' prose, the Glossary and Decisions pages,
 * doc comments, and Korean words.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteUrl, stepPagePath, useBrowser } from './browser.js';

const session = useBrowser();
let page: Page;

beforeAll(async () => {
  page = await session.open();
});

beforeAll(async () => {
  await page.goto(siteUrl);
  // Record when the search box was last typed into and when its results were last drawn.
  await page.evaluate(() => {
    const times = { input: 0, drawn: -1 };
    Object.assign(window, { searchTimes: times });
    document
      .getElementById('tsd-search-input')
      ?.addEventListener('input', () => Object.assign(times, { input: performance.now() }));
    const observer = new MutationObserver(() => Object.assign(times, { drawn: performance.now() }));
    for (const id of ['tsd-search-results', 'tsd-search-status']) {
      const list = document.getElementById(id);
      if (list) observer.observe(list, { childList: true });
    }
  });
});

/**
 * Types `query` into the search box on the landing page, key by key, and returns the links of
 * the results it shows, best first. typedoc searches 200 ms after the last key: this waits for
 * the list drawn after the last key, not one drawn for part of the query.
 */
async function search(query: string): Promise<string[]> {
  if (!(await page.locator('#tsd-search').isVisible())) {
    await page.locator('#tsd-search-trigger').click();
  }
  // Typing before the index has loaded would find nothing.
  await page.waitForFunction(
    () => document.getElementById('tsd-search-status')?.textContent === '',
  );
  const input = page.locator('#tsd-search-input');
  await input.fill('');
  await input.pressSequentially(query);
  await page.waitForFunction(() => {
    const { input, drawn } = (
      window as unknown as { searchTimes: { input: number; drawn: number } }
    ).searchTimes;
    return drawn > input;
  });
  const hrefs = await page
    .locator('#tsd-search-results li a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((href) => href.slice(siteUrl.length));
}

/** Where each query must lead: the page, and how near the top it must be. */
const STEP_PAGES: readonly [query: string, steps: readonly number[]][] = [
  ['retainGrad', [18]],
  ['메모리 절약', [18]],
  ['memory-saving', [18]],
  ['약한 참조', [17]],
  ['weak reference', [17]],
  ['역전파', [15, 16]],
  ['backpropagation', [15, 16]],
  ['연산자 오버로드', [20]],
  ['순환 참조', [17]],
  ['세대', [16]],
];

/** How many of the first results count as "found". */
const FIRST = 3;

describe('a learner’s words find the step page that explains them', () => {
  it.each(STEP_PAGES)('%s → step %s', async (query, steps) => {
    const results = await search(query);
    const pages = steps.map(stepPagePath);
    const found = results.slice(0, FIRST).filter((href) => pages.includes(href));
    expect(found, `the first ${FIRST} results for '${query}': ${results.join(', ')}`).not.toEqual(
      [],
    );
  });
});

describe('API names and settings still lead to their own entries', () => {
  it.each([
    ['noGrad', 'functions/_dezero_step18.noGrad.html'],
    ['usingConfig', 'functions/_dezero_step18.usingConfig.html'],
    ['enableBackprop', 'classes/_dezero_step18.Config.html#enablebackprop'],
  ])('%s → %s first', async (query, entry) => {
    const results = await search(query);
    expect(results[0], results.join(', ')).toBe(entry);
  });

  it('generation → a generation property first', async () => {
    const results = await search('generation');
    expect(results[0]).toMatch(/^classes\/_dezero_step\d+\.(Variable|Function)\.html#generation$/);
  });
});

describe('the Glossary and Decisions pages are in the index too', () => {
  it.each([
    ['한국어', 'documents/Glossary.html'],
    ['duplication', 'documents/Decisions.html'],
  ])('%s → %s', async (query, document) => {
    const results = await search(query);
    expect(results.slice(0, FIRST)).toContain(document);
  });
});

it('a result opens its page', async () => {
  await search('retainGrad');
  await page.locator('#tsd-search-results li a', { hasText: '@dezero/step18' }).first().click();
  await page.waitForLoadState('load');
  await expect(page.locator('h1').first().textContent()).resolves.toContain('@dezero/step18');
});

session.itReportsNoProblems();
