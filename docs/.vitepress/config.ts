/**
 * The docs site: VitePress, with the book's reading order in the sidebar (Home, steps 15 to 24,
 * the Appendix, then the reference pages), the step pages made from the packages' READMEs
 * (markdown.ts), the whole code of each step (pages.ts), the API pages typedoc writes into
 * api/ (scripts/api.ts), and the local search tuned to find ideas (search.ts). Links are
 * checked at build, and a warning fails it (scripts/build.ts).
 *
 * The site's source folder is the repository itself, so that a step's page is its README where
 * it is (packages/step18/README.md, shown at /steps/18), figures and all; `rewrites` gives each
 * page its address, and `srcExclude` leaves out every other Markdown file. So the root package
 * has VitePress and Vue among its devDependencies: a page outside docs/ imports them from there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { playgroundDevServer } from '@dezero/playground/vite';
import { existingSteps } from '@dezero/tools/steps';
import { createLogger } from 'vite';
import { type DefaultTheme, defineConfig } from 'vitepress';
import { dezeroMarkdown } from './markdown.js';
import { apiPackages, shortTitle, tabTitle } from './pages.js';
import { searchOptions } from './search.js';

/** The site's path on its host: `/` here, `/<repository>/` on GitHub Pages (pages.yml sets it). */
const base = process.env['DEZERO_BASE'] ?? '/';

/** Where each page's file is, relative to the repository, → its address: `steps/18.md` is `/steps/18`. */
export function pageAddress(page: string): string | undefined {
  const step = /^packages\/step(\d+)\/README\.md$/.exec(page);
  if (step) return `steps/${step[1]}.md`;
  if (page === 'packages/ndarray/README.md') return 'ndarray.md';
  const code = /^docs\/code\/(\d+)\.md$/.exec(page);
  if (code) return `steps/${code[1]}/code.md`;
  if (page.startsWith('docs/')) return page.slice('docs/'.length);
  return undefined;
}

/** The favicon, inline: the site's source folder is the repository, which has no public/ folder. */
const FAVICON = `data:image/svg+xml,${encodeURIComponent(readFileSync(join(import.meta.dirname, 'theme', 'favicon.svg'), 'utf8'))}`;

export const BOOK_REPOSITORY = 'https://github.com/oreilly-japan/deep-learning-from-scratch-3';
export const DEZERO_REPOSITORY = 'https://github.com/DeZero/dezero';

function sidebar(): DefaultTheme.SidebarItem[] {
  return [
    { text: 'Home', link: '/' },
    {
      text: 'Steps',
      items: existingSteps().map((step) => ({
        text: `${step} · ${shortTitle(step)}`,
        link: `/steps/${step}`,
      })),
    },
    { text: 'Appendix: Define-and-Run', link: '/appendix' },
    {
      text: 'Reference',
      items: [
        { text: 'Glossary (용어)', link: '/glossary' },
        { text: 'Decisions', link: '/decisions' },
        { text: 'How this is tested', link: '/testing' },
        { text: '@dezero/ndarray', link: '/ndarray' },
        {
          text: 'API',
          link: '/api/',
          collapsed: true,
          items: apiPackages().map((name) => ({
            text: `@dezero/${name}`,
            link: `/api/${name}`,
          })),
        },
      ],
    },
  ];
}

/**
 * Vite's logger, except that a warning (or an error) also sets the process's exit code, so
 * that scripts/build.ts fails a build that warned.
 */
function strictLogger() {
  const logger = createLogger();
  const { warn, warnOnce, error } = logger;
  logger.warn = (message, options) => {
    process.exitCode = 1;
    warn(message, options);
  };
  logger.warnOnce = (message, options) => {
    process.exitCode = 1;
    warnOnce(message, options);
  };
  logger.error = (message, options) => {
    process.exitCode = 1;
    error(message, options);
  };
  return logger;
}

export default defineConfig({
  title: 'DeZero-TS',
  titleTemplate: ':title · DeZero-TS',
  description:
    'Deep Learning from Scratch 3 (밑바닥부터 시작하는 딥러닝 3), steps 15 to 24, in TypeScript: one page per step.',
  lang: 'en',
  base,
  cleanUrls: true,
  // The repository is the source folder: its step packages' src/config.ts are not VitePress's.
  additionalConfig: {},
  srcDir: '..',
  srcExclude: [
    '*.md',
    'docs/README.md',
    'docs/e2e/**',
    // The playground's README is for who works on it; /playground/ is where its files are served.
    'docs/playground/**',
    'packages/*/!(README).md',
    'packages/!(step*|ndarray)/**',
    '**/node_modules/**',
    '**/dist/**',
  ],
  rewrites: (page) => pageAddress(page) ?? page,
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: FAVICON }]],
  lastUpdated: false,
  markdown: {
    // GitHub's high-contrast themes: every token stands out from the code block's background
    // by WCAG's 4.5:1 in both themes (e2e/theme.test.ts measures them); the plain ones do not.
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
    config: (md) => {
      md.use(dezeroMarkdown);
    },
  },
  transformPageData(page) {
    const step = /^steps\/(\d+)(\/code)?\.md$/.exec(page.relativePath);
    if (step) {
      const n = Number(step[1]);
      page.title = step[2] === undefined ? tabTitle(n) : `Step ${n} · The whole code`;
      page.titleTemplate = step[2] === undefined ? false : ':title · DeZero-TS';
      page.frontmatter['title'] = page.title;
      page.frontmatter['titleTemplate'] = page.titleTemplate;
      if (step[2] !== undefined) {
        page.frontmatter['prev'] = { text: `Step ${n}`, link: `/steps/${n}` };
        page.frontmatter['next'] = false;
      }
    }
  },
  themeConfig: {
    logo: { src: FAVICON, alt: '' },
    nav: [
      { text: 'Steps', link: `/steps/${existingSteps()[0]}` },
      { text: 'Glossary', link: '/glossary' },
      { text: 'API', link: '/api/' },
    ],
    sidebar: sidebar(),
    outline: { level: [2, 3], label: 'On this page' },
    docFooter: { prev: 'Previous', next: 'Next' },
    socialLinks: [{ icon: 'github', link: BOOK_REPOSITORY, ariaLabel: "The book's code (GitHub)" }],
    footer: {
      message: `The book's code: <a href="${BOOK_REPOSITORY}">oreilly-japan/deep-learning-from-scratch-3</a> · the original DeZero: <a href="${DEZERO_REPOSITORY}">DeZero/dezero</a>`,
    },
    search: { provider: 'local', options: searchOptions },
  },
  vite: {
    customLogger: strictLogger(),
    // `pnpm dev` serves the playground under /playground/ (the built site has it there).
    plugins: [playgroundDevServer()],
    // Nothing from a CDN, no web fonts from elsewhere: VitePress's own fonts are bundled.
    build: { chunkSizeWarningLimit: 1024 },
  },
});
