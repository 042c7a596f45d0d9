// The next version of a published object: a new object the first time (created = modified = now), a new
// version (same id and created, modified after the last version) when its content changed, none when not.

import type { StixObject, Version } from './stix/objects.js';
import { readTimestamp, stixTimestamp } from './stix/timestamps.js';

/** The latest version held of an object: the object and its version as written. */
export interface HeldVersion {
  object: StixObject;
  version: string;
}

export function nextVersion(
  id: string,
  previous: HeldVersion | undefined,
  at: number,
  build: (version: Version) => StixObject,
): StixObject | undefined {
  if (previous === undefined) {
    const created = stixTimestamp(at);
    return build({ id, created, modified: created });
  }
  const created = String(previous.object.created);
  const after = readTimestamp(previous.version)?.ms ?? at;
  const object = build({ id, created, modified: stixTimestamp(Math.max(at, after + 1)) });
  return sameContent(previous.object, object) ? undefined : object;
}

function sameContent(a: StixObject, b: StixObject): boolean {
  return JSON.stringify({ ...a, modified: undefined }) === JSON.stringify({ ...b, modified: undefined });
}
