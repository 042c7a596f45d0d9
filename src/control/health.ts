// The health report the control plane serves to load balancers and people: is Breakwater able to serve?
// The origin set reports its health (edge/origins.ts); this file names the report's shape and HTTP status.

import type { OriginsHealth } from '../edge/origins.js';

export type { OriginReport } from '../edge/origins.js';

export interface HealthReport extends OriginsHealth {
  uptimeSeconds: number;
  version: string;
}

/** 200 while at least one origin can take traffic, 503 when none can. */
export function healthStatusCode(report: HealthReport): 200 | 503 {
  return report.origins.some((origin) => origin.healthy) ? 200 : 503;
}
