/**
 * A step's page on the docs site: its README.md, with the generated sections filled in —
 * the demo and what it printed, the diff from the step before, where each module lives,
 * and the figures. Written to `packages/stepNN/docs/page/`, which the package's typedoc
 * config takes as its readme.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as step15 from '@dezero/step15';
import * as step16 from '@dezero/step16';
import { effectiveSource, type SourceFile } from './effectiveSource.js';
import { graphSvg, traceExample } from './figures/graph.js';
import {
  type Measurement,
  measureMemorySaving,
  measureWeakOutputs,
  megabytes,
  memorySvg,
} from './figures/memory.js';
import { codeBlock, fillSections, type Section } from './sections.js';
import { diffSteps, renderDiff, renderStat } from './stepDiff.js';
import { demoFile, existingSteps, packageDir, repoRoot, type Step } from './steps.js';

/** Where a step package's generated page goes; typedoc's output goes beside it. */
function pageDir(step: Step): string {
  return join(packageDir(step), 'docs', 'page');
}

/** The step before `step` in the lineage, or `undefined` for the first. */
function previousStep(step: Step): Step | undefined {
  return existingSteps()
    .filter((s) => s < step)
    .at(-1);
}

/** Writes the step's page and its figures, replacing any earlier build of them. */
export async function writeStepPage(step: Step): Promise<void> {
  const dir = pageDir(step);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const source = join(packageDir(step), 'README.md');
  const page = await fillSections(source, readFileSync(source, 'utf8'), sectionsOf(step, dir));
  writeFileSync(join(dir, 'README.md'), page);
}

/** The sections a step page can ask for. */
function sectionsOf(step: Step, dir: string): Record<string, Section> {
  return {
    modules: () => modulesSection(step),
    demo: () => demoSection(step),
    diff: () => diffSection(step),
    graph: () => graphSection(step, dir),
    memory: () => memorySection(step, dir),
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
    return `| \`${role.replace(/^src\//, '')}\` | ${origin} |`;
  });
  return ['| Module (`src/`) | Where it comes from |', '| --- | --- |', ...rows].join('\n');
}

/** The demo program, and what it printed when the page was built. */
function demoSection(step: Step): string {
  const { stdout, status, stderr } = spawnSync('pnpm', ['--silent', 'demo', String(step)], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (status !== 0) {
    throw new Error(`pnpm demo ${step} failed (exit ${status}):\n${stderr}`);
  }
  return [
    `\`examples/step${step}.ts\`, which \`pnpm demo ${step}\` runs:`,
    '',
    codeBlock('ts', readFileSync(demoFile(step), 'utf8')),
    '',
    'What it printed when this page was built:',
    '',
    codeBlock('text', stdout),
  ].join('\n');
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

/** The step 15/16 example graph, run through the step's own code. */
function graphSection(step: Step, dir: string): string {
  if (step !== 15 && step !== 16) throw new Error('the graph figure is for steps 15 and 16');
  const trace = step === 15 ? traceExample(step15) : traceExample(step16);
  const x = trace.variables.find((v) => v.name === 'x');
  const title = `y = add(square(a), square(a)) with a = square(x), as step ${step}'s backward() walks it`;
  writeFileSync(join(dir, 'graph.svg'), graphSvg(trace, title));
  const order = trace.order.map((f) => `${f.name} → ${f.outputs.join(', ')}`).join('; ');
  return [
    `![${title}](graph.svg)`,
    '',
    `Drawn from step ${step}'s own code, run when this page was built: \`backward()\` took ` +
      `the functions in the order ${order}, and \`x.grad\` came out \`${x?.grad}\`.`,
  ].join('\n');
}

/** The step 17/18 memory chart, measured when the page was built. */
async function memorySection(step: Step, dir: string): Promise<string> {
  let measurements: Measurement[];
  let title: string;
  if (step === 17) {
    measurements = await measureWeakOutputs();
    title = 'Array memory still reachable, y = square(x) over 8 MB';
  } else if (step === 18) {
    measurements = await measureMemorySaving();
    title = 'Array memory held, y = square(square(square(x))) over 8 MB';
  } else {
    throw new Error('the memory figure is for steps 17 and 18');
  }
  writeFileSync(join(dir, 'memory.svg'), memorySvg(measurements, title));
  const values = measurements.map((m) => `${m.label}: ${megabytes(m.bytes)}`).join('; ');
  return [
    `![${title}. ${values}.](memory.svg)`,
    '',
    `Measured with step ${step}'s code when this page was built (Node ${process.version}): ` +
      'the bytes of array data still reachable after a forced garbage collection ' +
      '(`node --expose-gc`).',
  ].join('\n');
}
