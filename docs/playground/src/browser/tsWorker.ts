/**
 * The TypeScript worker: TypeScript's own compiler, in a worker so the page never waits on
 * it. The page starts two: one transpiles for Run (type annotations removed, `using` lowered
 * for browsers without it, each `import` of a step pointed at that step's browser bundle),
 * the other checks the code as the reader types, against the declarations the compiler
 * wrote for each step at site build (`types.json`, fetched on the first check).
 * @module
 */
import ts from 'typescript';
import type { Diagnostic, TsRequest, TsResponse } from './protocol.ts';
import { transpile } from './transpile.ts';
import { MAIN, toDiagnostic } from './tsDiagnostics.ts';

declare const self: {
  postMessage(message: TsResponse): void;
  onmessage: ((event: MessageEvent<TsRequest>) => void) | null;
};

self.onmessage = async ({ data: request }) => {
  try {
    self.postMessage(
      request.kind === 'transpile'
        ? transpile(request.id, request.code, request.modules)
        : {
            id: request.id,
            kind: 'checked',
            diagnostics: await check(request.code, request.types),
          },
    );
  } catch (error) {
    self.postMessage({ id: request.id, kind: 'failed', message: String(error) });
  }
};

// ---- as the reader types: check ------------------------------------------------------------

/** The declarations and lib files the checker reads, by path: fetched once, on the first check. */
interface Types {
  /** The compiler options' `lib` entries, e.g. `lib.es2022.d.ts`. */
  readonly lib: readonly string[];
  /** Files always in the program besides the reader's: the playground's globals, node:assert. */
  readonly roots: readonly string[];
  readonly files: Readonly<Record<string, string>>;
}

let service: Promise<ts.LanguageService> | undefined;
const program = { code: '', version: 0 };

async function check(code: string, typesUrl: string): Promise<Diagnostic[]> {
  service ??= fetch(typesUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`${typesUrl}: HTTP ${response.status}`);
      return response.json() as Promise<Types>;
    })
    .then(createService);
  const languageService = await service;
  program.code = code;
  program.version++;
  const diagnostics = [
    ...languageService.getSyntacticDiagnostics(MAIN),
    ...languageService.getSemanticDiagnostics(MAIN),
  ];
  return diagnostics.map(toDiagnostic);
}

function createService(types: Types): ts.LanguageService {
  const files = new Map(Object.entries(types.files));
  const options: ts.CompilerOptions = {
    // The project's tsconfig.base.json, for a module run in a browser worker.
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: [...types.lib],
    types: [],
    strict: true,
    noImplicitOverride: true,
    noFallthroughCasesInSwitch: true,
    exactOptionalPropertyTypes: true,
    useUnknownInCatchVariables: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: true,
    noEmit: true,
    paths: { '@dezero/*': ['/dezero/*/index.d.ts'] },
  };
  const read = (path: string) => (path === MAIN ? program.code : files.get(path));
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [MAIN, ...types.roots],
    getScriptVersion: (path) => (path === MAIN ? String(program.version) : '0'),
    getScriptSnapshot: (path) => {
      const text = read(path);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => '/',
    getDefaultLibFileName: () => '/lib/lib.d.ts',
    fileExists: (path) => read(path) !== undefined,
    readFile: read,
    directoryExists: (path) => [...files.keys()].some((file) => file.startsWith(`${path}/`)),
    getDirectories: () => [],
  };
  return ts.createLanguageService(host, ts.createDocumentRegistry());
}
