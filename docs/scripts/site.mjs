/**
 * `turbo run site`'s entry point: build.ts, with the big libraries it uses loaded first.
 *
 * tsx, which lets Node run this project's TypeScript as it is, looks at every module Node
 * loads while it is registered, libraries too. VitePress and typedoc are the two largest: on 2
 * cores, a Node process that loads both took 2.7 s under tsx and 0.9 s without, and the
 * site's build 10.6 s under tsx and 9.2 s with them loaded first (averages of four runs). So
 * this file, plain JavaScript, loads them before it registers tsx; Node keeps a module it has
 * loaded, and build.ts then gets these without tsx reading them again.
 */
await Promise.all(
  ['vitepress', 'typedoc', 'typedoc-plugin-markdown', 'typedoc-vitepress-theme'].map(
    (library) => import(library),
  ),
);
const { register } = await import('tsx/esm/api');
register();
await import('./build.ts');
