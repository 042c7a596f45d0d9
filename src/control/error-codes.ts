// Every error code the control plane answers with, in one catalogue: the HTTP status it comes with and
// what it means. ApiError only accepts a code listed here with its status, and the OpenAPI document lists
// the catalogue, so a client can rely on each code.

export const API_ERRORS = {
  invalid_request: { status: 400, message: 'A parameter or the body is invalid; `details` names the field.' },
  bad_request: { status: 400, message: 'The request cannot be read as sent.' },
  weak_password: { status: 400, message: 'The new password is too short or too common.' },
  invalid_passkey: {
    status: [400, 401],
    message: 'A passkey answer does not verify (400 when adding a passkey, 401 when signing in).',
  },
  unauthorized: { status: 401, message: 'No valid token or session.' },
  invalid_credentials: { status: 401, message: 'The email and password do not match an active user.' },
  invalid_code: { status: 401, message: 'The authenticator code does not match.' },
  invalid_setup_token: { status: 401, message: 'The setup link is unknown, used or expired.' },
  sign_in_ended: { status: 401, message: 'The sign-in took too long or failed too often; start again.' },
  forbidden: { status: 403, message: 'The token’s or user’s role is too low for this action.' },
  csrf: { status: 403, message: 'A console request without its CSRF token.' },
  reauth_required: { status: 403, message: 'The action needs a second-factor check in the last minutes.' },
  mfa_required: {
    status: [401, 403],
    message: 'The session has not finished its second-factor check (403 from the sign-in steps).',
  },
  passkey_required: { status: 403, message: 'This account signs in with a passkey only.' },
  not_found: { status: 404, message: 'No such resource, or no such route.' },
  conflict: { status: 409, message: 'The change conflicts with the resource’s state.' },
  last_admin: { status: 409, message: 'The change would leave no active admin.' },
  last_factor: { status: 409, message: 'The change would leave the account without a second factor.' },
  no_enrolment: { status: 409, message: 'No authenticator enrolment was started.' },
  no_passkey: { status: 409, message: 'No passkey registration was started.' },
  user_exists: { status: 409, message: 'A user has this email already.' },
  payload_too_large: { status: 413, message: 'The body is larger than the route accepts.' },
  unsupported_media_type: { status: 415, message: 'The body is not of the content type the route reads.' },
  throttled: { status: 429, message: 'Too many attempts; `Retry-After` says when to try again.' },
  internal_error: { status: 500, message: 'The control plane failed to answer; its log says why.' },
  peer_failed: {
    status: 502,
    message: 'A peer’s TAXII server failed or answered what TAXII does not allow.',
  },
  store_unavailable: { status: 503, message: 'The store is unavailable; nothing was changed, try again.' },
} as const satisfies Record<string, { status: number | readonly number[]; message: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;

type Listed<S> = S extends readonly (infer T)[] ? T : S;

/** The status (or statuses) the catalogue gives a code. */
export type StatusOf<C extends ApiErrorCode> = Listed<(typeof API_ERRORS)[C]['status']>;

/** The catalogue as Markdown lines, for the OpenAPI document. */
export function describeErrorCodes(): string {
  return Object.entries(API_ERRORS)
    .map(([code, { status, message }]) => `- \`${code}\` (${[status].flat().join(', ')}): ${message}`)
    .join('\n');
}
