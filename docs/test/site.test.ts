/**
 * The site's own code, without a browser: how a README's links become the site's, which file
 * is which page, what the whole-code page highlights, and what the search leaves out.
 */
import { existingSteps } from '@dezero/tools/steps';
import { createMarkdownRenderer, type MarkdownEnv } from 'vitepress';
import { describe, expect, it } from 'vitest';
import { pageAddress } from '../.vitepress/config.js';
import { dezeroMarkdown, siteLink } from '../.vitepress/markdown.js';
import { codePage, tabTitle } from '../.vitepress/pages.js';
import { searchOptions } from '../.vitepress/search.js';

describe('a link that works on GitHub becomes the site’s link to the same thing', () => {
  const step18 = 'packages/step18/README.md';
  it.each([
    ['../step17/README.md', 'step 17', '/steps/17'],
    ['../step17/README.md#the-idea', 'the idea', '/steps/17#the-idea'],
    ['../ndarray/README.md', 'ndarray', '/ndarray'],
    ['../../docs/decisions.md', 'decisions', '/decisions'],
    ['../../docs/index.md#before-you-start', 'notes', '/#before-you-start'],
    ['src/', 'the whole code', '/steps/18/code'],
    ['src/index.ts', 'Its API', '/api/step18'],
    ['src/config.ts', '`Config`', '/api/step18#config'],
    ['src/core.ts', '`Function.call`', '/api/step18#call'],
    ['src/config.ts', 'the module', '/steps/18/code#src-config-ts'],
  ])('%s (%s) → %s', (href, text, expected) => {
    expect(siteLink(step18, href, text)).toBe(expected);
  });

  it('leaves addresses on the web and anchors on the page as they are', () => {
    expect(siteLink(step18, 'https://github.com/DeZero/dezero', 'DeZero')).toBeUndefined();
    expect(siteLink(step18, '#the-demo', 'the demo')).toBeUndefined();
  });

  it('links a page of docs/ from another page of docs/', () => {
    expect(siteLink('docs/glossary.md', 'appendix.md', 'the appendix')).toBe('/appendix');
    expect(siteLink('docs/glossary.md', '../packages/step15/README.md', '15')).toBe('/steps/15');
  });
});

describe('each file is a page at its address', () => {
  it.each([
    ['packages/step18/README.md', 'steps/18.md'],
    ['packages/ndarray/README.md', 'ndarray.md'],
    ['docs/code/18.md', 'steps/18/code.md'],
    ['docs/glossary.md', 'glossary.md'],
    ['docs/api/step18.md', 'api/step18.md'],
  ])('%s → %s', (file, address) => {
    expect(pageAddress(file)).toBe(address);
  });

  it('other Markdown files are no page', () => {
    expect(pageAddress('packages/tools/README.md')).toBeUndefined();
    expect(pageAddress('CONTRIBUTING.md')).toBeUndefined();
  });

  it('a step’s tab title is its number and its title, capitalised', () => {
    expect(tabTitle(18)).toBe('Step 18 · Memory-saving mode');
  });
});

describe('a README on the site', () => {
  async function render(
    markdown: string,
    file: string,
  ): Promise<{ html: string; links: string[] }> {
    const md = await createMarkdownRenderer(
      '/',
      {
        config: (m) => {
          m.use(dezeroMarkdown);
        },
      },
      '/',
    );
    const root = new URL('../../', import.meta.url).pathname;
    const env: MarkdownEnv = {
      path: `${root}${file}`,
      realPath: `${root}${file}`,
      relativePath: file,
      cleanUrls: true,
    };
    const html = md.render(markdown, env);
    return { html, links: (env as { links?: string[] }).links ?? [] };
  }

  it('loses its block markers, links to the site, and puts its diff in the diff view', async () => {
    const { html, links } = await render(
      [
        '<!-- dezero:diff -->',
        '',
        'See [step 17](../step17/README.md).',
        '',
        '```diff',
        '+added',
        '```',
        '',
        '<!-- /dezero:diff -->',
        '',
        '![A figure](figures/memory.svg)',
      ].join('\n'),
      'packages/step18/README.md',
    );
    expect(html).not.toContain('dezero:');
    expect(links).toEqual(['/steps/17']);
    expect(html).toMatch(/<DiffView>\s*<div class="language-diff/);
    expect(html).toContain('<img class="dz-figure"');
  });
});

describe('the whole code of a step', () => {
  it('holds every module, and highlights only the lines the step changed', () => {
    const page = codePage(18);
    expect(page).toMatch(/^# Step 18: the whole code\n/);
    for (const file of ['src/config.ts', 'src/core.ts', 'src/numericalDiff.ts']) {
      expect(page).toContain(`## ${file}`);
    }
    // core.ts: step 18's own copy, some lines highlighted; numericalDiff.ts: inherited, none.
    expect(page).toMatch(
      /## src\/core\.ts\n\n`packages\/step18\/src\/core\.ts`, step 18's own copy\.\n\n`{3,}ts:line-numbers \{[\d,-]+\}/,
    );
    expect(page).toMatch(
      /## src\/numericalDiff\.ts\n\n`packages\/step15\/src\/numericalDiff\.ts`, inherited from \[step 15\]\(\/steps\/15\), re-exported unchanged\.\n\n`{3,}ts:line-numbers\n/,
    );
    // config.ts is new in step 18: not a copy of anything.
    expect(page).toContain('`packages/step18/src/config.ts`, new in step 18.');
    expect(page).not.toContain("config.ts`, step 18's own copy");
  });

  it('of the first step highlights nothing: there is no step before it', () => {
    expect(codePage(existingSteps()[0] ?? 15)).not.toMatch(/line-numbers \{/);
  });
});

describe('the search index', () => {
  async function indexed(src: string, relativePath: string): Promise<string> {
    const md = await createMarkdownRenderer('/', {}, '/');
    const render = searchOptions._render;
    if (render === undefined) throw new Error('no _render');
    // VitePress's renderer, typed by VitePress's copy of markdown-it's types.
    const renderer = md as unknown as Parameters<typeof render>[2];
    return render(src, { path: relativePath, relativePath, cleanUrls: true }, renderer);
  }

  it('leaves out a page’s code blocks, its generated diff among them', async () => {
    const html = await indexed(
      '# A\n\ntext `inline`\n\n```diff\n+generation\n```\n\n````ts\nconst demo = 1;\n````\n',
      'packages/step18/README.md',
    );
    expect(html).toContain('text');
    expect(html).toContain('inline');
    expect(html).not.toContain('generation');
    expect(html).not.toContain('demo');
  });

  it('leaves out what an API page only re-exports', async () => {
    const html = await indexed(
      '# @dezero/step19\n\n## Classes\n\n### Variable\n\n## References\n\n### noGrad\n\nRe-exports noGrad\n',
      'docs/api/step19.md',
    );
    expect(html).toContain('Variable');
    expect(html).not.toContain('noGrad');
  });
});
