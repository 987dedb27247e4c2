/**
 * `turbo run site`'s entry point: build.ts, with the big libraries it uses loaded first.
 *
 * tsx, which lets Node run this project's TypeScript as it is, looks at every module Node
 * loads while it is registered, libraries too. For VitePress and typedoc, the two largest, that
 * came to about 1.5 s of a cold `pnpm start` on 2 cores (2.7 s to load both under tsx,
 * 0.9 s without). So this file, plain JavaScript, loads them before it registers tsx; Node
 * keeps a module it has loaded, and build.ts then gets these without tsx reading them again.
 */
await Promise.all(
  ['vitepress', 'typedoc', 'typedoc-plugin-markdown', 'typedoc-vitepress-theme'].map(
    (library) => import(library),
  ),
);
const { register } = await import('tsx/esm/api');
register();
await import('./build.ts');
