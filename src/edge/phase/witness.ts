// Phase 5b, witness: a refused request remembered for the incident's evidence package (../witness.ts).

import type { Exchange, Step } from '../exchange.js';

/**
 * Phase 5b, witness. For every verdict but allow, and only when the edge keeps a witness: the client's
 * address counted with its first and last refusal, and the request head put in a bounded ring (by
 * reference: the parser's arrays, redacted only when an evidence package is made). O(1), no I/O.
 * Answers nothing.
 */
export function witness(x: Exchange): Step {
  const w = x.parts.witness;
  if (w === undefined || x.verdict === 'allow' || (x.challengeAnswer && x.verdict !== 'block'))
    return 'continue';
  const { req } = x;
  w.refused(x.client.client.address, x.verdict, x.method, req.url ?? '', req.httpVersion, req.rawHeaders);
  return 'continue';
}
