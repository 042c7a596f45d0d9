// `breakwater drill <scenario>`: a bounded attack drill against a gateway on this machine, with
// legitimate traffic alongside; progress on stderr, the summary on stdout (text or --json).

import { Command } from 'commander';
import { DrillOptionError } from '../drill/options.js';
import { TargetUnreachable } from '../drill/reachability.js';
import { progressLine, summaryText } from '../drill/report.js';
import { runDrill } from '../drill/run.js';
import { LIMITS, SCENARIO_DEFAULTS, SCENARIOS } from '../drill/scenarios.js';
import { TargetRefused } from '../drill/target.js';
import { UsageError } from './errors.js';

interface DrillFlags {
  target: string;
  duration: number;
  warmup: number;
  sources?: number;
  rate?: number;
  legit: number;
  control?: string;
  token?: string;
  json?: boolean;
}

function number(name: string) {
  return (text: string) => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) {
      throw new UsageError(`${name}: expected a number, found '${text}'`);
    }
    return value;
  };
}

const scenarioHelp = SCENARIOS.map((name) => {
  const { summary, rate, sources } = SCENARIO_DEFAULTS[name];
  return `  ${name.padEnd(20)} ${summary}\n  ${''.padEnd(20)} default --rate ${rate} --sources ${sources}`;
}).join('\n');

export function drillCommand(): Command {
  return new Command('drill')
    .description(
      'Attack a gateway on this machine (loopback only) with a bounded drill, with legitimate traffic alongside, and report what got through.',
    )
    .argument('<scenario>', `one of: ${SCENARIOS.join(', ')}`)
    .requiredOption(
      '--target <url>',
      'http(s) URL on loopback (127.0.0.0/8 or ::1), e.g. http://127.0.0.1:8080',
    )
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
    .action(async (scenario: string, flags: DrillFlags) => {
      const token = flags.token ?? process.env.BREAKWATER_TOKEN;
      if (flags.control !== undefined && !token) {
        throw new UsageError('--control needs an API token: pass --token or set BREAKWATER_TOKEN');
      }
      const totalS = flags.warmup + flags.duration;
      const tty = process.stderr.isTTY === true;
      const stop = new AbortController();
      const onSignal = () => {
        if (stop.signal.aborted) process.exit(130); // a second signal: stop at once
        process.stderr.write(`${tty ? '\n' : ''}stopping the drill…\n`);
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      let wroteStatus = false;
      try {
        const summary = await runDrill({
          scenario,
          target: flags.target,
          durationS: flags.duration,
          warmupS: flags.warmup,
          sources: flags.sources,
          rate: flags.rate,
          legitRate: flags.legit,
          control: flags.control !== undefined && token ? { url: flags.control, token } : undefined,
          signal: stop.signal,
          onProgress: (progress) => {
            const line = progressLine(progress, totalS);
            process.stderr.write(tty ? `\r${line}\x1b[K` : `${line}\n`);
            wroteStatus = true;
          },
        });
        if (tty && wroteStatus) process.stderr.write('\n');
        process.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : summaryText(summary));
      } catch (error) {
        if (error instanceof TargetRefused || error instanceof DrillOptionError) {
          throw new UsageError(error.message, 2);
        }
        if (error instanceof TargetUnreachable) throw new UsageError(error.message, 1);
        throw error;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
