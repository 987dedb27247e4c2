/**
 * `pnpm new-step N`: the command of the root package.json's `new-step` script, run into a
 * copy of the repository's layout in a temporary folder (`--root`): the real step packages
 * linked in, the testkit copied, as the scaffold writes into it. The new package is then
 * linked as `pnpm install` would link it, type-checked and linted there.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NewStepError, PLACEHOLDERS, planNewStep } from '../src/newStep.js';
import { existingSteps, packageDir, repoRoot } from '../src/steps.js';

const newStepCommand = (
  JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts['new-step'];

const steps = existingSteps();
const last = steps[steps.length - 1];
const next = last + 1;
const roots: string[] = [];

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A repository layout to scaffold into: every step package but those `without`. */
function layout(without: readonly number[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'dezero-new-step-'));
  roots.push(root);
  for (const file of ['tsconfig.base.json', 'biome.json']) {
    copyFileSync(join(repoRoot, file), join(root, file));
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'));
  const packages = join(root, 'packages');
  mkdirSync(packages);
  for (const step of steps.filter((s) => !without.includes(s))) {
    symlinkSync(packageDir(step), join(packages, `step${step}`));
  }
  symlinkSync(join(repoRoot, 'packages', 'ndarray'), join(packages, 'ndarray'));
  const testkit = join(repoRoot, 'packages', 'testkit');
  mkdirSync(join(packages, 'testkit'));
  cpSync(join(testkit, 'src'), join(packages, 'testkit', 'src'), { recursive: true });
  for (const file of ['package.json', 'tsconfig.json']) {
    copyFileSync(join(testkit, file), join(packages, 'testkit', file));
  }
  symlinkSync(join(testkit, 'node_modules'), join(packages, 'testkit', 'node_modules'));
  mkdirSync(join(root, 'docs', 'test'), { recursive: true });
  mkdirSync(join(root, 'docs', 'playground'), { recursive: true });
  for (const file of ['package.json', 'test/api.test.ts', 'playground/package.json']) {
    copyFileSync(join(repoRoot, 'docs', file), join(root, 'docs', file));
  }
  return root;
}

/** What the scaffold may write: the packages there are, the suites' files and table, docs' two. */
function snapshot(root: string): string[] {
  const suites = join(root, 'packages', 'testkit', 'src', 'suites');
  return [
    ...readdirSync(join(root, 'packages')),
    readFileSync(join(root, 'packages', 'testkit', 'src', 'steps.ts'), 'utf8'),
    ...['package.json', 'test/api.test.ts', 'playground/package.json'].map((file) =>
      readFileSync(join(root, 'docs', file), 'utf8'),
    ),
    ...readdirSync(suites).map((file) => `${file}: ${readFileSync(join(suites, file), 'utf8')}`),
  ];
}

/** `pnpm new-step …` as pnpm runs it, into `root`. */
function newStep(root: string, args: readonly string[]) {
  const [program, ...programArgs] = newStepCommand.split(' ');
  return spawnSync(program, [...programArgs, ...args, '--root', root], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
}

describe(`pnpm new-step ${next}, into a copy of the repository's layout`, () => {
  const root = layout();
  const run = newStep(root, [
    String(next),
    '--title',
    'a step to come',
    '--korean',
    '다음 단계',
    '--adds',
    'what it adds',
  ]);
  const dir = join(root, 'packages', `step${next}`);
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');

  it('succeeds and lists every file it wrote', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const written = run.stdout.split('\n').filter((line) => line.startsWith('wrote '));
    expect(written.map((line) => line.slice('wrote '.length)).sort()).toEqual(
      [
        ...[
          'package.json',
          'tsconfig.json',
          'tsconfig.build.json',
          'vitest.config.ts',
          'src/index.ts',
          `test/step${next}.test.ts`,
          'test/demo.test.ts',
          `examples/step${next}.ts`,
          'README.md',
        ].map((file) => `packages/step${next}/${file}`),
        `packages/testkit/src/suites/step${next}.ts`,
        'packages/testkit/src/suites/index.ts',
        'packages/testkit/src/steps.ts',
        'docs/package.json',
        'docs/playground/package.json',
        'docs/test/api.test.ts',
      ].sort(),
    );
  });

  it(`names the package @dezero/step${next}, depending on what its index imports, its tests on the testkit`, () => {
    const manifest = JSON.parse(read('package.json'));
    const before = JSON.parse(readFileSync(join(packageDir(last), 'package.json'), 'utf8'));
    expect(manifest.name).toBe(`@dezero/step${next}`);
    expect(manifest.description).toBe(`DeZero step ${next}: a step to come: what it adds.`);
    const imported = [...read('src/index.ts').matchAll(/from '(@dezero\/[^']+)'/g)].map(
      (match) => match[1],
    );
    expect(imported).toContain(`@dezero/step${last}`);
    expect(Object.keys(manifest.dependencies)).toEqual([...new Set(imported)].sort());
    expect(manifest.devDependencies).toEqual({ '@dezero/testkit': 'workspace:*' });
    expect(manifest.scripts).toEqual(before.scripts);
  });

  it(`re-exports every name from its home: step ${last}'s own modules from @dezero/step${last}`, () => {
    const index = read('src/index.ts');
    expect(index).not.toMatch(/from '\.\//);
    expect(index).toContain(`from '@dezero/step${last}';`);
    expect(index.split('\n', 1)[0]).toBe(
      readFileSync(join(packageDir(last), 'src', 'index.ts'), 'utf8').split('\n', 1)[0],
    );
  });

  it('writes the two lines of its test file, and appends one line to the table', () => {
    expect(read(`test/step${next}.test.ts`)).toBe(
      [
        `import * as step${last} from '@dezero/step${last}';`,
        `import { upTo${last}, upTo${next} } from '@dezero/testkit/steps';`,
        `import * as step${next} from '../src/index.js';`,
        '',
        `upTo${next}.run(step${next});`,
        `upTo${last}.runBeside(step${last}, step${next});`,
        '',
      ].join('\n'),
    );
    const table = 'packages/testkit/src/steps.ts';
    expect(readFileSync(join(root, table), 'utf8')).toBe(
      `${readFileSync(join(repoRoot, table), 'utf8')}export const upTo${next} = upTo${last}.plus(${next}, suites.suite${next});\n`,
    );
  });

  it('adds the package to the docs package, to the playground, and to the type test of the API', () => {
    const docs = JSON.parse(readFileSync(join(root, 'docs', 'package.json'), 'utf8'));
    expect(docs.devDependencies[`@dezero/step${next}`]).toBe('workspace:*');
    const playground = join(root, 'docs', 'playground', 'package.json');
    const before = JSON.parse(
      readFileSync(join(repoRoot, 'docs', 'playground', 'package.json'), 'utf8'),
    );
    const after = JSON.parse(readFileSync(playground, 'utf8'));
    expect(after.devDependencies).toEqual({
      ...before.devDependencies,
      [`@dezero/step${next}`]: 'workspace:*',
    });
    expect(Object.keys(after.devDependencies)).toEqual(Object.keys(after.devDependencies).sort());
    expect(after.dependencies).toEqual(before.dependencies);
    const apiTest = readFileSync(join(root, 'docs', 'test', 'api.test.ts'), 'utf8');
    expect(apiTest).toContain(`import type * as step${next} from '@dezero/step${next}';`);
    expect(apiTest).toContain(
      `  expectTypeOf<typeof step${next}>().toExtend<StandsIn<typeof step${last}>>();\n});`,
    );
  });

  it('writes the README title line and the markers of the generated blocks', () => {
    const readme = read('README.md');
    expect(readme.split('\n', 1)[0]).toBe(`# Step ${next}: a step to come — 다음 단계`);
    for (const marker of ['demo', 'diff', 'modules']) {
      expect(readme).toContain(`<!-- dezero:${marker} -->`);
    }
    expect(read(`examples/step${next}.ts`)).toContain(`from '@dezero/step${next}';`);
  });

  it('type-checks and lints, linked as pnpm install links it', { timeout: 600_000 }, () => {
    const links = join(dir, 'node_modules', '@dezero');
    mkdirSync(links, { recursive: true });
    for (const step of steps) symlinkSync(packageDir(step), join(links, `step${step}`));
    symlinkSync(join(repoRoot, 'packages', 'ndarray'), join(links, 'ndarray'));
    symlinkSync(join(root, 'packages', 'testkit'), join(links, 'testkit'));
    const require = createRequire(import.meta.url);
    const tsc = spawnSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', join(dir, 'tsconfig.json')],
      { encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    const biome = spawnSync(
      process.execPath,
      [
        require.resolve('@biomejs/biome/bin/biome'),
        'check',
        '--vcs-enabled=false',
        `packages/step${next}`,
        'packages/testkit/src/suites',
        'packages/testkit/src/steps.ts',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(biome.stderr + biome.stdout).toContain('No fixes applied');
    expect(biome.status).toBe(0);
  });
});

describe('bad input: a one-line error naming what is wrong, exit code 2, nothing written', () => {
  const cases: [string, readonly string[], readonly number[], RegExp][] = [
    ['a step that exists', [String(last)], [], new RegExp(`packages/step${last} exists already`)],
    [
      'a step whose step before is missing',
      [String(next + 1)],
      [],
      new RegExp(`there is no packages/step${next} to scaffold step ${next + 1} from`),
    ],
    [
      'a step that is not the next one',
      [String(last - 1)],
      [last - 1],
      new RegExp(`step ${last - 1} is not the next step: packages/step${last} exists`),
    ],
    ['not a number', ['x'], [], /'x' is not a step number/],
    ['two steps', [String(next), String(next + 1)], [], /expected one step number, got 2/],
    ['an unknown option', [String(next), '--name', 'x'], [], /Unknown option '--name'/],
  ];
  for (const [what, args, without, message] of cases) {
    it(what, () => {
      const root = layout(without);
      const before = snapshot(root);
      const run = newStep(root, args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toMatch(/^pnpm new-step: [^\n]+ \(usage: pnpm new-step <N> .+\)\n$/);
      expect(snapshot(root)).toEqual(before);
    });
  }

  it('titles the pages could not show are refused, and nothing is written', () => {
    const plan = (options: Parameters<typeof planNewStep>[1]) => () =>
      planNewStep(next, { root: layout(), ...options });
    expect(plan({ korean: 'next step' })).toThrow(NewStepError);
    expect(plan({ korean: 'next step' })).toThrow(/--korean .*Hangul.*'next step'/);
    expect(plan({ title: 'Capitalised' })).toThrow(/--title .*lower-case.*'Capitalised'/);
    expect(plan({ title: 'a — b' })).toThrow(/--title cannot hold ' — '/);
    expect(plan({ adds: 'this: that' })).toThrow(/--adds cannot hold ': '/);
  });
});

it("no step keeps the scaffold's placeholders in its README or its description", () => {
  for (const step of steps) {
    const readme = readFileSync(join(packageDir(step), 'README.md'), 'utf8');
    const { description } = JSON.parse(
      readFileSync(join(packageDir(step), 'package.json'), 'utf8'),
    ) as { description: string };
    for (const placeholder of Object.values(PLACEHOLDERS)) {
      expect(`${readme}\n${description}`, `step ${step}`).not.toContain(placeholder);
    }
  }
});

it('the docs package and the playground depend on every step, and its type test covers each', () => {
  const docs = JSON.parse(readFileSync(join(repoRoot, 'docs', 'package.json'), 'utf8'));
  const playground = JSON.parse(
    readFileSync(join(repoRoot, 'docs', 'playground', 'package.json'), 'utf8'),
  );
  const apiTest = readFileSync(join(repoRoot, 'docs', 'test', 'api.test.ts'), 'utf8');
  for (const [i, step] of steps.entries()) {
    expect(docs.devDependencies[`@dezero/step${step}`], `step ${step}`).toBe('workspace:*');
    expect(playground.devDependencies[`@dezero/step${step}`], `step ${step}`).toBe('workspace:*');
    expect(apiTest).toContain(`import type * as step${step} from '@dezero/step${step}';`);
    if (i > 0) {
      expect(apiTest).toContain(
        `expectTypeOf<typeof step${step}>().toExtend<StandsIn<typeof step${steps[i - 1]}>>();`,
      );
    }
  }
});
