// Overview: live requests per second by verdict and origin latency (one point a second from the stream),
// the open incidents, and the sources and fingerprints active detections name right now.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, query } from '../api.js';
import { TimeChart } from '../components/TimeChart.js';
import { formatRate, formatTime } from '../format.js';
import { useLive, useLiveEvent } from '../live.js';
import type { Detection, Incident, TrafficPoint } from '../types.js';
import { OPEN_STATUSES } from '../types.js';
import { useLoad } from '../use-load.js';

/** Seconds of traffic kept on the chart. */
const WINDOW_S = 300;

const VERDICTS = [
  { key: 'allowed', label: 'Allowed', color: '#2a9d4b' },
  { key: 'challenged', label: 'Challenged', color: '#d9a300' },
  { key: 'throttled', label: 'Throttled', color: '#8a5cf6' },
  { key: 'blocked', label: 'Blocked', color: '#d7263d' },
] as const;
const LATENCIES = [
  { key: 'latencyP50Ms', label: 'p50', color: '#1f77b4' },
  { key: 'latencyP95Ms', label: 'p95', color: '#ff7f0e' },
  { key: 'latencyP99Ms', label: 'p99', color: '#7f7f7f' },
] as const;

const perSecond = (p: TrafficPoint, n: number) => n / (Math.max(p.stepMs, 1) / 1000);

function pointsOf(answer: unknown): TrafficPoint[] {
  if (Array.isArray(answer)) return answer as TrafficPoint[];
  const a = answer as { points?: TrafficPoint[] } | undefined;
  return a?.points ?? [];
}

/** Keeps the newest WINDOW_S points, in time order, one per timestamp. */
function merge(points: TrafficPoint[], more: TrafficPoint[]): TrafficPoint[] {
  const byAt = new Map(points.map((p) => [p.at, p]));
  for (const p of more) byAt.set(p.at, p);
  return [...byAt.values()].sort((a, b) => a.at - b.at).slice(-WINDOW_S);
}

interface Ranked {
  scope: string;
  value: string;
  rate: number;
  kinds: string[];
}

function rankTargets(detections: Detection[], fingerprints: boolean): Ranked[] {
  const byKey = new Map<string, Ranked>();
  for (const d of detections) {
    if (d.state !== 'active') continue;
    for (const t of d.targets) {
      if ((t.scope === 'fingerprint') !== fingerprints) continue;
      const key = `${t.scope}:${t.value}`;
      const entry = byKey.get(key) ?? { scope: t.scope, value: t.value, rate: 0, kinds: [] };
      entry.rate = Math.max(entry.rate, t.rate);
      if (!entry.kinds.includes(d.kind)) entry.kinds.push(d.kind);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => b.rate - a.rate).slice(0, 10);
}

function TargetTable({ caption, rows }: { caption: string; rows: Ranked[] }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Requests/s</th>
          <th scope="col">Detected as</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={3}>None right now.</td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={`${r.scope}:${r.value}`}>
              <td>
                <code>{r.value}</code>
              </td>
              <td>{formatRate(r.rate)}</td>
              <td>{r.kinds.join(', ')}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

export default function Overview() {
  const [points, setPoints] = useState<TrafficPoint[]>([]);
  const [detections, setDetections] = useState<Detection[]>([]);
  const [incidents, setIncidents] = useState<Incident[]>([]);

  const traffic = useLoad(
    async () => {
      const since = Date.now() - WINDOW_S * 1000;
      const answer = await api.get<unknown>(`/api/v1/traffic${query({ since, step: '1s' })}`);
      setPoints((current) => merge(pointsOf(answer), current));
    },
    [],
    'Loading recent traffic',
  );
  useLoad(
    async () => {
      const answer = await api.get<{ detections: Detection[] }>('/api/v1/detections?state=active&limit=100');
      setDetections(answer.detections);
    },
    [],
    'Loading active detections',
  );
  useLoad(
    async () => {
      const answer = await api.get<{ incidents: Incident[] }>(
        `/api/v1/incidents${query({ status: OPEN_STATUSES.join(',') })}`,
      );
      setIncidents(answer.incidents);
    },
    [],
    'Loading incidents',
  );

  // Back after the stream dropped (a control plane restart): fill the gap from the stored points.
  const { state: streamState } = useLive();
  const wasDown = useRef(false);
  useEffect(() => {
    if (streamState === 'reconnecting') wasDown.current = true;
    if (streamState === 'live' && wasDown.current) {
      wasDown.current = false;
      void traffic.reload();
    }
  }, [streamState, traffic.reload]);

  useLiveEvent<{ point: TrafficPoint }>(
    'traffic',
    useCallback((event) => setPoints((current) => merge(current, [event.point])), []),
  );
  useLiveEvent<{ detection: Detection }>('detection', (event) =>
    setDetections((current) => [event.detection, ...current.filter((d) => d.id !== event.detection.id)]),
  );
  useLiveEvent<{ incident: Incident }>('incident', (event) =>
    setIncidents((current) => [event.incident, ...current.filter((i) => i.id !== event.incident.id)]),
  );

  const requestData = useMemo(
    () =>
      [points.map((p) => p.at / 1000), ...VERDICTS.map((v) => points.map((p) => perSecond(p, p[v.key])))] as [
        number[],
        ...number[][],
      ],
    [points],
  );
  const latencyData = useMemo(
    () =>
      [points.map((p) => p.at / 1000), ...LATENCIES.map((l) => points.map((p) => p[l.key]))] as [
        number[],
        ...(number | null)[][],
      ],
    [points],
  );

  const latest = points.at(-1);
  const open = incidents.filter((i) => OPEN_STATUSES.includes(i.status));
  const sources = rankTargets(detections, false);
  const fingerprints = rankTargets(detections, true);

  return (
    <>
      <h1>Overview</h1>
      {open.length > 0 && (
        <section className="banner-incident" aria-label="Open incidents">
          {open.map((i) => (
            <p key={i.id}>
              <strong>{i.severity}</strong> <Link to={`/incidents/${encodeURIComponent(i.id)}`}>{i.id}</Link>{' '}
              {i.title} — {i.status} since {formatTime(i.openedAt)}
            </p>
          ))}
        </section>
      )}
      <section aria-labelledby="traffic-title" className="card">
        <h2 id="traffic-title">Requests per second</h2>
        <dl className="figures" data-testid="traffic-now">
          {VERDICTS.map((v) => (
            <div key={v.key}>
              <dt>
                <span className="swatch" style={{ background: v.color }} aria-hidden="true" /> {v.label}
              </dt>
              <dd data-verdict={v.key}>{latest ? formatRate(perSecond(latest, latest[v.key])) : '—'}</dd>
            </div>
          ))}
        </dl>
        <TimeChart
          label="Requests per second by verdict over the last five minutes"
          series={VERDICTS.map(({ label, color }) => ({ label, color }))}
          data={requestData}
          unit="req/s"
        />
      </section>
      <section aria-labelledby="latency-title" className="card">
        <h2 id="latency-title">Origin latency</h2>
        <dl className="figures">
          {LATENCIES.map((l) => (
            <div key={l.key}>
              <dt>
                <span className="swatch" style={{ background: l.color }} aria-hidden="true" /> {l.label}
              </dt>
              <dd>{latest?.[l.key] != null ? `${Math.round(latest[l.key] as number)} ms` : '—'}</dd>
            </div>
          ))}
        </dl>
        <TimeChart
          label="Origin latency percentiles over the last five minutes"
          series={LATENCIES.map(({ label, color }) => ({ label, color }))}
          data={latencyData}
          unit="ms"
          height={180}
        />
      </section>
      <div className="columns">
        <section aria-label="Top sources now" className="card">
          <TargetTable caption="Top sources now" rows={sources} />
        </section>
        <section aria-label="Top fingerprints now" className="card">
          <TargetTable caption="Top fingerprints now" rows={fingerprints} />
        </section>
      </div>
    </>
  );
}
