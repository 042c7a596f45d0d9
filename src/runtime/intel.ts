// The intel part: the publisher of our own detections and decisions as STIX, and the feeds we import.

import { IntelFeeds } from '../intel/feeds/feeds.js';
import { Publisher } from '../intel/publisher.js';
import type { Core } from './core.js';

export interface IntelPart {
  /** Publishes detections, decisions and incidents as STIX into the first TAXII collection. */
  publisher: Publisher;
  feeds: IntelFeeds;
}

/** Starts the publisher, then the feeds (judging what was imported before, then pulling on schedule). */
export async function startIntel(core: Core): Promise<IntelPart> {
  const { config, store, events, table, log, now, teardown } = core;
  const publisher = new Publisher({
    store,
    events,
    collectionId: config.intel.collections[0].id,
    identity: config.intel.identity,
    tlp: config.intel.tlp,
    log,
    now,
  });
  publisher.start();
  teardown.add(async () => {
    publisher.stop();
    await publisher.idle();
  });
  const feeds = new IntelFeeds({ store, table, config, now, log });
  teardown.add(() => feeds.stop());
  await feeds.start();
  return { publisher, feeds };
}
