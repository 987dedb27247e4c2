/**
 * What the playground says beside Run where a step's demo needs what only Node has.
 * @module
 */

/** The sentence shown beside Run, by step. */
export const NOTES: Readonly<Record<string, string>> = {
  '17':
    'A browser page cannot force a garbage collection or read its memory use: here gc() does ' +
    'nothing and process.memoryUsage() gives NaN, so the rounds run and print "NaN MB" where ' +
    'pnpm demo 17 prints the megabytes in use. Everything else runs and prints as in Node.',
};
