// Phase 6, refuse: the one mapping from a verdict other than allow to the client's answer.

import { refusal } from '../answer.js';
import { edgeAnswer } from '../error-page.js';
import type { Exchange, Step } from '../exchange.js';

/**
 * Phase 6, refuse. Answers every verdict but allow: block with a 403 page (the HTTP/1 connection closed,
 * an HTTP/2 session sent away), throttle with 429 and Retry-After, shed with 503 and Retry-After,
 * challenge with the challenge page — or, for an upgrade, which cannot show a page, with 429. HTML for
 * browser routes, JSON for API routes. Records nothing (tally has). Allowed requests go on.
 */
export function refuse(x: Exchange): Step {
  const { verdict } = x;
  if (verdict === 'allow') return 'continue';
  const { kind } = x.client.client;
  const j = x.judgement;
  switch (verdict) {
    case 'block':
      return refusal(
        edgeAnswer(403, 'Requests from your network are blocked by this site’s protection.', kind),
        'session',
      );
    case 'throttle':
      return edgeAnswer(
        429,
        'Too many requests. Please slow down and try again shortly.',
        kind,
        j.retryAfter,
      );
    case 'shed':
      // Admission by priority let the request go no further, or no origin is up to take it.
      return j.verdict === 'shed'
        ? edgeAnswer(503, 'The service is busy right now. Please try again shortly.', kind, j.retryAfter)
        : edgeAnswer(503, 'The service is unavailable right now. Please try again shortly.', kind, 5);
    case 'challenge': {
      if (x.res === undefined)
        return edgeAnswer(429, 'Pass the challenge on a page first.', kind, j.retryAfter);
      const who = x.client;
      return x.parts.challenge.page({
        prefix: who.client.prefix,
        userAgent: who.client.userAgent,
        returnTo: who.path,
        difficulty: j.difficulty,
      });
    }
  }
}
