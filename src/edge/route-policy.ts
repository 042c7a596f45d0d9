// A route's policy: is it an API route (throttled with 429, never shown an HTML challenge) or a
// browser route (may be challenged)? Configured path prefixes win; otherwise the client's Accept decides.

export type RouteKind = 'api' | 'browser';

export interface RouteRule {
  /** Path prefix, e.g. `/api/`. */
  path: string;
  kind: RouteKind;
}

export class RoutePolicy {
  constructor(private readonly rules: readonly RouteRule[]) {}

  kindOf(path: string, accept: string | undefined): RouteKind {
    for (const rule of this.rules) if (path.startsWith(rule.path)) return rule.kind;
    // Only a client that asks for HTML can be shown (and solve) a challenge page.
    return accept?.includes('text/html') ? 'browser' : 'api';
  }
}
