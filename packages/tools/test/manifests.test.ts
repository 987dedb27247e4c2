/**
 * Honest manifests: each step package depends on what it imports, and on nothing else.
 * `dependencies` are the workspace packages its `src/` imports; `devDependencies` those
 * that only its tests and examples import (the testkit, and the step before, which its
 * tests load beside it). turbo orders and caches through these edges alone: the `test`
 * task depends on `transit`, which depends on every dependency's `transit` (turbo.json),
 * so a change in any package a step reaches, however far back, re-runs its tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { existingSteps, packageDir } from '../src/steps.js';

/** The workspace packages the TypeScript files under `dir` import, but `self`. */
function importsIn(dir: string, self: string): Set<string> {
  const found = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    for (const [, name] of text.matchAll(/from '(@dezero\/[\w-]+)[^']*';/g)) {
      if (name !== self) found.add(name);
    }
  }
  return found;
}

const sorted = (names: Iterable<string>) => [...names].sort();

it('each step package depends on what its source imports, and its tests and examples on what they import', () => {
  for (const step of existingSteps()) {
    const dir = packageDir(step);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const source = importsIn(join(dir, 'src'), manifest.name);
    const rest = new Set(
      [
        ...importsIn(join(dir, 'test'), manifest.name),
        ...importsIn(join(dir, 'examples'), manifest.name),
      ].filter((name) => !source.has(name)),
    );
    const workspace = (deps: Record<string, string> = {}) =>
      sorted(Object.keys(deps).filter((name) => name.startsWith('@dezero/')));
    expect(workspace(manifest.dependencies), `${manifest.name} dependencies`).toEqual(
      sorted(source),
    );
    expect(workspace(manifest.devDependencies), `${manifest.name} devDependencies`).toEqual(
      sorted(rest),
    );
  }
});
