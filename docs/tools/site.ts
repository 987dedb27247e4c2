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
import { existingSteps, packageDir, repoRoot, type Step } from './steps.js';
import { stepTitle } from './stepTitle.js';
import { runTypedoc } from './typedoc.js';

const docsDir = join(repoRoot, 'docs');
const generatedDir = join(docsDir, 'generated');

/** What a step adds, from its package's description: the part after its last colon. */
function whatItAdds(step: Step): string {
  const { description } = JSON.parse(
    readFileSync(join(packageDir(step), 'package.json'), 'utf8'),
  ) as { description: string };
  return description.split(': ').at(-1) ?? description;
}

/** The table of steps on the overview page: one row per step package that exists. */
function stepsTable(): string {
  const rows = existingSteps().map((step) => {
    const { english, korean } = stepTitle(step);
    const page = `{@link "@dezero/step${step}"! ${english}}`;
    return `| ${step} | ${page} | ${korean} | ${whatItAdds(step)} |`;
  });
  return [
    '| Step | Page | 한국어판 제목 (Korean edition) | What it adds |',
    '| ---: | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

rmSync(generatedDir, { recursive: true, force: true });
mkdirSync(generatedDir, { recursive: true });
const overviewSource = join(docsDir, 'pages', 'overview.md');
const overview = await fillSections(overviewSource, readFileSync(overviewSource, 'utf8'), {
  steps: stepsTable,
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
