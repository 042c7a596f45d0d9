// Decisions in force: search them, add one (an allowlist entry is the `allow` action; a route limits it
// to that path and those below it), remove one. Viewers see the list only.
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api, query } from '../api.js';
import { DangerButton, SubmitButton } from '../components/Buttons.js';
import { FilterSelect, SelectField } from '../components/Choice.js';
import { DataTable } from '../components/DataTable.js';
import { InputField } from '../components/Field.js';
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
  const [route, setRoute] = useState('');
  const [reason, setReason] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const body: Record<string, unknown> = { scope, value: value.trim(), action, reason: reason.trim() };
    if (ttl.trim()) body.ttl = ttl.trim();
    if (route.trim()) body.route = route.trim();
    if (action === 'throttle') body.throttle = THROTTLE_DEFAULT;
    const ok = await run(
      'Adding the decision',
      () => api.post('/api/v1/decisions', body),
      `${action === 'allow' ? 'Allowlisted' : `${action}:`} ${value.trim()}`,
    );
    if (ok) {
      setValue('');
      setRoute('');
      setReason('');
      onAdded();
    }
  };

  return (
    <form onSubmit={add} className="card inline-form" aria-label="Add a decision">
      <SelectField label="Scope" inline value={scope} options={SCOPES} onValue={setScope} />
      <InputField
        label="Value"
        grow
        value={value}
        onValue={setValue}
        placeholder={scope === 'cidr' ? '203.0.113.0/24' : scope === 'ip' ? '203.0.113.7' : 'fingerprint id'}
        required
      />
      <SelectField
        label="Action"
        inline
        value={action}
        options={ACTIONS}
        onValue={setAction}
        optionLabel={(a) => (a === 'allow' ? 'allow (allowlist)' : a)}
      />
      <InputField
        label="Lasts"
        placeholder="15m, 2h, 7d; empty: forever"
        size={8}
        inline
        value={ttl}
        onValue={setTtl}
      />
      <InputField
        label="Route"
        placeholder="/search; empty: every route"
        size={14}
        inline
        value={route}
        onValue={setRoute}
        maxLength={256}
      />
      <InputField label="Reason" grow value={reason} onValue={setReason} maxLength={500} />
      <SubmitButton busy={busy}>Add</SubmitButton>
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
        <FilterSelect label="Scope" value={scope} options={SCOPES} onValue={setScope} />
        <FilterSelect label="Action" value={action} options={ACTIONS} onValue={setAction} />
      </form>
      <DataTable
        caption="Decisions in force"
        columns={[
          'Scope',
          'Value',
          'Route',
          'Action',
          'Source',
          'Reason',
          'Added',
          'Expires',
          canChange && 'Remove',
        ]}
        items={decisions}
        loading={loading}
        empty="No decisions in force."
        row={(d) => (
          <tr key={d.id}>
            <td>{d.scope}</td>
            <td>
              <code>{d.value}</code>
            </td>
            <td>{d.route === undefined ? 'every route' : <code>{d.route}</code>}</td>
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
                <DangerButton
                  label={`Remove the ${d.action} decision on ${d.value}${d.route ? ` on ${d.route}` : ''}`}
                  busy={busy}
                  onClick={() => void remove(d)}
                >
                  Remove
                </DangerButton>
              </td>
            )}
          </tr>
        )}
      />
    </>
  );
}
