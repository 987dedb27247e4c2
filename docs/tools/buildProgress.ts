/**
 * `turbo run docs` with a line per package, what `pnpm start` and `pnpm test:e2e` build the
 * site with. turbo's own output is either silent until the end (`errors-only`: a minute and
 * more on a fresh clone) or every tool's log; this runs it with the full log, shows one line
 * as each package's docs start building or come from turbo's cache, keeps the rest, and
 * prints the log of a package whose build failed.
 *
 * Run as a script (`node --import tsx docs/tools/buildProgress.ts`) it builds and exits with
 * turbo's status.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './steps.js';

/** One line of turbo's output, read: a task's line, or turbo's own. */
export type TurboLine =
  | { readonly kind: 'start'; readonly pkg: string; readonly cached: boolean }
  | { readonly kind: 'log'; readonly pkg: string; readonly text: string }
  | { readonly kind: 'summary'; readonly cached: number; readonly total: number }
  | { readonly kind: 'failed'; readonly pkgs: string[] }
  | { readonly kind: 'other'; readonly text: string };

/**
 * Reads a line of `turbo run docs --output-logs=full --log-order=stream`: each task's lines
 * start `pkg:docs: `, the first one `cache miss, executing <hash>` or `cache hit, replaying
 * logs <hash>`; turbo ends with `Cached: N cached, M total` and, on failure, `Failed: pkg#docs`.
 */
export function readTurboLine(line: string): TurboLine {
  const task = /^(\S+):docs: ?(.*)$/.exec(line);
  if (task) {
    const [, pkg = '', text = ''] = task;
    const start = /^cache (hit|miss|bypass)/.exec(text);
    if (start) return { kind: 'start', pkg, cached: start[1] === 'hit' };
    return { kind: 'log', pkg, text };
  }
  const summary = /^\s*Cached:\s+(\d+) cached, (\d+) total/.exec(line);
  if (summary) return { kind: 'summary', cached: Number(summary[1]), total: Number(summary[2]) };
  const failed = /^\s*Failed:\s+(.+)$/.exec(line);
  if (failed) {
    const pkgs = (failed[1] ?? '').split(/,\s*/).map((t) => t.replace(/#docs$/, '').trim());
    return { kind: 'failed', pkgs };
  }
  return { kind: 'other', text: line };
}

/** How many packages have a `docs` script: the tasks `turbo run docs` runs. */
function docsTaskCount(): number {
  const manifests = [
    join(repoRoot, 'docs', 'package.json'),
    ...readdirSync(join(repoRoot, 'packages')).map((p) =>
      join(repoRoot, 'packages', p, 'package.json'),
    ),
  ];
  return manifests.filter((file) => {
    try {
      const { scripts } = JSON.parse(readFileSync(file, 'utf8')) as {
        scripts?: Record<string, string>;
      };
      return scripts?.['docs'] !== undefined;
    } catch {
      return false;
    }
  }).length;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Builds every package's docs and the site through turbo, printing progress to `out`.
 * Resolves to turbo's exit status.
 */
export function buildDocs(out: (line: string) => void = console.log): Promise<number> {
  const started = Date.now();
  const total = docsTaskCount();
  const width = String(total).length;
  const logs = new Map<string, string[]>();
  let done = 0;
  let summary: { cached: number; total: number } | undefined;
  let failed: string[] = [];
  const turboLines: string[] = [];

  out('Building the docs site with turbo: about a minute on a fresh clone, seconds when cached.');
  const turbo = spawn(
    join(repoRoot, 'node_modules', '.bin', 'turbo'),
    ['run', 'docs', '--output-logs=full', '--log-order=stream', '--no-color'],
    {
      cwd: repoRoot,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const read = (line: string) => {
    const parsed = readTurboLine(line);
    switch (parsed.kind) {
      case 'start': {
        done++;
        const what = parsed.cached ? "from turbo's cache (nothing changed)" : 'building its docs…';
        const elapsed = seconds(Date.now() - started).padStart(7);
        out(`  [${String(done).padStart(width)}/${total}] ${elapsed}  ${parsed.pkg}: ${what}`);
        logs.set(parsed.pkg, []);
        break;
      }
      case 'log': {
        const log = logs.get(parsed.pkg) ?? [];
        log.push(parsed.text);
        logs.set(parsed.pkg, log);
        break;
      }
      case 'summary':
        summary = parsed;
        break;
      case 'failed':
        failed = parsed.pkgs;
        break;
      default:
        turboLines.push(parsed.text);
    }
  };
  createInterface({ input: turbo.stdout }).on('line', read);
  createInterface({ input: turbo.stderr }).on('line', read);

  return new Promise((resolve, reject) => {
    turbo.on('error', reject);
    turbo.on('close', (code) => {
      const status = code ?? 1;
      const time = seconds(Date.now() - started);
      if (status !== 0) {
        for (const pkg of failed.length > 0 ? failed : [...logs.keys()]) {
          out(`\n${pkg}: its docs failed to build:`);
          for (const line of logs.get(pkg) ?? []) out(`  ${line}`);
        }
        for (const line of turboLines) if (/ERROR|Failed/.test(line)) out(line.trim());
        out(`The docs build failed after ${time}.`);
      } else if (summary && summary.cached === summary.total) {
        out(`Nothing changed: all ${summary.total} came from turbo's cache (${time}).`);
      } else {
        const cached = summary ? `, ${summary.cached} of ${summary.total} from turbo's cache` : '';
        out(`Built the docs site in ${time}${cached}.`);
      }
      resolve(status);
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await buildDocs();
}
