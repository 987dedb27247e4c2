/** A step's title, as the first line of its README gives it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir, type Step } from './steps.js';

export interface StepTitle {
  readonly english: string;
  readonly korean: string;
}

/** A step README's first line: `# Step 18: memory-saving mode — 메모리 절약 모드`. */
const TITLE = /^# Step (\d+): (.+) — (.+)$/;

/** The English and Korean titles of a step, from the first line of its README. */
export function stepTitle(step: Step): StepTitle {
  const readme = join(packageDir(step), 'README.md');
  const firstLine = readFileSync(readme, 'utf8').split('\n', 1)[0];
  const match = TITLE.exec(firstLine);
  if (match === null || Number(match[1]) !== step) {
    throw new Error(
      `${readme}: the first line must read '# Step ${step}: <title> — <한국어 제목>'`,
    );
  }
  return { english: match[2], korean: match[3] };
}
