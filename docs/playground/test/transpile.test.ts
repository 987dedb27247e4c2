/**
 * Transpiling for Run (src/browser/transpile.ts), in Node with the same compiler the page
 * uses: the demo's `using` blocks become code every browser runs, its imports point at the
 * step bundles, the source map leads back to the reader's lines, and what cannot run is
 * refused with its line.
 */
import { readFileSync } from 'node:fs';
import { demoFile } from '@dezero/tools/steps';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { describe, expect, it } from 'vitest';
import type { Modules } from '../src/browser/protocol.ts';
import { importable, transpile } from '../src/browser/transpile.ts';

const modules: Modules = {
  base: 'http://127.0.0.1:4174/playground/',
  files: { '@dezero/step18': 'steps/step18.js', 'node:assert/strict': 'node/assert-strict.js' },
};

describe('transpile', () => {
  it("lowers step 18's using blocks and points its import at the step's bundle", () => {
    const result = transpile(1, readFileSync(demoFile(18), 'utf8'), modules);
    if (result.kind !== 'transpiled') throw new Error(`not transpiled: ${JSON.stringify(result)}`);
    expect(result.js).not.toMatch(/\busing _/);
    expect(result.js).toContain('__addDisposableResource');
    expect(result.js).toContain(`from "http://127.0.0.1:4174/playground/steps/step18.js"`);
    expect(result.js).not.toContain("'@dezero/step18'");
    // The source map travels inline too, for the browser's developer tools.
    expect(result.js).toMatch(/\/\/# sourceMappingURL=data:application\/json;base64,/);
  });

  it('maps a line of the output back to the line the reader wrote', () => {
    const code =
      "import { np } from '@dezero/step18';\ntype T = number;\n\nconst x: T = 1;\nthrow new Error(String(x + np.array(1).item()));\n";
    const result = transpile(1, code, modules);
    if (result.kind !== 'transpiled') throw new Error('not transpiled');
    const lines = result.js.split('\n');
    const thrown = lines.findIndex((line) => line.includes('throw new Error'));
    const map = new TraceMap(result.map);
    const original = originalPositionFor(map, {
      line: thrown + 1,
      column: lines[thrown].indexOf('throw'),
    });
    expect(original.line).toBe(5);
  });

  it('refuses a syntax error, with its line', () => {
    const result = transpile(7, "console.log('a');\n\nconst x = ;\n", modules);
    expect(result).toMatchObject({
      id: 7,
      kind: 'syntax-error',
      diagnostics: [{ line: 3, message: 'Expression expected.', code: 1109 }],
    });
  });

  it('refuses a module the playground does not have, with its line', () => {
    const result = transpile(2, "console.log(1);\nimport fs from 'node:fs';\n", modules);
    expect(result).toMatchObject({
      kind: 'syntax-error',
      diagnostics: [
        {
          line: 2,
          code: 2307,
          message:
            "Cannot find module 'node:fs': a program here can import @dezero/step18 and node:assert/strict.",
        },
      ],
    });
  });

  it('names what a program may import from the modules it was built with, steps as a range', () => {
    const files = Object.fromEntries(
      ['@dezero/step9', '@dezero/ndarray', '@dezero/step15', '@dezero/step10', 'node:assert'].map(
        (name) => [name, `${name}.js`],
      ),
    );
    expect(importable({ base: modules.base, files })).toBe(
      '@dezero/step9 … @dezero/step15, @dezero/ndarray and node:assert',
    );
    expect(importable({ base: modules.base, files: { '@dezero/step15': 'a.js' } })).toBe(
      '@dezero/step15',
    );
  });

  it('points dynamic imports and re-exports at the bundles too', () => {
    const code = "export { Config } from '@dezero/step18';\nawait import('node:assert/strict');\n";
    const result = transpile(3, code, modules);
    if (result.kind !== 'transpiled') throw new Error('not transpiled');
    expect(result.js).toContain('from "http://127.0.0.1:4174/playground/steps/step18.js"');
    expect(result.js).toContain('import("http://127.0.0.1:4174/playground/node/assert-strict.js")');
  });
});
