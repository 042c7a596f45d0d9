// The verdict endpoint, for proxies that stay in place: nginx `auth_request`, Traefik `forwardAuth`,
// Envoy `ext_authz` (HTTP) ask it about each request, sending the client's address and request head.
// It runs the same phases as the inline edge on that head (identify, judge, tally, witness: phases.ts),
// so detection and the control loop work as inline, and answers:
//
//   GET /verdict[/…]  allow 200 · throttle 429 + Retry-After · block 403 · challenge 302 to the page ·
//                     shed 503 + Retry-After (Traefik and Envoy pass such answers on to the client)
//   GET /nginx        the same, but every refusal but block is 401 with X-Breakwater-Verdict,
//                     Retry-After and X-Breakwater-Location, which nginx's error_page turns into the
//                     answer (auth_request takes only 2xx, 401 and 403)
//   GET /.well-known/breakwater/challenge?return=PATH   the challenge page
//   POST /.well-known/breakwater/verify                 its answer, which sets the pass cookie
//
// The original head: X-Original-URI and X-Original-Method (nginx), X-Forwarded-Uri, -Method and -Host
// (Traefik), or the path after /verdict (Envoy); the client's address from X-Forwarded-For or X-Real-IP,
// believed only from `trustedProxies` (anyone else is refused: their requests would all look like the
// proxy's own). A head that cannot be read, a fault, or a verdict later than the deadline is answered by
// the fail policy: allow (fail open, the default) or 403 (fail closed). Origin latency and errors are not
// seen in this mode.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Answer, sendAnswer } from './answer.js';
import { Exchange, type Phase, type Step } from './exchange.js';
import type { Journey } from './journey.js';
import { identify } from './phase/identify.js';
import { VERDICT_PHASES } from './phases.js';

export interface VerdictOptions {
  listen: { host: string; port: number };
  /** Allow (true) or refuse (false) when no verdict can be given in time. */
  failOpen: boolean;
  deadlineMs: number;
}

export interface VerdictEndpoint {
  url: string;
  close(): Promise<void>;
}

export const CHALLENGE_PAGE_PATH = '/.well-known/breakwater/challenge';
/** Longest original URI read; a longer one is a head that cannot be read. */
const MAX_URI = 8192;
const METHOD = /^[A-Z]{1,16}$/;

type Mode = 'status' | 'nginx';

interface Original {
  method: string;
  url: string;
  host: string | undefined;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The proxied request's method, target and host; undefined when they cannot be read. */
export function originalHead(req: IncomingMessage): Original | undefined {
  const h = req.headers;
  // Envoy asks at /verdict + the original path and query.
  const asked = req.url ?? '/';
  const prefixed = asked.startsWith('/verdict/') ? asked.slice('/verdict'.length) : '';
  const url = first(h['x-original-uri']) ?? first(h['x-forwarded-uri']) ?? (prefixed || '/');
  const method = (
    first(h['x-original-method']) ??
    first(h['x-forwarded-method']) ??
    req.method ??
    'GET'
  ).toUpperCase();
  if (url.length > MAX_URI || url.charCodeAt(0) !== 47 /* '/' */ || !METHOD.test(method)) return undefined;
  return { method, url, host: first(h['x-forwarded-host']) ?? h.host };
}

/**
 * The request as the phases should see it: the original method, target and host, and the client's
 * address in X-Forwarded-For (from X-Real-IP when the proxy sent only that). The socket stays the
 * proxy's, so only a trusted proxy's word about the client is believed.
 */
function asOriginal(req: IncomingMessage, original: Original): IncomingMessage {
  const headers: IncomingMessage['headers'] = { ...req.headers, host: original.host };
  const realIp = first(req.headers['x-real-ip']);
  if (headers['x-forwarded-for'] === undefined && realIp !== undefined) headers['x-forwarded-for'] = realIp;
  return Object.create(req, {
    method: { value: original.method },
    url: { value: original.url },
    headers: { value: headers },
  }) as IncomingMessage;
}

function verdictAnswer(x: Exchange, mode: Mode): { status: number; headers: Record<string, string> } {
  const j = x.judgement;
  const headers: Record<string, string> = { 'x-breakwater-verdict': j.verdict, 'cache-control': 'no-store' };
  if (j.verdict === 'allow') return { status: 200, headers };
  if (j.verdict === 'block') return { status: 403, headers };
  if (j.verdict === 'challenge') {
    const location = `${CHALLENGE_PAGE_PATH}?return=${encodeURIComponent(x.client.path)}`;
    if (mode === 'nginx') return { status: 401, headers: { ...headers, 'x-breakwater-location': location } };
    return { status: 302, headers: { ...headers, location } };
  }
  headers['retry-after'] = String(Math.max(1, Math.ceil(j.retryAfter)));
  return { status: mode === 'nginx' ? 401 : j.verdict === 'throttle' ? 429 : 503, headers };
}

/** Runs the phases until one answers; a phase that waits is given until the deadline. */
async function runPhases(x: Exchange, phases: readonly Phase[], deadlineMs: number): Promise<Step | 'late'> {
  const started = performance.now();
  for (const phase of phases) {
    let step = phase(x);
    if (step instanceof Promise) {
      const left = deadlineMs - (performance.now() - started);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), Math.max(0, left));
      });
      const settled = await Promise.race([step, late]);
      clearTimeout(timer);
      if (settled === 'late') return 'late';
      step = settled;
    }
    if (step !== 'continue') return step;
  }
  return 'continue';
}

export async function startVerdictEndpoint(journey: Journey, opts: VerdictOptions): Promise<VerdictEndpoint> {
  const { parts } = journey;
  const warned = new Set<string>();

  function fallback(res: ServerResponse, reason: string): void {
    const verdict = opts.failOpen ? 'allow' : 'block';
    res.writeHead(opts.failOpen ? 200 : 403, {
      'x-breakwater-verdict': verdict,
      'x-breakwater-error': reason,
    });
    res.end();
  }

  async function check(req: IncomingMessage, res: ServerResponse, mode: Mode): Promise<void> {
    const original = originalHead(req);
    if (original === undefined) return fallback(res, 'unreadable-head');
    const x = new Exchange(parts, asOriginal(req, original), undefined, undefined);
    const step = await runPhases(x, VERDICT_PHASES, opts.deadlineMs);
    if (step === 'late') return fallback(res, 'deadline');
    if (step !== 'continue') return fallback(res, 'unreadable-head');
    if (!x.client.peerTrusted) {
      if (!warned.has(x.client.peer) && warned.size < 100) {
        warned.add(x.client.peer);
        parts.log.warn('verdict asked by a peer not in trustedProxies: refused', { peer: x.client.peer });
      }
      res.writeHead(403, { 'x-breakwater-verdict': 'block', 'x-breakwater-error': 'untrusted-proxy' });
      res.end();
      return;
    }
    const { status, headers } = verdictAnswer(x, mode);
    res.writeHead(status, headers);
    res.end();
  }

  function challengePage(req: IncomingMessage, res: ServerResponse): void {
    const x = new Exchange(parts, req, res, undefined);
    const step = identify(x); // who, through the trusted proxy
    if (step !== 'continue') {
      sendAnswer(res, step as Answer);
      return;
    }
    const returnTo = new URL(req.url ?? '/', 'http://verdict').searchParams.get('return') ?? '/';
    const { prefix, userAgent } = x.client.client;
    sendAnswer(res, parts.challenge.page({ prefix, userAgent, returnTo }));
  }

  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    if (req.method === 'POST' && path === parts.challenge.verifyPath) return journey.onRequest(req, res);
    if (req.method === 'GET' && path === CHALLENGE_PAGE_PATH) return challengePage(req, res);
    if (path !== '/nginx' && path !== '/verdict' && !path.startsWith('/verdict/')) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not a verdict path: /verdict, /nginx, or the challenge\n');
      return;
    }
    check(req, res, path === '/nginx' ? 'nginx' : 'status').catch((error: Error) => {
      parts.log.error('verdict failed', { error: error.message });
      if (!res.headersSent) fallback(res, 'fault');
    });
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.listen.port, opts.listen.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.listen.host.includes(':') ? `[${opts.listen.host}]` : opts.listen.host;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
