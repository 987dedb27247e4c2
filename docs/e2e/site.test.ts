/**
 * The docs site in a real browser: Debian's headless Chromium, driven by playwright-core,
 * against the site as `pnpm start` serves it. Screenshots go to e2e/artifacts/.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { existingSteps } from '../tools/steps.js';
import { screenshot, siteUrl, useBrowser } from './browser.js';

const session = useBrowser();
let page: Page;

beforeAll(async () => {
  page = await session.open();
});

/** The row of the landing page's table of steps whose first cell is `step`. */
function stepRow(step: number) {
  return page
    .locator('table')
    .first()
    .locator('tr', { has: page.locator('td:first-child', { hasText: new RegExp(`^${step}$`) }) });
}

/** Opens the page of a step from the landing page's table, as a reader would. */
async function openStep(step: number): Promise<void> {
  await page.goto(siteUrl);
  await stepRow(step).getByRole('link').click();
  await page.waitForLoadState('load');
  await expect(page.locator('h1').first().textContent()).resolves.toContain(`@dezero/step${step}`);
}

it('the landing page lists every step package, each linking to its page', async () => {
  await page.goto(siteUrl);
  for (const step of existingSteps()) {
    await expect(stepRow(step).count(), `a row for step ${step}`).resolves.toBe(1);
    const href = await stepRow(step).getByRole('link').getAttribute('href');
    expect(href, `the link of step ${step}`).toMatch(new RegExp(`step${step}\\.html$`));
    const response = await page.request.get(new URL(href ?? '', page.url()).href);
    expect(response.status(), `the page of step ${step}`).toBe(200);
  }
  await screenshot(page, 'landing.png');
});

it('the step 18 page shows the generated diff with the retainGrad and enableBackprop lines', async () => {
  await openStep(18);
  // The plain unified text, one click away behind the diff view's switch.
  await page.getByRole('button', { name: 'Plain text' }).first().click();
  const diff = page.locator('pre > code.diff').first();
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText keeps the <br>s of highlighted code as line breaks
  const lines = (await diff.innerText()).split('\n');
  expect(lines).toContainEqual(expect.stringMatching(/^\+.*backward\(\{ retainGrad = false \}/));
  expect(lines).toContainEqual(expect.stringMatching(/^\+.*if \(Config\.enableBackprop\) \{/));
});

it('the demo output on the step 22 page reads variable(8.0)', async () => {
  await openStep(22);
  const output = page.locator('p:has-text("What it printed") + pre > code');
  expect(((await output.textContent()) ?? '').split('\n')).toContain('variable(8.0)');
});

session.itReportsNoProblems();
