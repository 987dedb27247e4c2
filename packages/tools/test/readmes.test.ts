/**
 * The committed pages read complete on GitHub, and their code is tested code.
 *
 * - Every generated block of every README and page (demo, diff, modules, figures, snippets,
 *   outputs, the table of steps) is what `pnpm readme` would write now. A block whose numbers
 *   depend on the machine is checked for form only: its measurement, the machine that made
 *   it, and its figure file are there.
 * - Outside those blocks, a step page, a docs page or the root README holds no code typed by
 *   hand: only shell commands (commands.test.ts checks them), Python quoted from the book,
 *   and plain blocks with no language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlocks, parseBlocks } from '../src/blocks.js';
import { committedPages, problemsOf, shortName } from '../src/committedPages.js';
import { readmeOf } from '../src/stepBlocks.js';
import { existingSteps, repoRoot } from '../src/steps.js';

describe('every committed page is up to date (`pnpm readme` regenerates them)', () => {
  for (const page of committedPages()) {
    it(shortName(page), async () => {
      expect(await problemsOf(page)).toEqual([]);
    });
  }
});

/** Code blocks a page may hold as written: commands, the book's Python, and plain text. */
const BY_HAND = new Set(['sh', 'bash', 'shell', 'console', 'python', '']);

describe('the step pages, the docs pages and the root README quote only tested code', () => {
  const pages = [
    ...existingSteps().map(readmeOf),
    join(repoRoot, 'README.md'),
    ...committedPages()
      .map((page) => page.path)
      .filter((path) => path.startsWith(join(repoRoot, 'docs', 'pages'))),
  ];
  for (const path of pages) {
    it(shortName(path), () => {
      const markdown = readFileSync(path, 'utf8');
      const blocks = parseBlocks(shortName(path), markdown);
      // Blank out the generated blocks, keeping the line numbers.
      let rest = markdown;
      for (const block of [...blocks].reverse()) {
        const lines = markdown.slice(block.start, block.end).split('\n').length;
        rest = rest.slice(0, block.start) + '\n'.repeat(lines - 1) + rest.slice(block.end);
      }
      const byHand = codeBlocks(rest)
        .filter((code) => !BY_HAND.has(code.language))
        .map((code) => `line ${code.line}: a \`\`\`${code.language} block typed by hand`);
      expect(
        byHand,
        'quote a file instead: <!-- dezero:snippet examples/<file>.ts#<region> -->',
      ).toEqual([]);
    });
  }
});
