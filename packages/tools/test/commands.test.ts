/**
 * The commands the READMEs and pages tell a reader to type cannot rot: every `pnpm …` line
 * of a shell block, and every `pnpm …` in inline code, names a real script of the root
 * package.json (or of the package `--filter` names), and `pnpm demo N` / `pnpm diff A B` name
 * steps that exist, with options the tools accept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlocks } from '../src/blocks.js';
import { committedPages, shortName } from '../src/committedPages.js';
import { existingSteps, repoRoot } from '../src/steps.js';

interface Manifest {
  readonly name: string;
  readonly scripts?: Readonly<Record<string, string>>;
}

const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

const root = readManifest(repoRoot);
const workspace = new Map(
  [
    join(repoRoot, 'docs'),
    ...readdirSync(join(repoRoot, 'packages')).map((dir) => join(repoRoot, 'packages', dir)),
  ].map((dir) => {
    const manifest = readManifest(dir);
    return [manifest.name, manifest] as const;
  }),
);

/** pnpm's own commands that a page may use. */
const BUILT_IN = new Set(['install', 'i', 'add', 'exec', 'dlx', 'why', 'list', 'outdated']);

/** The options each root script's tool accepts (those not listed take none we check). */
const OPTIONS: Readonly<Record<string, readonly string[]>> = {
  diff: ['--stat', '--tests'],
  mutate: ['--force', '--check'],
  'new-step': ['--title', '--korean', '--adds', '--root'],
  readme: ['--measure', '--check'],
  start: ['--port'],
};

/**
 * What is wrong with one `pnpm …` command, or `undefined`. In inline code (`strict` off),
 * words that are not numbers stand for steps (`pnpm diff A B`), missing ones are fine, and
 * `pnpm …` or `pnpm <script>` stands for any command.
 */
function commandProblem(command: string, strict: boolean): string | undefined {
  const words = command.split(/\s+/).filter((word) => word !== '');
  while (/^[A-Z_]+=/.test(words[0] ?? '')) words.shift(); // PORT=4000 pnpm start
  if (words.shift() !== 'pnpm') return undefined;
  let filter: string | undefined;
  while (words[0]?.startsWith('-')) {
    const flag = words.shift();
    if (flag === '--filter' || flag === '-F') filter = words.shift();
    else if (flag !== '--silent' && flag !== '-s') return `unknown pnpm option '${flag}'`;
  }
  if (words[0] === 'run') words.shift();
  const script = words.shift();
  if (script === undefined) return 'no command';
  if (!strict && /^(…|\.\.\.|<.+>)$/.test(script)) return undefined; // `pnpm …`, `pnpm <script>`
  if (filter !== undefined) {
    const manifest = workspace.get(filter);
    if (manifest === undefined) return `no workspace package '${filter}'`;
    return manifest.scripts?.[script] === undefined
      ? `${filter} has no script '${script}'`
      : undefined;
  }
  if (root.scripts?.[script] === undefined) {
    return BUILT_IN.has(script) ? undefined : `the root package.json has no script '${script}'`;
  }
  const options = words.filter((word) => word.startsWith('-'));
  const unknown = options.find((option) => !(OPTIONS[script] ?? []).includes(option));
  if (options.length > 0 && unknown !== undefined && script in OPTIONS) {
    return `pnpm ${script} has no option '${unknown}'`;
  }
  const positionals = words.filter((word, i) => !word.startsWith('-') && words[i - 1] !== '--port');
  const steps = existingSteps().map(String);
  const badStep = positionals.find(
    (word) => (strict || /^\d+$/.test(word)) && !steps.includes(word),
  );
  if (script === 'demo' || script === 'diff') {
    const wanted = script === 'demo' ? 1 : 2;
    if (badStep !== undefined) return `there is no step '${badStep}'`;
    if (strict && positionals.length !== wanted) {
      return `pnpm ${script} takes ${wanted} step(s), not ${positionals.length}`;
    }
    if (script === 'diff' && positionals.length === 2 && positionals[0] === positionals[1]) {
      return 'pnpm diff needs two different steps';
    }
  }
  return undefined;
}

/** The commands of a shell line: split at `&&`, `||`, `;` and `|`, without a trailing comment. */
function commandsOf(line: string): string[] {
  return line
    .replace(/(^|\s)#.*$/, '')
    .split(/&&|\|\||;|\|/)
    .map((command) => command.trim())
    .filter((command) => command !== '');
}

/** Inline code spans outside fenced blocks. */
function inlineCode(markdown: string): string[] {
  const outside = markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\1[`~]*[ \t]*$/gm, '');
  return [...outside.matchAll(/(?<!`)`([^`\n]+)`(?!`)/g)].map((match) => match[1]);
}

const SHELL = new Set(['sh', 'bash', 'shell', 'console']);

describe('every pnpm command on a page is real', () => {
  for (const page of committedPages()) {
    const markdown = readFileSync(page.path, 'utf8');
    const shell = codeBlocks(markdown)
      .filter((block) => SHELL.has(block.language))
      .flatMap((block) => block.code.split('\n').flatMap(commandsOf));
    const inline = inlineCode(markdown).filter((code) => code.startsWith('pnpm '));
    if (shell.length + inline.length === 0) continue;

    it(`${shortName(page)}: ${shell.length} in shell blocks, ${inline.length} inline`, () => {
      const problems = [
        ...shell.map((command) => [command, commandProblem(command, true)] as const),
        ...inline.map((command) => [command, commandProblem(command, false)] as const),
      ].flatMap(([command, problem]) => (problem === undefined ? [] : [`${command}: ${problem}`]));
      expect(problems).toEqual([]);
    });
  }
});

describe('the check itself', () => {
  it('accepts the commands the pages use', () => {
    for (const command of [
      'pnpm install',
      'pnpm test',
      'pnpm run docs',
      'pnpm demo 18',
      'pnpm diff 17 18 --stat',
      'pnpm --filter @dezero/step18 test',
      'PORT=4000 pnpm start --port 4000',
    ]) {
      expect(commandProblem(command, true), command).toBeUndefined();
    }
  });

  it('names what is wrong with a command that has rotted', () => {
    expect(commandProblem('pnpm demo 14', true)).toBe("there is no step '14'");
    expect(commandProblem('pnpm diff 17', true)).toBe('pnpm diff takes 2 step(s), not 1');
    expect(commandProblem('pnpm diff 17 17', true)).toBe('pnpm diff needs two different steps');
    expect(commandProblem('pnpm diff 17 18 --color', true)).toBe(
      "pnpm diff has no option '--color'",
    );
    expect(commandProblem('pnpm --filter @dezero/step99 test', true)).toBe(
      "no workspace package '@dezero/step99'",
    );
    expect(commandProblem('pnpm --filter @dezero/step18 bench', true)).toBe(
      "@dezero/step18 has no script 'bench'",
    );
    expect(commandProblem('pnpm serve', true)).toBe("the root package.json has no script 'serve'");
  });

  it('in inline code, words that are not numbers stand for steps', () => {
    expect(commandProblem('pnpm diff A B', false)).toBeUndefined();
    expect(commandProblem('pnpm diff', false)).toBeUndefined();
    expect(commandProblem('pnpm …', false)).toBeUndefined();
    expect(commandProblem('pnpm …', true)).toBe("the root package.json has no script '…'");
    expect(commandProblem('pnpm demo 14', false)).toBe("there is no step '14'");
  });

  it('splits a shell line into its commands and drops the comment', () => {
    expect(commandsOf('corepack enable && pnpm install && pnpm test   # every test')).toEqual([
      'corepack enable',
      'pnpm install',
      'pnpm test',
    ]);
  });
});
