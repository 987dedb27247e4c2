/**
 * The suite framework: each step's behaviour is written once, as a function of a step
 * module, and every later step runs it against its own module.
 * @module
 */
import { describe, expect, it } from 'vitest';

/** A suite's tests by name. */
export type Tests<Name extends string> = Record<Name, () => unknown>;

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

/**
 * A suite, ready to run on one module: `register()` registers its tests with vitest. Making
 * it checks the exceptions, so that a lineage can check every suite before it registers any.
 */
export type Registration = () => void;

/**
 * Defines a step's suite from `makeTests`, which takes a step module and returns the
 * tests. `makeTests` is generic in the step's `Variable` class and asks only for the small
 * structural API it uses, so any later step's module that keeps that API passes as it is:
 * the returned function keeps that generic signature (TypeScript infers it). Calling it
 * makes the tests and checks the exceptions; the {@link Registration} it returns registers
 * them.
 */
export function defineSuite<Module, Name extends string>(
  title: string,
  makeTests: (dz: Module) => Tests<Name>,
): (dz: Module, options?: SuiteOptions<Name>) => Registration {
  return (dz, { on, except = {} } = {}) => {
    const tests = testsToRun(title, makeTests(dz), except);
    return () => {
      describe(on === undefined ? title : `${title} (on ${on})`, () => {
        for (const [name, body] of tests) it(name, body);
      });
    };
  };
}

/**
 * The tests to register: all but the excepted ones. An exception that names no test is an
 * error, so a renamed test cannot silently drop out of a later step's run.
 */
export function testsToRun(
  title: string,
  tests: Tests<string>,
  except: Exceptions<string>,
): [string, () => unknown][] {
  const unknown = Object.keys(except).filter((name) => !(name in tests));
  if (unknown.length > 0) {
    throw new Error(`${title}: no such tests to except: ${unknown.join('; ')}`);
  }
  return Object.entries(tests).filter(([name]) => !(name in except));
}

/**
 * The public API only grows: registers a test that every value `earlier` exports, `later`
 * exports too. (The types are proven in one place: docs/test/api.test.ts.)
 */
export function expectApiSuperset(earlier: object, later: object, names: string): void {
  it(`${names}: every name the earlier step exports, the later one exports too`, () => {
    const missing = Object.keys(earlier).filter((name) => !(name in later));
    expect(missing).toEqual([]);
  });
}

/** The names of a suite's tests: `TestName<typeof suite15>`. */
export type TestName<Suite> = Suite extends (
  dz: never,
  options?: SuiteOptions<infer Name>,
) => Registration
  ? Name
  : never;
