/**
 * Global setup of the browser test: builds the site as `pnpm start` does (through turbo, so
 * an unchanged site comes from its cache), serves it on a free port of 127.0.0.1 for the
 * length of the run, and hands its address to the tests.
 */
import type { TestProject } from 'vitest/node';
import { serveSite } from '../scripts/server.js';
import { buildSite } from '../scripts/start.js';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const status = await buildSite();
  if (status !== 0) throw new Error(`the site did not build (turbo exited ${status})`);
  const site = await serveSite(0);
  project.provide('siteUrl', site.url);
  return () => site.close();
}
