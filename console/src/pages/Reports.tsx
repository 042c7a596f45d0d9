// Reports: the phishing desk for the security team. Anyone signed in uploads an .eml file; responders see
// the open reports queue, one report's verdict with its reasons in plain words, the message as text or as
// sanitised HTML in a sandboxed frame (scripts off, no remote image loads), confirm or overturn, assign,
// annotate, and the figures per reporter.
import { type FormEvent, useEffect, useState } from 'react';
import { api, query } from '../api.js';
import { SubmitButton } from '../components/Buttons.js';
import { FilterSelect } from '../components/Choice.js';
import { DataTable } from '../components/DataTable.js';
import { formatTime } from '../format.js';
import { useSignedIn } from '../session.js';
import { roleAtLeast } from '../types.js';
import { useAction, useLoad } from '../use-load.js';

/** Verdicts an overturn may set, the likeliest first. */
const VERDICTS = ['clean', 'spam', 'suspicious', 'phishing'] as const;
const TLPS = ['amber', 'amber+strict', 'green', 'clear'] as const;

/** Reloads every 2 s while `waiting`: a report's verdict follows its upload within seconds. */
function useReloadWhile(waiting: boolean, reload: () => unknown) {
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => void reload(), 2_000);
    return () => clearTimeout(timer);
  });
}

interface Reason {
  code: string;
  weight: number;
  towards: 'phishing' | 'spam';
  explanation: string;
  evidence: string;
}

interface Report {
  id: string;
  receivedAt: number;
  source: string;
  reporter: string;
  subject: string;
  sender: string;
  status: string;
  verdict: string | null;
  score: number | null;
  analysis: { reasons: Reason[]; gaps: string[]; partial: boolean } | null;
  error: string | null;
  campaignId: string | null;
  assignee: string | null;
  review: string | null;
}

interface Note {
  id: string;
  at: number;
  author: string;
  text: string;
}

interface Figure {
  name: string;
  reports: number;
  confirmedShare: number;
  medianDelayMs: number | null;
}

interface MessageView {
  headers: string[];
  text: string;
  html: string | null;
  attachments: { filename: string; contentType: string; size: number; sha256: string }[];
}

export default function Reports() {
  const { user } = useSignedIn();
  const responder = roleAtLeast(user.role, 'responder');
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <>
      <h1>Reports</h1>
      <Upload onStored={(id) => responder && setSelected(id)} />
      {responder && (
        <>
          <Queue selected={selected} onSelect={setSelected} />
          {selected && <ReportDetail key={selected} id={selected} />}
          <Figures />
        </>
      )}
    </>
  );
}

function Upload({ onStored }: { onStored(id: string): void }) {
  const { busy, run } = useAction();
  const [file, setFile] = useState<File | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (file === null) return;
    await run(
      'Reporting the message',
      async () =>
        onStored((await api.upload<{ report: Report }>('/api/v1/reports', file, 'message/rfc822')).report.id),
      'Report stored; its verdict follows in a few seconds.',
    );
  };
  return (
    <form onSubmit={submit} aria-label="Report a message">
      <label>
        Suspicious message (.eml){' '}
        <input
          type="file"
          accept=".eml,message/rfc822"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>{' '}
      <SubmitButton busy={busy || file === null}>Report</SubmitButton>
    </form>
  );
}

function Queue({ selected, onSelect }: { selected: string | null; onSelect(id: string): void }) {
  const [open, setOpen] = useState('open');
  const { data, loading, reload } = useLoad(
    () =>
      api.get<{ reports: Report[] }>(
        `/api/v1/reports${query({ open: open === 'open' ? 'true' : undefined, limit: 200 })}`,
      ),
    [open, selected],
    'Loading reports',
  );
  useReloadWhile(data?.reports.some((r) => r.status === 'received') ?? false, reload);
  return (
    <section aria-labelledby="queue">
      <h2 id="queue">Queue</h2>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter reports">
        <FilterSelect label="Show" value={open} options={['open']} onValue={setOpen} />
      </form>
      <DataTable
        caption="Reports"
        columns={['Received', 'Reporter', 'Subject', 'Sender', 'Verdict', 'Review', 'Assignee', '']}
        items={data?.reports ?? []}
        loading={loading}
        empty="No reports."
        row={(r) => (
          <tr key={r.id} aria-selected={r.id === selected}>
            <td>{formatTime(r.receivedAt)}</td>
            <td>{r.reporter}</td>
            <td>{r.subject || '(no subject)'}</td>
            <td>
              <code>{r.sender}</code>
            </td>
            <td>{r.verdict === null ? r.status : `${r.verdict} (${r.score})`}</td>
            <td>{r.review ?? '—'}</td>
            <td>{r.assignee ?? '—'}</td>
            <td>
              <button type="button" onClick={() => onSelect(r.id)} aria-label={`Open report ${r.subject}`}>
                Open
              </button>
            </td>
          </tr>
        )}
      />
    </section>
  );
}

function ReportDetail({ id }: { id: string }) {
  const { user } = useSignedIn();
  const { data, reload } = useLoad(
    () => api.get<{ report: Report; notes: Note[] }>(`/api/v1/reports/${encodeURIComponent(id)}`),
    [id],
    'Loading the report',
  );
  const message = useLoad(
    () => api.get<MessageView>(`/api/v1/reports/${encodeURIComponent(id)}/message`),
    [id],
    'Loading the message',
  );
  const { busy, run } = useAction();
  const [note, setNote] = useState('');
  const [asHtml, setAsHtml] = useState(false);
  const report = data?.report;
  const analysing = report?.status === 'received';
  useReloadWhile(analysing, () => Promise.all([reload(), message.reload()]));
  if (report === undefined) return <p aria-busy="true">Loading…</p>;
  const path = `/api/v1/reports/${encodeURIComponent(id)}`;
  const act = (doing: string, action: () => Promise<unknown>, done: string) =>
    run(doing, action, done).then(reload);
  return (
    <section aria-labelledby="report">
      <h2 id="report">{report.subject || '(no subject)'}</h2>
      <p>
        From <code>{report.sender}</code>, reported by {report.reporter} at {formatTime(report.receivedAt)}.{' '}
        <strong>{report.verdict ?? report.status}</strong>
        {report.score !== null && ` (score ${report.score} of 100)`}
        {report.review && ` · reviewed: ${report.review}`}
      </p>
      {report.error && <p role="alert">{report.error}</p>}
      {report.analysis && (
        <>
          <h3>Why</h3>
          <ul>
            {report.analysis.reasons.map((r) => (
              <li key={`${r.code}:${r.evidence}`}>
                {r.explanation}{' '}
                <small>
                  ({r.code}, {r.towards === 'spam' ? 'spam ' : ''}+{r.weight})
                </small>
              </li>
            ))}
          </ul>
          {report.analysis.partial && (
            <>
              <h3>Not checked</h3>
              <ul>
                {report.analysis.gaps.map((g) => (
                  <li key={g}>{g}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <div className="actions">
        <ReviewChoice
          label="TLP"
          options={TLPS}
          button="Confirm phishing"
          busy={busy}
          onReview={(tlp) =>
            act(
              'Confirming',
              () => api.post(`${path}/review`, { action: 'confirm', tlp }),
              'Confirmed; its campaign is shared.',
            )
          }
        />{' '}
        <ReviewChoice
          label="Verdict"
          options={VERDICTS}
          button="Overturn"
          busy={busy}
          onReview={(verdict) =>
            act(
              'Overturning',
              () => api.post(`${path}/review`, { action: 'overturn', verdict }),
              'Overturned; the reporter is told.',
            )
          }
        />{' '}
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            act('Assigning', () => api.put(`${path}/assignee`, { assignee: user.email }), 'Assigned to you.')
          }
        >
          Assign to me
        </button>
      </div>
      <h3>Message</h3>
      <p>
        <button type="button" aria-pressed={!asHtml} onClick={() => setAsHtml(false)}>
          Text
        </button>{' '}
        <button
          type="button"
          aria-pressed={asHtml}
          disabled={!message.data?.html}
          onClick={() => setAsHtml(true)}
        >
          HTML (sanitised)
        </button>
      </p>
      {message.data &&
        (asHtml && message.data.html ? (
          <iframe
            title="The reported message"
            sandbox=""
            srcDoc={message.data.html}
            className="message-frame"
            referrerPolicy="no-referrer"
          />
        ) : (
          <pre className="message-text">{message.data.text}</pre>
        ))}
      {message.data && message.data.attachments.length > 0 && (
        <ul aria-label="Attachments">
          {message.data.attachments.map((a) => (
            <li key={a.sha256 + a.filename}>
              {a.filename || '(unnamed)'} ({a.contentType}, {a.size} bytes) <code>{a.sha256}</code>
            </li>
          ))}
        </ul>
      )}
      <h3>Notes</h3>
      <ul>
        {(data?.notes ?? []).map((n) => (
          <li key={n.id}>
            {formatTime(n.at)} {n.author}: {n.text}
          </li>
        ))}
      </ul>
      <form
        aria-label="Add a note"
        onSubmit={(e) => {
          e.preventDefault();
          void act('Adding the note', () => api.post(`${path}/notes`, { text: note }), 'Note added.').then(
            () => setNote(''),
          );
        }}
      >
        <label>
          Note <input value={note} onChange={(e) => setNote(e.target.value)} required maxLength={5000} />
        </label>{' '}
        <SubmitButton busy={busy}>Add note</SubmitButton>
      </form>
    </section>
  );
}

/** A choice and the review it sends: the TLP of a confirmation, or the verdict of an overturn. */
function ReviewChoice({
  label,
  options,
  button,
  busy,
  onReview,
}: {
  label: string;
  options: readonly string[];
  button: string;
  busy: boolean;
  onReview(choice: string): void;
}) {
  const [choice, setChoice] = useState(options[0]);
  return (
    <>
      <label>
        {label}{' '}
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          {options.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      </label>{' '}
      <button type="button" disabled={busy} onClick={() => onReview(choice)}>
        {button}
      </button>
    </>
  );
}

function Figures() {
  const { data, loading } = useLoad(
    () => api.get<{ reporters: Figure[]; teams: Figure[] }>('/api/v1/reports/figures?days=30'),
    [],
    'Loading figures',
  );
  const minutes = (ms: number | null) => (ms === null ? '—' : `${Math.round(ms / 60_000)} min`);
  return (
    <section aria-labelledby="figures">
      <h2 id="figures">Reporters, last 30 days</h2>
      {(['reporters', 'teams'] as const).map((which) => (
        <DataTable
          key={which}
          caption={which === 'reporters' ? 'Per reporter' : 'Per team'}
          columns={[
            which === 'reporters' ? 'Reporter' : 'Team',
            'Reports',
            'Confirmed',
            'Delivery to report (median)',
          ]}
          items={data?.[which] ?? []}
          loading={loading}
          empty="No reports yet."
          row={(f) => (
            <tr key={f.name}>
              <td>{f.name}</td>
              <td>{f.reports}</td>
              <td>{Math.round(f.confirmedShare * 100)}%</td>
              <td>{minutes(f.medianDelayMs)}</td>
            </tr>
          )}
        />
      ))}
    </section>
  );
}
