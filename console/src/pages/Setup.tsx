// First run from a setup link (`/setup#token=…`): choose a password, set up the authenticator app, and
// keep the recovery codes. Also where a signed-in user who still has to enrol a second factor lands.
import { type FormEvent, useEffect, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useAlerts } from '../alerts.js';
import { api } from '../api.js';
import { SubmitButton } from '../components/Buttons.js';
import { PasswordField } from '../components/Field.js';
import { RecoveryCodes } from '../components/RecoveryCodes.js';
import { TotpEnrollment } from '../components/TotpEnrollment.js';
import { useSession } from '../session.js';

/** Minimum password length the console asks for; the control plane has the final say. */
const MIN_PASSWORD = 12;

function tokenFromHash(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get('token');
}

export function Setup() {
  const { state, refresh } = useSession();
  const alerts = useAlerts();
  const navigate = useNavigate();
  const [token] = useState(tokenFromHash);
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);

  // The token must not linger in the address bar or the history once read.
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, []);

  if (state.status === 'loading') return <p aria-busy="true">Loading…</p>;
  const session = state.status === 'signed-in' ? state.session : null;

  const choosePassword = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== again) {
      alerts.report(new Error('the two passwords differ'), 'Setting the password');
      return;
    }
    setBusy(true);
    try {
      await api.post('/api/v1/auth/setup', { token, password }, { quiet401: true });
      alerts.clear();
      await refresh();
    } catch (error) {
      alerts.report(error, 'Setting the password');
    } finally {
      setBusy(false);
    }
  };

  let step: React.ReactNode;
  if (codes) {
    step = (
      <RecoveryCodes
        codes={codes}
        onDone={() => {
          void refresh().then(() => navigate('/', { replace: true }));
        }}
      />
    );
  } else if (session?.mfa === 'enroll') {
    step = <TotpEnrollment onEnrolled={setCodes} />;
  } else if (session?.mfa === 'complete') {
    return <Navigate to="/" replace />;
  } else if (session?.mfa === 'pending') {
    return <Navigate to="/login" replace />;
  } else if (!token) {
    step = (
      <p className="card">
        This page needs the setup link an administrator sent you. If it has expired, ask for a new one, or{' '}
        <a href="/login">sign in</a>.
      </p>
    );
  } else {
    step = (
      <form onSubmit={choosePassword} className="card" aria-label="Choose a password">
        <h2>Choose a password</h2>
        <PasswordField
          label="New password"
          purpose="new"
          minLength={MIN_PASSWORD}
          value={password}
          onValue={setPassword}
          hint={`At least ${MIN_PASSWORD} characters; a few unrelated words work well.`}
        />
        <PasswordField label="Repeat the password" purpose="repeat" value={again} onValue={setAgain} />
        <SubmitButton busy={busy}>Continue</SubmitButton>
      </form>
    );
  }

  return (
    <main className="center" id="main">
      <h1>Set up your Breakwater account</h1>
      {step}
    </main>
  );
}
