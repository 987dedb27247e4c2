/**
 * The mechanism behind the table of the steps' tests (`./steps.ts`): a lineage of suites,
 * one step at a time, where step N runs step N − 1's suites plus its own, less the tests a
 * step retires. A step retires a test once, where the book makes the change, with the
 * book's reason; every later step leaves it out too.
 * @module
 */
import {
  type Exceptions,
  expectApiSuperset,
  type Registration,
  type SuiteOptions,
  type TestName,
} from './suite.js';

/** A suite as `defineSuite` makes it: generic in the step module it runs on. */
export type AnySuite = (dz: never, options?: never) => Registration;

/**
 * The tests a step retires: by the number of the step whose suite has them, and by name,
 * each with the book's reason.
 */
export type Retired<Names> = { readonly [Step in keyof Names]?: Exceptions<Names[Step] & string> };

/**
 * True when `Suite` can run on `Module`, as a call `suite(module)` would check it: the
 * suite's type parameter (the step's `Variable`) is inferred from the module.
 */
type Fits<Module, Suite> = Suite extends (dz: Module, options?: never) => Registration
  ? true
  : false;

/** The API a suite asks for, shown in the compiler's error when a module lacks it. */
type ApiOf<Suite> = Suite extends (dz: infer Api, options?: never) => Registration ? Api : never;

/**
 * What `Module` must have beyond itself to run every suite of `Suites`: nothing (`unknown`)
 * when each fits, or else the API of each suite that does not, so that the compiler names
 * what is missing.
 */
type Demands<Module, Suites extends readonly AnySuite[]> = Suites extends readonly [
  infer Suite,
  ...infer Rest extends AnySuite[],
]
  ? (Fits<Module, Suite> extends true ? unknown : ApiOf<Suite>) & Demands<Module, Rest>
  : unknown;

/** One line of the table: a step, its suite, and the earlier tests it retires. */
interface Line {
  readonly step: number;
  readonly suite: AnySuite;
  readonly retires: Readonly<Record<number, Exceptions<string>>>;
}

/**
 * Makes `suite`'s tests on `dz`. The types of the two were checked where they met (in `run`
 * or `runBeside`); here the table holds suites of different steps side by side, erased.
 */
function prepare(suite: AnySuite, dz: unknown, options: SuiteOptions<string>): Registration {
  return (suite as unknown as (dz: unknown, options: SuiteOptions<string>) => Registration)(
    dz,
    options,
  );
}

/**
 * The tests of a lineage of steps, up to `step`. `Suites` lists the suites' types in step
 * order, `Names` each suite's test names by step: the compiler checks a module against the
 * one and a retired test's name against the other.
 */
export class Lineage<Suites extends readonly AnySuite[], Names> {
  readonly #lines: readonly Line[];
  /** The last step of the lineage. */
  readonly step: number;

  private constructor(lines: readonly Line[]) {
    this.#lines = lines;
    this.step = lines[lines.length - 1].step;
  }

  /** A lineage of one step: the first step and its suite. */
  static first<Step extends number, Suite extends AnySuite>(
    step: Step,
    suite: Suite,
  ): Lineage<[Suite], Record<Step, TestName<Suite>>> {
    return new Lineage([{ step, suite, retires: {} }]);
  }

  /**
   * The lineage one step on: `step` runs every suite so far and `suite`, less the tests
   * `retires` names (and those earlier steps retired). A name the suite does not have is a
   * compile error; at run time, running the lineage throws on it (see `testsToRun`).
   */
  plus<Step extends number, Suite extends AnySuite>(
    step: Step,
    suite: Suite,
    retires: Retired<Names> = {},
  ): Lineage<[...Suites, Suite], Names & Record<Step, TestName<Suite>>> {
    if (step <= this.step) {
      throw new RangeError(`step ${step} cannot follow step ${this.step}: steps go in order`);
    }
    for (const [from, names] of Object.entries(retires) as [string, Exceptions<string>][]) {
      if (!this.#lines.some((line) => line.step === Number(from))) {
        throw new RangeError(`step ${step} retires tests of step ${from}, which is not before it`);
      }
      const already = Object.keys(names).filter((name) => this.#retired(Number(from))[name]);
      if (already.length > 0) {
        throw new Error(
          `step ${step} retires tests that are retired already: ${already.join('; ')}`,
        );
      }
    }
    const line: Line = { step, suite, retires };
    return new Lineage([...this.#lines, line]);
  }

  /**
   * Registers the tests of every step of the lineage on `dz`, the module of its last step:
   * each suite once, less the retired tests. A module that lacks an API one of the suites
   * uses (an earlier step's) is a compile error naming what is missing.
   */
  run<Module extends object>(dz: Module & Demands<Module, Suites>): void {
    this.#register(dz, `@dezero/step${this.step}`);
  }

  /**
   * Registers the tests of the lineage on `dz`, its last step's module, with the next
   * step's module `later` loaded in the same program: loading a step leaves the one before
   * as it was. Also checks that `later` exports every name `dz` does (the API only grows).
   */
  runBeside<Module extends object>(
    dz: Module & Demands<Module, Suites>,
    later: { readonly [Name in keyof Module]: unknown },
  ): void {
    const next = this.step + 1;
    expectApiSuperset(dz, later, `step ${this.step} → ${next}`);
    this.#register(dz, `@dezero/step${this.step}, loaded beside step ${next}`);
  }

  /**
   * The lineage as data, one entry a step in order: the tests each step retires, by the step
   * whose suite has them, with the book's reason. The "How this is tested" page
   * (docs/testing.md) prints it, so the page cannot drift from the table.
   */
  describe(): { step: number; retires: { from: number; test: string; reason: string }[] }[] {
    return this.#lines.map(({ step, retires }) => ({
      step,
      retires: Object.entries(retires).flatMap(([from, names]) =>
        Object.entries(names).map(([test, reason]) => ({
          from: Number(from),
          test,
          reason: reason as string,
        })),
      ),
    }));
  }

  /** The tests of suite `from` that the steps of this lineage retire, with the reasons. */
  #retired(from: number): Exceptions<string> {
    return Object.assign({}, ...this.#lines.map((line) => line.retires[from]));
  }

  /** Makes every suite's tests first, so that a bad exception throws before any registers. */
  #register(dz: unknown, on: string): void {
    const registrations = this.#lines.map((line) =>
      prepare(line.suite, dz, { on, except: this.#retired(line.step) }),
    );
    for (const register of registrations) register();
  }
}
