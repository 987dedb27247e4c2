/**
 * The block mechanism on a page of its own, in a temporary folder: snippets quote a region
 * of a file that runs, outputs are what it printed, a stale block is named with the command
 * that fixes it, and a measured block is checked for form and kept until asked.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CommittedPage, problemsOf, regenerate } from '../src/committedPages.js';
import { svgProblem } from '../src/pageBuild.js';
import { region, snippetSections } from '../src/snippetBlocks.js';

/** A page in a fresh folder, with `examples/hello.ts` beside it. */
function tempPage(markdown: string, example: string): CommittedPage & { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dezero-blocks-'));
  mkdirSync(join(dir, 'examples'));
  writeFileSync(join(dir, 'examples', 'hello.ts'), example);
  const path = join(dir, 'page.md');
  writeFileSync(path, markdown);
  return { dir, path, sections: (build) => snippetSections(build) };
}

const HELLO = [
  "const greeting = 'hello';",
  '// #region greet',
  'function greet(name: string): string {',
  "  return [greeting, name].join(', ');",
  '}',
  '// #endregion greet',
  "console.log(greet('DeZero'));",
  '',
].join('\n');

describe('snippet and output blocks', () => {
  it('pnpm readme fills them in: the region, and what the file printed', async () => {
    const page = tempPage(
      '# Page\n\n<!-- dezero:snippet examples/hello.ts#greet -->\n\nprose\n\n<!-- dezero:output examples/hello.ts -->\n',
      HELLO,
    );
    expect(await problemsOf(page)).toEqual(
      [
        "page.md:3: the 'snippet examples/hello.ts#greet' block has no generated text yet (no closing marker); run `pnpm readme`",
        "page.md:7: the 'output examples/hello.ts' block has no generated text yet (no closing marker); run `pnpm readme`",
      ].map((message) => expect.stringMatching(new RegExp(`${escape(message)}$`))),
    );
    const { text } = await regenerate(page, 'if-missing');
    expect(text).toBe(
      [
        '# Page',
        '',
        '<!-- dezero:snippet examples/hello.ts#greet -->',
        '',
        '```ts',
        'function greet(name: string): string {',
        "  return [greeting, name].join(', ');",
        '}',
        '```',
        '',
        '<!-- /dezero:snippet -->',
        '',
        'prose',
        '',
        '<!-- dezero:output examples/hello.ts -->',
        '',
        '```text',
        'hello, DeZero',
        '```',
        '',
        '<!-- /dezero:output -->',
        '',
      ].join('\n'),
    );
    writeFileSync(page.path, text);
    expect(await problemsOf(page)).toEqual([]);
  });

  it('a changed file makes both blocks stale, named with the line and the command', async () => {
    const page = tempPage('<!-- dezero:snippet examples/hello.ts#greet -->\n', HELLO);
    writeFileSync(page.path, (await regenerate(page, 'if-missing')).text);
    writeFileSync(
      join(page.dir, 'examples', 'hello.ts'),
      HELLO.replace("join(', ')", "join('! ')"),
    );
    const [problem] = await problemsOf(page);
    expect(problem).toMatch(
      /page\.md:1: the 'snippet examples\/hello\.ts#greet' block is stale \(its line 3 reads .+\); run `pnpm readme`$/,
    );
  });

  it('a file that fails to run is a problem, with its error', async () => {
    const page = tempPage(
      '<!-- dezero:output examples/hello.ts -->\n```text\nx\n```\n<!-- /dezero:output -->\n',
      "throw new Error('the example broke');\n",
    );
    const [problem] = await problemsOf(page);
    expect(problem).toContain('cannot be generated');
    expect(problem).toContain('the example broke');
  });

  it('a measured output names its machine, is kept by pnpm readme, and checked for form', async () => {
    const page = tempPage('<!-- dezero:output examples/hello.ts measured -->\n', HELLO);
    const { text } = await regenerate(page, 'if-missing');
    expect(text).toMatch(
      /^<!-- dezero:output examples\/hello\.ts measured -->\n\nPrinted when this README was generated \(Node v\d+\.\d+\.\d+ on .+\):\n\n```text\nhello, DeZero\n```\n\n<!-- \/dezero:output -->\n$/,
    );
    // Another machine's numbers stay, and pass the check.
    const elsewhere = text
      .replace(/\(Node v[^)]+\)/, '(Node v18.0.0 on another CPU)')
      .replace('hello, DeZero', 'hello, 1.0 MB');
    writeFileSync(page.path, elsewhere);
    expect(await problemsOf(page)).toEqual([]);
    expect((await regenerate(page, 'if-missing')).text).toBe(elsewhere);
    expect((await regenerate(page, 'always')).text).toBe(text);
    // A block that lost its machine is malformed: measure again.
    writeFileSync(page.path, elsewhere.replace(/ \(Node v[^)]+\)/, ''));
    expect(await problemsOf(page)).toEqual([
      expect.stringMatching(/is measured on a machine, and .+; run `pnpm readme --measure`$/),
    ]);
  });

  it('an unknown option, file or region is an error that names the page and line', async () => {
    const cases: [string, RegExp][] = [
      ['output examples/hello.ts fast', /page\.md:1: unknown option 'fast'/],
      ['output examples/nope.ts', /page\.md:1: examples\/nope\.ts does not exist/],
      ['snippet examples/hello.ts#nope', /needs one '\/\/ #region nope'/],
      ['graph', /this page has no such section/],
    ];
    for (const [marker, message] of cases) {
      const kind = marker.split(' ')[0];
      const page = tempPage(`<!-- dezero:${marker} -->\nx\n<!-- /dezero:${kind} -->\n`, HELLO);
      expect((await problemsOf(page)).join('\n')).toMatch(message);
    }
  });
});

describe('regions', () => {
  it('quotes the lines between the markers, without nested markers, dedented', () => {
    const text = [
      'a',
      '  // #region outer',
      '  if (x) {',
      '    // #region inner',
      '    y();',
      '    // #endregion inner',
      '  }',
      '  // #endregion outer',
    ].join('\n');
    expect(region(text, 'outer', 'f')).toBe('if (x) {\n  y();\n}\n');
    expect(region(text, 'inner', 'f')).toBe('y();\n');
    expect(() => region(text, 'other', 'f.ts')).toThrow(
      "f.ts: needs one '// #region other' and, after it, one '// #endregion other'",
    );
  });
});

describe('svg form', () => {
  const svg = (body: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1">\n<title>t</title>\n${body}</svg>\n`;
  it('accepts a figure, and names what is wrong with a broken one', () => {
    expect(svgProblem(svg('<rect width="1"/>\n<text x="0">a</text>\n'))).toBeUndefined();
    expect(svgProblem(svg('<text x="0">a</g>\n'))).toBe('</g> where </text> was expected');
    expect(svgProblem(svg('<g>\n'))).toBe('</svg> where </g> was expected');
    expect(svgProblem(svg('</g>\n'))).toBe('</g> where </svg> was expected');
    expect(svgProblem(svg('</svg>\n'))).toBe('</svg> closes nothing');
    expect(svgProblem('<svg>')).toMatch(/does not start with/);
    expect(svgProblem(svg('').replace('<title>t</title>', ''))).toBe('it has no <title>');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
