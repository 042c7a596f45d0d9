// The edge's settings read from the Config: the origin set's, the challenge's and the gateway's. Shared
// by the edge part and by each gateway worker (cluster/), so both build the same edge.

import { readFileSync } from 'node:fs';
import type { Config } from '../config/index.js';
import { Challenge } from '../edge/challenge/index.js';
import type { GatewayOptions } from '../edge/gateway.js';
import type { OriginOptions } from '../edge/origins.js';
import { ProxyList } from '../edge/trusted-proxies.js';

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
