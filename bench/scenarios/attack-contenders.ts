// The four contenders of the attack scenarios, each started fresh in front of a fresh origin of bounded
// capacity: the origin alone, nginx, HAProxy and Breakwater, with the same per-address limits; over TLS
// with HTTP/2 for the scenarios that need it.
import { startBreakwater } from '../contenders/breakwater.js';
import { makeCertificate } from '../contenders/certificate.js';
import { startHaproxy } from '../contenders/haproxy.js';
import { startNginx } from '../contenders/nginx.js';
import { type OriginOptions, startOrigin } from '../contenders/origin.js';
import type { PeerLimits } from '../contenders/peer-limits.js';
import type { Service } from '../contenders/service.js';
import type { ToolPaths } from '../tools.js';

export const CONTENDERS = ['origin', 'nginx', 'haproxy', 'breakwater'] as const;
export type ContenderKey = (typeof CONTENDERS)[number];

export const CONTENDER_LABELS: Record<ContenderKey, string> = {
  origin: 'origin, unprotected',
  nginx: 'nginx',
  haproxy: 'HAProxy',
  breakwater: 'Breakwater',
};

/**
 * Per-address limits in the range the peers' hardening guides suggest for a web application: 10 requests
 * a second with a burst of 20 (nginx `limit_req`, HAProxy `http_req_rate`), 20 open connections
 * (`limit_conn`, `conn_cur`). Breakwater gets the same connection cap; its rates come from its detectors.
 */
export const ATTACK_LIMITS: PeerLimits = { connectionsPerAddress: 20, requestsPerSecond: 10, burst: 20 };

/**
 * How the proxies serve the TLS scenarios, for the report. Each proxy's HTTP/2 settings are written out in
 * its template (bench/peers/nginx-tls.conf, bench/peers/haproxy.cfg) or are Breakwater's defaults.
 */
export const TLS_SETUP =
  'Every proxy serves TLS with a self-signed certificate made for the run and offers HTTP/2 and HTTP/1.1 ' +
  'by ALPN, and speaks HTTP/1.1 to the origin: nginx with `listen … ssl http2`, ' +
  '`http2_max_concurrent_streams 128` and `keepalive_requests 1000` (the settings F5 advises against ' +
  'Rapid Reset); HAProxy with `bind … ssl crt … alpn h2,http/1.1` and ' +
  '`tune.h2.max-concurrent-streams 100`; Breakwater with `tls` and its default `http2` settings ' +
  '(100 streams at once, a connection closed past 100 resets a second).';

/** Why a contender sits out a scenario, shown in its row instead of figures; undefined when it takes part. */
export function sitsOut(key: ContenderKey, tls = false): string | undefined {
  return tls && key === 'origin' ? 'n/a (the demo origin speaks HTTP/1.1 only)' : undefined;
}

/** The origin's capacity: 32 requests at once, 2 ms of CPU each (about 500 metered requests a second). */
const ORIGIN: OriginOptions = { concurrency: 32, cpuMs: 2 };

export interface Arena {
  /** What the drill targets. */
  front: Service;
  origin: Service;
  /** The process whose CPU and memory are the defence's cost; none for the unprotected origin. */
  defender: Service | undefined;
}

/**
 * Starts `key` in front of a fresh origin (of `origin`'s capacity when given); with `tls`, the proxy serves
 * HTTPS with a fresh certificate; Breakwater keeps its store in `dataDir`, and earns clients good standing
 * after `goodStandingAfter`, when given.
 */
export async function startArena(
  key: ContenderKey,
  tools: ToolPaths,
  tls = false,
  place: { origin?: OriginOptions; dataDir?: string; goodStandingAfter?: string } = {},
): Promise<Arena> {
  const certificate = tls ? await makeCertificate(tools.openssl!) : undefined;
  const origin = await startOrigin(place.origin ?? ORIGIN);
  switch (key) {
    case 'origin':
      return { front: { ...origin, label: CONTENDER_LABELS.origin }, origin, defender: undefined };
    case 'nginx': {
      const nginx = await startNginx(tools.nginx!, origin.port, ATTACK_LIMITS, certificate);
      return { front: nginx, origin, defender: nginx };
    }
    case 'haproxy': {
      const haproxy = await startHaproxy(tools.haproxy!, origin.port, ATTACK_LIMITS, certificate);
      return { front: haproxy, origin, defender: haproxy };
    }
    case 'breakwater': {
      const breakwater = await startBreakwater({
        originUrl: origin.url,
        dataDir: place.dataDir,
        goodStandingAfter: place.goodStandingAfter,
        maxConnectionsPerAddress: ATTACK_LIMITS.connectionsPerAddress,
        allowlist: [],
        tls: certificate,
      });
      return { front: breakwater, origin, defender: breakwater };
    }
  }
}
