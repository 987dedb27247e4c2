/**
 * `pnpm --filter @dezero/docs playground:report`: the playground's figures on this machine,
 * measured on the built site's pages (built as `pnpm start` builds it) in headless Chromium —
 * printed, never asserted (times depend on the machine and what else it runs):
 * - the size of each part, raw and gzipped;
 * - for each step page and the appendix: the bytes of the playground the page loads while it
 *   is only read, for the page's own Run of the demo (pointing at Run, then clicking it),
 *   after a re-run (TypeScript's compiler is fetched once the first run has ended), after
 *   the first edit (the checker) and after a first graph;
 * - the time from Run to the end of the run: the page's Run on a page just opened (click to
 *   output: the playground is fetched first), the same after pointing at Run for 500 ms (the
 *   page fetches ahead), and, as the playground measures it, a re-run and a run
 *   after an edit (each 300 ms after the one before, a reader's pace); and the load average.
 */
import { cpus, loadavg } from 'node:os';
import { type FileSize, PARTS, sizes } from '@dezero/playground/build';
import { playgroundDist } from '@dezero/playground/vite';
import { existingSteps } from '@dezero/tools/steps';
import type { Page } from 'playwright-core';
import { startSite } from '../scripts/start.js';
import { launch } from './chromium.js';

const site = await startSite(0);
if (!(await site.playgroundBuilt)) throw new Error('the playground did not build');
const files = sizes(playgroundDist);
const bySize = new Map(files.map((f) => [f.file, f]));
const prefix = `${site.url}playground/`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (list: Iterable<FileSize>) => {
  let raw = 0;
  let gzip = 0;
  for (const f of list) {
    raw += f.raw;
    gzip += f.gzip;
  }
  return { raw, gzip };
};
const both = ({ raw, gzip }: { raw: number; gzip: number }) => `${kb(raw)} (${kb(gzip)} gzip)`;

console.log('## The parts\n');
console.log('| part | files | raw | gzip |\n| --- | --- | ---: | ---: |');
for (const [part, prefixes] of Object.entries(PARTS)) {
  const inPart = files.filter((f) => prefixes.some((p: string) => f.file.startsWith(p)));
  const sum = total(inPart);
  console.log(`| ${part} | ${inPart.length} | ${kb(sum.raw)} | ${kb(sum.gzip)} |`);
}
console.log(`| **all of the playground** | ${files.length} | ${both(total(files))} | |\n`);

const browser = await launch();

/** A fresh context (empty cache), recording the playground's files it fetches, page and workers. */
async function fresh(which: string): Promise<{ page: Page; fetched: Set<string> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const fetched = new Set<string>();
  context.on('requestfinished', (request) => {
    const file = request.url().replace(prefix, '').split('?')[0] ?? '';
    if (request.url().startsWith(prefix) && bySize.has(file)) fetched.add(file);
  });
  const page = await context.newPage();
  await page.goto(`${site.url}${which === 'appendix' ? 'appendix' : `steps/${which}`}`);
  await page.waitForFunction(
    () => (document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__,
  );
  await page.waitForLoadState('networkidle');
  return { page, fetched };
}
const bytes = (fetched: Set<string>) =>
  both(total([...fetched].map((f) => bySize.get(f) as FileSize)));
const dataset = (page: Page, key: string) =>
  page.evaluate((k) => document.querySelector<HTMLElement>('.pg-root')?.dataset[k], key);
const runs = async (page: Page) => Number((await dataset(page, 'runs')) ?? 0);

/** Clicks `selector` and waits for the next run to end; the playground's own Run-to-end time. */
async function timedRun(page: Page, selector: string): Promise<number> {
  const before = await runs(page);
  await page.click(selector);
  await page.waitForFunction(
    (n) => Number(document.querySelector<HTMLElement>('.pg-root')?.dataset['runs'] ?? 0) > n,
    before,
    { timeout: 30_000 },
  );
  return Number(await dataset(page, 'runMs'));
}

const rows: string[][] = [];
const times: string[][] = [];
for (const which of [...existingSteps().map(String), 'appendix']) {
  // The page's own Run, on a page just opened: the click fetches the playground, then runs.
  const { page, fetched } = await fresh(which);
  const before = bytes(fetched);
  const started = performance.now();
  await timedRun(page, '.dz-playground-run');
  const coldMs = performance.now() - started;
  const demoRun = bytes(fetched);
  // The same on another fresh page, the reader pointing at Run for 500 ms before the click
  // (the page fetches ahead what the first Run needs).
  const pointed = await fresh(which);
  await pointed.page.hover('.dz-playground-run');
  await pointed.page.waitForTimeout(500);
  const pointedStart = performance.now();
  await timedRun(pointed.page, '.dz-playground-run');
  const pointedMs = performance.now() - pointedStart;
  await pointed.page.context().close();
  await page.waitForTimeout(300);
  const rerun = await timedRun(page, '.pg-run');
  await page.waitForLoadState('networkidle');
  const opened = bytes(fetched);
  await page.click('.pg-root .cm-content');
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\nconsole.log(1);');
  await page.waitForTimeout(300);
  const edited = await timedRun(page, '.pg-run');
  await page.waitForFunction(
    () => {
      const root = document.querySelector<HTMLElement>('.pg-root');
      return root?.dataset['checked'] === root?.dataset['edits'];
    },
    undefined,
    { timeout: 60_000 },
  );
  const afterEdit = bytes(fetched);
  await page.click('.pg-root .cm-content');
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(
    "\nimport { Variable as V } from '@dezero/step16';\nplotDotGraph(new V(null as never));",
  );
  await timedRun(page, '.pg-run');
  await page.locator('.pg-graph[data-drawn="true"]').waitFor({ timeout: 30_000 });
  const afterGraph = bytes(fetched);
  await page.context().close();
  rows.push([which, before, demoRun, opened, afterEdit, afterGraph]);
  times.push([which, coldMs.toFixed(0), pointedMs.toFixed(0), rerun.toFixed(0), edited.toFixed(0)]);
  console.error(`measured ${which}`);
}

const table = (head: string[], body: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| --- |${' ---: |'.repeat(head.length - 1)}`,
    ...body.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
console.log('## Bytes of the playground a page loads\n');
console.log(
  table(
    [
      'page',
      'only read',
      'the page’s Run of the demo',
      '+ after a re-run',
      '+ first edit (checker)',
      '+ first graph',
    ],
    rows,
  ),
);
console.log('\n## Times in headless Chromium (ms)\n');
console.log(
  table(
    [
      'page',
      'page’s Run on a page just opened: click to output',
      'the same, after pointing at Run for 500 ms',
      're-run',
      'run after an edit',
    ],
    times,
  ),
);
console.log(
  `\nLoad average (1, 5, 15 min) at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} on ${cpus().length} cores`,
);
await browser.close();
await site.close();
