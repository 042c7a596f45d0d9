// Reading a window as rates: its usable length, per-second rates, shares and evidence keys. Every reader
// of a snapshot goes through here, so a broken clock or an empty window is handled once.

import type { DetectionTarget } from '../detection.js';
import type { KeyCount, WindowSnapshot } from '../window.js';
import type { SentinelConfig } from './config.js';

/** The window's length in ms as the sentinel reads it: nominal when unusable, clamped to [minMs, maxMs]. */
export function windowLength(snapshot: WindowSnapshot, config: SentinelConfig): number {
  const { nominalMs, minMs, maxMs } = config.window;
  const raw = snapshot.end - snapshot.start;
  const ms = Number.isFinite(raw) && raw > 0 ? raw : nominalMs;
  return Math.min(maxMs, Math.max(minMs, ms));
}

/** A count that is a number ≥ 0 (estimates from sketches are trusted, garbage is not). */
export function count(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** `part / whole`, 0 when the whole is empty. */
export function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/** A list from the snapshot, or empty when the tally left it out. */
export function keys(list: readonly KeyCount[] | undefined): readonly KeyCount[] {
  return Array.isArray(list) ? list : [];
}

/** Evidence keys: the busiest `limit` of a list, with their scope and share of `whole`. */
export function topKeys(
  scope: string,
  list: readonly KeyCount[] | undefined,
  whole: number,
  limit = 5,
): (KeyCount & { share: number })[] {
  return keys(list)
    .slice(0, limit)
    .map((k) => ({
      key: `${scope}:${k.key}`,
      count: count(k.count),
      share: round(share(count(k.count), whole)),
    }));
}

/** Rounds for reports: 3 significant decimals is plenty for rates and shares. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** `42%` for summaries. */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** `12.5` for summaries. */
export function fixed(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

/** A target at `rate` per second, its share taken of `wholeRate`. */
export function target(
  scope: DetectionTarget['scope'],
  value: string,
  rate: number,
  wholeRate: number,
): DetectionTarget {
  return { scope, value, rate: round(rate), share: round(share(rate, wholeRate)) };
}
