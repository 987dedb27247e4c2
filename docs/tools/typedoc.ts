/** Runs typedoc's own command line, so a build behaves exactly as `typedoc` would. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { repoRoot } from './steps.js';

const typedocBin = join(
  dirname(createRequire(import.meta.url).resolve('typedoc/package.json')),
  'bin',
  'typedoc',
);

/**
 * Runs typedoc with the options file `config`. It runs from the repository root: typedoc
 * writes the paths in its JSON output relative to where it runs, and the site's merge
 * (also run from the root) reads them back the same way. Every config treats warnings as
 * errors, so a warning ends the process with typedoc's exit code. It runs under tsx, so a
 * config can load a plugin written in TypeScript (the site's search, tools/searchPlugin.ts).
 */
export function runTypedoc(config: string): void {
  const { status, error } = spawnSync(
    process.execPath,
    ['--import', 'tsx', typedocBin, '--options', relative(repoRoot, config)],
    { cwd: repoRoot, stdio: 'inherit' },
  );
  if (error !== undefined) throw error;
  if (status !== 0) {
    console.error(`typedoc failed (exit ${status}) on ${relative(repoRoot, config)}`);
    process.exit(status ?? 1);
  }
}
