// Per-path detail for the tally: the busiest paths of a window, each with distinct queries and sources.

import { CountMin } from './sketch/count-min.js';
import { KeyHash } from './sketch/hash.js';
import { HyperLogLog } from './sketch/hyperloglog.js';
import { SpaceSaving } from './sketch/space-saving.js';
import type { PathWindow } from './window.js';

/** Precision of the per-path HyperLogLogs: 1 KiB each, about 3% standard error. */
export const PATH_PRECISION = 10;

/** One tracked path's counts and copies of its HyperLogLog registers, for merging windows. */
export interface PathSketch {
  path: string;
  api: number;
  queries: Uint8Array;
  sources: Uint8Array;
}

/**
 * Which paths get detail is decided by a space-saving top-k over a count-min of paths. A path's detail
 * (requests, queries, sources, kind) counts from the moment it took its slot, so its figures agree with
 * each other; a busy path takes a slot within its first requests of the window. The HyperLogLogs are
 * views on one buffer allocated up front and cleared, not reallocated, when a slot changes hands or a
 * window ends. Memory: maxPaths × 2 KiB of registers, a 2^13 × 4 count-min (128 KiB), a few counters.
 */
export class PathTally {
  private readonly counts = new CountMin(2 ** 13, 4);
  private readonly slots: SpaceSaving;
  private readonly requests: Uint32Array;
  private readonly withQuery: Uint32Array;
  private readonly api: Uint32Array;
  private readonly queries: HyperLogLog[] = [];
  private readonly sources: HyperLogLog[] = [];
  private readonly registers: Uint8Array;
  private readonly pathHash = new KeyHash();
  private readonly queryHash = new KeyHash();

  constructor(maxPaths: number) {
    this.slots = new SpaceSaving(maxPaths);
    this.requests = new Uint32Array(maxPaths);
    this.withQuery = new Uint32Array(maxPaths);
    this.api = new Uint32Array(maxPaths);
    const size = 2 ** PATH_PRECISION;
    this.registers = new Uint8Array(maxPaths * 2 * size);
    for (let slot = 0; slot < maxPaths; slot++) {
      const at = slot * 2 * size;
      this.queries.push(new HyperLogLog(PATH_PRECISION, this.registers.subarray(at, at + size)));
      this.sources.push(new HyperLogLog(PATH_PRECISION, this.registers.subarray(at + size, at + 2 * size)));
    }
  }

  get bytes(): number {
    return this.counts.bytes + this.registers.byteLength + this.requests.byteLength * 3 + this.slots.bytes;
  }

  /** Keys (paths) held in memory: at most maxPaths. */
  get keysHeld(): number {
    return this.slots.size;
  }

  /** Counts a request on `path`; `sourceHash` is a well-mixed hash of its source address. */
  add(path: string, query: string, api: boolean, sourceHash: number): void {
    const h = this.pathHash.of(path);
    const slot = this.slots.offer(path, this.counts.addHashed(h.h1, h.h2, 1), h.h1);
    if (slot < 0) return;
    if (this.slots.admitted) {
      this.requests[slot] = 0;
      this.withQuery[slot] = 0;
      this.api[slot] = 0;
      this.queries[slot].clear();
      this.sources[slot].clear();
    }
    this.requests[slot]++;
    if (api) this.api[slot]++;
    this.sources[slot].addHash(sourceHash);
    if (query.length > 0) {
      this.withQuery[slot]++;
      this.queries[slot].addHash(this.queryHash.of(query).h1);
    }
  }

  /** The tracked paths with their detail, busiest first. */
  windows(): PathWindow[] {
    const out: PathWindow[] = [];
    for (let slot = 0; slot < this.slots.size; slot++) {
      const requests = this.requests[slot];
      out.push({
        path: this.slots.keyAt(slot)!,
        kind: this.api[slot] * 2 > requests ? 'api' : 'browser',
        requests,
        withQuery: this.withQuery[slot],
        distinctQueries: Math.min(this.withQuery[slot], this.queries[slot].estimate()),
        distinctSources: Math.min(requests, this.sources[slot].estimate()),
      });
    }
    return out.sort((a, b) => b.requests - a.requests || (a.path < b.path ? -1 : 1));
  }

  /** The tracked paths' API counts and sketch registers (copies), in slot order. */
  sketches(): PathSketch[] {
    const out: PathSketch[] = [];
    for (let slot = 0; slot < this.slots.size; slot++) {
      out.push({
        path: this.slots.keyAt(slot)!,
        api: this.api[slot],
        queries: this.queries[slot].copyRegisters(),
        sources: this.sources[slot].copyRegisters(),
      });
    }
    return out;
  }

  clear(): void {
    for (let slot = 0; slot < this.slots.size; slot++) {
      this.queries[slot].clear();
      this.sources[slot].clear();
    }
    this.requests.fill(0);
    this.withQuery.fill(0);
    this.api.fill(0);
    this.counts.clear();
    this.slots.clear();
  }
}
