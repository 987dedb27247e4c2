/**
 * Serves a built playground folder on 127.0.0.1 (sirv), as the site will serve it under
 * `/playground/`: `pnpm --filter @dezero/playground start` builds it into dist/ and serves
 * the test page; the browser tests call {@link servePlayground}.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { buildPlayground } from '../build.ts';

export interface RunningServer {
  /** The playground's folder: `http://127.0.0.1:PORT/playground/`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `dir` under `/playground/` on `port` (0: any free one) of 127.0.0.1 only. */
export async function servePlayground(dir: string, port = 0): Promise<RunningServer> {
  const files = sirv(dir, { dev: true });
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith('/playground/')) {
      response.writeHead(302, { location: '/playground/' }).end();
      return;
    }
    request.url = url.slice('/playground'.length);
    files(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/playground/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  await buildPlayground(dist);
  const port = Number(process.env['PORT'] ?? 4174);
  const server = await servePlayground(dist, port);
  console.log(`The playground's test page: ${server.url}?step=18`);
}
