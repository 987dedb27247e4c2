/**
 * The API only grows: the type checker's proof that each step's module can stand in for
 * the step before it, in one place. (The suites are typed structurally, each against the
 * small API it uses, so they prove nothing about the whole module; each step's test file
 * checks at run time that every exported name is kept.)
 *
 * A later step's classes are its own, so `square(x: Variable16)` cannot stand in for
 * `square(x: Variable15)` under `strictFunctionTypes` (parameters are contravariant),
 * though every step-16 Variable is a step-15 Variable and more. {@link StandsIn} compares
 * function parameters the other way too — bivariantly, as TypeScript compares methods.
 */
import type * as step15 from '@dezero/step15';
import type * as step16 from '@dezero/step16';
import type * as step17 from '@dezero/step17';
import type * as step18 from '@dezero/step18';
import type * as step19 from '@dezero/step19';
import type * as step20 from '@dezero/step20';
import type * as step21 from '@dezero/step21';
import type * as step22 from '@dezero/step22';
import type * as step23 from '@dezero/step23';
import type * as step24 from '@dezero/step24';
import { expectTypeOf, it } from 'vitest';

/** A function type whose parameters are compared bivariantly, as a method's are. */
type Bivariant<F> = F extends (...args: infer Args) => infer Result
  ? { method(...args: Args): Result }['method']
  : F;

/** What a later module must be to stand in for `Module`: every export, functions bivariant. */
type StandsIn<Module> = { [Name in keyof Module]: Bivariant<Module[Name]> };

it('each step can stand in for the step before, except where the book changes a type', () => {
  expectTypeOf<typeof step16>().toExtend<StandsIn<typeof step15>>();

  // Step 17 changes `Function.outputs` from `Variable[]` to `WeakRef<Variable>[]`, as the
  // book does: a step-17 function is not a step-16 function, and so no class or function
  // that mentions one can be proven to stand in. The suites prove the behaviour instead.
  // @ts-expect-error the book's weak references change the type of Function.outputs
  expectTypeOf<typeof step17>().toExtend<StandsIn<typeof step16>>();

  expectTypeOf<typeof step18>().toExtend<StandsIn<typeof step17>>();
  expectTypeOf<typeof step19>().toExtend<StandsIn<typeof step18>>();
  expectTypeOf<typeof step20>().toExtend<StandsIn<typeof step19>>();

  // Step 21 has `Function.call` take `Variable | NDArray | number` of its own step. A
  // step-20 Variable is not a step-21 operand (it lacks radd and rmul), and a number is not
  // a step-20 Variable, so neither `call` can stand for the other, even bivariantly.
  // @ts-expect-error the book's as_variable changes the parameter type of Function.call
  expectTypeOf<typeof step21>().toExtend<StandsIn<typeof step20>>();

  expectTypeOf<typeof step22>().toExtend<StandsIn<typeof step21>>();
  expectTypeOf<typeof step23>().toExtend<StandsIn<typeof step22>>();
  expectTypeOf<typeof step24>().toExtend<StandsIn<typeof step23>>();
});
