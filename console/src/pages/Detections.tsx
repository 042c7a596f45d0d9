// Detections: the attacks the sentinel reported, newest first, with their evidence; live as they change.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, query } from '../api.js';
import { FilterSelect } from '../components/Choice.js';
import { DataTable } from '../components/DataTable.js';
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
          <FilterSelect label="State" value={state} options={['active', 'cleared']} onValue={setState} />
          <FilterSelect label="Kind" value={kind} options={DETECTION_KINDS} onValue={setKind} />
        </form>
      )}
      <DataTable
        caption="Detections"
        columns={['Kind', 'State', 'Path', 'Started', 'Last seen', 'Rate', 'Ceiling', 'Evidence']}
        items={detections}
        loading={loading}
        empty="No detections."
        row={(d) => (
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
        )}
      />
    </>
  );
}
