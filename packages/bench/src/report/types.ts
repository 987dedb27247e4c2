import type { GoalRow } from '../goals.js';
import type { SectionResults } from '../sections/index.js';

/** Everything one run of `pnpm bench` found: what the JSON holds and the table prints. */
export type BenchReport = {
  date: string;
  node: string;
  quick: boolean;
  /** The goals, each with what it is for (`GoalRow.purpose`), checked against this run's figures. */
  goals: GoalRow[];
} & SectionResults;
