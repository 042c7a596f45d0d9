// The STIX 2.1 objects Breakwater publishes, built from its own facts: our identity, indicators from
// decisions, attack patterns and sightings from detections, campaigns from incidents, and relationships.

import type { Incident } from '../../incidents/incident.js';
import type { Decision } from '../../responder/decision.js';
import type { Detection, DetectionKind } from '../../sentinel/detection.js';
import { ATTACK_PATTERNS, capecReference } from './attack-patterns.js';
import { stixTimestamp } from './timestamps.js';
import { TLP_MARKING_IDS, type TlpLevel } from './tlp.js';

export interface StixObject {
  type: string;
  id: string;
  spec_version: string;
  [property: string]: unknown;
}

/** Id and timestamps of one version of an object. */
export interface Version {
  id: string;
  created: string;
  modified: string;
}

/** Who publishes, and under which TLP level. */
export interface Provenance {
  identityId: string;
  tlp: TlpLevel;
}

function common(type: string, version: Version, from: Provenance): StixObject {
  return {
    type,
    spec_version: '2.1',
    id: version.id,
    created: version.created,
    modified: version.modified,
    created_by_ref: from.identityId,
    object_marking_refs: [TLP_MARKING_IDS[from.tlp]],
  };
}

export function identityObject(version: Version, name: string, tlp: TlpLevel): StixObject {
  return {
    ...common('identity', version, { identityId: version.id, tlp }),
    name,
    identity_class: 'organization',
    description: 'Publishes what its Breakwater gateway detects and decides.',
  };
}

/** How sure we are, by who decided and how hard. */
const CONFIDENCE: Record<'detector' | 'manual', Record<'block' | 'challenge' | 'throttle', number>> = {
  detector: { block: 85, challenge: 60, throttle: 40 },
  manual: { block: 90, challenge: 70, throttle: 50 },
};

const ACTION_WORDS = { block: 'Blocked', challenge: 'Challenged', throttle: 'Throttled' } as const;

export type PublishedDecision = Decision & {
  source: 'detector' | 'manual';
  action: 'block' | 'challenge' | 'throttle';
};

/**
 * Whether a decision becomes an indicator: the detector's or an operator's block, challenge or throttle,
 * but not one on a single route, which does not stand for the address or network as a whole (its
 * neighbours on the site's other routes were left alone).
 */
export function isPublished(decision: Decision): decision is PublishedDecision {
  return (
    decision.route === undefined &&
    (decision.source === 'detector' || decision.source === 'manual') &&
    (decision.action === 'block' || decision.action === 'challenge' || decision.action === 'throttle')
  );
}

export function indicatorObject(
  version: Version,
  from: Provenance,
  decision: PublishedDecision,
  pattern: string,
  revoked: boolean,
): StixObject {
  const indicator: StixObject = {
    ...common('indicator', version, from),
    name: `${ACTION_WORDS[decision.action]} ${decision.scope === 'cidr' ? 'network' : 'address'} ${decision.value}`,
    description: decision.reason,
    indicator_types: [decision.action === 'block' ? 'malicious-activity' : 'anomalous-activity'],
    pattern,
    pattern_type: 'stix',
    pattern_version: '2.1',
    valid_from: stixTimestamp(decision.createdAt),
    confidence: CONFIDENCE[decision.source][decision.action],
    x_breakwater_action: decision.action,
  };
  if (decision.expiresAt !== null && decision.expiresAt > decision.createdAt) {
    indicator.valid_until = stixTimestamp(decision.expiresAt);
  }
  if (revoked) indicator.revoked = true;
  return indicator;
}

export function attackPatternObject(version: Version, from: Provenance, kind: DetectionKind): StixObject {
  const facts = ATTACK_PATTERNS[kind];
  return {
    ...common('attack-pattern', version, from),
    name: facts.name,
    description: facts.description,
    external_references: facts.capec.map(capecReference),
  };
}

export function sightingObject(
  version: Version,
  from: Provenance,
  detection: Detection,
  attackPatternId: string,
): StixObject {
  const windows = Math.floor((detection.lastSeenAt - detection.startedAt) / detection.evidence.windowMs) + 1;
  return {
    ...common('sighting', version, from),
    description: detection.evidence.summary,
    first_seen: stixTimestamp(detection.startedAt),
    last_seen: stixTimestamp(Math.max(detection.lastSeenAt, detection.startedAt)),
    count: Math.min(Math.max(windows, 1), 999_999_999),
    sighting_of_ref: attackPatternId,
    where_sighted_refs: [from.identityId],
  };
}

export function campaignObject(version: Version, from: Provenance, incident: Incident): StixObject {
  const first = incident.figures.attackStartedAt;
  const last = Math.max(first, incident.resolvedAt ?? incident.updatedAt);
  const services = incident.services.length > 0 ? incident.services.join(', ') : 'the protected services';
  return {
    ...common('campaign', version, from),
    name: incident.title,
    description: `${incident.id} (${incident.severity}, ${incident.status}): ${incident.attackClasses.join(', ') || 'attack'} against ${services}.`,
    first_seen: stixTimestamp(first),
    last_seen: stixTimestamp(last),
    objective: `Deny service to ${services}.`,
    external_references: [{ source_name: 'breakwater', external_id: incident.id }],
  };
}

export type RelationshipType = 'indicates' | 'uses';

export function relationshipObject(
  version: Version,
  from: Provenance,
  sourceRef: string,
  relationshipType: RelationshipType,
  targetRef: string,
): StixObject {
  return {
    ...common('relationship', version, from),
    relationship_type: relationshipType,
    source_ref: sourceRef,
    target_ref: targetRef,
  };
}
