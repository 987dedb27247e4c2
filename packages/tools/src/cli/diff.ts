/**
 * `pnpm diff A B [--stat] [--tests]`: what step B changes against step A, as a unified diff
 * of their effective sources (each step's own modules plus those it inherits). Coloured on a
 * terminal, plain when piped. Exits 0 after printing, 2 with a one-line usage error.
 */
import { readCommandLine, usageError } from '../args.js';
import { diffSteps, renderDiff, renderStat } from '../stepDiff.js';
import { existingSteps, parseStep, type Step } from '../steps.js';

const line = {
  command: 'pnpm diff',
  usage: 'usage: pnpm diff <from> <to> [--stat] [--tests]',
  options: {
    stat: { type: 'boolean', default: false },
    tests: { type: 'boolean', default: false },
  },
  positionals: true,
  hint: () => `steps: ${existingSteps().join(', ')}`,
} as const;

function parseCommandLine(): { from: Step; to: Step; stat: boolean; tests: boolean } {
  const { positionals, values } = readCommandLine(line);
  if (positionals.length !== 2) {
    usageError(line, `expected two steps, got ${positionals.length}`);
  }
  const [fromText, toText] = positionals;
  const from = parseStep(fromText);
  const to = parseStep(toText);
  if (from === undefined) usageError(line, `unknown step '${fromText}'`);
  if (to === undefined) usageError(line, `unknown step '${toText}'`);
  if (from === to) usageError(line, `both steps are ${from}: name two different steps`);
  return { from, to, ...values };
}

/** Colour on a terminal, unless NO_COLOR (https://no-color.org) is set. */
function wantsColor(): boolean {
  return process.stdout.isTTY === true && !process.env['NO_COLOR'];
}

const { from, to, stat, tests } = parseCommandLine();
const diffs = diffSteps(from, to, { tests });
const render = stat ? renderStat : renderDiff;

// `pnpm diff 15 22 | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
process.stdout.write(
  diffs.length === 0
    ? `steps ${from} and ${to} have the same effective source\n`
    : render(diffs, { color: wantsColor() }),
);
