// Microbenchmark behind src/control/metrics.ts staying hand-written: the cost of one latency observation
// in the edge's own histogram (EdgeStats, typed arrays) against prom-client's Histogram.observe, with the
// same buckets. Run after `npm run build`: node bench/histogram.mjs [observations]

import { cpus, loadavg } from 'node:os';
import client from 'prom-client';
import { EdgeStats, LATENCY_BUCKETS } from '../dist/edge/stats.js';

const N = Number(process.argv[2] ?? 2_000_000);
const values = Float64Array.from({ length: 1024 }, (_, i) => ((i * 7919) % 1024) / 5120);
const stats = new EdgeStats();
const histogram = new client.Histogram({
  name: 'bench_seconds',
  help: 'bench',
  buckets: [...LATENCY_BUCKETS],
  registers: [],
});

function nsPerObservation(observe) {
  for (let i = 0; i < 200_000; i++) observe(values[i & 1023]);
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) observe(values[i & 1023]);
  return Number(process.hrtime.bigint() - start) / N;
}

console.log(`${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, load ${loadavg()[0].toFixed(2)}`);
for (let round = 1; round <= 3; round++) {
  const edge = nsPerObservation((v) => stats.observeLatency(v));
  const prom = nsPerObservation((v) => histogram.observe(v));
  console.log(
    `round ${round}: EdgeStats.observeLatency ${edge.toFixed(1)} ns, prom-client Histogram.observe ${prom.toFixed(1)} ns`,
  );
}
