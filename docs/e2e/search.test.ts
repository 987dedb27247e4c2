/**
 * The search box, as a learner uses it: each query is typed into VitePress's own box, and the
 * page that teaches the idea must be among the first results, at the heading that teaches it,
 * with a snippet. The index and its tuning are .vitepress/search.ts: step pages (without their
 * generated diffs) rank above the API pages, words match by prefix and with a small typo, and
 * the book's Python names and the Korean terms find their steps.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hydrated, siteUrl, stepPagePath, useBrowser } from './browser.js';

const session = useBrowser();
let page: Page;

beforeAll(async () => {
  page = await session.open();
  await page.goto(siteUrl);
  await hydrated(page);
});

interface Result {
  /** The result's address on the site, without the site's own: `/steps/18#forward-only`. */
  readonly href: string;
  /** Its snippet, as the box shows it under the heading. */
  readonly excerpt: string;
}

/** Opens the search box, unless it is open. */
async function openBox(): Promise<void> {
  const input = page.locator('#localsearch-input');
  if (await input.isVisible()) return;
  await page.locator('.VPNavBarSearch button').click();
  await input.waitFor();
}

/**
 * Types `query` into the search box, key by key, and returns the results it shows, best first,
 * once they have stopped changing (the box searches a moment after the last key, and draws
 * its snippets after that).
 */
async function search(query: string): Promise<Result[]> {
  await openBox();
  const input = page.locator('#localsearch-input');
  await input.fill('');
  await input.pressSequentially(query);
  const read = () =>
    page.locator('#localsearch-list a.result').evaluateAll((links) =>
      links.map((a) => ({
        href:
          new URL((a as HTMLAnchorElement).href).pathname +
          new URL((a as HTMLAnchorElement).href).hash,
        excerpt: (a.querySelector('.excerpt')?.textContent ?? '').trim(),
      })),
    );
  let last = JSON.stringify(await read());
  for (let stable = 0; stable < 4; ) {
    await page.waitForTimeout(150);
    const now = JSON.stringify(await read());
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
  return JSON.parse(last) as Result[];
}

/** The page of a result, without its heading: `/steps/18`. */
const pageOf = (result: Result) => result.href.split('#')[0] ?? '';

/** How many of the first results count as "found". */
const FIRST = 3;

/** Where each query must lead: the steps whose pages teach it. */
const STEP_PAGES: readonly [query: string, steps: readonly number[]][] = [
  // The learner's words of the site before (typedoc's box).
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
  // Issue 19's: an idea, the book's Python names.
  ['generation', [16]],
  ['enable_backprop', [18]],
  ['retain_grad', [18]],
  ['no_grad', [18]],
  ['__radd__', [21]],
];

describe('a learner’s words find the step page that teaches them, at a heading, with a snippet', () => {
  it.each(STEP_PAGES)('%s → step %s', async (query, steps) => {
    const results = await search(query);
    const pages = steps.map((step) => `/${stepPagePath(step)}`);
    const found = results.slice(0, FIRST).filter((result) => pages.includes(pageOf(result)));
    const shown = results.map((r) => r.href).join(', ');
    expect(found, `the first ${FIRST} results for '${query}': ${shown}`).not.toEqual([]);
    expect(found[0]?.href, 'it opens at a heading').toMatch(/#./);
    expect(found[0]?.excerpt.length, 'it shows a snippet').toBeGreaterThan(20);
  });

  it('generation → step 16 first, above every API entry named generation', async () => {
    const results = await search('generation');
    expect(pageOf(results[0] ?? { href: '', excerpt: '' })).toBe(`/${stepPagePath(16)}`);
  });

  it('define-and-run → the Appendix first', async () => {
    const results = await search('define-and-run');
    expect(pageOf(results[0] ?? { href: '', excerpt: '' })).toBe('/appendix');
  });

  it('a typo still finds: backwrd → a page that teaches backward', async () => {
    const results = await search('backwrd');
    const teaching = results.slice(0, FIRST).filter((r) => r.href.startsWith('/steps/'));
    expect(teaching, results.map((r) => r.href).join(', ')).not.toEqual([]);
    expect(teaching[0]?.excerpt.toLowerCase()).toContain('backward');
  });
});

describe('API names and settings lead to the step that teaches them, then to their entries', () => {
  it('enableBackprop → step 18 first (a property, listed in its class’s table on the API page)', async () => {
    const results = await search('enableBackprop');
    expect(pageOf(results[0] ?? { href: '', excerpt: '' })).toBe(`/${stepPagePath(18)}`);
  });

  it.each([
    ['noGrad', '/api/step18#nograd'],
    ['usingConfig', '/api/step18#usingconfig'],
  ])('%s → step 18, and its API entry %s among the first results', async (query, entry) => {
    const results = await search(query);
    const shown = results.map((r) => r.href).join(', ');
    expect(pageOf(results[0] ?? { href: '', excerpt: '' }), shown).toBe(`/${stepPagePath(18)}`);
    expect(
      results.slice(0, 8).map((r) => r.href.toLowerCase()),
      shown,
    ).toContainEqual(expect.stringContaining(entry));
  });
});

describe('the Glossary and Decisions pages are in the index too', () => {
  it.each([
    ['한국어', '/glossary'],
    ['duplication', '/decisions'],
  ])('%s → %s', async (query, document) => {
    const results = await search(query);
    expect(results.slice(0, FIRST).map(pageOf)).toContain(document);
  });
});

it('a result opens its page at its heading', async () => {
  const [first] = await search('retainGrad');
  await page.locator('#localsearch-list a.result').first().click();
  await page.waitForURL((url) => url.pathname === pageOf(first ?? { href: '', excerpt: '' }));
  // VitePress changes the page in place, the address first: wait for the new page's title.
  await page.locator('h1', { hasText: 'Step 18:' }).waitFor();
});

it('Enter opens the first result', async () => {
  await page.goto(siteUrl);
  await hydrated(page);
  const [first] = await search('약한 참조');
  await page.locator('#localsearch-input').press('Enter');
  await page.waitForURL((url) => url.pathname === pageOf(first ?? { href: '', excerpt: '' }));
  await page.locator('h1', { hasText: 'Step 17:' }).waitFor();
});

session.itReportsNoProblems();
