/**
 * Global setup of the browser test: starts the site as `pnpm start` does (`startSite`: through
 * turbo, so an unchanged site comes from its cache; the playground built after the site),
 * on a free port of 127.0.0.1 for the length of the run, and hands its address to the tests
 * once the playground is built too (so no test's time includes that build).
 */
import type { TestProject } from 'vitest/node';
import { startSite } from '../scripts/start.js';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await startSite(0);
  if (!(await site.playgroundBuilt)) {
    await site.close();
    throw new Error('the playground did not build (see above)');
  }
  project.provide('siteUrl', site.url);
  return () => site.close();
}
