/**
 * Generated sections of a page. A page's source (a step's README.md, docs/index.md)
 * marks each with an HTML comment alone on a line, and the committed file holds the
 * generated text between that marker and its closing one, so it reads complete on GitHub:
 *
 *     <!-- dezero:demo -->
 *     …generated text…
 *     <!-- /dezero:demo -->
 *
 * A marker is a kind (`demo`, `snippet`, a figure's name …) and its arguments. An opening marker
 * with no closing one is a block with nothing generated yet. `pnpm readme` rewrites the text
 * between the markers; the site's copy of a page has each whole block replaced by freshly
 * generated text, markers and all. Markers inside a fenced code block are text.
 */

const OPENING = /^<!-- dezero:([a-z][a-z0-9-]*)((?: [^\s]+)*) -->$/;
const CLOSING = /^<!-- \/dezero:([a-z][a-z0-9-]*) -->$/;
const FENCE = /^(`{3,}|~{3,})/;

/** One generated block of a page. */
export interface Block {
  /** `demo`, `diff`, `modules`, `snippet`, `output`, `steps`, or a figure's name (`memory`) */
  readonly kind: string;
  /** The words after the kind: `['measured']`, `['examples/noGrad.ts#using']`. */
  readonly args: readonly string[];
  /** The opening marker without its comment syntax: `snippet examples/noGrad.ts#using`. */
  readonly marker: string;
  /** The text between the markers, trimmed; `undefined` when there is no closing marker. */
  readonly content: string | undefined;
  /** The 1-based line of the opening marker. */
  readonly line: number;
  /** Where the whole block, markers included, starts and ends in the page. */
  readonly start: number;
  readonly end: number;
}

/** Writes one block, given its marker; each section knows its page already. */
export type Section = (block: Block) => string | Promise<string>;

interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function linesOf(page: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const text of page.split('\n')) {
    lines.push({ text, start, end: start + text.length });
    start += text.length + 1;
  }
  return lines;
}

/** Whether `line` closes a code block opened by `fence`: the same character, as many or more. */
function closesFence(line: string, fence: string): boolean {
  const text = line.trimEnd();
  return /^(`+|~+)$/.test(text) && text[0] === fence[0] && text.length >= fence.length;
}

/** The blocks of `page`, in order. `source` names the page in errors. */
export function parseBlocks(source: string, page: string): Block[] {
  const lines = linesOf(page);
  const blocks: Block[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const { text, start } = lines[i];
    if (fence !== undefined) {
      if (closesFence(text, fence)) fence = undefined;
      continue;
    }
    const opensFence = FENCE.exec(text);
    if (opensFence !== null) {
      fence = opensFence[1];
      continue;
    }
    const closing = CLOSING.exec(text);
    if (closing !== null) {
      throw new Error(`${source}:${i + 1}: <!-- /dezero:${closing[1]} --> closes no block`);
    }
    const opening = OPENING.exec(text);
    if (opening === null) continue;
    const kind = opening[1];
    const args = opening[2].trim() === '' ? [] : opening[2].trim().split(' ');
    const marker = [kind, ...args].join(' ');
    // The block runs to its closing marker, if that is the next marker of any kind outside
    // a code block.
    let close: number | undefined;
    let inner: string | undefined;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j].text;
      if (inner !== undefined) {
        if (closesFence(line, inner)) inner = undefined;
        continue;
      }
      inner = FENCE.exec(line)?.[1];
      if (CLOSING.test(line) || OPENING.test(line)) {
        if (CLOSING.exec(line)?.[1] === kind) close = j;
        break;
      }
    }
    const end = close === undefined ? lines[i].end : lines[close].end;
    const content =
      close === undefined
        ? undefined
        : page.slice(lines[i].end + 1, lines[close].start).replace(/^\n+|\s+$/g, '');
    blocks.push({ kind, args, marker, content, line: i + 1, start, end });
    if (close !== undefined) i = close;
  }
  return blocks;
}

/** The markers of the blocks `page` has, in order: `demo`, `memory`. */
export function sectionNames(page: string): string[] {
  return parseBlocks('page', page).map((block) => block.marker);
}

/** A block as the committed page holds it: its markers around its generated text. */
export function blockText(block: Pick<Block, 'kind' | 'marker'>, generated: string): string {
  return `<!-- dezero:${block.marker} -->\n\n${generated.trimEnd()}\n\n<!-- /dezero:${block.kind} -->`;
}

export interface FillOptions {
  /**
   * Keep the markers around each block's text, as the committed page does (`pnpm readme`);
   * without them (the default), a block becomes just its text, as the site shows it.
   */
  readonly markers?: boolean;
}

/**
 * Generates every block of `page`, one at a time (the memory figures measure, and must not
 * overlap), and puts each in its block's place. `source` names the page in errors.
 */
export async function fillSections(
  source: string,
  page: string,
  sections: Readonly<Record<string, Section>>,
  { markers = false }: FillOptions = {},
): Promise<string> {
  const blocks = parseBlocks(source, page);
  const filled: string[] = [];
  for (const block of blocks) {
    const section = sections[block.kind];
    if (section === undefined) {
      const known = Object.keys(sections).join(', ');
      throw new Error(`${source}: no section '${block.kind}' here (this page can have: ${known})`);
    }
    const generated = (await section(block)).trimEnd();
    filled.push(markers ? blockText(block, generated) : generated);
  }
  let result = '';
  let at = 0;
  blocks.forEach((block, i) => {
    result += page.slice(at, block.start) + filled[i];
    at = block.end;
  });
  return result + page.slice(at);
}

/** A fenced code block, with a fence longer than any run of backticks inside. */
export function codeBlock(language: string, code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${code.trimEnd()}\n${fence}`;
}

/** How a column of a {@link table} aligns: `---` or `---:`. */
export type Alignment = 'left' | 'right';

/**
 * A Markdown table, its columns padded to one width as the repository's formatter (Biome)
 * writes them, so a generated table passes `pnpm lint` as committed. Hangul and other wide
 * characters count two columns, as they take two on a terminal.
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  alignments: readonly Alignment[] = [],
): string {
  const widths = header.map((cell, i) =>
    Math.max(3, displayWidth(cell), ...rows.map((row) => displayWidth(row[i]))),
  );
  const pad = (cell: string, i: number) => {
    const space = ' '.repeat(widths[i] - displayWidth(cell));
    return alignments[i] === 'right' ? space + cell : cell + space;
  };
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = widths.map((width, i) =>
    alignments[i] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
  );
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** East Asian wide and fullwidth characters: Hangul, CJK, fullwidth forms. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** The columns `text` takes in a monospaced font. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** The fenced code blocks of a Markdown text: their language and their text. */
export function codeBlocks(markdown: string): { language: string; code: string; line: number }[] {
  const blocks: { language: string; code: string; line: number }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]);
    if (open === null) continue;
    const fence = open[1];
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (closesFence(lines[j], fence)) break;
      body.push(lines[j]);
    }
    blocks.push({ language: open[2], code: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}
