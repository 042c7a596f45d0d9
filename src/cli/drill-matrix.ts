// `breakwater drill matrix`: the seeded attack-shape matrix against a gateway on this machine; a status
// line a second on stderr, each case's figures and the matrix's medians on stdout (text or --json).

import { Command } from 'commander';
import { caseLine, matrixText } from '../drill/matrix-report.js';
import { MATRIX_DEFAULTS, runMatrix } from '../drill/matrix-run.js';
import { MATRIX_BOUNDS } from '../drill/matrix-shapes.js';
import { controlPlane, number, runStoppable } from './drill-session.js';

interface MatrixFlags {
  target: string;
  origin: string;
  seed: number;
  cases: number;
  case?: number;
  warmup: number;
  duration: number;
  pause: number;
  control?: string;
  token?: string;
  json?: boolean;
}

export function matrixCommand(): Command {
  return new Command('matrix')
    .description(
      'Run the seeded attack-shape matrix against a gateway on this machine (loopback only): per case, legitimate success by kind of client, attack sent and reaching the origin, time to mitigate, and the invariants broken.',
    )
    .requiredOption('--target <url>', 'the gateway: http(s) URL on 127.0.0.0/8, e.g. http://127.0.0.1:8080')
    .requiredOption(
      '--origin <url>',
      'the demo origin behind it, reached directly (it counts the attack that arrives), e.g. http://127.0.0.1:3000',
    )
    .option(
      '--seed <n>',
      'seed of the matrix: the same seed gives the same cases',
      number('--seed'),
      MATRIX_DEFAULTS.seed,
    )
    .option(
      '--cases <n>',
      `cases in the matrix, ${MATRIX_BOUNDS.cases.min} to ${MATRIX_BOUNDS.cases.max}`,
      number('--cases'),
      MATRIX_BOUNDS.cases.default,
    )
    .option('--case <n>', 'run only this case of the matrix (1-based)', number('--case'))
    .option(
      '--warmup <s>',
      'seconds of legitimate traffic alone before each attack',
      number('--warmup'),
      MATRIX_DEFAULTS.warmupS,
    )
    .option('--duration <s>', 'attack seconds per case', number('--duration'), MATRIX_DEFAULTS.durationS)
    .option('--pause <s>', 'quiet seconds between cases', number('--pause'), MATRIX_DEFAULTS.pauseS)
    .option('--control <url>', 'control plane URL, to check the automatic decisions (needs --token)')
    .option('--token <token>', 'API token for --control (env BREAKWATER_TOKEN)')
    .option('--json', 'print the whole matrix as JSON (MatrixReport) on stdout')
    .addHelpText(
      'after',
      [
        '',
        `Attacks stay within what a two-core machine generates beside the gateway and the origin: ${MATRIX_BOUNDS.rate.min} to`,
        `${MATRIX_BOUNDS.rate.max} requests a second from 1 to ${MATRIX_BOUNDS.sources.max} addresses, ${MATRIX_BOUNDS.perAddressRate.min} to ${MATRIX_BOUNDS.perAddressRate.max} a second each.`,
        "The origin's capacity in a case is applied by `npm run bench -- matrix`, which starts a fresh origin and",
        'gateway per case; here the cases run one after another against the gateway and origin as they are.',
        '',
        'Example (after `npm start`):',
        '  breakwater drill matrix --target http://127.0.0.1:8080 --origin http://127.0.0.1:3000 --cases 4 \\',
        '    --control http://127.0.0.1:9400 --token <demo token>',
      ].join('\n'),
    )
    .action(async (flags: MatrixFlags) => {
      const control = controlPlane(flags.control, flags.token);
      const tty = process.stderr.isTTY === true;
      await runStoppable(async (signal) => {
        const report = await runMatrix({
          target: flags.target,
          origin: flags.origin,
          control,
          seed: flags.seed,
          cases: flags.cases,
          only: flags.case,
          warmupS: flags.warmup,
          durationS: flags.duration,
          pauseS: flags.pause,
          signal,
          onProgress: (line) => process.stderr.write(tty ? `\r${line}\x1b[K` : `${line}\n`),
          onCase: (result) => process.stderr.write(`${tty ? '\n' : ''}${caseLine(result)}\n`),
        });
        process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : matrixText(report));
      });
    });
}
