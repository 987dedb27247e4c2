/**
 * Global setup of the playground's browser test: builds the playground into .vitest/site/
 * and serves it on a free port of 127.0.0.1 for the length of the run.
 */
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildPlayground } from '../build.ts';
import { servePlayground } from '../harness/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    playgroundUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = fileURLToPath(new URL('../.vitest/site/', import.meta.url));
  await buildPlayground(dir);
  const server = await servePlayground(dir);
  project.provide('playgroundUrl', server.url);
  return () => server.close();
}
