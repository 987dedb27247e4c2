/**
 * The command lines of the repository's CLIs (`pnpm demo`, `pnpm diff`, `pnpm readme`,
 * `pnpm new-step`, `pnpm test`, `pnpm start`, `pnpm bench`): each reads its arguments with
 * {@link readCommandLine}, and a bad one ends it the same way, with one line on stderr that
 * says what was wrong and how the command is used, and exit code 2:
 *
 *     pnpm diff: unknown step '14' (usage: pnpm diff <from> <to> [--stat] [--tests]; steps: 15, …)
 */
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';

/** What a CLI takes, and how its usage errors read. */
export interface CommandLine<Options extends ParseArgsOptionsConfig> {
  /** The command as a user types it: `pnpm diff`. */
  readonly command: string;
  /** `usage: pnpm diff <from> <to> [--stat] [--tests]` */
  readonly usage: string;
  /** Its options, as `node:util`'s `parseArgs` takes them. */
  readonly options: Options;
  /** Whether it takes positional arguments (steps, pages). */
  readonly positionals: boolean;
  /** What an error adds after the usage, such as the steps there are: `steps: 15, 16, …`. */
  readonly hint?: () => string;
}

/** The options and positionals read, typed from the options given. */
export type ParsedCommandLine<Options extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: Options; allowPositionals: boolean; strict: true }>
>;

/**
 * Reads `args` (the process's, after the script) as `line` says, or ends the process with a
 * usage error: an unknown option, an option without its value, a positional argument where
 * the command takes none (`parseArgs` names each).
 */
export function readCommandLine<const Options extends ParseArgsOptionsConfig>(
  line: CommandLine<Options>,
  args: readonly string[] = process.argv.slice(2),
): ParsedCommandLine<Options> {
  let parsed: ParsedCommandLine<Options>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: line.options,
      allowPositionals: line.positionals,
      strict: true,
    });
  } catch (error) {
    // parseArgs names the bad argument, then explains `--` at length: keep the first sentence.
    usageError(line, (error as Error).message.split('. ')[0] ?? 'bad arguments');
  }
  return parsed;
}

/** The one line a usage error prints: the command, the reason, the usage and the hint. */
export function usageLine(
  line: Pick<CommandLine<ParseArgsOptionsConfig>, 'command' | 'usage' | 'hint'>,
  reason: string,
): string {
  const hint = line.hint === undefined ? '' : `; ${line.hint()}`;
  return `${line.command}: ${reason} (${line.usage}${hint})`;
}

/** Prints {@link usageLine} to stderr and exits 2. */
export function usageError(
  line: Pick<CommandLine<ParseArgsOptionsConfig>, 'command' | 'usage' | 'hint'>,
  reason: string,
): never {
  console.error(usageLine(line, reason));
  process.exit(2);
}
