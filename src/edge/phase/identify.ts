// Phase 3, identify: who sent the request (identify.ts), and whether it answers a challenge.

import { refusal } from '../answer.js';
import { edgeAnswer } from '../error-page.js';
import type { Exchange, Step } from '../exchange.js';
import { whoSent } from '../identify.js';

/**
 * Phase 3, identify. Sets who sent the request: the client address (through trusted proxies), its /24
 * or /48 prefix, a fingerprint, the route and its kind; and whether the request is a challenge's answer
 * (a POST to the challenge's verify path). Answers 400 (connection closed) only to a malformed request
 * target. Records: malformed requests.
 */
export function identify(x: Exchange): Step {
  const { parts } = x;
  const who = whoSent(x.req, parts);
  if (who === undefined) {
    parts.stats.rejectedMalformed++;
    return refusal(edgeAnswer(400, 'Malformed request target.', 'api'));
  }
  x.who = who;
  x.challengeAnswer = x.res !== undefined && x.method === 'POST' && who.path === parts.challenge.verifyPath;
  return 'continue';
}
