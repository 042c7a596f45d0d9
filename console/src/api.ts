// Talking to the control plane: JSON in and out, the CSRF header on every change, and one error type
// (ApiFailure) that carries the API's code, message and field so pages can show them.

export interface ErrorDetail {
  field: string;
  message: string;
}

/** A request the control plane refused or could not be reached for. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
/** Called when a change needs the second factor again; resolves true once it was verified. */
let reauthenticate: (() => Promise<boolean>) | null = null;
/** Called when the session is gone (401 on a route that needs one). */
let onSignedOut: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setReauthHandler(handler: (() => Promise<boolean>) | null): void {
  reauthenticate = handler;
}

export function setSignedOutHandler(handler: (() => void) | null): void {
  onSignedOut = handler;
}

/** Reads both error shapes the control plane has used: `{ error: { code, message, field } }` and
 * `{ error: code, message, details }`. */
export function failureFrom(status: number, body: unknown): ApiFailure {
  const fallback = `the control plane answered ${status}`;
  if (typeof body !== 'object' || body === null) return new ApiFailure(status, 'http_error', fallback);
  const b = body as Record<string, unknown>;
  const details = Array.isArray(b.details) ? (b.details as ErrorDetail[]) : [];
  if (typeof b.error === 'object' && b.error !== null) {
    const e = b.error as Record<string, unknown>;
    return new ApiFailure(
      status,
      String(e.code ?? 'http_error'),
      String(e.message ?? fallback),
      typeof e.field === 'string' ? e.field : undefined,
      Array.isArray(e.details) ? (e.details as ErrorDetail[]) : details,
    );
  }
  return new ApiFailure(
    status,
    typeof b.error === 'string' ? b.error : 'http_error',
    typeof b.message === 'string' ? b.message : fallback,
    details[0]?.field,
    details,
  );
}

export interface RequestOptions {
  body?: unknown;
  /** A body sent as it is (a file), with its content type, instead of JSON. */
  raw?: { body: Blob; type: string };
  /** Leave 401 to the caller instead of signing out (the sign-in pages). */
  quiet401?: boolean;
}

async function send(method: Method, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.raw !== undefined) headers['content-type'] = options.raw.type;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.raw?.body ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
  } catch {
    throw new ApiFailure(0, 'unreachable', 'the control plane cannot be reached; is it running?');
  }
}

async function parse(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(method, path, options);
  if (response.status === 403 && reauthenticate) {
    const body = await parse(response);
    const failure = failureFrom(403, body);
    if (failure.code !== 'reauth_required') throw failure;
    if (!(await reauthenticate())) throw failure;
    response = await send(method, path, options);
  }
  const body = await parse(response);
  if (response.ok) {
    // Signing in and checking a factor start a new session with a new token.
    const token = (body as { csrfToken?: unknown } | undefined)?.csrfToken;
    if (typeof token === 'string') csrfToken = token;
    return body as T;
  }
  if (response.status === 401 && !options.quiet401) onSignedOut?.();
  throw failureFrom(response.status, body);
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  upload: <T>(path: string, file: Blob, type: string) =>
    request<T>('POST', path, { raw: { body: file, type } }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

/** A query string from the defined values of `params`. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
