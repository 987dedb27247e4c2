/**
 * The Node side of the playground's browser test: what `pnpm demo N` prints, and what Node
 * prints for a program the test wrote, computed in the same test run (never a committed copy).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@dezero/tools/steps';
import ts from 'typescript';
import { expect } from 'vitest';

const playground = join(repoRoot, 'docs', 'playground');
const scratch = join(repoRoot, 'docs', '.vitest', 'node-runs');

/** The command `pnpm demo` runs (the root package.json's `demo` script), as argv. */
function demoCommand(): string[] {
  const scripts = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).scripts;
  const [node, ...args] = String(scripts.demo).split(' ');
  expect(node).toBe('node');
  return args;
}

/** What `pnpm demo <page>` prints: a step's demo, or the appendix's example. */
export function pnpmDemo(page: string): string {
  return execFileSync(process.execPath, [...demoCommand(), page], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
}

/**
 * What Node prints for `code`, run as `pnpm demo` runs a demo (same flags), from a file in
 * docs/ (whose dependencies are every step), once per program and test run.
 * `plotDotGraph(y, verbose)` prints the DOT text the playground would draw.
 */
export function nodeOutput(code: string): string {
  let output = outputs.get(code);
  if (output === undefined) {
    output = execFileSync(process.execPath, [...demoCommand().slice(0, -1), write(code)], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'], // stderr: in the error a failing program throws
    });
    outputs.set(code, output);
  }
  return output;
}
/** What Node printed for each program this run (a program that threw is run again). */
const outputs = new Map<string, string>();

function write(code: string): string {
  mkdirSync(scratch, { recursive: true });
  const prelude = join(scratch, 'prelude.ts');
  const dot = join(playground, 'src', 'graph', 'dot.ts');
  writeFileSync(
    prelude,
    `import { getDotGraph } from ${JSON.stringify(dot)};\n` +
      '(globalThis as Record<string, unknown>).plotDotGraph = (y: never, verbose = true) =>\n' +
      '  console.log(getDotGraph(y, verbose, { detail: true }));\n',
  );
  const file = join(scratch, `${createHash('sha256').update(code).digest('hex').slice(0, 16)}.ts`);
  writeFileSync(file, `import './prelude.ts';\n${code}`);
  return file;
}

/** The messages TypeScript gives for `code` in Node, with the playground's compiler options. */
export function nodeTypeErrors(code: string): string[] {
  const file = join(scratch, 'typecheck.ts');
  mkdirSync(scratch, { recursive: true });
  writeFileSync(file, code);
  const config = ts.getParsedCommandLineOfConfigFile(
    join(playground, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => expect.fail(String(d.messageText)) },
  );
  const program = ts.createProgram([file], { ...config?.options, noEmit: true });
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}
