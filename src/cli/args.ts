/**
 * The command line, parsed by hand (no dependency): a command, positional arguments, and options
 * that take a value ("--units 20", "--units=20", "-o out.xlsx") or none ("--json").
 */
import type { CliText } from "../messages/cli";

/** A message in the command's language, said once the language is known. */
export type Say = (text: CliText) => string;

export interface OptionSpec {
  /** Long name without dashes ("units"), and its short letter if any ("o"). */
  readonly name: string;
  readonly short?: string;
  readonly takesValue: boolean;
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
  readonly help: boolean;
}

/** A wrong command line: one line in the user's language, exit code 2. */
export class UsageError extends Error {
  constructor(readonly say: Say) {
    super("UsageError");
    this.name = "UsageError";
  }
}

/** Parses one command's arguments; unknown options and missing values are usage errors. */
export function parseArgs(
  argv: readonly string[],
  specs: readonly OptionSpec[],
  messages: { unknownOption: (option: string) => Say; missingValue: (option: string) => Say },
): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "--help" || arg === "-h") {
      help = true;
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith("--");
    const [flag = "", inline] = long ? splitOnce(arg.slice(2), "=") : [arg.slice(1), undefined];
    const spec = specs.find((s) => (long ? s.name === flag : s.short === flag));
    if (!spec) throw new UsageError(messages.unknownOption(arg));
    if (!spec.takesValue) {
      if (inline !== undefined) throw new UsageError(messages.unknownOption(arg));
      options.set(spec.name, true);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("-") && value !== "-")) {
      throw new UsageError(messages.missingValue(long ? `--${flag}` : `-${flag}`));
    }
    options.set(spec.name, value);
  }
  return { positionals, options, help };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
