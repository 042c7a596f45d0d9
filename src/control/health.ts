// The health report the control plane serves to load balancers and people: is Breakwater able to serve?
// The composition root builds it from the origin pool; this file only names its shape and its HTTP status.

export interface OriginReport {
  url: string;
  healthy: boolean;
  lastError?: string;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  origins: OriginReport[];
  uptimeSeconds: number;
  version: string;
}

/** 200 while at least one origin can take traffic, 503 when none can. */
export function healthStatusCode(report: HealthReport): 200 | 503 {
  return report.origins.some((origin) => origin.healthy) ? 200 : 503;
}
