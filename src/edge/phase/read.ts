// Phase 2, read: the request head's framing, checked beyond what Node's parser refuses (framing.ts).

import type { IncomingMessage } from 'node:http';
import { refusal } from '../answer.js';
import { edgeAnswer } from '../error-page.js';
import type { Exchange, Step } from '../exchange.js';
import { framingFault } from '../framing.js';

/**
 * Phase 2, read. Headers have arrived within the header deadline and under the size and count limits
 * (Node's parser and h2-guard.ts enforce those before a request exists). HTTP/1 only: a request behind a
 * refused one on the same connection is dropped unanswered; strict framing (the smuggling vectors) is
 * refused with 400 and the connection closed. Records: malformed requests. The body is read later, by
 * the body phase, once the request is judged.
 */
export function read(x: Exchange): Step {
  if (x.h2) return 'continue';
  const { parts } = x;
  const req = x.req as IncomingMessage;
  if (parts.closing.has(req.socket)) return 'done'; // the connection ends after the refused request's answer
  const fault = framingFault(req, parts.maxHeaders);
  if (fault === undefined) return 'continue';
  parts.stats.rejectedMalformed++;
  return refusal(edgeAnswer(400, `Malformed request: ${fault}.`, 'api'));
}
