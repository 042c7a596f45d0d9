// A long-lived server a benchmark started: where it listens and the process (group) behind it.
import { LOOPBACK } from '../net.js';
import type { Child } from '../processes.js';

export interface Service {
  /** Shown in tables: 'origin, direct', 'Breakwater', 'nginx', 'HAProxy'. */
  label: string;
  /** http://127.0.0.1:PORT, or https:// when it serves TLS */
  url: string;
  port: number;
  child: Child;
}

/**
 * Long-lived servers are killed after this long even if the harness forgets them. Longer than a scenario
 * that keeps its servers up can last: `baseline` and `data-plane` run about 7 min, and on a busy machine
 * add up to 4 min of waiting for quiet and the runs measured again (10 min once cut their last runs short).
 */
export const SERVICE_DEADLINE_MS = 30 * 60_000;

export function serviceUrl(port: number, tls: boolean): string {
  return `${tls ? 'https' : 'http'}://${LOOPBACK}:${port}`;
}
