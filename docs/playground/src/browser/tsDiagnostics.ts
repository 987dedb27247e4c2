/**
 * TypeScript's diagnostics as the playground shows them.
 * @module
 */
import ts from 'typescript';
import type { Diagnostic } from './protocol.ts';

/** The reader's program, as the compiler names it. */
export const MAIN = '/main.ts';

export function toDiagnostic(d: ts.Diagnostic): Diagnostic {
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
