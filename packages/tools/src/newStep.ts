/**
 * `pnpm new-step N [--title …] [--korean …] [--adds …]`: scaffolds `packages/stepN` from step
 * N − 1, the last step there is. It writes
 *
 * - `package.json` (the name, the description and the dependencies updated), `tsconfig.json`,
 *   `tsconfig.build.json` and `vitest.config.ts`;
 * - `src/index.ts`, which re-exports every name step N − 1 exports, each from its home: a
 *   name step N − 1 defined in its own module now comes from `@dezero/step(N−1)`;
 * - `test/stepN.test.ts`, two lines of the table of the steps' tests: `upToN.run(stepN)`,
 *   every suite up to step N on the new module, and `upTo(N−1).runBeside(step(N−1), stepN)`,
 *   step N − 1's tests on step N − 1 loaded beside it (and the check that the API only
 *   grows); `test/demo.test.ts`;
 * - `examples/stepN.ts`, the demo, and a README skeleton with its title line and the
 *   generated-block markers;
 * - `packages/testkit/src/suites/stepN.ts`, the new suite (empty), exported from the suites,
 *   and one line appended to the table, `packages/testkit/src/steps.ts`:
 *   `upToN = upTo(N−1).plus(N, suites.suiteN)`;
 * - in `docs/`, the new package as a dependency of the docs package and of the playground
 *   (`docs/playground/package.json`: its build bundles every step, so the new step's page gets a
 *   playground), and the type test's proof that its API can stand in for step N − 1's
 *   (`docs/test/api.test.ts`).
 *
 * Nothing else names a step: the tools find the new package by its folder. CONTRIBUTING.md
 * says what to do next. Bad input (a step that is not the next one, a missing step N − 1, a
 * step that exists) is a one-line error and exit code 2, and nothing is written. `--root`
 * scaffolds into another copy of the repository (the tests use it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCommandLine, usageError } from './args.js';
import { existingSteps, repoRoot } from './steps.js';

const COMMAND_LINE = {
  command: 'pnpm new-step',
  usage: 'usage: pnpm new-step <N> [--title <english>] [--korean <한국어>] [--adds <text>]',
  options: {
    title: { type: 'string' },
    korean: { type: 'string' },
    adds: { type: 'string' },
    root: { type: 'string' },
  },
  positionals: true,
} as const;

/** Bad input: the message names what is wrong. */
export class NewStepError extends Error {}

export interface NewStepOptions {
  /** The repository to scaffold in: this one, unless told. */
  readonly root?: string;
  /** The English title, lower case as the pages write it: `packaging`. */
  readonly title?: string;
  /** The Korean edition's title: `패키지로 정리`. */
  readonly korean?: string;
  /** What the step adds, for the landing page's table: `sphere, matyas, goldstein.` */
  readonly adds?: string;
}

/** What the scaffold writes in place of what it was not told; the docs tests reject it. */
export const PLACEHOLDERS = {
  title: '<title>',
  korean: '<한국어판 제목>',
  adds: '<what the step adds>.',
  lead: '<What the book changes in this step and why, the Korean terms beside the English.>',
} as const;

/** The files of the new step, relative to the repository root, and their text. */
export type Plan = Map<string, string>;

/**
 * The files `pnpm new-step step` would write, or a {@link NewStepError} naming what is wrong.
 * Reads step − 1, the suites' index and the table; writes nothing.
 */
export function planNewStep(step: number, options: NewStepOptions = {}): Plan {
  const root = options.root ?? repoRoot;
  const steps = existingSteps(root);
  const last = steps.at(-1);
  if (last === undefined)
    throw new NewStepError(`there are no step packages in ${join(root, 'packages')}`);
  const next = `the next step is ${last + 1}`;
  const previous = step - 1;
  if (existsSync(join(root, 'packages', `step${step}`))) {
    throw new NewStepError(`packages/step${step} exists already (${next})`);
  }
  if (!steps.includes(previous)) {
    throw new NewStepError(
      `there is no packages/step${previous} to scaffold step ${step} from (${next})`,
    );
  }
  if (previous !== last) {
    throw new NewStepError(
      `step ${step} is not the next step: packages/step${last} exists (${next})`,
    );
  }
  const suitePath = `packages/testkit/src/suites/step${step}.ts`;
  if (existsSync(join(root, suitePath))) throw new NewStepError(`${suitePath} exists already`);
  const { title, korean, adds } = checkTitles(options);

  const from = (path: string) =>
    readFileSync(join(root, 'packages', `step${previous}`, path), 'utf8');
  const to = (path: string) => `packages/step${step}/${path}`;
  const suitesIndex = 'packages/testkit/src/suites/index.ts';
  const table = 'packages/testkit/src/steps.ts';
  const plan: Plan = new Map();
  const index = indexTs(from('src/index.ts'), previous);
  plan.set(to('package.json'), packageJson(from('package.json'), index, step, title, adds));
  for (const file of ['tsconfig.json', 'tsconfig.build.json', 'vitest.config.ts']) {
    plan.set(to(file), from(file));
  }
  plan.set(to('src/index.ts'), index);
  plan.set(to(`test/step${step}.test.ts`), stepTest(step));
  plan.set(to('test/demo.test.ts'), demoTest(step));
  plan.set(to(`examples/step${step}.ts`), example(step));
  plan.set(to('README.md'), readme(step, title, korean, adds));
  plan.set(suitePath, suite(step, title, adds));
  plan.set(
    suitesIndex,
    `${readFileSync(join(root, suitesIndex), 'utf8').trimEnd()}\nexport { type Step${step}Api, suite${step} } from './step${step}.js';\n`,
  );
  plan.set(
    table,
    `${readFileSync(join(root, table), 'utf8').trimEnd()}\nexport const upTo${step} = upTo${previous}.plus(${step}, suites.suite${step});\n`,
  );
  // The docs package depends on every step (its figures and tests use them), and so does the
  // playground (it bundles every step it finds for the step pages); the docs' type test
  // proves that each step's API can stand in for the one before.
  for (const manifest of ['docs/package.json', 'docs/playground/package.json']) {
    if (existsSync(join(root, manifest))) {
      plan.set(manifest, docsPackageJson(readFileSync(join(root, manifest), 'utf8'), step));
    }
  }
  const apiTest = 'docs/test/api.test.ts';
  if (existsSync(join(root, apiTest))) {
    plan.set(apiTest, apiTestTs(readFileSync(join(root, apiTest), 'utf8'), previous, step));
  }
  for (const [path, text] of plan) {
    if (path.endsWith('.ts')) plan.set(path, formatted(path, text));
  }
  return plan;
}

/** A docs package's manifest (the site's, the playground's) with step `step` a dependency. */
function docsPackageJson(text: string, step: number): string {
  const manifest = JSON.parse(text) as { devDependencies: Record<string, string> };
  const devDependencies = { ...manifest.devDependencies, [`@dezero/step${step}`]: 'workspace:*' };
  manifest.devDependencies = Object.fromEntries(
    Object.entries(devDependencies).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** docs/test/api.test.ts with step `step` imported and proven to stand in for the one before. */
function apiTestTs(text: string, previous: number, step: number): string {
  const importPrevious = `import type * as step${previous} from '@dezero/step${previous}';\n`;
  const proofPrevious = new RegExp(`^.*expectTypeOf<typeof step${previous}>\\(\\).*\\n`, 'm');
  const match = proofPrevious.exec(text);
  if (!text.includes(importPrevious) || match === null) {
    throw new NewStepError(`docs/test/api.test.ts does not import and check step ${previous}`);
  }
  const at = match.index + match[0].length;
  const withProof = `${text.slice(0, at)}  expectTypeOf<typeof step${step}>().toExtend<StandsIn<typeof step${previous}>>();\n${text.slice(at)}`;
  return withProof.replace(
    importPrevious,
    `${importPrevious}import type * as step${step} from '@dezero/step${step}';\n`,
  );
}

/**
 * Writes the plan under `root`. If a write fails, removes what it wrote and puts the suites'
 * index back, so a failed scaffold leaves nothing behind.
 */
export function writePlan(plan: Plan, root: string = repoRoot): void {
  const before = new Map<string, string | undefined>();
  for (const path of plan.keys()) {
    const file = join(root, path);
    before.set(path, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  }
  const packageDirs = new Set(
    [...plan.keys()].filter((path) => path.startsWith('packages/step')).map(topTwo),
  );
  try {
    for (const [path, text] of plan) {
      const file = join(root, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  } catch (error) {
    for (const dir of packageDirs) rmSync(join(root, dir), { recursive: true, force: true });
    for (const [path, text] of before) {
      if (text === undefined) rmSync(join(root, path), { force: true });
      else writeFileSync(join(root, path), text);
    }
    throw error;
  }
}

function topTwo(path: string): string {
  return path.split('/').slice(0, 2).join('/');
}

function checkTitles(options: NewStepOptions): { title: string; korean: string; adds: string } {
  const { title = PLACEHOLDERS.title, korean = PLACEHOLDERS.korean } = options;
  let { adds = PLACEHOLDERS.adds } = options;
  if (options.title !== undefined && !/^[a-z]/.test(title)) {
    throw new NewStepError(
      `--title must start with a lower-case letter, as the pages write titles: '${title}'`,
    );
  }
  if (options.korean !== undefined && !/[가-힣]/.test(korean)) {
    throw new NewStepError(`--korean must be the Korean edition's title, in Hangul: '${korean}'`);
  }
  for (const [name, value] of [
    ['title', title],
    ['korean', korean],
  ] as const) {
    if (value.includes(' — ') || value.includes('\n')) {
      throw new NewStepError(`--${name} cannot hold ' — ' or a line break: '${value}'`);
    }
  }
  if (adds.includes(': ') || adds.includes('\n')) {
    throw new NewStepError(`--adds cannot hold ': ' or a line break: '${adds}'`);
  }
  if (!adds.endsWith('.')) adds = `${adds}.`;
  return { title, korean, adds };
}

/**
 * Step N's manifest: step N − 1's, renamed, depending on what its `src/index.ts` imports
 * (`index`, as written here), and for its tests on the testkit (step N − 1, which they
 * load beside it, is a dependency already).
 */
function packageJson(text: string, index: string, step: number, title: string, adds: string) {
  const manifest = JSON.parse(text) as {
    name: string;
    description: string;
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const previous = step - 1;
  if (manifest.name !== `@dezero/step${previous}`) {
    throw new NewStepError(`packages/step${previous}/package.json names ${manifest.name}`);
  }
  manifest.name = `@dezero/step${step}`;
  manifest.description = `DeZero step ${step}: ${title}: ${adds}`;
  const imported = [...index.matchAll(/from '(@dezero\/[^'/]+)';/g)].map((match) => match[1]);
  manifest.dependencies = workspaceDependencies(imported);
  manifest.devDependencies = workspaceDependencies(['@dezero/testkit']);
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** `workspace:*` dependencies on `names`, in order. */
function workspaceDependencies(names: readonly string[]): Record<string, string> {
  return Object.fromEntries([...new Set(names)].sort().map((name) => [name, 'workspace:*']));
}

/**
 * Step N's index: step N − 1's, with every name it took from one of its own modules
 * (`'./core.js'`) now taken from its package. Biome then merges the statements by source.
 */
function indexTs(text: string, previous: number): string {
  return text.replace(/from '\.\/[^']+\.js';/g, `from '@dezero/step${previous}';`);
}

/** Step N's test: two lines of the table, the step itself and the step before beside it. */
function stepTest(step: number): string {
  const previous = step - 1;
  return [
    `import * as step${previous} from '@dezero/step${previous}';`,
    `import { upTo${previous}, upTo${step} } from '@dezero/testkit/steps';`,
    `import * as step${step} from '../src/index.js';`,
    '',
    `upTo${step}.run(step${step});`,
    `upTo${previous}.runBeside(step${previous}, step${step});`,
    '',
  ].join('\n');
}

function demoTest(step: number): string {
  return [
    `import { demoOutput } from '@dezero/testkit';`,
    `import { expect, it } from 'vitest';`,
    '',
    `it('the step ${step} demo prints what the book\\'s step${step}.py prints', () => {`,
    `  // The scaffold's demo prints one variable: put the book's output here, line by line.`,
    `  expect(demoOutput(import.meta.url, ${step})).toBe(['variable(1.0)', ''].join('\\n'));`,
    '});',
    '',
  ].join('\n');
}

function example(step: number): string {
  return [
    `// The book's steps/step${step}.py.`,
    `import { np, Variable } from '@dezero/step${step}';`,
    '',
    'const x = new Variable(np.array(1.0));',
    'console.log(x);',
    '',
  ].join('\n');
}

function readme(step: number, title: string, korean: string, adds: string): string {
  const previous = step - 1;
  return [
    `# Step ${step}: ${title} — ${korean}`,
    '',
    `${adds} ${PLACEHOLDERS.lead}`,
    '',
    '## The idea',
    '',
    '## The demo',
    '',
    '<!-- dezero:demo -->',
    '',
    `## What changed since step ${previous}`,
    '',
    '<!-- dezero:diff -->',
    '',
    '## Where the modules come from',
    '',
    '<!-- dezero:modules -->',
    '',
    '## Try it',
    '',
    '```sh',
    `pnpm demo ${step}`,
    `pnpm --filter @dezero/step${step} test`,
    `pnpm diff ${previous} ${step}`,
    '```',
    '',
  ].join('\n');
}

function suite(step: number, title: string, adds: string): string {
  return [
    '/**',
    ` * Step ${step}'s behaviour: ${adds}`,
    ' * @module',
    ' */',
    `import type * as ndarray from '@dezero/ndarray';`,
    `import type { NDArray } from '@dezero/ndarray';`,
    `import { defineSuite } from '../suite.js';`,
    '',
    `/** What the step-${step} suite needs of a variable: add what its tests use. */`,
    `export interface Variable${step} {`,
    '  data: NDArray | null;',
    '}',
    '',
    `/** The part of a step module the step-${step} suite uses; every later step has it too. */`,
    `export interface Step${step}Api<V extends Variable${step}> {`,
    '  np: typeof ndarray;',
    '  Variable: new (data: NDArray) => V;',
    '}',
    '',
    `export const suite${step} = defineSuite(`,
    `  'step ${step}: ${title.replaceAll("'", "\\'")}',`,
    `  <V extends Variable${step}>(_dz: Step${step}Api<V>) => ({`,
    '    // One test per claim of the step, named as a sentence; vitest fails an empty suite.',
    '  }),',
    ');',
    '',
  ].join('\n');
}

/** The text as the repository's formatter writes it (Biome: format, and imports organized). */
function formatted(path: string, text: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  const run = spawnSync(
    process.execPath,
    [
      biome,
      'check',
      '--write',
      `--config-path=${join(repoRoot, 'biome.json')}`,
      `--stdin-file-path=${join(repoRoot, path)}`,
    ],
    { input: text, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`biome could not format ${path}: ${run.stderr}`);
  return run.stdout;
}

/** The command line: the plan written, a line per file, or a one-line error and exit 2. */
function main(): void {
  let step: number;
  let options: NewStepOptions;
  const { positionals, values } = readCommandLine(COMMAND_LINE);
  try {
    if (positionals.length !== 1) {
      throw new NewStepError(`expected one step number, got ${positionals.length}`);
    }
    const [text] = positionals;
    if (!/^\d+$/.test(text)) throw new NewStepError(`'${text}' is not a step number`);
    step = Number(text);
    const { root, ...titles } = values;
    options = {
      ...Object.fromEntries(Object.entries(titles).filter(([, v]) => v !== undefined)),
      ...(root === undefined ? {} : { root: `${resolve(root)}/` }),
    };
  } catch (error) {
    if (error instanceof NewStepError) fail(error.message);
    throw error;
  }
  let plan: Plan;
  try {
    plan = planNewStep(step, options);
  } catch (error) {
    if (error instanceof NewStepError) fail(error.message);
    throw error;
  }
  const root = options.root ?? repoRoot;
  writePlan(plan, root);
  for (const path of plan.keys()) console.log(`wrote ${path}`);
  console.log(
    [
      '',
      `Next (CONTRIBUTING.md, "Adding a step"): \`pnpm install\` to link @dezero/step${step};`,
      `copy from step ${step - 1} only the modules the book changes, write the demo and the`,
      `suite's tests, fill in README.md, then \`pnpm readme\` and \`pnpm diff ${step - 1} ${step}\`.`,
    ].join('\n'),
  );
  if (root !== repoRoot) console.log(`(in ${relative(process.cwd(), root) || '.'})`);
}

function fail(reason: string): never {
  usageError(COMMAND_LINE, reason);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  main();
