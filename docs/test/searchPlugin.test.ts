import { describe, expect, it } from 'vitest';
import { pageFields, trimToken } from '../tools/searchPlugin.js';

describe("the search index's trimmer", () => {
  it('keeps Korean words, which lunr’s ASCII-only trimmer strips to nothing', () => {
    expect(trimToken('역전파')).toBe('역전파');
    expect(trimToken('(역전파)')).toBe('역전파');
    expect(trimToken('모드),')).toBe('모드');
  });

  it('still strips punctuation from both ends, and keeps what is inside', () => {
    expect(trimToken('`retainGrad:')).toBe('retainGrad');
    expect(trimToken('config.enablebackprop`,')).toBe('config.enablebackprop');
    expect(trimToken('—')).toBe('');
  });
});

describe('the fields a step page adds to the index', () => {
  const page = [
    '# Step 18: memory-saving mode — 메모리 절약 모드',
    '',
    'Two ways to use less memory, and `retainGrad`.',
    '',
    '## The demo',
    '',
    '```ts',
    'const y = noGrad(() => square(x));',
    '```',
    '',
    '```text',
    'variable(4.0)',
    '```',
    '',
    '````diff',
    '+export function usingConfig(',
    '````',
    '',
    '<svg xmlns="http://www.w3.org/2000/svg"><text>32.0 MB</text></svg>',
  ].join('\n');

  it('title: the first heading, Korean title and all', () => {
    expect(pageFields(page).title).toBe('Step 18: memory-saving mode — 메모리 절약 모드');
  });

  it('lead: the paragraph before the first section', () => {
    expect(pageFields(page).lead.trim()).toBe('Two ways to use less memory, and `retainGrad`.');
  });

  it('page: the prose and the TypeScript, not the diff, the output or the figure', () => {
    const { page: text } = pageFields(page);
    expect(text).toContain('Two ways to use less memory');
    expect(text).toContain('noGrad(() => square(x))');
    expect(text).not.toContain('variable(4.0)');
    expect(text).not.toContain('usingConfig');
    expect(text).not.toContain('32.0 MB');
  });
});
