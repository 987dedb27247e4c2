/**
 * `pnpm demo <step>`: runs step NN's demo program, the book's `stepNN.py`; `pnpm demo
 * appendix` runs the appendix page's example, docs/examples/defineAndRun.ts.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCommandLine, usageError } from '../args.js';
import { demoFile, existingSteps, parseStep, repoRoot } from '../steps.js';

const line = {
  command: 'pnpm demo',
  usage: 'usage: pnpm demo <step>, or pnpm demo appendix',
  options: {},
  positionals: true,
  hint: () => `steps: ${existingSteps().join(', ')}`,
} as const;

/** The examples that are not a step's demo, by the name `pnpm demo` takes. */
export const OTHER_DEMOS: Readonly<Record<string, string>> = {
  appendix: join(repoRoot, 'docs', 'examples', 'defineAndRun.ts'),
};

const { positionals } = readCommandLine(line);
if (positionals.length !== 1) usageError(line, `expected one step, got ${positionals.length}`);
const [name = ''] = positionals;
const step = parseStep(name);
const file = step === undefined ? OTHER_DEMOS[name] : demoFile(step);
if (file === undefined) usageError(line, `unknown step '${name}'`);
await import(pathToFileURL(file).href);
