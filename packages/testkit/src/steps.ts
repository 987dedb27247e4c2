/**
 * The table of the steps' tests, one line a step, in the book's order: the tests up to step
 * N are those up to step N − 1 plus step N's suite, less the earlier tests step N retires
 * because the book changes what they check (named here once, with the book's reason).
 * Each step's test file runs two lines of it: `upToN.run(stepN)`, and
 * `upToM.runBeside(stepM, stepN)` for the step M before it, loaded in the same program.
 * `pnpm new-step` appends a line.
 * @packageDocumentation
 */
import { Lineage } from './lineage.js';
import * as suites from './suites/index.js';

export const upTo15 = Lineage.first(15, suites.suite15);
export const upTo16 = upTo15.plus(16, suites.suite16, {
  15: {
    'the step-15 lesson: backward gives 96 where the true derivative is 64':
      'step 16 fixes it: generations give the true 64',
    'one intermediate variable used twice by one function: add(a, a) gives 16 where the true derivative is 8':
      'step 16 fixes it too: each function is taken once, so the true 8',
  },
});
export const upTo17 = upTo16.plus(17, suites.suite17, {
  15: {
    'call records inputs, outputs and creator, and returns the single output':
      'step 17 records the outputs as WeakRefs; suite 17 checks them',
    'a function holds its outputs strongly: keeping y.creator keeps y alive':
      'step 17 holds outputs weakly: suite 17 checks that y is freed',
  },
  16: {
    'with no WeakRef, a forced GC inside the job frees each dropped round: a synchronous loop stays flat':
      "step 17's WeakRefs keep every output until the job ends; suite 17 measures it",
  },
});
export const upTo18 = upTo17.plus(18, suites.suite18);
export const upTo19 = upTo18.plus(19, suites.suite19);
export const upTo20 = upTo19.plus(20, suites.suite20);
export const upTo21 = upTo20.plus(21, suites.suite21);
export const upTo22 = upTo21.plus(22, suites.suite22);
export const upTo23 = upTo22.plus(23, suites.suite23);
export const upTo24 = upTo23.plus(24, suites.suite24);
