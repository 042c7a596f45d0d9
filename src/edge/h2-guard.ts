// Phase 2, read, for HTTP/2: caps stream resets per session per second (Rapid Reset,
// CVE-2023-44487). An offender gets GOAWAY (ENHANCE_YOUR_CALM), its connection is closed, and the
// caller is told, so that a client reconnecting to do it again can be refused at accept.

import { constants, type Http2Session, type ServerHttp2Stream } from 'node:http2';
import type { EdgeStats } from './stats.js';

export function guardSession(
  session: Http2Session,
  maxResetsPerSecond: number,
  stats: EdgeStats,
  onFlood: () => void,
  now: () => number = Date.now,
): void {
  let windowStart = now();
  let resets = 0;
  session.on('stream', (stream: ServerHttp2Stream) => {
    stream.on('aborted', () => {
      const t = now();
      if (t - windowStart >= 1000) {
        windowStart = t;
        resets = 0;
      }
      // destroyed, not only closed: streams torn down with the session still report their abort
      if (++resets > maxResetsPerSecond && !session.closed && !session.destroyed) {
        stats.h2ResetFloodsClosed++;
        session.goaway(constants.NGHTTP2_ENHANCE_YOUR_CALM);
        session.destroy();
        onFlood();
      }
    });
  });
  session.on('error', () => {}); // a broken session ends itself; the edge carries on
}
