/**
 * `pnpm --filter @dezero/docs start:report [--runs N]`: how long `pnpm start` takes from a
 * fresh clone, printed, never asserted (times depend on the machine and what else it runs).
 * For each of N runs (3 unless given): a clone of this repository's HEAD (committed work
 * only) in a temporary folder, `pnpm install --frozen-lockfile --prefer-offline`, then
 * `pnpm start --port 0`, timed until it prints the address, until the home page has answered,
 * until every other page the build wrote has (fetched one after another), and until the
 * playground's loader has (it is built after the site). Then `pnpm start` once more in the
 * same clone, from turbo's cache.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '@dezero/tools/steps';
import { startServer } from './devServer.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`start:report: --runs must be a whole number from 1, not '${values.runs}'`);
  process.exit(2);
}

const ADDRESS = /^DeZero-TS docs: (http:\S+)$/;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The pages the build wrote in `clone`, as addresses relative to the site: `steps/18`. */
function pagesOf(clone: string): string[] {
  const dist = join(clone, 'docs', '.vitepress', 'dist');
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && entry.name !== '404.html')
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith('playground/'))
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, ''));
}

/** One `pnpm start` in `clone`: the times from its start, in ms. */
async function timeStart(clone: string): Promise<number[]> {
  const started = performance.now();
  const site = await startServer(['start', '--port', '0'], clone, ADDRESS, 300_000);
  try {
    const address = performance.now() - started;
    const answered = async (path: string) => {
      const response = await fetch(new URL(path, site.url));
      if (response.status !== 200) throw new Error(`/${path}: HTTP ${response.status}`);
      await response.arrayBuffer();
    };
    await answered('');
    const home = performance.now() - started;
    for (const page of pagesOf(clone)) await answered(page);
    const every = performance.now() - started;
    await answered('playground/loader.js');
    return [address, home, every, performance.now() - started];
  } finally {
    await site.stop();
  }
}

const rows: string[] = [];
let pages = 0;
for (let run = 1; run <= runs; run++) {
  const clone = mkdtempSync(join(tmpdir(), 'dezero-start-'));
  try {
    execFileSync('git', ['clone', '--quiet', repoRoot, clone]);
    execFileSync('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], {
      cwd: clone,
      stdio: 'ignore',
    });
    const cold = await timeStart(clone);
    const warm = await timeStart(clone);
    pages = pagesOf(clone).length;
    rows.push(`| ${run}, fresh clone | ${cold.map(s).join(' | ')} |`);
    rows.push(`| ${run}, again (turbo's cache) | ${warm.map(s).join(' | ')} |`);
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
}
const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot })
  .toString()
  .trim();
console.log(
  `\n\`pnpm start\` from a clone of ${head}, ${pages} pages; times from the command on:\n`,
);
console.log('| run | address printed | home page | every page | playground |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
console.log(
  `\nload average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')} on ${cpus().length} cores`,
);
