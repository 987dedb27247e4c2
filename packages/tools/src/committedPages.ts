/**
 * The committed pages whose generated blocks `pnpm readme` fills in, so they read complete
 * on GitHub: every package's README (a step's has its demo, diff, modules and figures), the
 * root README and CONTRIBUTING.md, docs/README.md and the site's own pages in docs/ (the home
 * page, docs/index.md, has the table of steps; docs/testing.md has the tables of
 * testingBlocks.ts). Any of them may quote tested code (`snippet`, `output`, see
 * snippets.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fillSections, parseBlocks, type Section } from './blocks.js';
import { type Measure, MeasurementNeeded, type PageBuild } from './pageBuild.js';
import { snippetSections } from './snippetBlocks.js';
import { readmeOf, stepSections } from './stepBlocks.js';
import { existingSteps, repoRoot } from './steps.js';
import { readmeLink, stepsTable } from './stepsTable.js';
import { testingPage, testingSections } from './testingBlocks.js';

export interface CommittedPage {
  /** The file, absolute. */
  readonly path: string;
  /** The sections its blocks may ask for. */
  sections(build: PageBuild): Record<string, Section> | Promise<Record<string, Section>>;
}

/** The page's path from the repository root, as messages name it. */
export function shortName(page: CommittedPage | string): string {
  return relative(repoRoot, typeof page === 'string' ? page : page.path);
}

/** Every committed page with (or allowed to have) generated blocks, step READMEs first. */
export function committedPages(): CommittedPage[] {
  const steps = existingSteps().map(
    (step): CommittedPage => ({
      path: readmeOf(step),
      sections: (build) => stepSections(step, build),
    }),
  );
  const stepReadmes = new Set(steps.map((page) => page.path));
  const overview = join(repoRoot, 'docs', 'index.md');
  const others = [
    join(repoRoot, 'README.md'),
    join(repoRoot, 'CONTRIBUTING.md'),
    ...markdownIn(join(repoRoot, 'docs')),
    ...readdirSync(join(repoRoot, 'packages')).map((dir) =>
      join(repoRoot, 'packages', dir, 'README.md'),
    ),
  ].filter((path) => existsSync(path) && !stepReadmes.has(path));
  return [
    ...steps,
    ...others.map(
      (path): CommittedPage => ({
        path,
        sections: (build) => ({
          ...snippetSections(build),
          ...(path === overview ? { steps: () => stepsTable(readmeLink(path)) } : {}),
          ...(path === testingPage ? testingSections(build) : {}),
        }),
      }),
    ),
  ];
}

function markdownIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => join(dir, file));
}

function buildFor(page: CommittedPage, measure: Measure): PageBuild {
  return {
    measure,
    source: page.path,
    outDir: join(page.path, '..'),
    files: new Map(),
  };
}

/** The page with every block generated again, and the files (figures) its blocks link to. */
export async function regenerate(
  page: CommittedPage,
  measure: Exclude<Measure, 'never'>,
): Promise<{ text: string; files: ReadonlyMap<string, string> }> {
  const build = buildFor(page, measure);
  const source = readFileSync(page.path, 'utf8');
  const text = await fillSections(shortName(page), source, await page.sections(build), {
    markers: true,
  });
  return { text, files: build.files };
}

/**
 * What is stale or malformed in a committed page, one message per block or file, each
 * naming the page, the block and the command that fixes it; none when it is up to date.
 * Blocks whose numbers depend on the machine are checked for form, not measured again.
 */
export async function problemsOf(page: CommittedPage): Promise<string[]> {
  const name = shortName(page);
  const text = readFileSync(page.path, 'utf8');
  const problems: string[] = [];
  let blocks: ReturnType<typeof parseBlocks>;
  try {
    blocks = parseBlocks(name, text);
  } catch (error) {
    return [(error as Error).message];
  }
  for (const block of blocks) {
    const at = `${name}:${block.line}: the '${block.marker}' block`;
    const build = buildFor(page, 'never');
    const section = (await page.sections(build))[block.kind];
    if (section === undefined) {
      problems.push(`${at}: this page has no such section`);
      continue;
    }
    if (block.content === undefined) {
      problems.push(`${at} has no generated text yet (no closing marker); run \`pnpm readme\``);
      continue;
    }
    let generated: string;
    try {
      generated = (await section(block)).trimEnd();
    } catch (error) {
      problems.push(
        error instanceof MeasurementNeeded
          ? `${at} is measured on a machine, and ${error.message}; run \`pnpm readme --measure\``
          : `${at} cannot be generated: ${(error as Error).message}`,
      );
      continue;
    }
    if (generated !== block.content) {
      problems.push(
        `${at} is stale (${firstDifference(block.content, generated)}); run \`pnpm readme\``,
      );
    }
    for (const [file, content] of build.files) {
      const committed = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      if (committed === undefined) {
        problems.push(`${at} links to ${shortName(file)}, which is missing; run \`pnpm readme\``);
      } else if (committed !== content) {
        problems.push(`${at} links to ${shortName(file)}, which is stale; run \`pnpm readme\``);
      }
    }
  }
  for (const file of strayFigures(page, blocks)) {
    problems.push(`${shortName(file)} is a figure that no block of ${name} shows; delete it`);
  }
  return problems;
}

/** The SVG files in the page's `figures/` folder that no block shows (a figure's block is named as it is). */
export function strayFigures(
  page: CommittedPage,
  blocks = parseBlocks(shortName(page), readFileSync(page.path, 'utf8')),
): string[] {
  const dir = join(page.path, '..', 'figures');
  if (!existsSync(dir)) return [];
  const shown = new Set(blocks.map((block) => `${block.kind}.svg`));
  return readdirSync(dir)
    .filter((file) => file.endsWith('.svg') && !shown.has(file))
    .map((file) => join(dir, file));
}

/** Where two texts first differ, for a message: `line 3 reads '…', expected '…'`. */
function firstDifference(committed: string, expected: string): string {
  const a = committed.split('\n');
  const b = expected.split('\n');
  const i = a.findIndex((line, k) => line !== b[k]);
  const line = i === -1 ? a.length : i;
  const show = (s: string | undefined) =>
    s === undefined ? 'nothing' : `'${s.length > 60 ? `${s.slice(0, 57)}...` : s}'`;
  return `its line ${line + 1} reads ${show(a[line])} where ${show(b[line])} is expected`;
}
