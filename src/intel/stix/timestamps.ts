// STIX and TAXII timestamps: RFC 3339 in UTC with a `Z`, written with milliseconds, read at any precision.

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/;

/** `2026-11-27T00:24:00.000Z` for a time in milliseconds. */
export function stixTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}

export interface ReadTimestamp {
  /** Milliseconds since the epoch, the fraction below a millisecond dropped. */
  ms: number;
  /** The time with its fraction padded to nine digits: text order is time order. */
  key: string;
}

/** Reads a STIX timestamp (`…T12:00:00Z`, `…T12:00:00.123456Z`); undefined when it is not one. */
export function readTimestamp(text: string): ReadTimestamp | undefined {
  const match = TIMESTAMP.exec(text);
  if (!match) return undefined;
  const ms = Date.parse(`${match[1]}Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 19) !== match[1]) return undefined;
  const fraction = (match[2] ?? '').padEnd(9, '0');
  return { ms: ms + Number(fraction.slice(0, 3)), key: `${match[1]}.${fraction}Z` };
}
