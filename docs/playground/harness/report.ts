/**
 * `pnpm --filter @dezero/playground report`: the playground's figures on this machine, for
 * the site's pages and the closing note — printed, never asserted (times depend on
 * the machine and what else it runs):
 * - the size of each part, raw and gzipped;
 * - for each step page: the bytes the page loads before the playground is used, and after
 *   it is opened and run, after the first edit (the checker) and after a first graph;
 * - the time from Run to the end of the run, in headless Chromium: the page's own Run
 *   (fetching the playground first), the first Run once the playground is open, a re-run,
 *   and a run after an edit (each 300 ms after the one before, a reader's pace), and the
 *   machine's load average while it ran.
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { buildPlayground, type FileSize, PARTS } from '../build.ts';
import { launchChromium } from './chromium.ts';
import { servePlayground } from './serve.ts';

const dir = fileURLToPath(new URL('../.vitest/report-site/', import.meta.url));
const built = await buildPlayground(dir);
const server = await servePlayground(dir);
const bySize = new Map(built.files.map((f) => [f.file, f]));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (files: Iterable<FileSize>) => {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    raw += f.raw;
    gzip += f.gzip;
  }
  return { raw, gzip };
};
const both = ({ raw, gzip }: { raw: number; gzip: number }) => `${kb(raw)} (${kb(gzip)} gzip)`;

console.log('## The parts\n');
console.log('| part | files | raw | gzip |\n| --- | --- | ---: | ---: |');
for (const [part, prefixes] of Object.entries(PARTS)) {
  const files = built.files.filter((f) => prefixes.some((p: string) => f.file.startsWith(p)));
  const sum = total(files);
  console.log(`| ${part} | ${files.length} | ${kb(sum.raw)} | ${kb(sum.gzip)} |`);
}
const playgroundFiles = built.files.filter((f) => !['index.html', 'harness.js'].includes(f.file));
console.log(
  `| **all of the playground** | ${playgroundFiles.length} | ${both(total(playgroundFiles))} | |\n`,
);

const browser = await launchChromium();

/** A fresh context (empty cache), recording the playground files it fetches, page and workers. */
async function fresh(): Promise<{ page: Page; fetched: Set<string> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const fetched = new Set<string>();
  context.on('requestfinished', (request) => {
    const file = request.url().replace(server.url, '').split('?')[0];
    if (bySize.has(file)) fetched.add(file);
  });
  return { page: await context.newPage(), fetched };
}

const runs = (page: Page) =>
  page.evaluate(() =>
    Number(document.querySelector<HTMLElement>('.pg-root')?.dataset['runs'] ?? 0),
  );
const runMs = (page: Page) =>
  page.evaluate(() => Number(document.querySelector<HTMLElement>('.pg-root')?.dataset['runMs']));

/** Clicks `selector` and waits for the next run to end; the playground's own Run-to-end time. */
async function timedRun(page: Page, selector: string): Promise<number> {
  const before = await runs(page).catch(() => 0);
  await page.click(selector);
  await page.waitForFunction(
    (n) => Number(document.querySelector<HTMLElement>('.pg-root')?.dataset['runs'] ?? 0) > n,
    before,
    { timeout: 30_000 },
  );
  return runMs(page);
}

/** What a step page holds anyway: the page, its script, the demo's text. */
const isPageContent = (file: string) =>
  ['index.html', 'harness.js'].includes(file) || /^sources\/[^/]+\.ts$/.test(file);
const playgroundBytes = (fetched: Set<string>) =>
  total([...fetched].filter((f) => !isPageContent(f)).map((f) => bySize.get(f) as FileSize));

interface Row {
  step: string;
  before: string;
  demoRun: string;
  opened: string;
  afterEdit: string;
  afterGraph: string;
  cold: number;
  compilerReady: number;
  first: number;
  rerun: number;
  edited: number;
  firstCheck: number;
}
const rows: Row[] = [];
const pages = [
  ...built.files.filter((f) => /^sources\/\d+\.ts$/.test(f.file)).map((f) => f.file.slice(8, -3)),
  'appendix',
];
const dataset = (page: Page, key: string) =>
  page.evaluate((k) => document.querySelector<HTMLElement>('.pg-root')?.dataset[k], key);

for (const step of pages) {
  // The page's own Run, on a page just opened: fetch the playground, then run. The compiler
  // waits for the end of this run, so what is fetched by then is what the demo's run needs.
  const cold = await fresh();
  await cold.page.goto(`${server.url}?step=${step}`);
  await cold.page.waitForLoadState('networkidle');
  const before = playgroundBytes(cold.fetched);
  const started = Date.now();
  await timedRun(cold.page, '#run');
  const coldMs = Date.now() - started;
  const demoRun = playgroundBytes(cold.fetched);
  await cold.page.context().close();

  // Open the playground and wait for its compiler; then Run, re-run, edit and run.
  const { page, fetched } = await fresh();
  await page.goto(`${server.url}?step=${step}`);
  await page.waitForLoadState('networkidle');
  await page.click('#open');
  await page.locator('.pg-root .cm-content').waitFor();
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('.pg-root')?.dataset['compilerReadyMs'] !== undefined,
    undefined,
    { timeout: 60_000 },
  );
  const compilerReady = Number(await dataset(page, 'compilerReadyMs'));
  await page.waitForLoadState('networkidle');
  const opened = playgroundBytes(fetched);
  const first = await timedRun(page, '.pg-run');
  // A reader's pace: the next run's worker is started when a run ends.
  await page.waitForTimeout(300);
  const rerun = await timedRun(page, '.pg-run');
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
  const firstCheck = Number(await dataset(page, 'checkMs'));
  const afterEdit = playgroundBytes(fetched);
  await page.click('.pg-root .cm-content');
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(
    "\nimport { Variable as V } from '@dezero/step16';\nplotDotGraph(new V(null as never));",
  );
  await timedRun(page, '.pg-run');
  await page.locator('.pg-graph[data-drawn="true"]').waitFor({ timeout: 30_000 });
  const afterGraph = playgroundBytes(fetched);
  await page.context().close();
  rows.push({
    step,
    before: both(before),
    demoRun: both(demoRun),
    opened: both(opened),
    afterEdit: both(afterEdit),
    afterGraph: both(afterGraph),
    cold: coldMs,
    compilerReady,
    first,
    rerun,
    edited,
    firstCheck,
  });
  console.error(`measured ${step}`);
}

console.log('## Bytes a step page loads for the playground (its own text aside)\n');
console.log(
  '| page | only read | the page’s Run of the demo | opened (TypeScript too) | + first edit (checker) | + first graph |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.step} | ${r.before} | ${r.demoRun} | ${r.opened} | ${r.afterEdit} | ${r.afterGraph} |`,
  );
}
console.log('\n## Times in headless Chromium (ms)\n');
console.log(
  '| page | page’s Run: click to end, fetching the playground | compiler ready, from opening | first Run, playground open | re-run | run after an edit | first type check |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.step} | ${r.cold} | ${r.compilerReady} | ${r.first.toFixed(0)} | ${r.rerun.toFixed(0)} | ${r.edited.toFixed(0)} | ${r.firstCheck} |`,
  );
}
console.log(
  `\nLoad average (1, 5, 15 min) at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} on ${cpus().length} cores`,
);
await browser.close();
await server.close();
