/**
 * The playground on the built site's pages, in Chromium, as a reader uses it. On every step
 * page and the appendix: a page only read loads none of it; the page's graph figure is
 * there; the unmodified demo prints what `pnpm demo N` prints (computed in this run); an edit
 * prints what Node prints for the edited code; a type error, a syntax error and an endless
 * loop are each shown, with their lines, and the page stays responsive and runs again; a
 * shared link restores the code and does not run it. Then, on a few pages, the rest of what
 * the playground does. No request leaves the local server (browser.ts stops and records any).
 */
import { readFileSync } from 'node:fs';
import { demoFile, existingSteps, repoRoot } from '@dezero/tools/steps';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gotoStep, siteUrl, useBrowser, WIDTHS } from './browser.js';
import { nodeOutput, nodeTypeErrors, pnpmDemo } from './node.js';
import {
  editorText,
  gotoPage,
  openPlayground,
  pageRun,
  result,
  run,
  setCode,
  typeErrors,
  waitForState,
} from './playground.js';

const session = useBrowser();
const pages = [...existingSteps().map(String), 'appendix'];

/** The demo a page's playground holds: the file `pnpm demo <page>` runs. */
function demoSource(page: string): string {
  const file =
    page === 'appendix' ? `${repoRoot}/docs/examples/defineAndRun.ts` : demoFile(Number(page));
  return readFileSync(file, 'utf8');
}

/** Step 17 prints memory figures a page cannot read: there the playground prints NaN. */
const MEMORY = /memory in use \d+(\.\d+)? MB/g;
const withoutMemory = (page: string, text: string) =>
  page === '17' ? text.replaceAll(MEMORY, 'memory in use NaN MB') : text;

/**
 * A change to a demo that changes what it prints: a number, its array, or (step 18,
 * whose gradients do not depend on the numbers) the graph.
 */
function edit(source: string): string {
  for (const [from, to] of [
    [/add\(x0, t\)/, 'add(t, t)'],
    [/np\.array\(2\.0\)/, 'np.array(3.0)'],
    [/np\.array\(\d+(?:\.\d+)?\)/, 'np.array(5.0)'],
    [/\[4, 5, 6\]/, '[4, 5, 9]'],
    [/np\.random\.randn\(10000\)/, 'np.random.randn(500)'],
  ] as const) {
    if (from.test(source)) return source.replace(from, to);
  }
  throw new Error('no edit for this demo');
}

/**
 * A type error the page's step has: `noGrad`, which step 18 adds, imported on 15–17; from
 * 18 on (and on the appendix, whose example imports step 22), the Python habit
 * `backward({ retain_grad: true })`. Returns the code, the line and the underlined text.
 */
function typeError(page: string, source: string): { code: string; line: number; marked: string } {
  if (Number(page) <= 17) {
    const code = source.replace(/import \{ /, 'import { noGrad, ');
    const line = code.split('\n').findIndex((l) => l.includes('noGrad')) + 1;
    return { code, line, marked: 'noGrad' };
  }
  const code = `${source}new Variable(np.array(1.0)).backward({ retain_grad: true });\n`;
  return { code, line: code.split('\n').length - 1, marked: 'retain_grad' };
}

describe.each(pages)('the page of %s', (which) => {
  const source = demoSource(which);
  const demoOutput = pnpmDemo(which);
  const edited = edit(source);
  let page: Page;
  let link = '';

  beforeAll(async () => {
    page = await session.open();
  });

  it('loads none of the playground while it is only read, and shows its graph', async () => {
    const fetched: string[] = [];
    page.context().on('request', (request) => fetched.push(request.url()));
    await gotoPage(page, which);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((url) => url.includes('/playground/'))).toEqual([]);
    const line = (await page.locator('.dz-playground-line').textContent()) ?? '';
    expect(line.trim()).toMatch(/^This (step|example) runs in your browser/);
    if (which !== 'appendix') {
      // One figure on the page is a graph Graphviz drew (its SVG's top group is `graph0`).
      const drawn = await page.$$eval('img.dz-figure', (images) =>
        Promise.all(
          images.map(async (img) => {
            const svg = await (await fetch((img as HTMLImageElement).src)).text();
            return (
              svg.includes('<g id="graph0" class="graph"') &&
              (img as HTMLImageElement).naturalWidth > 0
            );
          }),
        ),
      );
      expect(drawn.filter(Boolean)).toHaveLength(1);
    }
  });

  it('Run prints what pnpm demo prints', async () => {
    if (which === '17') {
      // The one difference, stated beside Run before it is pressed, and in the output.
      expect(demoOutput).toMatch(MEMORY);
      await expect(page.locator('.dz-playground-note').textContent()).resolves.toContain(
        'cannot force a garbage collection or read its memory use',
      );
    } else {
      await expect(page.locator('.dz-playground-note').count()).resolves.toBe(0);
    }
    const shown = await pageRun(page);
    expect(shown.state).toBe('done');
    expect(shown.stderr).toBe('');
    expect(shown.stdout).toBe(withoutMemory(which, demoOutput));
    expect(await editorText(page)).toBe(source);
    // The page's buttons gave way to the playground's.
    await expect(page.locator('.dz-playground-run').count()).resolves.toBe(0);
    if (which === '17') {
      await expect(page.locator('.pg-note').textContent()).resolves.toContain(
        'cannot force a garbage collection or read its memory use',
      );
      expect(shown.text).toContain(
        'gc() did nothing: a browser page cannot force a garbage collection',
      );
      expect(shown.text).toContain('process.memoryUsage() gave NaN');
    }
  });

  it('an edit prints what Node prints for the edited code; Share puts it in a link', async () => {
    expect(edited).not.toBe(source);
    await setCode(page, edited);
    const shown = await run(page, 'keyboard');
    const expected = withoutMemory(which, nodeOutput(edited));
    expect(shown.state).toBe('done');
    expect(shown.stdout).toBe(expected);
    expect(shown.stdout).not.toBe(withoutMemory(which, demoOutput));
    await page.click('.pg-share');
    await page.waitForFunction(() => location.hash.startsWith('#code='));
    link = page.url();
  });

  it('a type error is underlined and listed with its line, with the compiler’s message', async () => {
    const { code, line, marked } = typeError(which, source);
    await setCode(page, code);
    const expected = nodeTypeErrors(code);
    expect(expected).toHaveLength(1);
    expect(await typeErrors(page)).toEqual([`line ${line} ${expected[0]}`]);
    await expect(page.locator('.cm-lintRange-error').first().textContent()).resolves.toBe(marked);
  });

  it('a syntax error: its message and line, and nothing runs', async () => {
    const code = `${source}\nconst broken = ;\n`;
    await setCode(page, code);
    const shown = await run(page);
    expect(shown.state).toBe('error');
    expect(shown.stdout).toBe('');
    expect(shown.text).toContain('SyntaxError: Expression expected.');
    await expect(page.locator('.pg-output .pg-line').textContent()).resolves.toBe(
      `line ${code.split('\n').length - 1}`,
    );
  });

  it('an endless loop is stopped after 5 s; the page stays responsive; Reset, and the demo runs again', async () => {
    await setCode(page, "console.log('before');\nwhile (true) {}\n");
    const before = Date.now();
    await page.click('.pg-run');
    await waitForState(page, 'running');
    // While the loop runs the page answers, and the reader can type.
    await page.locator('.pg-root .cm-content').press('Control+End');
    await page.keyboard.insertText('// typed while it ran');
    await expect(editorText(page)).resolves.toContain('// typed while it ran');
    await waitForState(page, 'stopped');
    expect(Date.now() - before).toBeGreaterThanOrEqual(5000);
    const shown = await result(page);
    expect(shown.stdout).toBe('before\n');
    expect(shown.text).toContain('Stopped after 5 s: the program was still running');
    await page.click('.pg-reset');
    expect(await editorText(page)).toBe(source);
    expect((await run(page)).stdout).toBe(withoutMemory(which, demoOutput));
  });

  it('the shared link opens the edited code in the playground, not yet run', async () => {
    await page.context().close();
    page = await session.open();
    await page.goto(link);
    await page.locator('.pg-root .cm-content').waitFor(); // mounted at once, no click
    expect(await editorText(page)).toBe(edited);
    const shown = await result(page);
    expect(shown.state).toBe('idle');
    expect(shown.text).toBe('');
    expect((await run(page)).stdout).toBe(withoutMemory(which, nodeOutput(edited)));
    await page.context().close();
  });
});

describe('editing and running, beyond the demos', () => {
  let page: Page;
  const fetched: string[] = [];

  beforeAll(async () => {
    page = await session.open();
    page.context().on('request', (request) => fetched.push(request.url().replace(siteUrl, '')));
    await gotoPage(page, '16');
    await openPlayground(page);
  });

  it('Edit opens the demo, not run; the checker waits for the first edit, Graphviz for a graph', async () => {
    expect(await editorText(page)).toBe(demoSource('16'));
    expect((await result(page)).state).toBe('idle');
    // The run worker, started ahead, fetches the step's bundle (later on a busy machine).
    await expect
      .poll(() => fetched, { timeout: 20_000 })
      .toEqual(
        expect.arrayContaining([
          'playground/app.js',
          'playground/playground.css',
          'playground/ts-worker.js',
          'playground/run-worker.js',
          'playground/steps/step16.js',
        ]),
      );
    await page.waitForLoadState('networkidle');
    expect(fetched).not.toContain('playground/types.json');
    expect(fetched).not.toContain('playground/graph-worker.js');
    await page.locator('.pg-root .cm-content').press('End');
    await page.keyboard.insertText(' ');
    await expect.poll(() => fetched, { timeout: 20_000 }).toContain('playground/types.json');
    expect(fetched).not.toContain('playground/graph-worker.js');
  });

  it('console.log prints numbers, strings, arrays, objects and Variables as Node does', async () => {
    const code = [
      "import { np, Variable } from '@dezero/step22';",
      "const x = new Variable(np.array([[1, 2], [3, 4]]), 'x');",
      "console.log(1, 0.1 + 0.2, -0, 'text', [1, 'a', [2, [3, [4, [5]]]]], { a: 1, b: 'two' });",
      'console.log(x, [x, x.mul(2)], { x }, x.shape, np.array([1.5, 2]));',
      "console.log('%s is %d', 'x', 42, Array.from({ length: 30 }, (_, i) => i * i));",
      'console.log(null, undefined, true, 10n, Symbol("s"), new Map([[1, x]]), new Set([1]));',
      "console.error('to stderr');",
    ].join('\n');
    await setCode(page, code);
    const shown = await run(page);
    expect(shown.stdout).toBe(nodeOutput(code));
    expect(shown.stderr).toBe('to stderr\n');
  });

  it('steps 18–24 share one Config, in the browser as in Node', async () => {
    const code = [
      "import { Config as C18 } from '@dezero/step18';",
      "import { Config as C22, noGrad, np, square, Variable } from '@dezero/step22';",
      "import { Config as C24 } from '@dezero/step24';",
      "import * as s17 from '@dezero/step17';",
      'console.log(C18 === C22, C22 === C24, "Config" in s17);',
      '{',
      '  using _ = noGrad();',
      '  console.log(C18.enableBackprop, square(new Variable(np.array(2))).creator);',
      '}',
      'console.log(C18.enableBackprop);',
    ].join('\n');
    await setCode(page, code);
    const shown = await run(page);
    expect(shown.stdout).toBe(nodeOutput(code));
    expect(shown.stdout).toBe('true true false\nfalse null\ntrue\n');
  });

  it('a thrown error: its message and the line in the editor, after the output before it', async () => {
    const code = [
      "import { np, Variable } from '@dezero/step22';",
      "console.log('first');",
      '',
      '// a number is not an NDArray',
      'const x = new Variable(3 as never);',
    ].join('\n');
    await setCode(page, code);
    const shown = await run(page);
    expect(shown.state).toBe('error');
    expect(shown.stdout).toBe('first\n');
    expect(shown.text).toContain('TypeError: number is not supported');
    await expect(page.locator('.pg-output .pg-line').textContent()).resolves.toBe('line 5');
    // The line button takes the reader there.
    await page.click('.pg-output .pg-line');
    const cursorLine = await page.evaluate(
      () => document.querySelector('.cm-activeLine')?.textContent,
    );
    expect(cursorLine).toBe('const x = new Variable(3 as never);');
    // Node agrees on the error.
    expect(() => nodeOutput(code)).toThrow(/TypeError: number is not supported/);
  });

  it('an import the playground does not have is refused with its line', async () => {
    await setCode(page, "console.log(1);\nimport { readFileSync } from 'node:fs';\n");
    const shown = await run(page);
    expect(shown.state).toBe('error');
    expect(shown.text).toContain(
      "Cannot find module 'node:fs': a program here can import @dezero/step15",
    );
    await expect(page.locator('.pg-output .pg-line').textContent()).resolves.toBe('line 2');
  });

  it('plotDotGraph draws the graph as SVG, from the DOT text Node writes for the same code', async () => {
    const code = [
      "import { add, np, square, Variable } from '@dezero/step18';",
      'const x = new Variable(np.array(2.0));',
      'const a = square(x);',
      'const y = add(square(a), square(a));',
      'y.backward();',
      'plotDotGraph(y);',
    ].join('\n');
    await setCode(page, code);
    const shown = await run(page);
    expect(shown.state).toBe('done');
    const figure = page.locator('.pg-graph[data-drawn="true"]');
    await figure.waitFor();
    expect(fetched).toContain('playground/graph-worker.js');
    const dot = await page.locator('.pg-dot').textContent();
    expect(`${dot}\n`).toBe(nodeOutput(code));
    // Graphviz drew 9 nodes (5 variables, 4 functions); the weak links of step 17 on dashed.
    await expect(figure.locator('svg g.node').count()).resolves.toBe(9);
    await expect(figure.locator('svg g.edge path[stroke-dasharray]').count()).resolves.toBe(4);
    await expect(figure.locator('svg').innerHTML()).resolves.toContain('grad 64.0');
  });

  it('plotDotGraph draws one graph after another: variables with no name, in steps 15 to 18', async () => {
    // Graphviz's WebAssembly build fails on the render after a label that starts with an
    // empty line (mdaines/viz-js#204); getDotGraph writes none.
    const code = [
      "import { np, square, Variable } from '@dezero/step15';",
      'const y = square(square(new Variable(np.array(2.0))));',
      'y.backward();',
      'plotDotGraph(y);',
      'plotDotGraph(y);',
      'plotDotGraph(square(y));',
    ].join('\n');
    await setCode(page, code);
    expect((await run(page)).state).toBe('done');
    await expect
      .poll(() => page.locator('.pg-graph[data-drawn="true"] svg').count(), { timeout: 20_000 })
      .toBe(3);
    await expect(page.locator('.pg-graph .pg-error').count()).resolves.toBe(0);
  });

  it('a request a program makes off the local server is stopped, and the test would fail', async () => {
    const url = 'https://example.com/dezero-playground-test';
    await setCode(
      page,
      `await fetch('${url}').catch((error) => console.log('stopped:', error.name));`,
    );
    expect((await run(page)).stdout).toBe('stopped: TypeError\n');
    expect(session.takeProblems(url)).toContain(`off-site: ${url}`);
  });

  it('Reset puts the demo back and empties the output', async () => {
    await page.click('.pg-reset');
    expect(await editorText(page)).toBe(demoSource('16'));
    await expect(page.locator('.pg-output > *').count()).resolves.toBe(0);
  });

  it('mountPlayground names what is wrong with its arguments, and leaves the page as it was', async () => {
    const fresh = await session.open();
    await gotoStep(fresh, 18);
    const before = await fresh.locator('.vp-doc').innerHTML();
    // A string, not a function: vitest would rewrite a function's import() for Node.
    const errors = await fresh.evaluate(`(async () => {
      const { mountPlayground } = await import('${siteUrl}playground/loader.js');
      const messages = [];
      for (const [element, step] of [[null, 18], [document.body, 'x']]) {
        try {
          await mountPlayground(element, { step });
          messages.push('no error');
        } catch (error) {
          messages.push(String(error));
        }
      }
      return messages;
    })()`);
    expect(errors).toEqual([
      'TypeError: mountPlayground: element must be an HTMLElement, got null',
      "TypeError: mountPlayground: step must be a step number or 'appendix', got 'x'",
    ]);
    await expect(fresh.locator('.vp-doc').innerHTML()).resolves.toBe(before);
    await fresh.context().close();
    await page.context().close();
  });
});

describe('pointing at Run', () => {
  it('fetches ahead what the first Run needs, and nothing before', async () => {
    const page = await session.open();
    const fetched: string[] = [];
    page.context().on('request', (request) => fetched.push(request.url().replace(siteUrl, '')));
    await gotoPage(page, '18');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((url) => url.startsWith('playground/'))).toEqual([]);
    await page.hover('.dz-playground-run');
    await expect
      .poll(() => fetched, { timeout: 20_000 })
      .toEqual(
        expect.arrayContaining([
          'playground/loader.js',
          'playground/app.js',
          'playground/sources/18.run.json',
          'playground/run-worker.js',
          'playground/steps/step18.js',
        ]),
      );
    // Nothing is mounted until the click; the compiler, the checker and Graphviz wait.
    await expect(page.locator('.pg-root').count()).resolves.toBe(0);
    await page.waitForLoadState('networkidle');
    for (const later of ['ts-worker.js', 'types.json', 'graph-worker.js']) {
      expect(fetched).not.toContain(`playground/${later}`);
    }
    expect((await pageRun(page)).stdout).toBe(pnpmDemo('18'));
    await page.context().close();
  });
});

describe('light and dark, 390 px', () => {
  it('the playground fits a 390 px phone and follows the page into dark mode', async () => {
    const page = await session.open({ width: WIDTHS.phone });
    await gotoPage(page, '24');
    await pageRun(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const background = () =>
      page.evaluate(
        () => getComputedStyle(document.querySelector('.cm-editor') as Element).backgroundColor,
      );
    const light = await background();
    // VitePress's switch, in the phone's menu.
    await page.locator('.VPNavBarHamburger').click();
    await page.locator('.VPNavScreen .VPSwitchAppearance').click();
    await expect.poll(background).not.toBe(light);
    expect(await background()).toBe('rgb(40, 44, 52)'); // One Dark's background
    await page.context().close();
  });
});

session.itReportsNoProblems();
