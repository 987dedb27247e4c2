/**
 * The search box: VitePress's local search (minisearch), tuned so that an idea finds the page
 * that teaches it. Each page is indexed by section (heading), so a result opens at the heading
 * that matched, with a snippet of it (`detailedView`).
 *
 * - A page is indexed without its code blocks (the generated diff, the demo and its output,
 *   an API entry's signature): the prose around them names what they show, and leaving them
 *   out keeps the index small and quick to build. Headings and inline code stay.
 * - The teaching pages (steps, Appendix, Glossary, Decisions, ndarray) rank above the API
 *   pages, where one class is listed once per step that has its own copy of it; a name an
 *   API page only re-exports is not indexed there.
 * - Words match by prefix (`역전파` finds `역전파를`) and with a small typo (`backwrd`); the
 *   book's Python names (`retain_grad`, `__radd__`) are split at `_` as the pages' words are,
 *   so they find the pages that name them.
 */
import type { DefaultTheme } from 'vitepress';

/** A fenced code block (a diff, a demo, its output, a signature): left out of the index. */
const CODE_BLOCK = /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\1$/gm;

/**
 * An API page's list of the names it re-exports ("Re-exports Variable"): one line per name,
 * repeated on the page of every later step. Each name is indexed where it is declared.
 */
const REEXPORTS = /^## References\n[\s\S]*?(?=^## |(?![\s\S]))/m;

export const searchOptions: DefaultTheme.LocalSearchOptions = {
  detailedView: true,
  miniSearch: {
    searchOptions: {
      fuzzy: 0.2,
      prefix: true,
      boost: { title: 4, text: 2, titles: 1 },
      // Serialized into the page as its source text (VitePress does so with functions in the
      // theme's config), so it names nothing outside itself.
      boostDocument: (id: string) =>
        id.includes('/api/') ? 0.2 : id.includes('/steps/') ? 1.2 : 1,
    },
  },
  _render(src, env, md) {
    const indexed = /^(docs\/)?api\//.test(env.relativePath) ? src.replace(REEXPORTS, '') : src;
    const html = md.render(indexed.replace(CODE_BLOCK, ''), env);
    if (env.frontmatter?.['search'] === false) return '';
    return html;
  },
};
