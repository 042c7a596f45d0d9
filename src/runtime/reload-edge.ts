// A reload of one gateway process's edge (the gateway alone, or each worker): a new origin set from the
// configuration (reload-origins.ts), the routes, trusted proxies and verified clients' rate, and the TLS
// certificate read again, handed to the running gateway.

import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import type { Config } from '../config/index.js';
import type { Gateway, LiveEdgeSettings } from '../edge/gateway.js';
import { ProxyList } from '../edge/trusted-proxies.js';
import type { OriginsInForce } from './reload-origins.js';

/** The gateway's certificate and key read again, checked to make a pair; undefined without TLS. */
export function readGatewayTls(config: Config): LiveEdgeSettings['tls'] {
  if (config.tls === null) return undefined;
  const files = { cert: readFileSync(config.tls.cert), key: readFileSync(config.tls.key) };
  createSecureContext(files); // throws when the key does not match the certificate
  return files;
}

export class EdgeReload {
  constructor(
    private readonly gateway: Gateway,
    /** The origin set the gateway sends to, replaced on each reload. */
    private readonly origins: OriginsInForce,
  ) {}

  /** Applies the live settings of `config`; throws (nothing applied) when the certificate cannot be read. */
  apply(config: Config): void {
    const tls = readGatewayTls(config);
    this.gateway.reload?.({
      origins: this.origins.replace(config),
      routes: config.routes,
      trustedProxies: new ProxyList(config.trustedProxies),
      verified: { rate: config.challenge.verifiedRate, burst: config.challenge.verifiedBurst },
      upstreamConnect: config.timeouts.upstreamConnect,
      tls,
    });
  }
}
