// Tests for decisions on disk: every field round-trips (the route too), upsert, removal, and pruning
// by expiry.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/store.js';
import type { Decision } from '../responder/decision.js';
import type { Store } from './store.js';

let handle: TestStore;
let store: Store;
let clock = 10_000;

beforeEach(async () => {
  clock = 10_000;
  handle = await openTestStore({ now: () => clock });
  store = handle.store;
});

afterEach(async () => {
  await handle.dispose();
});

const throttle: Decision = {
  id: 'dec_throttle0000000000',
  scope: 'cidr',
  value: '2001:db8::/48',
  action: 'throttle',
  throttle: { rate: 2.5, burst: 10 },
  reason: 'distributed flood',
  source: 'detector',
  createdAt: 9_000,
  expiresAt: 20_000,
  detectionId: 'det_42',
};

const challenge: Decision = {
  id: 'dec_challenge000000000',
  scope: 'fingerprint',
  value: 'fp_abc',
  action: 'challenge',
  difficulty: 18,
  reason: '',
  source: 'intel',
  createdAt: 9_500,
  expiresAt: null,
};

describe('DecisionRepository', () => {
  it('round-trips every field, oldest first', async () => {
    await store.decisions.put(challenge);
    await store.decisions.put(throttle);
    expect(await store.decisions.list()).toEqual([throttle, challenge]);
  });

  it('round-trips a decision on one route, and one on every route without a route', async () => {
    const onSearch: Decision = { ...challenge, id: 'dec_route0000000000000', route: '/api/search' };
    await store.decisions.put(onSearch);
    await store.decisions.put(throttle);
    const [first, second] = await store.decisions.list();
    expect(first).toEqual(throttle);
    expect(first).not.toHaveProperty('route');
    expect(second).toEqual(onSearch);
  });

  it('replaces a decision with the same id', async () => {
    await store.decisions.put(throttle);
    const escalated: Decision = { ...throttle, action: 'block', throttle: undefined, expiresAt: 30_000 };
    delete escalated.throttle;
    await store.decisions.put(escalated);
    expect(await store.decisions.list()).toEqual([escalated]);
  });

  it('puts many at once, replacing those stored, the last of a repeated id winning', async () => {
    await store.decisions.put(throttle);
    const many = Array.from(
      { length: 450 },
      (_, i): Decision => ({
        ...challenge,
        id: `dec_many${String(i).padStart(14, '0')}`,
        createdAt: 9_600 + i,
      }),
    );
    const escalated: Decision = { ...throttle, action: 'block', expiresAt: 30_000 };
    delete escalated.throttle;
    const renewed: Decision = { ...many[7], expiresAt: 40_000 };
    await store.decisions.putAll([escalated, ...many, renewed]);
    const listed = await store.decisions.list();
    expect(listed).toHaveLength(451);
    expect(listed[0]).toEqual(escalated);
    expect(listed[8]).toEqual(renewed);
    expect(listed.slice(1)).toEqual(many.map((d, i) => (i === 7 ? renewed : d)));
  });

  it('removes by id and says whether it did', async () => {
    await store.decisions.put(throttle);
    expect(await store.decisions.remove(throttle.id)).toBe(true);
    expect(await store.decisions.remove(throttle.id)).toBe(false);
    expect(await store.decisions.list()).toEqual([]);
  });

  it('lists only unexpired decisions and prunes the expired ones', async () => {
    await store.decisions.put(throttle);
    await store.decisions.put(challenge);
    clock = 20_000; // expiresAt <= now: expired
    expect((await store.decisions.list()).map((d) => d.id)).toEqual([challenge.id]);
    expect(await store.decisions.pruneExpired(19_999)).toBe(0);
    expect(await store.decisions.pruneExpired(20_000)).toBe(1);
    clock = 0;
    expect((await store.decisions.list()).map((d) => d.id)).toEqual([challenge.id]);
  });
});
