// The queue hand-off: a request judged allowed that waited for its origin (../origins-queue.ts) is judged
// again as it leaves, when the decision table changed meanwhile, and answered at the edge if the table now
// refuses it. A decision taken while the origin is saturated thus covers the requests already waiting for
// it, not only those that arrive after it. One that waited too long is turned away here, shed.

import type { ServerResponse } from 'node:http';
import type { DecisionTable } from '../../responder/decision-table.js';
import { give } from '../answer.js';
import type { Exchange } from '../exchange.js';
import { SHED_RETRY_AFTER } from '../judge.js';
import { refuse } from './refuse.js';
import { witness } from './witness.js';

/** Changes seen of each table: puts, removals, expiries. */
const versions = new WeakMap<DecisionTable, { changes: number }>();

/** How many times the table has changed since the edge first asked; cheap enough for every request. */
export function tableVersion(table: DecisionTable): number {
  let version = versions.get(table);
  if (version === undefined) {
    const counted = { changes: 0 };
    table.onChange(() => {
      counted.changes++;
    });
    versions.set(table, counted);
    version = counted;
  }
  return version.changes;
}

/**
 * Asked as the exchange's request leaves its origin's queue: true to send it on. A request whose client
 * has gone (an HTTP/1 connection closed while it waited) is dropped. Unless the table has
 * changed since the request was judged, it goes on as judged. Otherwise the judge looks at the table again
 * (the same carve-outs for clients in good standing and pass holders); a refusal is remembered by the
 * witness and answered as the refuse phase would (403, 429, the challenge page), and the origin never
 * sees the request.
 */
export function leaveQueue(x: Exchange): boolean {
  // a client that went away while it waited is not worth a connection to the origin
  if ((x.res as ServerResponse | undefined)?.destroyed) return false;
  const { judge } = x.parts;
  const now = tableVersion(judge.table);
  if (now === x.judgedAt) return true;
  x.judgedAt = now;
  try {
    const j = judge.rejudge(x.client.client);
    if (j.verdict === 'allow') return true;
    x.judgement = j;
    x.verdict = j.verdict;
    witness(x);
    const answer = refuse(x);
    if (answer === 'continue' || answer === 'done') return true;
    give(x, answer);
    return false;
  } catch (error) {
    // the first judgement stands: the request was allowed, and the requests behind it must go on
    x.parts.log.error('judging a queued request again failed', { error: (error as Error).message });
    return true;
  }
}

/**
 * A request that waited past its origin queue's limit (clients not in good standing only): answered 503
 * with Retry-After, as admission's shed is, and remembered by the witness. Never throws.
 */
export function shedFromQueue(x: Exchange): void {
  try {
    if ((x.res as ServerResponse | undefined)?.destroyed) return;
    x.judgement = { ...x.judgement, verdict: 'shed', retryAfter: SHED_RETRY_AFTER };
    x.verdict = 'shed';
    x.parts.stats.originBusyShed++;
    witness(x);
    const answer = refuse(x);
    if (answer !== 'continue' && answer !== 'done') give(x, answer);
  } catch (error) {
    x.parts.log.error('turning away a queued request failed', { error: (error as Error).message });
  }
}
