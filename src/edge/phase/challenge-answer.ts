// Phase 7, challenge answer: a POST of a solved challenge, verified (../challenge/) and answered.

import { refusal } from '../answer.js';
import { edgeAnswer } from '../error-page.js';
import type { Exchange, Step } from '../exchange.js';

/** A solution is a few hundred bytes; anything much larger is not one. */
const SMALL_BODY_LIMIT = 8 * 1024;

/**
 * Phase 7, challenge answer. Only for a challenge's answer the judge let through (other requests go on).
 * Reads its small body under the body deadlines and answers: 303 back to the page with a pass cookie, or
 * 400/403 with a short page; 408 or 413 (connection closed) when the body is slow or too large. Never
 * forwarded. Records nothing.
 */
export function answerChallenge(x: Exchange): Step | Promise<Step> {
  return x.challengeAnswer ? verify(x) : 'continue';
}

async function verify(x: Exchange): Promise<Step> {
  const { req, parts } = x;
  const body = await parts.bodies.readWhole(req, () => req.destroy());
  if (!Buffer.isBuffer(body) || body.length > SMALL_BODY_LIMIT)
    return refusal(edgeAnswer(body === 'slow' ? 408 : 413, 'The answer could not be read.', 'browser'));
  const who = x.client.client;
  return parts.challenge.verify({
    prefix: who.prefix,
    userAgent: who.userAgent,
    body,
    contentType: req.headers['content-type'],
  });
}
