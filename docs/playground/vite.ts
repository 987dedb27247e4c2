/**
 * `pnpm dev`'s playground: a Vite plugin for VitePress's dev server that serves the built
 * playground (dist/, which `pnpm dev` has turbo build first) under the site's
 * `/playground/`, as the built site has it there. `pnpm start` serves dist/ itself
 * (docs/scripts/server.ts), and the site built for GitHub Pages gets its copy from
 * `turbo run site:all`.
 * @module
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** What the plugin uses of Vite's dev server (a Vite `Plugin`, written out: this package has no Vite). */
interface DevServer {
  readonly config: { readonly base: string };
  readonly middlewares: {
    use(
      handle: (request: IncomingMessage, response: ServerResponse, next: () => void) => void,
    ): void;
  };
}

interface DevPlugin {
  readonly name: string;
  readonly apply: 'serve';
  configureServer(server: DevServer): void;
}

/** Where `@dezero/playground#build` writes the playground. */
export const playgroundDist = join(fileURLToPath(new URL('.', import.meta.url)), 'dist');

export function playgroundDevServer(): DevPlugin {
  return {
    name: 'dezero-playground',
    apply: 'serve',
    configureServer(server) {
      if (!existsSync(join(playgroundDist, 'loader.js'))) {
        throw new Error(
          `no playground in ${playgroundDist}: build it with pnpm --filter @dezero/playground build`,
        );
      }
      // dev: read the files on each request, so a rebuild shows without a restart.
      const files = sirv(playgroundDist, { dev: true });
      const prefix = `${server.config.base}playground/`;
      server.middlewares.use((request, response, next) => {
        const url = request.url ?? '';
        if (!url.startsWith(prefix)) return next();
        request.url = url.slice(prefix.length - 1);
        files(request, response, () => {
          response.statusCode = 404;
          response.end('Not found');
        });
      });
    },
  };
}
