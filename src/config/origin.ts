// Origin URLs for `upstreams` (absolute http:// or https://, nothing after the host but '/'),
// and the optional PostgreSQL URL for `database`.

/** The origin as 'http://host:port' (no trailing slash), or what was expected instead. */
export function readOrigin(text: string): { origin: string } | { problem: string } {
  const expected = 'an absolute http:// or https:// URL such as http://127.0.0.1:3000';
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { problem: expected };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: expected };
  if (url.username || url.password) return { problem: `${expected}, without a user name or password` };
  if (url.pathname !== '/' || url.search || url.hash) {
    return { problem: 'an origin URL with no path, query or fragment, such as http://127.0.0.1:3000' };
  }
  return { origin: url.origin };
}

/** The URL as written, when it is a postgres:// or postgresql:// URL with a host; otherwise what was expected. */
/** A redis:// or rediss:// URL, kept as written. */
export function readRedisUrl(text: string): { url: string } | { problem: string } {
  try {
    const url = new URL(text.trim());
    if ((url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname)
      return { url: text.trim() };
  } catch {
    // falls through to the problem
  }
  return { problem: 'a redis:// or rediss:// URL such as redis://:password@cache.internal:6379' };
}

export function readDatabaseUrl(text: string): { url: string } | { problem: string } {
  const expected = 'a postgres:// URL such as postgres://breakwater@db.internal:5432/breakwater';
  try {
    const url = new URL(text.trim());
    if ((url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname)
      return { url: text.trim() };
  } catch {
    // falls through to the problem
  }
  return { problem: expected };
}
