/**
 * The command line of the tools and CLIs (src/cli/args.ts): a mistyped flag, a flag without its value or a bad
 * number stops the command with a message naming the flag and exit code 2, never a run with the defaults.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { numberFlag, numberListFlag, oneOf, parseCommand, UsageError } from '../../src/cli/args.ts';

const spec = {
  usage: 'tool.ts [FILE] [--rounds N] [--json]',
  options: { rounds: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { max: 1 },
} as const;

const mistake = (args: string[]): string => {
  try {
    parseCommand(spec, args);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no mistake found in ${args.join(' ')}`);
};

describe('parseCommand', () => {
  it('reads flags in both spellings, and the positional argument', () => {
    expect(parseCommand(spec, ['data.jsonl', '--rounds', '3', '--json'])).toMatchObject({ values: { rounds: '3', json: true }, positionals: ['data.jsonl'] });
    expect(parseCommand(spec, ['--rounds=3']).values.rounds).toBe('3');
    // after "--" everything is an argument, even what looks like a flag
    expect(parseCommand(spec, ['--', '--odd-name.md']).positionals).toEqual(['--odd-name.md']);
  });

  it('names an unknown or mistyped flag', () => {
    expect(mistake(['--round', '3'])).toBe('unknown flag --round');
    expect(mistake(['-r'])).toBe('unknown flag -r');
  });

  it('names a flag that is missing its value, or has one it does not take', () => {
    expect(mistake(['--rounds'])).toBe('--rounds needs a value');
    // the next word is a flag, not the value
    expect(mistake(['--rounds', '--json'])).toMatch(/^--rounds needs a value/);
    expect(mistake(['--json=yes'])).toBe('--json takes no value');
    // a value starting with a dash is taken for a flag: the message says how to write it
    expect(mistake(['--rounds', '-3'])).toBe('--rounds needs a value (one starting with "-" is written --rounds=-…)');
    expect(parseCommand(spec, ['--rounds=-3']).values.rounds).toBe('-3');
  });

  it('takes one of the flags that exclude one another, and names them when more are given', () => {
    const steps = ['cases', 'disputes', 'import'] as const;
    expect(oneOf({ disputes: '/tmp/d' }, steps)).toBe('disputes');
    expect(oneOf({ cases: undefined, check: false }, [...steps, 'check'])).toBeUndefined();
    expect(() => oneOf({ cases: 'a', import: 'b' }, steps)).toThrow(new UsageError('--cases and --import: give one of them, not both'));
    expect(() => oneOf({ cases: 'a', disputes: 'b', import: true }, steps)).toThrow('--cases, --disputes and --import: give one of them, not several');
  });

  it('refuses arguments beyond what the command takes, and names a missing one', () => {
    expect(mistake(['a.jsonl', 'b.jsonl'])).toBe("unexpected argument 'b.jsonl' (at most 1)");
    expect(() => parseCommand({ usage: 'x', options: {}, positionals: { min: 1, name: 'FILE' } }, [])).toThrow('missing FILE');
    expect(() => parseCommand({ usage: 'x', options: {} }, ['stray'])).toThrow("unexpected argument 'stray'");
  });
});

describe('numberFlag', () => {
  const values = (rounds: string) => parseCommand(spec, ['--rounds', rounds]).values;

  it('gives the default when the flag is absent, the number when it is given', () => {
    expect(numberFlag({}, 'rounds', { default: 7, min: 1, integer: true })).toBe(7);
    expect(numberFlag(values('3'), 'rounds', { default: 7, min: 1, integer: true })).toBe(3);
    expect(numberFlag(values('0.25'), 'rounds', { min: 0, max: 1 })).toBe(0.25);
  });

  it('names the flag and the range when the value is not a number in it', () => {
    expect(() => numberFlag(values('three'), 'rounds', { default: 7, min: 1, integer: true })).toThrow(
      new UsageError("--rounds must be a whole number of at least 1 (got 'three')"),
    );
    expect(() => numberFlag(values('0'), 'rounds', { min: 1, integer: true })).toThrow("--rounds must be a whole number of at least 1 (got '0')");
    expect(() => numberFlag(values('2.5'), 'rounds', { integer: true })).toThrow("--rounds must be a whole number (got '2.5')");
    expect(() => numberFlag(values('1.5'), 'rounds', { min: 0, max: 1 })).toThrow("--rounds must be a number from 0 to 1 (got '1.5')");
    expect(() => numberFlag(values(''), 'rounds', {})).toThrow("--rounds must be a number (got '')");
  });

  it('reads a comma-separated list, checking every item', () => {
    expect(numberListFlag(values('1,100,1000'), 'rounds', { min: 1, integer: true })).toEqual([1, 100, 1000]);
    expect(numberListFlag({}, 'rounds')).toBeUndefined();
    expect(() => numberListFlag(values('1,,10'), 'rounds', { min: 1 })).toThrow("--rounds must be a number of at least 1 (got '')");
  });
});

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs a script as its users do; resolves with its exit code and output. */
function run(script: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', script, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

// One tool of each family; every tool reads its flags through the same helper before doing any work.
const FAMILIES: [family: string, script: string, args: string[], flag: string][] = [
  ['evaluation', 'tools/eval.ts', ['--eror', '5'], '--eror'],
  ['claim training', 'tools/train-claims.ts', ['--l2=0.01', '--cvv'], '--cvv'],
  ['calibration', 'tools/fit-calibration.ts', ['--wrte'], '--wrte'],
  ['benchmarks', 'tools/bench-engine.ts', ['--round', '3'], '--round'],
  ['annotation cases', 'tools/claim-cases.ts', ['/tmp/never-written', '--doc', '90'], '--doc'],
  ['engine checks', 'tools/compare-analysis.ts', ['--recrod'], '--recrod'],
  ['figures', 'tools/figures.ts', ['--readm'], '--readm'],
  ['corpora', 'tools/robustness.ts', ['/tmp/never-written', '--counts', '3'], '--counts'],
  ['annotate CLI', 'src/cli/annotate.ts', ['--jsonl', 'a.md'], '--jsonl'],
  ['new CLI', 'src/cli/new.ts', ['article.txt', '--slugs', 'x'], '--slugs'],
];

describe('a mistyped flag stops the tool', () => {
  it.concurrent.each(FAMILIES)('%s (%s): exit 2, the flag and the usage, nothing done', async (_family, script, args, flag) => {
    const { status, stdout, stderr } = await run(script, args);
    expect(status).toBe(2);
    expect(stderr).toContain(`unknown flag ${flag}`);
    expect(stderr).toMatch(/\nusage: \S/);
    expect(stdout).toBe('');
  }, 60_000); // node start-up and the tool's imports, on a busy machine
});
