// Setting up an authenticator app: the QR code and the secret, then a first code to prove it works.
// On success the new recovery codes come back, to be shown once.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useAlerts } from '../alerts.js';
import { api } from '../api.js';

interface Enrollment {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

/** Puts the control plane's QR code SVG into `host` as nodes, never as HTML, with anything active dropped. */
function showSvg(host: HTMLElement, svg: string): void {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg') return;
  for (const el of root.querySelectorAll('script, foreignObject')) el.remove();
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', 'QR code for your authenticator app');
  host.replaceChildren(document.importNode(root, true));
}

export function TotpEnrollment({ onEnrolled }: { onEnrolled(recoveryCodes: string[]): void }) {
  const alerts = useAlerts();
  const [enrollment, setEnrollment] = useState<Enrollment | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const qr = useRef<HTMLDivElement>(null);
  const codeId = useId();
  const started = useRef(false);

  useEffect(() => {
    // One enrollment per mount (StrictMode runs effects twice in development).
    if (started.current) return;
    started.current = true;
    api
      .post<Enrollment>('/api/v1/auth/totp/enroll')
      .then(setEnrollment)
      .catch((error) => alerts.report(error, 'Starting the authenticator setup'));
  }, [alerts]);

  useEffect(() => {
    if (enrollment && qr.current) showSvg(qr.current, enrollment.qrSvg);
  }, [enrollment]);

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const answer = await api.post<{ recoveryCodes: string[] }>('/api/v1/auth/totp/confirm', {
        code: code.trim(),
      });
      alerts.clear();
      onEnrolled(answer.recoveryCodes ?? []);
    } catch (error) {
      alerts.report(error, 'Checking the code');
    } finally {
      setBusy(false);
    }
  };

  if (!enrollment) return <p aria-busy="true">Preparing your authenticator secret…</p>;
  return (
    <section aria-labelledby="totp-title" className="card">
      <h2 id="totp-title">Set up your authenticator app</h2>
      <ol>
        <li>Scan this QR code with an authenticator app (or type the secret below).</li>
        <li>Enter the six-digit code it shows.</li>
      </ol>
      <div className="qr" ref={qr} />
      <p>
        Secret:{' '}
        <code className="secret" data-testid="totp-secret">
          {enrollment.secret}
        </code>
      </p>
      <form onSubmit={confirm}>
        <label htmlFor={codeId}>Code from the app</label>
        <input
          id={codeId}
          name="totp"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]{6,8}"
          required
        />
        <button type="submit" className="primary" disabled={busy}>
          Confirm
        </button>
      </form>
    </section>
  );
}
