// Latency histogram on fixed logarithmic buckets: quantiles (p50, p99) in constant memory and time.

const BUCKETS_PER_OCTAVE = 16;
/** Smallest bucket bound, ms (2^-4 = 62.5 µs); everything below lands in the first bucket. */
const MIN_LOG2_MS = -4;
/** Largest bucket bound, ms (2^16 ≈ 65.5 s); everything above lands in the last bucket. */
const MAX_LOG2_MS = 16;
const BUCKETS = (MAX_LOG2_MS - MIN_LOG2_MS) * BUCKETS_PER_OCTAVE + 1;

/**
 * Bucket i > 0 holds latencies in (2^((i-1)/16), 2^(i/16)] × 62.5 µs; a quantile is reported as its bucket's
 * geometric middle, within ±2.2% of the true value from 62.5 µs to 65 s. Memory: 321 × 4 bytes.
 */
export class LatencyHistogram {
  private readonly buckets = new Uint32Array(BUCKETS);
  private total = 0;

  get count(): number {
    return this.total;
  }

  get bytes(): number {
    return this.buckets.byteLength;
  }

  observe(ms: number): void {
    let i = Math.ceil((Math.log2(ms) - MIN_LOG2_MS) * BUCKETS_PER_OCTAVE);
    if (!(i > 0))
      i = 0; // also NaN and -Infinity (0 ms)
    else if (i >= BUCKETS) i = BUCKETS - 1;
    this.buckets[i]++;
    this.total++;
  }

  /** The latency at quantile q (0 < q ≤ 1) in ms; 0 when nothing was observed. */
  quantile(q: number): number {
    if (this.total === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.total));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.buckets[i];
      if (seen >= rank) {
        if (i === 0) return 2 ** MIN_LOG2_MS;
        return 2 ** ((i - 0.5) / BUCKETS_PER_OCTAVE + MIN_LOG2_MS);
      }
    }
    return 2 ** MAX_LOG2_MS;
  }

  /** A copy of the bucket counts (for merging with another tally's window). */
  copyBuckets(): Uint32Array {
    return this.buckets.slice();
  }

  /** Adds another histogram's bucket counts: quantiles of the merge are those of both streams together. */
  absorb(buckets: Uint32Array): void {
    if (buckets.length !== BUCKETS) throw new RangeError(`latency histogram holds ${BUCKETS} buckets`);
    for (let i = 0; i < BUCKETS; i++) {
      this.buckets[i] += buckets[i];
      this.total += buckets[i];
    }
  }

  clear(): void {
    this.buckets.fill(0);
    this.total = 0;
  }
}
