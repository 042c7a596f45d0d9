// API tokens (admin): create one (shown once), see when each was last used, revoke.
import { type FormEvent, useState } from 'react';
import { api } from '../api.js';
import { DangerButton, SubmitButton } from '../components/Buttons.js';
import { SelectField } from '../components/Choice.js';
import { DataTable } from '../components/DataTable.js';
import { InputField } from '../components/Field.js';
import { ShownOnce } from '../components/ShownOnce.js';
import { formatExpiry, formatTime } from '../format.js';
import { type ApiToken, ROLES, type Role } from '../types.js';
import { useAction, useLoad } from '../use-load.js';

export default function Tokens() {
  const { busy, run } = useAction();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [created, setCreated] = useState<string | null>(null);
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
        <InputField label="Name" grow value={name} onValue={setName} maxLength={100} required />
        <SelectField label="Role" inline value={role} options={ROLES} onValue={setRole} />
        <SubmitButton busy={busy}>Create token</SubmitButton>
      </form>
      {created && (
        <ShownOnce label="New token" onDone={() => setCreated(null)}>
          Copy the token now; it is not shown again:
          <br />
          <code className="secret">{created}</code>
        </ShownOnce>
      )}
      <DataTable
        caption="API tokens"
        columns={['Name', 'Role', 'Created', 'Last used', 'Expires', 'Revoke']}
        items={tokens}
        loading={loading}
        row={(t) => (
          <tr key={t.id}>
            <td>{t.name ?? '—'}</td>
            <td>{t.role}</td>
            <td>{formatTime(t.createdAt)}</td>
            <td>{formatTime(t.lastUsedAt)}</td>
            <td>{t.revokedAt ? `revoked ${formatTime(t.revokedAt)}` : formatExpiry(t.expiresAt)}</td>
            <td>
              {!t.revokedAt && (
                <DangerButton
                  label={`Revoke the token ${t.name ?? t.id}`}
                  busy={busy}
                  onClick={() => void revoke(t)}
                >
                  Revoke
                </DangerButton>
              )}
            </td>
          </tr>
        )}
      />
    </>
  );
}
