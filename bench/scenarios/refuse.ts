// Scenario `refuse`: how fast Breakwater turns away connections from a blocked address at accept.
// A client floods it with TCP connections from 127.0.0.66 (blocked through the control API); the rate is
// read on both sides (client, and Breakwater's refused counter) with Breakwater's CPU time from /proc; on
// full runs a chart sets the refusals per CPU-second beside the budget.
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { groupedBarChart } from '../chart.js';
import { runConnectFlood } from '../clients/connect-flood-result.js';
import { breakwaterDataDir, createToken, startBreakwater } from '../contenders/breakwater.js';
import { addDecision, readMetric } from '../contenders/breakwater-control.js';
import { startOrigin } from '../contenders/origin.js';
import { coresBetween, snapshotCpu } from '../cpu.js';
import { cores, count } from '../figures.js';
import { markdownTable } from '../markdown.js';
import { LOOPBACK } from '../net.js';
import { CHARTS_DIR } from '../paths.js';
import { DISTURBED_CORES } from '../quiet.js';
import type { Scenario, ScenarioContext, ScenarioOutcome } from '../scenario.js';

const BLOCKED = '127.0.0.66';
const CONCURRENCY = 64;
const REFUSED_SAMPLE = 'breakwater_connections_refused_total{reason="blocked"}';
/** Times a flood disturbed by other work on the machine is run again, while the waiting budget lasts. */
const REPEATS = 2;
/** DESIGN.md: blocked connections refused at accept, per second on one core. */
const PER_CORE_BUDGET = 20_000;

/** One connection from the blocked address must end without a byte; the same port still serves 127.0.0.1. */
async function checkRefusal(gatewayPort: number, gatewayUrl: string): Promise<void> {
  const refused = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: LOOPBACK, port: gatewayPort, localAddress: BLOCKED });
    socket.setTimeout(2_000, () => socket.destroy());
    let answered = false;
    let silent = false;
    socket.on('data', () => {
      answered = true;
      socket.destroy();
    });
    socket.on('timeout', () => {
      silent = true;
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve(!answered && !silent));
  });
  if (!refused) throw new Error(`bench: a connection from ${BLOCKED} was not refused after blocking it`);
  const res = await fetch(`${gatewayUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
  await res.arrayBuffer();
  if (res.status !== 200)
    throw new Error(`bench: Breakwater answered ${res.status} to 127.0.0.1 after the block`);
}

async function run(ctx: ScenarioContext): Promise<ScenarioOutcome> {
  const { settings, quiet, say } = ctx;
  const origin = await startOrigin({ concurrency: 16, cpuMs: 0 });
  const dataDir = breakwaterDataDir();
  const token = await createToken(dataDir, 'responder');
  // 127.0.0.1 (the harness's own checks and metric reads) stays out of the automatic responder's reach
  const gateway = await startBreakwater({
    originUrl: origin.url,
    dataDir,
    maxConnectionsPerAddress: 4096,
    allowlist: [LOOPBACK],
  });
  await addDecision(gateway.controlUrl, token, {
    scope: 'ip',
    value: BLOCKED,
    action: 'block',
    reason: 'benchmark: refused at accept',
    ttl: '1h',
  });
  await checkRefusal(gateway.port, gateway.url);

  say(`warming up the accept path for ${settings.warmupSeconds} s`);
  await runConnectFlood({
    port: gateway.port,
    from: BLOCKED,
    concurrency: CONCURRENCY,
    seconds: settings.warmupSeconds,
  });

  /** One flood, with Breakwater's refused counter and CPU time read around it. */
  const measure = async () => {
    const counterBefore = await readMetric(gateway.controlUrl, token, REFUSED_SAMPLE);
    const groups = { breakwater: gateway.child.pid };
    const cpuBefore = snapshotCpu(groups);
    const flood = await runConnectFlood({
      port: gateway.port,
      from: BLOCKED,
      concurrency: CONCURRENCY,
      seconds: settings.seconds,
    });
    const used = coresBetween(cpuBefore, snapshotCpu(groups));
    const counted = (await readMetric(gateway.controlUrl, token, REFUSED_SAMPLE)) - counterBefore;
    return { flood, used, counted };
  };

  await quiet.settle();
  let measured = await measure();
  const disturbed: (typeof measured)[] = [];
  for (let again = 0; again < REPEATS && measured.used.others > DISTURBED_CORES && quiet.hasBudget; again++) {
    say(`disturbed by ${cores(measured.used.others)} cores of other work; flooding again`);
    disturbed.push(measured);
    await quiet.settle();
    measured = await measure();
  }
  const { flood, used, counted } = measured;

  const clientRefused = flood.reset + flood.closed;
  const breakwaterCpuSeconds = used.groups.breakwater * used.wallSeconds;
  const figures = {
    clientRefusedPerSecond: clientRefused / flood.seconds,
    countedPerSecond: counted / flood.seconds,
    breakwaterCores: used.groups.breakwater,
    refusedPerCpuSecond: counted / breakwaterCpuSeconds,
    clientCores: flood.cpuSeconds / flood.seconds,
    otherCores: used.others,
    machineCores: used.machine,
  };
  say(
    `refused ${count(figures.countedPerSecond)}/s using ${cores(figures.breakwaterCores)} cores ` +
      `(${count(figures.refusedPerCpuSecond)} per CPU-second)`,
  );

  const rows = [
    ['connections refused, seen by the client', `${count(figures.clientRefusedPerSecond)}/s`],
    [`refused, Breakwater's \`${REFUSED_SAMPLE}\``, `${count(figures.countedPerSecond)}/s`],
    ['Breakwater CPU during the flood', `${cores(figures.breakwaterCores)} cores`],
    ['refused per Breakwater CPU-second (one core)', count(figures.refusedPerCpuSecond)],
    ['flood client CPU (one Node.js process)', `${cores(figures.clientCores)} cores`],
    ['other work on the machine (processes the harness did not start)', `${cores(figures.otherCores)} cores`],
    ['whole machine busy, interrupts included', `${cores(figures.machineCores)} cores`],
    [
      'connection outcomes at the client',
      `${count(flood.reset)} reset, ${count(flood.closed)} closed, ${count(flood.answered)} answered, ` +
        `${count(flood.hung)} hung, ${count(Object.values(flood.errors).reduce((a, b) => a + b, 0))} other errors`,
    ],
  ];
  const notes = [
    figures.breakwaterCores < 0.9
      ? `While refusing, Breakwater used only ${cores(figures.breakwaterCores)} cores: the observed rate is set ` +
        `by how fast the one flood client (a Node.js process, ${cores(figures.clientCores)} cores) opens ` +
        'connections on the same machine, not by Breakwater.'
      : `While refusing, Breakwater used ${cores(figures.breakwaterCores)} cores: the observed rate is close to ` +
        'what its one thread can do.',
    'The per-core figure divides the refusals Breakwater counted by the CPU time its process used (user and ' +
      'kernel, so accept and the reset are included), read from /proc.',
  ];
  // full runs only: a quick run leaves bench/charts as it is
  if (!settings.quick) {
    writeFileSync(
      join(CHARTS_DIR, 'refuse.svg'),
      groupedBarChart(
        'refuse: blocked connections refused per Breakwater CPU-second',
        ['budget (DESIGN.md)', 'Breakwater'],
        [
          {
            label: 'refused per CPU-second (one core)',
            values: [PER_CORE_BUDGET, figures.refusedPerCpuSecond],
          },
        ],
        '',
      ),
    );
  }
  if (flood.answered + flood.hung > 0 || Object.keys(flood.errors).length > 0) {
    notes.push(
      `Not every flood connection was refused cleanly: ${flood.answered} answered, ${flood.hung} hung, ` +
        `errors ${JSON.stringify(flood.errors)}.`,
    );
  }
  return {
    sections: [
      {
        heading: 'Blocked connections refused at accept (`refuse`)',
        body: [
          `\`${BLOCKED}\` is blocked through the control API (\`POST /api/v1/decisions\`, responder token). A client ` +
            `then opens TCP connections from \`${BLOCKED}\` with ${CONCURRENCY} concurrent connect loops for ` +
            `${settings.seconds} s, sending nothing; Breakwater resets each one at accept.`,
          '',
          markdownTable(['figure', 'value'], rows),
          ...(settings.quick ? [] : ['', '![refuse](bench/charts/refuse.svg)']),
        ].join('\n'),
      },
    ],
    budgets: [
      {
        figure: 'blocked connection refused at accept',
        budget: `≥ ${count(PER_CORE_BUDGET)} per second on one core`,
        measured:
          `${count(figures.refusedPerCpuSecond)} per CPU-second ` +
          `(observed ${count(figures.countedPerSecond)}/s on ${cores(figures.breakwaterCores)} cores)`,
        met: figures.refusedPerCpuSecond >= PER_CORE_BUDGET,
      },
    ],
    notes,
    raw: {
      blocked: BLOCKED,
      concurrency: CONCURRENCY,
      settings,
      flood,
      counted,
      cpu: used,
      figures,
      disturbed,
    },
  };
}

export const refuse: Scenario = {
  name: 'refuse',
  title: 'Blocked connections refused at accept',
  needs: [],
  estimateSeconds: (s) => s.warmupSeconds + s.seconds + 5,
  run,
};
