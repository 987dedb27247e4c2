/**
 * `turbo run site:all` (`pnpm run docs`, which the GitHub Pages workflow runs): puts the
 * playground (docs/playground/dist, which `@dezero/playground#build` writes beside the
 * site's own build) into the built site, under `/playground/`, where the step pages fetch
 * it. The two builds run side by side; this copy is all that waits for both. (`pnpm start`
 * needs no copy: its server serves docs/playground/dist there.)
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@dezero/tools/steps';
import { distDir } from './server.js';

const playground = join(distDir, 'playground');
rmSync(playground, { recursive: true, force: true });
cpSync(join(repoRoot, 'docs', 'playground', 'dist'), playground, { recursive: true });
console.log(`The playground is in the site: ${playground}`);
