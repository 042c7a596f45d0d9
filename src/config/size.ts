// Sizes as written in configuration: a number of bytes, or a string such as '512b', '16kb', '1mb', '2gb'.
// Units are binary (1kb = 1024 bytes). Parses them to whole bytes and prints them back in the largest exact unit.

const UNIT_BYTES: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4 };

const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb)$/i;

/** Whole bytes, or undefined when `value` is not a size. */
export function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const match = SIZE.exec(text);
  if (!match) return undefined;
  const bytes = Math.round(Number(match[1]) * UNIT_BYTES[match[2].toLowerCase()]);
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** The largest exact spelling: 16384 → '16kb', 1048576 → '1mb', 1000 → '1000b'. */
export function formatSize(bytes: number): string {
  for (const unit of ['tb', 'gb', 'mb', 'kb'] as const) {
    if (bytes >= UNIT_BYTES[unit] && bytes % UNIT_BYTES[unit] === 0)
      return `${bytes / UNIT_BYTES[unit]}${unit}`;
  }
  return `${bytes}b`;
}
