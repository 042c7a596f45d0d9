// The cluster part (`cluster.redis` set): joins the gateways sharing one Redis and one PostgreSQL store.
// Checks Redis (a wrong password or an unreachable server refuses the start), adopts the cluster's sketch
// seeds (so every gateway's windows merge), shares decisions, and runs for the leader lease (throttle
// budgets and good standing are shared by ./sharing.ts). Without Redis at run time every gateway keeps
// enforcing what it has and detects on its own traffic.

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { LeaderLease } from '../cluster/leader-lease.js';
import { connectRedis, type RedisLink } from '../cluster/redis-link.js';
import { SharedDecisions } from '../cluster/shared-decisions.js';
import { SharedWindows } from '../cluster/shared-windows.js';
import { adoptSketchSeeds, sketchSeeds } from '../sentinel/sketch/hash.js';
import type { TallyWindow } from '../sentinel/tally.js';
import type { Core } from './core.js';
import type { SharingPart } from './sharing.js';

/** The store's name for the key that signs good standing between gateways. */
export const STANDING_SECRET = 'cluster-standing-hmac';

export interface ClusterPart {
  /** This gateway's id in the cluster. */
  gateway: string;
  link: RedisLink;
  lease: LeaderLease;
  decisions: SharedDecisions;
  /** The key that signs good standing between the gateways, kept in the shared store. */
  standingSecret: Buffer;
  /** This gateway acts on detections: it holds the lease, or Redis is away and it stands alone. */
  leading(): boolean;
  /** The defence loop's tally: `local`'s window published, summed with the other gateways'. */
  windows(local: { cut(): TallyWindow }): SharedWindows;
  /** What windows() made. */
  shared?: SharedWindows;
  /** The budgets and good standing this gateway shares (./sharing.ts), once started. */
  sharing?: SharingPart;
  /** Told when this gateway starts or stops acting on detections (at once with where it stands). */
  onLeading(listener: (leading: boolean) => void): void;
  /**
   * Starts running for the lease: called once the gateway is fully started, so that a gateway busy
   * starting never holds the lease it cannot yet renew in time.
   */
  campaign(): Promise<void>;
}

export async function startCluster(core: Core, url: string): Promise<ClusterPart> {
  const { config, log, teardown, table, store, now } = core;
  const link = await connectRedis(url, log);
  teardown.add(() => link.close());
  const prefix = `${config.cluster.name}:`;
  const gateway = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

  const mine = sketchSeeds().join(',');
  await link.redis.set(`${prefix}sketch-seeds`, mine, 'NX');
  const seeds = (await link.redis.get(`${prefix}sketch-seeds`)) ?? mine;
  const [a, b] = seeds.split(',').map(Number);
  adoptSketchSeeds([a, b]);
  const standingSecret = Buffer.from(
    await store.secrets.getOrCreate(STANDING_SECRET, () => randomBytes(32).toString('base64')),
    'base64',
  );

  const decisions = new SharedDecisions({ link, key: `${prefix}decisions`, gateway, table, store, log, now });
  await decisions.start();
  teardown.add(() => decisions.stop());

  const listeners = new Set<(leading: boolean) => void>();
  let acting = true;
  const leading = () => lease.leading || !link.up;
  const check = () => {
    const next = leading();
    if (next === acting) return;
    acting = next;
    log.info(next ? 'cluster: this gateway leads detection' : 'cluster: another gateway leads detection', {
      gateway,
    });
    for (const listener of listeners) listener(next);
  };
  const lease = new LeaderLease({
    redis: link.redis,
    key: `${prefix}leader`,
    holder: gateway,
    now,
    onChange: check,
  });
  link.onChange(check);
  const watch = setInterval(check, 250);
  watch.unref();
  teardown.add(async () => {
    clearInterval(watch);
    await lease.stop();
  });
  acting = leading();
  log.info('cluster joined', { cluster: config.cluster.name, gateway });

  const part: ClusterPart = {
    gateway,
    link,
    lease,
    decisions,
    standingSecret,
    leading,
    windows: (local) => {
      const shared = new SharedWindows({
        link,
        key: `${prefix}windows`,
        gateway,
        local,
        tickMs: config.sentinel.tick,
        log,
        now,
      });
      shared.start();
      teardown.add(() => shared.stop());
      part.shared = shared;
      return shared;
    },
    onLeading: (listener) => {
      listeners.add(listener);
      listener(acting);
    },
    campaign: async () => {
      lease.start();
      await lease.turn();
      check();
    },
  };
  return part;
}
