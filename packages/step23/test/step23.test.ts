import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as step22 from '@dezero/step22';
import { upTo22, upTo23 } from '@dezero/testkit/steps';
import { expect, it } from 'vitest';
import * as step23 from '../src/index.js';

upTo23.run(step23);
upTo22.runBeside(step22, step23);

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
