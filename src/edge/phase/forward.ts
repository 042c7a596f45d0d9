// Phase 9, forward: an allowed request handed to its origin (../forward.ts), with a retry elsewhere.

import type { OutgoingHttpHeaders } from 'node:http';
import type { Exchange, Step } from '../exchange.js';
import { forwardTo } from '../forward.js';
import { originRequestHeaders } from '../forwarding-headers.js';
import type { Origin } from '../origins.js';

/** The headers the origin gets for the exchange's request: hop-by-hop fields out, forwarding fields set. */
export function originHeaders(x: Exchange): OutgoingHttpHeaders {
  const who = x.client;
  return originRequestHeaders(x.req.headers, {
    clientAddress: who.client.address,
    peerAddress: who.peer,
    peerTrusted: who.peerTrusted,
    proto: x.parts.tls ? 'https' : 'http',
    host: who.host,
  });
}

/**
 * Phase 9, forward (and 10, record, in ../forward.ts). Streams the request to the judged origin through
 * its pooled client and the answer back; a request whose body is not being streamed is retried once on
 * another origin after a connection failure. Answers 502/504 with a small page when the origin fails.
 * Records the outcome (status, latency, origin errors) into the tally and the latency histogram. A
 * request that has to wait for a connection to the origin is judged again as it leaves the wait when the
 * decision table changed meanwhile (rejudge.ts).
 */
export function forward(x: Exchange): Step {
  forwardTo(x, x.origin as Origin, originHeaders(x));
  return 'done';
}
