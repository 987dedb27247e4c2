/**
 * Code on a page that is tested code: a `snippet` block quotes a region of a file that the
 * type checker reads (a package's `examples/`, or docs/examples/), and an `output` block
 * holds what a file printed when run. Any page may have both:
 *
 *     <!-- dezero:snippet examples/noGrad.ts#using -->   the lines between `// #region using`
 *                                                        and `// #endregion using`
 *     <!-- dezero:output examples/noGrad.ts -->          what `node examples/noGrad.ts` printed
 *
 * Paths are relative to the page's folder. Generating either block runs the file, so a file
 * that throws (an `assert` that fails) stops the build and fails the staleness test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { type Block, codeBlock, type Section } from './blocks.js';
import {
  isMeasured,
  keptMeasurement,
  MACHINE,
  machine,
  type PageBuild,
  WHEN,
} from './pageBuild.js';
import { repoRoot } from './steps.js';

/** The `snippet` and `output` sections, which every page can have. */
export function snippetSections(build: PageBuild): Record<string, Section> {
  return {
    snippet: (block) => snippetSection(block, build),
    output: (block) => outputSection(block, build),
  };
}

/** The language of a code block, from the quoted file's extension. */
const LANGUAGES: Readonly<Record<string, string>> = {
  '.ts': 'ts',
  '.mts': 'ts',
  '.js': 'js',
  '.mjs': 'js',
  '.py': 'python',
  '.sh': 'sh',
};

function snippetSection(block: Block, build: PageBuild): string {
  const where = `${relative(repoRoot, build.source)}:${block.line}`;
  if (block.args.length !== 1) {
    throw new Error(
      `${where}: write <!-- dezero:snippet <file>#<region> --> (one file, one region)`,
    );
  }
  const [path, name] = block.args[0].split('#');
  const file = resolveFile(build, path, where);
  const language = LANGUAGES[extname(file)];
  if (language === undefined) throw new Error(`${where}: no language for ${path}`);
  runFile(file);
  return codeBlock(language, region(readFileSync(file, 'utf8'), name, `${where}: ${path}`));
}

function outputSection(block: Block, build: PageBuild): string {
  const where = `${relative(repoRoot, build.source)}:${block.line}`;
  if (block.args.length === 0) throw new Error(`${where}: write <!-- dezero:output <file> -->`);
  const file = resolveFile(build, block.args[0], where);
  if (!isMeasured(block, where, 1)) return codeBlock('text', runFile(file));
  const kept = keptMeasurement(build, block, measuredOutputProblem(block));
  if (kept !== undefined) return kept;
  return measuredOutput(runFile(file, { fresh: true }), machine());
}

/** A measured output block: the output, after a line naming the machine that printed it. */
function measuredOutput(output: string, machineName: string): string {
  return `Printed ${WHEN} (${machineName}):\n\n${codeBlock('text', output)}`;
}

function measuredOutputProblem(block: Block): string | undefined {
  if (block.content === undefined) return 'it has no output yet';
  const match = new RegExp(
    `^Printed .+ \\((${MACHINE.source})\\):\\n\\n(\`{3,})text\\n([\\s\\S]*)\\n\\2$`,
  ).exec(block.content);
  if (match === null) return 'it is not a line naming the machine, then the output';
  return measuredOutput(match[3], match[1]) === block.content
    ? undefined
    : 'its first line is not as `pnpm readme` writes it';
}

function resolveFile(build: PageBuild, path: string | undefined, where: string): string {
  if (path === undefined || path === '') throw new Error(`${where}: the block names no file`);
  const file = join(dirname(build.source), path);
  if (!existsSync(file)) throw new Error(`${where}: ${path} does not exist`);
  return file;
}

/**
 * The lines of `text` between `// #region <name>` and `// #endregion <name>`, without any
 * other region markers, and indented as little as possible; all of it when `name` is
 * `undefined`. `where` names the block in errors.
 */
export function region(text: string, name: string | undefined, where: string): string {
  const lines = text.split('\n');
  let body = lines;
  if (name !== undefined) {
    const marks = (kind: string) =>
      lines.flatMap((line, i) => (line.trim() === `// #${kind} ${name}` ? [i] : []));
    const starts = marks('region');
    const ends = marks('endregion');
    if (starts.length !== 1 || ends.length !== 1 || ends[0] < starts[0]) {
      throw new Error(
        `${where}: needs one '// #region ${name}' and, after it, one '// #endregion ${name}'`,
      );
    }
    body = lines.slice(starts[0] + 1, ends[0]);
  }
  body = body.filter((line) => !/^\s*\/\/ #(end)?region\b/.test(line));
  while (body.length > 0 && body[0].trim() === '') body.shift();
  while (body.length > 0 && body[body.length - 1].trim() === '') body.pop();
  if (body.length === 0) throw new Error(`${where}: the region is empty`);
  const indent = Math.min(
    ...body.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)?.[0].length ?? 0),
  );
  return `${body.map((line) => line.slice(indent)).join('\n')}\n`;
}

const outputs = new Map<string, string>();

/**
 * Runs a TypeScript (or JavaScript) file as `pnpm demo` runs a demo, and returns what it
 * printed; a file that exits non-zero is an error with its stderr. Each file runs once per
 * process unless `fresh` asks for a new run (a measurement).
 */
export function runFile(file: string, { fresh = false } = {}): string {
  const known = outputs.get(file);
  if (known !== undefined && !fresh) return known;
  const { stdout, stderr, status, error } = spawnSync(
    process.execPath,
    ['--conditions=@dezero/source', '--import', 'tsx', '--expose-gc', file],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  if (error !== undefined) throw error;
  if (status !== 0) {
    throw new Error(`${relative(repoRoot, file)} failed (exit ${status}):\n${stderr}`);
  }
  outputs.set(file, stdout);
  return stdout;
}
