// Reads the harness's command line: `<scenario…|all> [--quick] [--workers N|auto] [--seed N] [--only …]
// [--cases …]`.
import { parseArgs } from 'node:util';
import type { RunSettings, Scenario } from './scenario.js';
import { CONTENDERS, type ContenderKey } from './scenarios/attack-contenders.js';

export interface Invocation {
  scenarios: Scenario[];
  /** True when every scenario runs. */
  all: boolean;
  settings: RunSettings;
}

export class BenchUsageError extends Error {}

const FULL: RunSettings = { seconds: 10, rounds: 2, warmupSeconds: 1, quietWaitSeconds: 240, quick: false };
const QUICK: RunSettings = { seconds: 3, rounds: 1, warmupSeconds: 1, quietWaitSeconds: 10, quick: true };

export function usage(known: readonly Scenario[]): string {
  return [
    'usage: npm run bench -- <scenario…|all> [--quick] [--workers N|auto] [--seed N] [--only LIST] [--cases LIST]',
    '',
    'scenarios:',
    ...known.map((s) => `  ${s.name.padEnd(20)} ${s.title}`),
    '  all                  every scenario above, in this order',
    '',
    `--quick    ${QUICK.seconds} s per run, ${QUICK.rounds} round: a smoke check (BENCHMARKS.md is left alone)`,
    '--workers  Breakwater gateway workers, nginx worker_processes and HAProxy nbthread alike (N or auto);',
    '           without it Breakwater runs one process and nginx and HAProxy one worker per core',
    "--seed     matrix only: the attack-shape matrix's seed (default 12)",
    `--only     matrix only: the contenders to run, comma-separated (${CONTENDERS.join(', ')}); a run`,
    '           without all four prints its table but leaves BENCHMARKS.md alone',
    '--cases    matrix only: the case numbers to run, comma-separated (1-24); likewise leaves BENCHMARKS.md',
  ].join('\n');
}

const OPTIONS = {
  quick: { type: 'boolean' },
  workers: { type: 'string' },
  seed: { type: 'string' },
  only: { type: 'string' },
  cases: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function readWorkers(text: string | undefined): number | 'auto' | undefined {
  if (text === undefined || text === 'auto') return text;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new BenchUsageError(`--workers: expected N or auto, found '${text}'`);
  return n;
}

function readSeed(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n))
    throw new BenchUsageError(`--seed: expected a whole number, found '${text}'`);
  return n;
}

function readContenders(text: string | undefined): ContenderKey[] | undefined {
  if (text === undefined) return undefined;
  const names = text.split(',').map((name) => name.trim());
  for (const name of names)
    if (!(CONTENDERS as readonly string[]).includes(name))
      throw new BenchUsageError(`--only: unknown contender '${name}' (expected ${CONTENDERS.join(', ')})`);
  return CONTENDERS.filter((key) => names.includes(key));
}

function readCases(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const numbers = text.split(',').map((part) => part.trim());
  for (const n of numbers)
    if (!/^\d+$/.test(n) || Number(n) < 1 || Number(n) > 24)
      throw new BenchUsageError(`--cases: expected case numbers from 1 to 24, found '${n}'`);
  return [...new Set(numbers.map(Number))].sort((a, b) => a - b);
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new BenchUsageError((error as Error).message);
  }
}

export function readCommandLine(argv: readonly string[], known: readonly Scenario[]): Invocation | 'help' {
  const parsed = parse(argv);
  if (parsed.values.help) return 'help';
  const names = parsed.positionals;
  if (names.length === 0) throw new BenchUsageError('name a scenario, or all');
  const all = names.includes('all');
  const scenarios: Scenario[] = [];
  for (const name of all ? known.map((s) => s.name) : names) {
    const scenario = known.find((s) => s.name === name);
    if (!scenario) throw new BenchUsageError(`unknown scenario '${name}'`);
    if (!scenarios.includes(scenario)) scenarios.push(scenario);
  }
  const workers = readWorkers(parsed.values.workers);
  const seed = readSeed(parsed.values.seed);
  const contenders = readContenders(parsed.values.only);
  const cases = readCases(parsed.values.cases);
  if (
    (seed !== undefined || contenders !== undefined || cases !== undefined) &&
    scenarios.some((s) => s.name !== 'matrix')
  )
    throw new BenchUsageError('--seed, --only and --cases apply to the matrix scenario alone');
  return {
    scenarios,
    all: known.every((s) => scenarios.includes(s)),
    settings: {
      ...(parsed.values.quick ? QUICK : FULL),
      ...(workers === undefined ? {} : { workers }),
      ...(seed === undefined ? {} : { seed }),
      ...(contenders === undefined ? {} : { contenders }),
      ...(cases === undefined ? {} : { cases }),
    },
  };
}
