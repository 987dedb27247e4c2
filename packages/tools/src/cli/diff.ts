/**
 * `pnpm diff A B [--stat] [--tests]`: what step B changes against step A, as a unified diff
 * of their effective sources (each step's own modules plus those it inherits). Coloured on a
 * terminal, plain when piped. Exits 0 after printing, 2 with a one-line usage error.
 */
import { parseArgs } from 'node:util';
import { diffSteps, renderDiff, renderStat } from './stepDiff.js';
import { existingSteps, parseStep, type Step } from './steps.js';

const USAGE = 'usage: pnpm diff <from> <to> [--stat] [--tests]';

/** Prints one line, the reason and the usage, to stderr, and exits 2. */
function usageError(reason: string): never {
  console.error(`pnpm diff: ${reason} (${USAGE}; steps: ${existingSteps().join(', ')})`);
  process.exit(2);
}

function parseCommandLine(): { from: Step; to: Step; stat: boolean; tests: boolean } {
  let positionals: string[];
  let values: { stat: boolean; tests: boolean };
  try {
    ({ positionals, values } = parseArgs({
      options: {
        stat: { type: 'boolean', default: false },
        tests: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    }));
  } catch (error) {
    // parseArgs names an unknown option, then explains `--` at length: keep the first part.
    usageError((error as Error).message.split('. ')[0]);
  }
  if (positionals.length !== 2) {
    usageError(`expected two steps, got ${positionals.length}`);
  }
  const [fromText, toText] = positionals;
  const from = parseStep(fromText);
  const to = parseStep(toText);
  if (from === undefined) usageError(`unknown step '${fromText}'`);
  if (to === undefined) usageError(`unknown step '${toText}'`);
  if (from === to) usageError(`both steps are ${from}: name two different steps`);
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
