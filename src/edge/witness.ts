// What the edge saw of the clients it refused, kept for the evidence package: per source address its
// first and last refusal and how many (requests refused by verdict, connections reset at accept), and a
// ring of the latest refused request heads. Bounded both; O(1) per refusal, and nothing on allowed
// requests. Heads are kept as the parser left them and redacted only when read (evidence/redact.ts).
// A gateway worker keeps one tick's worth and hands it over with its window (drain); the primary's witness,
// the one evidence packages read, takes in every worker's (absorb).

export interface SourceRecord {
  address: string;
  /** ms since the epoch. */
  firstSeen: number;
  lastSeen: number;
  /** Requests refused (block, challenge, throttle, shed) and connections reset at accept. */
  requests: number;
  connectionsReset: number;
}

export interface HeadRecord {
  at: number;
  address: string;
  verdict: string;
  method: string;
  /** The request target as sent, query included (redacted when read). */
  url: string;
  httpVersion: string;
  /** Names and values, alternating, as the parser read them. */
  rawHeaders: readonly string[];
}

/** What a witness recorded since it was last drained. */
export interface WitnessBatch {
  sources: SourceRecord[];
  heads: HeadRecord[];
  untracked: number;
}

export interface WitnessOptions {
  /** Request heads kept (the latest); 0 keeps none. */
  heads: number;
  /** Source addresses followed; refusals from others beyond this are counted in `untracked`. */
  sources: number;
  /** A source not seen for this long makes room for a new one when the bound is reached. */
  retainMs: number;
  now: () => number;
}

export class Witness {
  private readonly sources = new Map<string, SourceRecord>();
  private readonly ring: (HeadRecord | undefined)[];
  private next = 0;
  private sweptAt = Number.NEGATIVE_INFINITY;
  /** Refusals from addresses beyond the `sources` bound. */
  untracked = 0;

  constructor(private readonly opts: WitnessOptions) {
    this.ring = new Array(Math.max(0, opts.heads));
  }

  /** A request the edge refused. */
  refused(
    address: string,
    verdict: string,
    method: string,
    url: string,
    httpVersion: string,
    rawHeaders: readonly string[],
  ): void {
    const at = this.opts.now();
    const source = this.source(address, at);
    if (source !== undefined) source.requests++;
    else this.untracked++;
    if (this.ring.length > 0) this.keep({ at, address, verdict, method, url, httpVersion, rawHeaders });
  }

  /** A connection reset at accept because its address is blocked. */
  resetAtAccept(address: string): void {
    const source = this.source(address, this.opts.now());
    if (source !== undefined) source.connectionsReset++;
    else this.untracked++;
  }

  /** Everything recorded since the last drain, forgotten here: what a worker hands to the primary. */
  drain(): WitnessBatch {
    const batch = {
      sources: [...this.sources.values()],
      heads: this.headsSince(0),
      untracked: this.untracked,
    };
    this.sources.clear();
    this.ring.fill(undefined);
    this.untracked = 0;
    return batch;
  }

  /** Takes in what another witness drained (a worker's), as if this one had seen it. */
  absorb(batch: WitnessBatch): void {
    for (const s of batch.sources) {
      const source = this.source(s.address, s.lastSeen);
      if (source === undefined) {
        this.untracked += s.requests + s.connectionsReset;
        continue;
      }
      if (s.firstSeen < source.firstSeen) source.firstSeen = s.firstSeen;
      source.requests += s.requests;
      source.connectionsReset += s.connectionsReset;
    }
    if (this.ring.length > 0) for (const head of batch.heads) this.keep(head);
    this.untracked += batch.untracked;
  }

  /** Sources last seen at or after `since`, most refused first. */
  sourcesSince(since: number): SourceRecord[] {
    return [...this.sources.values()]
      .filter((s) => s.lastSeen >= since)
      .map((s) => ({ ...s }))
      .sort((a, b) => b.requests + b.connectionsReset - (a.requests + a.connectionsReset));
  }

  /** Heads kept from `since` on, oldest first (those taken in from workers interleave by time). */
  headsSince(since: number): HeadRecord[] {
    const out: HeadRecord[] = [];
    for (let i = 0; i < this.ring.length; i++) {
      const head = this.ring[(this.next + i) % this.ring.length];
      if (head !== undefined && head.at >= since) out.push(head);
    }
    return out.sort((a, b) => a.at - b.at);
  }

  private keep(head: HeadRecord): void {
    this.ring[this.next] = head;
    this.next = (this.next + 1) % this.ring.length;
  }

  private source(address: string, at: number): SourceRecord | undefined {
    let source = this.sources.get(address);
    if (source === undefined) {
      if (this.sources.size >= this.opts.sources && !this.sweep(at)) return undefined;
      source = { address, firstSeen: at, lastSeen: at, requests: 0, connectionsReset: 0 };
      this.sources.set(address, source);
    }
    if (at > source.lastSeen) source.lastSeen = at;
    return source;
  }

  /** Forgets sources older than the retention, at most once a minute; true when there is room now. */
  private sweep(at: number): boolean {
    if (at - this.sweptAt < 60_000) return false;
    this.sweptAt = at;
    for (const [address, s] of this.sources)
      if (at - s.lastSeen > this.opts.retainMs) this.sources.delete(address);
    return this.sources.size < this.opts.sources;
  }
}
