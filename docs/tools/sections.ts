/**
 * Generated sections of a page. A page's source (a step's README.md, docs/pages/overview.md)
 * marks where each goes with an HTML comment alone on a line, `<!-- dezero:demo -->`; the
 * build writes a copy of the page with every marker replaced. On GitHub the markers are
 * invisible, and the source never holds generated text that could go stale.
 */

const MARKER = /^<!-- dezero:([a-z]+) -->$/gm;

/** Writes one section, given nothing: each knows its step or page already. */
export type Section = () => string | Promise<string>;

/** The names of the sections `page` asks for, in order. */
export function sectionNames(page: string): string[] {
  return [...page.matchAll(MARKER)].map((match) => match[1] as string);
}

/**
 * Replaces each marker in `page` with its section, generated one at a time (the memory
 * figures measure, and must not overlap). `source` names the page in errors.
 */
export async function fillSections(
  source: string,
  page: string,
  sections: Readonly<Record<string, Section>>,
): Promise<string> {
  const filled = new Map<string, string>();
  for (const name of sectionNames(page)) {
    const section = sections[name];
    if (section === undefined) {
      const known = Object.keys(sections).join(', ');
      throw new Error(`${source}: no section '${name}' here (this page can have: ${known})`);
    }
    filled.set(name, (await section()).trimEnd());
  }
  return page.replace(MARKER, (_marker, name: string) => filled.get(name) ?? '');
}

/** A fenced code block, with a fence longer than any run of backticks inside. */
export function codeBlock(language: string, code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${code.trimEnd()}\n${fence}`;
}
