/**
 * Builds the site into docs/.vitepress/dist: the API pages first (api.ts), then VitePress.
 * VitePress checks every link between pages and fails on a dead one; a warning from it or from
 * Vite fails the build too (config.ts counts them). `pnpm run docs` runs this after
 * `pnpm readme`; `pnpm start` and the browser test run it through turbo, which keeps the
 * result and replays it while nothing the site is made from has changed.
 */
import { join } from 'node:path';
import { repoRoot } from '@dezero/tools/steps';
import { build } from 'vitepress';
import { writeApiPages } from './api.js';

const docsDir = join(repoRoot, 'docs');
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

if ((await writeApiPages()) !== 0) {
  console.error('typedoc reported problems: no site built');
  process.exit(1);
}
console.log(`API pages written (${seconds()} s)`);
await build(docsDir);
if (process.exitCode !== undefined && process.exitCode !== 0) {
  console.error('the site built with warnings, which fail the build (see above)');
  process.exit(1);
}
console.log(`Built the site in ${seconds()} s`);
