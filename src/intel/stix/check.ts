// Checks an object a peer posts before it is stored: a known STIX 2.1 type, a well-formed id for that
// type, spec_version 2.1, valid timestamps in order, and references where references belong.

import { readTimestamp } from './timestamps.js';

const DOMAIN_TYPES = [
  'attack-pattern',
  'campaign',
  'course-of-action',
  'grouping',
  'identity',
  'incident',
  'indicator',
  'infrastructure',
  'intrusion-set',
  'location',
  'malware',
  'malware-analysis',
  'note',
  'observed-data',
  'opinion',
  'report',
  'threat-actor',
  'tool',
  'vulnerability',
  'relationship',
  'sighting',
  'language-content',
  'extension-definition',
];

const OBSERVABLE_TYPES = [
  'artifact',
  'autonomous-system',
  'directory',
  'domain-name',
  'email-addr',
  'email-message',
  'file',
  'ipv4-addr',
  'ipv6-addr',
  'mac-addr',
  'mutex',
  'network-traffic',
  'process',
  'software',
  'url',
  'user-account',
  'windows-registry-key',
  'x509-certificate',
];

const KNOWN_TYPES = new Set([...DOMAIN_TYPES, ...OBSERVABLE_TYPES, 'marking-definition']);
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
const IDENTIFIER = new RegExp(`^[a-z][a-z0-9-]*--${UUID}$`);

/** What is wrong with a posted STIX object, in one sentence; undefined when it may be stored. */
export function stixObjectProblem(object: unknown): string | undefined {
  if (typeof object !== 'object' || object === null || Array.isArray(object)) {
    return 'is not a JSON object';
  }
  const o = object as Record<string, unknown>;
  if (typeof o.type !== 'string') return 'has no type';
  if (!KNOWN_TYPES.has(o.type)) return `has the unknown STIX type '${o.type.slice(0, 64)}'`;
  if (typeof o.id !== 'string' || !IDENTIFIER.test(o.id) || !o.id.startsWith(`${o.type}--`)) {
    return `needs an id of the form ${o.type}--<UUID>`;
  }
  const observable = OBSERVABLE_TYPES.includes(o.type);
  if (o.spec_version !== '2.1' && !(observable && o.spec_version === undefined)) {
    return 'must have spec_version 2.1';
  }
  if (!observable) {
    const created = typeof o.created === 'string' ? readTimestamp(o.created) : undefined;
    if (!created) return 'needs created, a timestamp such as 2026-01-31T12:00:00.000Z';
    if (o.type !== 'marking-definition') {
      const modified = typeof o.modified === 'string' ? readTimestamp(o.modified) : undefined;
      if (!modified) return 'needs modified, a timestamp such as 2026-01-31T12:00:00.000Z';
      if (modified.key < created.key) return 'has modified earlier than created';
    }
  }
  if (
    o.created_by_ref !== undefined &&
    (typeof o.created_by_ref !== 'string' || !IDENTIFIER.test(o.created_by_ref))
  ) {
    return 'has a created_by_ref that is not an identifier';
  }
  if (o.object_marking_refs !== undefined) {
    const refs = o.object_marking_refs;
    const valid =
      Array.isArray(refs) &&
      refs.every(
        (ref) => typeof ref === 'string' && IDENTIFIER.test(ref) && ref.startsWith('marking-definition--'),
      );
    if (!valid) return 'has object_marking_refs that are not marking-definition identifiers';
  }
  return undefined;
}
