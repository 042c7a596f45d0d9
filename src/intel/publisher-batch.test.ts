// Decision changes that come together are published as one batch: the same indicators, versions,
// revocations, aliases and relationships as one by one, in a bounded number of transactions.

import { afterEach, describe, expect, it } from 'vitest';
import { floodIncident } from '../../test/support/flood-incident.js';
import { countStatements } from '../../test/support/statement-count.js';
import { stixValidator } from '../../test/support/stix-schemas.js';
import { openTestStore, type TestStore } from '../../test/support/store.js';
import { type BreakwaterEvent, EventBus } from '../events.js';
import { silentLog } from '../log.js';
import type { Decision } from '../responder/decision.js';
import { Publisher } from './publisher.js';
import type { StixObject } from './stix/objects.js';
import { TLP_LEVELS } from './stix/tlp.js';

const COLLECTION = '0d5c2a8e-3f47-4b1e-9c6a-7e2f81b4d093';
const START = Date.parse('2026-11-27T10:00:00.000Z');
const DETECTION = `http-flood:/login:${START}`;

type DecisionEvent = Extract<BreakwaterEvent, { type: 'decision' }>;

function decision(i: number, overrides: Partial<Decision> = {}): Decision {
  return {
    id: `dec_${i}`,
    scope: 'ip',
    value: `10.0.${i >> 8}.${i & 255}`,
    action: 'challenge',
    reason: 'http-flood on /login',
    source: 'detector',
    createdAt: START,
    expiresAt: START + 600_000,
    detectionId: DETECTION,
    ...overrides,
  };
}

const event = (change: DecisionEvent['change'], d: Decision, dryRun = false): DecisionEvent => ({
  type: 'decision',
  at: START,
  change,
  decision: d,
  dryRun,
});

/**
 * 300 changes of one step: new indicators, new versions of some (a harder action), early removals
 * (revoked) and a new decision on some of those values (a new indicator), removals of replaced decisions
 * and expiries (nothing published), a network, a manual block, a dry run and an allowlist entry.
 */
function step(): DecisionEvent[] {
  const events: DecisionEvent[] = [];
  for (let i = 0; i < 240; i++) events.push(event('put', decision(i)));
  for (let i = 0; i < 20; i++)
    events.push(event('put', decision(1000 + i, { value: decision(i).value, action: 'block' })));
  for (let i = 0; i < 10; i++) events.push(event('remove', decision(i)));
  for (let i = 20; i < 30; i++) events.push(event('remove', decision(i)));
  for (let i = 20; i < 25; i++) events.push(event('put', decision(2000 + i, { value: decision(i).value })));
  for (let i = 30; i < 35; i++) events.push(event('expire', decision(i)));
  events.push(event('put', decision(3000, { scope: 'cidr', value: '2001:db8:7::/48', action: 'block' })));
  events.push(event('put', decision(3001, { source: 'manual', detectionId: undefined, action: 'block' })));
  events.push(event('put', decision(3002, { value: '192.0.2.1' }), true));
  events.push(event('put', decision(3003, { value: '192.0.2.2', action: 'allow', source: 'manual' })));
  while (events.length < 300) events.push(event('put', decision(events.length - 60)));
  return events;
}

/** Every version of every object, oldest first. */
async function everything(store: TestStore['store']) {
  const page = await store.stixObjects.query({
    collectionId: COLLECTION,
    versions: ['all'],
    tlp: TLP_LEVELS,
    limit: 10_000,
  });
  return page.objects;
}

/** `everything`, with the ids (random) named by order of appearance. */
async function published(store: TestStore['store']): Promise<unknown[]> {
  const names = new Map<string, string>();
  const text = JSON.stringify(await everything(store)).replace(
    /(indicator|relationship|attack-pattern|identity)--[0-9a-f-]{36}/g,
    (id) => names.get(id) ?? names.set(id, `#${names.size}`).get(id) ?? id,
  );
  return JSON.parse(text) as unknown[];
}

describe('Publisher batches', () => {
  const opened: { handle: TestStore; publisher: Publisher }[] = [];
  afterEach(async () => {
    for (const { handle, publisher } of opened.splice(0)) {
      publisher.stop();
      await publisher.idle();
      await handle.dispose();
    }
  });

  async function start() {
    const handle = await openTestStore({ now: () => START });
    const events = new EventBus();
    const publisher = new Publisher({
      store: handle.store,
      events,
      collectionId: COLLECTION,
      identity: 'Example Mail Ltd',
      tlp: 'green',
      log: silentLog,
      now: () => START,
    });
    publisher.start();
    opened.push({ handle, publisher });
    // our identity, the marking and the attack pattern published once, before the step
    events.publish(event('put', decision(9999, { value: '198.51.100.1' })));
    await publisher.idle();
    return { handle, events, publisher };
  }

  it('publishes 300 decisions of one step as one by one, in at most 5 transactions', async () => {
    const batched = await start();
    const count = countStatements();
    for (const e of step()) batched.events.publish(e);
    await batched.publisher.idle();
    const cost = count.stop();

    const oneByOne = await start();
    const single = countStatements();
    for (const e of step()) {
      oneByOne.events.publish(e);
      await oneByOne.publisher.idle();
    }
    const singleCost = single.stop();

    const objects = await published(batched.handle.store);
    expect(objects).toEqual(await published(oneByOne.handle.store));
    const stix = objects.map((o) => (o as { object: StixObject }).object);
    const indicators = stix.filter((o) => o.type === 'indicator');
    // 1 before the step, 240 + 1 network + 1 manual + 5 anew after revocation; 20 new versions, 10 revoked
    expect(new Set(indicators.map((o) => o.id)).size).toBe(248);
    expect(indicators.filter((o) => o.revoked)).toHaveLength(10);
    expect(indicators.filter((o) => o.x_breakwater_action === 'block')).toHaveLength(22);
    expect(stix.filter((o) => o.type === 'relationship')).toHaveLength(247);
    const validate = stixValidator();
    const raw = await everything(batched.handle.store);
    expect(raw.flatMap(({ object }) => validate(object as StixObject & { type: string }))).toEqual([]);

    const aliased = await batched.handle.store.stixObjects.knownIds(['decision:dec_1000', 'decision:dec_0']);
    expect(aliased.get('decision:dec_1000')).toBe(aliased.get('decision:dec_0'));
    expect(cost.transactions).toBeGreaterThanOrEqual(1);
    expect(cost.transactions).toBeLessThanOrEqual(5);
    expect(cost.statements).toBeLessThan(singleCost.statements / 20);
  });

  it("ties an incident's 300 decisions to its campaign in at most 5 transactions", async () => {
    const { handle, events, publisher } = await start();
    const ids = Array.from({ length: 300 }, (_, i) => `dec_${i}`);
    for (let i = 0; i < 300; i++) events.publish(event('put', decision(i)));
    // the campaign, its attack patterns and their "uses" published first, by an event listing none
    events.publish({ type: 'incident', at: START, change: 'opened', incident: floodIncident(START, []) });
    await publisher.idle();
    const count = countStatements();
    events.publish({ type: 'incident', at: START, change: 'updated', incident: floodIncident(START, ids) });
    await publisher.idle();
    const cost = count.stop();
    const objects = (await everything(handle.store)).map((o) => o.object);
    const campaign = objects.find((o) => o.type === 'campaign');
    const tied = objects.filter((o) => o.type === 'relationship' && o.target_ref === campaign?.id);
    const indicatorOf = await handle.store.stixObjects.knownIds(ids.map((id) => `decision:${id}`));
    expect(tied.map((o) => o.source_ref)).toEqual(ids.map((id) => indicatorOf.get(`decision:${id}`)));
    expect(cost.transactions).toBeGreaterThanOrEqual(1);
    expect(cost.transactions).toBeLessThanOrEqual(5);
  });
});
