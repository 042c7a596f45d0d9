// Formatting shared by the report's Markdown, HTML and chart: UTC times, human durations, counts, rates
// and lists. Always the same output for the same input: no locale, no time zone.

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
export const DAY_MS = 24 * HOUR;

/** `2026-11-27 00:24:05 UTC`. */
export function formatUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** `00:24:05`, the time of day in UTC; `11-27 00:24` when `withDate`, for spans longer than a day. */
export function formatUtcTime(ms: number, withDate = false): string {
  const iso = new Date(ms).toISOString();
  return withDate ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 19);
}

/** `2026-11-27`. */
export function formatUtcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A duration a person reads: `850 ms`, `42 s`, `3 min 20 s`, `2 h 5 min`, `1 d 3 h`; `—` when unknown. */
export function formatElapsed(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '—';
  if (ms < 0) return `−${formatElapsed(-ms)}`;
  if (ms < SECOND) return `${Math.round(ms)} ms`;
  if (ms < MINUTE) return `${trimmed(ms / SECOND, ms < 10 * SECOND ? 1 : 0)} s`;
  const pair = (big: number, bigUnit: string, small: number, smallUnit: string) => {
    const whole = Math.floor(ms / big);
    const rest = Math.floor((ms - whole * big) / small);
    return rest === 0 ? `${whole} ${bigUnit}` : `${whole} ${bigUnit} ${rest} ${smallUnit}`;
  };
  if (ms < HOUR) return pair(MINUTE, 'min', SECOND, 's');
  if (ms < DAY_MS) return pair(HOUR, 'h', MINUTE, 'min');
  return pair(DAY_MS, 'd', HOUR, 'h');
}

function trimmed(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** Whole numbers grouped by spaces: `1 234 567`. */
export function formatCount(value: number): string {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.round(Math.abs(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** Requests per second: `1 250/s`, `3.5/s`, `0.25/s`. */
export function formatRate(perSecond: number): string {
  if (perSecond >= 100) return `${formatCount(perSecond)}/s`;
  return `${trimmed(perSecond, perSecond >= 10 ? 1 : 2)}/s`;
}

/** `a, b and c`; `—` for none. */
export function formatList(items: readonly string[]): string {
  if (items.length === 0) return '—';
  if (items.length === 1) return items[0];
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `1 source`, `3 sources`. */
export function counted(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** Orders text by code unit, the same everywhere (localeCompare depends on the machine's locale). */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
