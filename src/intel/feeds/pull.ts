// Pulls one peer's collection: pages after the peer's checkpoint, following `next` (or, without it,
// `added_after` from `X-TAXII-Date-Added-Last`), each page imported whole and the checkpoint moved with it.
// One pull per peer at a time: asking again while one runs waits for that one. Every pull is recorded,
// with its error when the peer fails (timeout, garbage, wrong media type); pages already imported stay.

import { randomUUID } from 'node:crypto';
import type { Log } from '../../log.js';
import type { FeedPull, IntelFeedRepository, PullCounts } from '../../store/intel-feed-repository.js';
import type { IndicatorImport } from './import.js';
import { TaxiiClient } from './taxii-client.js';

/** Pages read in one pull at most; the rest waits for the next pull (the checkpoint keeps the place). */
export const MAX_PAGES_PER_PULL = 100;

export interface FeedPullerDeps {
  feeds: IntelFeedRepository;
  importer: IndicatorImport;
  /** Deadline of each request to a peer, in milliseconds. */
  timeoutMs: number;
  now: () => number;
  log: Log;
}

export class UnknownPeerError extends Error {
  override name = 'UnknownPeerError';
}

export class FeedPuller {
  private readonly running = new Map<string, Promise<FeedPull>>();

  constructor(private readonly deps: FeedPullerDeps) {}

  /** True while a pull of this peer runs. */
  isPulling(peer: string): boolean {
    return this.running.has(peer);
  }

  /** Pulls the peer now, or joins the pull already running. Throws UnknownPeerError for no such peer. */
  pull(peer: string): Promise<FeedPull> {
    const current = this.running.get(peer);
    if (current !== undefined) return current;
    const run = this.run(peer).finally(() => this.running.delete(peer));
    this.running.set(peer, run);
    return run;
  }

  private async run(name: string): Promise<FeedPull> {
    const { feeds, importer, log, now } = this.deps;
    const peer = await feeds.getPeer(name);
    if (peer === undefined) throw new UnknownPeerError(`no peer is named ${name}`);
    const startedAt = now();
    const counts: PullCounts = {
      pages: 0,
      objects: 0,
      imported: 0,
      duplicates: 0,
      revoked: 0,
      unsupported: 0,
      invalid: 0,
    };
    const client = new TaxiiClient(peer, this.deps.timeoutMs);
    let error: string | null = null;
    try {
      let addedAfter = peer.checkpoint;
      let next: string | null = null;
      while (counts.pages < MAX_PAGES_PER_PULL) {
        const page = await client.getObjects({ addedAfter, next });
        const pageCounts = await importer.importPage(name, page.objects, page.dateAddedLast);
        counts.pages++;
        for (const key of Object.keys(pageCounts) as (keyof typeof pageCounts)[])
          counts[key] += pageCounts[key];
        if (!page.more) break;
        if (page.next !== null && page.next !== next) {
          next = page.next;
        } else if (page.dateAddedLast !== null && page.dateAddedLast !== addedAfter) {
          addedAfter = page.dateAddedLast;
          next = null;
        } else {
          break;
        }
      }
    } catch (failure) {
      error = (failure as Error).message;
      log.warn('intel pull failed', { peer: name, error });
    }
    const pull: FeedPull = {
      id: `pull_${randomUUID()}`,
      peer: name,
      startedAt,
      finishedAt: now(),
      status: error === null ? 'ok' : 'error',
      error,
      ...counts,
    };
    await feeds.recordPull(pull);
    if (error === null) log.info('intel pulled', { peer: name, pages: pull.pages, imported: pull.imported });
    return pull;
  }
}
