// The other gateways' windows as one gateway's sentinel reads them each tick: one window from each peer
// a tick, summed with its own over its own span. Gateways tick on their own clocks, so a peer's windows
// arrive at one tick, at none, at two; taken as they come, a tick would sum two of a peer's windows or
// none, and the merged window would span from the earliest start to the latest end (up to twice a tick),
// so a flood spread over the gateways would read as slower than it is. Each peer's windows wait in a
// short queue instead, and each tick takes the oldest: the sum is then what one gateway would have
// counted in one tick, give or take one window's jitter, and its rate is read over this gateway's tick.

import type { TallyWindow } from '../sentinel/tally.js';
import type { WindowSnapshot } from '../sentinel/window.js';
import { mergeWindows } from './tally-merge.js';

export class PeerWindows {
  private readonly waiting = new Map<string, TallyWindow[]>();

  /** `staleMs`: a window that ended longer ago than this is dropped, never summed. */
  constructor(private readonly staleMs: number) {}

  add(gateway: string, window: TallyWindow): void {
    const queue = this.waiting.get(gateway);
    if (queue === undefined) this.waiting.set(gateway, [window]);
    else queue.push(window);
  }

  /** `own` summed with the oldest fresh window of each peer, over `own`'s span. */
  sum(own: TallyWindow, now: number): WindowSnapshot {
    const others: TallyWindow[] = [];
    for (const [gateway, queue] of this.waiting) {
      while (queue.length > 0 && queue[0].snapshot.end < now - this.staleMs) queue.shift();
      const next = queue.shift();
      if (next !== undefined) others.push(next);
      if (queue.length === 0) this.waiting.delete(gateway);
    }
    if (others.length === 0) return own.snapshot;
    const merged = mergeWindows([own, ...others]).snapshot;
    return { ...merged, start: own.snapshot.start, end: own.snapshot.end };
  }
}
