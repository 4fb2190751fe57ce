/**
 * A command line read by Node's `util.parseArgs` in strict mode, for the CLIs here and the scripts in tools/: a
 * mistyped or unknown flag, a flag missing its value, a value given to a flag that takes none, a number out of range
 * or an argument too many stops the command with one line naming the flag, then the command's usage, and exit code 2
 * (the convention for a usage mistake), instead of being ignored and the run going on with the defaults.
 *
 *   const { rounds, file } = commandLine(
 *     { usage: 'bench-engine.ts [FILE] [--rounds N]', options: { rounds: { type: 'string' } }, positionals: { max: 1 } },
 *     ({ values, positionals }) => ({ rounds: numberFlag(values, 'rounds', { default: 7, min: 1, integer: true }), file: positionals[0] }),
 *   );
 *
 * `--help` (or `-h`) prints the usage and exits 0.
 */
import path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** A mistake on the command line; the message names the flag or argument. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CommandSpec<O extends ParseArgsOptionsConfig> {
  /** How the command is invoked, with every flag: printed after the mistake and for --help. */
  usage: string;
  options: O;
  /**
   * How many positional arguments (files, folders) it takes: from `min` (default 0) to `max` (default 0); `name`
   * is what a missing one is called in the error (FILE, OUT_DIR).
   */
  positionals?: { min?: number; max?: number; name?: string };
}

export type ParsedCommand<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>
>;

/**
 * Node's own error, shortened to the flag and what is wrong with it. Node gives one code for three mistakes with a
 * flag's value; which one it was is read from the spec and the arguments, not from the wording of Node's message.
 */
function explain(error: Error & { code: string }, options: ParseArgsOptionsConfig, args: readonly string[]): string {
  // the flag as typed is the one thing only the message holds: "Option '--rounds <value>' argument missing"
  const flag = /'(-[^' <=]*)/.exec(error.message)?.[1];
  if (!flag) return error.message;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown flag ${flag}`;
  if (error.code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return error.message;
  const option = Object.entries(options).find(([name, o]) => flag === `--${name}` || flag === `-${o.short}`)?.[1];
  if (option?.type === 'boolean') return `${flag} takes no value`;
  const next = args[args.indexOf(flag) + 1];
  // a next word starting with a dash was taken for the next flag
  return next === undefined ? `${flag} needs a value` : `${flag} needs a value (one starting with "-" is written ${flag}=-…)`;
}

/** Parses `args` (throws UsageError); the pure part of commandLine, for tests and callers that report differently. */
export function parseCommand<const O extends ParseArgsOptionsConfig>(spec: CommandSpec<O>, args: readonly string[]): ParsedCommand<O> {
  let parsed: ParsedCommand<O>;
  try {
    parsed = parseArgs({ args: [...args], options: spec.options, strict: true, allowPositionals: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) throw new UsageError(explain(error as Error & { code: string }, spec.options, args));
    throw error;
  }
  const { min = 0, max = 0, name = 'argument' } = spec.positionals ?? {};
  const extra = parsed.positionals[max];
  if (extra !== undefined) throw new UsageError(max === 0 ? `unexpected argument '${extra}' (this command takes flags only)` : `unexpected argument '${extra}' (at most ${max})`);
  if (parsed.positionals.length < min) throw new UsageError(`missing ${name}${min > 1 ? ` (${min} needed, ${parsed.positionals.length} given)` : ''}`);
  return parsed;
}

/**
 * Reads the process's command line by `spec` and hands it to `read` (which may throw UsageError too, e.g. from
 * numberFlag); on a mistake prints "NAME: mistake" and "usage: …" to stderr and exits 2.
 */
export function commandLine<const O extends ParseArgsOptionsConfig, T>(
  spec: CommandSpec<O>,
  read: (parsed: ParsedCommand<O>) => T,
  args: readonly string[] = process.argv.slice(2),
): T {
  const end = args.indexOf('--');
  const flags = end >= 0 ? args.slice(0, end) : args;
  if (!('help' in spec.options) && (flags.includes('--help') || flags.includes('-h'))) {
    process.stdout.write(`usage: ${spec.usage}\n`);
    process.exit(0);
  }
  try {
    return read(parseCommand(spec, args));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    printUsageError(process.argv[1] ? path.parse(process.argv[1]).name : 'command', error, spec.usage);
    process.exit(2);
  }
}

/** The two lines a usage mistake prints to stderr: "NAME: mistake" and "usage: …". */
export function printUsageError(name: string, error: UsageError, usage: string): void {
  process.stderr.write(`${name}: ${error.message}\nusage: ${usage}\n`);
}

/**
 * Which of the flags `names`, that exclude one another (steps of a tool, modes of a run), was given: undefined for
 * none; two or more is a UsageError naming them.
 */
export function oneOf<const K extends string>(values: Readonly<Record<string, unknown>>, names: readonly K[]): K | undefined {
  const given = names.filter((k) => values[k] !== undefined && values[k] !== false);
  if (given.length > 1) {
    const flags = given.map((k) => `--${k}`);
    throw new UsageError(`${flags.slice(0, -1).join(', ')} and ${flags.at(-1)}: give one of them, not ${given.length === 2 ? 'both' : 'several'}`);
  }
  return given[0];
}

export interface NumberRange {
  /** the value when the flag is not given (no default: the flag must be given) */
  default?: number;
  min?: number;
  max?: number;
  integer?: boolean;
}

function what(range: NumberRange): string {
  const kind = range.integer ? 'a whole number' : 'a number';
  if (range.min !== undefined && range.max !== undefined) return `${kind} from ${range.min} to ${range.max}`;
  if (range.min !== undefined) return `${kind} of at least ${range.min}`;
  if (range.max !== undefined) return `${kind} of at most ${range.max}`;
  return kind;
}

/** One number read from a string, checked against the range; `flag` names it in the error. */
export function parseNumber(text: string, flag: string, range: NumberRange = {}): number {
  const n = text.trim() === '' ? NaN : Number(text);
  const ok =
    Number.isFinite(n) &&
    (!range.integer || Number.isInteger(n)) &&
    (range.min === undefined || n >= range.min) &&
    (range.max === undefined || n <= range.max);
  if (!ok) throw new UsageError(`${flag} must be ${what(range)} (got '${text}')`);
  return n;
}

/** A numeric flag's value (`--rounds 5` or `--rounds=5`), or the range's default when the flag is not given. */
export function numberFlag(values: Readonly<Record<string, unknown>>, name: string, range: NumberRange & { default: number }): number;
export function numberFlag(values: Readonly<Record<string, unknown>>, name: string, range?: NumberRange): number | undefined;
export function numberFlag(values: Readonly<Record<string, unknown>>, name: string, range: NumberRange = {}): number | undefined {
  const text = values[name];
  if (text === undefined) return range.default;
  return parseNumber(String(text), `--${name}`, range);
}

/** A comma-separated list of numbers (`--sizes 1,100,1000`), each checked against the range. */
export function numberListFlag(values: Readonly<Record<string, unknown>>, name: string, range: NumberRange = {}): number[] | undefined {
  const text = values[name];
  if (text === undefined) return undefined;
  return String(text)
    .split(',')
    .map((part) => parseNumber(part, `--${name}`, range));
}
