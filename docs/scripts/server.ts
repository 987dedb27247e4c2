/**
 * Serves the built site (docs/.vitepress/dist) on 127.0.0.1 with sirv: `/steps/18` is
 * `steps/18.html`, and an address the site does not have gets its 404 page, with status 404.
 *
 * `pnpm start` serves the playground from where its own build writes it (docs/playground/dist)
 * and builds it after the site, so that the pages answer without waiting for it: a request
 * under `/playground/` waits until that build has ended.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
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

/** The playground, served from the folder its build writes, once that build has ended. */
export interface PlaygroundFiles {
  /** docs/playground/dist */
  readonly dir: string;
  /** Settles when the build ends: true if it built. */
  readonly built: Promise<boolean>;
}

export interface ServeOptions {
  /** The built site; docs/.vitepress/dist unless given. */
  readonly root?: string;
  /** Where `/playground/` comes from; without it, from the site's own `playground/` folder. */
  readonly playground?: PlaygroundFiles;
}

const PLAYGROUND = '/playground/';

/** Serves the site on `port` (0 for any free one) of 127.0.0.1 only. */
export async function serveSite(port: number, options: ServeOptions = {}): Promise<RunningSite> {
  const root = options.root ?? distDir;
  const notFound = join(root, '404.html');
  if (!existsSync(join(root, 'index.html')) || !existsSync(notFound)) {
    throw new Error(`no site in ${root}: build it with pnpm run docs`);
  }
  const sendNotFound = (response: ServerResponse) => {
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(readFileSync(notFound));
  };
  // dev: read the files on each request, so a rebuild shows without a restart.
  const files = sirv(root, { dev: true, extensions: ['html'] });
  const playground = options.playground;
  const playgroundFiles = playground && sirv(playground.dir, { dev: true });
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (playground && playgroundFiles && url.startsWith(PLAYGROUND)) {
      void playground.built
        .then((built) => {
          if (!built) {
            response.statusCode = 503;
            response.setHeader('Content-Type', 'text/plain; charset=utf-8');
            response.end(
              'The playground did not build: its errors are in the terminal that runs pnpm start.\n',
            );
            return;
          }
          request.url = url.slice(PLAYGROUND.length - 1);
          playgroundFiles(request, response, () => sendNotFound(response));
        })
        .catch((error: unknown) => {
          response.statusCode = 500;
          response.end(`The playground could not be served: ${(error as Error).message}\n`);
        });
      return;
    }
    files(request, response, () => sendNotFound(response));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    // A request still waiting for the playground would hold close() until the build ends.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
