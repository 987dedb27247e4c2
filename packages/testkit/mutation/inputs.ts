/**
 * What a package's mutation results depend on, file by file, so that `pnpm mutate` can tell
 * which results still hold after a change.
 *
 * StrykerJS's incremental mode keeps a mutant's result while the code around the mutant is
 * unchanged and the test that killed it is unchanged; it sees a test change only in the
 * package's own test files. A step's tests are written in `@dezero/testkit` (a suite file,
 * and the helpers it imports), and ndarray's in test files that import helpers and read
 * fixtures, all out of its sight. So here each test is traced to the files that define it:
 * the file that registers it, the testkit file whose string literal is its name, and every
 * file those import, followed through relative imports and into workspace packages that are
 * not themselves under test (testkit), but not into the code under test.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** A file's content, as the first 16 hex digits of its SHA-256. */
export function hashFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
}

/** The files `pnpm mutate` can run on: each package with a `mutate` script. */
export interface WorkspacePackage {
  /** `@dezero/ndarray` */
  name: string;
  /** Absolute path of the package's folder. */
  dir: string;
  /** Its `exports`, as package.json writes them. */
  exports: unknown;
  /** Whether the package is mutation-tested (it has a `mutate` script). */
  underTest: boolean;
}

/** Every package in `<root>/packages`, by name. */
export function workspacePackages(root: string): Map<string, WorkspacePackage> {
  const packages = new Map<string, WorkspacePackage>();
  for (const manifest of globSync('packages/*/package.json', { cwd: root })) {
    const json = JSON.parse(readFileSync(join(root, manifest), 'utf8')) as {
      name: string;
      exports?: unknown;
      scripts?: Record<string, string>;
    };
    packages.set(json.name, {
      name: json.name,
      dir: join(root, dirname(manifest)),
      exports: json.exports,
      underTest: json.scripts?.['mutate'] !== undefined,
    });
  }
  return packages;
}

/** The file an export target names under the `@dezero/source` condition, if any. */
function exportTarget(exports: unknown, subpath: string): string | undefined {
  const entry =
    typeof exports === 'string' && subpath === '.'
      ? exports
      : (exports as Record<string, unknown> | undefined)?.[subpath];
  if (typeof entry === 'string') return entry;
  const conditions = entry as Record<string, unknown> | undefined;
  for (const condition of ['@dezero/source', 'import', 'default']) {
    if (typeof conditions?.[condition] === 'string') return conditions[condition] as string;
  }
  return undefined;
}

const CODE = /\.[cm]?[jt]sx?$/;

/**
 * The import graph of a repository's test code, read with TypeScript's own pre-processor
 * and parser (imports and exports `from`, `import()` with a literal, and every string
 * literal of a file).
 */
export class InputGraph {
  readonly #packages: Map<string, WorkspacePackage>;
  readonly #imports = new Map<string, string[]>();
  readonly #literals = new Map<string, Set<string>>();
  readonly #closures = new Map<string, Set<string>>();

  constructor(packages: Map<string, WorkspacePackage>) {
    this.#packages = packages;
  }

  /** The files `file` imports directly that are test code: resolved, existing, not under test. */
  imports(file: string): string[] {
    let found = this.#imports.get(file);
    if (found === undefined) {
      found = [];
      if (CODE.test(file)) {
        const text = readFileSync(file, 'utf8');
        for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
          const target = this.#resolve(fileName, file);
          if (target !== undefined) found.push(target);
        }
      }
      this.#imports.set(file, found);
    }
    return found;
  }

  /** `file` and everything it imports, transitively. */
  closure(file: string): Set<string> {
    let closure = this.#closures.get(file);
    if (closure === undefined) {
      closure = new Set();
      const pending = [file];
      for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        if (closure.has(next)) continue;
        closure.add(next);
        pending.push(...this.imports(next));
      }
      this.#closures.set(file, closure);
    }
    return closure;
  }

  /** The value of every string literal in `file` (template literals without `${}` too). */
  literals(file: string): Set<string> {
    let literals = this.#literals.get(file);
    if (literals === undefined) {
      literals = new Set();
      if (CODE.test(file)) {
        const source = ts.createSourceFile(
          file,
          readFileSync(file, 'utf8'),
          ts.ScriptTarget.Latest,
        );
        const visit = (node: ts.Node): void => {
          if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
            literals?.add(node.text);
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
      this.#literals.set(file, literals);
    }
    return literals;
  }

  /** Whether `file` is code under test: in the `src/` of a package with mutants. */
  #underTest(file: string): boolean {
    return [...this.#packages.values()].some(
      ({ dir, underTest }) => underTest && !relative(join(dir, 'src'), file).startsWith('..'),
    );
  }

  #resolve(specifier: string, from: string): string | undefined {
    if (specifier.startsWith('.')) {
      const base = resolve(dirname(from), specifier);
      const candidates = [base, base.replace(/\.([cm]?)js$/, '.$1ts'), `${base}.ts`];
      candidates.push(join(base, 'index.ts'));
      const found = candidates.find((path) => existsSync(path) && statSync(path).isFile());
      return found === undefined || this.#underTest(found) ? undefined : found;
    }
    // A workspace package: followed unless it is code under test (its own mutants).
    const [scope = '', name = '', ...rest] = specifier.split('/');
    const workspace = this.#packages.get(`${scope}/${name}`);
    if (workspace === undefined || workspace.underTest) return undefined;
    const target = exportTarget(workspace.exports, rest.length === 0 ? '.' : `./${rest.join('/')}`);
    return target === undefined ? undefined : join(workspace.dir, target);
  }
}

/**
 * The files a test's result depends on. `testFile` registered it; `name` is its full name
 * as vitest gives it (`describe > … > test`). The files that define it are those reachable
 * from `testFile` with a string literal equal to the name or to its last parts (`test`,
 * `describe > test`, …); when none has one (a name built at run time), `testFile` stands
 * for them. The result is `testFile`, `data` and every file the defining files import.
 */
export function testDependencies(
  graph: InputGraph,
  testFile: string,
  name: string,
  data: readonly string[] = [],
): Set<string> {
  const tails = [name];
  for (let at = name.indexOf(' > '); at !== -1; at = name.indexOf(' > ', at + 1)) {
    tails.push(name.slice(at + 3));
  }
  const reachable = [...graph.closure(testFile)];
  const definers = reachable.filter((file) => tails.some((tail) => graph.literals(file).has(tail)));
  const dependencies = new Set([testFile, ...data]);
  for (const definer of definers.length > 0 ? definers : [testFile]) {
    for (const file of graph.closure(definer)) dependencies.add(file);
  }
  return dependencies;
}

/** The files of a package that `pnpm mutate` watches, with their hashes. */
export interface PackageInputs {
  /** The mutated source files (Stryker's `mutate` patterns), by path from the repository root. */
  source: Record<string, string>;
  /**
   * Every file a test of the package depends on: its test files, what they import (testkit
   * included), and the data in its `test/` folder (e.g. NumPy fixtures), by path from the
   * repository root.
   */
  tests: Record<string, string>;
}

/** What a package's tests are and what they read, for one package. */
export interface TestCode {
  /** The test files (vitest's `include`), absolute. */
  testFiles: string[];
  /** Files in the package's `test/` folder that are not code: read at run time. */
  data: string[];
}

/** The package's test files and test data, as `vitest.shared.ts` lays them out. */
export function testCode(dir: string): TestCode {
  const files = globSync('test/**/*', { cwd: dir })
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).isFile());
  return {
    testFiles: files.filter((file) => /\.test\.[cm]?[jt]s$/.test(file)).sort(),
    data: files.filter((file) => !CODE.test(file)).sort(),
  };
}

/** The package's mutated source files and test inputs, hashed. */
export function packageInputs(
  root: string,
  dir: string,
  mutate: readonly string[],
  graph: InputGraph,
): PackageInputs {
  const hashes = (files: Iterable<string>) =>
    Object.fromEntries(
      [...files]
        .map((file) => [relative(root, file), hashFile(file)] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  const source = mutate
    .flatMap((pattern) => globSync(pattern, { cwd: dir }))
    .map((file) => join(dir, file));
  const { testFiles, data } = testCode(dir);
  const tests = new Set(data);
  for (const file of testFiles) for (const reached of graph.closure(file)) tests.add(reached);
  return { source: hashes(new Set(source)), tests: hashes(tests) };
}

/** The paths whose hash differs between two records, or that only one of them has. */
export function changedFiles(
  before: Record<string, string>,
  after: Record<string, string>,
): Set<string> {
  const changed = new Set<string>();
  for (const path of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[path] !== after[path]) changed.add(path);
  }
  return changed;
}
