// The audit log (admin): who did what, from where, newest first; downloadable as JSON Lines.
import { api } from '../api.js';
import { DataTable } from '../components/DataTable.js';
import { formatTime } from '../format.js';
import type { AuditEntry } from '../types.js';
import { useLoad } from '../use-load.js';

function actorName(actor: AuditEntry['actor']): string {
  return actor.name ?? `${actor.kind}${actor.id ? ` ${actor.id}` : ''}`;
}

/** `key: value` pairs of an entry's target or detail, on one line. */
function facts(record: Record<string, unknown>): string {
  const pairs = Object.entries(record).map(
    ([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`,
  );
  return pairs.length ? pairs.join(', ') : '—';
}

export default function Audit() {
  const { data, loading, reload } = useLoad(
    () => api.get<{ entries: AuditEntry[] }>('/api/v1/audit?limit=200'),
    [],
    'Loading the audit log',
  );
  const entries = data?.entries ?? [];
  return (
    <>
      <h1>Audit log</h1>
      <p className="actions">
        <button type="button" onClick={() => void reload()}>
          Refresh
        </button>
        <a href="/api/v1/audit?format=jsonl" download="breakwater-audit.jsonl">
          Download (JSON Lines)
        </a>
      </p>
      <DataTable
        caption="Audit log"
        columns={['When', 'Who', 'From', 'Action', 'Target', 'Detail']}
        items={entries}
        loading={loading}
        row={(e) => (
          <tr key={e.seq}>
            <td>{formatTime(e.at)}</td>
            <td>{actorName(e.actor)}</td>
            <td>{e.address ?? '—'}</td>
            <td>
              <code>{e.action}</code>
            </td>
            <td>{facts(e.target)}</td>
            <td>{facts(e.detail)}</td>
          </tr>
        )}
      />
    </>
  );
}
