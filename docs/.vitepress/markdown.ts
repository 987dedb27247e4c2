/**
 * What the site does to a page's Markdown that GitHub does not: a page is the committed file
 * as it is (a step's README, the ndarray README, a page in docs/), and this markdown-it plugin
 *
 * - drops the markers of the generated blocks (`<!-- dezero:demo -->`), HTML comments that
 *   GitHub hides too, and puts the playground (`<StepPlayground>`) where a step's demo block
 *   ends, and where the appendix's example's output ends;
 * - turns the step's ```diff block into the diff view (theme/DiffView.vue), which keeps the
 *   block itself as its plain-text view;
 * - turns each link that works on GitHub into the site's address for the same thing: another
 *   README is that package's page (`../step17/README.md` → `/steps/17`), a page in docs/ is
 *   that page, a link to a step's source file with a name as its text (`` [`Config`](src/config.ts) ``)
 *   is that name's entry on the step's API page, and any other source file is the step's
 *   whole-code page at that file (VitePress would keep the GitHub path, relative to the page's
 *   new address, and find it dead);
 * - marks the figures (SVG pictures), which open full size on a tap (theme/index.ts).
 *
 * The site's source folder is the repository (config.ts), so a README's figures, beside it,
 * are found where GitHub finds them.
 */
import { join, posix, relative, sep } from 'node:path';
import type { MarkdownEnv, MarkdownRenderer as MarkdownIt } from 'vitepress';

type Token = ReturnType<MarkdownIt['parse']>[number];

/** A generated block's marker, alone in an HTML block: `<!-- dezero:demo -->`, `<!-- /dezero:demo -->`. */
const MARKER = /^<!-- \/?dezero:[a-z][a-z0-9-]*(?: [^\s]+)* -->\s*$/;

/** The repository: the site's source folder (config.ts). */
const repoRoot = join(import.meta.dirname, '..', '..');

/**
 * The file a page was made from, relative to the repository: what its relative links start
 * from. VitePress gives the page's new address as `relativePath` (`steps/18.md`) and its file
 * as `realPath`.
 */
export function sourceOf(env: MarkdownEnv): string {
  return relative(repoRoot, env.realPath ?? env.path)
    .split(sep)
    .join('/');
}

/**
 * The playground that follows the block a page opened with `opening`, if any: a step's
 * README has its step's after the demo (`<!-- dezero:demo -->`), the appendix has the
 * appendix's after its example's output (`<!-- dezero:output examples/defineAndRun.ts -->`).
 */
export function playgroundAfter(source: string, opening: string): string | undefined {
  const step = /^packages\/step(\d+)\/README\.md$/.exec(source);
  if (step && /^<!-- dezero:demo( measured)? -->$/.test(opening)) return step[1];
  if (
    source === 'docs/appendix.md' &&
    opening === '<!-- dezero:output examples/defineAndRun.ts -->'
  ) {
    return 'appendix';
  }
  return undefined;
}

/** A name as a link's text shows it (`` `Config` ``, `` `Function.call` ``): its API anchor. */
const API_NAME = /^`?([A-Za-z_$][\w$]*)(?:\.([A-Za-z_$][\w$]*))?(?:\(\))?`?$/;

/**
 * The site's address for a link of the page made from `source`, or `undefined` to leave it as
 * it is (an address on the web, an anchor on the same page).
 */
export function siteLink(source: string, href: string, text: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('/')) {
    return undefined;
  }
  const [path = '', hash = ''] = href.split('#');
  const target = posix.normalize(posix.join(posix.dirname(source), path));
  const anchor = hash === '' ? '' : `#${hash}`;
  const readme = /^packages\/([^/]+)\/README\.md$/.exec(target);
  if (readme) {
    const name = readme[1] ?? '';
    const step = /^step(\d+)$/.exec(name);
    if (step) return `/steps/${step[1]}${anchor}`;
    if (name === 'ndarray') return `/ndarray${anchor}`;
  }
  const docsPage = /^docs\/(.+)\.md$/.exec(target);
  if (docsPage) return `/${docsPage[1] === 'index' ? '' : docsPage[1]}${anchor}`;
  const code = /^packages\/step(\d+)\/src\/?$/.exec(`${target}/`.replace(/\/\/$/, '/'));
  if (code) return `/steps/${code[1]}/code${anchor}`;
  const entry = /^packages\/(step\d+|ndarray)\/src\/index\.ts$/.exec(target);
  if (entry) return `/api/${entry[1]}${anchor}`;
  const sourceFile = /^packages\/step(\d+)\/(src\/.+\.ts)$/.exec(target);
  if (sourceFile) {
    const [, step, file = ''] = sourceFile;
    const name = API_NAME.exec(text.trim());
    if (name) return `/api/step${step}#${apiAnchor(name[1] ?? '', name[2])}`;
    return `/steps/${step}/code#${file.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}`;
  }
  return undefined;
}

/** The anchor of an exported name's heading on an API page, as typedoc-plugin-markdown writes it. */
export function apiAnchor(name: string, member?: string): string {
  return (member === undefined ? name : `${member}`).toLowerCase();
}

function rewriteInline(tokens: Token[], source: string): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token.type === 'link_open') {
      const href = token.attrGet('href');
      if (href === null) continue;
      let text = '';
      for (let j = i + 1; j < tokens.length && tokens[j]?.type !== 'link_close'; j++) {
        text += tokens[j]?.content ?? '';
      }
      const link = siteLink(source, href, text);
      if (link !== undefined) token.attrSet('href', link);
    }
    if (token.children) rewriteInline(token.children, source);
  }
}

export function dezeroMarkdown(md: MarkdownIt): void {
  md.core.ruler.push('dezero', (state) => {
    const env = state.env as MarkdownEnv;
    const source = sourceOf(env);
    const tokens = state.tokens;
    // The block the playground follows: a step's demo, the appendix's example.
    let opened = '';
    for (const token of tokens) {
      if (token.type !== 'html_block' || !MARKER.test(token.content)) continue;
      const marker = token.content.trim();
      if (!marker.startsWith('<!-- /')) {
        opened = marker;
        continue;
      }
      const step = playgroundAfter(source, opened);
      token.content = step === undefined ? '' : `<StepPlayground step="${step}" />\n`;
    }
    for (let i = tokens.length - 1; i >= 0; i--) {
      const token = tokens[i];
      if (token?.type === 'html_block' && token.content === '') tokens.splice(i, 1);
      else if (token?.type === 'html_block' && MARKER.test(token.content)) tokens.splice(i, 1);
    }
    rewriteInline(tokens, source);
  });

  // The step's diff, drawn by the diff view around the plain block.
  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const plain = fence
      ? fence(tokens, index, options, env, self)
      : self.renderToken(tokens, index, options);
    if (token?.info.trim() !== 'diff') return plain;
    return `<DiffView>\n${plain}\n</DiffView>\n`;
  };

  // A figure: a picture that opens full size on a click or a tap (theme/figures.ts).
  const image = md.renderer.rules.image;
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const html = image
      ? image(tokens, index, options, env, self)
      : self.renderToken(tokens, index, options);
    return tokens[index]?.attrGet('src')?.endsWith('.svg')
      ? html.replace('<img ', '<img class="dz-figure" ')
      : html;
  };
}
