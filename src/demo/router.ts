// Matching a method and path against the demo origin's route table (`:name` segments capture).
import type { Exchange } from './exchange.js';

export interface Route {
  /** `ANY` matches every method; a GET route also answers HEAD. */
  method: 'GET' | 'POST' | 'ANY';
  pattern: string;
  /** Metered routes wait for a slot at the origin and cost `cpuMs` of work before they run. */
  metered: boolean;
  handle(x: Exchange): void | Promise<void>;
}

export type Match =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method'; allow: string[] }
  | { kind: 'not-found' };

export function matchRoute(routes: readonly Route[], method: string, path: string): Match {
  const asked = method === 'HEAD' ? 'GET' : method;
  const allow: string[] = [];
  for (const route of routes) {
    const params = matchPattern(route.pattern, path);
    if (!params) continue;
    if (route.method === 'ANY' || route.method === asked) return { kind: 'found', route, params };
    allow.push(route.method === 'GET' ? 'GET, HEAD' : route.method);
  }
  return allow.length > 0 ? { kind: 'wrong-method', allow } : { kind: 'not-found' };
}

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      if (got[i] === '') return undefined;
      params[want[i].slice(1)] = got[i];
    } else if (want[i] !== got[i]) {
      return undefined;
    }
  }
  return params;
}
