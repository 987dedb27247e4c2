/**
 * The generated blocks of a step's README.md — the demo and what it printed, the diff from
 * the step before, where each module comes from, the figures, and any snippets. The committed
 * README holds them between markers (`pnpm readme` writes them), and the site shows that
 * README as it is: the step's page on GitHub and on the site is one file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Block, codeBlock, type Section, table } from './blocks.js';
import { effectiveSource, type SourceFile } from './effectiveSource.js';
import { type Figure, figuresOf } from './figures.js';
import {
  isMeasured,
  keptMeasurement,
  MACHINE,
  machine,
  type PageBuild,
  svgProblem,
  WHEN,
} from './pageBuild.js';
import { runFile, snippetSections } from './snippetBlocks.js';
import { diffSteps, renderDiff, renderStat } from './stepDiff.js';
import { demoFile, existingSteps, packageDir, repoRoot, type Step } from './steps.js';

/** A step's README. */
export function readmeOf(step: Step): string {
  return join(packageDir(step), 'README.md');
}

/** The step before `step` in the lineage, or `undefined` for the first. */
function previousStep(step: Step): Step | undefined {
  return existingSteps()
    .filter((s) => s < step)
    .at(-1);
}

/**
 * The sections a step page can have: its own, one per figure of the step (named as the
 * figure is), and the snippets any page can have.
 */
export async function stepSections(step: Step, build: PageBuild): Promise<Record<string, Section>> {
  const figures = Object.fromEntries(
    (await figuresOf(step)).map((figure): [string, Section] => [
      figure.name,
      (block) => figureSection(figure, block, build),
    ]),
  );
  return {
    ...snippetSections(build),
    modules: () => modulesSection(step),
    demo: (block) => demoSection(step, block, build),
    diff: () => diffSection(step),
    ...figures,
  };
}

/** Where each of the step's modules lives: its own copy, or inherited from an earlier step. */
function modulesSection(step: Step): string {
  const before = previousStep(step);
  const previous =
    before === undefined ? new Map<string, SourceFile>() : effectiveSource(before, 'src');
  const rows = [...effectiveSource(step, 'src')].map(([role, file]) => {
    const earlier = previous.get(role);
    let origin: string;
    if (file.home !== step) {
      origin = `inherited: re-exported from \`@dezero/step${file.home}\``;
    } else if (earlier === undefined) {
      origin = before === undefined ? 'own' : 'new in this step';
    } else if (earlier.text === file.text) {
      origin = `own copy, the same as step ${earlier.home}'s`;
    } else {
      origin = `own copy, changed from step ${earlier.home}'s`;
    }
    return [`\`${role.replace(/^src\//, '')}\``, origin];
  });
  return [
    table(['Module (`src/`)', 'Where it comes from'], rows),
    '',
    `[The whole code](src/) of step ${step}: on the site, every module as it stands after this step, with the lines it changed marked (on GitHub, the step's own modules). [Its API](src/index.ts): every name it exports, each re-exported name linked to the step that defines it.`,
  ].join('\n');
}

/**
 * The demo program, and what it printed. `<!-- dezero:demo measured -->` marks a demo whose
 * output depends on the machine (it prints memory): its output then names the machine, and
 * a README keeps it until `pnpm readme --measure`.
 */
function demoSection(step: Step, block: Block, build: PageBuild): string {
  const measured = isMeasured(block, `${relative(repoRoot, build.source)}:${block.line}`);
  if (!measured) return demoText(step, runDemo(step), WHEN);
  const kept = keptMeasurement(build, block, measuredDemoProblem(step, block));
  if (kept !== undefined) return kept;
  return demoText(step, runDemo(step), `${WHEN} (${machine()})`);
}

/** The demo block: the program, then what it printed `printed` (`when this page was built`). */
function demoText(step: Step, output: string, printed: string): string {
  return [
    `\`examples/step${step}.ts\`, which \`pnpm demo ${step}\` runs:`,
    '',
    codeBlock('ts', readFileSync(demoFile(step), 'utf8')),
    '',
    `What it printed ${printed}:`,
    '',
    codeBlock('text', output),
  ].join('\n');
}

/** What is wrong with a committed measured demo block, or `undefined` if it is current. */
function measuredDemoProblem(step: Step, block: Block): string | undefined {
  if (block.content === undefined) return 'it has no output yet';
  const match = new RegExp(
    `\\nWhat it printed .+ \\((${MACHINE.source})\\):\\n\\n(\`{3,})text\\n([\\s\\S]*)\\n\\2$`,
  ).exec(block.content);
  if (match === null) return 'it does not end with the output and the machine that printed it';
  const expected = demoText(step, match[3], `${WHEN} (${match[1]})`);
  return expected === block.content
    ? undefined
    : `its program is not examples/step${step}.ts as it is now`;
}

/** Runs the demo as `pnpm demo N` does (the same file, the same flags) and returns its output. */
function runDemo(step: Step): string {
  return runFile(demoFile(step), { fresh: true });
}

/** The diff from the step before, as `pnpm diff` prints it. */
function diffSection(step: Step): string {
  const before = previousStep(step);
  if (before === undefined) throw new Error(`step ${step} is the first step: it has no diff`);
  const diffs = diffSteps(before, step);
  const plain = { color: false };
  return [
    `\`pnpm diff ${before} ${step} --stat\`:`,
    '',
    codeBlock('text', renderStat(diffs, plain)),
    '',
    `\`pnpm diff ${before} ${step}\`:`,
    '',
    codeBlock('diff', renderDiff(diffs, plain)),
  ].join('\n');
}

/**
 * A figure of the step's page, asked for by its name, `<!-- dezero:memory -->`: its module in
 * docs/figures/ draws it into `figures/<name>.svg` beside the page, and the block shows it
 * with its caption.
 */
async function figureSection(figure: Figure, block: Block, build: PageBuild): Promise<string> {
  if (block.args.length > 0) {
    throw new Error(
      `${relative(repoRoot, build.source)}:${block.line}: a figure takes no options (<!-- dezero:${figure.name} -->)`,
    );
  }
  const link = `figures/${figure.name}.svg`;
  const file = join(build.outDir, link);
  if (figure.machineDependent) {
    const kept = keptMeasurement(build, block, measuredFigureProblem(block, link, file));
    if (kept !== undefined) return kept;
  }
  const { svg, alt, caption } = await figure.render({ when: WHEN, machine: machine() });
  build.files.set(file, svg);
  return `![${alt}](${link})\n\n${caption}`;
}

/** What is wrong with a committed measured figure and its block, or `undefined`. */
function measuredFigureProblem(block: Block, link: string, file: string): string | undefined {
  if (block.content === undefined) return 'it has not been drawn yet';
  const [image, ...caption] = block.content.split('\n\n');
  if (!/^!\[[^\]\n]+\]\(([^)]+)\)$/.test(image) || !image.endsWith(`](${link})`)) {
    return `it does not start with an image of ${link} with alt text`;
  }
  if (!MACHINE.test(caption.join('\n\n'))) {
    return "its caption does not name the machine ('Node vX.Y.Z on <CPU>')";
  }
  if (!existsSync(file)) return `${link} is missing`;
  const problem = svgProblem(readFileSync(file, 'utf8'));
  return problem === undefined ? undefined : `${link} is not a well-formed SVG: ${problem}`;
}
