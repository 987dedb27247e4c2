/**
 * Every page of the site on a 390 px phone: nothing scrolls sideways (a wide table or code
 * block scrolls in its own box), each has one h1, and a figure opens full size on a tap.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { existingSteps } from '@dezero/tools/steps';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../scripts/server.js';
import { gotoStep, hydrated, screenshot, siteUrl, useBrowser, WIDTHS } from './browser.js';

const session = useBrowser();

/** Every page the build wrote, as its address: `/`, `/steps/18`, `/steps/18/code`, `/api/step18`. */
function sitePages(): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && entry.name !== '404.html')
    .map((entry) => `/${relative(distDir, join(entry.parentPath, entry.name))}`)
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, ''))
    .sort();
}

describe(`every page at ${WIDTHS.phone} px`, () => {
  let page: Page;
  beforeAll(async () => {
    page = await session.open({ width: WIDTHS.phone });
  });

  it('the build wrote every page and no other: home, the steps and their code, the appendix, the reference pages, the API', () => {
    const steps = existingSteps();
    const expected = [
      '/',
      ...steps.flatMap((n) => [`/steps/${n}`, `/steps/${n}/code`]),
      '/appendix',
      '/decisions',
      '/glossary',
      '/ndarray',
      '/testing',
      '/api/',
      '/api/ndarray',
      ...steps.map((n) => `/api/step${n}`),
    ];
    expect(sitePages()).toEqual(expected.sort());
  });

  it.each(sitePages())('%s does not scroll sideways, and has one h1', async (path) => {
    await page.goto(new URL(path.slice(1), siteUrl).href);
    await hydrated(page);
    await expect(page.locator('h1').count(), `h1s on ${path}`).resolves.toBe(1);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, `${path} is ${scrollWidth - clientWidth} px too wide`).toBeLessThanOrEqual(
      clientWidth,
    );
  });
});

describe('a figure on a phone', () => {
  it('opens full size on a tap, and closes again', async () => {
    const page = await session.open({ width: WIDTHS.phone });
    await gotoStep(page, 24);
    const figure = page.locator('.vp-doc img.dz-figure').first();
    await figure.scrollIntoViewIfNeeded();
    const shown = await figure.evaluate((img: HTMLImageElement) => ({
      width: img.getBoundingClientRect().width,
      natural: img.naturalWidth,
    }));
    expect(shown.width).toBeLessThan(shown.natural);
    await figure.tap();
    const zoom = page.locator('dialog.dz-zoom[open] img');
    await zoom.waitFor();
    const full = await zoom.evaluate((img: HTMLImageElement) => img.getBoundingClientRect().width);
    expect(full).toBeGreaterThanOrEqual(shown.natural - 1);
    await screenshot(page, 'figure-zoom-390.png');
    await page.getByRole('button', { name: 'Close' }).tap();
    await expect(page.locator('dialog.dz-zoom[open]').count()).resolves.toBe(0);
  });
});

session.itReportsNoProblems();
