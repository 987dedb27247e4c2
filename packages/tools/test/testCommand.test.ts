/**
 * `pnpm test [<step>]` (src/cli/test.ts): a step number becomes turbo's filter for that
 * step's package, options pass through to turbo, and anything else is a one-line usage error.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { turboArguments } from '../src/cli/test.js';
import { existingSteps, repoRoot } from '../src/steps.js';

/** The root package.json's `test` script, as pnpm runs it. */
const testCommand = (
  JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts['test'];

describe('turbo is asked for', () => {
  it('every package’s tests when no step is named, with the options given', () => {
    expect(turboArguments([], 2)).toEqual(['run', 'test', '--concurrency=2']);
    expect(turboArguments(['--force'], 2)).toEqual(['run', 'test', '--force', '--concurrency=2']);
  });

  it('as many packages at once as there are cores, unless --concurrency is given', () => {
    expect(turboArguments([], 6)).toEqual(['run', 'test', '--concurrency=6']);
    expect(turboArguments(['--concurrency=1'], 6)).toEqual(['run', 'test', '--concurrency=1']);
    expect(turboArguments(['18', '--concurrency=3'], 6)).toEqual([
      'run',
      'test',
      '--filter',
      '@dezero/step18',
      '--concurrency=3',
    ]);
  });

  it('one step’s tests when its number is given: pnpm test 18', () => {
    const [first] = existingSteps();
    expect(turboArguments(['18'], 2)).toEqual([
      'run',
      'test',
      '--filter',
      '@dezero/step18',
      '--concurrency=2',
    ]);
    expect(turboArguments([String(first), '--force'], 2)).toEqual([
      'run',
      'test',
      '--filter',
      `@dezero/step${first}`,
      '--force',
      '--concurrency=2',
    ]);
  });

  it('nothing, with a reason, for a step that does not exist or two steps', () => {
    expect(turboArguments(['14'])).toEqual({ error: "unknown step '14'" });
    expect(turboArguments(['all'])).toEqual({ error: "unknown step 'all'" });
    expect(turboArguments(['17', '18'])).toEqual({ error: "one step at a time, not '17 18'" });
  });
});

it('an unknown step is a one-line usage error naming the steps there are, and exit code 2', () => {
  const [program = '', ...args] = testCommand?.split(' ') ?? [];
  const { status, stdout, stderr } = spawnSync(program, [...args, '99'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  expect(status).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toMatch(
    /^pnpm test: unknown step '99' \(usage: pnpm test \[<step>\] \[turbo's options\]; steps: 15, .+\)\n$/,
  );
});
