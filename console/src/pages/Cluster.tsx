// This gateway in its cluster, as GET /api/v1/cluster reports it, read again every few seconds: its
// workers and their load (requests, connections, memory, event-loop delay), who leads detection, Redis and
// the store, the other gateways heard from, and how long decisions from them take to arrive. Any
// signed-in user (viewer and up).
import { useEffect } from 'react';
import { api } from '../api.js';
import { DataTable } from '../components/DataTable.js';
import { formatClock, formatDuration, formatTime } from '../format.js';
import type { ClusterReport } from '../types.js';
import { useLoad } from '../use-load.js';

/** How often the page reads the cluster again. */
const REFRESH_MS = 5_000;

const REDIS_LABEL = { up: 'up', down: 'down: enforcing and detecting alone', none: 'not used' } as const;
const STORE_LABEL = { postgresql: 'PostgreSQL', sqlite: 'SQLite' } as const;

function Figure({ label, value, name }: { label: string; value: string; name?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-figure={name}>{value}</dd>
    </div>
  );
}

function Summary({ report }: { report: ClusterReport }) {
  const ready = report.workers.filter((w) => w.ready).length;
  return (
    <section aria-labelledby="gateway-title" className="card">
      <h2 id="gateway-title">This gateway</h2>
      <dl className="figures figures-wide">
        <Figure label="Gateway" value={report.gateway} name="gateway" />
        <Figure label="Leads detection" value={report.leading ? 'yes' : 'no'} name="leading" />
        <Figure label="Leader" value={report.leader ?? (report.redis === 'none' ? 'this gateway' : '—')} />
        <Figure label="Redis" value={REDIS_LABEL[report.redis]} name="redis" />
        <Figure label="Store" value={STORE_LABEL[report.store]} name="store" />
        <Figure
          label="Workers"
          value={report.workers.length === 0 ? 'none' : `${ready} of ${report.workers.length} ready`}
          name="workers"
        />
        <Figure label="Worker restarts" value={String(report.workerRestarts)} name="restarts" />
      </dl>
      {report.workers.length === 0 && report.redis === 'none' && (
        <p className="notice" data-testid="alone">
          Single gateway, no workers: this one process serves every request and runs the defence. Start it
          with <code>--workers auto</code> for one worker per core, and with <code>--redis</code> to share one
          defence with other gateways.
        </p>
      )}
    </section>
  );
}

function Workers({ report }: { report: ClusterReport }) {
  return (
    <section aria-labelledby="workers-title" className="card">
      <h2 id="workers-title">Workers</h2>
      <DataTable
        caption="Workers"
        columns={[
          'Worker',
          'PID',
          'Ready',
          'Since',
          'Requests',
          'Open connections',
          'Memory',
          'Event-loop delay p99',
        ]}
        items={report.workers}
        loading={false}
        empty="No workers: the gateway's process serves the requests itself."
        row={(w) => (
          <tr key={w.id}>
            <td>{w.id}</td>
            <td>{w.pid ?? '—'}</td>
            <td>{w.ready ? 'yes' : 'starting'}</td>
            <td>{formatTime(w.startedAt)}</td>
            <td>{w.requests.toLocaleString()}</td>
            <td>{w.openConnections.toLocaleString()}</td>
            <td>{w.rssBytes === null ? '—' : `${Math.round(w.rssBytes / 1024 ** 2)} MiB`}</td>
            <td>{w.loopDelayP99Ms === null ? '—' : `${Math.round(w.loopDelayP99Ms)} ms`}</td>
          </tr>
        )}
      />
    </section>
  );
}

function Gateways({ report, at }: { report: ClusterReport; at: number }) {
  return (
    <section aria-labelledby="gateways-title" className="card">
      <h2 id="gateways-title">Other gateways</h2>
      <DataTable
        caption="Other gateways"
        columns={['Gateway', 'Last window']}
        items={report.peers}
        loading={false}
        empty={
          report.redis === 'none' ? 'None: this gateway is not in a cluster.' : 'None heard from recently.'
        }
        row={(p) => (
          <tr key={p.gateway}>
            <td>{p.gateway}</td>
            <td>{formatDuration(Math.max(0, at - p.lastWindowAt))} ago</td>
          </tr>
        )}
      />
    </section>
  );
}

function Decisions({ report }: { report: ClusterReport }) {
  const { decisions } = report;
  const lag = (ms: number) => (decisions.received === 0 ? '—' : `${Math.round(ms)} ms`);
  return (
    <section aria-labelledby="decisions-title" className="card">
      <h2 id="decisions-title">Decisions from other gateways</h2>
      <dl className="figures">
        <Figure label="Lag p50" value={lag(decisions.lagP50Ms)} name="lag-p50" />
        <Figure label="Lag p99" value={lag(decisions.lagP99Ms)} name="lag-p99" />
        <Figure label="Received" value={decisions.received.toLocaleString()} name="received" />
        <Figure label="Waiting for Redis" value={decisions.pending.toLocaleString()} name="pending" />
        <Figure label="Dropped (malformed)" value={decisions.dropped.toLocaleString()} name="dropped" />
        <Figure
          label="Windows dropped"
          value={report.windowsDropped.toLocaleString()}
          name="windows-dropped"
        />
      </dl>
    </section>
  );
}

export default function Cluster() {
  const { data, reload } = useLoad(
    async () => ({ report: await api.get<ClusterReport>('/api/v1/cluster'), at: Date.now() }),
    [],
    'Loading the cluster',
  );
  useEffect(() => {
    const timer = setInterval(() => void reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  return (
    <>
      <h1>Cluster</h1>
      {data === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <>
          <p className="meta" data-testid="updated">
            Updated {formatClock(data.at)}; read again every {REFRESH_MS / 1000} s.
          </p>
          <Summary report={data.report} />
          <Workers report={data.report} />
          <Gateways report={data.report} at={data.at} />
          <Decisions report={data.report} />
        </>
      )}
    </>
  );
}
