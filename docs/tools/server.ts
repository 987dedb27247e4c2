/** Serves the built site, docs/site/, on 127.0.0.1 with sirv. */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { repoRoot } from './steps.js';

export const siteDir = join(repoRoot, 'docs', 'site');

export interface RunningSite {
  /** `http://127.0.0.1:4173/` */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves the site on `port` (0 for any free one) of 127.0.0.1 only. */
export async function serveSite(port: number): Promise<RunningSite> {
  if (!existsSync(join(siteDir, 'index.html'))) {
    throw new Error(`no site in ${siteDir}: build it with pnpm docs`);
  }
  // dev: read the files on each request, so a rebuild shows without a restart.
  const files = sirv(siteDir, { dev: true });
  const server = createServer((request, response) => {
    files(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
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
