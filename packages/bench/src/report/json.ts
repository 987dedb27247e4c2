/** Writes a run's figures as JSON: the same figures the table prints, goals included. */
import { writeFileSync } from 'node:fs';
import type { BenchReport } from './types.js';

export function writeJson(report: BenchReport, file: string): void {
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
