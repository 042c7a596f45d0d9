// Microbenchmark of what the edge records besides the tally: the witness of a refused request (its
// source counted, its head put in the ring, for evidence packages) and the access log's choice of
// whether a request's line is written. Run after `npm run build`: node bench/edge-records.mjs [requests]

import { cpus, loadavg } from 'node:os';
import { AccessLog } from '../dist/edge/access-log.js';
import { Witness } from '../dist/edge/witness.js';

const N = Number(process.argv[2] ?? 2_000_000);
const addresses = Array.from({ length: 5000 }, (_, i) => `10.0.${i >> 8}.${i & 255}`);
const rawHeaders = ['Host', 'mail.example.org', 'User-Agent', 'flood/1.0', 'Accept', '*/*'];
const witness = new Witness({ heads: 1000, sources: 10_000, retainMs: 86_400_000, now: Date.now });
const access = new AccessLog({ path: '/dev/null', perSecond: 100, sampleEvery: 100, now: Date.now });

function nsPer(step) {
  for (let i = 0; i < 200_000; i++) step(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) step(i);
  return Number(process.hrtime.bigint() - start) / N;
}

console.log(`${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, load ${loadavg()[0].toFixed(2)}`);
for (let round = 1; round <= 3; round++) {
  const refused = nsPer((i) => witness.refused(addresses[i % 5000], 'block', 'GET', '/', '1.1', rawHeaders));
  const chosen = nsPer(() => access.choose());
  console.log(
    `round ${round}: Witness.refused ${refused.toFixed(0)} ns, AccessLog.choose ${chosen.toFixed(0)} ns`,
  );
}
await access.close();
