/**
 * Serves the built site (docs/.vitepress/dist) on 127.0.0.1 with sirv: `/steps/18` is
 * `steps/18.html`, and an address the site does not have gets its 404 page, with status 404.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from '@dezero/tools/steps';
import sirv from 'sirv';

export const distDir = join(repoRoot, 'docs', '.vitepress', 'dist');

export interface RunningSite {
  /** `http://127.0.0.1:4173/` */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves the site on `port` (0 for any free one) of 127.0.0.1 only. */
export async function serveSite(port: number): Promise<RunningSite> {
  const notFound = join(distDir, '404.html');
  if (!existsSync(join(distDir, 'index.html')) || !existsSync(notFound)) {
    throw new Error(`no site in ${distDir}: build it with pnpm run docs`);
  }
  // dev: read the files on each request, so a rebuild shows without a restart.
  const files = sirv(distDir, { dev: true, extensions: ['html'] });
  const server = createServer((request, response) => {
    files(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(readFileSync(notFound));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
