// Two Breakwaters on loopback sharing over TAXII 2.1: A blocks attack sources and publishes them; B, a
// peer of A, pulls A's collection and refuses those sources at its own edge before seeing any of their
// traffic. B then pushes its own indicators to A.

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_INTEL_COLLECTION } from '../src/config/schema.js';
import { eventually, probeConnection } from './support/client.js';
import { addDecision, callApi } from './support/control-api.js';
import { type Stack, startStack } from './support/stack.js';

let a: Stack;
let b: Stack;

beforeAll(async () => {
  a = await startStack();
  b = await startStack({ config: { intel: { import: { enforce: true, timeout: '5s' } } } });
});

afterAll(async () => {
  for (const stack of [a, b]) {
    if (!stack) continue;
    await stack.stop();
    rmSync(stack.dataDir, { recursive: true, force: true });
  }
});

const ATTACKERS = ['127.0.0.21', '127.0.0.22'];

async function refusedAtAccept(stack: Stack, from: string): Promise<boolean> {
  const outcome = await probeConnection(stack.gatewayUrl, from);
  return outcome.closedByServer && outcome.received.length === 0;
}

describe('peering two Breakwaters', () => {
  it('B blocks at its edge the sources A published, before any traffic of its own', async () => {
    for (const value of ATTACKERS) {
      await addDecision(a.controlUrl, a.tokens.responder, { scope: 'ip', value, action: 'block', ttl: '1h' });
    }
    // A opens an account for B on its TAXII server: B may read and write A's collection.
    const opened = await callApi<{ account: { secret: string } }>(
      a.controlUrl,
      'POST',
      '/api/v1/intel/peers',
      {
        token: a.tokens.admin,
        body: {
          name: 'bravo',
          url: `${b.controlUrl}/taxii2/api/`,
          collection: DEFAULT_INTEL_COLLECTION,
          read: [DEFAULT_INTEL_COLLECTION],
          write: [DEFAULT_INTEL_COLLECTION],
        },
      },
    );
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const added = await callApi(b.controlUrl, 'POST', '/api/v1/intel/peers', {
      token: b.tokens.admin,
      body: {
        name: 'alpha',
        url: `${a.controlUrl}/taxii2/api/`,
        collection: DEFAULT_INTEL_COLLECTION,
        username: 'bravo',
        password: opened.body.account.secret,
      },
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);

    expect(b.bw.table.list()).toEqual([]);
    const pulled = await eventually(async () => {
      const pull = await callApi<{ status: string; imported: number; error: string | null }>(
        b.controlUrl,
        'POST',
        '/api/v1/intel/peers/alpha/pull',
        { token: b.tokens.responder },
      );
      expect(pull.body.error).toBeNull();
      return b.bw.table.list().filter((d) => d.source === 'intel').length === ATTACKERS.length;
    }, 10_000);
    expect(pulled).toBe(true);

    for (const from of ATTACKERS) expect(await refusedAtAccept(b, from)).toBe(true);
    expect(await refusedAtAccept(b, '127.0.0.23')).toBe(false);
    const reasons = b.bw.table.list().map((d) => d.reason);
    expect(reasons.every((reason) => /^intel from peer alpha, indicator indicator--/.test(reason))).toBe(
      true,
    );

    // B's own intel decisions are not published back: its collection holds no indicator for them.
    const bundle = await callApi<{ objects: unknown[] }>(
      b.controlUrl,
      'GET',
      '/api/v1/intel/blocklist?format=stix',
      {
        token: b.tokens.viewer,
      },
    );
    expect(bundle.body.objects).toEqual([]);
  });

  it('B pushes its own indicators to A’s collection', async () => {
    await addDecision(b.controlUrl, b.tokens.responder, {
      scope: 'ip',
      value: '127.0.0.41',
      action: 'block',
      ttl: '1h',
    });
    let pushed: { objects: number; successes: number; complete: boolean } | undefined;
    await eventually(async () => {
      const answer = await callApi<typeof pushed>(b.controlUrl, 'POST', '/api/v1/intel/peers/alpha/push', {
        token: b.tokens.responder,
      });
      pushed = answer.body;
      return answer.status === 200 && (pushed?.objects ?? 0) > 0;
    }, 10_000);
    expect(pushed).toMatchObject({ complete: true });
    expect(pushed?.successes).toBe(pushed?.objects);
    const page = await a.bw.store.stixObjects.query({
      collectionId: DEFAULT_INTEL_COLLECTION,
      types: ['indicator'],
      tlp: ['clear', 'green', 'amber'],
      limit: 100,
    });
    const patterns = page.objects.map((stored) => stored.object.pattern);
    expect(patterns).toContain("[ipv4-addr:value = '127.0.0.41']");
  });
});
