// Benchmark of the automatic defence: each drill scenario against the demo origin behind a gateway whose
// responder enforces, a few runs each, and the median time to detect, time to mitigate, legitimate
// success rate and share of attack requests that reached the origin, as a Markdown table.
// Run after `npm run build`: node bench/defence.mjs [--runs 3] [--json] [scenario ...]

import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createToken } from '../dist/auth/tokens.js';
import { parseConfig } from '../dist/config/index.js';
import { startDemoOrigin } from '../dist/demo/origin.js';
import { runDrill } from '../dist/drill/run.js';
import { silentLog } from '../dist/log.js';
import { startBreakwater } from '../dist/runtime.js';

const fixture = (name) => fileURLToPath(new URL(`../test/fixtures/tls/${name}`, import.meta.url));

/** The scenarios and rates of test/defence.test.ts: a two-core machine runs gateway, origin and drill. */
const SCENARIOS = [
  { scenario: 'http-flood', rate: 1_000 },
  { scenario: 'distributed-flood', rate: 1_200, sources: 2_000 },
  { scenario: 'cache-bypass', rate: 800 },
  { scenario: 'slowloris', rate: 100 },
  { scenario: 'slow-post', rate: 50 },
  { scenario: 'h2-rapid-reset', rate: 1_000, tls: true },
  { scenario: 'credential-stuffing', rate: 200 },
  { scenario: 'mixed', rate: 1_200, sources: 2_000 },
];
const WARMUP_S = 3;
const ATTACK_S = 10;
const LEGIT_RATE = 20;

function parseArgs(argv) {
  const out = { runs: 3, json: false, only: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') out.runs = Number(argv[++i]);
    else if (argv[i] === '--json') out.json = true;
    else out.only.push(argv[i]);
  }
  if (!Number.isInteger(out.runs) || out.runs < 1) throw new Error('--runs: expected a whole number ≥ 1');
  const known = new Set(SCENARIOS.map((s) => s.scenario));
  for (const name of out.only) if (!known.has(name)) throw new Error(`unknown scenario '${name}'`);
  return out;
}

/** One fresh gateway + demo origin, one drill, everything stopped and removed after. */
async function runOnce(c) {
  const origin = await startDemoOrigin({ port: 0 });
  const data = mkdtempSync(join(tmpdir(), 'breakwater-bench-'));
  const config = parseConfig({
    listen: '127.0.0.1:0',
    control: '127.0.0.1:0',
    logLevel: 'error',
    data,
    upstreams: [origin.url],
    responder: { mode: 'enforce' },
    ...(c.tls && { tls: { cert: fixture('cert.pem'), key: fixture('key.pem') } }),
  });
  const bw = await startBreakwater(config, silentLog);
  try {
    const { token } = await createToken({ store: bw.store, role: 'viewer', now: Date.now });
    const s = await runDrill({
      scenario: c.scenario,
      target: bw.gateway.url,
      warmupS: WARMUP_S,
      durationS: ATTACK_S,
      rate: c.rate,
      legitRate: LEGIT_RATE,
      ...(c.sources !== undefined && { sources: c.sources }),
      control: { url: bw.controlUrl, token },
    });
    const a = s.attack;
    const outcomes = a.stopped + a.reachedOrigin + a.unanswered;
    return {
      detectS: s.timeToDetectS,
      mitigateS: s.timeToMitigateS,
      legitSuccess: s.legitimate.successRate,
      reachedShare: outcomes === 0 ? null : a.reachedOrigin / outcomes,
    };
  } finally {
    await bw.stop();
    await origin.close();
    rmSync(data, { recursive: true, force: true });
  }
}

/** Median of the known values; null when none is known (e.g. never mitigated). */
function median(values) {
  const known = values.filter((v) => v !== null && v !== undefined).sort((x, y) => x - y);
  if (known.length < values.length / 2 || known.length === 0) return null;
  const mid = known.length >> 1;
  return known.length % 2 === 1 ? known[mid] : (known[mid - 1] + known[mid]) / 2;
}

const seconds = (v) => (v === null ? '—' : `${v.toFixed(2)} s`);
const percent = (v) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const chosen = SCENARIOS.filter((s) => args.only.length === 0 || args.only.includes(s.scenario));
  const rows = [];
  for (const c of chosen) {
    const runs = [];
    for (let i = 0; i < args.runs; i++) {
      runs.push(await runOnce(c));
      process.stderr.write(`${c.scenario} run ${i + 1}/${args.runs}: ${JSON.stringify(runs.at(-1))}\n`);
    }
    rows.push({
      scenario: c.scenario,
      rate: c.rate,
      runs,
      detectS: median(runs.map((r) => r.detectS)),
      mitigateS: median(runs.map((r) => r.mitigateS)),
      legitSuccess: median(runs.map((r) => r.legitSuccess)),
      reachedShare: median(runs.map((r) => r.reachedShare)),
    });
  }
  if (args.json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  console.log(
    `Median of ${args.runs} run(s); ${WARMUP_S} s warm-up, ${ATTACK_S} s attack, ${LEGIT_RATE} legitimate req/s; ` +
      `${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}.\n`,
  );
  console.log(
    '| scenario | rate /s | time to detect | time to mitigate | legit served | attack reaching origin |',
  );
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.scenario} | ${r.rate} | ${seconds(r.detectS)} | ${seconds(r.mitigateS)} | ${percent(r.legitSuccess)} | ${percent(r.reachedShare)} |`,
    );
  }
}

main().catch((error) => {
  console.error(`bench/defence: ${error.message}`);
  process.exit(1);
});
