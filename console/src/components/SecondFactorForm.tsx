// The second step of signing in (and of re-verifying before a sensitive change): an authenticator code,
// a passkey, or a recovery code.
import { type FormEvent, useId, useState } from 'react';
import { useAlerts } from '../alerts.js';
import { api } from '../api.js';
import { verifyWithPasskey } from '../passkeys.js';

type Method = 'totp' | 'passkey' | 'recovery';

export interface SecondFactorFormProps {
  /** Methods the account has; all three are offered when unknown. */
  methods?: readonly string[];
  onVerified(): void;
}

export function SecondFactorForm({ methods, onVerified }: SecondFactorFormProps) {
  const alerts = useAlerts();
  const offered = (['totp', 'passkey', 'recovery'] as Method[]).filter(
    (m) => !methods || methods.length === 0 || methods.includes(m) || m === 'recovery',
  );
  const [method, setMethod] = useState<Method>(offered[0] ?? 'totp');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const codeId = useId();

  const attempt = async (what: string, action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
      alerts.clear();
      onVerified();
    } catch (error) {
      alerts.report(error, what);
    } finally {
      setBusy(false);
    }
  };

  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    const path = method === 'totp' ? '/api/v1/auth/totp/verify' : '/api/v1/auth/recovery/verify';
    void attempt(method === 'totp' ? 'Checking the code' : 'Checking the recovery code', () =>
      api.post(path, { code: code.trim() }, { quiet401: true }),
    );
  };

  return (
    <div className="second-factor">
      {offered.length > 1 && (
        <fieldset className="choices">
          <legend>Verify with</legend>
          {offered.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="second-factor"
                value={m}
                checked={method === m}
                onChange={() => {
                  setMethod(m);
                  setCode('');
                }}
              />
              {m === 'totp' ? 'Authenticator app' : m === 'passkey' ? 'Passkey' : 'Recovery code'}
            </label>
          ))}
        </fieldset>
      )}
      {method === 'passkey' ? (
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void attempt('Signing in with a passkey', verifyWithPasskey)}
        >
          Use a passkey
        </button>
      ) : (
        <form onSubmit={submitCode}>
          <label htmlFor={codeId}>{method === 'totp' ? 'Authenticator code' : 'Recovery code'}</label>
          <input
            id={codeId}
            name={method === 'totp' ? 'totp' : 'recovery'}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="one-time-code"
            inputMode={method === 'totp' ? 'numeric' : 'text'}
            pattern={method === 'totp' ? '[0-9 ]{6,8}' : undefined}
            required
            // biome-ignore lint/a11y/noAutofocus: the code field is the only thing to do on this step.
            autoFocus
          />
          <button type="submit" className="primary" disabled={busy}>
            Verify
          </button>
        </form>
      )}
    </div>
  );
}
