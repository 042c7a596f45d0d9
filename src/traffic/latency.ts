// Latency percentiles from a histogram's bucket counts, as Prometheus' histogram_quantile reads them:
// the rank is found by cumulative count and placed linearly within its bucket.

/**
 * The q-quantile (0 < q ≤ 1) in milliseconds of the observations counted in `counts`, where counts[i]
 * holds observations up to bounds[i] seconds and the last slot those above every bound; null when empty.
 * A rank in the last slot is reported as the highest bound, the most the histogram can tell.
 */
export function percentileMs(counts: ArrayLike<number>, bounds: readonly number[], q: number): number | null {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  if (total <= 0) return null;
  const rank = q * total;
  let below = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i];
    if (count > 0 && below + count >= rank) {
      if (i >= bounds.length) return toMs(bounds[bounds.length - 1]);
      const lower = i === 0 ? 0 : bounds[i - 1];
      return toMs(lower + ((bounds[i] - lower) * (rank - below)) / count);
    }
    below += count;
  }
  return toMs(bounds[bounds.length - 1]);
}

/** Seconds to milliseconds, to the microsecond. */
function toMs(seconds: number): number {
  return Math.round(seconds * 1_000_000) / 1000;
}
