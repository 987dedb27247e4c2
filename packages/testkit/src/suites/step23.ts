/**
 * Step 23's behaviour: none new. The book moves step 22's code into a package, unchanged,
 * and imports it by name; its step23.py computes `(x + 3) ** 2` with the package. What a
 * module must still do after the move is checked here; that the move copies nothing is
 * checked by step 23's own test (packages/step23/test/step23.test.ts).
 * @module
 */
import type * as ndarray from '@dezero/ndarray';
import type { NDArray } from '@dezero/ndarray';
import { expect } from 'vitest';
import { defineSuite } from '../suite.js';

/** The operator methods step 22 gives `Variable`, which the book's `setup_variable()` installs. */
const OPERATORS = ['add', 'radd', 'mul', 'rmul', 'neg', 'sub', 'rsub', 'div', 'rdiv', 'pow'];

/** What the step-23 suite needs of a variable. */
export interface Variable23<V> {
  grad: NDArray | null;
  backward(): void;
  add(other: number): V;
  pow(c: number): V;
}

/** The part of a step module the step-23 suite uses; every later step has it too. */
export interface Step23Api<V extends Variable23<V>> {
  np: typeof ndarray;
  Variable: new (data: NDArray) => V;
}

export const suite23 = defineSuite(
  'step 23: packaging',
  <V extends Variable23<V>>(dz: Step23Api<V>) => {
    const { np, Variable } = dz;

    return {
      // Moved here from suite 22, where it stood for the book's next step.
      "the book's step 23: (x + 3) ** 2 at x = 1 is 16, with gradient 8": () => {
        const x = new Variable(np.array(1));
        const y = x.add(3).pow(2);
        y.backward();
        expect(String(y)).toBe('variable(16.0)');
        expect(String(x.grad)).toBe('8.0');
      },

      'importing the module is all it takes: a new Variable has every operator method': () => {
        // The book's __init__.py must run setup_variable() to install the operators on
        // Variable; here they are methods in the class body, so there is nothing to run.
        const x = new Variable(np.array(2)) as unknown as Record<string, unknown>;
        const missing = OPERATORS.filter((name) => typeof x[name] !== 'function');
        expect(missing).toEqual([]);
      },
    };
  },
);
