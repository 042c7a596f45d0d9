// Threat intelligence: the peers whose TAXII collections we pull (add, remove, pull now), what their
// indicators became here, what we publish, and the bouncers that enforce our decisions. Viewers see it
// all read-only.
import { useState } from 'react';
import { useAlerts } from '../alerts.js';
import { api, query } from '../api.js';
import { AddPeerForm } from '../components/AddPeerForm.js';
import { Bouncers } from '../components/Bouncers.js';
import { DangerButton } from '../components/Buttons.js';
import { DataTable } from '../components/DataTable.js';
import { ImportedIndicators } from '../components/ImportedIndicators.js';
import { PublishedIntel } from '../components/PublishedIntel.js';
import { formatTime } from '../format.js';
import { useSignedIn } from '../session.js';
import { type FeedPull, type IntelCollection, type IntelPeer, roleAtLeast } from '../types.js';
import { useAction, useLoad } from '../use-load.js';

interface PeerRow {
  peer: IntelPeer;
  /** The latest pull of the peer, when there was one. */
  lastPull: FeedPull | undefined;
}

/** What a pull brought, in a few words. */
function pullSummary(pull: FeedPull): string {
  const counts = [
    `${pull.objects} object${pull.objects === 1 ? '' : 's'}`,
    `${pull.imported} imported`,
    pull.duplicates > 0 && `${pull.duplicates} duplicate`,
    pull.revoked > 0 && `${pull.revoked} revoked`,
    pull.unsupported > 0 && `${pull.unsupported} unsupported`,
    pull.invalid > 0 && `${pull.invalid} invalid`,
  ];
  return counts.filter(Boolean).join(', ');
}

function PullOutcome({ row }: { row: PeerRow }) {
  const { peer, lastPull } = row;
  if (lastPull?.status === 'ok') return <>ok: {pullSummary(lastPull)}</>;
  const error = lastPull?.error ?? peer.lastError;
  if (error) return <>failed: {error}</>;
  return <>not pulled yet</>;
}

async function loadPeers(): Promise<PeerRow[]> {
  const { peers } = await api.get<{ peers: IntelPeer[] }>('/api/v1/intel/peers');
  const pulls = await Promise.all(
    peers.map((p) =>
      api.get<{ pulls: FeedPull[] }>(`/api/v1/intel/pulls${query({ peer: p.name, limit: 1 })}`),
    ),
  );
  return peers.map((peer, i) => ({ peer, lastPull: pulls[i].pulls[0] }));
}

export default function Intel() {
  const { role } = useSignedIn().user;
  const canPull = roleAtLeast(role, 'responder');
  const admin = roleAtLeast(role, 'admin');
  const alerts = useAlerts();
  const { busy, run } = useAction();
  /** Bumped after a change, so that the imported indicators load again. */
  const [version, setVersion] = useState(0);
  const peers = useLoad(loadPeers, [version], 'Loading the peers');
  const collections = useLoad(
    () => api.get<{ collections: IntelCollection[] }>('/api/v1/intel/collections'),
    [],
    'Loading our collections',
  );
  const rows = peers.data ?? [];
  const changed = () => setVersion((v) => v + 1);

  const pull = async ({ peer }: PeerRow) => {
    let done = '';
    const ok = await run(`Pulling ${peer.name}`, async () => {
      const record = await api.post<FeedPull>(`/api/v1/intel/peers/${encodeURIComponent(peer.name)}/pull`);
      if (record.status === 'error') throw new Error(record.error ?? 'the peer failed');
      done = `Pulled ${peer.name}: ${pullSummary(record)}.`;
    });
    if (ok) alerts.notify(done);
    changed();
  };
  const remove = async ({ peer }: PeerRow) => {
    const sure = window.confirm(
      `Remove the peer ${peer.name}? What was imported from it is forgotten, its decisions end unless other ` +
        'peers back them, and its account on our TAXII server is removed.',
    );
    if (!sure) return;
    const ok = await run(
      `Removing the peer ${peer.name}`,
      () => api.delete(`/api/v1/intel/peers/${encodeURIComponent(peer.name)}`),
      `Removed the peer ${peer.name}.`,
    );
    if (ok) changed();
  };

  return (
    <>
      <h1>Intel</h1>
      <section aria-labelledby="peers-title" className="card">
        <h2 id="peers-title">Peers</h2>
        <p className="hint">
          Enabled peers are pulled on a schedule (<code>intel.import.interval</code>); imported indicators are
          observe-only unless <code>intel.import.enforce</code> is on.
        </p>
        <DataTable
          caption="Peers"
          columns={[
            'Name',
            'API root',
            'Collection',
            'Trust',
            'Scheduled',
            'Last pull',
            'Outcome',
            canPull && 'Actions',
          ]}
          items={rows}
          loading={peers.loading}
          empty={
            admin
              ? 'No peers yet: add one below or with `breakwater intel peers add`.'
              : 'No peers yet: an admin adds them here or with `breakwater intel peers add`.'
          }
          row={(row) => (
            <tr key={row.peer.name}>
              <td>{row.peer.name}</td>
              <td>
                <code>{row.peer.url}</code>
              </td>
              <td>
                <code>{row.peer.collection}</code>
              </td>
              <td>{row.peer.trust}</td>
              <td>{row.peer.enabled ? 'yes' : 'no (disabled)'}</td>
              <td>{formatTime(row.lastPull?.finishedAt ?? row.peer.lastPullAt)}</td>
              <td data-testid={`outcome-${row.peer.name}`}>
                <PullOutcome row={row} />
              </td>
              {canPull && (
                <td className="actions">
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void pull(row)}
                    aria-label={`Pull ${row.peer.name} now`}
                  >
                    Pull now
                  </button>{' '}
                  {admin && (
                    <DangerButton
                      label={`Remove the peer ${row.peer.name}`}
                      busy={busy}
                      onClick={() => void remove(row)}
                    >
                      Remove
                    </DangerButton>
                  )}
                </td>
              )}
            </tr>
          )}
        />
      </section>
      {admin && <AddPeerForm ours={collections.data?.collections[0]} onAdded={changed} />}
      <ImportedIndicators peers={rows.map((r) => r.peer.name)} version={version} />
      <PublishedIntel collections={collections.data?.collections ?? []} />
      <Bouncers />
    </>
  );
}
