/**
 * `pnpm readme [--measure] [--check] [page …]`: fills in the generated blocks of every
 * committed page (see readmes.ts), or of the pages named (`packages/step17/README.md`), so
 * the READMEs read complete on GitHub, and writes the figures they show beside them.
 * `pnpm run docs` runs it first.
 *
 * - A block whose numbers depend on the machine (a memory figure, a demo that prints memory)
 *   keeps its committed measurement unless it is missing or malformed; `--measure` measures
 *   every one again.
 * - `--check` writes nothing: it prints what is stale and exits 1, as the docs tests do.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readCommandLine, usageError } from '../args.js';
import {
  committedPages,
  problemsOf,
  regenerate,
  shortName,
  strayFigures,
} from '../committedPages.js';

const line = {
  command: 'pnpm readme',
  usage: 'usage: pnpm readme [--measure] [--check] [page …]',
  options: {
    measure: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
  positionals: true,
} as const;

const { values, positionals } = readCommandLine(line);

// pnpm runs the script from the root; INIT_CWD is where it was typed.
const named = positionals.map((page) => resolve(process.env['INIT_CWD'] ?? '.', page));
const pages = committedPages().filter((page) => named.length === 0 || named.includes(page.path));
const unknown = named.filter((path) => !pages.some((page) => page.path === path));
if (unknown.length > 0) usageError(line, `${unknown.join(', ')} is not a page with blocks`);
if (values.check) {
  const problems = (await Promise.all(pages.map(problemsOf))).flat();
  for (const problem of problems) console.error(problem);
  console.log(
    problems.length === 0
      ? `${pages.length} pages up to date`
      : `${problems.length} stale block(s) or figure(s)`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
}

let changed = 0;
for (const page of pages) {
  const { text, files } = await regenerate(page, values.measure ? 'always' : 'if-missing');
  const wrote: string[] = [];
  if (text !== readFileSync(page.path, 'utf8')) {
    writeFileSync(page.path, text);
    wrote.push(shortName(page));
  }
  for (const [file, content] of files) {
    if (readIfExists(file) === content) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    wrote.push(shortName(file));
  }
  for (const file of strayFigures(page)) {
    console.warn(`pnpm readme: ${shortName(file)} is shown by no block of ${shortName(page)}`);
  }
  if (wrote.length > 0) console.log(`pnpm readme: wrote ${wrote.join(', ')}`);
  changed += wrote.length;
}
if (changed === 0) console.log(`pnpm readme: ${pages.length} pages up to date`);

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
