/** The table of steps on the overview page: one row per step package that exists. */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { table } from './blocks.js';
import { existingSteps, packageDir, type Step } from './steps.js';
import { stepTitle } from './stepTitle.js';

/** How a row links to its step's page, given the step and the English title. */
export type StepLink = (step: Step, title: string) => string;

/** On the site: typedoc's link to the step's package page. */
export const siteLink: StepLink = (step, title) => `{@link "@dezero/step${step}"! ${title}}`;

/** On GitHub: a relative link from `page` to the step's README. */
export function readmeLink(page: string): StepLink {
  return (step, title) => {
    const target = relative(dirname(page), join(packageDir(step), 'README.md'));
    return `[${title}](${target.split('\\').join('/')})`;
  };
}

/** What a step adds, from its package's description: the part after its last colon. */
function whatItAdds(step: Step): string {
  const { description } = JSON.parse(
    readFileSync(join(packageDir(step), 'package.json'), 'utf8'),
  ) as { description: string };
  return description.split(': ').at(-1) ?? description;
}

/** The table, with each step's title linked by `link`. */
export function stepsTable(link: StepLink): string {
  const rows = existingSteps().map((step) => {
    const { english, korean } = stepTitle(step);
    return [String(step), link(step, english), korean, whatItAdds(step)];
  });
  return table(['Step', 'Page', '한국어판 제목 (Korean edition)', 'What it adds'], rows, ['right']);
}
