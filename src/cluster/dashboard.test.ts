// Keeps docs/grafana/scale-out.json true: every series its panels query is one /metrics exposes for a
// gateway with workers in a cluster.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMetrics } from '../control/metrics.js';
import type { ClusterReport } from '../control/routes/cluster.js';
import { EdgeStats } from '../edge/stats.js';

const dashboard = JSON.parse(
  readFileSync(new URL('../../docs/grafana/scale-out.json', import.meta.url), 'utf8'),
) as { panels: { targets: { expr: string }[] }[] };

const report: ClusterReport = {
  gateway: 'gw-a',
  leading: true,
  leader: 'gw-a',
  redis: 'up',
  store: 'postgresql',
  workers: [
    {
      id: 1,
      pid: 10,
      ready: true,
      startedAt: 0,
      requests: 5,
      openConnections: 1,
      rssBytes: 9e7,
      loopDelayP99Ms: 2,
    },
  ],
  workerRestarts: 0,
  peers: [],
  decisions: { lagP50Ms: 3, lagP99Ms: 20, received: 4, pending: 0, dropped: 0 },
  windowsDropped: 0,
};

describe('docs/grafana/scale-out.json', () => {
  it('queries only series that /metrics exposes', () => {
    const exposed = new Set(
      renderMetrics({ stats: new EdgeStats(), decisions: [], origins: [], now: 0, cluster: report })
        .split('\n')
        .filter((line) => line.startsWith('# TYPE '))
        .map((line) => line.split(' ')[2]),
    );
    const queried = dashboard.panels
      .flatMap((p) => p.targets.map((t) => t.expr))
      .flatMap((expr) => expr.match(/breakwater_[a-z0-9_]+/g) ?? [])
      .map((name) => name.replace(/_bucket$/, ''));
    expect(queried.length).toBeGreaterThan(10);
    for (const name of queried) expect(exposed, name).toContain(name);
  });
});
