// Decisions added through the control API, enforced by a running gateway: block at accept and at judge,
// CIDR and allowlist precedence, fingerprints, throttles, challenges on browser and API routes,
// decisions on one route, expiry and removal.

import { rmSync } from 'node:fs';
import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { puzzleFromPage } from '../src/edge/challenge/index.js';
import { fingerprintOf } from '../src/edge/fingerprint.js';
import { agentSocketsClosed, eventually, probeConnection, send } from './support/client.js';
import { addDecision, callApi, removeAllDecisions } from './support/control-api.js';
import { type Stack, startStack } from './support/stack.js';

const BROWSER: Array<[string, string]> = [
  ['user-agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'],
  ['accept', 'text/html,application/xhtml+xml'],
];
const API: Array<[string, string]> = [
  ['user-agent', 'mail-sync/2.1'],
  ['accept', 'application/json'],
];

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ config: { routes: [{ path: '/api/', kind: 'api' }] } });
});

afterAll(async () => {
  await stack?.stop();
  if (stack) rmSync(stack.dataDir, { recursive: true, force: true });
});

afterEach(async () => {
  await removeAllDecisions(stack.controlUrl, stack.tokens.responder);
});

const page = (from: string, path = '/login', headers = BROWSER) =>
  send(stack.gatewayUrl, path, { localAddress: from, headers });

const block = (scope: string, value: string, extra: Record<string, unknown> = {}) =>
  addDecision(stack.controlUrl, stack.tokens.responder, { scope, value, action: 'block', ...extra });

/** True when a new connection from `from` ends without a single byte of answer. */
async function refusedAtAccept(from: string): Promise<boolean> {
  const outcome = await probeConnection(stack.gatewayUrl, from);
  return outcome.closedByServer && outcome.received.length === 0;
}

describe('block by address', () => {
  it('refuses new connections from a blocked address at accept and still serves the others', async () => {
    const before = await probeConnection(stack.gatewayUrl, '127.0.0.9');
    expect(before.received.toString('latin1')).toMatch(/^HTTP\/1\.1 200 /);
    const refusedBefore = stack.bw.stats.refusedAtAccept;

    await block('ip', '127.0.0.9', { reason: 'flood source' });

    const outcome = await probeConnection(stack.gatewayUrl, '127.0.0.9');
    expect(outcome.closedByServer).toBe(true);
    expect(outcome.received.length).toBe(0);
    expect(stack.bw.stats.refusedAtAccept).toBeGreaterThan(refusedBefore);
    await expect(page('127.0.0.9')).rejects.toThrow(/ECONNRESET|socket hang up|EPIPE/);

    const other = await page('127.0.0.10');
    expect(other.status).toBe(200);
    expect(other.body).toContain('<form');

    const metrics = await callApi<string>(stack.controlUrl, 'GET', '/metrics', {
      token: stack.tokens.viewer,
    });
    const refused = /breakwater_connections_refused_total\{reason="blocked"\} (\d+)/.exec(metrics.body);
    expect(Number(refused?.[1])).toBe(stack.bw.stats.refusedAtAccept);
  });

  it('answers 403 on a kept-alive connection opened before the block, then closes it', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await send(stack.gatewayUrl, '/login', {
        localAddress: '127.0.0.11',
        headers: BROWSER,
        agent,
      });
      expect(first.status).toBe(200);

      await block('ip', '127.0.0.11');

      const second = await send(stack.gatewayUrl, '/login', {
        localAddress: '127.0.0.11',
        headers: BROWSER,
        agent,
      });
      expect(second.reusedSocket).toBe(true);
      expect(second.status).toBe(403);
      expect(second.headers['content-type']).toMatch(/^text\/html/);
      expect(second.headers.connection).toBe('close');
      expect(await agentSocketsClosed(agent)).toBe(true);
      expect(await refusedAtAccept('127.0.0.11')).toBe(true);
    } finally {
      agent.destroy();
    }
  });
});

describe('CIDR decisions and the allowlist', () => {
  it('blocks every address of a blocked prefix', async () => {
    expect((await page('127.0.9.7')).status).toBe(200);
    await block('cidr', '127.0.9.0/24');
    expect(await refusedAtAccept('127.0.9.7')).toBe(true);
    expect(await refusedAtAccept('127.0.9.200')).toBe(true);
    expect((await page('127.0.8.7')).status).toBe(200);
  });

  it('lets an allowed address through a blocked prefix', async () => {
    await block('cidr', '127.0.9.0/24');
    await addDecision(stack.controlUrl, stack.tokens.responder, {
      scope: 'ip',
      value: '127.0.9.7',
      action: 'allow',
      reason: 'our monitoring',
    });
    const allowed = await page('127.0.9.7');
    expect(allowed.status).toBe(200);
    expect(await refusedAtAccept('127.0.9.8')).toBe(true);
  });

  it('lets an allowed prefix win over a block of one of its addresses', async () => {
    await block('ip', '127.0.10.5');
    expect(await refusedAtAccept('127.0.10.5')).toBe(true);
    await addDecision(stack.controlUrl, stack.tokens.responder, {
      scope: 'cidr',
      value: '127.0.10.0/24',
      action: 'allow',
    });
    expect((await page('127.0.10.5')).status).toBe(200);
  });
});

describe('a decision on one route', () => {
  it('answers its range on that route only, and never at accept', async () => {
    await block('cidr', '127.0.11.0/24', { route: '/inbox' });
    expect(await refusedAtAccept('127.0.11.7')).toBe(false);
    expect((await page('127.0.11.7', '/inbox')).status).toBe(403);
    expect((await page('127.0.11.7', '/%69nbox/')).status).toBe(403);
    expect((await page('127.0.11.7', '/login')).status).toBe(200);
    // the origin's own answer (a redirect to sign in), not the edge's
    expect((await page('127.0.12.7', '/inbox')).status).toBe(303);
  });

  it('challenges a browser on /search and leaves its other pages alone', async () => {
    await addDecision(stack.controlUrl, stack.tokens.responder, {
      scope: 'cidr',
      value: '127.0.13.0/24',
      action: 'challenge',
      route: '/search',
    });
    const challenged = await page('127.0.13.7', '/search?q=boots');
    expect(challenged.status).toBe(403);
    expect(puzzleFromPage(challenged.body)).toMatchObject({ returnTo: '/search?q=boots' });
    expect((await page('127.0.13.7', '/login')).status).toBe(200);
  });
});

describe('block by fingerprint', () => {
  it("refuses one client's requests by their fingerprint and serves a client with other headers", async () => {
    const tool: Array<[string, string]> = [
      ['user-agent', 'python-requests/2.32'],
      ['accept', '*/*'],
      ['x-flood-run', '7'],
    ];
    const probe = await page('127.0.0.20', '/login', tool);
    expect(probe.status).toBe(200);
    const fingerprint = fingerprintOf(probe.sent.flat(), 'python-requests/2.32', 'h1');
    expect(fingerprint).not.toBe(fingerprintOf(wireOf(BROWSER), BROWSER[0][1], 'h1'));

    await addDecision(stack.controlUrl, stack.tokens.responder, {
      scope: 'fingerprint',
      value: fingerprint,
      action: 'block',
    });

    const blocked = await page('127.0.0.20', '/login', tool);
    expect(blocked.status).toBe(403);
    expect(blocked.headers['content-type']).toBe('application/json');
    expect(JSON.parse(blocked.body).error).toBe('blocked');
    // A fingerprint is not an address: the same client from elsewhere is refused too.
    expect((await page('127.0.0.21', '/login', tool)).status).toBe(403);

    const browser = await page('127.0.0.20', '/login', BROWSER);
    expect(browser.status).toBe(200);
  });
});

/** The header list `send` puts on the wire for a one-off request to the gateway. */
function wireOf(headers: Array<[string, string]>): string[] {
  return [['host', new URL(stack.gatewayUrl).host], ...headers, ['connection', 'close']].flat();
}

describe('throttle', () => {
  it('answers 429 with Retry-After and a JSON body once the burst is spent', async () => {
    await addDecision(stack.controlUrl, stack.tokens.responder, {
      scope: 'ip',
      value: '127.0.0.30',
      action: 'throttle',
      throttle: { rate: 1, burst: 2 },
    });
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof send>> | undefined;
    for (let i = 0; i < 4 && limited === undefined; i++) {
      const answer = await page('127.0.0.30', '/api/messages', API);
      statuses.push(answer.status);
      if (answer.status === 429) limited = answer;
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(limited?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(limited?.body ?? '')).toMatchObject({ error: 'rate_limited' });
    // Another address is not held back by this throttle.
    expect((await page('127.0.0.31', '/api/messages', API)).status).toBe(200);
  });
});

describe('challenge', () => {
  it('shows a browser route the challenge page', async () => {
    await addDecision(stack.controlUrl, stack.tokens.responder, {
      scope: 'ip',
      value: '127.0.0.40',
      action: 'challenge',
    });
    const answer = await page('127.0.0.40', '/inbox');
    expect(answer.status).toBe(403);
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(puzzleFromPage(answer.body)).toMatchObject({ returnTo: '/inbox' });
  });

  it('never shows an API route HTML: its budget passes, then 429 JSON with Retry-After', async () => {
    await addDecision(stack.controlUrl, stack.tokens.responder, {
      scope: 'ip',
      value: '127.0.0.41',
      action: 'challenge',
    });
    const answers: Array<Awaited<ReturnType<typeof send>>> = [];
    for (let i = 0; i < 30; i++) {
      // A client that asks for HTML on an API route still gets JSON: the route decides.
      const accept: Array<[string, string]> =
        i % 2 === 0
          ? API
          : [
              ['user-agent', 'mail-sync/2.1'],
              ['accept', 'text/html'],
            ];
      const answer = await page('127.0.0.41', '/api/messages', accept);
      answers.push(answer);
      if (answer.status === 429) break;
    }
    for (const answer of answers) {
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(answer.body).not.toMatch(/<html|<form/i);
    }
    const passed = answers.filter((a) => a.status === 200).length;
    expect(passed).toBeGreaterThanOrEqual(10);
    expect(passed).toBeLessThanOrEqual(14);
    const last = answers.at(-1);
    expect(last?.status).toBe(429);
    expect(Number(last?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(last?.body ?? '')).toMatchObject({ error: 'rate_limited' });
  });
});

describe('lifetime of a decision', () => {
  it('stops enforcing a decision once its ttl has passed', async () => {
    const decision = await block('ip', '127.0.0.50', { ttl: 1 });
    expect(decision.expiresAt).not.toBeNull();
    expect(await refusedAtAccept('127.0.0.50')).toBe(true);
    const startedAt = Date.now();
    const served = await eventually(
      async () => {
        const outcome = await probeConnection(stack.gatewayUrl, '127.0.0.50');
        return outcome.received.toString('latin1').startsWith('HTTP/1.1 200 ');
      },
      7_000,
      200,
    );
    expect(served).toBe(true);
    expect(Date.now()).toBeGreaterThanOrEqual((decision.expiresAt ?? 0) - 50);
    expect(Date.now() - startedAt).toBeLessThan(7_000);
    const listed = await callApi<{ decisions: Array<{ id: string }> }>(
      stack.controlUrl,
      'GET',
      '/api/v1/decisions',
      { token: stack.tokens.viewer },
    );
    expect(listed.body.decisions.map((d) => d.id)).not.toContain(decision.id);
  });

  it('stops enforcing a decision as soon as it is deleted', async () => {
    const decision = await block('ip', '127.0.0.60');
    expect(await refusedAtAccept('127.0.0.60')).toBe(true);
    const removed = await callApi(stack.controlUrl, 'DELETE', `/api/v1/decisions/${decision.id}`, {
      token: stack.tokens.responder,
    });
    expect(removed.status).toBe(204);
    expect((await page('127.0.0.60')).status).toBe(200);
  });
});
