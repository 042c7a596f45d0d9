// The edge's settings read from the Config: the origin set's, the challenge's, the gateway's, the verdict
// endpoint's, the witness's and the access log's. Shared by the edge part and by each gateway worker
// (cluster/), so both build the same edge; `share` is a worker's part of the gateway's bounds (1/N).

import { readFileSync } from 'node:fs';
import type { Config } from '../config/index.js';
import { AccessLog } from '../edge/access-log.js';
import { Challenge } from '../edge/challenge/index.js';
import type { GatewayOptions } from '../edge/gateway.js';
import type { OriginOptions } from '../edge/origins.js';
import { ProxyList } from '../edge/trusted-proxies.js';
import type { VerdictOptions } from '../edge/verdict-endpoint.js';
import { Witness } from '../edge/witness.js';

export function originSettings(config: Config, now: () => number): OriginOptions {
  return {
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
  };
}

export function challengeOf(
  config: Config,
  secret: Buffer,
  now: () => number,
  previousSecret?: Buffer,
): Challenge {
  return new Challenge({
    secret,
    previousSecret,
    now,
    defaultDifficulty: config.challenge.difficulty,
    passTtlMs: config.challenge.passTtl,
    secureCookie: config.tls !== null,
  });
}

export type GatewaySettings = Pick<
  GatewayOptions,
  'listen' | 'tls' | 'routes' | 'trustedProxies' | 'limits' | 'timeouts' | 'http2' | 'verified'
>;

export function gatewaySettings(config: Config): GatewaySettings {
  return {
    listen: config.listen,
    tls: config.tls ? { cert: readFileSync(config.tls.cert), key: readFileSync(config.tls.key) } : undefined,
    routes: config.routes,
    trustedProxies: new ProxyList(config.trustedProxies),
    limits: config.limits,
    timeouts: config.timeouts,
    http2: config.http2,
    verified: { rate: config.challenge.verifiedRate, burst: config.challenge.verifiedBurst },
  };
}

export function verdictSettings(config: Config): VerdictOptions | undefined {
  const { listen, failOpen, deadline } = config.verdict;
  return listen === null ? undefined : { listen, failOpen, deadlineMs: deadline };
}

/** Refused clients for evidence packages; none when configured off. `share` of the heads kept. */
export function witnessOf(config: Config, now: () => number, share = 1): Witness | undefined {
  const { requestHeads, sources, retention } = config.evidence;
  if (requestHeads === 0 && sources === 0) return undefined;
  return new Witness({ heads: Math.ceil(requestHeads * share), sources, retainMs: retention, now });
}

/** The access log, appended to its file; `share` of the lines written whole each second (at least one). */
export function accessLogOf(config: Config, now: () => number, share = 1): AccessLog | undefined {
  const { path, perSecond, sampleEvery } = config.accessLog;
  if (path === null) return undefined;
  return new AccessLog({ path, perSecond: Math.max(1, Math.floor(perSecond * share)), sampleEvery, now });
}
