// A decision's route: the path prefix a route-scoped decision applies to. What a route looks like in a
// decision (canonical form, checked where decisions come in), whether it covers a request's path, and a
// request path put into the same form, so that `/api/%73earch` or `//api/./search` is not a way around
// a decision on `/api/search`.

/** Longest route accepted, in characters. */
export const MAX_ROUTE_LENGTH = 256;
/** Printable ASCII but for `%` (routes are written decoded), `?` and `#` (a route has no query) and `\`. */
const ROUTE_PATTERN = /^\/[\x21-\x22\x24\x26-\x3e\x40-\x5b\x5d-\x7e]*$/;

export type RouteCheck = { ok: true; route: string } | { ok: false; error: string };

/**
 * Checks a route and puts it in canonical form: it starts with `/`, has no query, no `%` escapes, no
 * empty, `.` or `..` segments, and no trailing `/` (but for `/` itself, which covers every path).
 */
export function checkRoute(route: string): RouteCheck {
  const shown = route.length > 64 ? `'${route.slice(0, 61)}...'` : `'${route}'`;
  if (route.length > MAX_ROUTE_LENGTH)
    return { ok: false, error: `expected a path of at most ${MAX_ROUTE_LENGTH} characters, found ${shown}` };
  if (!ROUTE_PATTERN.test(route))
    return {
      ok: false,
      error: `expected a path starting with '/', without query, '#', '%' escapes, '\\' or spaces (e.g. /api/search), found ${shown}`,
    };
  const trimmed = route.length > 1 && route.endsWith('/') ? route.slice(0, -1) : route;
  if (
    trimmed !== '/' &&
    trimmed
      .split('/')
      .slice(1)
      .some((s) => s === '' || s === '.' || s === '..')
  )
    return { ok: false, error: `expected a path without empty, '.' or '..' segments, found ${shown}` };
  return { ok: true, route: trimmed };
}

/**
 * Whether a decision on `route` (canonical) applies to a request for `path` (canonical, see
 * `requestPath`): the path is the route or lies below it (`/api` covers `/api` and `/api/x`, not
 * `/apix`), or could not be read. Allocates nothing.
 */
export function routeCovers(route: string, path: string): boolean {
  if (path === UNREADABLE_PATH) return true;
  if (!path.startsWith(route)) return false;
  return path.length === route.length || route.length === 1 || path.charCodeAt(route.length) === 47;
}

/** What `requestPath` gives for a path it cannot read (a bad `%` escape): every route covers it. */
export const UNREADABLE_PATH = '';

/** An escaped `/` or `\`: origins differ on whether it separates segments. */
const ESCAPED_SEPARATOR = /%(?:2f|5c)/i;

/**
 * A request's path (without its query) as routes are written: `%` escapes decoded, empty and `.`
 * segments dropped, `..` resolved. A path already in that form (most) is returned as it is, without
 * allocating; one with a bad escape, or an escaped `/` or `\`, gives UNREADABLE_PATH, which every
 * route-scoped decision covers.
 */
export function requestPath(path: string): string {
  if (!needsCanonicalForm(path)) return path;
  if (ESCAPED_SEPARATOR.test(path)) return UNREADABLE_PATH;
  let decoded: string;
  try {
    decoded = path.includes('%') ? decodeURIComponent(path) : path;
  } catch {
    return UNREADABLE_PATH;
  }
  const segments: string[] = [];
  for (const segment of decoded.replaceAll('\\', '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`;
}

function needsCanonicalForm(path: string): boolean {
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c === 37 /* % */ || c === 92 /* \ */) return true;
    // '//', '/.' (a '.' or '..' segment, or a name starting with '.', which is checked the slow way)
    if (c === 47 && (path.charCodeAt(i + 1) === 47 || path.charCodeAt(i + 1) === 46)) return true;
  }
  return false;
}
