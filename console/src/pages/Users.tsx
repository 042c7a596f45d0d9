// Console users (admin): invite one (a setup link to send them), change a role, disable, remove.
import { type FormEvent, useState } from 'react';
import { api } from '../api.js';
import { DangerButton, SubmitButton } from '../components/Buttons.js';
import { SelectField } from '../components/Choice.js';
import { DataTable } from '../components/DataTable.js';
import { InputField } from '../components/Field.js';
import { ShownOnce } from '../components/ShownOnce.js';
import { formatTime } from '../format.js';
import { useSignedIn } from '../session.js';
import { type ConsoleUser, ROLES, type Role } from '../types.js';
import { useAction, useLoad } from '../use-load.js';

export default function Users() {
  const me = useSignedIn().user;
  const { busy, run } = useAction();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [setupUrl, setSetupUrl] = useState<{ email: string; url: string } | null>(null);
  const { data, loading, reload } = useLoad(
    () => api.get<{ users: ConsoleUser[] }>('/api/v1/users'),
    [],
    'Loading users',
  );
  const users = data?.users ?? [];

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    await run('Adding the user', async () => {
      const answer = await api.post<{ user: ConsoleUser; setupUrl: string }>('/api/v1/users', {
        email: email.trim(),
        role,
      });
      setSetupUrl({ email: answer.user.email, url: answer.setupUrl });
      setEmail('');
      void reload();
    });
  };
  const change = (user: ConsoleUser, patch: Partial<ConsoleUser>, doing: string) =>
    run(
      doing,
      () => api.patch(`/api/v1/users/${encodeURIComponent(user.id)}`, patch),
      `${user.email} updated.`,
    ).then((ok) => {
      if (ok) void reload();
    });
  const renewLink = (user: ConsoleUser) =>
    run(`Making a new setup link for ${user.email}`, async () => {
      const answer = await api.post<{ setupUrl: string }>(
        `/api/v1/users/${encodeURIComponent(user.id)}/setup-link`,
      );
      setSetupUrl({ email: user.email, url: answer.setupUrl });
    });
  const remove = (user: ConsoleUser) =>
    run(
      `Removing ${user.email}`,
      () => api.delete(`/api/v1/users/${encodeURIComponent(user.id)}`),
      `${user.email} removed.`,
    ).then((ok) => {
      if (ok) void reload();
    });

  return (
    <>
      <h1>Users</h1>
      <form onSubmit={invite} className="card inline-form" aria-label="Add a user">
        <InputField label="Email" grow type="email" value={email} onValue={setEmail} required />
        <SelectField label="Role" inline value={role} options={ROLES} onValue={setRole} />
        <SubmitButton busy={busy}>Add user</SubmitButton>
      </form>
      {setupUrl && (
        <ShownOnce label="Setup link" onDone={() => setSetupUrl(null)}>
          Send this one-time setup link to {setupUrl.email}; it is not shown again:
          <br />
          <code className="secret" data-testid="setup-url">
            {setupUrl.url}
          </code>
        </ShownOnce>
      )}
      <DataTable
        caption="Users"
        columns={['Email', 'Role', 'State', 'Added', 'Actions']}
        items={users}
        loading={loading}
        row={(u) => (
          <tr key={u.id}>
            <td>{u.email}</td>
            <td>
              <select
                aria-label={`Role of ${u.email}`}
                value={u.role}
                disabled={busy || u.id === me.id}
                onChange={(e) =>
                  void change(u, { role: e.target.value as Role }, `Changing the role of ${u.email}`)
                }
              >
                {ROLES.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </td>
            <td>
              {u.disabled
                ? 'disabled'
                : u.hasPassword
                  ? u.totp || u.passkeys
                    ? 'active'
                    : 'enrolling'
                  : 'invited'}
            </td>
            <td>{formatTime(u.createdAt)}</td>
            <td className="actions">
              {u.id !== me.id && (
                <>
                  {!u.hasPassword && (
                    <button type="button" disabled={busy} onClick={() => void renewLink(u)}>
                      New setup link
                    </button>
                  )}
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() =>
                      void change(
                        u,
                        { disabled: !u.disabled },
                        `${u.disabled ? 'Enabling' : 'Disabling'} ${u.email}`,
                      )
                    }
                  >
                    {u.disabled ? 'Enable' : 'Disable'}
                  </button>
                  <DangerButton label={`Remove ${u.email}`} busy={busy} onClick={() => void remove(u)}>
                    Remove
                  </DangerButton>
                </>
              )}
            </td>
          </tr>
        )}
      />
    </>
  );
}
