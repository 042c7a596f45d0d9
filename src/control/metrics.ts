// Renders Breakwater's counters in the Prometheus text exposition format 0.0.4.
// Pure: it reads the edge's running counters, the active decisions and the origins' health.
// Hand-written rather than prom-client: the edge keeps its counters and latency histogram in typed arrays
// updated on the hot path, and prom-client cannot expose a histogram whose buckets are kept elsewhere;
// its own Histogram.observe costs about 20 times the edge's (bench/histogram.mjs: 360-620 ns against
// 14-26 ns an observation on a loaded 2-core Xeon). The format is checked by parsing it back (exposition.ts).

import { MAP_NAMES } from '../dataplane/haproxy-maps.js';
import type { DataPlaneStatus } from '../dataplane/status.js';
import { type EdgeStats, LATENCY_BUCKETS } from '../edge/stats.js';
import { ACTIONS, type Decision } from '../responder/decision.js';
import { VERDICTS } from '../sentinel/verdict.js';
import type { OriginReport } from './health.js';
import type { ClusterReport, SharedReport } from './routes/cluster.js';

export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export interface MetricsInput {
  stats: EdgeStats;
  decisions: readonly Decision[];
  origins: readonly OriginReport[];
  /** Milliseconds since the epoch; decisions expired by then are not counted as active. */
  now: number;
  /** This gateway in its cluster: its workers, and with Redis, whether it leads and Redis's health. */
  cluster?: ClusterReport;
  /** With HAProxy as the data plane: its logs read and its maps' sync (docs/integrations/haproxy-data-plane.md). */
  dataPlane?: DataPlaneStatus;
}

type Labels = Record<string, string>;
type Sample = { suffix?: string; labels?: Labels; value: number };

export function renderMetrics({ stats, decisions, origins, now, cluster, dataPlane }: MetricsInput): string {
  const out: string[] = [];
  const family = (name: string, type: 'counter' | 'gauge' | 'histogram', help: string, samples: Sample[]) => {
    out.push(`# HELP ${name} ${escapeHelp(help)}`, `# TYPE ${name} ${type}`);
    for (const s of samples)
      out.push(`${name}${s.suffix ?? ''}${formatLabels(s.labels)} ${formatValue(s.value)}`);
  };

  family(
    'breakwater_requests_total',
    'counter',
    'Requests answered by the edge, by verdict.',
    VERDICTS.map((verdict) => ({ labels: { verdict }, value: stats.requestsFor(verdict) })),
  );

  const histogram: Sample[] = [];
  let cumulative = 0;
  LATENCY_BUCKETS.forEach((le, i) => {
    cumulative += stats.latencyBuckets[i];
    histogram.push({ suffix: '_bucket', labels: { le: formatValue(le) }, value: cumulative });
  });
  cumulative += stats.latencyBuckets[LATENCY_BUCKETS.length];
  histogram.push({ suffix: '_bucket', labels: { le: '+Inf' }, value: cumulative });
  histogram.push(
    { suffix: '_sum', value: stats.latencySum },
    { suffix: '_count', value: stats.latencyCount },
  );
  family(
    'breakwater_request_duration_seconds',
    'histogram',
    'Total latency of forwarded requests, in seconds.',
    histogram,
  );

  const active = new Map(ACTIONS.map((action) => [action, 0]));
  for (const d of decisions) {
    if (d.expiresAt === null || d.expiresAt > now) active.set(d.action, (active.get(d.action) ?? 0) + 1);
  }
  family(
    'breakwater_decisions_active',
    'gauge',
    'Decisions in force, by action.',
    ACTIONS.map((action) => ({ labels: { action }, value: active.get(action) ?? 0 })),
  );

  family('breakwater_connections_open', 'gauge', 'Client connections open now.', [
    { value: stats.openConnections },
  ]);
  family('breakwater_connections_accepted_total', 'counter', 'Client connections accepted.', [
    { value: stats.acceptedConnections },
  ]);
  family(
    'breakwater_connections_refused_total',
    'counter',
    'Client connections closed at accept: the address is blocked, or a connection cap was reached.',
    [
      { labels: { reason: 'blocked' }, value: stats.refusedAtAccept },
      { labels: { reason: 'cap' }, value: stats.refusedOverCap },
    ],
  );
  family(
    'breakwater_requests_rejected_total',
    'counter',
    'Requests rejected before judging: malformed, too large, or too slow to arrive.',
    [{ labels: { reason: 'malformed' }, value: stats.rejectedMalformed }],
  );
  family('breakwater_slow_clients_closed_total', 'counter', 'Connections closed for sending too slowly.', [
    { value: stats.slowClientsClosed },
  ]);
  family(
    'breakwater_h2_reset_floods_closed_total',
    'counter',
    'HTTP/2 connections closed for resetting streams too fast.',
    [{ value: stats.h2ResetFloodsClosed }],
  );
  family('breakwater_origin_errors_total', 'counter', 'Forwarded requests the origin failed, by kind.', [
    { labels: { kind: 'error' }, value: stats.originErrors },
    { labels: { kind: 'timeout' }, value: stats.originTimeouts },
  ]);
  family(
    'breakwater_origin_busy_shed_total',
    'counter',
    'Requests turned away (503) after waiting past their time for an origin at its limit of requests in flight.',
    [{ value: stats.originBusyShed }],
  );
  family(
    'breakwater_origin_up',
    'gauge',
    'Whether the origin passes its health check (1) or not (0).',
    origins.map((origin) => ({ labels: { origin: origin.url }, value: origin.healthy ? 1 : 0 })),
  );
  if (cluster !== undefined) clusterFamilies(cluster, family);
  if (dataPlane !== undefined) dataPlaneFamilies(dataPlane, family);

  return `${out.join('\n')}\n`;
}

type Family = (name: string, type: 'counter' | 'gauge', help: string, samples: Sample[]) => void;

/** Workers per core and several gateways (docs/scale-out.md): the figures an operator watches. */
function clusterFamilies(cluster: ClusterReport, family: Family): void {
  family('breakwater_workers', 'gauge', 'Gateway worker processes ready (0: no workers).', [
    { value: cluster.workers.filter((w) => w.ready).length },
  ]);
  family('breakwater_worker_restarts_total', 'counter', 'Gateway workers restarted after dying.', [
    { value: cluster.workerRestarts },
  ]);
  const byWorker = (w: ClusterReport['workers'][number]) => ({ worker: String(w.id) });
  family(
    'breakwater_worker_requests_total',
    'counter',
    'Requests answered by each gateway worker, by its latest report (a restarted worker starts again at 0).',
    cluster.workers.map((w) => ({ labels: byWorker(w), value: w.requests })),
  );
  family(
    'breakwater_worker_connections_open',
    'gauge',
    'Client connections open on each gateway worker.',
    cluster.workers.map((w) => ({ labels: byWorker(w), value: w.openConnections })),
  );
  const reporting = cluster.workers.filter((w) => w.rssBytes !== null && w.loopDelayP99Ms !== null);
  family(
    'breakwater_worker_resident_memory_bytes',
    'gauge',
    'Resident memory of each gateway worker, by its latest report.',
    reporting.map((w) => ({ labels: byWorker(w), value: w.rssBytes ?? 0 })),
  );
  family(
    'breakwater_worker_event_loop_delay_seconds',
    'gauge',
    "How late each gateway worker's event loop ran, p99 over its last tick: a worker too busy shows here first.",
    reporting.map((w) => ({ labels: byWorker(w), value: (w.loopDelayP99Ms ?? 0) / 1000 })),
  );
  if (cluster.redis === 'none') return;
  const gateway = { gateway: cluster.gateway };
  family(
    'breakwater_cluster_redis_up',
    'gauge',
    "Whether the cluster's Redis answers (1) or not (0): without it this gateway enforces and detects alone.",
    [{ labels: gateway, value: cluster.redis === 'up' ? 1 : 0 }],
  );
  family('breakwater_cluster_leading', 'gauge', 'Whether this gateway reports detections and decides.', [
    { labels: gateway, value: cluster.leading ? 1 : 0 },
  ]);
  family('breakwater_cluster_peers', 'gauge', 'Other gateways whose tally windows arrived recently.', [
    { labels: gateway, value: cluster.peers.length },
  ]);
  family(
    'breakwater_cluster_decision_lag_seconds',
    'gauge',
    'Time from a decision on another gateway to its enforcement here, by quantile, over those received.',
    [
      { labels: { ...gateway, quantile: '0.5' }, value: cluster.decisions.lagP50Ms / 1000 },
      { labels: { ...gateway, quantile: '0.99' }, value: cluster.decisions.lagP99Ms / 1000 },
    ],
  );
  family(
    'breakwater_cluster_decisions_pending',
    'gauge',
    "This gateway's decision changes waiting for Redis.",
    [{ labels: gateway, value: cluster.decisions.pending }],
  );
  family(
    'breakwater_cluster_messages_dropped_total',
    'counter',
    'Malformed messages on the shared streams, dropped.',
    [
      { labels: { ...gateway, stream: 'decisions' }, value: cluster.decisions.dropped },
      { labels: { ...gateway, stream: 'windows' }, value: cluster.windowsDropped },
      { labels: { ...gateway, stream: 'standing' }, value: cluster.shared?.standingDropped ?? 0 },
    ],
  );
  if (cluster.shared !== undefined) sharedFamilies(cluster.shared, gateway, family);
}

/** Shared throttle budgets and good standing (docs/scale-out.md). */
function sharedFamilies(shared: SharedReport, gateway: Labels, family: Family): void {
  family(
    'breakwater_cluster_budget_flushes_total',
    'counter',
    "Flushes of this gateway's spend of shared throttle budgets to Redis, by outcome.",
    [
      { labels: { ...gateway, outcome: 'ok' }, value: shared.budgetFlushes },
      { labels: { ...gateway, outcome: 'error' }, value: shared.budgetErrors },
    ],
  );
  family(
    'breakwater_cluster_budget_fallback',
    'gauge',
    'Whether shared budgets are split over the gateways (1/G each) because Redis is away.',
    [{ labels: gateway, value: shared.budgetFallback ? 1 : 0 }],
  );
  family('breakwater_cluster_budget_fallbacks_total', 'counter', 'Times shared budgets fell back to 1/G.', [
    { labels: gateway, value: shared.budgetFallbacks },
  ]);
  family('breakwater_cluster_budgets', 'gauge', 'Shared throttle budgets this gateway holds a count of.', [
    { labels: gateway, value: shared.budgets },
  ]);
  family(
    'breakwater_cluster_standing_total',
    'counter',
    'Clients in good standing (or losing it) announced by this gateway to the others, and adopted from them.',
    [
      { labels: { ...gateway, way: 'announced' }, value: shared.standingAnnounced },
      { labels: { ...gateway, way: 'adopted' }, value: shared.standingAdopted },
    ],
  );
}

/** HAProxy as the data plane: whether its logs arrive whole and its maps hold the decision table. */
function dataPlaneFamilies({ logs, maps }: DataPlaneStatus, family: Family): void {
  family(
    'breakwater_dataplane_log_lines_total',
    'counter',
    "HAProxy's request log lines received: tallied (read), or dropped as not a line of the shipped log-format.",
    [
      { labels: { outcome: 'read' }, value: logs.read },
      { labels: { outcome: 'dropped' }, value: logs.malformed },
    ],
  );
  family(
    'breakwater_dataplane_runtime_api_up',
    'gauge',
    "Whether the last sync of the maps reached HAProxy's runtime API (1) or not (0).",
    [{ value: maps.connected ? 1 : 0 }],
  );
  family(
    'breakwater_dataplane_map_resyncs_total',
    'counter',
    "Full resyncs of HAProxy's maps: the first, after HAProxy was away, and after it restarted or reloaded.",
    [{ value: maps.resyncs }],
  );
  family(
    'breakwater_dataplane_map_sync_failures_total',
    'counter',
    "Syncs of HAProxy's maps that failed: HAProxy away, or an answer that was not success.",
    [{ value: maps.failures }],
  );
  family(
    'breakwater_dataplane_map_entries',
    'gauge',
    "Entries HAProxy's maps hold since the last sync, by map.",
    MAP_NAMES.map((map) => ({ labels: { map }, value: maps.entries[map] })),
  );
}

function formatLabels(labels: Labels | undefined): string {
  if (!labels) return '';
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`);
  return pairs.length ? `{${pairs.join(',')}}` : '';
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(value);
}

function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
