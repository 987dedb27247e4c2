/**
 * What one step changes against another: a unified diff of their effective sources, one
 * patch per module, computed by jsdiff. `pnpm diff` prints it, and each step's docs page
 * shows the diff from the step before.
 */
import { FILE_HEADERS_ONLY, formatPatch, type StructuredPatch, structuredPatch } from 'diff';
import { type Area, effectiveSource, type SourceFile } from './effectiveSource.js';
import type { Step } from './steps.js';

export interface ModuleDiff {
  /** The module's role in both steps, e.g. `src/core.ts` (see {@link effectiveSource}). */
  readonly role: string;
  /** The module in the first step, or `undefined` when the second step adds it. */
  readonly before: SourceFile | undefined;
  /** The module in the second step, or `undefined` when the second step has none. */
  readonly after: SourceFile | undefined;
  readonly patch: StructuredPatch;
  readonly insertions: number;
  readonly deletions: number;
}

export interface DiffOptions {
  /** Compare the test files too. */
  readonly tests?: boolean;
}

/** Lines of unchanged context around each change, as `git diff` shows. */
const CONTEXT = 3;

/** The modules whose effective source differs between steps `from` and `to`, in order. */
export function diffSteps(from: Step, to: Step, { tests = false }: DiffOptions = {}): ModuleDiff[] {
  const areas: Area[] = tests ? ['src', 'test'] : ['src'];
  return areas.flatMap((area) => {
    const before = effectiveSource(from, area);
    const after = effectiveSource(to, area);
    const roles = [...new Set([...before.keys(), ...after.keys()])].sort();
    return roles.flatMap((role) => {
      const diff = diffModule(role, before.get(role), after.get(role));
      return diff === undefined ? [] : [diff];
    });
  });
}

function diffModule(
  role: string,
  before: SourceFile | undefined,
  after: SourceFile | undefined,
): ModuleDiff | undefined {
  if (before?.text === after?.text) return undefined;
  const patch = structuredPatch(
    before?.path ?? '/dev/null',
    after?.path ?? '/dev/null',
    before?.text ?? '',
    after?.text ?? '',
    undefined,
    undefined,
    { context: CONTEXT },
  );
  const lines = patch.hunks.flatMap((hunk) => hunk.lines);
  return {
    role,
    before,
    after,
    patch,
    insertions: lines.filter((line) => line.startsWith('+')).length,
    deletions: lines.filter((line) => line.startsWith('-')).length,
  };
}

export interface RenderOptions {
  /** Colour with ANSI escapes, for a terminal. */
  readonly color: boolean;
}

/** The unified diff: for each module, `---`/`+++` headers naming its file, then its hunks. */
export function renderDiff(diffs: readonly ModuleDiff[], { color }: RenderOptions): string {
  const paint = painter(color);
  return diffs
    .map(({ patch }) => {
      const [oldHeader, newHeader, ...body] = formatPatch(patch, FILE_HEADERS_ONLY)
        .trimEnd()
        .split('\n');
      const painted = body.map((line) => {
        if (line.startsWith('@@')) return paint('cyan', line);
        if (line.startsWith('+')) return paint('green', line);
        if (line.startsWith('-')) return paint('red', line);
        return line;
      });
      return [paint('bold', oldHeader), paint('bold', newHeader), ...painted]
        .map((line) => `${line}\n`)
        .join('');
    })
    .join('');
}

/** The widest a `--stat` bar of `+` and `-` grows before it is scaled down. */
const BAR_WIDTH = 40;

/** A summary like `git diff --stat`: one line per module, then the totals. */
export function renderStat(diffs: readonly ModuleDiff[], { color }: RenderOptions): string {
  const paint = painter(color);
  const names = diffs.map(displayName);
  const nameWidth = Math.max(0, ...names.map((name) => name.length));
  const counts = diffs.map((d) => d.insertions + d.deletions);
  const countWidth = String(Math.max(0, ...counts)).length;
  const scale = Math.min(1, BAR_WIDTH / Math.max(1, ...counts));

  const lines = diffs.map((d, i) => {
    const plus = d.insertions === 0 ? 0 : Math.max(1, Math.round(d.insertions * scale));
    const minus = d.deletions === 0 ? 0 : Math.max(1, Math.round(d.deletions * scale));
    const bar = paint('green', '+'.repeat(plus)) + paint('red', '-'.repeat(minus));
    const count = String(counts[i]).padStart(countWidth);
    return ` ${names[i].padEnd(nameWidth)} | ${count} ${bar}`;
  });
  const insertions = diffs.reduce((sum, d) => sum + d.insertions, 0);
  const deletions = diffs.reduce((sum, d) => sum + d.deletions, 0);
  const total =
    ` ${plural(diffs.length, 'file')} changed, ` +
    `${plural(insertions, 'insertion')}(+), ${plural(deletions, 'deletion')}(-)`;
  return [...lines, total].map((line) => `${line}\n`).join('');
}

/** `src/core.ts`, or `test/step17.test.ts → test/step18.test.ts` when the name changes. */
function displayName({ before, after }: ModuleDiff): string {
  const names = [before, after].flatMap((file) => (file === undefined ? [] : [file.name]));
  return [...new Set(names)].join(' → ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** SGR codes of the few styles a diff uses. */
const STYLES = { bold: 1, red: 31, green: 32, cyan: 36 } as const;
type Style = keyof typeof STYLES;

function painter(color: boolean): (style: Style, text: string) => string {
  return (style, text) => (color && text !== '' ? `\x1b[${STYLES[style]}m${text}\x1b[0m` : text);
}
