/**
 * Test tools every step's suite shares: suites that later steps re-run by name, a forced
 * garbage collection, and the gradient check against numerical differentiation.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { NDArray } from '@dezero/ndarray';
import * as np from '@dezero/ndarray';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DataHolder, numericalDiff } from '../src/numericalDiff.js';

/**
 * Tests a later step deliberately does not pass, each with the reason the book gives.
 * They are not registered at all (never skipped), so a later suite stays honest.
 */
export type Exceptions<Name extends string> = Partial<Record<Name, string>>;

export interface SuiteOptions<Name extends string> {
  /** Which module the suite runs on, for the test report (e.g. `@dezero/step18`). */
  on?: string;
  except?: Exceptions<Name>;
}

/** The functions of Variables that the steps export (`square`, `add`, … `pow`). */
type VariableFunction =
  | 'square'
  | 'exp'
  | 'add'
  | 'mul'
  | 'neg'
  | 'sub'
  | 'rsub'
  | 'div'
  | 'rdiv'
  | 'pow'
  | 'asArray'
  | 'asVariable';

/**
 * A step module's API as a suite sees it. Each step has its own classes, so step 16's
 * `square(x: Variable16)` could not stand in for step 15's `square(x: Variable15)` under
 * `strictFunctionTypes` (parameters are contravariant), though every step-16 Variable is
 * a step-15 Variable and more. Checking those functions' parameters bivariantly, as
 * TypeScript checks methods, lets a later module pass for an earlier one exactly when it
 * keeps the earlier API.
 */
export type StepApi<Module> = {
  [Name in keyof Module]: Name extends VariableFunction
    ? Module[Name] extends (...args: infer Args) => infer Result
      ? { bivariant(...args: Args): Result }['bivariant']
      : Module[Name]
    : Module[Name];
};

/** A suite that runs against any step module at least as capable as `Module`. */
export interface Suite<Module, Name extends string> {
  (dz: Module, options?: SuiteOptions<Name>): void;
  /**
   * Runs the suite on a later step's module that the type checker cannot see as `Module`,
   * though it keeps the API: step 17 changes the type of `Function.outputs` (WeakRefs),
   * and step 21 makes `Function.call` take operands of its own `Variable` class. The tests
   * that depend on such a change are listed in `except`; {@link expectApiSuperset} checks
   * that every exported name is kept.
   */
  onLaterStep(dz: object, options?: SuiteOptions<Name>): void;
}

/**
 * Defines a step's behavioural suite once, as a function of the step module, so that every
 * later step runs it too. Where the type checker can see a later module as this one, the
 * call itself proves the later API is a superset.
 */
export function defineSuite<Module, Name extends string>(
  title: string,
  makeTests: (dz: Module) => Record<Name, () => unknown>,
): Suite<Module, Name> {
  const run = (dz: Module, { on, except = {} }: SuiteOptions<Name> = {}) => {
    describe(on === undefined ? title : `${title} (on ${on})`, () => {
      const tests: Record<string, () => unknown> = makeTests(dz);
      const unknown = Object.keys(except).filter((name) => !(name in tests));
      if (unknown.length > 0) {
        throw new Error(`${title}: no such tests to except: ${unknown.join('; ')}`);
      }
      for (const [name, body] of Object.entries(tests)) {
        if (!(name in except)) it(name, body);
      }
    });
  };
  return Object.assign(run, {
    onLaterStep: (dz: object, options?: SuiteOptions<Name>) => run(dz as Module, options),
  });
}

/** The callable `--expose-gc` installs; vitest passes the flag to every worker. */
function gcFunction(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('tests that force GC need node --expose-gc');
  return gc;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Forces a full garbage collection. A `WeakRef` target lives at least until the current
 * job ends, and V8 releases array buffers' memory on a background thread after the
 * collection itself; so this collects twice, each time in a later task.
 */
export async function collectGarbage(): Promise<void> {
  const gc = gcFunction();
  for (let i = 0; i < 2; i++) {
    await nextTask();
    gc();
  }
  await nextTask(); // FinalizationRegistry callbacks run as tasks after a collection
}

/** Bytes held by array buffers after {@link collectGarbage}. */
export async function arrayBufferBytesAfterGc(): Promise<number> {
  await collectGarbage();
  return process.memoryUsage().arrayBuffers;
}

/**
 * Bytes of array data that stay reachable from what `build` returns, each side measured
 * after a forced GC. What was built comes back as `kept`, which keeps it alive until then.
 */
export async function retainedBytes<T>(build: () => T): Promise<{ bytes: number; kept: T }> {
  const before = await arrayBufferBytesAfterGc();
  const kept = build();
  const after = await arrayBufferBytesAfterGc();
  return { bytes: after - before, kept };
}

/** Watches objects with a `FinalizationRegistry` and reports which have been collected. */
export class GcWatch {
  readonly #collected = new Set<string>();
  readonly #registry = new FinalizationRegistry<string>((label) => this.#collected.add(label));

  watch(target: object, label: string): void {
    this.#registry.register(target, label);
  }

  /** Forces a collection and returns the labels of the objects it collected. */
  async collected(): Promise<ReadonlySet<string>> {
    await collectGarbage();
    return new Set(this.#collected);
  }
}

/** A float in a range where every function of the book is well conditioned. */
export const finite = (min = -2, max = 2) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** A 0-d array or a short 1-d float64 array. */
export const smallArrays = (min = -2, max = 2): fc.Arbitrary<NDArray> =>
  fc.oneof(
    finite(min, max).map((v) => np.array(v)),
    fc.array(finite(min, max), { minLength: 1, maxLength: 4 }).map((v) => np.array(v)),
  );

/** Backpropagated and numerical gradients agree within this tolerance. */
export const gradTolerance = { rtol: 1e-4, atol: 1e-5 };

/** What a gradient check needs of a step's variables: data, a gradient, and backward(). */
export interface Differentiable extends DataHolder {
  readonly grad: NDArray | null;
  backward(): void;
}

/**
 * Runs backward on `f(x)` and checks `x.grad` against {@link numericalDiff}. `f` must be
 * element-wise in `x`, as every function up to step 22 is.
 */
export function expectGradientMatches<V extends Differentiable>(
  f: (x: V) => Differentiable,
  x: V,
): void {
  const numerical = numericalDiff(f, x);
  f(x).backward();
  const grad = x.grad as NDArray | null;
  expect(grad).not.toBeNull();
  const close = np.allclose(grad as NDArray, numerical, gradTolerance);
  expect(close, `backward gave ${grad}, numericalDiff ${numerical}`).toBe(true);
}

/**
 * Runs step `step`'s demo (`examples/stepNN.ts` in the package of the test file at
 * `testFileUrl`) the way `pnpm demo NN` does, in a fresh Node process; returns its output.
 */
export function demoOutput(testFileUrl: string, step: number): string {
  const example = fileURLToPath(new URL(`../examples/step${step}.ts`, testFileUrl));
  return execFileSync(
    process.execPath,
    ['--conditions=@dezero/source', '--import', 'tsx', '--expose-gc', example],
    { encoding: 'utf8' },
  );
}

/**
 * One instruction of a random program: apply operation `op` to the variables at `a` and
 * `b` (indices into the variables made so far, taken modulo their count). Indices repeat,
 * so programs reuse sub-expressions and feed one variable into several functions.
 */
export interface Instruction {
  op: number;
  a: number;
  b: number;
}

export const programs = (maxLength = 6): fc.Arbitrary<Instruction[]> =>
  fc.array(fc.record({ op: fc.nat(), a: fc.nat(), b: fc.nat() }), {
    minLength: 1,
    maxLength: maxLength,
  });

/** The operations a random program may use, as a step provides them. */
export type Operations<V> = ReadonlyArray<(a: V, b: V) => V>;

/** Runs `program` from the input `x` and returns the last variable it made. */
export function runProgram<V>(x: V, program: readonly Instruction[], operations: Operations<V>): V {
  const made = [x];
  for (const { op, a, b } of program) {
    const operation = operations[op % operations.length] as (a: V, b: V) => V;
    made.push(operation(made[a % made.length] as V, made[b % made.length] as V));
  }
  return made[made.length - 1] as V;
}

/** True when every element of `a` is finite and no larger than `limit` in magnitude. */
export function isTame(a: NDArray | null, limit = 1e6): boolean {
  return a?.data.every((v) => Math.abs(v) <= limit) ?? false; // NaN fails the comparison
}

/**
 * The public API only grows: registers a test that every value `earlier` exports, `later`
 * exports too. (Type-level: the earlier step's suites type-check against the later module.)
 */
export function expectApiSuperset(earlier: object, later: object, names: string): void {
  it(`${names}: every name the earlier step exports, the later one exports too`, () => {
    const missing = Object.keys(earlier).filter((name) => !(name in later));
    expect(missing).toEqual([]);
  });
}

/** Adds `terms` pairwise, as a balanced tree: a wide graph that stays shallow. */
export function sumTree<V>(terms: readonly V[], add: (a: V, b: V) => V): V {
  let level = [...terms];
  while (level.length > 1) {
    const sums: V[] = [];
    for (let i = 0; i < level.length; i += 2) {
      sums.push(i + 1 < level.length ? add(level[i] as V, level[i + 1] as V) : (level[i] as V));
    }
    level = sums;
  }
  if (level.length === 0) throw new RangeError('sumTree needs at least one term');
  return level[0] as V;
}

/**
 * The gradient check on random graphs: for random inputs in [−1, 1] and random programs
 * over `operations` (which reuse variables), backward agrees with {@link numericalDiff}.
 * Programs whose output overflows or turns NaN are skipped, not counted.
 */
export function expectRandomGraphsMatch<V extends Differentiable>(
  variable: (value: number) => V,
  operations: Operations<V>,
  maxLength = 6,
): void {
  fc.assert(
    fc.property(finite(-1, 1), programs(maxLength), (value, program) => {
      const f = (x: V) => runProgram(x, program, operations);
      fc.pre(isTame(f(variable(value)).data));
      expectGradientMatches(f, variable(value));
    }),
  );
}
