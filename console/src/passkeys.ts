// Passkey ceremonies in the browser: asks the control plane for options, runs WebAuthn, sends the answer.
import { startAuthentication, startRegistration } from '@simplewebauthn/browser';
import { api } from './api.js';

type OptionsAnswer<T> = T | { options: T };

function unwrap<T extends object>(answer: OptionsAnswer<T>): T {
  return 'options' in answer ? (answer.options as T) : answer;
}

/** Proves the second factor with a passkey for the signed-in (or half-signed-in) session. */
export async function verifyWithPasskey(): Promise<void> {
  const answer = await api.post<OptionsAnswer<Parameters<typeof startAuthentication>[0]['optionsJSON']>>(
    '/api/v1/auth/passkeys/login/options',
    undefined,
    { quiet401: true },
  );
  const response = await startAuthentication({ optionsJSON: unwrap(answer) });
  await api.post('/api/v1/auth/passkeys/login/verify', { response }, { quiet401: true });
}

/** Registers a new passkey under `name` for the signed-in user. */
export async function registerPasskey(name: string): Promise<void> {
  const answer = await api.post<OptionsAnswer<Parameters<typeof startRegistration>[0]['optionsJSON']>>(
    '/api/v1/auth/passkeys/register/options',
  );
  const response = await startRegistration({ optionsJSON: unwrap(answer) });
  await api.post('/api/v1/auth/passkeys/register/verify', { name, response });
}
