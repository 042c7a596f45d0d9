// The pull schedule: every enabled peer is pulled about once per interval, jittered so that peers (and
// Breakwaters) do not pull in step. A failing or slow peer holds up nobody: its pull records the error
// and its next turn comes round as usual. Clock and randomness are injected.

import type { Log } from '../../log.js';
import type { IntelFeedRepository } from '../../store/intel-feed-repository.js';
import type { FeedPuller } from './pull.js';

/** How often the schedule looks for peers that are due. */
const CHECK_MS = 1_000;
/** Each wait is the interval times a factor from 1 - JITTER to 1 + JITTER. */
const JITTER = 0.2;

export interface PullScheduleDeps {
  feeds: Pick<IntelFeedRepository, 'listPeers'>;
  puller: FeedPuller;
  intervalMs: number;
  now: () => number;
  /** A number from 0 (inclusive) to 1 (exclusive). */
  random: () => number;
  log: Log;
}

export class PullSchedule {
  private timer: NodeJS.Timeout | undefined;
  private readonly dueAt = new Map<string, number>();
  private checking = false;

  constructor(private readonly deps: PullScheduleDeps) {}

  start(): void {
    this.timer ??= setInterval(() => void this.check(), CHECK_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Starts the pulls that are due; a new peer's first pull comes within one jittered interval. */
  async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const { feeds, puller, now } = this.deps;
      const peers = (await feeds.listPeers()).filter((peer) => peer.enabled);
      const names = new Set(peers.map((peer) => peer.name));
      for (const name of this.dueAt.keys()) if (!names.has(name)) this.dueAt.delete(name);
      for (const { name } of peers) {
        const due = this.dueAt.get(name);
        if (due === undefined) {
          this.dueAt.set(name, now() + this.deps.random() * this.deps.intervalMs);
          continue;
        }
        if (due > now() || puller.isPulling(name)) continue;
        this.dueAt.set(name, Number.POSITIVE_INFINITY);
        puller
          .pull(name)
          .catch((error: Error) =>
            this.deps.log.warn('intel pull failed', { peer: name, error: error.message }),
          )
          .finally(() => {
            if (this.dueAt.has(name)) this.dueAt.set(name, this.deps.now() + this.wait());
          });
      }
    } catch (error) {
      this.deps.log.error('intel schedule failed', { error: (error as Error).message });
    } finally {
      this.checking = false;
    }
  }

  private wait(): number {
    return this.deps.intervalMs * (1 - JITTER + 2 * JITTER * this.deps.random());
  }
}
