// A reload of one gateway process's edge (the gateway alone, or each worker): a new origin set from the
// configuration, the routes, trusted proxies and verified clients' rate, and the TLS certificate read
// again, handed to the running gateway. The origin set replaced is closed once the requests in flight on
// it can no longer be waiting for their origin (the upstream response timeout).

import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import type { Config } from '../config/index.js';
import type { Gateway, LiveEdgeSettings } from '../edge/gateway.js';
import { OriginSet } from '../edge/origins.js';
import { ProxyList } from '../edge/trusted-proxies.js';
import type { Log } from '../log.js';
import { originSettings } from './edge-settings.js';

/** The gateway's certificate and key read again, checked to make a pair; undefined without TLS. */
export function readGatewayTls(config: Config): LiveEdgeSettings['tls'] {
  if (config.tls === null) return undefined;
  const files = { cert: readFileSync(config.tls.cert), key: readFileSync(config.tls.key) };
  createSecureContext(files); // throws when the key does not match the certificate
  return files;
}

export class EdgeReload {
  private readonly retiring = new Set<OriginSet>();

  constructor(
    private readonly gateway: Gateway,
    /** The origin set the gateway started with, when its owner lets it be replaced. */
    private current: OriginSet | undefined,
    private readonly log: Log,
    private readonly now: () => number = Date.now,
  ) {}

  /** Applies the live settings of `config`; throws (nothing applied) when the certificate cannot be read. */
  apply(config: Config): void {
    const tls = readGatewayTls(config);
    const origins = new OriginSet({
      ...originSettings(config, this.now),
      closeGraceMs: config.timeouts.upstreamResponse,
      onChange: (state) =>
        state.healthy
          ? this.log.info('origin healthy again', { origin: state.url })
          : this.log.warn('origin unhealthy', { origin: state.url, error: state.lastError }),
    });
    origins.start();
    this.gateway.reload?.({
      origins,
      routes: config.routes,
      trustedProxies: new ProxyList(config.trustedProxies),
      verified: { rate: config.challenge.verifiedRate, burst: config.challenge.verifiedBurst },
      upstreamConnect: config.timeouts.upstreamConnect,
      tls,
    });
    const replaced = this.current;
    this.current = origins;
    if (replaced !== undefined) {
      this.retiring.add(replaced);
      setTimeout(() => this.retire(replaced), config.timeouts.upstreamResponse).unref();
    }
  }

  /** Closes the origin sets it made and those it replaced. */
  async close(): Promise<void> {
    await Promise.all([...this.retiring].map((origins) => this.retire(origins)));
    await this.current?.close();
  }

  private retire(origins: OriginSet): Promise<void> {
    this.retiring.delete(origins);
    return origins.close();
  }
}
