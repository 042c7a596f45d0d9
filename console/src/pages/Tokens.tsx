// API tokens (admin): create one (shown once), see when each was last used, revoke.
import { type FormEvent, useId, useState } from 'react';
import { api } from '../api.js';
import { formatExpiry, formatTime } from '../format.js';
import { type ApiToken, ROLES, type Role } from '../types.js';
import { useAction, useLoad } from '../use-load.js';

export default function Tokens() {
  const { busy, run } = useAction();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [created, setCreated] = useState<string | null>(null);
  const ids = { name: useId(), role: useId() };
  const { data, loading, reload } = useLoad(
    () => api.get<{ tokens: ApiToken[] }>('/api/v1/tokens'),
    [],
    'Loading tokens',
  );
  const tokens = data?.tokens ?? [];

  const create = async (event: FormEvent) => {
    event.preventDefault();
    await run('Creating the token', async () => {
      const answer = await api.post<{ token: string }>('/api/v1/tokens', { name: name.trim(), role });
      setCreated(answer.token);
      setName('');
      void reload();
    });
  };
  const revoke = (t: ApiToken) =>
    run(
      'Revoking the token',
      () => api.delete(`/api/v1/tokens/${encodeURIComponent(t.id)}`),
      'Token revoked.',
    ).then((ok) => {
      if (ok) void reload();
    });

  return (
    <>
      <h1>API tokens</h1>
      <form onSubmit={create} className="card inline-form" aria-label="Create a token">
        <div className="grow">
          <label htmlFor={ids.name}>Name</label>
          <input
            id={ids.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={100}
            required
          />
        </div>
        <div>
          <label htmlFor={ids.role}>Role</label>
          <select id={ids.role} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary" disabled={busy}>
          Create token
        </button>
      </form>
      {created && (
        <section className="card notice" aria-label="New token">
          <p>
            Copy the token now; it is not shown again:
            <br />
            <code className="secret">{created}</code>
          </p>
          <button type="button" onClick={() => setCreated(null)}>
            Done
          </button>
        </section>
      )}
      <div className="table-wrap">
        <table aria-busy={loading}>
          <caption className="visually-hidden">API tokens</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Expires</th>
              <th scope="col">Revoke</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id}>
                <td>{t.name ?? '—'}</td>
                <td>{t.role}</td>
                <td>{formatTime(t.createdAt)}</td>
                <td>{formatTime(t.lastUsedAt)}</td>
                <td>{t.revokedAt ? `revoked ${formatTime(t.revokedAt)}` : formatExpiry(t.expiresAt)}</td>
                <td>
                  {!t.revokedAt && (
                    <button
                      type="button"
                      className="danger"
                      disabled={busy}
                      onClick={() => void revoke(t)}
                      aria-label={`Revoke the token ${t.name ?? t.id}`}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
