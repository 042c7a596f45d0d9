// Incidents: the list, newest first, filterable by kind (flood or phishing) and status, refreshed as
// incidents change.
import { useState } from 'react';
import { Link } from 'react-router';
import { api, query } from '../api.js';
import { FilterSelect } from '../components/Choice.js';
import { DataTable } from '../components/DataTable.js';
import { formatDuration, formatTime } from '../format.js';
import { useLiveEvent } from '../live.js';
import { INCIDENT_KINDS, INCIDENT_STATUSES, type Incident } from '../types.js';
import { useLoad } from '../use-load.js';

export default function Incidents() {
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('');
  const { data, loading, reload } = useLoad(
    () => api.get<{ incidents: Incident[] }>(`/api/v1/incidents${query({ kind, status })}`),
    [kind, status],
    'Loading incidents',
  );
  useLiveEvent('incident', () => void reload());
  const incidents = data?.incidents ?? [];

  return (
    <>
      <h1>Incidents</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter incidents">
        <FilterSelect label="Kind" value={kind} options={INCIDENT_KINDS} onValue={setKind} />
        <FilterSelect label="Status" value={status} options={INCIDENT_STATUSES} onValue={setStatus} />
      </form>
      <DataTable
        caption="Incidents"
        columns={[
          'Incident',
          'Kind',
          'Severity',
          'Status',
          'Title',
          'Opened',
          'Time to mitigate',
          'Assignee',
        ]}
        items={incidents}
        loading={loading}
        empty="No incidents."
        row={(i) => (
          <tr key={i.id}>
            <td>
              <Link to={`/incidents/${encodeURIComponent(i.id)}`}>{i.id}</Link>
            </td>
            <td>
              <span className={`kind kind-${i.kind}`}>{i.kind}</span>
            </td>
            <td>
              <span className={`sev sev-${i.severity}`}>{i.severity}</span>
            </td>
            <td>{i.status}</td>
            <td>{i.title}</td>
            <td>{formatTime(i.openedAt)}</td>
            <td>{formatDuration(i.figures.timeToMitigateMs)}</td>
            <td>{i.assignee ?? '—'}</td>
          </tr>
        )}
      />
    </>
  );
}
