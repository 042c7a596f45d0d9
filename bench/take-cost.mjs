// Cost of the judge's token buckets per request, with shared budgets and without: 2 million take()s over
// 1,000 throttled keys, a flush's spend() every 20,000 (100 ms at 200k req/s), three rounds each.
// Needs the build (npm run build):  node --expose-gc bench/take-cost.mjs
import { TokenBuckets } from '../dist/edge/token-buckets.js';

const TAKES = 2_000_000;
const keys = Array.from({ length: 1_000 }, (_, i) => `dec-x:api:10.0.${i >> 8}.${i & 255}`);

function round(shared) {
  const buckets = new TokenBuckets();
  if (shared) buckets.share = () => true;
  for (let i = 0; i < 100_000; i++) buckets.take(keys[i % keys.length], 10, 5);
  globalThis.gc?.();
  const started = process.hrtime.bigint();
  for (let i = 0; i < TAKES; i++) {
    buckets.take(keys[i % keys.length], 10, 5);
    if (shared && i % 20_000 === 0) buckets.spend();
  }
  return (Number(process.hrtime.bigint() - started) / TAKES).toFixed(0);
}

for (let r = 0; r < 3; r++) console.log(`ns per take: unshared ${round(false)}, shared ${round(true)}`);
