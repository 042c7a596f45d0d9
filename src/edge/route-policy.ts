// A route's policy: is it an API route (throttled with 429, never shown an HTML challenge) or a
// browser route (may be challenged)? In order: 1) a configured path prefix wins; 2) a client that does
// not accept text/html is 'api' (it cannot solve a page); 3) a path the origin has answered 2xx with
// JSON or other data (not HTML) is 'api', whatever the client accepts; 4) otherwise 'browser'.
// What the origin answers is learnt per path (no query), for a bounded number of paths, oldest first out.

export type RouteKind = 'api' | 'browser';

export interface RouteRule {
  /** Path prefix, e.g. `/api/`. */
  path: string;
  kind: RouteKind;
}

/** How many paths the origin was seen answering with data are remembered. */
export const MAX_LEARNT_PATHS = 4_096;
/** How many distinct content-type values have their kind memoised. */
const MAX_KNOWN_TYPES = 256;

/**
 * What a content type says about its route: 'api' for data (JSON, +json, text/plain, XML, event
 * streams), 'browser' for HTML, undefined for anything else (images, scripts, styles, downloads).
 */
export function kindOfContentType(contentType: string): RouteKind | undefined {
  const semi = contentType.indexOf(';');
  const type = (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'browser';
  if (
    type === 'application/json' ||
    type.endsWith('+json') ||
    type === 'application/x-ndjson' ||
    type === 'text/plain' ||
    type === 'text/csv' ||
    type === 'text/event-stream' ||
    type === 'application/xml' ||
    type === 'text/xml' ||
    type.endsWith('+xml')
  )
    return 'api';
  return undefined;
}

export class RoutePolicy {
  /** Paths the origin last answered 2xx with data; a path that answers HTML again is dropped. */
  private readonly dataPaths = new Set<string>();
  /** content-type value → its kind (null: says nothing), so a response costs one Map lookup. */
  private readonly types = new Map<string, RouteKind | null>();

  constructor(
    private readonly rules: readonly RouteRule[],
    private readonly maxPaths = MAX_LEARNT_PATHS,
  ) {}

  /** The kind of a request for `path` (without its query) from a client sending `accept`. */
  kindOf(path: string, accept: string | undefined): RouteKind {
    for (const rule of this.rules) if (path.startsWith(rule.path)) return rule.kind;
    if (!accept?.includes('text/html')) return 'api';
    return this.dataPaths.has(path) ? 'api' : 'browser';
  }

  /** Records the content type of an origin's 2xx answer for `path` (without its query). */
  learn(path: string, contentType: string | undefined): void {
    if (contentType === undefined) return;
    let kind = this.types.get(contentType);
    if (kind === undefined) {
      kind = kindOfContentType(contentType) ?? null;
      if (this.types.size >= MAX_KNOWN_TYPES) this.types.clear();
      this.types.set(contentType, kind);
    }
    if (kind === 'api') {
      if (this.dataPaths.has(path)) return;
      if (this.dataPaths.size >= this.maxPaths) {
        const oldest = this.dataPaths.values().next();
        if (!oldest.done) this.dataPaths.delete(oldest.value);
      }
      this.dataPaths.add(path);
    } else if (kind === 'browser') this.dataPaths.delete(path);
  }

  /** How many paths are remembered as answering data. */
  get learntPaths(): number {
    return this.dataPaths.size;
  }
}
