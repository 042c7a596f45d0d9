// Heavy hitters of one kind of key: a count-min sketch for counts and a space-saving top-k over it.

import type { KeyCount } from '../window.js';
import { CountMin } from './count-min.js';
import { SpaceSaving } from './space-saving.js';

export interface HeavyHittersOptions {
  /** Count-min width (rounded up to a power of two). */
  width: number;
  depth: number;
  /** How many top keys to keep. */
  k: number;
}

/** Memory: width × depth × 4 bytes of counters, k slots. */
export class HeavyHitters {
  readonly counts: CountMin;
  readonly top: SpaceSaving;

  constructor(opts: HeavyHittersOptions) {
    this.counts = new CountMin(opts.width, opts.depth);
    this.top = new SpaceSaving(opts.k);
  }

  get bytes(): number {
    return this.counts.bytes + this.top.bytes;
  }

  /** Counts one occurrence of `key` (hash pair h1, h2); returns its top-k slot or -1. */
  add(key: string, h1: number, h2: number): number {
    return this.top.offer(key, this.counts.addHashed(h1, h2, 1), h1);
  }

  list(): KeyCount[] {
    return this.top.top();
  }

  clear(): void {
    this.counts.clear();
    this.top.clear();
  }
}
