/**
 * Global setup of the browser test: serves the built site on a free port of 127.0.0.1 for
 * the length of the run, and hands its address to the tests.
 */
import type { TestProject } from 'vitest/node';
import { serveSite } from '../tools/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await serveSite(0);
  project.provide('siteUrl', site.url);
  return () => site.close();
}
