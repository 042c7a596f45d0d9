// Decisions in force: search them, add one (an allowlist entry is the `allow` action), remove one.
// Viewers see the list only.
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { api, query } from '../api.js';
import { formatExpiry, formatTime } from '../format.js';
import { useLiveEvent } from '../live.js';
import { useSignedIn } from '../session.js';
import { ACTIONS, type Decision, roleAtLeast, SCOPES } from '../types.js';
import { useAction, useLoad } from '../use-load.js';

const THROTTLE_DEFAULT = { rate: 5, burst: 10 };

function AddDecision({ onAdded }: { onAdded(): void }) {
  const { busy, run } = useAction();
  const [scope, setScope] = useState<Decision['scope']>('ip');
  const [value, setValue] = useState('');
  const [action, setAction] = useState<Decision['action']>('block');
  const [ttl, setTtl] = useState('1h');
  const [reason, setReason] = useState('');
  const ids = { scope: useId(), value: useId(), action: useId(), ttl: useId(), reason: useId() };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const body: Record<string, unknown> = { scope, value: value.trim(), action, reason: reason.trim() };
    if (ttl.trim()) body.ttl = ttl.trim();
    if (action === 'throttle') body.throttle = THROTTLE_DEFAULT;
    const ok = await run(
      'Adding the decision',
      () => api.post('/api/v1/decisions', body),
      `${action === 'allow' ? 'Allowlisted' : `${action}:`} ${value.trim()}`,
    );
    if (ok) {
      setValue('');
      setReason('');
      onAdded();
    }
  };

  return (
    <form onSubmit={add} className="card inline-form" aria-label="Add a decision">
      <div>
        <label htmlFor={ids.scope}>Scope</label>
        <select id={ids.scope} value={scope} onChange={(e) => setScope(e.target.value as Decision['scope'])}>
          {SCOPES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </div>
      <div className="grow">
        <label htmlFor={ids.value}>Value</label>
        <input
          id={ids.value}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder={
            scope === 'cidr' ? '203.0.113.0/24' : scope === 'ip' ? '203.0.113.7' : 'fingerprint id'
          }
          required
        />
      </div>
      <div>
        <label htmlFor={ids.action}>Action</label>
        <select
          id={ids.action}
          value={action}
          onChange={(e) => setAction(e.target.value as Decision['action'])}
        >
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a === 'allow' ? 'allow (allowlist)' : a}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={ids.ttl}>Lasts</label>
        <input
          id={ids.ttl}
          value={ttl}
          onChange={(e) => setTtl(e.target.value)}
          placeholder="15m, 2h, 7d; empty: forever"
          size={8}
        />
      </div>
      <div className="grow">
        <label htmlFor={ids.reason}>Reason</label>
        <input id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
      </div>
      <button type="submit" className="primary" disabled={busy}>
        Add
      </button>
    </form>
  );
}

export default function Decisions() {
  const session = useSignedIn();
  const canChange = roleAtLeast(session.user.role, 'responder');
  const [search, setSearch] = useState('');
  const [scope, setScope] = useState('');
  const [action, setAction] = useState('');
  const { data, loading, reload } = useLoad(
    () =>
      api.get<{ decisions: Decision[] }>(
        `/api/v1/decisions${query({ value: search.trim(), scope, action })}`,
      ),
    [search, scope, action],
    'Loading decisions',
  );
  useLiveEvent('decision', () => void reload());
  const { busy, run } = useAction();
  const decisions = data?.decisions ?? [];

  const remove = async (d: Decision) => {
    const ok = await run(
      `Removing the decision on ${d.value}`,
      () => api.delete(`/api/v1/decisions/${encodeURIComponent(d.id)}`),
      `Removed the decision on ${d.value}.`,
    );
    if (ok) void reload();
  };

  return (
    <>
      <h1>Decisions</h1>
      {canChange && <AddDecision onAdded={() => void reload()} />}
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Search decisions">
        <label>
          Value starts with <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          Scope{' '}
          <select value={scope} onChange={(e) => setScope(e.target.value)}>
            <option value="">any</option>
            {SCOPES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Action{' '}
          <select value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">any</option>
            {ACTIONS.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
      </form>
      <div className="table-wrap">
        <table aria-busy={loading}>
          <caption className="visually-hidden">Decisions in force</caption>
          <thead>
            <tr>
              <th scope="col">Scope</th>
              <th scope="col">Value</th>
              <th scope="col">Action</th>
              <th scope="col">Source</th>
              <th scope="col">Reason</th>
              <th scope="col">Added</th>
              <th scope="col">Expires</th>
              {canChange && <th scope="col">Remove</th>}
            </tr>
          </thead>
          <tbody>
            {decisions.length === 0 && !loading ? (
              <tr>
                <td colSpan={canChange ? 8 : 7}>No decisions in force.</td>
              </tr>
            ) : (
              decisions.map((d) => (
                <tr key={d.id}>
                  <td>{d.scope}</td>
                  <td>
                    <code>{d.value}</code>
                  </td>
                  <td>
                    <span className={`action action-${d.action}`}>{d.action}</span>
                  </td>
                  <td>{d.source}</td>
                  <td>
                    {d.reason || '—'}
                    {d.detectionId && (
                      <>
                        {' '}
                        (<Link to={`/detections?id=${encodeURIComponent(d.detectionId)}`}>detection</Link>)
                      </>
                    )}
                  </td>
                  <td>{formatTime(d.createdAt)}</td>
                  <td>{formatExpiry(d.expiresAt)}</td>
                  {canChange && (
                    <td>
                      <button
                        type="button"
                        className="danger"
                        disabled={busy}
                        onClick={() => void remove(d)}
                        aria-label={`Remove the ${d.action} decision on ${d.value}`}
                      >
                        Remove
                      </button>
                    </td>
                  )}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
