// Phase 2, read, for HTTP/2: caps stream resets per session per second (Rapid Reset,
// CVE-2023-44487). An offender gets GOAWAY (ENHANCE_YOUR_CALM), its connection is closed, and the
// caller is told, so that a client reconnecting to do it again can be refused at accept.

import { constants, type Http2Session, type ServerHttp2Stream } from 'node:http2';
import type { EdgeStats } from './stats.js';

const { NGHTTP2_CANCEL, NGHTTP2_ENHANCE_YOUR_CALM } = constants;

/**
 * Whether the client reset this stream. Node emits 'aborted' only for a stream whose answer was not yet
 * under way: a stream the edge answered at once (a 429, a 403, a shed) and the client then reset, in the
 * same read as its HEADERS as a flood sends them, is not aborted. It is still closed with the client's
 * CANCEL, the code Rapid Reset tools and browsers use; a reset with any other code is seen by `aborted`.
 */
const resetByClient = (stream: ServerHttp2Stream): boolean =>
  stream.rstCode === NGHTTP2_CANCEL || stream.aborted;

export function guardSession(
  session: Http2Session,
  maxResetsPerSecond: number,
  stats: EdgeStats,
  onFlood: () => void,
  now: () => number = Date.now,
): void {
  let windowStart = now();
  let resets = 0;
  /** One listener shared by every stream of the session: nothing is allocated per stream. */
  function onStreamClose(this: ServerHttp2Stream): void {
    // Streams closed with their session (the client hung up, or we sent it away) are not resets.
    if (session.closed || session.destroyed || !resetByClient(this)) return;
    const t = now();
    if (t - windowStart >= 1000) {
      windowStart = t;
      resets = 0;
    }
    if (++resets > maxResetsPerSecond) {
      stats.h2ResetFloodsClosed++;
      session.goaway(NGHTTP2_ENHANCE_YOUR_CALM);
      session.destroy();
      onFlood();
    }
  }
  session.on('stream', (stream: ServerHttp2Stream) => stream.once('close', onStreamClose));
  session.on('error', () => {}); // a broken session ends itself; the edge carries on
}
