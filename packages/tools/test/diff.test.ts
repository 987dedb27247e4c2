/**
 * `pnpm diff`: the command of the root package.json's `diff` script, run from the root with
 * stdout a pipe (not a terminal) unless a test gives it one.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/steps.js';

/** `node --import tsx packages/tools/src/cli/diff.ts`, from the root package.json. */
const diffCommand = (
  JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts['diff'];

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of the test run, less any colour setting it may carry. */
function environment(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NO_COLOR: _ignored, ...inherited } = process.env;
  return { ...inherited, ...extra };
}

/**
 * Runs `pnpm diff …` as pnpm would, without pnpm's own start-up time: the script's command
 * with the arguments appended, its stdout a pipe.
 */
function pnpmDiff(args: readonly string[]): Run {
  const [program, ...programArgs] = diffCommand.split(' ');
  const { status, stdout, stderr } = spawnSync(program, [...programArgs, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: environment({}),
  });
  return { status, stdout, stderr };
}

/** Runs a shell command on a pseudo-terminal, with util-linux's `script`. */
function inTerminal(command: string, env: NodeJS.ProcessEnv = {}): Run {
  const { status, stdout, stderr } = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: environment(env),
  });
  return { status, stdout: stdout.replaceAll('\r\n', '\n'), stderr };
}

/** The `+` or `-` lines of the patch of one file, without the marker. */
function changedLines(diff: string, file: string, sign: '+' | '-'): string[] {
  const patches = diff.split(/^(?=--- )/m);
  const patch = patches.find((p) => p.split('\n', 2)[1] === `+++ ${file}`);
  if (patch === undefined) throw new Error(`no patch for ${file}`);
  return patch
    .split('\n')
    .slice(2)
    .filter((line) => line.startsWith(sign))
    .map((line) => line.slice(1));
}

/** The files a diff names, as `old → new`. */
function patchedFiles(diff: string): string[] {
  const olds = [...diff.matchAll(/^--- (.+)$/gm)].map((m) => m[1]);
  const news = [...diff.matchAll(/^\+\+\+ (.+)$/gm)].map((m) => m[1]);
  return olds.map((old, i) => `${old} → ${news[i]}`);
}

describe('usage errors: one line on stderr, nothing on stdout, exit 2', () => {
  const cases: [string, string[], RegExp][] = [
    ['no steps', [], /expected two steps, got 0/],
    ['one step', ['17'], /expected two steps, got 1/],
    ['three steps', ['16', '17', '18'], /expected two steps, got 3/],
    ['an unknown step', ['14', '18'], /unknown step '14'/],
    ['a step that is not a number', ['17', 'x'], /unknown step 'x'/],
    ['the same step twice', ['18', '18'], /both steps are 18/],
    ['an unknown option', ['17', '18', '--color'], /Unknown option '--color'/],
  ];
  for (const [name, args, reason] of cases) {
    it(name, () => {
      const { status, stdout, stderr } = pnpmDiff(args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(
        /^pnpm diff: .+ \(usage: pnpm diff <from> <to> \[--stat\] \[--tests\]; steps: 15, .+\)\n$/,
      );
      expect(stderr).toMatch(reason);
    });
  }
});

it('through pnpm itself, a usage error still exits non-zero with the one line on stderr', () => {
  const { status, stderr } = spawnSync('pnpm', ['--silent', 'diff', '17'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  expect(status).not.toBe(0);
  expect(stderr).toMatch(/^pnpm diff: expected two steps, got 1 \(usage: .+\)\n$/);
});

describe('pnpm diff 17 18: the retainGrad and Config changes, and nothing else', () => {
  const { status, stdout, stderr } = pnpmDiff(['17', '18']);

  it('prints a diff and exits 0', () => {
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('names three modules: config.ts added, core.ts and index.ts changed', () => {
    expect(patchedFiles(stdout)).toEqual([
      '/dev/null → packages/step18/src/config.ts',
      'packages/step17/src/core.ts → packages/step18/src/core.ts',
      'packages/step17/src/index.ts → packages/step18/src/index.ts',
    ]);
  });

  it('config.ts is new: Config, usingConfig and noGrad', () => {
    const added = changedLines(stdout, 'packages/step18/src/config.ts', '+');
    expect(added).toContain('export class Config {');
    expect(added).toContain('  static enableBackprop = true;');
    expect(added).toContainEqual(expect.stringMatching(/^export function usingConfig\(/));
    expect(added).toContainEqual(expect.stringMatching(/^export function noGrad\(/));
  });

  it('core.ts gains retainGrad in backward and the enableBackprop switch in call', () => {
    const added = changedLines(stdout, 'packages/step18/src/core.ts', '+');
    const removed = changedLines(stdout, 'packages/step18/src/core.ts', '-');
    expect(removed).toContain('  backward(): void {');
    expect(added).toContain(
      '  backward({ retainGrad = false }: { retainGrad?: boolean } = {}): void {',
    );
    expect(added).toContain("import { Config } from './config.js';");
    expect(added).toContain('    if (Config.enableBackprop) {');
    expect(added).toContain('      if (!retainGrad) {');
  });

  it('every other line core.ts changes moves into those blocks or is about them', () => {
    const added = changedLines(stdout, 'packages/step18/src/core.ts', '+');
    const removed = changedLines(stdout, 'packages/step18/src/core.ts', '-');
    const moved = new Set(removed.map((line) => line.trim()));
    // A removed line comes back re-indented inside `if (Config.enableBackprop)`, or is the
    // old signature of backward.
    expect(removed.filter((line) => !added.some((a) => a.trim() === line.trim()))).toEqual([
      '  backward(): void {',
    ]);
    // An added line is a moved one, or belongs to retainGrad / Config and their comments.
    const aboutTheStep =
      /retainGrad|Config|[Mm]emory-saving|메모리 절약|variables a function made|variables with no creator|for \(const y of f\.outputs\)|\.cleargrad\(\)/;
    const unexplained = added.filter(
      (line) => !moved.has(line.trim()) && !aboutTheStep.test(line) && !/^[\s*{}]*$/.test(line),
    );
    expect(unexplained).toEqual([]);
  });

  it('index.ts only exports the new names', () => {
    const added = changedLines(stdout, 'packages/step18/src/index.ts', '+');
    const removed = changedLines(stdout, 'packages/step18/src/index.ts', '-');
    expect(removed).toEqual([]);
    expect(added).toEqual([
      "export type { ConfigName, SyncResult } from './config.js';",
      "export { Config, noGrad, usingConfig } from './config.js';",
    ]);
  });
});

describe('effective sources', () => {
  it('an inherited module is compared as the copy the step re-exports', () => {
    // Step 17 re-exports step 16's priorityQueue.ts and step 15's numericalDiff.ts.
    const { status, stdout } = pnpmDiff(['16', '17']);
    expect(status).toBe(0);
    expect(patchedFiles(stdout)).toEqual([
      'packages/step16/src/core.ts → packages/step17/src/core.ts',
      'packages/step16/src/index.ts → packages/step17/src/index.ts',
    ]);
  });

  it('any two steps, the later one first too: 18 → 17 removes config.ts', () => {
    const { status, stdout } = pnpmDiff(['18', '17']);
    expect(status).toBe(0);
    expect(patchedFiles(stdout)).toContain('packages/step18/src/config.ts → /dev/null');
    expect(changedLines(stdout, 'packages/step17/src/core.ts', '-')).toContain(
      '    if (Config.enableBackprop) {',
    );
  });

  it('steps far apart: 15 → 18 adds priorityQueue.ts and config.ts', () => {
    const { status, stdout } = pnpmDiff(['15', '18']);
    expect(status).toBe(0);
    expect(patchedFiles(stdout)).toEqual([
      '/dev/null → packages/step18/src/config.ts',
      'packages/step15/src/core.ts → packages/step18/src/core.ts',
      'packages/step15/src/index.ts → packages/step18/src/index.ts',
      '/dev/null → packages/step16/src/priorityQueue.ts',
    ]);
  });
});

describe('--stat', () => {
  const full = pnpmDiff(['17', '18']).stdout;
  const { status, stdout } = pnpmDiff(['17', '18', '--stat']);

  it('prints one line per module and the totals, and exits 0', () => {
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split('|')[0]?.trim())).toEqual([
      'src/config.ts',
      'src/core.ts',
      'src/index.ts',
      expect.stringMatching(/^3 files changed, \d+ insertions\(\+\), \d+ deletions\(-\)$/),
    ]);
  });

  it('counts the lines the diff adds and removes', () => {
    const plus = full.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++ ')).length;
    const minus = full.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('--- ')).length;
    expect(stdout).toContain(`3 files changed, ${plus} insertions(+), ${minus} deletions(-)`);
  });
});

describe('--tests', () => {
  it('adds the test files, each step-numbered file paired with its successor', () => {
    const { status, stdout } = pnpmDiff(['17', '18', '--tests']);
    expect(status).toBe(0);
    const files = patchedFiles(stdout);
    expect(files).toContain('packages/step17/src/core.ts → packages/step18/src/core.ts');
    expect(files).toContain(
      'packages/step17/test/step17.test.ts → packages/step18/test/step18.test.ts',
    );
  });

  it("adds the step's behavioural suite; the earlier suites both steps run are no patch", () => {
    const files = patchedFiles(pnpmDiff(['17', '18', '--tests']).stdout);
    expect(files).toContain('/dev/null → packages/testkit/src/suites/step18.ts');
    expect(files.filter((f) => f.includes('/suites/'))).toEqual([
      '/dev/null → packages/testkit/src/suites/step18.ts',
    ]);
  });

  it('the other way round, 18 → 17 removes the suite of step 18', () => {
    const files = patchedFiles(pnpmDiff(['18', '17', '--tests']).stdout);
    expect(files).toContain('packages/testkit/src/suites/step18.ts → /dev/null');
  });

  it('without it, no test file appears', () => {
    expect(pnpmDiff(['17', '18']).stdout).not.toMatch(/^[-+]{3} .*\/(test|suites)\//m);
  });

  it('--stat --tests names a renamed test file by both names, and a suite by its name', () => {
    const { stdout } = pnpmDiff(['17', '18', '--stat', '--tests']);
    expect(stdout).toContain(' test/step17.test.ts → test/step18.test.ts |');
    expect(stdout).toMatch(/^ suites\/step18\.ts +\| +\d+ \++$/m);
  });
});

describe('colour', () => {
  it('is off when stdout is not a terminal', () => {
    expect(pnpmDiff(['17', '18']).stdout).not.toContain('\x1b[');
    expect(pnpmDiff(['17', '18', '--stat']).stdout).not.toContain('\x1b[');
  });

  it('is on when stdout is a terminal (util-linux `script` gives it one)', () => {
    const { stdout } = inTerminal('pnpm --silent diff 17 18');
    expect(stdout).toContain('\x1b[32m+    if (Config.enableBackprop) {\x1b[0m');
    expect(stdout).toContain('\x1b[31m-  backward(): void {\x1b[0m');
    expect(stdout).toContain('\x1b[36m@@ -');
  });

  it('is off on a terminal too when NO_COLOR is set', () => {
    const { stdout } = inTerminal('pnpm --silent diff 17 18', { NO_COLOR: '1' });
    expect(stdout).toContain('+    if (Config.enableBackprop) {');
    expect(stdout).not.toContain('\x1b[');
  });
});
