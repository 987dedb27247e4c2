/**
 * What the site says of each step: its titles, the page of its whole code (the dynamic route
 * docs/code/[step].md, shown at /steps/NN/code), and the packages with an API page.
 */
import { effectiveSource } from '@dezero/tools/effectiveSource';
import { diffSteps } from '@dezero/tools/stepDiff';
import { existingSteps, type Step } from '@dezero/tools/steps';
import { stepTitle } from '@dezero/tools/stepTitle';

/** The packages with an API page (scripts/api.ts writes them): `ndarray`, `step15`, … */
export function apiPackages(): string[] {
  return ['ndarray', ...existingSteps().map((step) => `step${step}`)];
}

/** A step's title as the sidebar and the browser's tab show it: `Memory-saving mode`. */
export function shortTitle(step: Step): string {
  const { english } = stepTitle(step);
  return english.charAt(0).toUpperCase() + english.slice(1);
}

/** The tab title of a step's page: `Step 18 · Memory-saving mode`. */
export function tabTitle(step: Step): string {
  return `Step ${step} · ${shortTitle(step)}`;
}

/** The lines of `text` that the step itself wrote: 1-based, in ranges as VitePress takes them. */
function changedLines(step: Step, path: string): string {
  const before = existingSteps()
    .filter((s) => s < step)
    .at(-1);
  if (before === undefined) return '';
  const diff = diffSteps(before, step).find((d) => d.after?.path === path);
  if (diff === undefined) return '';
  const lines: number[] = [];
  for (const hunk of diff.patch.hunks) {
    let line = hunk.newStart;
    for (const text of hunk.lines) {
      if (text.startsWith('+')) lines.push(line);
      if (!text.startsWith('-')) line++;
    }
  }
  const ranges: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === (lines[j] ?? 0) + 1) j++;
    ranges.push(i === j ? `${lines[i]}` : `${lines[i]}-${lines[j]}`);
    i = j + 1;
  }
  return ranges.join(',');
}

/**
 * The whole code of a step as it stands after it (its effective source): every module, its
 * own or inherited, with the lines this step added or changed highlighted.
 */
export function codePage(step: Step): string {
  const previous = existingSteps()
    .filter((s) => s < step)
    .at(-1);
  const files = [...effectiveSource(step, 'src').entries()];
  const before = previous === undefined ? undefined : effectiveSource(previous, 'src');
  const own = files.filter(([, file]) => file.home === step).length;
  const parts = [
    `# Step ${step}: the whole code`,
    '',
    `The source of \`@dezero/step${step}\` as it stands after [step ${step}](/steps/${step}): ` +
      `${files.length} modules, ${own} of them the step's own` +
      (previous === undefined
        ? '.'
        : `, the rest inherited from the steps before it. Highlighted lines are new or changed since step ${previous} (the same lines as the page's diff).`),
  ];
  for (const [role, file] of files) {
    const highlighted = file.home === step ? changedLines(step, file.path) : '';
    const origin =
      file.home !== step
        ? `inherited from [step ${file.home}](/steps/${file.home}), re-exported unchanged`
        : before === undefined
          ? `step ${step}'s own`
          : before.has(role)
            ? `step ${step}'s own copy`
            : `new in step ${step}`;
    const fence = '`'.repeat(
      Math.max(3, ...[...file.text.matchAll(/`+/g)].map((m) => m[0].length + 1)),
    );
    parts.push(
      '',
      `## ${file.name}`,
      '',
      `\`${file.path}\`, ${origin}.`,
      '',
      `${fence}ts:line-numbers${highlighted === '' ? '' : ` {${highlighted}}`}`,
      file.text.trimEnd(),
      fence,
    );
  }
  return `${parts.join('\n')}\n`;
}
