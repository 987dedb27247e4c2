/**
 * `pnpm dev` for someone writing a page: a page or a step's README, saved, shows in the tab
 * that has it open, with no reload by hand. (How fast: `pnpm --filter @dezero/docs
 * dev:report` prints it; a test does not time it.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './chromium.js';
import { appendParagraph, type DevServer, openShown, startDev } from './devServer.js';

let dev: DevServer | undefined;
let browser: Browser | undefined;
const errors: string[] = [];

beforeAll(async () => {
  // Each is kept as it starts, so that afterAll stops it though the other failed to.
  await Promise.all([
    startDev().then((started) => {
      dev = started;
    }),
    launch().then((launched) => {
      browser = launched;
    }),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await dev?.stop();
});

/** The page at `path` of the dev server, once it is shown (`openShown`). */
async function open(path: string): Promise<Page> {
  if (browser === undefined || dev === undefined)
    throw new Error('pnpm dev or Chromium did not start');
  const page = await browser.newPage();
  page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
  await openShown(page, dev, path);
  return page;
}

describe('pnpm dev', () => {
  it.each([
    ['a page', 'docs/glossary.md', 'glossary'],
    ["a step's README", 'packages/step18/README.md', 'steps/18'],
  ])(
    '%s, saved, shows in the open tab, and its old text once saved back',
    async (_, file, path) => {
      const page = await open(path);
      // Marks the document: a reload by hand (or a full reload by Vite) would lose the mark.
      await page.evaluate(() => {
        (window as { dzMark?: boolean }).dzMark = true;
      });
      const line = `A line saved while the page is open (${Date.now()}).`;
      const paragraph = page.getByText(line, { exact: true });
      const restore = appendParagraph(file, line);
      try {
        await paragraph.waitFor({ timeout: 20_000 });
      } finally {
        restore();
      }
      await paragraph.waitFor({ state: 'detached', timeout: 20_000 });
      await expect(page.evaluate(() => (window as { dzMark?: boolean }).dzMark)).resolves.toBe(
        true,
      );
      await page.close();
    },
    120_000,
  );

  it('no page threw', () => {
    expect(errors).toEqual([]);
  });
});
