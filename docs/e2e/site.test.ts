/**
 * The docs site in a real browser: Debian's headless Chromium, driven by playwright-core,
 * against the site as `pnpm start` serves it. Screenshots go to e2e/artifacts/.
 */
import { existingSteps } from '@dezero/tools/steps';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gotoStep, hydrated, screenshot, siteUrl, stepPagePath, useBrowser } from './browser.js';

const session = useBrowser();
let page: Page;

beforeAll(async () => {
  page = await session.open();
});

/** The row of the home page's table of steps whose first cell is `step`. */
function stepRow(step: number) {
  return page
    .locator('table')
    .first()
    .locator('tr', { has: page.locator('td:first-child', { hasText: new RegExp(`^${step}$`) }) });
}

/** Opens the page of a step from the home page's table, as a reader would. */
async function openStep(step: number): Promise<void> {
  await page.goto(siteUrl);
  await hydrated(page);
  await stepRow(step).getByRole('link').click();
  // VitePress changes the page in place: wait for the new page's title.
  await page.locator('h1', { hasText: `Step ${step}:` }).waitFor();
  await hydrated(page);
}

it('the home page lists every step, each linking to its page', async () => {
  await page.goto(siteUrl);
  for (const step of existingSteps()) {
    await expect(stepRow(step).count(), `a row for step ${step}`).resolves.toBe(1);
    const href = await stepRow(step).getByRole('link').getAttribute('href');
    expect(href, `the link of step ${step}`).toBe(`/${stepPagePath(step)}`);
    const response = await page.request.get(new URL(href ?? '', page.url()).href);
    expect(response.status(), `the page of step ${step}`).toBe(200);
  }
  await screenshot(page, 'home.png');
});

it('the step 18 page shows the generated diff with the retainGrad and enableBackprop lines', async () => {
  await openStep(18);
  await page.locator('.dz-diff[data-ready]').first().waitFor();
  // The plain unified text, one click away behind the diff view's switch.
  await page.getByRole('button', { name: 'Plain text' }).first().click();
  const diff = page.locator('.dz-diff-text pre code').first();
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the lines as shown
  const lines = (await diff.innerText()).split('\n');
  expect(lines).toContainEqual(expect.stringMatching(/^\+.*backward\(\{ retainGrad = false \}/));
  expect(lines).toContainEqual(expect.stringMatching(/^\+.*if \(Config\.enableBackprop\) \{/));
});

it('the demo output on the step 22 page reads variable(8.0)', async () => {
  await openStep(22);
  const output = page.locator('p:has-text("What it printed") + div[class*="language-"] pre code');
  expect(((await output.textContent()) ?? '').split('\n')).toContain('variable(8.0)');
});

describe('reading order', () => {
  it('every step page has one h1, its title, and a tab title "Step N · Title"', async () => {
    for (const step of existingSteps()) {
      await page.goto(new URL(stepPagePath(step), siteUrl).href);
      const h1 = page.locator('h1');
      await expect(h1.count(), `h1s on step ${step}`).resolves.toBe(1);
      await expect(h1.textContent()).resolves.toMatch(new RegExp(`^Step ${step}: `));
      await expect(page.title()).resolves.toMatch(new RegExp(`^Step ${step} · [A-Z][^·]+$`));
    }
  });

  it('every step page links to the step before and after at its foot; 24 leads to the Appendix', async () => {
    const steps = existingSteps();
    for (const [i, step] of steps.entries()) {
      await page.goto(new URL(stepPagePath(step), siteUrl).href);
      const prev = page.locator('.pager-link.prev');
      const next = page.locator('.pager-link.next');
      const previous = steps[i - 1];
      const following = steps[i + 1];
      await expect(prev.getAttribute('href')).resolves.toBe(
        previous === undefined ? '/' : `/${stepPagePath(previous)}`,
      );
      await expect(next.getAttribute('href')).resolves.toBe(
        following === undefined ? '/appendix' : `/${stepPagePath(following)}`,
      );
    }
  });

  it('the sidebar reads Home, the steps in order, the Appendix, then the reference pages', async () => {
    await page.goto(siteUrl);
    const links = await page
      .locator('.VPSidebar a.VPLink')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const steps = existingSteps().map((step) => `/${stepPagePath(step)}`);
    expect(links.slice(0, steps.length + 6)).toEqual([
      '/',
      ...steps,
      '/appendix',
      '/glossary',
      '/decisions',
      '/testing',
      '/ndarray',
    ]);
  });

  it('each step page links to its whole code, which marks the lines the step changed', async () => {
    await page.goto(new URL(stepPagePath(18), siteUrl).href);
    await hydrated(page);
    await page.getByRole('link', { name: 'the whole code' }).first().click();
    // VitePress changes the page in place: wait for the new page's title.
    await page.locator('h1', { hasText: 'Step 18: the whole code' }).waitFor();
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await expect(page.title()).resolves.toMatch(/^Step 18 · The whole code/);
    const config = page.locator('h2', { hasText: 'src/config.ts' });
    await expect(config.count()).resolves.toBe(1);
    // Step 18's core.ts: its retainGrad lines are highlighted, its unchanged lines are not.
    const core = page.locator('h2:has-text("src/core.ts") + p + div[class*="language-"]');
    const highlighted = await core.locator('.line.highlighted').allTextContents();
    expect(highlighted.join('\n')).toMatch(/retainGrad/);
    const all = await core.locator('.line').count();
    expect(highlighted.length).toBeGreaterThan(0);
    expect(highlighted.length).toBeLessThan(all / 2);
  });
});

it('an address the site does not have shows the styled 404 page, with status 404', async () => {
  const missing = new URL('steps/99', siteUrl).href;
  const page = await session.open({ expectNotFound: missing });
  const response = await page.goto(missing);
  expect(response?.status()).toBe(404);
  await hydrated(page);
  await expect(page.locator('.dz-not-found h1').textContent()).resolves.toBe('No page here');
  await expect(page.locator('.dz-not-found a', { hasText: 'Home' }).count()).resolves.toBe(1);
  await screenshot(page, '404.png');
});

it('links out to the book’s code and the original DeZero', async () => {
  await page.goto(siteUrl);
  const hrefs = await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('https://github.com/oreilly-japan/deep-learning-from-scratch-3');
  expect(hrefs).toContain('https://github.com/DeZero/dezero');
});

it('step 15, the first, has the whole code one click away too', async () => {
  await gotoStep(page, 15);
  await expect(page.getByRole('link', { name: 'the whole code' }).count()).resolves.toBe(1);
});

session.itReportsNoProblems();
