/**
 * A typedoc plugin for the site's search box (docs/typedoc.json loads it): typedoc's own box
 * and results list, fed a fuller index.
 *
 * - **Step pages.** Each step's page is its package's README, which typedoc keeps as the
 *   module's `readme` and does not index. This adds it as two fields: `title` (the page's
 *   first heading, with the Korean edition's title) and `page` (its prose and its TypeScript
 *   snippets; the generated diff, demo output and figures are left out, as they are the code
 *   the API entries already index).
 * - **Korean.** typedoc builds the index with lunr's trimmer, which strips `\W` from both ends
 *   of every token: `\W` is ASCII-only, so a Korean word is trimmed away to nothing. The
 *   trimmer is swapped, for this build only, for one that strips what is neither a letter nor
 *   a digit in any script. The search box needs no change: it looks each typed word up as
 *   `*word*`, which matches inside a token, so `역전파` also finds `역전파를`.
 *
 * The Glossary and Decisions pages and the doc comments (where `retainGrad` and
 * `enableBackprop` are described) are typedoc's own `searchInDocuments` and `searchInComments`.
 */
import { createRequire } from 'node:module';
import { type Application, type DeclarationReflection, IndexEvent, ReflectionKind } from 'typedoc';

/** How much a match counts in each field added here; typedoc's `name` counts 10, `comment` 1. */
export const FIELD_WEIGHTS = { title: 8, lead: 4, page: 2 } as const;

/** A step page counts this many times an API entry that matches as well. */
export const PAGE_BOOST = 3;

/** The few parts of lunr this file touches. */
interface Lunr {
  trimmer: TokenFunction;
}
interface TokenFunction {
  (token: LunrToken): LunrToken;
  label?: string;
}
interface LunrToken {
  update(fn: (text: string) => string): LunrToken;
}

/** Strips what is neither a letter nor a digit (of any script) from both ends of a token. */
export function trimToken(text: string): string {
  return text.replace(/^[^\p{L}\p{N}_]+/u, '').replace(/[^\p{L}\p{N}_]+$/u, '');
}

/**
 * Swaps lunr's trimmer for {@link trimToken}. typedoc reads `lunr.trimmer` when it builds the
 * index, so the swap must reach typedoc's own copy of lunr: it is required from typedoc's
 * folder. The label stays `trimmer`, a name lunr has registered.
 */
function useUnicodeTrimmer(): void {
  const typedocDir = createRequire(import.meta.url).resolve('typedoc/package.json');
  const lunr = createRequire(typedocDir)('lunr') as Lunr;
  const trimmer: TokenFunction = (token) => token.update(trimToken);
  trimmer.label = 'trimmer';
  lunr.trimmer = trimmer;
}

/** The fenced blocks left out of a page's index: generated diffs, demo output, shell lines. */
const UNINDEXED_FENCES = /^(`{3,})(diff|text|sh)\b[^\n]*\n[\s\S]*?^\1[ \t]*$/gm;

/**
 * A step page's searchable text: its title; its lead, the paragraph before the first section,
 * which says what the step is about; and the whole of its prose with its TypeScript snippets.
 */
export function pageFields(markdown: string): { title: string; lead: string; page: string } {
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1] ?? '';
  const lead = /^#\s+.+\n([\s\S]*?)(?=^##\s|$(?![\s\S]))/m.exec(markdown)?.[1] ?? '';
  const page = markdown
    .replace(UNINDEXED_FENCES, ' ')
    .replace(/<(svg|figure)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  return { title, lead, page };
}

export function load(app: Application): void {
  useUnicodeTrimmer();
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event: IndexEvent) => {
    Object.assign(event.searchFieldWeights, FIELD_WEIGHTS);
    // A member a class inherits is listed again under each subclass (Add.outputs,
    // Exp.outputs, … all Function.outputs); the index keeps the one it comes from.
    for (let i = event.searchResults.length - 1; i >= 0; i--) {
      if ((event.searchResults[i] as DeclarationReflection).inheritedFrom) event.removeResult(i);
    }
    event.searchResults.forEach((reflection, i) => {
      if (reflection.isDocument()) reflection.relevanceBoost = PAGE_BOOST;
      if (!reflection.kindOf(ReflectionKind.Module)) return;
      reflection.relevanceBoost = PAGE_BOOST;
      const readme = (reflection as DeclarationReflection).readme;
      if (readme === undefined) return;
      // A {@link} keeps only its text: the words a reader sees.
      const markdown = readme.map((part) => part.text).join('');
      Object.assign(event.searchFields[i] ?? {}, pageFields(markdown));
    });
  });
}
