// Checks one object a peer sent: a STIX 2.1 indicator becomes what the importer needs (id, version,
// confidence, validity, the addresses its pattern covers); anything else is skipped, invalid or unsupported.

import { stixObjectProblem } from '../stix/check.js';
import { readTimestamp } from '../stix/timestamps.js';
import { type TlpLevel, tlpOf } from '../stix/tlp.js';
import { type PatternTarget, readPattern } from './pattern.js';

export interface PeerIndicator {
  id: string;
  /** `modified` in milliseconds since the epoch: a newer version replaces an older one. */
  modified: number;
  revoked: boolean;
  /** 0 to 100 as the peer stated it; null when the peer stated none. */
  confidence: number | null;
  /** Milliseconds since the epoch; null when the indicator never expires. */
  validUntil: number | null;
  pattern: string;
  /** The TLP it came under (RED for markings that do not classify). */
  tlp: TlpLevel;
  /** What the pattern covers, or why Breakwater cannot act on it. */
  reading: { ok: true; targets: PatternTarget[] } | { ok: false; reason: string };
}

export type ObjectReading =
  | { kind: 'indicator'; indicator: PeerIndicator }
  /** Not an indicator (a sighting, an identity, …): nothing to import. */
  | { kind: 'other' }
  | { kind: 'invalid'; id: string | null; problem: string };

/** Milliseconds since the epoch of a STIX timestamp, or undefined. */
function timestamp(value: unknown): number | undefined {
  return typeof value === 'string' ? readTimestamp(value)?.ms : undefined;
}

export function readObject(object: unknown): ObjectReading {
  if (typeof object !== 'object' || object === null || Array.isArray(object)) {
    return { kind: 'invalid', id: null, problem: 'an object in the envelope is not a JSON object' };
  }
  const o = object as Record<string, unknown>;
  if (o.type !== 'indicator') return { kind: 'other' };
  const id = typeof o.id === 'string' ? o.id.slice(0, 128) : null;
  const invalid = (problem: string): ObjectReading => ({ kind: 'invalid', id, problem });
  const problem = stixObjectProblem(o);
  if (problem !== undefined || id === null) return invalid(`the indicator ${problem ?? 'has no id'}`);
  const modified = timestamp(o.modified) as number;
  const validFrom = timestamp(o.valid_from);
  if (validFrom === undefined) return invalid('valid_from is not a STIX timestamp');
  let validUntil: number | null = null;
  if (o.valid_until !== undefined) {
    const until = timestamp(o.valid_until);
    if (until === undefined || until <= validFrom)
      return invalid('valid_until is not a timestamp after valid_from');
    validUntil = until;
  }
  let confidence: number | null = null;
  if (o.confidence !== undefined) {
    if (
      typeof o.confidence !== 'number' ||
      !Number.isInteger(o.confidence) ||
      o.confidence < 0 ||
      o.confidence > 100
    ) {
      return invalid('confidence is not a whole number from 0 to 100');
    }
    confidence = o.confidence;
  }
  if (o.revoked !== undefined && typeof o.revoked !== 'boolean')
    return invalid('revoked is not true or false');
  if (typeof o.pattern !== 'string' || o.pattern.length === 0) return invalid('pattern is missing');
  if (typeof o.pattern_type !== 'string' || o.pattern_type.length === 0)
    return invalid('pattern_type is missing');
  const reading =
    o.pattern_type === 'stix'
      ? readPattern(o.pattern)
      : { ok: false as const, reason: `pattern_type ${o.pattern_type.slice(0, 40)} is not stix` };
  return {
    kind: 'indicator',
    indicator: {
      id,
      modified,
      revoked: o.revoked === true,
      confidence,
      validUntil,
      pattern: o.pattern,
      tlp: tlpOf(o),
      reading,
    },
  };
}
