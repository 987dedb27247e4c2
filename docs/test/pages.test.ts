/**
 * The pieces the docs pages are built from: the step READMEs and their generated sections,
 * and the figures, drawn from the real step code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as step15 from '@dezero/step15';
import * as step16 from '@dezero/step16';
import { describe, expect, it } from 'vitest';
import { measureWeakOutputs } from '../figures/step17-memory.js';
import { effectiveSource } from '@dezero/tools/effectiveSource';
import { figuresOf, loadFigures, RESERVED } from '@dezero/tools/figures';
import { graphSvg, traceExample } from '../figures/draw/graph.js';
import { memorySvg } from '../figures/draw/memory.js';
import { codeBlock, fillSections, parseBlocks, sectionNames, table } from '@dezero/tools/blocks';
import { existingSteps, packageDir } from '@dezero/tools/steps';
import { stepTitle } from '@dezero/tools/stepTitle';

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

describe('generated sections', () => {
  it('each marker is replaced by its section, in place', async () => {
    const page = '# Title\n\n<!-- dezero:one -->\n\ntext\n\n<!-- dezero:two -->\n';
    const filled = await fillSections('page.md', page, {
      one: () => 'first',
      two: async () => 'second\n',
    });
    expect(filled).toBe('# Title\n\nfirst\n\ntext\n\nsecond\n');
  });

  it('a block keeps its markers when asked, as the committed README holds it', async () => {
    const page = '# Title\n\n<!-- dezero:output a.ts -->\nold\n<!-- /dezero:output -->\n\ntext\n';
    const sections = { output: (block: { args: readonly string[] }) => `new ${block.args[0]}` };
    expect(await fillSections('page.md', page, sections, { markers: true })).toBe(
      '# Title\n\n<!-- dezero:output a.ts -->\n\nnew a.ts\n\n<!-- /dezero:output -->\n\ntext\n',
    );
    // The site's copy has the whole block, markers and old text, replaced.
    expect(await fillSections('page.md', page, sections)).toBe('# Title\n\nnew a.ts\n\ntext\n');
  });

  it('a block runs to its closing marker; an opening marker alone is a block not yet filled', () => {
    const page = [
      '<!-- dezero:demo -->',
      'the demo',
      '<!-- /dezero:demo -->',
      '<!-- dezero:snippet examples/a.ts#one -->',
      '<!-- dezero:diff -->',
      '```md',
      '<!-- dezero:modules -->',
      '```',
      '<!-- /dezero:diff -->',
    ].join('\n');
    expect(
      parseBlocks('page.md', page).map(({ marker, args, content, line }) => ({
        marker,
        args,
        content,
        line,
      })),
    ).toEqual([
      { marker: 'demo', args: [], content: 'the demo', line: 1 },
      {
        marker: 'snippet examples/a.ts#one',
        args: ['examples/a.ts#one'],
        content: undefined,
        line: 4,
      },
      { marker: 'diff', args: [], content: '```md\n<!-- dezero:modules -->\n```', line: 5 },
    ]);
  });

  it('a closing marker that closes nothing is an error that names the line', () => {
    expect(() => parseBlocks('README.md', 'text\n<!-- /dezero:demo -->\n')).toThrow(
      'README.md:2: <!-- /dezero:demo --> closes no block',
    );
  });

  it('a marker inside a code block is text', () => {
    expect(sectionNames('````md\n<!-- dezero:demo -->\n```\n````\n<!-- dezero:diff -->\n')).toEqual(
      ['diff'],
    );
  });

  it('a marker with no section is an error that names the page', async () => {
    await expect(fillSections('README.md', '<!-- dezero:grpah -->\n', {})).rejects.toThrow(
      "README.md: no section 'grpah' here",
    );
  });

  it('only a marker alone on its line counts', () => {
    expect(sectionNames('see `<!-- dezero:demo -->` here\n<!-- dezero:diff -->\n')).toEqual([
      'diff',
    ]);
  });

  it('a table is padded as Biome formats Markdown, a Hangul character two columns wide', () => {
    expect(
      table(
        ['Step', '제목'],
        [
          ['9', '메모리'],
          ['10', 'a'],
        ],
        ['right'],
      ),
    ).toBe(
      ['| Step | 제목   |', '| ---: | ------ |', '|    9 | 메모리 |', '|   10 | a      |'].join(
        '\n',
      ),
    );
  });

  it('a code block fence is longer than any run of backticks inside', () => {
    expect(codeBlock('ts', 'a\n')).toBe('```ts\na\n```');
    expect(codeBlock('md', 'x ```` y')).toBe('`````md\nx ```` y\n`````');
  });
});

describe('effective source', () => {
  it('step 18 owns core.ts and config.ts, and inherits the rest', () => {
    const homes = Object.fromEntries(
      [...effectiveSource(18, 'src')].map(([role, file]) => [role, file.home]),
    );
    expect(homes).toEqual({
      'src/config.ts': 18,
      'src/core.ts': 18,
      'src/index.ts': 18,
      'src/numericalDiff.ts': 15,
      'src/priorityQueue.ts': 16,
    });
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

  it('the figure draws every variable, every function and every visit', () => {
    const svg = graphSvg(traceExample(step15), 'the graph');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<title>the graph</title>');
    for (const name of ['x', 'a', 'b', 'c', 'y', 'square', 'add', 'grad 96.0']) {
      expect(svg).toContain(`>${name}</text>`);
    }
    for (const turn of [1, 2, 3, 4, 5]) expect(svg).toContain(`>${turn}</text>`);
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
