/**
 * The playground in Chromium, on its test page, as a reader uses it: every step's demo
 * prints what `pnpm demo N` prints; an edit prints what Node prints; an endless loop is
 * stopped; syntax, run-time and type errors are shown with their lines; a shared link
 * restores the code without running it; nothing is fetched from anywhere but the local
 * server, and nothing of the playground before it is used.
 */
import { readFileSync } from 'node:fs';
import { demoFile, existingSteps } from '@dezero/tools/steps';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appendixDemo } from '../build.ts';
import {
  editorText,
  gotoStep,
  openPlayground,
  playgroundUrl,
  result,
  run,
  setCode,
  typeErrors,
  useChromium,
} from './browser.ts';
import { nodeOutput, nodeTypeErrors, pnpmDemo } from './node.ts';

const chromium = useChromium();
const steps = existingSteps();

/** Step 17 prints memory figures a page cannot read: there the playground prints NaN. */
const MEMORY = /memory in use \d+(\.\d+)? MB/g;

describe('every step page: the unmodified demo prints what pnpm demo prints', () => {
  it.each(steps.map(String))('step %s', async (step) => {
    const expected = pnpmDemo(Number(step));
    const page = await chromium.open();
    await gotoStep(page, step);
    await page.click('#run'); // the page's own Run: mounts the playground, then runs
    await page.locator('.pg-root').waitFor();
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('.pg-root')?.dataset['runs'] === '1',
    );
    const shown = await result(page);
    expect(shown.state).toBe('done');
    expect(shown.stderr).toBe('');
    expect(await editorText(page)).toBe(readFileSync(demoFile(Number(step)), 'utf8'));
    if (step === '17') {
      // The one difference, stated beside Run and in the output.
      expect(expected).toMatch(MEMORY);
      expect(shown.stdout).toBe(expected.replaceAll(MEMORY, 'memory in use NaN MB'));
      await expect(page.locator('.pg-note').textContent()).resolves.toContain(
        'cannot force a garbage collection or read its memory use',
      );
      expect(shown.text).toContain(
        'gc() did nothing: a browser page cannot force a garbage collection',
      );
      expect(shown.text).toContain('process.memoryUsage() gave NaN');
    } else {
      expect(shown.stdout).toBe(expected);
      await expect(page.locator('.pg-note').count()).resolves.toBe(0);
    }
    // The checker, started by an edit (a blank line at the end), finds no error in the demo.
    await page.click('.pg-root .cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    expect(await typeErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('the appendix', async () => {
    // `pnpm demo appendix` is not a command yet: the same node flags run the file itself.
    const expected = nodeOutput(readFileSync(appendixDemo, 'utf8'));
    const page = await chromium.open();
    await gotoStep(page, 'appendix');
    await page.click('#run');
    await page.locator('.pg-root').waitFor();
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('.pg-root')?.dataset['runs'] === '1',
    );
    const shown = await result(page);
    expect(shown.state).toBe('done');
    expect(shown.stdout).toBe(expected);
    expect(await editorText(page)).toBe(readFileSync(appendixDemo, 'utf8'));
    await page.click('.pg-root .cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    expect(await typeErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a page that is only read', () => {
  it('loads none of the playground but its loader; first use fetches the rest', async () => {
    const page = await chromium.open();
    const fetched: string[] = [];
    // The context's requests: the page's and its workers' (the page's own list has no worker's).
    page
      .context()
      .on('request', (request) => fetched.push(request.url().replace(playgroundUrl, '')));
    await gotoStep(page, '18');
    await page.waitForLoadState('networkidle');
    expect(fetched.sort()).toEqual(['?step=18', 'harness.js', 'loader.js', 'sources/18.ts'].sort());
    await openPlayground(page);
    await expect
      .poll(() => fetched, { timeout: 20_000 })
      .toEqual(
        expect.arrayContaining([
          'app.js',
          'playground.css',
          'ts-worker.js',
          'run-worker.js',
          'steps/step18.js',
        ]),
      );
    await page.waitForLoadState('networkidle');
    // The checker's declarations wait for the first edit, Graphviz for the first graph.
    expect(fetched).not.toContain('types.json');
    expect(fetched).not.toContain('graph-worker.js');
    await page.context().close();
  });
});

describe('mountPlayground', () => {
  it('names what is wrong with its arguments, and leaves the page as it was', async () => {
    const page = await chromium.open();
    await gotoStep(page, '18');
    const before = await page.locator('body').innerHTML();
    // A string, not a function: vitest would rewrite a function's import() for Node.
    const errors = await page.evaluate(`(async () => {
      const { mountPlayground } = await import('${playgroundUrl}loader.js');
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
    await expect(page.locator('body').innerHTML()).resolves.toBe(before);
    await page.context().close();
  });
});

describe('StepPlayground.vue, the component the VitePress pages will use', () => {
  it('loads nothing of the playground until pressed; "Run in the browser" runs the demo', async () => {
    const expected = pnpmDemo(21);
    const page = await chromium.open();
    const fetched: string[] = [];
    page
      .context()
      .on('request', (request) => fetched.push(request.url().replace(playgroundUrl, '')));
    await page.goto(`${playgroundUrl}vue.html?step=21`);
    await page.locator('pre.demo').waitFor();
    await page.waitForLoadState('networkidle');
    // The page, its script (Vue and the component) and the demo's text: not even the loader.
    expect(fetched.sort()).toEqual(['sources/21.ts', 'vue-harness.js', 'vue.html?step=21']);
    await page.getByRole('button', { name: 'Run in the browser' }).click();
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('.pg-root')?.dataset['runs'] === '1',
      undefined,
      { timeout: 30_000 },
    );
    expect((await result(page)).stdout).toBe(expected);
    expect(fetched).toContain('loader.js');
    // The playground took the code block's place.
    await expect(page.locator('pre.demo').count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('editing and running', () => {
  let page: Page;

  it('an edit prints what Node prints for the edited code; Ctrl+Enter runs', async () => {
    page = await chromium.open();
    await gotoStep(page, '16');
    await openPlayground(page);
    const edited = readFileSync(demoFile(16), 'utf8').replace('np.array(2.0)', 'np.array(3.0)');
    expect(edited).not.toBe(readFileSync(demoFile(16), 'utf8'));
    await setCode(page, edited);
    const shown = await run(page, 'keyboard');
    expect(shown.state).toBe('done');
    expect(shown.stdout).toBe(nodeOutput(edited)); // 162.0, 216.0: y = 2x⁴ at 3, and 8x³
    expect(shown.stdout).toBe('162.0\n216.0\n');
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

  it('an endless loop is stopped after 5 s; the page stays responsive and runs again', async () => {
    await setCode(page, "console.log('before');\nwhile (true) {}\n");
    const before = Date.now();
    await page.click('.pg-run');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('.pg-root')?.dataset['state'] === 'running',
    );
    // While the loop runs the page answers, and the reader can type.
    await page.locator('.pg-root .cm-content').press('Control+End');
    await page.keyboard.insertText('// typed while it ran');
    await expect(editorText(page)).resolves.toContain('// typed while it ran');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('.pg-root')?.dataset['state'] === 'stopped',
      undefined,
      {
        timeout: 15_000,
      },
    );
    expect(Date.now() - before).toBeGreaterThanOrEqual(5000);
    const shown = await result(page);
    expect(shown.stdout).toBe('before\n');
    expect(shown.text).toContain('Stopped after 5 s: the program was still running');
    await setCode(page, "console.log('again');");
    expect((await run(page)).stdout).toBe('again\n');
  });

  it('a syntax error: its message and line, and nothing runs', async () => {
    await setCode(page, "console.log('never');\n\nconst x = ;\n");
    const shown = await run(page);
    expect(shown.state).toBe('error');
    expect(shown.stdout).toBe('');
    expect(shown.text).toContain('SyntaxError: Expression expected.');
    await expect(page.locator('.pg-output .pg-line').textContent()).resolves.toBe('line 3');
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
    const dot = await page.locator('.pg-dot').textContent();
    expect(`${dot}\n`).toBe(nodeOutput(code));
    // Graphviz drew 9 nodes (5 variables, 4 functions); the weak links of step 17 on dashed.
    await expect(figure.locator('svg g.node').count()).resolves.toBe(9);
    await expect(figure.locator('svg g.edge path[stroke-dasharray]').count()).resolves.toBe(4);
    await expect(figure.locator('svg').innerHTML()).resolves.toContain('grad 64.0');
  });

  it('a request a program makes off the local server is stopped, and the test would fail', async () => {
    const url = 'https://example.com/dezero-playground-test';
    await setCode(
      page,
      `await fetch('${url}').catch((error) => console.log('stopped:', error.name));`,
    );
    expect((await run(page)).stdout).toBe('stopped: TypeError\n');
    const taken = chromium.takeProblems(url);
    expect(taken).toContain(`left the local server: ${url}`);
  });

  it('Reset puts the demo back', async () => {
    await page.click('.pg-reset');
    expect(await editorText(page)).toBe(readFileSync(demoFile(16), 'utf8'));
    await expect(page.locator('.pg-output > *').count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('types as you type', () => {
  /**
   * Edits step `step`'s demo (`from` → `to`) in its playground, and checks the checker lists
   * exactly what TypeScript says in Node for the same code, at `line`, and underlines `marked`.
   */
  async function typeError(step: number, from: string, to: string, line: number, marked: string) {
    const page = await chromium.open();
    await gotoStep(page, String(step));
    await openPlayground(page);
    const code = readFileSync(demoFile(step), 'utf8').replace(from, to);
    expect(code).toContain(to);
    await setCode(page, code);
    const expected = nodeTypeErrors(code);
    expect(expected).toHaveLength(1);
    expect(await typeErrors(page)).toEqual([`line ${line} ${expected[0]}`]);
    const underlined = page.locator('.cm-lintRange-error').first().textContent();
    await expect(underlined).resolves.toBe(marked);
    return { page, code, message: expected[0] };
  }

  it("step 18: y.backward({ retain_grad: true }) is underlined with the compiler's message", async () => {
    const { page, code, message } = await typeError(
      18,
      'y.backward();',
      'y.backward({ retain_grad: true });',
      8,
      'retain_grad',
    );
    expect(message).toContain("'retain_grad' does not exist in type '{ retainGrad?: boolean; }'");
    // It still runs, as the Python habit would: silently, keeping no intermediate gradient.
    expect((await run(page)).stdout).toBe(nodeOutput(code));
    await page.context().close();
  });

  it('step 17: noGrad, which step 18 adds, is underlined', async () => {
    const { page, message } = await typeError(
      17,
      "import { np, square, Variable } from '@dezero/step17';",
      "import { noGrad, np, square, Variable } from '@dezero/step17';",
      4,
      'noGrad',
    );
    expect(message).toBe(`Module '"@dezero/step17"' has no exported member 'noGrad'.`);
    await page.context().close();
  });
});

describe('sharing', () => {
  it('Share puts the code in the URL; the link opens it in the editor, not yet run', async () => {
    const page = await chromium.open();
    await gotoStep(page, '20');
    await openPlayground(page);
    const code =
      "import { np, Variable } from '@dezero/step20';\nconsole.log('shared 공유', new Variable(np.array(5)));\n";
    await setCode(page, code);
    await page.click('.pg-share');
    await page.waitForFunction(() => location.hash.startsWith('#code='));
    const link = page.url();
    await page.context().close();

    const opened = await chromium.open();
    await opened.goto(link);
    await opened.locator('.pg-root .cm-content').waitFor(); // mounted at once, no click
    expect(await editorText(opened)).toBe(code);
    const shown = await result(opened);
    expect(shown.state).toBe('idle');
    expect(shown.stdout).toBe('');
    expect((await run(opened)).stdout).toBe(nodeOutput(code));
    await opened.context().close();
  });
});

describe('light and dark, 390 px', () => {
  it('the playground fits a 390 px phone and follows the page into dark mode', async () => {
    const page = await chromium.open({ width: 390 });
    await gotoStep(page, '24');
    await page.click('#run');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('.pg-root')?.dataset['runs'] === '1',
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const background = () =>
      page.evaluate(
        () => getComputedStyle(document.querySelector('.cm-editor') as Element).backgroundColor,
      );
    const light = await background();
    await page.click('#theme');
    await expect.poll(background).not.toBe(light);
    expect(await background()).toBe('rgb(40, 44, 52)'); // One Dark's background
    await page.screenshot({
      path: new URL('../.vitest/playground-390-dark.png', import.meta.url).pathname,
    });
    await page.context().close();
  });
});

chromium.itReportsNoProblems();
