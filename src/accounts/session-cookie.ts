// The console's session cookie: `__Host-bw_session` (Secure) over TLS, `bw_session` over plain HTTP,
// always HttpOnly, Path=/ and SameSite=Strict; and reading one cookie out of a Cookie header.

export const SECURE_COOKIE = '__Host-bw_session';
export const PLAIN_COOKIE = 'bw_session';

export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_COOKIE : PLAIN_COOKIE;
}

/** The value of cookie `name` in a Cookie header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    return value;
  }
  return undefined;
}

/** A Set-Cookie value for the session; an empty value with Max-Age=0 deletes it. */
export function sessionCookie(value: string, secure: boolean): string {
  const attributes = ['HttpOnly', 'Path=/', 'SameSite=Strict'];
  if (secure) attributes.push('Secure');
  if (value === '') attributes.push('Max-Age=0');
  return [`${sessionCookieName(secure)}=${value}`, ...attributes].join('; ');
}
