/**
 * The test scaffolding every step shares: the suite framework, gradient checks, random
 * graphs, forced garbage collection and memory measurement, and the demo runner. The
 * steps' suites themselves are in `@dezero/testkit/suites`.
 * @packageDocumentation
 */
export { demoOutput } from './demo.js';
export {
  type Differentiable,
  finite,
  type GradientChecks,
  gradientChecks,
  gradTolerance,
  type NumericalDiff,
  smallArrays,
} from './gradients.js';
export {
  type Instruction,
  isTame,
  type Operations,
  programs,
  runProgram,
  sumTree,
} from './graphs.js';
export {
  type LoopApi,
  type LoopOptions,
  memoryAfterEachRound,
  memoryInUse,
  type RoundEnd,
} from './loops.js';
export {
  arrayBufferBytesAfterGc,
  collectedWhileKept,
  collectGarbage,
  GcWatch,
  gcFunction,
  MB,
  nextTask,
  retainedBytes,
} from './memory.js';
export {
  defineSuite,
  type Exceptions,
  expectApiSuperset,
  type SuiteOptions,
  type TestName,
  type Tests,
} from './suite.js';
