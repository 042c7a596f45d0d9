// Microbenchmark of the tally phase: cost of request() + outcome() per request, rotate() cost, and memory
// with 1M distinct sources. Run after `npm run build`: node bench/tally.mjs [requests] [distinctSources]

import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Tally } from '../dist/sentinel/tally.js';

const TOTAL = Number(process.argv[2] ?? 2_000_000);
const DISTINCT = Number(process.argv[3] ?? 1_000_000);
/** Requests per window: 50k per 250 ms is a 200k requests/s edge. */
const WINDOW = 50_000;
const WINDOW_MS = 250;
/** Requests built at a time, just before they are tallied, so they are as warm in cache as at the edge. */
const BATCH = 1_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

/** Deterministic PRNG (mulberry32). */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function ipv4(i) {
  return `${(i >>> 24) & 255}.${(i >>> 16) & 255}.${(i >>> 8) & 255}.${i & 255}`;
}

const PATHS = Array.from({ length: 300 }, (_, i) => (i === 0 ? '/login' : `/mail/folder/${i}`));
const FINGERPRINTS = Array.from({ length: 40 }, (_, i) => `h1:ua${i}:${(i * 2654435761) >>> 0}`);
const VERDICTS = [
  'allow',
  'allow',
  'allow',
  'allow',
  'allow',
  'allow',
  'allow',
  'throttle',
  'challenge',
  'block',
];

/** A flat (sequential) copy of a string, as the HTTP parser and the socket hand them to the edge. */
function flat(text) {
  return Buffer.from(text, 'latin1').toString('latin1');
}

/**
 * One window of synthetic traffic, built outside the timed loop, as the edge would pass it: flat
 * addresses, prefixes built by concatenation (as clientPrefix does), path and query sliced from the
 * request target. Half the requests come from sources never seen before (DISTINCT of them over the
 * run), the rest from 5,000 regular clients and one heavy hitter; paths skewed towards a few, 30% of
 * requests with a random query.
 */
function makeBatch(from, size, random, nextNew) {
  const requests = new Array(size);
  const outcomes = new Array(size);
  for (let j = 0; j < size; j++) {
    const i = from + j;
    let n;
    if (i % 2 === 0 && nextNew.value < DISTINCT) n = 0x30000000 + nextNew.value++ * 13;
    else if (random() < 0.1) n = 0xcb007142;
    else n = 0xc0a80000 + Math.floor(random() ** 2 * 5_000);
    const address = flat(ipv4(n));
    const prefix = `${ipv4(n & 0xffffff00)}/24`;
    const target = flat(
      `${PATHS[Math.floor(random() ** 3 * PATHS.length)]}${random() < 0.3 ? `?q=${Math.floor(random() * 1e9)}` : ''}`,
    );
    const mark = target.indexOf('?');
    const path = mark < 0 ? target : target.slice(0, mark);
    const query = mark < 0 ? '' : target.slice(mark + 1);
    requests[j] = {
      address,
      prefix,
      fingerprint: FINGERPRINTS[Math.floor(random() ** 3 * FINGERPRINTS.length)],
      path,
      query,
      kind: 'browser',
      verdict: VERDICTS[j % VERDICTS.length],
      verified: false,
    };
    outcomes[j] = {
      path,
      address,
      prefix,
      status: path === '/login' ? (random() < 0.5 ? 401 : 303) : random() < 0.02 ? 503 : 200,
      latencyMs: 1 + random() * random() * 400,
      originError: false,
    };
  }
  return { requests, outcomes };
}

function run(total) {
  let t = 1_700_000_000_000;
  const tally = new Tally({ now: () => t, loginRoutes: ['/login'] });
  tally.setPendingSource(() => [['198.51.100.1', '198.51.100.0/24', 3]]);
  const random = prng(42);
  const nextNew = { value: 0 };
  let wallNs = 0;
  let cpuNs = 0;
  const rotateNs = [];
  let keysHeld = 0;
  for (let from = 0; from < total; from += WINDOW) {
    const windowSize = Math.min(WINDOW, total - from);
    for (let at = from; at < from + windowSize; at += BATCH) {
      const size = Math.min(BATCH, from + windowSize - at);
      const { requests, outcomes } = makeBatch(at, size, random, nextNew);
      const cpu = process.cpuUsage();
      const started = process.hrtime.bigint();
      for (let j = 0; j < size; j++) {
        tally.request(requests[j]);
        tally.outcome(outcomes[j]);
      }
      wallNs += Number(process.hrtime.bigint() - started);
      const used = process.cpuUsage(cpu);
      cpuNs += (used.user + used.system) * 1e3;
    }
    t += WINDOW_MS;
    keysHeld = Math.max(keysHeld, tally.footprint().keysHeld);
    const rotating = process.hrtime.bigint();
    tally.rotate();
    rotateNs.push(Number(process.hrtime.bigint() - rotating));
  }
  return { tally, wallNs, cpuNs, rotateNs, keysHeld, distinct: nextNew.value };
}

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

run(Math.min(TOTAL, 400_000)); // warm-up: let the JIT settle
gc();
const rssBefore = process.memoryUsage().rss;
const heapBefore = process.memoryUsage().heapUsed;
const { tally, wallNs, cpuNs, rotateNs, keysHeld, distinct } = run(TOTAL);
gc();
const memory = process.memoryUsage();
rotateNs.sort((a, b) => a - b);
const footprint = tally.footprint();

const rows = [
  ['requests', TOTAL.toLocaleString('en')],
  ['distinct new sources', distinct.toLocaleString('en')],
  [
    'request() + outcome()',
    `${(wallNs / TOTAL).toFixed(0)} ns/request wall, ${(cpuNs / TOTAL).toFixed(0)} ns CPU  (budget ≤ 1000)`,
  ],
  [
    'rotate() per window',
    `median ${(rotateNs[rotateNs.length >> 1] / 1e3).toFixed(0)} µs, max ${(rotateNs[rotateNs.length - 1] / 1e3).toFixed(0)} µs (${rotateNs.length} windows of ${WINDOW.toLocaleString('en')})`,
  ],
  ['tally typed arrays', mb(footprint.sketchBytes)],
  ['key strings held (peak)', String(keysHeld)],
  ['RSS after run (after gc)', `${mb(memory.rss)}  (before: ${mb(rssBefore)}; budget ≤ 300 MB)`],
  ['heap used delta', mb(memory.heapUsed - heapBefore)],
];
console.log(
  `node ${process.version}, ${cpus()[0]?.model ?? process.arch}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}`,
);
const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
