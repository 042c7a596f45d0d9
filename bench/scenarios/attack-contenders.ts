// The four contenders of the attack scenarios, each started fresh in front of a fresh origin of bounded
// capacity: the origin alone, nginx, HAProxy and Breakwater, with the same per-address limits.
import { startBreakwater } from '../contenders/breakwater.js';
import { startHaproxy } from '../contenders/haproxy.js';
import { startNginx } from '../contenders/nginx.js';
import { startOrigin } from '../contenders/origin.js';
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

/** The origin's capacity: 32 requests at once, 2 ms of CPU each (about 500 metered requests a second). */
const ORIGIN = { concurrency: 32, cpuMs: 2 };

export interface Arena {
  /** What the drill targets. */
  front: Service;
  origin: Service;
  /** The process whose CPU and memory are the defence's cost; none for the unprotected origin. */
  defender: Service | undefined;
}

export async function startArena(key: ContenderKey, tools: ToolPaths): Promise<Arena> {
  const origin = await startOrigin(ORIGIN);
  switch (key) {
    case 'origin':
      return { front: { ...origin, label: CONTENDER_LABELS.origin }, origin, defender: undefined };
    case 'nginx': {
      const nginx = await startNginx(tools.nginx!, origin.port, ATTACK_LIMITS);
      return { front: nginx, origin, defender: nginx };
    }
    case 'haproxy': {
      const haproxy = await startHaproxy(tools.haproxy!, origin.port, ATTACK_LIMITS);
      return { front: haproxy, origin, defender: haproxy };
    }
    case 'breakwater': {
      const breakwater = await startBreakwater({
        originUrl: origin.url,
        maxConnectionsPerAddress: ATTACK_LIMITS.connectionsPerAddress,
        allowlist: [],
      });
      return { front: breakwater, origin, defender: breakwater };
    }
  }
}
