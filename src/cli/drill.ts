// `breakwater drill <scenario>`: a bounded attack drill against a gateway on this machine, with
// legitimate traffic alongside; progress on stderr, the summary on stdout (text or --json).

import { Command } from 'commander';
import { progressLine, summaryText } from '../drill/report.js';
import { runDrill } from '../drill/run.js';
import { LIMITS, SCENARIO_DEFAULTS, SCENARIOS } from '../drill/scenarios.js';
import { matrixCommand } from './drill-matrix.js';
import { controlPlane, number, runStoppable } from './drill-session.js';
import { UsageError } from './errors.js';

interface DrillFlags {
  target?: string;
  duration: number;
  warmup: number;
  sources?: number;
  rate?: number;
  legit: number;
  control?: string;
  token?: string;
  json?: boolean;
}

const scenarioHelp = SCENARIOS.map((name) => {
  const { summary, rate, sources } = SCENARIO_DEFAULTS[name];
  return `  ${name.padEnd(20)} ${summary}\n  ${''.padEnd(20)} default --rate ${rate} --sources ${sources}`;
}).join('\n');

/**
 * `--target` is required, but checked in the action: commander would demand a required option of
 * `drill matrix` too, which has a --target of its own (options after `matrix` are the matrix's).
 */
export function drillCommand(): Command {
  return new Command('drill')
    .description(
      'Attack a gateway on this machine (loopback only) with a bounded drill, with legitimate traffic alongside, and report what got through.',
    )
    .argument('<scenario>', `one of: ${SCENARIOS.join(', ')}, or matrix (see drill matrix --help)`)
    .option('--target <url>', 'http(s) URL on loopback (127.0.0.0/8 or ::1), e.g. http://127.0.0.1:8080')
    .option(
      '--duration <s>',
      `attack seconds, ${LIMITS.durationS.min} to ${LIMITS.durationS.max}`,
      number('--duration'),
      LIMITS.durationS.default,
    )
    .option(
      '--warmup <s>',
      `seconds of legitimate traffic alone before the attack, up to ${LIMITS.warmupS.max}`,
      number('--warmup'),
      LIMITS.warmupS.default,
    )
    .option(
      '--sources <n>',
      'attack source addresses, spread over 127.x.y.z (default per scenario)',
      number('--sources'),
    )
    .option(
      '--rate <r>',
      'attack requests per second; new connections per second for slowloris and slow-post, streams per second for h2-rapid-reset; 0 for legitimate traffic alone (default per scenario)',
      number('--rate'),
    )
    .option(
      '--legit <r>',
      `legitimate requests per second, 0 to ${LIMITS.legitRate.max}`,
      number('--legit'),
      LIMITS.legitRate.default,
    )
    .option('--control <url>', 'control plane URL, to measure time to detect (needs --token)')
    .option('--token <token>', 'API token for --control (env BREAKWATER_TOKEN)')
    .option('--json', 'print the summary as JSON (DrillSummary) on stdout')
    .addHelpText(
      'after',
      [
        '',
        'Scenarios:',
        scenarioHelp,
        '',
        'Every run is bounded: it stops by itself after --duration (plus a drain of a few seconds), and',
        'refuses any target that does not resolve to loopback (exit code 2).',
        '',
        'Examples:',
        '  breakwater drill http-flood --target http://127.0.0.1:8080 --duration 20',
        '  breakwater drill distributed-flood --target http://127.0.0.1:8080 --sources 5000 --rate 3000 --json',
        '  breakwater drill h2-rapid-reset --target https://127.0.0.1:8443',
      ].join('\n'),
    )
    .enablePositionalOptions()
    .addCommand(matrixCommand())
    .action(async (scenario: string, flags: DrillFlags) => {
      const target = flags.target;
      if (target === undefined) throw new UsageError("required option '--target <url>' not specified");
      const control = controlPlane(flags.control, flags.token);
      const totalS = flags.warmup + flags.duration;
      const tty = process.stderr.isTTY === true;
      let wroteStatus = false;
      await runStoppable(async (signal) => {
        const summary = await runDrill({
          scenario,
          target,
          durationS: flags.duration,
          warmupS: flags.warmup,
          sources: flags.sources,
          rate: flags.rate,
          legitRate: flags.legit,
          control,
          signal,
          onProgress: (progress) => {
            const line = progressLine(progress, totalS);
            process.stderr.write(tty ? `\r${line}\x1b[K` : `${line}\n`);
            wroteStatus = true;
          },
        });
        if (tty && wroteStatus) process.stderr.write('\n');
        process.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : summaryText(summary));
      });
    });
}
