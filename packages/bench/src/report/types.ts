import type { GoalRow } from '../goals.js';
import type { SectionResults } from '../sections/index.js';

/** Everything one run of `pnpm bench` found: what the JSON holds and the table prints. */
export type BenchReport = {
  date: string;
  node: string;
  quick: boolean;
  /** Issue 10's goals, checked against this run's figures. */
  goals: GoalRow[];
} & SectionResults;
