import { expect, it } from 'vitest';
import { version } from '../src/index.js';

it('loads', () => {
  expect(version).toBe('0.1.0');
});
