// Phase 8, body: an allowed request's body, held to the size limit and the minimum rate (../body-guard.ts).

import http2 from 'node:http2';
import { give, refusal } from '../answer.js';
import { BUFFERED_BODY_BYTES } from '../body-guard.js';
import { edgeAnswer } from '../error-page.js';
import type { Exchange, Step } from '../exchange.js';
import { isHttp2 } from '../identify.js';

/**
 * Phase 8, body. A declared length over the limit is refused with 413 (connection closed). A small body,
 * or an HTTP/1 chunked one until it proves large, is read whole first: a broken chunk then ends the
 * request before any of it reaches the origin, and a slow small body never holds an origin connection.
 * A large body is streamed to the origin, counted as it passes. A body over the limit is answered 413, a
 * slow one 408 (connection closed, HTTP/2 stream cancelled). Sets the body to forward. Records:
 * malformed requests, slow clients (also into the tally).
 */
export function body(x: Exchange): Step | Promise<Step> {
  const { req, parts } = x;
  const declared = req.headers['content-length'];
  const length = declared === undefined ? undefined : Number(declared);
  if (length !== undefined && length > parts.maxBodyBytes) {
    parts.stats.rejectedMalformed++;
    return tooLarge(x);
  }
  const hasBody = isHttp2(req)
    ? !req.stream.endAfterHeaders
    : length !== undefined
      ? length > 0
      : req.headers['transfer-encoding'] !== undefined;
  if (!hasBody) return 'continue';
  if (length !== undefined ? length <= BUFFERED_BODY_BYTES : !x.h2) return readFirst(x);
  stream(x);
  return 'continue';
}

async function readFirst(x: Exchange): Promise<Step> {
  const whole = await x.parts.bodies.readWhole(x.req, () => refuseSlow(x), BUFFERED_BODY_BYTES);
  if (whole === 'too-large') return tooLarge(x);
  if (whole === 'stream') stream(x);
  else if (Buffer.isBuffer(whole)) x.body = whole;
  else return 'done'; // slow (answered) or aborted by the client
  return 'continue';
}

function stream(x: Exchange): void {
  const { req } = x;
  x.parts.bodies.watchStream(
    req,
    () => {
      give(x, tooLarge(x));
      req.destroy();
    },
    () => refuseSlow(x),
  );
  x.body = req;
}

function tooLarge(x: Exchange) {
  return refusal(edgeAnswer(413, 'The request body is too large.', x.client.client.kind));
}

function refuseSlow(x: Exchange): void {
  const { req, parts } = x;
  const { client } = x.client;
  parts.stats.slowClientsClosed++;
  parts.tally.slowClosed(client.address, client.prefix);
  give(x, refusal(edgeAnswer(408, 'The request body arrived too slowly.', 'browser')));
  if (isHttp2(req)) {
    req.stream.close(http2.constants.NGHTTP2_CANCEL);
    return;
  }
  // The socket is taken now: once the answer is written, Node detaches it from the request.
  const socket = req.socket;
  setImmediate(() => socket?.destroy());
}
