/**
 * The site, what `pnpm docs` ends with (the docs package's `docs` task, after every package's
 * own): writes the overview page with its table of steps, bundles the site's script and
 * stylesheet from assets/, then has typedoc merge each package's `docs/api.json` with the
 * pages in docs/pages/ into docs/site/ (its search index fed by tools/searchPlugin.ts).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { fillSections } from './sections.js';
import { repoRoot } from './steps.js';
import { siteLink, stepsTable } from './stepsTable.js';
import { runTypedoc } from './typedoc.js';

const docsDir = join(repoRoot, 'docs');
const generatedDir = join(docsDir, 'generated');

rmSync(generatedDir, { recursive: true, force: true });
mkdirSync(generatedDir, { recursive: true });
const overviewSource = join(docsDir, 'pages', 'overview.md');
const overview = await fillSections(overviewSource, readFileSync(overviewSource, 'utf8'), {
  steps: () => stepsTable(siteLink),
});
writeFileSync(join(generatedDir, 'overview.md'), overview);

// typedoc's customJs and customCss (docs/typedoc.json): diff2html and highlight.js are bundled
// in, so the site loads nothing from elsewhere. Their licences ask for a notice; none of them
// marks one in its code for the bundler to keep, so the banner names them.
const banner =
  '/*! Bundles diff2html (MIT), its dependencies diff (BSD-3-Clause) and @profoundlogic/hogan ' +
  '(Apache-2.0), and highlight.js (BSD-3-Clause): see their packages for the licence texts. */';
for (const entry of ['diffView.ts', 'site.css']) {
  await build({
    entryPoints: { site: join(docsDir, 'assets', entry) },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    banner: { js: banner, css: banner },
    outdir: join(generatedDir, 'assets'),
    logLevel: 'warning',
  });
}
runTypedoc(join(docsDir, 'typedoc.json'));
