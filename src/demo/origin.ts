// The demo origin: Breakwater Mail, a small webmail-like app on node:http that the demo, tests,
// drills and benchmarks put behind the gateway. Bounded capacity makes floods visibly hurt it; it counts
// every request it receives by source range, which GET /.well-known/demo-origin/stats reports.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { Arrivals } from './arrivals.js';
import { BodyTooLarge } from './body.js';
import { Capacity } from './capacity.js';
import { work } from './cpu-work.js';
import { type Exchange, type OriginState, splitTarget } from './exchange.js';
import { MESSAGE_COUNT } from './mailbox.js';
import { sendHtml, sendJson, sendText } from './reply.js';
import { matchRoute, type Route } from './router.js';
import { NOT_FOUND, ROUTES } from './routes.js';
import { readCookie, SESSION_COOKIE, Sessions } from './sessions.js';
import { problemPage } from './views.js';
import { acceptWebSocket } from './websocket.js';

export interface DemoOriginOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 3000; 0 picks a free port. */
  port?: number;
  /** Metered requests worked on at once. Default 16. */
  concurrency?: number;
  /** Metered requests allowed to wait beyond `concurrency`; past that, 503 with Retry-After. Default 64. */
  queue?: number;
  /** Real CPU time (SHA-256 hashing) spent on each metered request, in ms. Default 2. */
  cpuMs?: number;
  /** Clock for session lifetimes (ms since the epoch). CPU work always uses the real clock. */
  now?: () => number;
}

export interface DemoOriginStats {
  /** Responses completed, every route, capacity refusals excluded. */
  served: number;
  /** Metered requests refused with 503 because every slot and place in line was taken. */
  rejected: number;
  inFlight: number;
  queued: number;
  /** Responses completed per route, keyed `METHOD pattern` (e.g. `GET /message/:id`). */
  byRoute: Record<string, number>;
  /**
   * Requests received, counted on arrival (refused, aborted and WebSocket upgrades included), by the
   * client's source range: the first two groups of its IPv4 address (`'127.3'`), the client being the
   * leftmost X-Forwarded-For entry when present, else the socket's peer. At most 256 ranges, then `'other'`.
   */
  bySource: Record<string, number>;
}

export interface DemoOrigin {
  url: string;
  port: number;
  stats(): DemoOriginStats;
  /** Stops listening and drops every connection, WebSockets included. */
  close(): Promise<void>;
}

export async function startDemoOrigin(opts: DemoOriginOptions = {}): Promise<DemoOrigin> {
  const host = opts.host ?? '127.0.0.1';
  const port = checked('port', opts.port ?? 3000, 0, 65535, true);
  const concurrency = checked('concurrency', opts.concurrency ?? 16, 1, 100_000, true);
  const queue = checked('queue', opts.queue ?? 64, 0, 1_000_000, true);
  const cpuMs = checked('cpuMs', opts.cpuMs ?? 2, 0, 60_000, false);

  const capacity = new Capacity(concurrency, queue);
  const sessions = new Sessions(opts.now ?? Date.now);
  let posted = MESSAGE_COUNT;
  let served = 0;
  const byRoute = new Map<string, number>();
  const arrivals = new Arrivals();
  const sockets = new Set<Duplex>();
  const stats = (): DemoOriginStats => ({
    served,
    rejected: capacity.rejected,
    inFlight: capacity.inFlight,
    queued: capacity.queued,
    byRoute: Object.fromEntries(byRoute),
    bySource: arrivals.byRange(),
  });
  const state: OriginState = {
    sessions,
    nextMessageId: () => ++posted,
    inFlight: () => capacity.inFlight,
    queued: () => capacity.queued,
    stats,
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    arrivals.count(req);
    const { path, query } = splitTarget(req.url ?? '/');
    const match = matchRoute(ROUTES, req.method ?? 'GET', path);
    const route: Route =
      match.kind === 'found'
        ? match.route
        : match.kind === 'wrong-method'
          ? wrongMethod(match.allow)
          : NOT_FOUND;
    const sessionToken = readCookie(req.headers.cookie, SESSION_COOKIE);
    const x: Exchange = {
      req,
      res,
      path,
      query,
      params: match.kind === 'found' ? match.params : {},
      account: sessions.resolve(sessionToken),
      sessionToken,
      origin: state,
    };
    let gone = false;
    let refused = false;
    res.once('close', () => {
      gone = true;
    });
    const label = `${route.method} ${route.pattern}`;
    res.once('finish', () => {
      if (refused) return;
      served++;
      byRoute.set(label, (byRoute.get(label) ?? 0) + 1);
    });
    if (!route.metered) {
      run(route, x);
      return;
    }
    const place = capacity.admit((release) => {
      if (gone) {
        release();
        return;
      }
      res.once('close', release);
      void work(cpuMs, () => gone).then((finished) => {
        if (finished) run(route, x);
      });
    });
    if (place) {
      res.once('close', () => place.cancel());
    } else {
      refused = true;
      refuse(x);
    }
  };

  const server = createServer(handle);
  server.on('upgrade', (req, socket, head) => {
    arrivals.count(req);
    acceptWebSocket(req, socket, head, sockets);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${bound}`,
    port: bound,
    stats,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/** Runs a route's handler; a failure becomes 413 (body too large) or 500, or drops the connection. */
function run(route: Route, x: Exchange): void {
  let pending: void | Promise<void>;
  try {
    pending = route.handle(x);
  } catch (err) {
    failed(x, err);
    return;
  }
  if (pending) pending.catch((err: unknown) => failed(x, err));
}

function failed(x: Exchange, err: unknown): void {
  const { res } = x;
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  const api = x.path.startsWith('/api/');
  if (err instanceof BodyTooLarge) {
    const detail = `request body is over ${err.limit} bytes`;
    const headers = { connection: 'close' };
    if (api) {
      sendJson(res, 413, { error: detail }, headers);
      return;
    }
    sendText(res, 413, `${detail}\n`, headers);
    return;
  }
  if (api) {
    sendJson(res, 500, { error: 'internal error' });
    return;
  }
  sendHtml(res, 500, problemPage('Something went wrong', 'The demo origin could not answer this request.'));
}

/** 503 when the origin is full: Retry-After 1, JSON under /api, text elsewhere. */
function refuse(x: Exchange): void {
  const headers = { 'retry-after': '1', 'cache-control': 'no-store' };
  if (x.path.startsWith('/api/')) {
    sendJson(x.res, 503, { error: 'origin busy, retry shortly' }, headers);
    return;
  }
  sendText(x.res, 503, 'Breakwater Mail is busy; retry shortly.\n', headers);
}

function wrongMethod(allow: string[]): Route {
  return {
    method: 'ANY',
    pattern: '(wrong method)',
    metered: true,
    handle: (x) => sendText(x.res, 405, 'method not allowed\n', { allow: allow.join(', ') }),
  };
}

function checked(name: string, value: number, min: number, max: number, integer: boolean): number {
  const ok = Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
  if (!ok) {
    const kind = integer ? 'a whole number' : 'a number';
    throw new RangeError(`demo origin option ${name}: expected ${kind} from ${min} to ${max}, got ${value}`);
  }
  return value;
}
