/**
 * The playground itself, fetched by the loader on first use: the editor (CodeMirror 6), the
 * Run / Reset / Share buttons, the output panel, and the workers behind them.
 * @module
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { type Diagnostic as CmDiagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState, Prec } from '@codemirror/state';
import { oneDark } from '@codemirror/theme-one-dark';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { BUILD_BASE, moduleFiles, type Prebuilt } from './modules.ts';
import { NOTES } from './notes.ts';
import type {
  Diagnostic,
  GraphResponse,
  Modules,
  Position,
  RunEvent,
  TsRequest,
  TsResponse,
} from './protocol.ts';
import { encodeCode, hasCode } from './share.ts';

/** The step numbers the site was built with, put here by build.ts. */
declare const __PLAYGROUND_STEPS__: readonly number[];

/** How long a run may take before the playground stops it. */
export const TIME_LIMIT_MS = 5000;

export interface MountOptions {
  /** `'15'` … `'24'`, or `'appendix'`: which page the playground is on. */
  readonly step: string;
  /** The page's demo program, the file `pnpm demo` runs: what Reset puts back. */
  readonly source: string;
  /** What the editor opens with, when not the demo (the code of a shared link). */
  readonly code?: string;
  /** The folder the playground's files are served from, ending in `/`. */
  readonly base: string;
  /** Run once mounted (the page's own Run button). */
  readonly run?: boolean;
}

/** The playground on a page: what the loader hands back. */
export interface Playground {
  readonly element: HTMLElement;
  /** Runs the editor's code, as the Run button does; resolves when the run has ended. */
  run(): Promise<void>;
  /** The editor's text. */
  code(): string;
  destroy(): void;
}

/** A worker that answers requests by id (the TypeScript worker). */
class Rpc {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, (response: TsResponse) => void>();
  #next = 1;

  constructor(url: string) {
    this.#worker = new Worker(url, { type: 'module' });
    this.#worker.onmessage = ({ data }: MessageEvent<TsResponse>) => {
      this.#waiting.get(data.id)?.(data);
      this.#waiting.delete(data.id);
    };
  }

  request(request: DistributiveOmit<TsRequest, 'id'>): Promise<TsResponse> {
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve);
      this.#worker.postMessage({ ...request, id });
    });
  }

  terminate(): void {
    this.#worker.terminate();
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { className?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** What a Run of the unchanged demo needs, fetched or started ahead of it. */
interface Ahead {
  /** The demo as build.ts transpiled it (sources/<step>.run.json). */
  readonly prebuilt: Promise<Prebuilt | undefined>;
  /** A run worker with the demo's modules loaded, for the first Run. */
  readonly worker: Promise<Worker | undefined>;
}
const ahead = new Map<string, Ahead>();

/** The modules a program may import, served from `base`. */
const modulesAt = (base: string): Modules => ({ base, files: moduleFiles(__PLAYGROUND_STEPS__) });

/**
 * A run worker, with the modules `code` imports already loaded (the step's bundle): a run
 * then starts without waiting for them.
 */
function spawnRunWorker(code: string, mods: Modules): Worker {
  const worker = new Worker(new URL('run-worker.js', mods.base).href, { type: 'module' });
  for (const [, id] of code.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
    const file = id === undefined ? undefined : mods.files[id];
    if (file !== undefined) {
      worker.postMessage({ kind: 'preload', url: new URL(file, mods.base).href });
    }
  }
  return worker;
}

/**
 * Fetches, ahead of a first Run, what running `step`'s demo needs: its transpiled text and a
 * run worker with the step's bundle loaded. The page calls it when the reader points at Run;
 * {@link mount} takes what it started.
 */
export function prefetch(step: string, base: string): void {
  const key = `${base} ${step}`;
  if (ahead.has(key)) return;
  const prebuilt = fetchPrebuilt(step, base);
  ahead.set(key, {
    prebuilt,
    worker: prebuilt.then((demo) =>
      demo === undefined ? undefined : spawnRunWorker(demo.source, modulesAt(base)),
    ),
  });
}

function fetchPrebuilt(step: string, base: string): Promise<Prebuilt | undefined> {
  return fetch(new URL(`sources/${step}.run.json`, base).href)
    .then((response) => (response.ok ? (response.json() as Promise<Prebuilt>) : undefined))
    .catch(() => undefined);
}

export function mount(host: HTMLElement, options: MountOptions): Playground {
  const { base, step, source } = options;
  const mods = modulesAt(base);
  const url = (file: string) => new URL(file, base).href;
  const early = ahead.get(`${base} ${step}`);
  ahead.delete(`${base} ${step}`);

  // ---- the page's parts --------------------------------------------------------------------
  const run = element('button', {
    type: 'button',
    className: 'pg-run',
    title: 'Run (Ctrl+Enter, ⌘+Enter on a Mac)',
  });
  run.textContent = 'Run';
  const reset = element('button', { type: 'button', className: 'pg-reset' }, 'Reset');
  const share = element('button', { type: 'button', className: 'pg-share' }, 'Share');
  const status = element('span', { className: 'pg-status', role: 'status' });
  const toolbar = element('div', { className: 'pg-toolbar' }, run, reset, share, status);
  const note = NOTES[step];
  const noteElement = note === undefined ? [] : [element('p', { className: 'pg-note' }, note)];
  const editorBox = element('div', { className: 'pg-editor' });
  const problems = element('ul', { className: 'pg-problems', hidden: true });
  problems.setAttribute('aria-label', 'Type errors');
  const output = element('div', { className: 'pg-output', role: 'log' });
  output.setAttribute('aria-label', 'Output');
  output.setAttribute('aria-live', 'polite');
  const root = element(
    'div',
    { className: 'pg-root' },
    toolbar,
    ...noteElement,
    editorBox,
    problems,
    output,
  );
  root.dataset['state'] = 'idle';
  host.replaceChildren(root);

  // ---- the editor --------------------------------------------------------------------------
  const theme = new Compartment();
  const isDark = () => document.documentElement.classList.contains('dark');
  const themeFor = (dark: boolean) =>
    dark ? oneDark : [syntaxHighlighting(defaultHighlightStyle, { fallback: true })];
  let edits = 0;
  const view = new EditorView({
    parent: editorBox,
    state: EditorState.create({
      doc: options.code ?? source,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        EditorView.lineWrapping,
        javascript({ typescript: true }),
        lintGutter(),
        Prec.highest(
          keymap.of([
            {
              key: 'Mod-Enter',
              run: () => {
                void runCode();
                return true;
              },
            },
          ]),
        ),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        theme.of(themeFor(isDark())),
        EditorView.contentAttributes.of({ 'aria-label': `The code of ${label(step)}` }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            edits++;
            root.dataset['edits'] = String(edits);
            scheduleCheck();
          }
        }),
      ],
    }),
  });
  // VitePress switches themes with a `dark` class on <html>.
  const themeWatch = new MutationObserver(() =>
    view.dispatch({ effects: theme.reconfigure(themeFor(isDark())) }),
  );
  themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });

  const goToLine = (line: number, column = 1) => {
    const target = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
    const pos = Math.min(target.from + column - 1, target.to);
    view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
    view.focus();
  };
  const lineButton = (at: Position) => {
    const button = element('button', { type: 'button', className: 'pg-line' }, `line ${at.line}`);
    button.addEventListener('click', () => goToLine(at.line, at.column));
    return button;
  };

  // ---- types as you type: the checker, started by the first edit --------------------------
  let checker: Rpc | undefined;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleCheck = () => {
    checker ??= new Rpc(url('ts-worker.js'));
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => void check(), 250);
  };
  const check = async () => {
    if (checker === undefined) return;
    const asked = edits;
    const started = performance.now();
    const response = await checker.request({
      kind: 'check',
      code: view.state.doc.toString(),
      types: url('types.json'),
    });
    if (asked !== edits) return; // the reader typed on: a newer check is on its way
    root.dataset['checked'] = String(asked);
    root.dataset['checkMs'] = (performance.now() - started).toFixed(0);
    if (response.kind === 'checked') showProblems(response.diagnostics);
    if (response.kind === 'failed')
      showProblems([], `The type checker failed: ${response.message}`);
  };
  const showProblems = (diagnostics: readonly Diagnostic[], failure?: string) => {
    const length = view.state.doc.length;
    const marks: CmDiagnostic[] = diagnostics.map((d) => ({
      from: Math.min(d.from, length),
      to: Math.min(Math.max(d.to, d.from), length),
      severity: d.severity,
      message: `${d.message} (TS${d.code})`,
      source: 'TypeScript',
    }));
    view.dispatch(setDiagnostics(view.state, marks));
    const items = diagnostics.map((d) =>
      element(
        'li',
        { className: `pg-problem pg-${d.severity}` },
        lineButton({ line: d.line, column: 1 }),
        ` ${d.message}`,
      ),
    );
    if (failure !== undefined) items.push(element('li', { className: 'pg-problem' }, failure));
    problems.replaceChildren(...items);
    problems.hidden = items.length === 0;
    root.dataset['problems'] = String(diagnostics.length);
  };

  // ---- Run -----------------------------------------------------------------------------------
  // The demo as the page holds it was transpiled at build time, by the same function
  // (sources/<step>.run.json): running it needs no compiler in the page.
  const prebuilt = early?.prebuilt ?? fetchPrebuilt(step, base);
  // TypeScript's compiler, for code the reader changed. It starts when the playground opens —
  // or, when it opens to run the demo at once (the page's Run), after that run, so as not to
  // compete with it — and compiles the code once to warm up.
  let transpiler: Rpc | undefined;
  const startTranspiler = (): Rpc => {
    if (transpiler === undefined) {
      const started = performance.now();
      transpiler = new Rpc(url('ts-worker.js'));
      // Compiles the code once, whatever it is, so the compiler is warm for the first edit.
      const code = view.state.doc.toString();
      void transpiler.request({ kind: 'transpile', code, modules: mods }).then(() => {
        root.dataset['compilerReadyMs'] = (performance.now() - started).toFixed(0);
      });
    }
    return transpiler;
  };
  let lastTranspiled: { code: string; response: Promise<TsResponse> } | undefined;
  const transpile = async (code: string): Promise<TsResponse> => {
    const demo = await prebuilt;
    if (demo !== undefined && code === demo.source) {
      const js = demo.js.replaceAll(BUILD_BASE, base);
      return { id: 0, kind: 'transpiled', js, map: demo.map };
    }
    if (lastTranspiled?.code !== code) {
      const response = startTranspiler().request({ kind: 'transpile', code, modules: mods });
      lastTranspiled = { code, response };
    }
    return lastTranspiled.response;
  };
  let graphWorker: Worker | undefined;
  const graphs = new Map<number, (response: GraphResponse) => void>();
  let nextGraph = 1;
  const drawGraph = (dot: string, figure: HTMLElement) => {
    if (graphWorker === undefined) {
      graphWorker = new Worker(url('graph-worker.js'), { type: 'module' });
      graphWorker.onmessage = ({ data }: MessageEvent<GraphResponse>) => {
        graphs.get(data.id)?.(data);
        graphs.delete(data.id);
      };
    }
    const id = nextGraph++;
    graphs.set(id, (response) => {
      if ('svg' in response) {
        const svg = new DOMParser().parseFromString(response.svg, 'image/svg+xml').documentElement;
        for (const node of svg.querySelectorAll('script, foreignObject')) node.remove();
        figure.prepend(document.importNode(svg, true));
        figure.dataset['drawn'] = 'true';
      } else {
        figure.prepend(element('p', { className: 'pg-error' }, response.error));
      }
    });
    graphWorker.postMessage({ id, dot });
  };

  /** The run worker of the next run, started ahead, with the steps the code imports loaded. */
  const spawn = (code: string): Worker => spawnRunWorker(code, mods);
  let next: Worker | Promise<Worker | undefined> | undefined =
    early?.worker ?? spawn(view.state.doc.toString());

  let current: { stop(reason: string): void } | undefined;

  const runCode = async (): Promise<void> => {
    if (current !== undefined) {
      current.stop('Stopped.');
      return;
    }
    const started = performance.now();
    const code = view.state.doc.toString();
    output.replaceChildren();
    root.dataset['state'] = 'running';
    status.textContent = 'Running…';
    run.textContent = 'Stop';

    let resolveRun: () => void = () => {};
    const ended = new Promise<void>((resolve) => {
      resolveRun = resolve;
    });
    let worker: Worker | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const end = (state: 'done' | 'stopped' | 'error', text: string) => {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      worker?.terminate();
      current = undefined;
      next = spawn(view.state.doc.toString());
      root.dataset['state'] = state;
      root.dataset['runMs'] = (performance.now() - started).toFixed(1);
      root.dataset['runs'] = String(Number(root.dataset['runs'] ?? 0) + 1);
      status.textContent = text;
      run.textContent = 'Run';
      resolveRun();
      startTranspiler();
    };
    current = {
      stop: (reason) => {
        say('pg-notice', reason);
        end('stopped', 'Stopped.');
      },
    };

    const transpiled = await transpile(code);
    root.dataset['transpileMs'] = (performance.now() - started).toFixed(1);
    if (stopped) return ended;
    if (transpiled.kind !== 'transpiled') {
      if (transpiled.kind === 'syntax-error') {
        for (const d of transpiled.diagnostics) {
          // TypeScript numbers its syntax errors 1000–1999; 2307 is a module it cannot find.
          const kind = d.code === 2307 ? 'Error' : 'SyntaxError';
          say('pg-error', `${kind}: ${d.message} `, lineButton({ line: d.line, column: 1 }));
        }
      } else if (transpiled.kind === 'failed') {
        say('pg-error', `The compiler failed: ${transpiled.message}`);
      }
      end('error', 'Not run: the code does not compile.');
      return ended;
    }

    const upcoming = next;
    next = undefined;
    worker = (await upcoming) ?? spawn(code);
    if (stopped) {
      worker.terminate();
      return ended;
    }
    let sawError = false;
    worker.onmessage = ({ data: events }: MessageEvent<RunEvent[]>) => {
      for (const event of events) {
        if (stopped) return;
        switch (event.kind) {
          case 'output':
            print(event.stream, event.text);
            break;
          case 'notice':
            say('pg-notice', event.text);
            break;
          case 'graph': {
            const dot = element('pre', { className: 'pg-dot' }, event.dot);
            const details = element('details', {}, element('summary', {}, 'DOT text'), dot);
            const figure = element('figure', { className: 'pg-graph' }, details);
            output.append(figure);
            drawGraph(event.dot, figure);
            break;
          }
          case 'error':
            sawError = true;
            say(
              'pg-error',
              event.message,
              ...(event.at === null ? [] : [' at ', lineButton(event.at)]),
            );
            break;
          case 'done':
            end(sawError ? 'error' : 'done', sawError ? 'Ended with an error.' : 'Done.');
            break;
          case 'ready':
            break;
        }
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      say('pg-error', `The run worker failed: ${event.message}`);
      end('error', 'Ended with an error.');
    };
    timer = setTimeout(() => {
      say(
        'pg-notice',
        `Stopped after ${TIME_LIMIT_MS / 1000} s: the program was still running (an endless ` +
          'loop, or a timer or promise that never ends). Edit it and run it again.',
      );
      end('stopped', `Stopped after ${TIME_LIMIT_MS / 1000} s.`);
    }, TIME_LIMIT_MS);
    worker.postMessage({ kind: 'run', js: transpiled.js, map: transpiled.map });
    return ended;
  };

  /** Appends program output to the panel, one `<span>` per run of the same stream. */
  const print = (stream: 'stdout' | 'stderr', text: string) => {
    let pre = output.lastElementChild;
    if (!(pre instanceof HTMLPreElement) || !pre.classList.contains('pg-text')) {
      pre = element('pre', { className: 'pg-text' });
      output.append(pre);
    }
    const last = pre.lastElementChild;
    if (last instanceof HTMLSpanElement && last.classList.contains(`pg-${stream}`)) {
      (last.firstChild as Text).appendData(text);
    } else {
      pre.append(element('span', { className: `pg-${stream}` }, text));
    }
  };
  const say = (className: string, ...content: (Node | string)[]) => {
    output.append(element('p', { className }, ...content));
  };

  // ---- Reset, Share ----------------------------------------------------------------------------
  run.addEventListener('click', () => void runCode());
  reset.addEventListener('click', () => {
    current?.stop('Stopped.');
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: source } });
    output.replaceChildren();
    status.textContent = '';
    root.dataset['state'] = 'idle';
    if (hasCode(location.hash))
      window.history.replaceState(null, '', location.pathname + location.search);
  });
  share.addEventListener('click', async () => {
    const hash = await encodeCode(view.state.doc.toString());
    window.history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = 'Link copied: it opens this code, not yet run.';
    } catch {
      status.textContent = 'The link is in the address bar: it opens this code, not yet run.';
    }
  });

  if (options.run === true) void runCode();
  else startTranspiler();

  return {
    element: root,
    run: runCode,
    code: () => view.state.doc.toString(),
    destroy: () => {
      current?.stop('Stopped.');
      themeWatch.disconnect();
      view.destroy();
      transpiler?.terminate();
      checker?.terminate();
      graphWorker?.terminate();
      void Promise.resolve(next).then((worker) => worker?.terminate());
      host.replaceChildren();
    },
  };
}

function label(step: string): string {
  return step === 'appendix' ? 'the appendix’s example' : `step ${step}’s demo`;
}
