// The intel feeds as one service for the composition root, the API and the CLI: peers (and the inbound
// TAXII account a peer may get with them), pulls on demand and on schedule, and pushes of our objects.

import { randomUUID } from 'node:crypto';
import type { Config } from '../../config/index.js';
import type { Log } from '../../log.js';
import type { DecisionTable } from '../../responder/decision-table.js';
import type { FeedPeer, FeedPull, Store } from '../../store/index.js';
import { TaxiiAccountError } from '../../store/index.js';
import type { StixObject } from '../stix/objects.js';
import { IndicatorImport } from './import.js';
import { FeedPuller } from './pull.js';
import { type PushResult, pushObjects } from './push.js';
import { PullSchedule } from './schedule.js';
import { protectedRanges, type TrustSettings } from './trust-policy.js';

/** A peer as given by a person: `url` is the API root. */
export interface PeerInput {
  name: string;
  url: string;
  collection: string;
  username?: string;
  password?: string;
  trust?: number;
  enabled?: boolean;
  /** Also open an account on our TAXII server for this peer, with these rights. */
  account?: { read: string[]; write: string[]; amber: boolean };
}

/** Trust given to a peer added without one. */
export const DEFAULT_TRUST = 80;
/** Most objects pushed at once. */
export const MAX_PUSHED_OBJECTS = 10_000;
/** TLP levels that may be pushed to a peer; AMBER+STRICT and RED never leave. */
const PUSHABLE_TLP = ['clear', 'green', 'amber'] as const;
const PEER_NAME = /^[A-Za-z0-9._@-]{1,64}$/;

/** A request about peers that cannot be carried out: `field` names the input at fault, if any. */
export class PeerError extends Error {
  override name = 'PeerError';
  constructor(
    message: string,
    readonly code: 'invalid' | 'conflict' | 'not_found',
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface IntelFeedsDeps {
  store: Store;
  table: DecisionTable;
  config: Config;
  now: () => number;
  random?: () => number;
  log: Log;
}

export function trustSettings(config: Config): TrustSettings {
  const settings = config.intel.import;
  return {
    enforce: settings.enforce,
    minConfidence: settings.minConfidence,
    minPeers: settings.minPeers,
    protect: protectedRanges([...settings.protect, ...config.responder.allowlist, ...config.trustedProxies]),
    widestIpv4Prefix: settings.widestIpv4Prefix,
    widestIpv6Prefix: settings.widestIpv6Prefix,
    maxTtlMs: settings.maxTtl,
  };
}

export class IntelFeeds {
  readonly settings: TrustSettings;
  readonly importer: IndicatorImport;
  readonly puller: FeedPuller;
  private readonly schedule: PullSchedule;

  constructor(private readonly deps: IntelFeedsDeps) {
    const { store, table, config, now, log } = deps;
    this.settings = trustSettings(config);
    this.importer = new IndicatorImport({ store, table, settings: this.settings, now, log });
    this.puller = new FeedPuller({
      feeds: store.intelFeeds,
      importer: this.importer,
      timeoutMs: config.intel.import.timeout,
      now,
      log,
    });
    this.schedule = new PullSchedule({
      feeds: store.intelFeeds,
      puller: this.puller,
      intervalMs: config.intel.import.interval,
      now,
      random: deps.random ?? Math.random,
      log,
    });
  }

  /** Judges what was imported before under today's policy, then starts the pull schedule. */
  async start(): Promise<void> {
    await this.importer
      .reconcile()
      .catch((error: Error) =>
        this.deps.log.error('judging imported intel failed', { error: error.message }),
      );
    this.schedule.start();
  }

  stop(): void {
    this.schedule.stop();
  }

  /** Adds a peer (and its inbound account when asked); the account's secret is returned this once. */
  async addPeer(input: PeerInput): Promise<{ peer: FeedPeer; secret?: string }> {
    const { store } = this.deps;
    if (!PEER_NAME.test(input.name)) {
      throw new PeerError("a peer name is 1 to 64 letters, digits, '.', '_', '@' or '-'", 'invalid', 'name');
    }
    const apiRoot = readApiRoot(input.url);
    if (input.password !== undefined && input.username === undefined) {
      throw new PeerError('a password needs a username', 'invalid', 'username');
    }
    if ((await store.intelFeeds.getPeer(input.name)) !== undefined) {
      throw new PeerError(`a peer named ${input.name} already exists`, 'conflict', 'name');
    }
    let secret: string | undefined;
    if (input.account !== undefined) {
      try {
        ({ secret } = await store.taxiiAccounts.add({ name: input.name, ...input.account }));
      } catch (error) {
        if (error instanceof TaxiiAccountError) throw new PeerError(error.message, 'conflict', 'name');
        throw error;
      }
    }
    const added = await store.intelFeeds
      .addPeer({
        name: input.name,
        apiRoot,
        collectionId: input.collection,
        username: input.username ?? null,
        password: input.password ?? null,
        trust: input.trust ?? DEFAULT_TRUST,
        enabled: input.enabled ?? true,
      })
      .catch(async (error: Error) => {
        if (secret !== undefined) await store.taxiiAccounts.remove(input.name);
        throw error;
      });
    if (!added) {
      if (secret !== undefined) await store.taxiiAccounts.remove(input.name);
      throw new PeerError(`a peer named ${input.name} already exists`, 'conflict', 'name');
    }
    const peer = (await store.intelFeeds.getPeer(input.name)) as FeedPeer;
    this.deps.log.info('intel peer added', {
      peer: peer.name,
      url: peer.apiRoot,
      account: secret !== undefined,
    });
    return secret === undefined ? { peer } : { peer, secret };
  }

  /** Removes the peer, what was imported from it, and its inbound account; false when there was none. */
  async removePeer(name: string): Promise<boolean> {
    const removed = await this.importer.forgetPeer(name);
    const account = await this.deps.store.taxiiAccounts.remove(name);
    return removed || account;
  }

  pull(name: string): Promise<FeedPull> {
    return this.puller.pull(name);
  }

  /** Our TAXII collections, as configured. */
  collections(): Config['intel']['collections'] {
    return this.deps.config.intel.collections;
  }

  /** The indicators we publish, as one STIX 2.1 bundle. */
  async bundle(): Promise<{ type: 'bundle'; id: string; objects: StixObject[] }> {
    return { type: 'bundle', id: `bundle--${randomUUID()}`, objects: await this.published(['indicator']) };
  }

  /** Pushes the sightings and indicators of our first collection to the peer's collection. */
  async push(name: string): Promise<PushResult> {
    const { store, config, now } = this.deps;
    const peer = await store.intelFeeds.getPeer(name);
    if (peer === undefined) throw new PeerError(`no peer is named ${name}`, 'not_found');
    const objects = await this.published(['sighting', 'indicator']);
    const result = await pushObjects(peer, objects, { timeoutMs: config.intel.import.timeout, now });
    this.deps.log.info('intel pushed', { peer: name, objects: result.objects, complete: result.complete });
    return result;
  }

  /** The latest versions of our first collection's objects of these types that may leave. */
  private async published(types: string[]): Promise<StixObject[]> {
    const page = await this.deps.store.stixObjects.query({
      collectionId: this.deps.config.intel.collections[0].id,
      types,
      tlp: PUSHABLE_TLP,
      limit: MAX_PUSHED_OBJECTS,
    });
    return page.objects.map((stored) => stored.object);
  }
}

/** The API root URL with a trailing '/', or a PeerError. */
function readApiRoot(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new PeerError(
      `expected an http:// or https:// URL of a TAXII API root, found '${text.slice(0, 64)}'`,
      'invalid',
      'url',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PeerError('the API root must be an http:// or https:// URL', 'invalid', 'url');
  }
  if (url.username !== '' || url.password !== '') {
    throw new PeerError('give credentials as username and password, not in the URL', 'invalid', 'url');
  }
  if (url.search !== '' || url.hash !== '') {
    throw new PeerError('the API root URL takes no query or fragment', 'invalid', 'url');
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
