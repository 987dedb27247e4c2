/**
 * The generated sections of a page (blocks.ts): parsed, filled in place, with or without
 * their markers; the Markdown they are written as; and the effective source the step
 * sections read.
 */

import { describe, expect, it } from 'vitest';
import { codeBlock, fillSections, parseBlocks, sectionNames, table } from '../src/blocks.js';
import { effectiveSource } from '../src/effectiveSource.js';

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
