/**
 * One generation of a page's blocks by `pnpm readme`: the committed file, read on GitHub and
 * shown as it is by the site, where measurements are kept until asked for again.
 */
import { cpus } from 'node:os';
import type { Block } from './blocks.js';

/**
 * When to measure a block whose numbers depend on the machine (a memory figure, a demo that
 * prints memory): `always` (the site; `pnpm readme --measure`), `if-missing` (`pnpm readme`:
 * keep a well-formed committed measurement), or `never` (the staleness check).
 */
export type Measure = 'always' | 'if-missing' | 'never';

export interface PageBuild {
  readonly measure: Measure;
  /** The page's source file: paths in its markers are relative to its folder. */
  readonly source: string;
  /** The folder the page is written to: its figures go to `figures/` there. */
  readonly outDir: string;
  /** Files the page links to, to write beside it: absolute path → content. */
  readonly files: Map<string, string>;
}

/** How a caption or a demo says when it ran: `What it printed when this README was generated`. */
export const WHEN = 'when this README was generated';

/** The Node version and CPU model measuring now: `Node v20.20.2 on AMD EPYC 7B13`. */
export function machine(): string {
  const cpu = cpus()[0]?.model.replace(/\s+/g, ' ').trim();
  return `Node ${process.version} on ${cpu || `an unknown ${process.arch} CPU`}`;
}

/** How a measured block names its machine: `Node v20.20.2 on …`, as {@link machine} writes it. */
export const MACHINE = /Node v\d+\.\d+\.\d+ on \S[^\n]*/;

/** The staleness check met a measured block that would have to be measured again. */
export class MeasurementNeeded extends Error {}

/**
 * For a block whose numbers depend on the machine: its committed text, when this build keeps
 * it, or `undefined` when it must be measured now. `problem` says what is wrong with the
 * committed block, or is `undefined` when it is well-formed and current.
 */
export function keptMeasurement(
  build: PageBuild,
  block: Block,
  problem: string | undefined,
): string | undefined {
  if (build.measure === 'always') return undefined;
  if (problem === undefined) return block.content;
  if (build.measure === 'never') throw new MeasurementNeeded(problem);
  return undefined;
}

/**
 * Whether a demo or output block is marked `measured` (its output depends on the machine),
 * the one option they may have after their `positional` arguments. `where` names the block.
 */
export function isMeasured(block: Block, where: string, positional = 0): boolean {
  const options = block.args.slice(positional);
  const unknown = options.filter((option) => option !== 'measured');
  if (unknown.length > 0) {
    throw new Error(
      `${where}: unknown option '${unknown[0]}' in <!-- dezero:${block.marker} --> (the one option is 'measured')`,
    );
  }
  return options.includes('measured');
}

/** What is wrong with an SVG document, or `undefined` when it looks well-formed. */
export function svgProblem(svg: string): string | undefined {
  if (!/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(svg)) {
    return 'it does not start with an <svg xmlns="http://www.w3.org/2000/svg"> element';
  }
  if (!/<title>[^<]+<\/title>/.test(svg)) return 'it has no <title>';
  if (!svg.endsWith('</svg>\n')) return 'it does not end with </svg>';
  const open: string[] = [];
  for (const [tag, closing, name, selfClosing] of svg.matchAll(
    /<(\/?)([A-Za-z][\w:-]*)[^>]*?(\/?)>/g,
  )) {
    if (selfClosing === '/') continue;
    if (closing === '') {
      open.push(name);
      continue;
    }
    const expected = open.pop();
    if (expected !== name) {
      return expected === undefined
        ? `${tag} closes nothing`
        : `${tag} where </${expected}> was expected`;
    }
  }
  return open.length === 0 ? undefined : `<${open.at(-1)}> is never closed`;
}
