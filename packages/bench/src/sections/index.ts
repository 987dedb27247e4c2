/**
 * The sections of `pnpm bench`, in the order they run and print. Each one is a module with
 * a `measure` function that takes the {@link BenchContext} and returns plain data (numbers
 * and strings, ready for JSON); none of them prints.
 *
 * To add a section: write `sections/<name>.ts` with its measure function, list it here
 * under the key its figures should have in the JSON, and give `report/table.ts` a printer
 * for that key (the type checker asks for one). The JSON needs nothing more.
 */
import type { BenchContext } from '../context.js';
import { measureBackwardScaling } from './backward.js';
import { measureElementwise } from './elementwise.js';
import { measureGoldsteinPrice } from './goldsteinPrice.js';
import { measureMemorySaving } from './memorySaving.js';
import { measureNumpy } from './numpy.js';
import { measureScalarOps } from './scalarOps.js';
import { measureWeakrefLoop } from './weakrefLoop.js';

export const SECTIONS = {
  elementwise: measureElementwise,
  scalarOps: measureScalarOps,
  numpy: measureNumpy,
  goldsteinPrice: measureGoldsteinPrice,
  memorySaving: measureMemorySaving,
  weakrefLoop: measureWeakrefLoop,
  backward: measureBackwardScaling,
} satisfies Record<string, (context: BenchContext) => unknown>;

export type SectionName = keyof typeof SECTIONS;

/** What each section measured, by name; a section left out with `--only` is absent. */
export type SectionResults = {
  [K in SectionName]?: Awaited<ReturnType<(typeof SECTIONS)[K]>>;
};

export function isSectionName(name: string): name is SectionName {
  return Object.hasOwn(SECTIONS, name);
}

/** Runs the sections named (all of them by default), one after another, in the listed order. */
export async function measureSections(
  context: BenchContext,
  only: readonly SectionName[] = [],
): Promise<SectionResults> {
  const results: SectionResults = {};
  for (const name of Object.keys(SECTIONS) as SectionName[]) {
    if (only.length > 0 && !only.includes(name)) continue;
    const measure = SECTIONS[name] as (context: BenchContext) => unknown;
    (results as Record<SectionName, unknown>)[name] = await measure(context);
  }
  return results;
}
