// Small arithmetic and formatting for benchmark figures: medians, and how counts, times and CPU are shown.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** 12345.6 → '12,346'. */
export function count(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a';
}

/** Milliseconds with a precision that suits their size. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ms`;
}

/** Microseconds, whole: 41.3 → '41 µs'. */
export function micros(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value)} µs` : 'n/a';
}

/** Signed milliseconds, for differences. */
export function msDelta(value: number): string {
  return Number.isFinite(value) && value >= 0 ? `+${ms(value)}` : ms(value);
}

/** 0.4567 → '45.7%'. */
export function percent(value: number): string {
  return Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : 'n/a';
}

/** CPU use in cores: 0.934 → '0.93'. */
export function cores(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : 'n/a';
}
