#!/usr/bin/env node
// `dezero-package-docs`: a package's own docs, what each package's `docs` script runs.
// It runs tools/packageDocs.ts in the current folder (the package's) with what the tools
// need: the workspace's TypeScript source (--conditions=@dezero/source), tsx to load it,
// and --expose-gc for the memory figures.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../tools/packageDocs.ts', import.meta.url));
const { status, signal, error } = spawnSync(
  process.execPath,
  [
    '--conditions=@dezero/source',
    '--import',
    import.meta.resolve('tsx'),
    '--expose-gc',
    script,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
if (error !== undefined) throw error;
if (signal !== null) process.kill(process.pid, signal);
process.exit(status ?? 1);
