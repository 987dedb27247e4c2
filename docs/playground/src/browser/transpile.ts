/**
 * Transpiling for Run, with TypeScript's own compiler (the TypeScript worker calls it; it
 * runs in Node too, where a test checks it): type annotations removed, `using` lowered to
 * try/finally for browsers without it, and each `import` of a step pointed at that step's
 * browser bundle — an import of anything else refused with its line.
 * @module
 */
import ts from 'typescript';
import type { Modules, TsResponse } from './protocol.ts';
import { MAIN, toDiagnostic } from './tsDiagnostics.ts';

/**
 * What a program may import, for the message when it imports something else, read from the
 * modules the playground was built with: `@dezero/step15 … @dezero/step24, @dezero/ndarray
 * and node:assert`.
 */
export function importable(modules: Modules): string {
  const names = Object.keys(modules.files);
  const steps = names
    .map((name) => /^@dezero\/step(\d+)$/.exec(name)?.[1])
    .filter((step) => step !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  const others = names.filter((name) => !/^@dezero\/step\d+$/.test(name)).sort();
  const first = steps.at(0);
  const last = steps.at(-1);
  const stepRange =
    first === undefined
      ? []
      : [first === last ? `@dezero/step${first}` : `@dezero/step${first} … @dezero/step${last}`];
  const all = [...stepRange, ...others];
  return all.length <= 1
    ? (all[0] ?? 'nothing')
    : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
}

export function transpile(id: number, code: string, modules: Modules): TsResponse {
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
        messageText: `Cannot find module '${specifier.text}': a program here can import ${importable(modules)}.`,
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
