// Records what the defence loop did during a drill (every decision put and every detection reported, from
// the event bus) and tells which decisions would touch the drill's legitimate clients.

import { SOURCE_RANGES } from '../../src/drill/sources.js';
import { parseCidr, prefixesOverlap } from '../../src/net/ip.js';
import type { Decision } from '../../src/responder/decision.js';
import type { Breakwater } from '../../src/runtime.js';
import type { Detection } from '../../src/sentinel/detection.js';

/** Where the drill's legitimate browsers and API clients connect from (src/drill/legit-traffic.ts). */
export const LEGIT_RANGE = `127.${SOURCE_RANGES.legit}.0.0/16`;
const legitRange = parseCidr(LEGIT_RANGE)!;

export interface DefenceRecord {
  /** Every decision put into the table (new, escalated or shortened), in order. */
  decisions: Decision[];
  /** Every detection reported (started, seen again or cleared), in order. */
  detections: Detection[];
  stop(): void;
}

export function recordDefence(bw: Breakwater): DefenceRecord {
  const decisions: Decision[] = [];
  const detections: Detection[] = [];
  const unsubscribe = bw.events.subscribe((event) => {
    if (event.type === 'decision' && event.change === 'put') decisions.push(event.decision);
    if (event.type === 'detection') detections.push(event.detection);
  });
  return { decisions, detections, stop: unsubscribe };
}

/** An address or prefix decision covering any legitimate client's address. */
export function coversLegit(decision: Decision): boolean {
  if (decision.scope !== 'ip' && decision.scope !== 'cidr') return false;
  const range = parseCidr(decision.value);
  return range !== null && prefixesOverlap(range, legitRange);
}

/** Decisions that would hurt legitimate clients: any on their addresses, and fingerprint blocks. */
export function harmingLegit(decisions: readonly Decision[]): Decision[] {
  return decisions.filter(
    (d) => d.action !== 'allow' && (coversLegit(d) || (d.scope === 'fingerprint' && d.action === 'block')),
  );
}

/** One line per decision, for failure messages. */
export function describeDecisions(decisions: readonly Decision[]): string {
  return decisions.map((d) => `${d.action} ${d.scope}:${d.value} (${d.reason})`).join('\n');
}
