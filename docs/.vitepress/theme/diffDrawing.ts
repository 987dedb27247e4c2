/**
 * Drawing a unified diff with diff2html, for DiffView.vue (in the browser only: diff2html's UI
 * draws into the page). Its TypeScript is highlighted by highlight.js.
 */
import type { DiffFile } from 'diff2html/lib-esm/types.js';
import type { Diff2HtmlUIConfig } from 'diff2html/lib-esm/ui/js/diff2html-ui-base.js';
import type { HighlightOptions, HighlightResult, HLJSApi } from 'highlight.js';

export type { DiffFile };

// A line of a comment: it starts (after its indent) with a slash-star, a star or two slashes.
const COMMENT_LINE = /^\s*(\/\*|\*|\/\/)/;

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

let highlighter: Promise<HLJSApi> | undefined;

/**
 * highlight.js, as diff2html calls it: one line at a time, so it cannot know that a line is
 * inside a doc comment, and would colour ` * Sets a \`Config\` setting for` as code. A line
 * that starts like a comment line is coloured as one; the rest go to highlight.js.
 */
function loadHighlighter(): Promise<HLJSApi> {
  highlighter ??= (async () => {
    const hljs = (await import('highlight.js/lib/core')).default;
    const typescript = (await import('highlight.js/lib/languages/typescript')).default;
    hljs.registerLanguage('typescript', typescript);
    return Object.create(hljs, {
      highlight: {
        value(code: string, options: HighlightOptions): HighlightResult {
          if (!COMMENT_LINE.test(code)) return hljs.highlight(code, options);
          const value = `<span class="hljs-comment">${escapeHtml(code)}</span>`;
          return { ...hljs.highlight('', options), value, code };
        },
      },
    }) as HLJSApi;
  })();
  return highlighter;
}

/**
 * `pnpm diff` names a file by its path in each step (`packages/step17/src/core.ts`,
 * `packages/step18/src/core.ts`): diff2html would call a step's copy of a module RENAMED. It
 * is the same module, changed, so it is shown under the later step's path. A new file is
 * marked by its old name alone (`--- /dev/null`), where diff2html looks for git's
 * `new file mode` line.
 */
export function fixFileNames(files: DiffFile[]): DiffFile[] {
  const role = (name: string) => name.replace(/^packages\/step\d+\//, '');
  return files.map((file) => {
    const isNew = file.isNew || file.oldName === '/dev/null';
    const isDeleted = file.isDeleted || file.newName === '/dev/null';
    const sameModule = !isNew && !isDeleted && role(file.oldName) === role(file.newName);
    return {
      ...file,
      isNew,
      isDeleted,
      ...(sameModule ? { oldName: file.newName, isRename: false } : {}),
    };
  });
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
export async function drawDiff(
  target: HTMLElement,
  files: readonly DiffFile[],
  view: 'side-by-side' | 'line-by-line',
): Promise<void> {
  const [{ Diff2HtmlUI }, { ColorSchemeType }, hljs] = await Promise.all([
    import('diff2html/lib-esm/ui/js/diff2html-ui-base.js'),
    import('diff2html/lib-esm/types.js'),
    loadHighlighter(),
  ]);
  for (const file of files) {
    const holder = document.createElement('div');
    target.append(holder);
    const format = view === 'side-by-side' && oneSided(file) ? 'line-by-line' : view;
    const config: Diff2HtmlUIConfig = {
      outputFormat: format,
      drawFileList: false,
      matching: 'lines',
      highlight: true,
      synchronisedScroll: true,
      fileListToggle: false,
      fileContentToggle: false,
      stickyFileHeaders: false,
      // One scheme; diffView.css recolours it for the dark theme.
      colorScheme: ColorSchemeType.LIGHT,
    };
    new Diff2HtmlUI(holder, [file], config, hljs).draw();
  }
}

/**
 * Keeps the rows of a side-by-side view level. Its two panes are two tables, one row per
 * line on each side; where a long line wraps on one side only, its row grows on that side
 * alone. Each pair of rows gets the taller height: read all first, then write, so the page
 * is laid out twice, not once per row.
 */
export function levelRows(view: HTMLElement): void {
  for (const files of view.querySelectorAll('.d2h-files-diff')) {
    const [left, right] = [...files.querySelectorAll('tbody')].map((body) => [...body.rows]);
    if (left === undefined || right === undefined) continue;
    for (const row of [...left, ...right]) row.style.height = '';
    const heights = left.map((row, i) =>
      Math.max(row.getBoundingClientRect().height, right[i]?.getBoundingClientRect().height ?? 0),
    );
    heights.forEach((height, i) => {
      for (const row of [left[i], right[i]]) if (row) row.style.height = `${height}px`;
    });
  }
}
