// The incident as one STIX 2.1 bundle for the evidence package: our identity, the incident as a campaign,
// each detection as an attack pattern and a sighting, each address or range decision as an indicator,
// tied by relationships. Ids are derived from what they stand for, so two exports of one incident agree.
import { createHash } from 'node:crypto';
import type { Incident } from '../incidents/incident.js';
import {
  attackPatternObject,
  campaignObject,
  identityObject,
  indicatorObject,
  isPublished,
  relationshipObject,
  type StixObject,
  sightingObject,
  type Version,
} from '../intel/stix/objects.js';
import { indicatorPattern } from '../intel/stix/patterns.js';
import { stixTimestamp } from '../intel/stix/timestamps.js';
import { type TlpLevel, tlpMarking } from '../intel/stix/tlp.js';
import type { Decision } from '../responder/decision.js';
import type { Detection } from '../sentinel/detection.js';

export interface BundleFacts {
  incident: Incident;
  detections: Detection[];
  decisions: Decision[];
  /** Our organisation's name. */
  identity: string;
  tlp: TlpLevel;
}

export function incidentBundle({ incident, detections, decisions, identity, tlp }: BundleFacts): StixObject {
  const version = (type: string, key: string, at: number): Version => {
    const stamp = stixTimestamp(at);
    return { id: `${type}--${uuidFrom(`${identity}\n${type}\n${key}`)}`, created: stamp, modified: stamp };
  };
  const opened = incident.openedAt;
  const identityObj = identityObject(version('identity', identity, opened), identity, tlp);
  const from = { identityId: identityObj.id, tlp };
  const campaign = campaignObject(version('campaign', incident.id, opened), from, incident);
  const objects: StixObject[] = [tlpMarking(tlp) as unknown as StixObject, identityObj, campaign];
  const relate = (source: string, type: 'indicates' | 'uses', target: string, at: number) =>
    objects.push(
      relationshipObject(
        version('relationship', `${source} ${type} ${target}`, at),
        from,
        source,
        type,
        target,
      ),
    );

  const patterns = new Map<string, string>();
  for (const detection of detections) {
    let patternId = patterns.get(detection.kind);
    if (patternId === undefined) {
      const pattern = attackPatternObject(
        version('attack-pattern', detection.kind, opened),
        from,
        detection.kind,
      );
      objects.push(pattern);
      patternId = pattern.id;
      patterns.set(detection.kind, patternId);
      relate(campaign.id, 'uses', patternId, opened);
    }
    objects.push(
      sightingObject(version('sighting', detection.id, detection.startedAt), from, detection, patternId),
    );
  }
  for (const decision of decisions) {
    const pattern = indicatorPattern(decision);
    if (pattern === undefined || !isPublished(decision)) continue;
    const indicator = indicatorObject(
      version('indicator', decision.id, decision.createdAt),
      from,
      decision,
      pattern,
      false,
    );
    objects.push(indicator);
    relate(indicator.id, 'indicates', campaign.id, decision.createdAt);
  }
  return {
    type: 'bundle',
    id: `bundle--${uuidFrom(`${identity}\nbundle\n${incident.id}`)}`,
    objects,
  } as unknown as StixObject;
}

/** A version-5-shaped UUID from a SHA-256 of the name. */
function uuidFrom(name: string): string {
  const h = createHash('sha256').update(name).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
