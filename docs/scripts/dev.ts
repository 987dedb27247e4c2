/**
 * `pnpm dev`: VitePress's dev server on 127.0.0.1, for someone writing a page: a saved README,
 * page or theme file shows in the open tab at once (Vite's hot reload). The API pages are
 * written first (api.ts) if they are not there; `pnpm dev --api` writes them again. The
 * playground is built first too (through turbo, cached), and served under /playground/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCommandLine, usageError } from '@dezero/tools/args';
import { repoRoot } from '@dezero/tools/steps';
import { createServer } from 'vitepress';
import { apiDir, writeApiPages } from './api.js';
import { portOf } from './port.js';

const line = {
  command: 'pnpm dev',
  usage: 'usage: pnpm dev [--port N] [--api], or PORT=N pnpm dev',
  options: { port: { type: 'string' }, api: { type: 'boolean', default: false } },
  positionals: false,
} as const;

const { values } = readCommandLine(line);
const port = portOf(values.port, (reason) => usageError(line, reason), 5173);
if (values.api || !existsSync(join(apiDir, 'index.md'))) {
  if ((await writeApiPages()) !== 0) process.exit(1);
}
const playground = spawnSync(
  'turbo',
  ['run', 'build', '--filter=@dezero/playground', '--output-logs=errors-only'],
  { cwd: repoRoot, stdio: 'inherit' },
);
if (playground.status !== 0) process.exit(playground.status ?? 1);
const server = await createServer(join(repoRoot, 'docs'), {
  host: '127.0.0.1',
  port,
  strictPort: true,
});
await server.listen();
// The address Vite listens on: with --port 0, a free port the system chose.
console.log(
  `DeZero-TS docs (dev): ${server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`}`,
);
