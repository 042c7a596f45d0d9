// Pulling peers' TAXII collections into a running Breakwater: paging by `next` and by checkpoint with no
// duplicates, peers that hang, send garbage or the wrong media type, the trust policy (observe-only,
// minimum confidence, k peers), poisoning refused, and the pull schedule carrying on past a failing peer.

import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './support/client.js';
import { callApi } from './support/control-api.js';
import { type Stack, startStack } from './support/stack.js';
import { indicator, STUB_COLLECTION, startTaxiiStub, type TaxiiStub } from './support/taxii-stub.js';

interface Pull {
  status: 'ok' | 'error';
  pages: number;
  objects: number;
  imported: number;
  duplicates: number;
  revoked: number;
  unsupported: number;
  invalid: number;
  error: string | null;
}

interface Imported {
  peer: string;
  indicatorId: string;
  value: string;
  status: string;
  reason: string;
  poisoning: boolean;
}

const stacks: Stack[] = [];
const stubs: TaxiiStub[] = [];

async function stackWith(intelImport: Record<string, unknown>): Promise<Stack> {
  const stack = await startStack({ config: { intel: { import: { timeout: '1s', ...intelImport } } } });
  stacks.push(stack);
  return stack;
}

async function stub(credentials?: { username: string; password: string }): Promise<TaxiiStub> {
  const started = await startTaxiiStub(credentials);
  stubs.push(started);
  return started;
}

afterEach(async () => {
  for (const s of stubs.splice(0)) await s.close();
  for (const s of stacks.splice(0)) {
    await s.stop();
    rmSync(s.dataDir, { recursive: true, force: true });
  }
});

async function addPeer(stack: Stack, name: string, peer: TaxiiStub, extra: Record<string, unknown> = {}) {
  const answer = await callApi(stack.controlUrl, 'POST', '/api/v1/intel/peers', {
    token: stack.tokens.admin,
    body: { name, url: peer.apiRoot, collection: STUB_COLLECTION, ...extra },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
}

async function pull(stack: Stack, name: string): Promise<Pull> {
  const answer = await callApi<Pull>(stack.controlUrl, 'POST', `/api/v1/intel/peers/${name}/pull`, {
    token: stack.tokens.responder,
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body;
}

async function imported(stack: Stack, query = ''): Promise<Imported[]> {
  const answer = await callApi<{ indicators: Imported[] }>(
    stack.controlUrl,
    'GET',
    `/api/v1/intel/indicators${query}`,
    {
      token: stack.tokens.viewer,
    },
  );
  return answer.body.indicators;
}

const intelBlocks = (stack: Stack) =>
  stack.bw.table
    .list()
    .filter((d) => d.source === 'intel' && d.action === 'block')
    .map((d) => d.value)
    .sort();

const v4 = (n: number) => `[ipv4-addr:value = '198.51.100.${n}']`;

describe('pulling a peer', () => {
  it('follows next across pages, then pulls only what was added after its checkpoint', async () => {
    const stack = await stackWith({ enforce: true });
    const peer = await stub({ username: 'bw', password: 'pa55' });
    peer.pageSize = 2;
    peer.add(...[1, 2, 3, 4, 5].map((n) => indicator(v4(n))), { type: 'identity', id: 'identity--x' });
    await addPeer(stack, 'alpha', peer, { username: 'bw', password: 'pa55' });

    const first = await pull(stack, 'alpha');
    expect(first).toMatchObject({ status: 'ok', pages: 3, objects: 6, imported: 5, duplicates: 0 });
    expect(peer.queries.map((q) => q.get('next'))).toEqual([null, expect.any(String), expect.any(String)]);
    expect(peer.queries.every((q) => q.get('match[type]') === 'indicator')).toBe(true);
    expect(intelBlocks(stack)).toEqual([1, 2, 3, 4, 5].map((n) => `198.51.100.${n}`));
    const decision = stack.bw.table.list().find((d) => d.value === '198.51.100.1');
    expect(decision?.reason).toMatch(/^intel from peer alpha, indicator indicator--/);
    expect(decision?.expiresAt).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    const again = await pull(stack, 'alpha');
    expect(again).toMatchObject({ status: 'ok', objects: 0, imported: 0 });
    const checkpoint = peer.queries.at(-1)?.get('added_after');
    expect(checkpoint).toMatch(/^2026-/);

    peer.add(indicator(v4(6)));
    const third = await pull(stack, 'alpha');
    expect(third).toMatchObject({ status: 'ok', objects: 1, imported: 1 });
    expect(peer.queries.at(-1)?.get('added_after')).toBe(checkpoint);
    expect((await imported(stack, '?peer=alpha')).length).toBe(6);

    const peers = await callApi<{ peers: Record<string, unknown>[] }>(
      stack.controlUrl,
      'GET',
      '/api/v1/intel/peers',
      {
        token: stack.tokens.viewer,
      },
    );
    expect(peers.body.peers[0]).toMatchObject({ name: 'alpha', username: 'bw', lastError: null });
    expect(JSON.stringify(peers.body)).not.toContain('pa55');
  });

  it('pages by added_after when the peer gives no next, and drops versions it already holds', async () => {
    const stack = await stackWith({ enforce: true });
    const peer = await stub();
    peer.pageSize = 2;
    peer.useNext = false;
    const first = indicator(v4(1));
    peer.add(first, indicator(v4(2)), indicator(v4(3)));
    await addPeer(stack, 'alpha', peer);
    expect(await pull(stack, 'alpha')).toMatchObject({ status: 'ok', pages: 2, imported: 3 });
    expect(peer.queries[1].get('next')).toBeNull();
    expect(peer.queries[1].get('added_after')).toMatch(/^2026-/);

    // The same version again is a duplicate; a newer one replaces it; a revoked one ends the block.
    peer.add(first, { ...first, modified: '2027-01-01T00:00:00.000Z', pattern: v4(9) });
    expect(await pull(stack, 'alpha')).toMatchObject({ status: 'ok', imported: 1, duplicates: 1 });
    expect(intelBlocks(stack)).toEqual(['198.51.100.2', '198.51.100.3', '198.51.100.9']);
    peer.add({ ...first, modified: '2027-02-01T00:00:00.000Z', pattern: v4(9), revoked: true });
    expect(await pull(stack, 'alpha')).toMatchObject({ status: 'ok', revoked: 1 });
    expect(intelBlocks(stack)).toEqual(['198.51.100.2', '198.51.100.3']);
  });

  it('records unsupported patterns and invalid objects without acting on them', async () => {
    const stack = await stackWith({ enforce: true });
    const peer = await stub();
    peer.add(
      indicator("[domain-name:value = 'evil.example']"),
      indicator(v4(1), { pattern_type: 'snort' }),
      indicator(v4(2), { confidence: 'high' }),
      indicator(v4(3)),
    );
    await addPeer(stack, 'alpha', peer);
    expect(await pull(stack, 'alpha')).toMatchObject({
      status: 'ok',
      imported: 1,
      unsupported: 2,
      invalid: 1,
    });
    expect(intelBlocks(stack)).toEqual(['198.51.100.3']);
    const unsupported = await imported(stack, '?status=unsupported');
    expect(unsupported.map((i) => i.reason).sort()).toEqual([
      expect.stringMatching(/only ipv4-addr:value/),
      'pattern_type snort is not stix',
    ]);
  });

  it.each([
    ['hang', /timed out after 1000 ms/],
    ['garbage', /not JSON/],
    ['wrong-type', /application\/json, not application\/taxii\+json/],
  ] as const)(
    'records a peer that answers with %s, keeping only the pages before it',
    async (mode, error) => {
      const stack = await stackWith({ enforce: true });
      const peer = await stub();
      peer.pageSize = 2;
      peer.add(...[1, 2, 3, 4].map((n) => indicator(v4(n))));
      peer.mode = mode;
      peer.modeFromPage = 2;
      await addPeer(stack, 'alpha', peer);
      const failed = await pull(stack, 'alpha');
      expect(failed).toMatchObject({ status: 'error', pages: 1, imported: 2 });
      expect(failed.error).toMatch(error);
      expect(intelBlocks(stack)).toEqual(['198.51.100.1', '198.51.100.2']);

      // The checkpoint stayed after page 1: once the peer mends, the pull carries on from there.
      peer.mode = 'normal';
      expect(await pull(stack, 'alpha')).toMatchObject({ status: 'ok', objects: 2, imported: 2 });
      expect(intelBlocks(stack)).toHaveLength(4);
      const pulls = await callApi<{ pulls: Pull[] }>(
        stack.controlUrl,
        'GET',
        '/api/v1/intel/pulls?peer=alpha',
        {
          token: stack.tokens.viewer,
        },
      );
      expect(pulls.body.pulls.map((p) => p.status)).toEqual(['ok', 'error']);
    },
  );

  it('keeps pulling on schedule past a peer that hangs', async () => {
    const stack = await stackWith({ enforce: true, interval: '1s', timeout: '500ms' });
    const good = await stub();
    const bad = await stub();
    bad.mode = 'hang';
    good.add(indicator(v4(1)));
    await addPeer(stack, 'bad', bad);
    await addPeer(stack, 'good', good);
    const settled = await eventually(async () => {
      const pulls = await callApi<{ pulls: (Pull & { peer: string })[] }>(
        stack.controlUrl,
        'GET',
        '/api/v1/intel/pulls',
        {
          token: stack.tokens.viewer,
        },
      );
      const of = (peer: string, status: string) =>
        pulls.body.pulls.filter((p) => p.peer === peer && p.status === status).length;
      return of('bad', 'error') >= 2 && of('good', 'ok') >= 2;
    }, 25_000);
    expect(settled).toBe(true);
    expect(intelBlocks(stack)).toEqual(['198.51.100.1']);
  });
});

describe('the trust policy', () => {
  it('only records indicators when enforcement is off (the default)', async () => {
    const stack = await stackWith({});
    const peer = await stub();
    peer.add(indicator(v4(1)));
    await addPeer(stack, 'alpha', peer);
    await pull(stack, 'alpha');
    expect(intelBlocks(stack)).toEqual([]);
    expect(await imported(stack)).toMatchObject([
      { value: '198.51.100.1', status: 'observe', reason: 'observe-only: intel.import.enforce is false' },
    ]);
  });

  it('refuses indicators whose confidence times the peer’s trust is too low', async () => {
    const stack = await stackWith({ enforce: true, minConfidence: 60 });
    const peer = await stub();
    peer.add(indicator(v4(1), { confidence: 100 }), indicator(v4(2), { confidence: 70 }));
    await addPeer(stack, 'alpha', peer, { trust: 70 });
    await pull(stack, 'alpha');
    expect(intelBlocks(stack)).toEqual(['198.51.100.1']);
    expect(await imported(stack, '?value=198.51.100.2')).toMatchObject([
      { status: 'refused', reason: 'effective confidence 49 is below 60' },
    ]);
  });

  it('blocks a value only once k peers name it, and stops when a peer is removed', async () => {
    const stack = await stackWith({ enforce: true, minPeers: 2 });
    const alpha = await stub();
    const bravo = await stub();
    alpha.add(indicator(v4(1)), indicator(v4(2)));
    bravo.add(indicator(v4(1)));
    await addPeer(stack, 'alpha', alpha);
    await addPeer(stack, 'bravo', bravo);
    await pull(stack, 'alpha');
    expect(intelBlocks(stack)).toEqual([]);
    expect((await imported(stack, '?value=198.51.100.1'))[0]).toMatchObject({
      status: 'observe',
      reason: 'claimed by 1 of the 2 peers needed',
    });
    await pull(stack, 'bravo');
    expect(intelBlocks(stack)).toEqual(['198.51.100.1']);
    expect((await imported(stack, '?value=198.51.100.1')).map((i) => i.status)).toEqual([
      'enforced',
      'enforced',
    ]);

    const removed = await callApi(stack.controlUrl, 'DELETE', '/api/v1/intel/peers/bravo', {
      token: stack.tokens.admin,
    });
    expect(removed.status).toBe(204);
    expect(intelBlocks(stack)).toEqual([]);
    expect(await stack.bw.store.decisions.list()).toEqual([]);
  });

  it('refuses poisoning: our protected ranges, canaries, and every-address prefixes', async () => {
    const stack = await stackWith({ enforce: true, protect: ['10.0.0.0/8', '203.0.113.77'] });
    const peer = await stub();
    peer.add(
      indicator("[ipv4-addr:value = '10.20.30.40']"),
      indicator("[ipv4-addr:value ISSUBSET '203.0.113.0/24']"),
      indicator("[ipv4-addr:value ISSUBSET '0.0.0.0/0']"),
      indicator("[ipv4-addr:value ISSUBSET '198.0.0.0/8']"),
      indicator(v4(1)),
    );
    await addPeer(stack, 'alpha', peer, { trust: 100 });
    await pull(stack, 'alpha');
    expect(intelBlocks(stack)).toEqual(['198.51.100.1']);
    const refused = await imported(stack, '?status=refused');
    const byValue = Object.fromEntries(refused.map((i) => [i.value, i]));
    expect(byValue['10.20.30.40']).toMatchObject({
      poisoning: true,
      reason: expect.stringMatching(/10\.0\.0\.0\/8/),
    });
    expect(byValue['203.0.113.0/24']).toMatchObject({ poisoning: true });
    expect(byValue['0.0.0.0/0']).toMatchObject({ poisoning: true });
    expect(byValue['198.0.0.0/8']).toMatchObject({
      poisoning: false,
      reason: '198.0.0.0/8 is broader than /16',
    });
  });
});

describe('peers through the API', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack.stop();
    rmSync(stack.dataDir, { recursive: true, force: true });
  });

  it('opens an account on our TAXII server for a peer and shows its secret once', async () => {
    const answer = await callApi<{ account: { name: string; secret: string } }>(
      stack.controlUrl,
      'POST',
      '/api/v1/intel/peers',
      {
        token: stack.tokens.admin,
        body: {
          name: 'charlie',
          url: 'https://taxii.example/api',
          collection: 'c1',
          read: ['4b1e2c9a-6f0d-4c3b-9a57-2d8e61f0b7c4'],
        },
      },
    );
    expect(answer.status).toBe(201);
    expect(answer.body.account).toEqual({ name: 'charlie', secret: expect.any(String) });
    expect(
      await stack.bw.store.taxiiAccounts.authenticate('charlie', answer.body.account.secret),
    ).toMatchObject({
      read: ['4b1e2c9a-6f0d-4c3b-9a57-2d8e61f0b7c4'],
    });
    const peers = await callApi(stack.controlUrl, 'GET', '/api/v1/intel/peers', {
      token: stack.tokens.viewer,
    });
    expect(JSON.stringify(peers.body)).not.toContain(answer.body.account.secret);
    expect(JSON.stringify(peers.body)).toContain('https://taxii.example/api/');

    const again = await callApi(stack.controlUrl, 'POST', '/api/v1/intel/peers', {
      token: stack.tokens.admin,
      body: { name: 'charlie', url: 'https://taxii.example/api', collection: 'c1' },
    });
    expect(again.status).toBe(409);
    expect(
      (
        await callApi(stack.controlUrl, 'DELETE', '/api/v1/intel/peers/charlie', {
          token: stack.tokens.admin,
        })
      ).status,
    ).toBe(204);
    expect(await stack.bw.store.taxiiAccounts.find('charlie')).toBeUndefined();
  });

  it('refuses bad peers with the field at fault, and needs the admin role', async () => {
    const add = (body: unknown, token = stack.tokens.admin) =>
      callApi<{ error: string; details?: { field: string }[] }>(
        stack.controlUrl,
        'POST',
        '/api/v1/intel/peers',
        { token, body },
      );
    const badUrl = await add({ name: 'd', url: 'ftp://x', collection: 'c' });
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.details?.[0].field).toBe('body/url');
    const inUrl = await add({ name: 'd', url: 'https://u:p@x/api/', collection: 'c' });
    expect(inUrl.body.details?.[0].field).toBe('body/url');
    const badTrust = await add({ name: 'd', url: 'https://x/api/', collection: 'c', trust: 101 });
    expect(badTrust.status).toBe(400);
    expect(
      (await add({ name: 'd', url: 'https://x/api/', collection: 'c' }, stack.tokens.responder)).status,
    ).toBe(403);
    expect(
      (
        await callApi(stack.controlUrl, 'POST', '/api/v1/intel/peers/nobody/pull', {
          token: stack.tokens.responder,
        })
      ).status,
    ).toBe(404);
  });
});
