import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  changedFiles,
  InputGraph,
  packageInputs,
  testDependencies,
  workspacePackages,
} from '../mutation/inputs.js';
import { changedTests, planRun, setupToRecord } from '../mutation/plan.js';
import {
  committedReport,
  countMutants,
  mutantsToRetest,
  type Report,
  type ReportMutant,
  withoutTests,
} from '../mutation/report.js';
import { describeRun, formatTable, type PackageScore, type RunInfo } from '../mutation/scores.js';

/**
 * A workspace in miniature: `@x/lib` is under test (it has a `mutate` script); its tests
 * import a helper, read a fixture, and run suites from `@x/kit`, a testkit.
 */
const root = mkdtempSync(join(tmpdir(), 'dezero-mutation-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

write(
  'packages/lib/package.json',
  JSON.stringify({ name: '@x/lib', exports: { '.': './src/index.ts' }, scripts: { mutate: 'x' } }),
);
write('packages/lib/src/index.ts', "export { one } from './one.js';\n");
write('packages/lib/src/one.ts', 'export const one = () => 1;\n');
write(
  'packages/lib/test/lib.test.ts',
  [
    "import { it } from 'vitest';",
    "import * as lib from '../src/index.js';",
    "import { addsOne, other } from '@x/kit';",
    "import { check } from './helper.js';",
    'addsOne(lib);',
    'other(lib);',
    "it('one is one', () => check(lib.one()));",
    // A name built at run time: no literal in any file is the name.
    "it('built ' + (1 + 1), () => {});",
  ].join('\n'),
);
write('packages/lib/test/helper.ts', 'export const check = (n: number) => n === 1;\n');
write('packages/lib/test/fixtures/cases.json', '[1]\n');
write(
  'packages/kit/package.json',
  JSON.stringify({
    name: '@x/kit',
    exports: { '.': { '@dezero/source': './src/index.ts' } },
    scripts: { test: 'vitest run' },
  }),
);
write('packages/kit/src/index.ts', "export * from './adds.js';\nexport * from './other.js';\n");
write(
  'packages/kit/src/adds.ts',
  "import { values } from './values.js';\nexport const addsOne = (dz: unknown) => ({ 'adds one': () => values(dz) });\n",
);
write('packages/kit/src/values.ts', 'export const values = (dz: unknown) => dz;\n');
write(
  'packages/kit/src/other.ts',
  "export const other = (dz: unknown) => ({ 'another test': () => dz });\n",
);

const path = (relativePath: string) => join(root, relativePath);
const graphOf = () => new InputGraph(workspacePackages(root));
const testFile = path('packages/lib/test/lib.test.ts');
const fixture = path('packages/lib/test/fixtures/cases.json');

describe('the files a test depends on', () => {
  it('a test file reaches its helpers and the testkit, never the code under test', () => {
    expect([...graphOf().closure(testFile)].sort()).toEqual(
      [
        'packages/kit/src/adds.ts',
        'packages/kit/src/index.ts',
        'packages/kit/src/other.ts',
        'packages/kit/src/values.ts',
        'packages/lib/test/helper.ts',
        'packages/lib/test/lib.test.ts',
      ].map(path),
    );
  });

  it('a suite test depends on the file whose literal is its name, and what that file imports', () => {
    const graph = graphOf();
    const dependencies = testDependencies(graph, testFile, 'kit suite (on lib) > adds one', [
      fixture,
    ]);
    expect([...dependencies].sort()).toEqual(
      [
        'packages/kit/src/adds.ts',
        'packages/kit/src/values.ts',
        'packages/lib/test/fixtures/cases.json',
        'packages/lib/test/lib.test.ts',
      ].map(path),
    );
  });

  it('a test named in its own file depends on that file and all it imports', () => {
    const dependencies = testDependencies(graphOf(), testFile, 'one is one');
    expect(dependencies).toEqual(graphOf().closure(testFile));
  });

  it('a test whose name is built at run time depends on its file and all it imports', () => {
    const dependencies = testDependencies(graphOf(), testFile, 'built 2');
    expect(dependencies.has(path('packages/kit/src/other.ts'))).toBe(true);
    expect(dependencies.has(path('packages/lib/test/helper.ts'))).toBe(true);
  });

  it("a package's inputs: its mutated source apart from its tests' files and data", () => {
    const inputs = packageInputs(root, path('packages/lib'), ['src/**/*.ts'], graphOf());
    expect(Object.keys(inputs.source)).toEqual([
      'packages/lib/src/index.ts',
      'packages/lib/src/one.ts',
    ]);
    expect(Object.keys(inputs.tests)).toEqual([
      'packages/kit/src/adds.ts',
      'packages/kit/src/index.ts',
      'packages/kit/src/other.ts',
      'packages/kit/src/values.ts',
      'packages/lib/test/fixtures/cases.json',
      'packages/lib/test/helper.ts',
      'packages/lib/test/lib.test.ts',
    ]);
    expect(Object.values(inputs.tests).every((hash) => /^[0-9a-f]{16}$/.test(hash))).toBe(true);
  });

  it('changedFiles lists what differs, appeared or disappeared', () => {
    expect([...changedFiles({ a: '1', b: '2', c: '3' }, { a: '1', b: '9', d: '4' })]).toEqual([
      'b',
      'c',
      'd',
    ]);
  });
});

const mutant = (id: string, status: ReportMutant['status'], killedBy?: string[]): ReportMutant => ({
  id,
  mutatorName: 'ArithmeticOperator',
  status,
  location: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
  ...(killedBy === undefined ? {} : { killedBy }),
});

/** A report of lib: test 0 is the kit's 'adds one', 1 'another test', 2 'one is one'. */
function libReport(mutants: ReportMutant[]): Report {
  return {
    files: { 'src/one.ts': { source: 'export const one = () => 1;\n', mutants } },
    testFiles: {
      'test/lib.test.ts': {
        tests: [
          { id: '0', name: 'kit suite (on lib) > adds one' },
          { id: '1', name: 'other suite (on lib) > another test' },
          { id: '2', name: 'one is one' },
        ],
      },
    },
  };
}

describe('counts and score', () => {
  it("the score is Stryker's: killed and timed out, of all but type errors, crashes and ignored", () => {
    const report = libReport([
      mutant('1', 'Killed', ['0']),
      mutant('2', 'Killed', ['0']),
      mutant('3', 'Timeout'),
      mutant('4', 'Survived'),
      mutant('5', 'NoCoverage'),
      mutant('6', 'CompileError'),
      mutant('7', 'RuntimeError'),
      mutant('8', 'Ignored'),
    ]);
    expect(countMutants(report)).toEqual({
      mutants: 8,
      killed: 2,
      survived: 1,
      timedOut: 1,
      noCoverage: 1,
      compileErrors: 1,
      runtimeErrors: 1,
      ignored: 1,
      score: 60,
    });
  });

  it('the score is null, not NaN, when no mutant could be killed', () => {
    expect(countMutants(libReport([mutant('1', 'CompileError')])).score).toBeNull();
    expect(countMutants(libReport([])).score).toBeNull();
  });

  it('the score is rounded to two decimals', () => {
    const report = libReport([
      mutant('1', 'Killed', ['0']),
      mutant('2', 'Killed', ['0']),
      mutant('3', 'Survived'),
    ]);
    expect(countMutants(report).score).toBe(66.67);
  });
});

describe('which results hold after a change', () => {
  const report = libReport([
    mutant('1', 'Killed', ['0']),
    mutant('2', 'Killed', ['0', '2']),
    mutant('3', 'Killed', ['1']),
    mutant('4', 'Survived'),
    mutant('5', 'CompileError'),
  ]);

  it('a killed mutant is tested again only when every test that killed it changed', () => {
    const retest = mutantsToRetest(report, new Set(['0']), true);
    expect(retest.map((m) => m.id)).toEqual(['1', '4']);
  });

  it('a survivor is tested again whenever any test changed; a type error never', () => {
    expect(mutantsToRetest(report, new Set(), true).map((m) => m.id)).toEqual(['4']);
    expect(mutantsToRetest(report, new Set(), false)).toEqual([]);
  });

  it('withoutTests drops the changed tests from the report, and nothing else', () => {
    const edited = withoutTests(report, new Set(['0', '2']));
    expect(edited.testFiles?.['test/lib.test.ts']?.tests.map((test) => test.id)).toEqual(['1']);
    expect(edited.files).toBe(report.files);
  });

  it("a change to a suite's helper changes that suite's tests, not another suite's", () => {
    const options = { root, dir: path('packages/lib'), graph: graphOf() };
    // 'one is one' changes too: its file imports the kit, so it may use any of it.
    expect([...changedTests(options, report, new Set(['packages/kit/src/values.ts']))]).toEqual([
      '0',
      '2',
    ]);
    expect([...changedTests(options, report, new Set(['packages/lib/test/helper.ts']))]).toEqual([
      '2',
    ]);
    // The test file registers every test: all of them change with it.
    expect([...changedTests(options, report, new Set(['packages/lib/test/lib.test.ts']))]).toEqual([
      '0',
      '1',
      '2',
    ]);
  });

  it('with nothing changed, the plan is to run nothing', () => {
    const graph = graphOf();
    const dir = path('packages/lib');
    const committed = packageInputs(root, dir, ['src/**/*.ts'], graph);
    const plan = planRun({ root, dir, graph, mutate: ['src/**/*.ts'], committed, report });
    expect(plan.run).toBe(false);
    expect(plan.why).toBe('up to date: no source or test changed');
  });

  it('after a change to a helper, the plan is an incremental run without the changed tests', () => {
    const graph = graphOf();
    const dir = path('packages/lib');
    const committed = packageInputs(root, dir, ['src/**/*.ts'], graph);
    committed.tests['packages/kit/src/values.ts'] = 'an older hash';
    const plan = planRun({ root, dir, graph, mutate: ['src/**/*.ts'], committed, report });
    expect(plan.run).toBe(true);
    expect(plan.why).toBe(
      'tests changed (packages/kit/src/values.ts): 2 of 3 to run again; up to 3 of 5 mutants to test again',
    );
    const tests = plan.run ? plan.report?.testFiles?.['test/lib.test.ts']?.tests : undefined;
    expect(tests?.map((test) => test.id)).toEqual(['1']);
  });

  it('after a change to the source, the plan is an incremental run', () => {
    const graph = graphOf();
    const dir = path('packages/lib');
    const committed = packageInputs(root, dir, ['src/**/*.ts'], graph);
    committed.source['packages/lib/src/one.ts'] = 'an older hash';
    const plan = planRun({ root, dir, graph, mutate: ['src/**/*.ts'], committed, report });
    expect(plan).toMatchObject({ run: true, why: 'source changed (packages/lib/src/one.ts)' });
    expect(plan.run && plan.report?.testFiles).toEqual(report.testFiles);
  });

  it('a test change that no result depends on runs nothing', () => {
    // Killed by 'adds one' too, which does not depend on other.ts.
    const allKilledTwice = libReport([mutant('1', 'Killed', ['0', '2'])]);
    const graph = graphOf();
    const dir = path('packages/lib');
    const committed = packageInputs(root, dir, ['src/**/*.ts'], graph);
    committed.tests['packages/kit/src/other.ts'] = 'an older hash';
    const plan = planRun({
      root,
      dir,
      graph,
      mutate: ['src/**/*.ts'],
      committed,
      report: allKilledTwice,
    });
    expect(plan).toMatchObject({ run: false, inputsChanged: true });
  });

  it('without earlier results, or with --force, the plan is a run of every mutant', () => {
    const graph = graphOf();
    const dir = path('packages/lib');
    const base = { root, dir, graph, mutate: ['src/**/*.ts'] };
    expect(planRun(base)).toMatchObject({ run: true, why: 'every mutant (no earlier results)' });
    const committed = packageInputs(root, dir, ['src/**/*.ts'], graph);
    const forced = planRun({ ...base, committed, report, force: true });
    expect(forced).toMatchObject({ run: true, why: 'every mutant (--force)' });
    expect(forced.run && forced.report).toBeUndefined();
  });
});

describe('the setup recorded with the results', () => {
  it('stays the old one while a result made under it is reused, or nothing ran', () => {
    expect(setupToRecord('old', 'new', 1130)).toBe('old');
    expect(setupToRecord('old', 'new', Number.POSITIVE_INFINITY)).toBe('old');
  });

  it('becomes the new one once every mutant was tested under it, or on a first run', () => {
    expect(setupToRecord('old', 'new', 0)).toBe('new');
    expect(setupToRecord(undefined, 'new', 5)).toBe('new');
    expect(setupToRecord('same', 'same', 5)).toBe('same');
  });
});

describe('the committed report', () => {
  const report = {
    ...libReport([mutant('1', 'Killed', ['0']), mutant('2', 'Survived')]),
    schemaVersion: '2',
    projectRoot: '/home/someone/dezero-ts/packages/lib',
    config: { vitest: { configFile: '/home/someone/dezero-ts/vitest.stryker.ts' } },
    framework: { name: 'StrykerJS', version: '10.1.1', branding: { imageUrl: 'data:…' } },
  };
  const text = committedReport(report);

  it('holds the same mutants and tests, readable as JSON', () => {
    const parsed = JSON.parse(text) as Report;
    expect(parsed.files).toEqual(report.files);
    expect(parsed.testFiles).toEqual(report.testFiles);
    expect(parsed.framework).toEqual({ name: 'StrykerJS', version: '10.1.1' });
  });

  it("leaves out the machine's paths and the logo", () => {
    expect(text).not.toContain('/home/someone');
    expect(text).not.toContain('imageUrl');
  });

  it('writes each mutant and each test on a line of its own', () => {
    const lines = text.split('\n');
    const mutants = report.files['src/one.ts']?.mutants ?? [];
    expect(mutants).toHaveLength(2);
    for (const item of [...mutants, { id: '2', name: 'one is one' }]) {
      expect(lines.filter((line) => line.trim().startsWith(JSON.stringify(item)))).toHaveLength(1);
    }
  });
});

describe('the table', () => {
  const row = (name: string, score: number | null): PackageScore => ({
    package: name,
    mutants: 120,
    killed: 100,
    survived: 3,
    timedOut: 2,
    noCoverage: 0,
    compileErrors: 15,
    runtimeErrors: 0,
    ignored: 0,
    score,
    run: {
      date: '2026-12-04T17:00:00Z',
      seconds: 3000,
      kind: 'full',
      tested: 120,
      machine: { cpu: 'AMD EPYC', cores: 2 },
      node: 'v24.21.0',
      stryker: '10.1.1',
    },
  });

  it('one row per package, numbers aligned right, n/a where no mutant could be killed', () => {
    const table = formatTable({
      threshold: 90,
      packages: [row('@dezero/ndarray', 97.22), row('@dezero/step23', null)],
    });
    expect(table.split('\n').slice(0, 4)).toEqual([
      'package          mutants  killed  survived  timed out  no coverage  type errors    score  run',
      '---------------  -------  ------  --------  ---------  -----------  -----------  -------  ------------------------',
      '@dezero/ndarray      120     100         3          2            0           15  97.22 %  full, 2026-12-04, 50 min',
      '@dezero/step23       120     100         3          2            0           15      n/a  full, 2026-12-04, 50 min',
    ]);
  });

  it('an incremental run says how many mutants it tested', () => {
    const full = row('p', 1).run as RunInfo;
    const run: RunInfo = { ...full, kind: 'incremental', tested: 12, seconds: 41 };
    expect(describeRun(run)).toBe('incremental (12 tested), 2026-12-04, 41 s');
    expect(describeRun(null)).toBe('date unknown');
  });
});
