// The indicators imported from peers and the trust policy's verdict on each, filtered by status and peer.
import { useState } from 'react';
import { api, query } from '../api.js';
import { formatExpiry, formatTime } from '../format.js';
import { IMPORT_STATUSES, type ImportedIndicator } from '../types.js';
import { useLoad } from '../use-load.js';
import { FilterSelect } from './Choice.js';
import { DataTable } from './DataTable.js';

/** Rows shown at most; the API and CLI give more. */
const SHOWN = 200;

export function ImportedIndicators({ peers, version }: { peers: readonly string[]; version: number }) {
  const [status, setStatus] = useState('');
  const [peer, setPeer] = useState('');
  const { data, loading } = useLoad(
    () =>
      api.get<{ indicators: ImportedIndicator[] }>(
        `/api/v1/intel/indicators${query({ status, peer, limit: SHOWN })}`,
      ),
    [status, peer, version],
    'Loading imported indicators',
  );
  const indicators = data?.indicators ?? [];

  return (
    <section aria-labelledby="imports-title" className="card">
      <h2 id="imports-title">Imported indicators</h2>
      <p className="hint">
        <strong>enforced</strong>: a block decision; <strong>observe</strong>: recorded only (observe-only, or
        too few peers); <strong>refused</strong>: too little confidence, too broad, or poisoning;{' '}
        <strong>unsupported</strong>: a pattern Breakwater cannot act on. The latest {SHOWN} are shown.
      </p>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter imported indicators">
        <FilterSelect label="Status" value={status} options={IMPORT_STATUSES} onValue={setStatus} />
        <FilterSelect label="Peer" value={peer} options={peers} onValue={setPeer} />
      </form>
      <DataTable
        caption="Imported indicators"
        columns={['Value', 'Peer', 'Status', 'Reason', 'Confidence', 'Valid until', 'Imported', 'Indicator']}
        items={indicators}
        loading={loading}
        empty={
          status || peer ? 'No imported indicators match.' : 'Nothing imported yet: pull a peer to import.'
        }
        row={(i) => (
          <tr key={`${i.peer} ${i.indicatorId} ${i.value}`}>
            <td>{i.value ? <code>{i.value}</code> : '—'}</td>
            <td>{i.peer}</td>
            <td>{i.status}</td>
            <td>
              {i.poisoning && <strong>poisoning: </strong>}
              {i.reason || '—'}
            </td>
            <td>{i.confidence ?? '—'}</td>
            <td>{i.validUntil === null ? 'no end' : formatExpiry(i.validUntil)}</td>
            <td>{formatTime(i.importedAt)}</td>
            <td>
              <code title={i.pattern}>{i.indicatorId}</code>
            </td>
          </tr>
        )}
      />
    </section>
  );
}
