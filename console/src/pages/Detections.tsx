// Detections: the attacks the sentinel reported, newest first, with their evidence; live as they change.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, query } from '../api.js';
import { formatRate, formatTime } from '../format.js';
import { useLiveEvent } from '../live.js';
import { DETECTION_KINDS, type Detection } from '../types.js';
import { useLoad } from '../use-load.js';

export default function Detections() {
  const [params] = useSearchParams();
  const focus = params.get('id');
  const [state, setState] = useState('');
  const [kind, setKind] = useState('');
  const { data, loading, reload } = useLoad(
    async () =>
      focus
        ? { detections: [await api.get<Detection>(`/api/v1/detections/${encodeURIComponent(focus)}`)] }
        : api.get<{ detections: Detection[] }>(`/api/v1/detections${query({ state, kind, limit: 200 })}`),
    [focus, state, kind],
    'Loading detections',
  );
  useLiveEvent('detection', () => void reload());
  const detections = data?.detections ?? [];

  return (
    <>
      <h1>Detections</h1>
      {!focus && (
        <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter detections">
          <label>
            State{' '}
            <select value={state} onChange={(e) => setState(e.target.value)}>
              <option value="">any</option>
              <option>active</option>
              <option>cleared</option>
            </select>
          </label>
          <label>
            Kind{' '}
            <select value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="">any</option>
              {DETECTION_KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </label>
        </form>
      )}
      <div className="table-wrap">
        <table aria-busy={loading}>
          <caption className="visually-hidden">Detections</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">State</th>
              <th scope="col">Path</th>
              <th scope="col">Started</th>
              <th scope="col">Last seen</th>
              <th scope="col">Rate</th>
              <th scope="col">Ceiling</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {detections.length === 0 && !loading ? (
              <tr>
                <td colSpan={8}>No detections.</td>
              </tr>
            ) : (
              detections.map((d) => (
                <tr key={d.id}>
                  <td>{d.kind}</td>
                  <td>{d.state}</td>
                  <td>
                    <code>{d.path ?? '*'}</code>
                  </td>
                  <td>{formatTime(d.startedAt)}</td>
                  <td>{formatTime(d.lastSeenAt)}</td>
                  <td>{formatRate(d.evidence.observedRate)}/s</td>
                  <td>{d.maxAction}</td>
                  <td>
                    {d.evidence.summary}
                    {d.targets.length > 0 && (
                      <ul className="targets">
                        {d.targets.slice(0, 5).map((t) => (
                          <li key={`${t.scope}:${t.value}`}>
                            <code>{t.value}</code> {formatRate(t.rate)}/s
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
