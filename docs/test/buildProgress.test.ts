import { describe, expect, it } from 'vitest';
import { readTurboLine } from '../tools/buildProgress.js';

describe("reading turbo's output for pnpm start's progress lines", () => {
  it('a task that starts building, and one that comes from the cache', () => {
    expect(readTurboLine('@dezero/step18:docs: cache miss, executing 4f9830e4ec52401c')).toEqual({
      kind: 'start',
      pkg: '@dezero/step18',
      cached: false,
    });
    expect(readTurboLine('@dezero/docs:docs: cache hit, replaying logs 4f9830e4ec52401c')).toEqual({
      kind: 'start',
      pkg: '@dezero/docs',
      cached: true,
    });
  });

  it("a task's own output, kept for when it fails", () => {
    expect(readTurboLine('@dezero/step15:docs: Error: no section here')).toEqual({
      kind: 'log',
      pkg: '@dezero/step15',
      text: 'Error: no section here',
    });
  });

  it("turbo's summary: how many tasks came from the cache, and which failed", () => {
    expect(readTurboLine('Cached:    10 cached, 10 total')).toEqual({
      kind: 'summary',
      cached: 10,
      total: 10,
    });
    expect(readTurboLine('Failed:    @dezero/step15#docs')).toEqual({
      kind: 'failed',
      pkgs: ['@dezero/step15'],
    });
    expect(readTurboLine('   • Running docs in 11 packages').kind).toBe('other');
  });
});
