// Phase 5, tally: the verdict counted for /metrics and recorded for the sentinel (../../sentinel/tally.ts).

import type { Exchange, Step } from '../exchange.js';

/**
 * Phase 5, tally. O(1) updates, no I/O: the verdict into the edge's counters, and the request (client,
 * prefix, fingerprint, route, query, verdict, whether it showed a pass) into the tally the detectors
 * read. A challenge's answer is counted only when it is blocked, and is not a request the detectors
 * see. Answers nothing.
 */
export function tally(x: Exchange): Step {
  const { parts, verdict } = x;
  if (x.challengeAnswer) {
    if (verdict === 'block') parts.stats.countVerdict(verdict);
    return 'continue';
  }
  parts.stats.countVerdict(verdict);
  const who = x.client;
  parts.tally.request({
    address: who.client.address,
    prefix: who.client.prefix,
    fingerprint: who.client.fingerprint,
    path: who.route,
    query: who.client.query,
    kind: who.client.kind,
    verdict,
    verified: x.judgement.verdict === 'allow' && x.judgement.verified,
  });
  return 'continue';
}
