// One request at the demo origin as the route handlers see it: the parsed target, the signed-in
// account, and the origin-wide state they may use.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DemoAccount } from './accounts.js';
import type { DemoOriginStats } from './origin.js';
import type { Sessions } from './sessions.js';

/** State shared by every request of one origin. */
export interface OriginState {
  sessions: Sessions;
  /** Ids for messages posted to the API; they continue after the generated ones. */
  nextMessageId(): number;
  inFlight(): number;
  queued(): number;
  /** The origin's counters, as DemoOrigin.stats() reports them. */
  stats(): DemoOriginStats;
}

export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  /** The path without the query string, undecoded. */
  path: string;
  query: URLSearchParams;
  /** Values of the route's `:name` segments. */
  params: Record<string, string>;
  account: DemoAccount | undefined;
  sessionToken: string | undefined;
  origin: OriginState;
}

/** Splits a request target into path and query without resolving it against any host. */
export function splitTarget(target: string): { path: string; query: URLSearchParams } {
  const mark = target.indexOf('?');
  if (mark === -1) return { path: target || '/', query: new URLSearchParams() };
  return { path: target.slice(0, mark) || '/', query: new URLSearchParams(target.slice(mark + 1)) };
}
