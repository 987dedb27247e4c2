/**
 * The messages between the page and the playground's workers: the TypeScript worker
 * (transpiling for Run, checking as the reader types), the run worker (one per run) and the
 * graph worker (Graphviz).
 * @module
 */

/** A place in the editor's text: 1-based line and column, as an editor shows them. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A compiler message about the reader's code, with where it applies (offsets into the text). */
export interface Diagnostic {
  readonly from: number;
  readonly to: number;
  readonly line: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** TypeScript's number for it: 2353 for an unknown property in an object literal. */
  readonly code: number;
}

/** Where the built assets are, and which module ids a program may import. */
export interface Modules {
  /** The folder the playground is served from, e.g. `http://localhost:5173/playground/`. */
  readonly base: string;
  /** A module id a program may import → its file, relative to `base`. */
  readonly files: Readonly<Record<string, string>>;
}

export type TsRequest =
  | {
      readonly id: number;
      readonly kind: 'transpile';
      readonly code: string;
      readonly modules: Modules;
    }
  | {
      readonly id: number;
      readonly kind: 'check';
      readonly code: string;
      /** The URL of `types.json`: the declarations the checker reads. */
      readonly types: string;
    };

export type TsResponse =
  | {
      readonly id: number;
      readonly kind: 'transpiled';
      readonly js: string;
      /** The source map of `js` back to the reader's code (JSON text). */
      readonly map: string;
    }
  | { readonly id: number; readonly kind: 'syntax-error'; readonly diagnostics: Diagnostic[] }
  | { readonly id: number; readonly kind: 'checked'; readonly diagnostics: Diagnostic[] }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/** The page asks the run worker to run a transpiled program. */
export interface RunRequest {
  readonly kind: 'run';
  readonly js: string;
  readonly map: string;
}

/** What the run worker says while and when a program runs. */
export type RunEvent =
  | { readonly kind: 'ready' }
  | { readonly kind: 'output'; readonly stream: 'stdout' | 'stderr'; readonly text: string }
  /** Something the playground says about the run, not the program's output. */
  | { readonly kind: 'notice'; readonly text: string }
  | { readonly kind: 'graph'; readonly dot: string }
  | { readonly kind: 'error'; readonly message: string; readonly at: Position | null }
  | { readonly kind: 'done' };

export interface GraphRequest {
  readonly id: number;
  readonly dot: string;
}

export type GraphResponse =
  | { readonly id: number; readonly svg: string }
  | { readonly id: number; readonly error: string };
