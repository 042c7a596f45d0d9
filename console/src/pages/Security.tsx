// Your own sign-in factors: the authenticator app, passkeys, recovery codes, and where you are signed in.
import { type FormEvent, useId, useState } from 'react';
import { api } from '../api.js';
import { RecoveryCodes } from '../components/RecoveryCodes.js';
import { TotpEnrollment } from '../components/TotpEnrollment.js';
import { formatTime } from '../format.js';
import { registerPasskey } from '../passkeys.js';
import { useSession, useSignedIn } from '../session.js';
import type { Passkey, SessionSummary } from '../types.js';
import { useAction, useLoad } from '../use-load.js';

function listOf<T>(answer: unknown, key: string): T[] {
  if (Array.isArray(answer)) return answer as T[];
  return ((answer as Record<string, unknown> | undefined)?.[key] as T[]) ?? [];
}

function Passkeys({ onChange }: { onChange(): void }) {
  const { busy, run } = useAction();
  const [name, setName] = useState('');
  const nameId = useId();
  const { data, reload } = useLoad(() => api.get<unknown>('/api/v1/auth/passkeys'), [], 'Loading passkeys');
  const passkeys = listOf<Passkey>(data, 'passkeys');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await run(
      'Adding the passkey',
      () => registerPasskey(name.trim()),
      `Passkey “${name.trim()}” added.`,
    );
    if (ok) {
      setName('');
      void reload();
      onChange();
    }
  };
  const remove = async (p: Passkey) => {
    const ok = await run(
      `Removing the passkey “${p.name}”`,
      () => api.delete(`/api/v1/auth/passkeys/${encodeURIComponent(p.id)}`),
      `Passkey “${p.name}” removed.`,
    );
    if (ok) {
      void reload();
      onChange();
    }
  };

  return (
    <section aria-labelledby="passkeys-title" className="card">
      <h2 id="passkeys-title">Passkeys</h2>
      <ul className="plain">
        {passkeys.length === 0 && <li>No passkeys yet.</li>}
        {passkeys.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong> · added {formatTime(p.createdAt)} · last used {formatTime(p.lastUsedAt)}{' '}
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => void remove(p)}
              aria-label={`Remove the passkey ${p.name}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="inline-form" aria-label="Add a passkey">
        <div className="grow">
          <label htmlFor={nameId}>Passkey name</label>
          <input
            id={nameId}
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="Work laptop"
            maxLength={100}
            required
          />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          Add a passkey
        </button>
      </form>
    </section>
  );
}

function Sessions() {
  const { busy, run } = useAction();
  const { signOut } = useSession();
  const { data, reload } = useLoad(() => api.get<unknown>('/api/v1/auth/sessions'), [], 'Loading sessions');
  const sessions = listOf<SessionSummary>(data, 'sessions');
  const end = async (s: SessionSummary) => {
    const ok = await run(
      'Ending the session',
      () => api.delete(`/api/v1/auth/sessions/${encodeURIComponent(s.id)}`),
      'Session ended.',
    );
    if (ok) void reload();
  };
  return (
    <section aria-labelledby="sessions-title" className="card">
      <h2 id="sessions-title">Where you are signed in</h2>
      <ul className="plain">
        {sessions.map((s) => (
          <li key={s.id}>
            {s.userAgent || 'unknown browser'} from {s.address} · since {formatTime(s.createdAt)} · last seen{' '}
            {formatTime(s.lastSeenAt)} {s.current ? <strong>(this browser)</strong> : null}{' '}
            {!s.current && (
              <button type="button" disabled={busy} onClick={() => void end(s)}>
                Sign out this session
              </button>
            )}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="danger"
        onClick={() => void run('Signing out everywhere', () => signOut(true))}
      >
        Sign out everywhere
      </button>
    </section>
  );
}

export default function Security() {
  const session = useSignedIn();
  const { refresh } = useSession();
  const { busy, run } = useAction();
  const [enrolling, setEnrolling] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  const { factors } = session;

  const removeTotp = async () => {
    const ok = await run(
      'Removing the authenticator app',
      () => api.delete('/api/v1/auth/totp'),
      'Authenticator app removed.',
    );
    if (ok) void refresh();
  };
  const newCodes = async () => {
    await run('Making new recovery codes', async () => {
      const answer = await api.post<{ recoveryCodes: string[] }>('/api/v1/auth/recovery-codes');
      setCodes(answer.recoveryCodes);
    });
  };

  if (codes) {
    return (
      <>
        <h1>Security</h1>
        <RecoveryCodes
          codes={codes}
          onDone={() => {
            setCodes(null);
            void refresh();
          }}
        />
      </>
    );
  }

  return (
    <>
      <h1>Security</h1>
      <section aria-labelledby="totp-status" className="card">
        <h2 id="totp-status">Authenticator app</h2>
        {enrolling ? (
          <TotpEnrollment
            onEnrolled={(recoveryCodes) => {
              setEnrolling(false);
              setCodes(recoveryCodes);
            }}
          />
        ) : (
          <>
            <p>{factors.totp ? 'Set up.' : 'Not set up.'}</p>
            <div className="actions">
              <button type="button" onClick={() => setEnrolling(true)} disabled={busy}>
                {factors.totp ? 'Replace the authenticator app' : 'Set up an authenticator app'}
              </button>
              {factors.totp && (
                <button type="button" className="danger" onClick={() => void removeTotp()} disabled={busy}>
                  Remove the authenticator app
                </button>
              )}
            </div>
          </>
        )}
      </section>
      <Passkeys onChange={() => void refresh()} />
      <section aria-labelledby="codes-status" className="card">
        <h2 id="codes-status">Recovery codes</h2>
        <p>
          {factors.recoveryCodesLeft} unused recovery code{factors.recoveryCodesLeft === 1 ? '' : 's'} left.
        </p>
        <button type="button" onClick={() => void newCodes()} disabled={busy}>
          Make new recovery codes
        </button>
      </section>
      <Sessions />
    </>
  );
}
