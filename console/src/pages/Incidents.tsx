// Incidents: the list, newest first, filterable by status, refreshed as incidents change.
import { useState } from 'react';
import { Link } from 'react-router';
import { api, query } from '../api.js';
import { formatDuration, formatTime } from '../format.js';
import { useLiveEvent } from '../live.js';
import { INCIDENT_STATUSES, type Incident } from '../types.js';
import { useLoad } from '../use-load.js';

export default function Incidents() {
  const [status, setStatus] = useState('');
  const { data, loading, reload } = useLoad(
    () => api.get<{ incidents: Incident[] }>(`/api/v1/incidents${query({ status })}`),
    [status],
    'Loading incidents',
  );
  useLiveEvent('incident', () => void reload());
  const incidents = data?.incidents ?? [];

  return (
    <>
      <h1>Incidents</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter incidents">
        <label>
          Status{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">any</option>
            {INCIDENT_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </form>
      <div className="table-wrap">
        <table aria-busy={loading}>
          <caption className="visually-hidden">Incidents</caption>
          <thead>
            <tr>
              <th scope="col">Incident</th>
              <th scope="col">Severity</th>
              <th scope="col">Status</th>
              <th scope="col">Title</th>
              <th scope="col">Opened</th>
              <th scope="col">Time to mitigate</th>
              <th scope="col">Assignee</th>
            </tr>
          </thead>
          <tbody>
            {incidents.length === 0 && !loading ? (
              <tr>
                <td colSpan={7}>No incidents.</td>
              </tr>
            ) : (
              incidents.map((i) => (
                <tr key={i.id}>
                  <td>
                    <Link to={`/incidents/${encodeURIComponent(i.id)}`}>{i.id}</Link>
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
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
