/**
 * Builds the playground's static files into a folder, for the site to serve under
 * `/playground/` (`pnpm --filter @dezero/playground build` writes `docs/playground/dist/`):
 *
 * | file                    | what it is                                                          |
 * | ----------------------- | ------------------------------------------------------------------- |
 * | `loader.js`             | `mountPlayground()`: all a page loads before the playground is used |
 * | `app.js`, `playground.css` | the editor (CodeMirror 6), buttons and output panel              |
 * | `ts-worker.js`          | TypeScript's compiler: transpiles for Run, checks as you type       |
 * | `types.json`            | what the checker reads: each step's declarations, the lib files     |
 * | `run-worker.js`         | runs a program: Node's console, `plotDotGraph`, timers              |
 * | `steps/*.js`            | each step package, and `@dezero/ndarray`, bundled from its source   |
 * | `graph-worker.js`       | Graphviz (WebAssembly) drawing `plotDotGraph`'s DOT text as SVG     |
 * | `sources/*.ts`          | each step's demo (`packages/stepNN/examples/stepNN.ts`), unchanged  |
 * | `sources/*.run.json`    | each demo transpiled for Run at build, by the page's own function  |
 *
 * The step bundles are built together with esbuild's code splitting, so a module two steps
 * share is one module in the browser as it is in Node: steps 18–24 share one `Config`.
 * @module
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { demoFile, existingSteps, repoRoot } from '@dezero/tools/steps';
import { type BuildOptions, build, type Plugin } from 'esbuild';
import ts from 'typescript';
import { BUILD_BASE, moduleFiles, type Prebuilt } from './src/browser/modules.ts';
import { transpile } from './src/browser/transpile.ts';

const here = dirname(fileURLToPath(import.meta.url));
const browser = join(here, 'src', 'browser');
const require = createRequire(import.meta.url);

/** The appendix's example, what the appendix page's playground holds. */
export const appendixDemo = join(repoRoot, 'docs', 'examples', 'defineAndRun.ts');

/** The parts of the playground, as the report of sizes names them, and the files of each. */
export const PARTS = {
  loader: ['loader.js'],
  editor: ['app.js', 'playground.css'],
  'TypeScript (transpiler and checker)': ['ts-worker.js'],
  'checker declarations': ['types.json'],
  'run worker': ['run-worker.js'],
  'step bundles': ['steps/'],
  'node:assert': ['node/'],
  'graph renderer': ['graph-worker.js'],
  'demo sources': ['sources/'],
} as const;

export interface PlaygroundBuild {
  readonly outDir: string;
  /** Every file written, relative to `outDir`, with its size raw and gzipped. */
  readonly files: readonly FileSize[];
}

export interface FileSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

const licences = {
  app: 'CodeMirror 6 (MIT, (c) Marijn Haverbeke and others)',
  tsWorker: 'TypeScript (Apache-2.0, (c) Microsoft Corporation)',
  runWorker:
    "node-inspect-extracted (MIT; Node.js's util.inspect, (c) Node.js contributors), " +
    '@jridgewell/trace-mapping (MIT)',
  graphWorker: '@viz-js/viz (MIT, (c) Michael Daines), with Graphviz (EPL-1.0) compiled in',
  assert: 'assert (MIT, (c) Joyent) and util (MIT, (c) Joyent)',
};
const banner = (what: string) =>
  `/*! The DeZero-TS playground. Bundles ${what}: see their packages for the licence texts. */`;

/** Writes the playground into `outDir` (emptied first). */
export async function buildPlayground(outDir: string): Promise<PlaygroundBuild> {
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const steps = existingSteps();

  const common: BuildOptions = {
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@dezero/source'],
    logLevel: 'warning',
    absWorkingDir: here,
    // The `util` package that `assert` uses reads this; a browser has no `process`.
    define: { 'process.env.NODE_DEBUG': 'false' },
  };

  // The step packages, built from their source. Not minified: a learner who opens the
  // browser's developer tools reads the step's own code. keepNames: esbuild renames a
  // class whose name another step's copy also uses (`Variable2`); the book's code prints
  // and draws `constructor.name`, which must stay `Variable`, `Square`, …
  const entries: Record<string, string> = {
    'steps/ndarray': join(repoRoot, 'packages', 'ndarray', 'src', 'index.ts'),
  };
  for (const step of steps) {
    entries[`steps/step${step}`] = join(repoRoot, 'packages', `step${step}`, 'src', 'index.ts');
  }
  await build({
    ...common,
    entryPoints: entries,
    splitting: true,
    keepNames: true,
    chunkNames: 'steps/shared/[name]-[hash]',
    outdir: out,
    banner: { js: '/*! The DeZero-TS step packages (MIT), bundled from their source. */' },
  });

  // node:assert, for the appendix's example: fetched only by a program that imports it.
  await build({
    ...common,
    entryPoints: { 'node/assert': 'node-assert:loose', 'node/assert-strict': 'node-assert:strict' },
    splitting: true,
    minify: true,
    chunkNames: 'node/shared/[name]-[hash]',
    outdir: out,
    banner: { js: banner(licences.assert) },
    plugins: [nodeAssert],
  });

  // The page's side and the workers: minified.
  const minified: BuildOptions = { ...common, minify: true, legalComments: 'eof', outdir: out };
  await build({
    ...minified,
    entryPoints: { loader: join(browser, 'loader.ts') },
    // The loader fetches app.js on first use: never bundle it in.
    external: ['./app.js'],
  });
  await build({
    ...minified,
    entryPoints: { app: join(browser, 'app.ts'), playground: join(browser, 'playground.css') },
    define: { ...common.define, __PLAYGROUND_STEPS__: JSON.stringify(steps) },
    banner: { js: banner(licences.app) },
  });
  for (const [name, entry, what] of [
    ['run-worker', 'runWorker.ts', licences.runWorker],
    ['ts-worker', 'tsWorker.ts', licences.tsWorker],
    ['graph-worker', 'graphWorker.ts', licences.graphWorker],
  ] as const) {
    await build({
      ...minified,
      entryPoints: { [name]: join(browser, entry) },
      banner: { js: banner(what) },
      // TypeScript's compiler requires Node's modules only when it runs in Node.
      external: ['fs', 'path', 'os', 'crypto', 'inspector', 'perf_hooks', 'source-map-support'],
    });
  }

  writeFileSync(join(out, 'types.json'), JSON.stringify(checkerTypes(steps)));

  // Each demo, and the demo transpiled as the page would (sources/<page>.run.json): the first
  // Run of the unchanged demo then needs no compiler in the page.
  mkdirSync(join(out, 'sources'));
  const demos = [
    ...steps.map((step) => [String(step), demoFile(step)]),
    ['appendix', appendixDemo],
  ];
  const modules = { base: BUILD_BASE, files: moduleFiles(steps) };
  for (const [page, file] of demos) {
    const source = readFileSync(file, 'utf8');
    writeFileSync(join(out, 'sources', `${page}.ts`), source);
    const transpiled = transpile(0, source, modules);
    if (transpiled.kind !== 'transpiled') {
      throw new Error(`${file} does not transpile: ${JSON.stringify(transpiled)}`);
    }
    const prebuilt: Prebuilt = { source, js: transpiled.js, map: transpiled.map };
    writeFileSync(join(out, 'sources', `${page}.run.json`), JSON.stringify(prebuilt));
  }

  return { outDir: out, files: sizes(out) };
}

/** What Node's `assert` module exports besides its default, the function itself. */
const ASSERT_EXPORTS = [
  'AssertionError',
  'deepEqual',
  'deepStrictEqual',
  'doesNotMatch',
  'doesNotReject',
  'doesNotThrow',
  'equal',
  'fail',
  'ifError',
  'match',
  'notDeepEqual',
  'notDeepStrictEqual',
  'notEqual',
  'notStrictEqual',
  'ok',
  'rejects',
  'strict',
  'strictEqual',
  'throws',
];

/**
 * `node:assert` and `node:assert/strict` as ES modules with Node's named exports, made from
 * the `assert` package (Node's assert module for browsers): `node-assert:loose` is the
 * module, `node-assert:strict` its strict mode, where `equal` is `strictEqual`.
 */
const nodeAssert: Plugin = {
  name: 'node-assert',
  setup(builder) {
    builder.onResolve({ filter: /^node-assert:/ }, ({ path }) => ({
      path,
      namespace: 'node-assert',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'node-assert' }, ({ path }) => {
      const strict = path === 'node-assert:strict';
      const module = strict ? 'assert.strict' : 'assert';
      const names = strict ? ASSERT_EXPORTS.filter((name) => name !== 'strict') : ASSERT_EXPORTS;
      return {
        contents: `import assert from 'assert';\nexport default ${module};\nexport const { ${names.join(', ')} } = ${module};\n`,
        resolveDir: here,
        loader: 'js',
      };
    });
  },
};

/**
 * What the type checker reads (`types.json`): the declarations the compiler writes for
 * `@dezero/ndarray` and each step from its source, under `/dezero/<package>/`; the lib files
 * of ES2022 and `using`'s Disposable; the globals a program has in the playground
 * (src/checker/globals.d.ts); and Node's `assert` declarations (@types/node).
 */
function checkerTypes(steps: readonly number[]): {
  lib: string[];
  roots: string[];
  files: Record<string, string>;
} {
  const packages = ['ndarray', ...steps.map((step) => `step${step}`)];
  const roots = packages.map((name) => join(repoRoot, 'packages', name, 'src', 'index.ts'));
  const program = ts.createProgram(roots, {
    declaration: true,
    emitDeclarationOnly: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.esnext.disposable.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    customConditions: ['@dezero/source'],
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    types: [],
  });
  const files: Record<string, string> = {};
  const packagesDir = join(repoRoot, 'packages');
  const emitted = program.emit(undefined, (fileName, text) => {
    const [name, , ...rest] = relative(packagesDir, fileName).split(/[\\/]/);
    files[`/dezero/${name}/${rest.join('/')}`] = text;
  });
  const errors = ts.getPreEmitDiagnostics(program).concat(emitted.diagnostics);
  if (errors.length > 0) {
    throw new Error(ts.formatDiagnostics(errors, ts.createCompilerHost({})));
  }

  // Not the WebWorker lib: src/checker/globals.d.ts declares the globals a program has.
  const lib = ['lib.es2022.d.ts', 'lib.esnext.disposable.d.ts'];
  const libDir = dirname(require.resolve('typescript/lib/lib.d.ts'));
  const pending = [...lib];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (files[`/lib/${name}`] !== undefined) continue;
    const text = readFileSync(join(libDir, name), 'utf8');
    files[`/lib/${name}`] = text;
    for (const [, ref] of text.matchAll(/^\/\/\/ <reference lib="([^"]+)" \/>/gm)) {
      pending.push(`lib.${ref.toLowerCase()}.d.ts`);
    }
  }

  files['/playground.d.ts'] = readFileSync(join(here, 'src', 'checker', 'globals.d.ts'), 'utf8');
  const nodeTypes = dirname(require.resolve('@types/node/package.json'));
  files['/types/node/assert.d.ts'] = readFileSync(join(nodeTypes, 'assert.d.ts'), 'utf8');
  files['/types/node/assert/strict.d.ts'] = readFileSync(
    join(nodeTypes, 'assert', 'strict.d.ts'),
    'utf8',
  );
  return {
    lib,
    roots: ['/playground.d.ts', '/types/node/assert.d.ts', '/types/node/assert/strict.d.ts'],
    files,
  };
}

/** Every file under `dir`, with its size raw and gzipped (level 9, as a static host may). */
export function sizes(dir: string): FileSize[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(dir)
    .map((path) => {
      const bytes = readFileSync(path);
      return {
        file: relative(dir, path).replaceAll('\\', '/'),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

// `node build.ts <outDir>`: the package's `build` script.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2];
  if (outDir === undefined) {
    console.error('usage: node build.ts <outDir>');
    process.exit(2);
  }
  const result = await buildPlayground(outDir);
  const total = result.files.reduce((sum, f) => sum + f.raw, 0);
  console.log(
    `playground: ${result.files.length} files, ${(total / 1e6).toFixed(2)} MB in ${result.outDir}`,
  );
}
