/**
 * The pieces the site's pages are made of: the step READMEs (their titles and the blocks they
 * ask for), and the figures, drawn from the real step code. How the blocks are parsed and
 * filled is tested with the tools (packages/tools/test/sections.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as step15 from '@dezero/step15';
import * as step16 from '@dezero/step16';
import { parseBlocks } from '@dezero/tools/blocks';
import { figuresOf, loadFigures, RESERVED } from '@dezero/tools/figures';
import { existingSteps, packageDir } from '@dezero/tools/steps';
import { stepTitle } from '@dezero/tools/stepTitle';
import { describe, expect, it } from 'vitest';
import { drawGraphs, traceExample } from '../figures/draw/graph.js';
import { memorySvg } from '../figures/draw/memory.js';
import { measureWeakOutputs } from '../figures/step17-memory.js';

const MB = 1e6;

describe('every step README', () => {
  const first = existingSteps()[0];
  for (const step of existingSteps()) {
    const readme = readFileSync(join(packageDir(step), 'README.md'), 'utf8');

    it(`step ${step}: its first line gives the English and the Korean title`, () => {
      const { english, korean } = stepTitle(step);
      expect(english).toMatch(/^[a-z]/);
      expect(korean).toMatch(/[가-힣]/);
    });

    it(`step ${step}: asks for the sections its page must have, and every figure of its own`, async () => {
      const figures = (await figuresOf(step)).map((figure) => figure.name);
      const expected = ['demo', 'modules', ...(step === first ? [] : ['diff']), ...figures];
      // Snippets are the prose's own; a demo may be marked `measured`.
      const asked = parseBlocks('README.md', readme)
        .filter((block) => block.kind !== 'snippet' && block.kind !== 'output')
        .map((block) => block.kind);
      expect(asked.sort()).toEqual(expected.sort());
    });
  }
});

describe('the figures in docs/figures/', () => {
  it('each names a step page, and no page has two figures of one name', async () => {
    const figures = await loadFigures();
    expect(figures.length).toBeGreaterThan(0);
    const keys = figures.map((figure) => `${figure.step}/${figure.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const figure of figures) {
      expect(existingSteps()).toContain(figure.step);
      expect(figure.name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(RESERVED).not.toContain(figure.name);
    }
  });

  it('a figure that does not depend on the machine draws the same SVG twice', async () => {
    const context = { when: 'now', machine: 'Node v0.0.0 on a test' };
    for (const figure of (await loadFigures()).filter((f) => !f.machineDependent)) {
      const [a, b] = [await figure.render(context), await figure.render(context)];
      expect(a.svg, `${figure.step}/${figure.name}`).toBe(b.svg);
      expect(a.alt).not.toBe('');
      expect(a.caption).not.toBe('');
    }
  });
});

describe('the graph of steps 15 and 16, traced through the real code', () => {
  it('step 15: the stack takes square → a twice, and x.grad is 96', () => {
    const trace = traceExample(step15);
    expect(trace.order.map((f) => `${f.name} → ${f.outputs}`)).toEqual([
      'add → y',
      'square → c',
      'square → a',
      'square → b',
      'square → a',
    ]);
    expect(trace.functions.find((f) => f.outputs[0] === 'a')?.visits).toEqual([3, 5]);
    expect(trace.variables.find((v) => v.name === 'x')?.grad).toBe('96.0');
    expect(trace.functions.every((f) => f.generation === undefined)).toBe(true);
  });

  it('step 16: each function once, the latest generation first, and x.grad is 64', () => {
    const trace = traceExample(step16);
    expect(trace.order.map((f) => f.generation)).toEqual([2, 1, 1, 0]);
    expect(trace.functions.every((f) => f.visits.length === 1)).toBe(true);
    expect(trace.variables.map((v) => [v.name, v.generation])).toEqual([
      ['x', 0],
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['y', 3],
    ]);
    expect(trace.variables.find((v) => v.name === 'x')?.grad).toBe('64.0');
  });

  it('the figure is the graph getDotGraph writes, drawn by Graphviz: every node, the wrong 96', async () => {
    const svg = await drawGraphs([{ output: traceExample(step15).output }]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+pt"/);
    // Graphviz's groups: 5 variables and 4 functions, 9 edges.
    expect(svg.match(/<g id="node\d+" class="node">/g)).toHaveLength(9);
    expect(svg.match(/<g id="edge\d+" class="edge">/g)).toHaveLength(9);
    for (const label of ['Square', 'Add', 'data 2.0', 'grad 96.0', 'data 32.0']) {
      expect(svg).toContain(`>${label}</text>`);
    }
    // No prolog, doctype or comment: the file is one SVG element, as the other figures are.
    expect(svg).not.toMatch(/<\?xml|<!DOCTYPE|<!--/);
  });

  it('two graphs side by side, each labelled (step 18: backward with and without retainGrad)', async () => {
    const { y } = (() => {
      const x = new step16.Variable(step16.np.array(2.0));
      return { y: step16.square(x) };
    })();
    const svg = await drawGraphs([
      { output: y, label: 'left' },
      { output: y, label: 'right' },
    ]);
    expect(svg.match(/<g transform="translate\(/g)).toHaveLength(2);
    expect(svg.match(/<svg/g)).toHaveLength(1);
    expect(svg).toContain('>left</text>');
    expect(svg).toContain('>right</text>');
  });
});

describe('the memory figures, measured', () => {
  it('step 17: a dropped graph is freed in both steps; y.creator keeps y alive only in 16', async () => {
    const [dropped16, dropped17, creator16, creator17] = (await measureWeakOutputs()).map(
      (m) => m.bytes / MB,
    );
    expect(dropped16).toBeCloseTo(0, 0);
    expect(dropped17).toBeCloseTo(0, 0);
    expect(creator16).toBeCloseTo(16, 0); // x and y, 8 MB each
    expect(creator17).toBeCloseTo(8, 0); // x alone: inputs are still held strongly
  });

  it('a chart has one labelled bar per measurement', () => {
    const svg = memorySvg(
      [
        { label: 'kept', bytes: 16 * MB },
        { label: 'freed', bytes: 0 },
      ],
      'memory',
    );
    expect(svg).toContain('>kept</text>');
    expect(svg).toContain('>16.0 MB</text>');
    expect(svg).toContain('>0.0 MB</text>');
    expect(svg.match(/<rect /g)).toHaveLength(3); // the card and two bars
  });
});
