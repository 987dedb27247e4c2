/**
 * The change from the step before, as a step page shows it (.vitepress/theme/DiffView.vue):
 * a diff2html view, side by side by default and highlighted, a switch to the unified view,
 * and the plain unified text one click away for copying. Checked at a laptop's width and a
 * phone's: long lines wrap inside their own pane, and nothing is cut off. Below 700 px the
 * view is unified: there is no room for two panes.
 */

import { existingSteps } from '@dezero/tools/steps';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gotoStep, useBrowser, WIDTHS } from './browser.js';

const session = useBrowser();

/** The unified diff the page was built with: the plain text view's block. */
async function plainDiff(page: Page): Promise<string> {
  return page
    .locator('.dz-diff .dz-diff-text pre code')
    .first()
    .evaluate((code) => code.textContent ?? '');
}

/** What the test reads off a drawn view, measured in the page. */
interface Layout {
  /** The page's width: wider than the window, and a phone would scroll it sideways. */
  readonly pageWidth: number;
  readonly boxLeft: number;
  readonly boxRight: number;
  /** Code lines whose text reaches past the right edge of their pane, or is clipped. */
  readonly cutOff: string[];
  /** Panes that have content hidden to the right (more than they show). */
  readonly overflowingPanes: number;
  /** Rows of a side-by-side view not level with the row beside them. */
  readonly unlevelRows: number;
  readonly added: string[];
  readonly removed: string[];
}

async function layoutOf(page: Page, view: 'side-by-side' | 'line-by-line'): Promise<Layout> {
  return page
    .locator(`.dz-diff-${view}`)
    .first()
    .evaluate((pane) => {
      const box = pane.closest('.dz-diff') as HTMLElement;
      const text = (el: Element) => (el.textContent ?? '').replaceAll('\u00a0', ' ');
      const cutOff: string[] = [];
      let overflowingPanes = 0;
      const scrollers = pane.querySelectorAll<HTMLElement>('.d2h-file-side-diff, .d2h-file-diff');
      for (const scroller of scrollers) {
        if (scroller.scrollWidth > scroller.clientWidth + 1) overflowingPanes++;
        const edge = scroller.getBoundingClientRect().right + 1;
        for (const line of scroller.querySelectorAll<HTMLElement>('.d2h-code-line-ctn')) {
          const clipped = line.scrollWidth > line.clientWidth + 1;
          if (clipped || line.getBoundingClientRect().right > edge) cutOff.push(text(line));
        }
      }
      let unlevelRows = 0;
      for (const files of pane.querySelectorAll('.d2h-files-diff')) {
        const [left, right] = [...files.querySelectorAll('tbody')].map((body) => [...body.rows]);
        left?.forEach((row, i) => {
          const beside = right?.[i];
          const a = row.getBoundingClientRect();
          const b = beside?.getBoundingClientRect();
          if (!b || Math.abs(a.top - b.top) > 1 || Math.abs(a.height - b.height) > 1) unlevelRows++;
        });
      }
      const lines = (selector: string) =>
        [...pane.querySelectorAll(`${selector} .d2h-code-line-ctn`)].map(text);
      const rect = box.getBoundingClientRect();
      return {
        pageWidth: document.documentElement.scrollWidth,
        boxLeft: rect.left,
        boxRight: rect.right,
        cutOff,
        overflowingPanes,
        unlevelRows,
        added: lines('.d2h-ins'),
        removed: lines('.d2h-del'),
      };
    });
}

/** The lines a unified diff adds and removes, without their +/- and file headers. */
function changedLines(diff: string): { added: string[]; removed: string[] } {
  const lines = diff.split('\n');
  return {
    added: lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1)),
    removed: lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).map((l) => l.slice(1)),
  };
}

/**
 * `width` is the window's, as the test set it: a phone's browser widens its layout to fit a
 * page that is too wide, so the page's own idea of its window's width cannot be trusted here.
 */
function expectWholeAndInside(layout: Layout, diff: string, width: number): void {
  expect(layout.pageWidth, 'the page is wider than the window').toBeLessThanOrEqual(width);
  expect(layout.boxLeft).toBeGreaterThanOrEqual(0);
  expect(layout.boxRight).toBeLessThanOrEqual(width);
  expect(layout.cutOff, 'code lines cut off at the edge of their pane').toEqual([]);
  expect(layout.overflowingPanes, 'panes with content hidden to the right').toBe(0);
  // Every line the diff adds or removes is in the view, whole.
  const { added, removed } = changedLines(diff);
  expect([...layout.added].sort()).toEqual([...added].sort());
  expect([...layout.removed].sort()).toEqual([...removed].sort());
}

describe('step 18 on a laptop (1280 px)', () => {
  const width = WIDTHS.desktop;
  let page: Page;
  beforeAll(async () => {
    page = await session.open({ width });
    await gotoStep(page, 18);
  });

  it('shows the change side by side by default, highlighted, every line whole', async () => {
    const box = page.locator('.dz-diff').first();
    await expect(box.getAttribute('data-view')).resolves.toBe('side-by-side');
    await expect(
      box.getByRole('button', { name: 'Side by side' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    const files = box.locator('.dz-diff-side-by-side .d2h-file-wrapper');
    const diff = await plainDiff(page);
    await expect(files.count()).resolves.toBe(diff.match(/^\+\+\+ /gm)?.length);
    // Two panes, one beside the other (a file only added is drawn across the whole width).
    const [left, right] = await box
      .locator('.dz-diff-side-by-side .d2h-files-diff')
      .first()
      .locator('.d2h-file-side-diff')
      .evaluateAll((panes) => panes.map((p) => p.getBoundingClientRect().toJSON() as DOMRect));
    expect(left && right && left.right <= right.left + 1 && left.top === right.top).toBe(true);
    // TypeScript highlighted by highlight.js: keywords, strings, comments.
    for (const token of ['keyword', 'string', 'comment']) {
      await expect(
        box.locator(`.dz-diff-side-by-side .hljs-${token}`).count(),
      ).resolves.toBeGreaterThan(0);
    }
    const layout = await layoutOf(page, 'side-by-side');
    expectWholeAndInside(layout, diff, width);
    expect(layout.unlevelRows, 'rows not level with the row beside them').toBe(0);
  });

  it("names a step's copy of a module by its path, CHANGED, never RENAMED", async () => {
    const tags = await page
      .locator('.dz-diff-side-by-side .d2h-tag')
      .evaluateAll((els) => els.map((el) => el.textContent?.trim()));
    expect(tags).not.toContain('RENAMED');
    expect(tags).toContain('CHANGED');
    const names = await page
      .locator('.dz-diff-side-by-side .d2h-file-name')
      .evaluateAll((els) => els.map((el) => el.textContent?.trim()));
    expect(names).toContain('packages/step18/src/core.ts');
  });

  it('switches to the unified view, every line whole there too', async () => {
    const box = page.locator('.dz-diff').first();
    await box.getByRole('button', { name: 'Unified' }).click();
    await expect(box.getAttribute('data-view')).resolves.toBe('line-by-line');
    await expect(box.locator('.dz-diff-side-by-side').isHidden()).resolves.toBe(true);
    await expect(
      box.locator('.dz-diff-line-by-line .hljs-keyword').count(),
    ).resolves.toBeGreaterThan(0);
    expectWholeAndInside(await layoutOf(page, 'line-by-line'), await plainDiff(page), width);
  });

  it('keeps the reader’s choice on the next page', async () => {
    await gotoStep(page, 19);
    await expect(page.locator('.dz-diff').first().getAttribute('data-view')).resolves.toBe(
      'line-by-line',
    );
    await page.locator('.dz-diff').first().getByRole('button', { name: 'Side by side' }).click();
    await gotoStep(page, 18);
    await expect(page.locator('.dz-diff').first().getAttribute('data-view')).resolves.toBe(
      'side-by-side',
    );
  });

  it('keeps the plain unified text one click away, with a Copy button that copies it', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const box = page.locator('.dz-diff').first();
    await box.getByRole('button', { name: 'Plain text' }).click();
    const pre = box.locator('.dz-diff-text pre');
    await expect(pre.isVisible()).resolves.toBe(true);
    await expect(box.locator('.dz-diff-side-by-side').isHidden()).resolves.toBe(true);
    const diff = await plainDiff(page);
    expect(diff).toMatch(/^--- /);
    await box.locator('.dz-diff-text button.copy').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trim()).toBe(diff.trim());
    await box.getByRole('button', { name: 'Side by side' }).click();
  });
});

describe('step 18 on a phone (390 px)', () => {
  const width = WIDTHS.phone;
  let page: Page;
  beforeAll(async () => {
    page = await session.open({ width });
    await gotoStep(page, 18);
  });

  it('shows the change unified: below 700 px there is no room for two panes', async () => {
    const box = page.locator('.dz-diff').first();
    await expect(box.getAttribute('data-view')).resolves.toBe('line-by-line');
    await expect(box.getByRole('button', { name: 'Side by side' }).isDisabled()).resolves.toBe(
      true,
    );
    await expect(box.locator('.dz-diff-side-by-side').isHidden()).resolves.toBe(true);
    await expect(
      box.locator('.dz-diff-line-by-line .hljs-keyword').count(),
    ).resolves.toBeGreaterThan(0);
    expectWholeAndInside(await layoutOf(page, 'line-by-line'), await plainDiff(page), width);
  });

  it('keeps the plain unified text one click away, its Copy button visible without hovering', async () => {
    const box = page.locator('.dz-diff').first();
    await box.getByRole('button', { name: 'Plain text' }).click();
    const copy = box.locator('.dz-diff-text button.copy');
    await expect(copy.isVisible()).resolves.toBe(true);
    const opacity = await copy.evaluate((button) => getComputedStyle(button).opacity);
    expect(Number(opacity)).toBe(1);
    await box.getByRole('button', { name: 'Unified' }).click();
  });
});

it('every step page after the first draws its change', async () => {
  const page = await session.open();
  for (const step of existingSteps().slice(1)) {
    await gotoStep(page, step);
    const files = page.locator('.dz-diff-side-by-side .d2h-file-wrapper');
    await expect(files.count(), `step ${step}`).resolves.toBeGreaterThan(0);
  }
});

session.itReportsNoProblems();
