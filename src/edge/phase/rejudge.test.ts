// A request that waits for a connection to a saturated origin is judged again as it leaves the wait when
// the decision table changed meanwhile: a gateway in front of an origin with one connection, one request
// held at the origin, another queued behind it, and a decision put while it waits.

import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../config/index.js';
import { silentLog } from '../../log.js';
import type { Decision } from '../../responder/decision.js';
import { DecisionTable } from '../../responder/decision-table.js';
import { GoodStanding } from '../../responder/good-standing.js';
import { gatewaySettings } from '../../runtime/edge-settings.js';
import { Tally } from '../../sentinel/tally.js';
import { testChallenge } from '../challenge/fixture.js';
import { puzzleFromPage } from '../challenge/index.js';
import { type Gateway, startGateway } from '../gateway.js';
import { Judge } from '../judge.js';
import { OriginSet } from '../origins.js';
import { EdgeStats } from '../stats.js';

const HEALTH = '/__health';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** An origin that records what reaches it and the connections made to it, and holds `/hold` until released. */
async function startOrigin() {
  const seen: string[] = [];
  const held: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    if (req.url === HEALTH) {
      res.end('ok');
      return;
    }
    seen.push(req.url ?? '');
    if (req.url === '/hold') {
      held.push(res);
      return;
    }
    const api = req.url?.startsWith('/api/') ?? false;
    res.setHeader('content-type', api ? 'application/json' : 'text/html');
    res.end(api ? '{"ok":true}' : '<p>ok</p>');
  });
  let connections = 0;
  server.on('connection', () => {
    connections++;
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanups.push(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
  const release = () => {
    for (const res of held.splice(0)) res.end('released');
  };
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, held, release, connections: () => connections };
}

interface Edge {
  gateway: Gateway;
  stats: EdgeStats;
  origins: OriginSet;
  table: DecisionTable;
  standing: GoodStanding;
}

async function startEdge(origin: string): Promise<Edge> {
  const now = Date.now;
  const config = parseConfig({
    upstreams: [origin],
    data: '/tmp/breakwater-rejudge-test',
    listen: '127.0.0.1:0',
    routes: [{ path: '/api/', kind: 'api' }],
  });
  const origins = new OriginSet({
    urls: [origin],
    connectTimeoutMs: 2000,
    responseTimeoutMs: 10_000,
    healthCheck: { path: HEALTH, intervalMs: 60_000, timeoutMs: 1000, unhealthyAfter: 3, healthyAfter: 1 },
    connectionsPerOrigin: 1,
  });
  const table = new DecisionTable(now);
  // nobody earns standing within a test: the one client in it is adopted, with a long history
  const standing = new GoodStanding({ now });
  const stats = new EdgeStats();
  const gateway = await startGateway({
    ...gatewaySettings(config),
    origins,
    table,
    challenge: testChallenge(now),
    stats,
    tally: new Tally({ now }),
    standing,
    log: silentLog,
  });
  cleanups.push(() => origins.close());
  cleanups.push(() => gateway.close());
  return { gateway, stats, origins, table, standing };
}

interface Answer {
  status: number;
  body: string;
}

function get(edge: Edge, path: string, from: string, accept = 'text/html'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port: edge.gateway.port,
        path,
        localAddress: from,
        agent: false,
        headers: { 'user-agent': FIREFOX, accept },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
  });
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 5000) throw new Error('condition not met within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function decision(fields: Partial<Decision> & Pick<Decision, 'scope' | 'value' | 'action'>): Decision {
  return {
    id: `test-${fields.scope}-${fields.value}-${fields.action}`,
    reason: 'test',
    source: 'detector',
    createdAt: Date.now(),
    expiresAt: null,
    ...fields,
  };
}

/** The origin's only connection held, then `send` queued behind it; `decide` runs while they wait. */
async function queuedBehindSlowOrigin<T>(
  send: (edge: Edge) => Promise<T>[],
  decide: (edge: Edge) => void,
  prepare: (edge: Edge) => void = () => {},
): Promise<{ answers: T[]; seen: string[] }> {
  const origin = await startOrigin();
  const edge = await startEdge(origin.url);
  prepare(edge);
  const holding = get(edge, '/hold', '127.0.0.1');
  await until(() => origin.held.length === 1);
  const answers = send(edge);
  await until(() => edge.origins.waiting() === answers.length);
  decide(edge);
  origin.release();
  expect((await holding).status).toBe(200);
  return { answers: await Promise.all(answers), seen: origin.seen };
}

describe('a queued request judged again as it leaves the queue', () => {
  it('answers a block decided while it waited, and the origin never sees it', async () => {
    const { answers, seen } = await queuedBehindSlowOrigin(
      (edge) => [get(edge, '/page?late', '127.0.9.9'), get(edge, '/page?other', '127.0.9.10')],
      (edge) => edge.table.put(decision({ scope: 'ip', value: '127.0.9.9', action: 'block' })),
    );
    expect(answers[0].status).toBe(403);
    expect(answers[0].body).toContain('blocked');
    expect(answers[1].status).toBe(200);
    expect(seen).toEqual(['/hold', '/page?other']);
  });

  it('lets a client in good standing through a prefix decision taken while it waited', async () => {
    const { answers, seen } = await queuedBehindSlowOrigin(
      (edge) => [get(edge, '/page?trusted', '127.0.9.20'), get(edge, '/page?stranger', '127.0.9.30')],
      (edge) => edge.table.put(decision({ scope: 'cidr', value: '127.0.9.0/24', action: 'block' })),
      (edge) => {
        const at = Date.now();
        const entry = { first: at - 3_600_000, last: at, requests: 1000, history: 1000, lostUntil: 0 };
        edge.standing.adopt({ address: '127.0.9.20', ...entry });
        expect(edge.standing.holds('127.0.9.20')).toBe(true);
      },
    );
    expect(answers.map((a) => a.status)).toEqual([200, 403]);
    expect(seen).toEqual(['/hold', '/page?trusted']);
  });

  it('challenges a page and throttles an API client under a challenge decided while they waited', async () => {
    const { answers, seen } = await queuedBehindSlowOrigin(
      (edge) => [
        get(edge, '/page?browser', '127.0.9.40'),
        // an API client's budget under a challenge is a burst of ten requests: twelve spend it
        ...Array.from({ length: 12 }, (_, i) =>
          get(edge, `/api/items?${i}`, '127.0.9.41', 'application/json'),
        ),
      ],
      (edge) => edge.table.put(decision({ scope: 'cidr', value: '127.0.9.0/24', action: 'challenge' })),
    );
    const [page, ...api] = answers;
    expect(page.status).toBe(403);
    expect(puzzleFromPage(page.body)).toBeDefined();
    expect(seen).not.toContain('/page?browser');
    const throttled = api.filter((a) => a.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    expect(seen.filter((url) => url.startsWith('/api/')).length).toBe(api.length - throttled.length);
  });

  it('drops a queued request whose client went away while it waited', async () => {
    const origin = await startOrigin();
    const edge = await startEdge(origin.url);
    const holding = get(edge, '/hold', '127.0.0.1');
    await until(() => origin.held.length === 1);
    const leaving = http.get({
      host: '127.0.0.1',
      port: edge.gateway.port,
      path: '/page?gone',
      localAddress: '127.0.9.60',
      agent: false,
    });
    leaving.on('error', () => {});
    const staying = get(edge, '/page?stays', '127.0.9.61');
    await until(() => edge.origins.waiting() === 2);
    const open = edge.stats.openConnections;
    leaving.destroy();
    await until(() => edge.stats.openConnections === open - 1);
    origin.release();
    expect((await holding).status).toBe(200);
    expect((await staying).status).toBe(200);
    expect(origin.seen).toEqual(['/hold', '/page?stays']);
    // nor did it cost the origin connection it would have been sent on
    expect(origin.connections()).toBe(1);
  });

  it('sends every queued request on as judged, without judging it again, when the table did not change', async () => {
    const rejudge = vi.spyOn(Judge.prototype, 'rejudge');
    cleanups.push(async () => rejudge.mockRestore());
    const { answers, seen } = await queuedBehindSlowOrigin(
      (edge) => [get(edge, '/page?a', '127.0.9.50'), get(edge, '/page?b', '127.0.9.51')],
      () => {},
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(seen).toEqual(['/hold', '/page?a', '/page?b']);
    expect(rejudge).not.toHaveBeenCalled();
  });
});
