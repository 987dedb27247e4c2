import { defineConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

/**
 * The bench's smoke run (`pnpm bench --quick`, every section at tiny sizes) takes tens of
 * seconds alone, and more when `pnpm test` runs every package at once on two cores: it gets
 * more time than the shared 60 s before vitest calls it stuck. (Nothing here times the bench.)
 */
export default defineConfig({
  ...shared,
  test: { ...shared.test, testTimeout: 300_000 },
});
