// What each kind of detection is, as a STIX attack pattern: a name, one sentence, and the CAPEC entries
// that describe it.

import type { DetectionKind } from '../../sentinel/detection.js';

interface Capec {
  id: number;
  name: string;
}

export interface AttackPatternFacts {
  name: string;
  description: string;
  capec: Capec[];
}

const FLOODING: Capec = { id: 125, name: 'Flooding' };
const HTTP_FLOOD: Capec = { id: 488, name: 'HTTP Flood' };

export const ATTACK_PATTERNS: Record<DetectionKind, AttackPatternFacts> = {
  'http-flood': {
    name: 'HTTP flood',
    description: 'Few sources send far more HTTP requests than the service normally receives.',
    capec: [HTTP_FLOOD, FLOODING],
  },
  'distributed-flood': {
    name: 'Distributed HTTP flood',
    description:
      'Many sources, each sending few requests, together flood the service; they share a client fingerprint or are new.',
    capec: [HTTP_FLOOD, FLOODING],
  },
  'cache-bypass': {
    name: 'Cache-bypass flood',
    description: 'Requests with ever-new query strings defeat caches so that every one reaches the origin.',
    capec: [HTTP_FLOOD],
  },
  'slow-clients': {
    name: 'Slow HTTP clients (Slowloris, slow POST)',
    description: 'Clients hold connections open by sending request heads or bodies very slowly.',
    capec: [
      { id: 469, name: 'HTTP DoS' },
      { id: 130, name: 'Excessive Allocation' },
    ],
  },
  'credential-stuffing': {
    name: 'Credential stuffing',
    description: 'Automated logins try stolen username and password pairs against the login routes.',
    capec: [{ id: 600, name: 'Credential Stuffing' }],
  },
  'origin-distress': {
    name: 'Origin exhaustion',
    description: 'Traffic drives the origin into errors and slow answers, exhausting its capacity.',
    capec: [FLOODING],
  },
};

export function capecReference(capec: Capec) {
  return {
    source_name: 'capec',
    external_id: `CAPEC-${capec.id}`,
    description: capec.name,
    url: `https://capec.mitre.org/data/definitions/${capec.id}.html`,
  };
}
