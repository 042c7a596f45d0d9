// One incident: its figures, timeline and notes; responders change status, severity, assignee and the
// public update, and download the report and, for responders, the signed evidence package of a flood.
import { type FormEvent, useId, useState } from 'react';
import { useParams } from 'react-router';
import { useAlerts } from '../alerts.js';
import { api } from '../api.js';
import { formatDuration, formatRate, formatTime } from '../format.js';
import { useLiveEvent } from '../live.js';
import { useSignedIn } from '../session.js';
import { INCIDENT_STATUSES, type Incident, roleAtLeast, SEVERITIES, type TimelineEntry } from '../types.js';
import { useAction, useLoad } from '../use-load.js';

interface IncidentAnswer {
  incident?: Incident;
  timeline?: TimelineEntry[];
}

function Figures({ incident }: { incident: Incident }) {
  const f = incident.figures;
  const rows: [string, string][] = [
    ['Attack started', formatTime(f.attackStartedAt)],
    ['Time to detect', formatDuration(f.timeToDetectMs)],
    ['Time to mitigate', formatDuration(f.timeToMitigateMs)],
    ['Time to recover', formatDuration(f.timeToRecoverMs)],
    ['Peak attack rate', `${formatRate(f.peakAttackRate)} req/s`],
    ['Attack requests stopped', f.attackRequestsStopped.toLocaleString()],
    ['Legitimate requests affected', f.legitimateRequestsAffected.toLocaleString()],
  ];
  return (
    <dl className="figures figures-wide">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="timeline" aria-label="Timeline">
      {entries.map((e) => (
        <li key={e.seq} className={`tl tl-${e.kind}`}>
          <time dateTime={new Date(e.at).toISOString()}>{formatTime(e.at)}</time>{' '}
          <span className="tl-kind">{e.kind}</span> <span className="tl-author">{e.author}</span>
          <p>{e.text}</p>
        </li>
      ))}
    </ol>
  );
}

interface Edits {
  status?: Incident['status'];
  severity?: Incident['severity'];
  assignee?: string;
  publicUpdate?: string;
}

function ChangeForm({ incident, onSaved }: { incident: Incident; onSaved(): void }) {
  const { busy, run } = useAction();
  // Only what the person changed: the incident may be reloaded (live updates) while they edit.
  const [edits, setEdits] = useState<Edits>({});
  const status = edits.status ?? incident.status;
  const severity = edits.severity ?? incident.severity;
  const assignee = edits.assignee ?? incident.assignee ?? '';
  const publicUpdate = edits.publicUpdate ?? '';
  const edit = (more: Edits) => setEdits((current) => ({ ...current, ...more }));
  const ids = { status: useId(), severity: useId(), assignee: useId(), update: useId() };
  const alerts = useAlerts();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const change: Record<string, unknown> = {};
    if (status !== incident.status) change.status = status;
    if (severity !== incident.severity) change.severity = severity;
    if (assignee.trim() !== (incident.assignee ?? '')) change.assignee = assignee.trim() || null;
    if (publicUpdate.trim()) change.publicUpdate = publicUpdate.trim();
    if (Object.keys(change).length === 0) {
      alerts.notify('Nothing to save: change a field first.');
      return;
    }
    const ok = await run(
      'Updating the incident',
      () => api.patch(`/api/v1/incidents/${encodeURIComponent(incident.id)}`, change),
      `${incident.id} updated.`,
    );
    if (ok) {
      setEdits({});
      onSaved();
    }
  };

  return (
    <form onSubmit={save} className="card grid-form" aria-label="Change the incident">
      <h2>Respond</h2>
      <label htmlFor={ids.status}>Status</label>
      <select
        id={ids.status}
        value={status}
        onChange={(e) => edit({ status: e.target.value as Incident['status'] })}
      >
        {INCIDENT_STATUSES.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
      <label htmlFor={ids.severity}>Severity</label>
      <select
        id={ids.severity}
        value={severity}
        onChange={(e) => edit({ severity: e.target.value as Incident['severity'] })}
      >
        {SEVERITIES.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
      <label htmlFor={ids.assignee}>Assignee (email)</label>
      <input
        id={ids.assignee}
        type="email"
        value={assignee}
        onChange={(e) => edit({ assignee: e.target.value })}
      />
      <label htmlFor={ids.update}>Public update (shown on the status page)</label>
      <textarea
        id={ids.update}
        rows={2}
        maxLength={2000}
        value={publicUpdate}
        onChange={(e) => edit({ publicUpdate: e.target.value })}
      />
      <button type="submit" className="primary" disabled={busy}>
        Save changes
      </button>
    </form>
  );
}

function NoteForm({ incidentId, onSaved }: { incidentId: string; onSaved(): void }) {
  const { busy, run } = useAction();
  const [text, setText] = useState('');
  const id = useId();
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    const ok = await run(
      'Adding the note',
      () => api.post(`/api/v1/incidents/${encodeURIComponent(incidentId)}/notes`, { text: text.trim() }),
      'Note added.',
    );
    if (ok) {
      setText('');
      onSaved();
    }
  };
  return (
    <form onSubmit={add} className="card" aria-label="Add a note">
      <label htmlFor={id}>Note</label>
      <textarea
        id={id}
        rows={3}
        maxLength={10000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        required
      />
      <button type="submit" disabled={busy}>
        Add note
      </button>
    </form>
  );
}

export default function IncidentDetail() {
  const { id = '' } = useParams();
  const session = useSignedIn();
  const canRespond = roleAtLeast(session.user.role, 'responder');
  const path = `/api/v1/incidents/${encodeURIComponent(id)}`;
  const { data, reload } = useLoad(
    () => api.get<IncidentAnswer & Incident>(path),
    [path],
    'Loading the incident',
  );
  useLiveEvent<{ incident: Incident }>('incident', (event) => {
    if (event.incident.id === id) void reload();
  });

  const incident = data?.incident ?? (data?.id ? (data as Incident) : undefined);
  if (!incident) return <h1>Incident {id}</h1>;
  const timeline = data?.timeline ?? [];

  return (
    <>
      <h1>
        {incident.id}: {incident.title}
      </h1>
      <p className="meta">
        <span className={`kind kind-${incident.kind}`} data-testid="incident-kind">
          {incident.kind === 'phishing' ? 'phishing campaign' : 'flood'}
        </span>{' '}
        <span className={`sev sev-${incident.severity}`}>{incident.severity}</span>{' '}
        <span data-testid="incident-status">{incident.status}</span> · opened {formatTime(incident.openedAt)}
        {incident.services.length > 0 && <> · services: {incident.services.join(', ')}</>}
        {incident.attackClasses.length > 0 && <> · {incident.attackClasses.join(', ')}</>}
      </p>
      <p className="actions">
        <a href={`${path}/report?format=html`} target="_blank" rel="noopener">
          Open the report
        </a>
        <a href={`${path}/report?format=md`} download={`${incident.id}.md`}>
          Download the report (Markdown)
        </a>
        {canRespond && incident.kind === 'flood' && (
          <>
            <a href={`${path}/evidence`} download={`${incident.id}-evidence.tar`}>
              Download the evidence package
            </a>
            <a href={`${path}/evidence?redact=legitimate`} download={`${incident.id}-evidence.tar`}>
              Evidence package, legitimate users’ addresses hidden
            </a>
          </>
        )}
      </p>
      <section aria-labelledby="figures-title" className="card">
        <h2 id="figures-title">Figures</h2>
        <Figures incident={incident} />
        {incident.publicUpdate && (
          <p>
            Public update: <q>{incident.publicUpdate}</q>
          </p>
        )}
      </section>
      {canRespond && (
        <div className="columns">
          <ChangeForm incident={incident} onSaved={() => void reload()} />
          <NoteForm incidentId={incident.id} onSaved={() => void reload()} />
        </div>
      )}
      <section aria-labelledby="timeline-title" className="card">
        <h2 id="timeline-title">Timeline</h2>
        <Timeline entries={timeline} />
      </section>
    </>
  );
}
