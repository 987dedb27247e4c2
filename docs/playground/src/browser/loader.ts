/**
 * The playground's loader: the one file of the playground a page loads before the reader
 * uses it (a few KB). `mountPlayground` fetches the rest on first use — the editor, then the
 * TypeScript compiler, the step's bundle, the type checker and Graphviz as each is needed —
 * and mounts the playground in an element of the page.
 *
 * ```ts
 * import { mountPlayground, sharedCode } from '/playground/loader.js';
 * await mountPlayground(element, { step: '18' });
 * ```
 * @module
 */
import type { MountOptions, Playground } from './app.ts';
import { decodeCode, hasCode } from './share.ts';

export type { Playground } from './app.ts';

export interface PlaygroundOptions {
  /** `'15'` … `'24'`, or `'appendix'`. */
  readonly step: string | number;
  /** The demo program's text; fetched from the playground's `sources/` when not given. */
  readonly source?: string;
  /**
   * What the editor opens with instead of the demo. Not given: the code of a shared link in
   * the page's URL (`#code=…`), if there is one, else the demo.
   */
  readonly code?: string;
  /** Where the playground's files are served from; the loader's own folder when not given. */
  readonly base?: string;
  /** Run the code once mounted, as if Run had been pressed (the page's own Run button). */
  readonly run?: boolean;
}

interface App {
  mount(host: HTMLElement, options: MountOptions): Playground;
  prefetch(step: string, base: string): void;
}

let app: Promise<App> | undefined;
function loadApp(base: string): Promise<App> {
  addStylesheet(new URL('playground.css', base).href);
  app ??= import(/* @vite-ignore */ new URL('app.js', base).href);
  return app;
}

/**
 * Fetches ahead what a first Run of `step`'s demo needs — the playground's code, the demo as
 * transpiled at build time, a run worker with the step's bundle — without mounting anything:
 * the page calls it when the reader points at Run or Edit.
 */
export function prefetch(options: Pick<PlaygroundOptions, 'step' | 'base'>): void {
  const step = String(options.step);
  const base = new URL(options.base ?? './', import.meta.url).href;
  loadApp(base)
    .then((loaded) => loaded.prefetch(step, base))
    .catch(() => {
      app = undefined; // mountPlayground tries again, and says what failed
    });
}

/** Whether the page's URL holds shared code: a page mounts the playground at once then. */
export function hasSharedCode(): boolean {
  return hasCode(location.hash);
}

/**
 * Fetches the playground and mounts it in `element`, replacing what is there.
 * @throws TypeError when `element` is not an element or `step` is not a page's step.
 * @throws Error naming the file when a part of the playground cannot be fetched.
 */
export async function mountPlayground(
  element: HTMLElement,
  options: PlaygroundOptions,
): Promise<Playground> {
  if (!(element instanceof HTMLElement)) {
    throw new TypeError(`mountPlayground: element must be an HTMLElement, got ${String(element)}`);
  }
  const step = String(options.step);
  if (!/^(\d+|appendix)$/.test(step)) {
    throw new TypeError(`mountPlayground: step must be a step number or 'appendix', got '${step}'`);
  }
  const base = new URL(options.base ?? './', import.meta.url).href;
  const loaded = loadApp(base);
  loaded.catch(() => {
    app = undefined;
  });
  const source = options.source ?? fetchText(new URL(`sources/${step}.ts`, base).href);
  const shared = options.code ?? (hasSharedCode() ? decodeCode(location.hash) : undefined);
  return (await loaded).mount(element, {
    step,
    base,
    source: await source,
    run: options.run === true,
    ...(shared === undefined ? {} : { code: await shared }),
  });
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`the playground could not fetch ${url}: HTTP ${response.status}`);
  return response.text();
}

function addStylesheet(href: string): void {
  if (document.querySelector(`link[href="${href}"]`) !== null) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}
