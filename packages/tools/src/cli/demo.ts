/**
 * `pnpm demo NN`: runs step NN's demo program, the book's `stepNN.py`.
 */
import { pathToFileURL } from 'node:url';
import { demoFile, existingSteps, parseStep } from './steps.js';

const step = parseStep(process.argv[2]);
if (step === undefined) {
  console.error(`usage: pnpm demo <step>   (step is one of ${existingSteps().join(', ')})`);
  process.exit(2);
}
await import(pathToFileURL(demoFile(step)).href);
