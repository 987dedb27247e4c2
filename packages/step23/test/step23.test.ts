import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as step22 from '@dezero/step22';
import { expectApiSuperset } from '@dezero/testkit';
import {
  changedBy17,
  suite15,
  suite16,
  suite17,
  suite18,
  suite19,
  suite20,
  suite21,
  suite22,
  suite23,
} from '@dezero/testkit/suites';
import { expect, it } from 'vitest';
import * as step23 from '../src/index.js';

const on = '@dezero/step23';
suite15(step23, { on, except: changedBy17.suite15 });
suite16(step23, { on, except: changedBy17.suite16 });
suite17(step23, { on });
suite18(step23, { on });
suite19(step23, { on });
suite20(step23, { on });
suite21(step23, { on });
suite22(step23, { on });
suite23(step23, { on });
expectApiSuperset(step22, step23, 'step 22 → 23');

// Loading step 23 leaves step 22 as it was.
suite22(step22, { on: '@dezero/step22, loaded beside step 23' });

// What the book's packaging step promises: the code moves, nothing is copied or changed.
it("every name step 23 exports is step 22's own, the very same object", () => {
  const [before, after]: Record<string, unknown>[] = [{ ...step22 }, { ...step23 }];
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  expect(Object.keys(before).filter((name) => after[name] !== before[name])).toEqual([]);
});

// The book's sys.path.append makes `import dezero` work from a clone; here Node finds the
// package by its own name, from any file inside it, through package.json's "exports".
it("a file in the package imports it by its name: '@dezero/step23' resolves through exports", () => {
  const packageDir = fileURLToPath(new URL('..', import.meta.url));
  const resolved = (conditions: string[]) =>
    execFileSync(
      process.execPath,
      [
        ...conditions,
        '--input-type=module',
        '--eval',
        "console.log(import.meta.resolve('@dezero/step23'))",
      ],
      { cwd: join(packageDir, 'examples'), encoding: 'utf8' },
    ).trim();
  expect(resolved(['--conditions=@dezero/source'])).toBe(
    pathToFileURL(join(packageDir, 'src', 'index.ts')).href,
  );
  expect(resolved([])).toBe(pathToFileURL(join(packageDir, 'dist', 'index.js')).href);
});
