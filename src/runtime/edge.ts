// The edge part: the challenge, the origin set with its health checks, the gateway, and the traffic
// recorder writing the edge's counters down each second.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Challenge } from '../edge/challenge/index.js';
import { type Gateway, startGateway } from '../edge/gateway.js';
import { OriginSet } from '../edge/origins.js';
import { EdgeStats } from '../edge/stats.js';
import { ProxyList } from '../edge/trusted-proxies.js';
import { TrafficRecorder } from '../traffic/recorder.js';
import type { Core } from './core.js';
import type { DefencePart } from './defence.js';

export interface EdgePart {
  gateway: Gateway;
  origins: OriginSet;
  stats: EdgeStats;
  /** Writes a traffic point each second; `tick()` drives it by hand. */
  traffic: TrafficRecorder;
}

/** The challenge with its key, made once and kept in the store so passes outlive a restart. */
async function loadChallenge(core: Core): Promise<Challenge> {
  const { config, store, now } = core;
  const secret = await store.secrets.getOrCreate('challenge-hmac', () => randomBytes(32).toString('base64'));
  return new Challenge({
    secret: Buffer.from(secret, 'base64'),
    now,
    defaultDifficulty: config.challenge.difficulty,
    passTtlMs: config.challenge.passTtl,
    secureCookie: config.tls !== null,
  });
}

function startOrigins(core: Core): OriginSet {
  const { config, log, now, teardown } = core;
  const origins = new OriginSet({
    urls: config.upstreams,
    connectTimeoutMs: config.timeouts.upstreamConnect,
    responseTimeoutMs: config.timeouts.upstreamResponse,
    healthCheck: {
      path: config.healthCheck.path,
      intervalMs: config.healthCheck.interval,
      timeoutMs: config.healthCheck.timeout,
      unhealthyAfter: config.healthCheck.unhealthyAfter,
      healthyAfter: config.healthCheck.healthyAfter,
    },
    now,
    onChange: (state) =>
      state.healthy
        ? log.info('origin healthy again', { origin: state.url })
        : log.warn('origin unhealthy', { origin: state.url, error: state.lastError }),
  });
  origins.start();
  teardown.add(() => origins.close());
  return origins;
}

export async function startEdge(core: Core, defence: DefencePart): Promise<EdgePart> {
  const { config, store, events, table, log, now, teardown } = core;
  const challenge = await loadChallenge(core);
  const origins = startOrigins(core);
  const stats = new EdgeStats();
  const gateway = await startGateway({
    listen: config.listen,
    tls: config.tls ? { cert: readFileSync(config.tls.cert), key: readFileSync(config.tls.key) } : undefined,
    origins,
    table,
    challenge,
    routes: config.routes,
    trustedProxies: new ProxyList(config.trustedProxies),
    limits: config.limits,
    timeouts: config.timeouts,
    http2: config.http2,
    verified: { rate: config.challenge.verifiedRate, burst: config.challenge.verifiedBurst },
    stats,
    admission: defence.admission,
    tally: defence.tally,
    onAbuse: (address, what) => {
      if (config.responder.mode === 'off') return;
      const decision = defence.responder.abuse(address, what, now());
      if (decision !== undefined) defence.loop.apply(decision);
    },
    log,
    now,
  });
  teardown.add(() => gateway.close());
  const traffic = new TrafficRecorder({
    stats,
    traffic: store.traffic,
    events,
    log,
    now,
    retentionMs: config.traffic.retention,
  });
  traffic.start();
  teardown.add(() => traffic.stop());
  return { gateway, origins, stats, traffic };
}
