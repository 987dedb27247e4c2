/**
 * The figures of the step pages, and the registry that finds them. Each figure is a module
 * of its own in `docs/figures/` whose default export is a {@link Figure}: the step page it
 * belongs to, its name, whether its numbers depend on the machine, and how to draw it. A
 * page asks for a figure by its name with a block marker, `<!-- dezero:memory -->`;
 * nothing else names it (docs/README.md says how to add one).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existingSteps, repoRoot } from './steps.js';

/** The folder of figure modules: one figure each, found by {@link loadFigures}. */
export const figuresDir = join(repoRoot, 'docs', 'figures');

/** What a figure's caption says about when and where it was drawn. */
export interface FigureContext {
  /** `when this README was generated`. */
  readonly when: string;
  /** The Node version and CPU that ran it, `Node v20.20.2 on AMD EPYC 7B13`. */
  readonly machine: string;
}

/** A drawn figure: the SVG file, and the Markdown that shows it. */
export interface RenderedFigure {
  /** The whole SVG document, written to `figures/<name>.svg` beside the page. */
  readonly svg: string;
  /** The image's alt text: what the figure shows, in words and numbers. */
  readonly alt: string;
  /** The paragraph under the figure. A machine-dependent figure names `context.machine`. */
  readonly caption: string;
}

export interface Figure {
  /** The step whose page shows it. */
  readonly step: number;
  /** Its name: the marker `<!-- dezero:<name> -->` and the file `figures/<name>.svg`. */
  readonly name: string;
  /**
   * Whether its numbers depend on the machine (memory, time). The committed copy in the
   * README is then re-measured only by `pnpm readme --measure`, and the docs tests check
   * that it is well-formed rather than equal to a fresh drawing. The site shows the
   * committed drawing.
   */
  readonly machineDependent: boolean;
  /** Draws the figure with the step's real code. */
  render(context: FigureContext): RenderedFigure | Promise<RenderedFigure>;
}

/** Lets a figure module's default export be checked against {@link Figure} where it is written. */
export function defineFigure(figure: Figure): Figure {
  return figure;
}

/** A figure's name: lower case, digits and hyphens, as it appears in a file name. */
const NAME = /^[a-z][a-z0-9-]*$/;

/** The names of the other blocks a page can have, which no figure may take. */
export const RESERVED = [
  ...['demo', 'diff', 'modules', 'snippet', 'output', 'steps', 'figure'],
  ...['suites', 'tests', 'mutation'],
];

let loaded: Promise<Figure[]> | undefined;

/**
 * Every figure in `docs/figures/`, by step and then name. A module that does not export a
 * figure, a name used twice on one page, or a step with no package is an error naming the
 * module.
 */
export function loadFigures(): Promise<Figure[]> {
  loaded ??= importFigures();
  return loaded;
}

/** The figures of one step's page. */
export async function figuresOf(step: number): Promise<Figure[]> {
  return (await loadFigures()).filter((figure) => figure.step === step);
}

async function importFigures(): Promise<Figure[]> {
  const files = readdirSync(figuresDir)
    .filter((file) => file.endsWith('.ts'))
    .sort();
  const figures: Figure[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const where = `docs/figures/${file}`;
    const module = (await import(pathToFileURL(join(figuresDir, file)).href)) as {
      default?: unknown;
    };
    const figure = module.default;
    if (!isFigure(figure)) {
      throw new Error(
        `${where}: the default export must be a figure ({ step, name, machineDependent, render })`,
      );
    }
    if (!NAME.test(figure.name) || RESERVED.includes(figure.name)) {
      throw new Error(
        `${where}: '${figure.name}' cannot name a figure (a-z, 0-9 and -, and not ${RESERVED.join(', ')})`,
      );
    }
    if (!(existingSteps() as number[]).includes(figure.step)) {
      throw new Error(`${where}: there is no package for step ${figure.step}`);
    }
    const key = `${figure.step}/${figure.name}`;
    const other = seen.get(key);
    if (other !== undefined) {
      throw new Error(
        `${where}: step ${figure.step} already has a figure '${figure.name}' (${other})`,
      );
    }
    seen.set(key, where);
    figures.push(figure);
  }
  return figures.sort(
    (a, b) => a.step - b.step || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

function isFigure(value: unknown): value is Figure {
  if (typeof value !== 'object' || value === null) return false;
  const { step, name, machineDependent, render } = value as Record<string, unknown>;
  return (
    typeof step === 'number' &&
    typeof name === 'string' &&
    typeof machineDependent === 'boolean' &&
    typeof render === 'function'
  );
}
