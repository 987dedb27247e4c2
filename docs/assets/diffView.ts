/**
 * The site's script (typedoc's `customJs`, bundled by tools/site.ts): on a step page,
 * the generated ```diff block becomes a diff2html view, side by side by default, with its
 * TypeScript highlighted by highlight.js. A switch above it picks the view: side by side,
 * unified, or the plain unified text (typedoc's own block, with its Copy button). The choice
 * is remembered for the next page.
 */
import { parse } from 'diff2html/lib-esm/diff2html.js';
import { ColorSchemeType, type DiffFile } from 'diff2html/lib-esm/types.js';
import { Diff2HtmlUI, type Diff2HtmlUIConfig } from 'diff2html/lib-esm/ui/js/diff2html-ui-base.js';
import type { HighlightOptions, HighlightResult, HLJSApi } from 'highlight.js';
import hljs from 'highlight.js/lib/core';
import typescript from 'highlight.js/lib/languages/typescript';

hljs.registerLanguage('typescript', typescript);

// A line of a comment: it starts (after its indent) with a slash-star, a star or two slashes.
const COMMENT_LINE = /^\s*(\/\*|\*|\/\/)/;

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * highlight.js, as diff2html calls it: one line at a time, so it cannot know that a line is
 * inside a doc comment, and would colour ` * Sets a \`Config\` setting for` as code. A line
 * that starts like a comment line is coloured as one; the rest go to highlight.js.
 */
const highlighter: HLJSApi = Object.create(hljs, {
  highlight: {
    value(code: string, options: HighlightOptions): HighlightResult {
      if (!COMMENT_LINE.test(code)) return hljs.highlight(code, options);
      const value = `<span class="hljs-comment">${escapeHtml(code)}</span>`;
      return { ...hljs.highlight('', options), value, code };
    },
  },
});

type View = 'side-by-side' | 'line-by-line' | 'text';

const VIEWS: readonly { readonly view: View; readonly label: string }[] = [
  { view: 'side-by-side', label: 'Side by side' },
  { view: 'line-by-line', label: 'Unified' },
  { view: 'text', label: 'Plain text' },
];

const STORED_VIEW = 'dezero-diff-view';

function storedView(): View {
  try {
    const view = localStorage.getItem(STORED_VIEW);
    if (VIEWS.some((v) => v.view === view)) return view as View;
  } catch {
    // Storage can be switched off; the default then holds.
  }
  return 'side-by-side';
}

function storeView(view: View): void {
  try {
    localStorage.setItem(STORED_VIEW, view);
  } catch {
    // As above: the choice then lasts for this page only.
  }
}

/** The unified diff a highlighted block holds: typedoc ends each of its lines with a <br>. */
function diffText(code: HTMLElement): string {
  const copy = code.cloneNode(true) as HTMLElement;
  for (const br of copy.querySelectorAll('br')) br.replaceWith('\n');
  return copy.textContent ?? '';
}

/** A file only added or only removed: side by side, one of its two panes would be empty. */
function oneSided(file: DiffFile): boolean {
  const types = new Set(file.blocks.flatMap((block) => block.lines.map((line) => line.type)));
  return types.size === 1;
}

/**
 * Draws each file of the diff in `view`, except that a file only added or only removed is
 * drawn unified in the side-by-side view too, across the whole width.
 */
function render(
  target: HTMLElement,
  files: readonly DiffFile[],
  view: Exclude<View, 'text'>,
): void {
  for (const file of files) {
    const holder = document.createElement('div');
    target.append(holder);
    const format = view === 'side-by-side' && oneSided(file) ? 'line-by-line' : view;
    new Diff2HtmlUI(holder, [file], config(format), highlighter).draw();
  }
}

function config(format: Exclude<View, 'text'>): Diff2HtmlUIConfig {
  return {
    outputFormat: format,
    drawFileList: false,
    matching: 'lines',
    highlight: true,
    synchronisedScroll: true,
    fileListToggle: false,
    fileContentToggle: false,
    stickyFileHeaders: false,
    // One scheme; the site's stylesheet recolours it for typedoc's dark theme.
    colorScheme: ColorSchemeType.LIGHT,
  };
}

/**
 * Keeps the rows of a side-by-side view level. Its two panes are two tables, one row per
 * line on each side; where a long line wraps on one side only, its row grows on that side
 * alone. Each pair of rows gets the taller height: read all first, then write, so the page
 * is laid out twice, not once per row.
 */
function levelRows(view: HTMLElement): void {
  for (const files of view.querySelectorAll('.d2h-files-diff')) {
    const [left, right] = [...files.querySelectorAll('tbody')].map((body) => [...body.rows]);
    if (left === undefined || right === undefined) continue;
    const rows = [...left, ...right];
    for (const row of rows) row.style.height = '';
    const heights = left.map((row, i) =>
      Math.max(row.getBoundingClientRect().height, right[i]?.getBoundingClientRect().height ?? 0),
    );
    heights.forEach((height, i) => {
      for (const row of [left[i], right[i]]) if (row) row.style.height = `${height}px`;
    });
  }
}

/** Wraps one ```diff block in the switch and its views. */
function enhance(pre: HTMLPreElement, code: HTMLElement): void {
  // `pnpm diff` marks a new file by its old name alone (`--- /dev/null`); diff2html looks for
  // git's `new file mode` line, and would tag the file RENAMED.
  const files = parse(diffText(code)).map((file) => ({
    ...file,
    isNew: file.isNew || file.oldName === '/dev/null',
    isDeleted: file.isDeleted || file.newName === '/dev/null',
  }));
  const box = document.createElement('div');
  box.className = 'dz-diff';
  const bar = document.createElement('div');
  bar.className = 'dz-diff-switch';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Show the change');
  pre.replaceWith(box);

  const panes = new Map<View, HTMLElement>();
  const buttons = new Map<View, HTMLButtonElement>();
  for (const { view, label } of VIEWS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.dataset['view'] = view;
    button.addEventListener('click', () => {
      show(view);
      storeView(view);
    });
    bar.append(button);
    buttons.set(view, button);
    if (view === 'text') {
      panes.set(view, pre);
    } else {
      const pane = document.createElement('div');
      pane.className = `dz-diff-view dz-diff-${view}`;
      panes.set(view, pane);
    }
  }
  box.append(bar, ...panes.values());

  function show(view: View): void {
    box.dataset['view'] = view;
    for (const [v, pane] of panes) {
      pane.hidden = v !== view;
      buttons.get(v)?.setAttribute('aria-pressed', String(v === view));
    }
    const pane = panes.get(view);
    if (view !== 'text' && pane !== undefined && pane.childElementCount === 0) {
      render(pane, files, view);
    }
    if (view === 'side-by-side' && pane !== undefined) levelRows(pane);
  }
  show(storedView());

  // Wrapping changes with the width, and with the fonts once they have loaded.
  const sideBySide = panes.get('side-by-side');
  if (sideBySide === undefined) return;
  let width = 0;
  new ResizeObserver(([entry]) => {
    const newWidth = entry?.contentRect.width ?? 0;
    if (newWidth === width || sideBySide.hidden) return;
    width = newWidth;
    levelRows(sideBySide);
  }).observe(box);
  void document.fonts.ready.then(() => {
    if (!sideBySide.hidden) levelRows(sideBySide);
  });
}

for (const code of document.querySelectorAll<HTMLElement>('pre > code.diff')) {
  enhance(code.parentElement as HTMLPreElement, code);
}
