/**
 * The modules a program in the playground may import, and the file of the built folder each
 * is in: the step packages and `@dezero/ndarray` (steps/), and `node:assert` (node/).
 * @module
 */

export function moduleFiles(steps: readonly number[]): Record<string, string> {
  const files: Record<string, string> = {
    '@dezero/ndarray': 'steps/ndarray.js',
    'node:assert': 'node/assert.js',
    assert: 'node/assert.js',
    'node:assert/strict': 'node/assert-strict.js',
    'assert/strict': 'node/assert-strict.js',
  };
  for (const step of steps) files[`@dezero/step${step}`] = `steps/step${step}.js`;
  return files;
}

/**
 * The base URL the demos are transpiled against at build time (`sources/<step>.run.json`):
 * a name that never resolves (`.invalid`), which the page replaces with where it is served.
 */
export const BUILD_BASE = 'https://playground.invalid/';

/** A demo, transpiled at build time by the same function the page calls for an edit. */
export interface Prebuilt {
  /** The demo's text: the transpiled code is used only while the editor holds exactly this. */
  readonly source: string;
  readonly js: string;
  readonly map: string;
}
