/**
 * The API pages: one typedoc run over every package's entry point (`src/index.ts`), written
 * as Markdown by typedoc-plugin-markdown into docs/api/ (generated, ignored by git), one page
 * per package: `api/step18.md`. A name a step re-exports is listed on its page as a link to
 * the step that defines it. Warnings are errors (an unresolved link, a name not exported).
 *
 * One run, not one per package: the packages share one TypeScript program, so a re-export
 * resolves to the declaration in the step that owns it. Run alone (`node --import tsx
 * scripts/api.ts`) it writes the pages and exits with typedoc's verdict.
 */
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '@dezero/tools/steps';
import { Application, Converter, LogLevel, ReflectionKind } from 'typedoc';
import { apiPackages } from '../.vitepress/pages.js';

export const apiDir = join(repoRoot, 'docs', 'api');

/** Writes docs/api/; resolves to the number of errors and warnings typedoc reported. */
export async function writeApiPages(): Promise<number> {
  rmSync(apiDir, { recursive: true, force: true });
  const packages = apiPackages();
  const app = await Application.bootstrapWithPlugins({
    entryPoints: packages.map((name) => join(repoRoot, 'packages', name, 'src', 'index.ts')),
    entryPointStrategy: 'resolve',
    tsconfig: join(repoRoot, 'docs', 'tsconfig.api.json'),
    plugin: ['typedoc-plugin-markdown', 'typedoc-vitepress-theme'],
    out: apiDir,
    readme: 'none',
    name: 'API',
    excludePrivate: true,
    excludeExternals: true,
    disableSources: true,
    treatWarningsAsErrors: true,
    validation: { notExported: true, invalidLink: true, invalidPath: true, rewrittenLink: true },
    logLevel: LogLevel.Warn,
    // typedoc-plugin-markdown: one page per package, headings VitePress anchors.
    outputFileStrategy: 'modules',
    entryFileName: 'index',
    hideBreadcrumbs: true,
    hidePageHeader: true,
    useCodeBlocks: true,
    expandParameters: false,
    parametersFormat: 'table',
    interfacePropertiesFormat: 'table',
    classPropertiesFormat: 'table',
    typeDeclarationFormat: 'table',
    sanitizeComments: true,
  } as Parameters<typeof Application.bootstrapWithPlugins>[0]);
  // A module is named by its package (`@dezero/step18`), not its folder (`step18/src`).
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      const folder = /(ndarray|step\d+)/.exec(module.name)?.[1];
      if (folder !== undefined) module.name = `@dezero/${folder}`;
    }
  });
  const project = await app.convert();
  if (project === undefined) return 1;
  app.validate(project);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) return 1;
  await app.generateOutputs(project);
  flatten();
  return app.logger.hasErrors() || app.logger.hasWarnings() ? 1 : 0;
}

/**
 * typedoc-plugin-markdown names a page by its module, `@dezero/step18.md`: the pages move up
 * to `api/step18.md` (their links to each other are relative, and stay right), and the index
 * links to them there. The theme's sidebar file goes: config.ts lists the pages itself.
 */
function flatten(): void {
  const scoped = join(apiDir, '@dezero');
  for (const file of readdirSync(scoped)) renameSync(join(scoped, file), join(apiDir, file));
  rmSync(scoped, { recursive: true });
  rmSync(join(apiDir, 'typedoc-sidebar.json'), { force: true });
  const index = join(apiDir, 'index.md');
  writeFileSync(index, readFileSync(index, 'utf8').replaceAll('](@dezero/', ']('));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const problems = await writeApiPages();
  console.log(`API pages: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exit(problems === 0 ? 0 : 1);
}
