// Phase 8, body (phase/body.ts): request bodies under a size cap and a minimum rate (slow POST dies here).
// Small bodies are read whole before forwarding, so the origin never waits on a slow client;
// larger ones are streamed, their bytes counted as they pass.

import type { EdgeRequest } from './exchange.js';

export interface BodyLimits {
  maxBodyBytes: number;
  /** Bytes per second a body must average once the grace period is over. */
  minBodyRate: number;
  bodyRateGrace: number;
}

/** Bodies up to this size are buffered before forwarding. */
export const BUFFERED_BODY_BYTES = 64 * 1024;

interface Watched {
  req: EdgeRequest;
  startedAt: number;
  received: number;
  onSlow: () => void;
}

export class BodyGuard {
  private readonly watched = new Set<Watched>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly limits: BodyLimits,
    private readonly now: () => number = Date.now,
    sweepMs = 1000,
  ) {
    this.timer = setInterval(() => this.sweep(), sweepMs);
    this.timer.unref();
  }

  /**
   * Reads a whole (small) body. Resolves with it, or with 'too-large' / 'slow' / 'aborted', in which
   * case the request must not be forwarded. With `streamAbove`, a body (of unknown length) that turns
   * out longer than that resolves 'stream' instead: the request is paused with the bytes read so far put
   * back, to be streamed from its first byte.
   */
  readWhole(
    req: EdgeRequest,
    onSlow: () => void,
    streamAbove = Number.POSITIVE_INFINITY,
  ): Promise<Buffer | 'stream' | 'too-large' | 'slow' | 'aborted'> {
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let settled = false;
      const entry = this.watch(req, () => {
        settle('slow');
        onSlow();
      });
      const settle = (result: Buffer | 'stream' | 'too-large' | 'slow' | 'aborted') => {
        if (settled) return;
        settled = true;
        this.watched.delete(entry);
        resolve(result);
      };
      req.on('data', (chunk: Buffer) => {
        if (settled) return;
        entry.received += chunk.length;
        if (entry.received > this.limits.maxBodyBytes) settle('too-large');
        else chunks.push(chunk);
        if (!settled && entry.received > streamAbove) {
          req.pause();
          req.unshift(Buffer.concat(chunks));
          settle('stream');
        }
      });
      req.on('end', () => settle(Buffer.concat(chunks)));
      req.on('aborted', () => settle('aborted'));
      req.on('error', () => settle('aborted'));
    });
  }

  /** Counts a streamed body's bytes as they pass; calls onTooLarge or onSlow when a limit is crossed. */
  watchStream(req: EdgeRequest, onTooLarge: () => void, onSlow: () => void): void {
    const entry = this.watch(req, onSlow);
    const done = () => this.watched.delete(entry);
    // Counting must not start the flow: a 'data' listener alone would make the body flow now, before
    // the origin client listens, and those bytes would be lost. The client resumes it when it writes.
    req.pause();
    req.on('data', (chunk: Buffer) => {
      entry.received += chunk.length;
      if (entry.received > this.limits.maxBodyBytes) {
        done();
        onTooLarge();
      }
    });
    req.once('end', done);
    req.once('close', done);
  }

  close(): void {
    clearInterval(this.timer);
    this.watched.clear();
  }

  private watch(req: EdgeRequest, onSlow: () => void): Watched {
    const entry: Watched = { req, startedAt: this.now(), received: 0, onSlow };
    this.watched.add(entry);
    return entry;
  }

  private sweep(): void {
    const now = this.now();
    for (const entry of this.watched) {
      const elapsed = now - entry.startedAt;
      if (elapsed < this.limits.bodyRateGrace) continue;
      // A paused stream is waiting on the origin, not on the client: restart its clock.
      if (entry.req.isPaused()) {
        entry.startedAt = now;
        entry.received = 0;
        continue;
      }
      if (entry.received < (this.limits.minBodyRate * elapsed) / 1000) {
        this.watched.delete(entry);
        entry.onSlow();
      }
    }
  }
}
