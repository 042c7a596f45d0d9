// Signing in: email and password, then the second factor (authenticator code, passkey or recovery code).
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useAlerts } from '../alerts.js';
import { api, setCsrfToken } from '../api.js';
import { SubmitButton } from '../components/Buttons.js';
import { InputField, PasswordField } from '../components/Field.js';
import { SecondFactorForm } from '../components/SecondFactorForm.js';
import { useSession } from '../session.js';
import type { LoginAnswer } from '../types.js';

/** Only paths inside the console, so a crafted link cannot send someone elsewhere after signing in. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function Login() {
  const { state, refresh, signOut } = useSession();
  const alerts = useAlerts();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [methods, setMethods] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);

  if (state.status === 'loading') return <p aria-busy="true">Loading…</p>;
  if (state.status === 'signed-in' && state.session.mfa === 'complete') return <Navigate to={next} replace />;
  if (state.status === 'signed-in' && state.session.mfa === 'enroll') return <Navigate to="/setup" replace />;

  const secondStep = methods !== null || (state.status === 'signed-in' && state.session.mfa === 'pending');
  const factors = state.status === 'signed-in' ? state.session.factors : null;
  const offered =
    methods ??
    (factors ? [...(factors.totp ? ['totp'] : []), ...(factors.passkeys > 0 ? ['passkey'] : [])] : []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const answer = await api.post<LoginAnswer>(
        '/api/v1/auth/login',
        { email, password },
        { quiet401: true },
      );
      if (answer.csrfToken) setCsrfToken(answer.csrfToken);
      setPassword('');
      alerts.clear();
      if (answer.mfa === 'pending') {
        await refresh();
        setMethods((answer.methods as string[]) ?? []);
      } else {
        const session = await refresh();
        navigate(session?.mfa === 'enroll' ? '/setup' : next, { replace: true });
      }
    } catch (error) {
      alerts.report(error, 'Signing in');
    } finally {
      setBusy(false);
    }
  };

  const verified = async () => {
    await refresh();
    navigate(next, { replace: true });
  };

  return (
    <main className="center" id="main">
      <h1>Sign in to Breakwater</h1>
      {secondStep ? (
        <section aria-labelledby="second-title" className="card">
          <h2 id="second-title">Second step</h2>
          <SecondFactorForm methods={offered} onVerified={() => void verified()} />
          <button
            type="button"
            className="link"
            onClick={() => {
              setMethods(null);
              void signOut();
            }}
          >
            Use another account
          </button>
        </section>
      ) : (
        <form onSubmit={submit} className="card" aria-label="Sign in">
          <InputField
            label="Email"
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            onValue={setEmail}
            required
          />
          <PasswordField label="Password" purpose="current" value={password} onValue={setPassword} />
          <SubmitButton busy={busy}>Continue</SubmitButton>
        </form>
      )}
    </main>
  );
}
