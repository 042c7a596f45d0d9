// What survives a restart on the same data directory: decisions (enforced again, expired ones left
// behind), API tokens and the challenge secret, so pass cookies issued before the restart still work.

import { rmSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { puzzleFromPage, solvePuzzle } from '../src/edge/challenge/index.js';
import { CookieJar, probeConnection, send } from './support/client.js';
import { addDecision, callApi, type DecisionBody } from './support/control-api.js';
import { type Stack, startStack, tempDataDir } from './support/stack.js';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const CONFIG = { challenge: { difficulty: 8 } };

const running: Stack[] = [];
const dataDirs: string[] = [];

function newDataDir(): string {
  const dir = tempDataDir();
  dataDirs.push(dir);
  return dir;
}

async function start(dataDir: string): Promise<Stack> {
  const stack = await startStack({ dataDir, config: CONFIG });
  running.push(stack);
  return stack;
}

async function stop(stack: Stack): Promise<void> {
  running.splice(running.indexOf(stack), 1);
  await stack.stop();
}

afterEach(async () => {
  for (const stack of running.splice(0)) await stack.stop();
});

afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

const page = (stack: Stack, from: string, jar?: CookieJar) =>
  send(stack.gatewayUrl, '/login', {
    localAddress: from,
    headers: [['user-agent', FIREFOX], ['accept', 'text/html'], ...(jar?.header() ?? [])],
  });

async function refusedAtAccept(stack: Stack, from: string): Promise<boolean> {
  const outcome = await probeConnection(stack.gatewayUrl, from);
  return outcome.closedByServer && outcome.received.length === 0;
}

async function listed(stack: Stack): Promise<DecisionBody[]> {
  const answer = await callApi<{ decisions: DecisionBody[] }>(stack.controlUrl, 'GET', '/api/v1/decisions', {
    token: stack.tokens.viewer,
  });
  expect(answer.status).toBe(200);
  return answer.body.decisions;
}

describe('restarting on the same data directory', () => {
  it('enforces the decisions added before the restart and forgets the expired one', async () => {
    const dataDir = newDataDir();
    const first = await start(dataDir);
    const add = (input: Record<string, unknown>) =>
      addDecision(first.controlUrl, first.tokens.responder, input);
    const kept = await add({ scope: 'ip', value: '127.0.0.70', action: 'block', reason: 'kept' });
    const prefix = await add({
      scope: 'cidr',
      value: '127.0.4.0/24',
      action: 'throttle',
      throttle: { rate: 1, burst: 1 },
      ttl: '1h',
    });
    const shortLived = await add({ scope: 'ip', value: '127.0.0.71', action: 'block', ttl: 1 });
    expect(await refusedAtAccept(first, '127.0.0.71')).toBe(true);
    await stop(first);

    // Let the short-lived decision expire while nothing runs, so no pruning could have removed it.
    const wait = (shortLived.expiresAt ?? 0) - Date.now() + 100;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));

    const second = await start(dataDir);
    expect(second.bw.table.prune().map((d) => d.id)).not.toContain(shortLived.id);
    const ids = (await listed(second)).map((d) => d.id);
    expect(ids).toContain(kept.id);
    expect(ids).toContain(prefix.id);
    expect(ids).not.toContain(shortLived.id);
    const reloaded = (await listed(second)).find((d) => d.id === prefix.id);
    expect(reloaded).toMatchObject({ throttle: { rate: 1, burst: 1 }, expiresAt: prefix.expiresAt });

    expect(await refusedAtAccept(second, '127.0.0.70')).toBe(true);
    expect((await page(second, '127.0.0.71')).status).toBe(200);
    expect((await page(second, '127.0.4.1')).status).toBe(200);
    expect((await page(second, '127.0.4.2')).status).toBe(429);
  });

  it('keeps API tokens and what was removed stays removed', async () => {
    const dataDir = newDataDir();
    const first = await start(dataDir);
    const decision = await addDecision(first.controlUrl, first.tokens.responder, {
      scope: 'ip',
      value: '127.0.0.72',
      action: 'block',
    });
    const removed = await callApi(first.controlUrl, 'DELETE', `/api/v1/decisions/${decision.id}`, {
      token: first.tokens.responder,
    });
    expect(removed.status).toBe(204);
    const oldToken = first.tokens.viewer;
    await stop(first);

    const second = await start(dataDir);
    const answer = await callApi<{ decisions: DecisionBody[] }>(
      second.controlUrl,
      'GET',
      '/api/v1/decisions',
      {
        token: oldToken,
      },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.decisions.map((d) => d.id)).not.toContain(decision.id);
    expect((await page(second, '127.0.0.72')).status).toBe(200);
  });

  it('keeps the challenge secret: a pass cookie from before the restart still works', async () => {
    const dataDir = newDataDir();
    const first = await start(dataDir);
    await addDecision(first.controlUrl, first.tokens.responder, {
      scope: 'cidr',
      value: '127.0.3.0/24',
      action: 'challenge',
    });
    const jar = new CookieJar();
    const challenged = await page(first, '127.0.3.5');
    expect(challenged.status).toBe(403);
    const puzzle = puzzleFromPage(challenged.body);
    expect(puzzle).toBeDefined();
    const verified = await send(first.gatewayUrl, puzzle!.action, {
      method: 'POST',
      localAddress: '127.0.3.5',
      headers: [
        ['user-agent', FIREFOX],
        ['content-type', 'application/x-www-form-urlencoded'],
      ],
      body: new URLSearchParams({
        token: puzzle!.token,
        counter: String(solvePuzzle(puzzle!)),
        returnTo: puzzle!.returnTo,
      }).toString(),
    });
    expect(verified.status).toBe(303);
    expect(jar.take(verified.headers)).toContain('bw_pass');
    expect((await page(first, '127.0.3.5', jar)).status).toBe(200);
    await stop(first);

    const second = await start(dataDir);
    expect((await page(second, '127.0.3.5')).status).toBe(403);
    expect((await page(second, '127.0.3.5', jar)).status).toBe(200);

    // A fresh data directory has a secret of its own, under which the cookie means nothing.
    const other = await start(newDataDir());
    await addDecision(other.controlUrl, other.tokens.responder, {
      scope: 'cidr',
      value: '127.0.3.0/24',
      action: 'challenge',
    });
    expect((await page(other, '127.0.3.5', jar)).status).toBe(403);
  });
});
