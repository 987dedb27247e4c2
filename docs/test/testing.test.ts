/**
 * The "How this is tested" page, docs/testing.md: it is on the site, in the sidebar's
 * Reference group right after Decisions, and its generated tables (the steps' tests, the test
 * counts, the mutation scores) are what `pnpm readme` would write now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBlocks } from '@dezero/tools/blocks';
import { committedPages, problemsOf } from '@dezero/tools/committedPages';
import { repoRoot } from '@dezero/tools/steps';
import type { DefaultTheme } from 'vitepress';
import { describe, expect, it } from 'vitest';
import config, { pageAddress } from '../.vitepress/config.js';

const page = join(repoRoot, 'docs', 'testing.md');

describe('docs/testing.md', () => {
  it('is the page /testing', () => {
    expect(pageAddress('docs/testing.md')).toBe('testing.md');
  });

  it('is in the sidebar, in the Reference group, right after Decisions', () => {
    const sidebar = config.themeConfig?.sidebar as DefaultTheme.SidebarItem[];
    const reference = sidebar.find((item) => item.text === 'Reference');
    const links = reference?.items?.map((item) => item.link);
    expect(links).toContain('/testing');
    expect(links?.indexOf('/testing')).toBe((links?.indexOf('/decisions') ?? -2) + 1);
  });

  it('has its three generated tables, each current (`pnpm readme` writes them)', async () => {
    const kinds = parseBlocks(page, readFileSync(page, 'utf8')).map((block) => block.kind);
    expect(kinds).toEqual(['suites', 'tests', 'mutation']);
    const testing = committedPages().filter((committed) => committed.path === page);
    expect(testing).toHaveLength(1);
    expect(await Promise.all(testing.map(problemsOf))).toEqual([[]]);
  });
});
