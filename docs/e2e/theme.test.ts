/**
 * VitePress's light and dark themes: step 18's page is screenshotted in each, at a laptop's
 * width and a phone's, and its figures, its code and its diff view are checked for contrast
 * in each, as WCAG computes it (4.5:1 for text). Figures are pictures (<img>), so their text
 * is measured on the pixels of a screenshot; code is measured on its computed colours.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoStep, screenshot, type Theme, useBrowser, WIDTHS } from './browser.js';

/** WCAG 2's minimum contrast for text (level AA). */
const MIN_CONTRAST = 4.5;

const session = useBrowser();

interface Measured {
  readonly text: string;
  readonly ratio: number;
}

/**
 * The contrast of each piece of text in a figure, on the pixels of a screenshot of the
 * figure as the page shows it (with whatever the theme does to it). Where each text is comes
 * from the figure's SVG source, laid out in a hidden copy; in its box, the commonest colour
 * is the background and the colour that contrasts most with it (over a few pixels, not a
 * stray one) is the text's.
 */
async function figureContrast(page: Page, figure: Locator): Promise<Measured[]> {
  const boxes = await figure.evaluate(async (img: HTMLImageElement) => {
    const source = await (await fetch(img.currentSrc)).text();
    const parsed = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden';
    holder.append(document.importNode(parsed, true));
    document.body.append(holder);
    const svg = holder.firstElementChild as SVGSVGElement;
    // Boxes as laid out, so that a group's transform (a title on two lines moves the rest
    // down) counts; the copy is drawn at the SVG's own size, the picture at the page's.
    const card = svg.getBoundingClientRect();
    const scale = img.getBoundingClientRect().width / card.width;
    const texts = [...svg.querySelectorAll('text')].map((text) => {
      const box = text.getBoundingClientRect();
      return {
        text: text.textContent ?? '',
        x: (box.left - card.left) * scale,
        y: (box.top - card.top) * scale,
        width: box.width * scale,
        height: box.height * scale,
      };
    });
    holder.remove();
    return texts;
  });
  const png = (await figure.screenshot()).toString('base64');
  const scale = await page.evaluate(() => window.devicePixelRatio);
  return page.evaluate(
    async ({ png, boxes, scale }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (context === null) throw new Error('no 2d canvas');
      context.drawImage(image, 0, 0);
      const channel = (v: number) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      const luminance = (rgb: number) =>
        0.2126 * channel(rgb >> 16) +
        0.7152 * channel((rgb >> 8) & 255) +
        0.0722 * channel(rgb & 255);
      const contrast = (a: number, b: number) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
        return (hi + 0.05) / (lo + 0.05);
      };
      return boxes.map(({ text, x, y, width, height }) => {
        const { data } = context.getImageData(
          Math.floor(x * scale),
          Math.floor(y * scale),
          Math.max(1, Math.ceil(width * scale)),
          Math.max(1, Math.ceil(height * scale)),
        );
        const counts = new Map<number, number>();
        for (let i = 0; i < data.length; i += 4) {
          const rgb = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
          counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
        }
        const byCount = [...counts].sort((a, b) => b[1] - a[1]);
        const background = byCount[0]?.[0] ?? 0;
        const ratio = Math.max(
          ...byCount.filter(([, n]) => n >= 3).map(([rgb]) => contrast(rgb, background)),
        );
        return { text, ratio: Math.round(ratio * 100) / 100 };
      });
    },
    { png, boxes, scale },
  );
}

/**
 * The contrast of every piece of code text the page shows (VitePress's highlighted blocks
 * and the diff view), from computed colours: the text's colour against its background, the
 * backgrounds of its ancestors laid over each other up to the first opaque one.
 */
async function codeContrast(page: Page): Promise<Measured[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba => {
      const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
      return [r, g, b, css.startsWith('rgba') || css.includes('/') ? a : 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (bottom[i] ?? 0) * (1 - a)).concat(1) as Rgba;
    };
    const background = (element: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let e: Element | null = element; e !== null; e = e.parentElement) {
        const color = parse(getComputedStyle(e).backgroundColor);
        if (color[3] > 0) layers.push(color);
        if (color[3] >= 1) break;
      }
      return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const channel = (v: number) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = ([r, g, b]: Rgba) =>
      0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    const selector = [
      '.vp-doc div[class*="language-"] pre > code',
      '.vp-doc div[class*="language-"] pre > code *',
      '.dz-diff-view:not([hidden]) .d2h-wrapper *',
      '.dz-diff-switch button',
    ].join(',');
    const measured: { text: string; ratio: number }[] = [];
    for (const element of document.querySelectorAll(selector)) {
      const own = [...element.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (own === '' || (element as HTMLElement).offsetParent === null) continue;
      const style = getComputedStyle(element);
      const back = background(element);
      const fore = over(parse(style.color), back);
      const [hi, lo] = [luminance(fore), luminance(back)].sort((x, y) => y - x) as [number, number];
      const ratio = Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
      measured.push({
        text: `${own.slice(0, 40)} (${style.color} on rgb(${back.slice(0, 3).join(', ')}))`,
        ratio,
      });
    }
    return measured;
  });
}

const lowest = (measured: readonly Measured[]) =>
  [...measured].sort((a, b) => a.ratio - b.ratio).slice(0, 8);

describe.each(['light', 'dark'] as const)('the %s theme', (theme: Theme) => {
  it('is the one step 18 shows on a laptop: screenshot, and the code and both diff views are legible', async () => {
    const page = await session.open({ theme });
    await gotoStep(page, 18);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
    if (theme === 'dark') expect(r + g + b).toBeLessThan(3 * 80);
    else expect(r + g + b).toBeGreaterThan(3 * 200);
    await screenshot(page, `step18-${theme}-${WIDTHS.desktop}.png`);

    for (const view of ['Side by side', 'Unified']) {
      await page.locator('.dz-diff').first().getByRole('button', { name: view }).click();
      const measured = await codeContrast(page);
      expect(measured.length).toBeGreaterThan(100);
      const low = measured.filter((m) => m.ratio < MIN_CONTRAST);
      expect(low, `${view}, lowest: ${JSON.stringify(lowest(measured), null, 1)}`).toEqual([]);
    }
    await page.context().close();
  });

  it('step 18 is screenshotted on a phone', async () => {
    const page = await session.open({ theme, width: WIDTHS.phone });
    await gotoStep(page, 18);
    await screenshot(page, `step18-${theme}-${WIDTHS.phone}.png`);
    await page.context().close();
  });

  it('the text of the figures (steps 15 and 18) stands out from their background', async () => {
    const page = await session.open({ theme, deviceScaleFactor: 2 });
    for (const step of [15, 18]) {
      await gotoStep(page, step);
      const figures = page.locator('.vp-doc img.dz-figure');
      await expect(figures.count(), `figures on step ${step}`).resolves.toBeGreaterThan(0);
      for (const figure of await figures.all()) {
        await figure.scrollIntoViewIfNeeded();
        const measured = await figureContrast(page, figure);
        expect(measured.length).toBeGreaterThan(0);
        const low = measured.filter((m) => m.ratio < MIN_CONTRAST);
        expect(low, `step ${step}, lowest: ${JSON.stringify(lowest(measured))}`).toEqual([]);
      }
    }
    await page.context().close();
  });
});

session.itReportsNoProblems();
