/**
 * The TypeScript worker: TypeScript's own compiler, in a worker so the page never waits on
 * it. The page starts two: one transpiles for Run (type annotations removed, `using` lowered
 * for browsers without it, each `import` of a step pointed at that step's browser bundle),
 * the other checks the code as the reader types, against the declarations the compiler
 * wrote for each step at site build (`types.json`, fetched on the first check).
 * @module
 */
import ts from 'typescript';
import type { Diagnostic, Modules, TsRequest, TsResponse } from './protocol.ts';

declare const self: {
  postMessage(message: TsResponse): void;
  onmessage: ((event: MessageEvent<TsRequest>) => void) | null;
};

/** The reader's program, as the compiler names it. */
const MAIN = '/main.ts';

/** What a program may import, for the message when it imports something else. */
const IMPORTABLE = '@dezero/step15 … @dezero/step24, @dezero/ndarray and node:assert';

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

// ---- Run: transpile ------------------------------------------------------------------------

function transpile(id: number, code: string, modules: Modules): TsResponse {
  const refused: ts.Diagnostic[] = [];
  const output = ts.transpileModule(code, {
    fileName: MAIN,
    reportDiagnostics: true,
    compilerOptions: {
      // ES2022, as the packages are built: `using` becomes try/finally, which every
      // browser runs; everything else is left as written.
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: true,
      sourceMap: true,
      inlineSources: true,
    },
    transformers: { before: [pointImportsAt(modules, refused)] },
  });
  const diagnostics = [...(output.diagnostics ?? []), ...refused].filter((d) => d.file);
  if (diagnostics.length > 0) {
    return { id, kind: 'syntax-error', diagnostics: diagnostics.map(toDiagnostic) };
  }
  const map = output.sourceMapText ?? '';
  const js = output.outputText.replace(/\/\/# sourceMappingURL=.*\s*$/, '');
  // Inline too, so the browser's developer tools show the reader's own code.
  const inline = `//# sourceMappingURL=data:application/json;base64,${base64(map)}\n`;
  return { id, kind: 'transpiled', js: `${js}${inline}`, map };
}

/** Rewrites `from '@dezero/step18'` to the URL of step 18's bundle; refuses unknown modules. */
function pointImportsAt(
  modules: Modules,
  refused: ts.Diagnostic[],
): ts.TransformerFactory<ts.SourceFile> {
  return (context) => (file) => {
    const { factory } = context;
    const resolve = (specifier: ts.StringLiteral): ts.StringLiteral => {
      const target = modules.files[specifier.text];
      if (target !== undefined)
        return factory.createStringLiteral(new URL(target, modules.base).href);
      refused.push({
        category: ts.DiagnosticCategory.Error,
        code: 2307,
        file,
        start: specifier.getStart(file),
        length: specifier.getWidth(file),
        messageText: `Cannot find module '${specifier.text}': a program here can import ${IMPORTABLE}.`,
      });
      return specifier;
    };
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        return factory.updateImportDeclaration(
          node,
          node.modifiers,
          node.importClause,
          resolve(node.moduleSpecifier),
          node.attributes,
        );
      }
      if (
        ts.isExportDeclaration(node) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
      ) {
        return factory.updateExportDeclaration(
          node,
          node.modifiers,
          node.isTypeOnly,
          node.exportClause,
          resolve(node.moduleSpecifier),
          node.attributes,
        );
      }
      const [argument] = ts.isCallExpression(node) ? node.arguments : [];
      if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        argument !== undefined &&
        ts.isStringLiteral(argument)
      ) {
        return factory.updateCallExpression(node, node.expression, node.typeArguments, [
          resolve(argument),
          ...node.arguments.slice(1),
        ]);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitNode(file, visit) as ts.SourceFile;
  };
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

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

function toDiagnostic(d: ts.Diagnostic): Diagnostic {
  const from = d.start ?? 0;
  const line = d.file ? d.file.getLineAndCharacterOfPosition(from).line + 1 : 1;
  return {
    from,
    to: from + (d.length ?? 0),
    line,
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    severity: d.category === ts.DiagnosticCategory.Warning ? 'warning' : 'error',
    code: d.code,
  };
}
