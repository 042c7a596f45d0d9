// The bouncers that pull our decisions over CrowdSec's Local API, with each one's last pull: a bouncer
// that stopped pulling stopped enforcing.
import { api } from '../api.js';
import { formatTime } from '../format.js';
import { useLoad } from '../use-load.js';
import { DataTable } from './DataTable.js';

interface Bouncer {
  name: string;
  createdAt: number;
  lastPullAt: number | null;
  lastAddress: string | null;
  userAgent: string | null;
}

export function Bouncers() {
  const { data, loading } = useLoad(
    () => api.get<{ bouncers: Bouncer[] }>('/api/v1/bouncers'),
    [],
    'Loading the bouncers',
  );
  return (
    <section aria-labelledby="bouncers-title" className="card">
      <h2 id="bouncers-title">Bouncers</h2>
      <p className="hint">
        CrowdSec-compatible bouncers (firewall, nginx, HAProxy, Traefik, Caddy, Cloudflare) enforce our
        blocks, challenges and throttles by pulling <code>/v1/decisions/stream</code>. Register one with{' '}
        <code>breakwater bouncers add NAME</code>.
      </p>
      <DataTable
        caption="Bouncers"
        columns={['Name', 'Registered', 'Last pull', 'From', 'User agent']}
        items={data?.bouncers ?? []}
        loading={loading}
        empty="No bouncers yet."
        row={(b) => (
          <tr key={b.name}>
            <td>{b.name}</td>
            <td>{formatTime(b.createdAt)}</td>
            <td data-testid={`bouncer-pull-${b.name}`}>
              {b.lastPullAt === null ? 'never' : formatTime(b.lastPullAt)}
            </td>
            <td>{b.lastAddress ?? '—'}</td>
            <td>{b.userAgent ?? '—'}</td>
          </tr>
        )}
      />
    </section>
  );
}
