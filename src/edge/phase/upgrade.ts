// Phase 9 for an upgrade: an allowed WebSocket (or other) upgrade spliced to its origin (../websocket.ts).

import type { Exchange, Step } from '../exchange.js';
import type { Origin } from '../origins.js';
import { passUpgrade } from '../websocket.js';
import { originHeaders } from './forward.js';

/**
 * Phase 9, upgrade: in place of body and forward for an upgrade request. Opens a raw connection to the
 * judged origin, replays the upgrade request with the forwarding fields, and splices the two sockets.
 * Answers a bare 502 when the origin cannot be reached in time. Records nothing.
 */
export function upgrade(x: Exchange): Step {
  const { socket, head } = x.upgrade as NonNullable<Exchange['upgrade']>;
  passUpgrade(
    socket,
    head,
    x.origin as Origin,
    x.method,
    x.client.path,
    originHeaders(x),
    String(x.req.headers.upgrade),
    x.parts.upstreamConnectMs,
  );
  return 'done';
}
