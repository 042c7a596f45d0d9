// The publisher turns a scripted attack (detections, decisions, an incident) into STIX 2.1 objects that
// validate against the OASIS schemas, with stable ids, growing versions and TLP markings.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { floodIncident } from '../../test/support/flood-incident.js';
import { stixValidator } from '../../test/support/stix-schemas.js';
import { openTestStore, type TestStore } from '../../test/support/store.js';
import { EventBus } from '../events.js';
import { silentLog } from '../log.js';
import type { Decision } from '../responder/decision.js';
import type { Detection } from '../sentinel/detection.js';
import { Publisher } from './publisher.js';
import type { StixObject } from './stix/objects.js';
import { TLP_LEVELS, TLP_MARKING_IDS } from './stix/tlp.js';

const COLLECTION = '0d5c2a8e-3f47-4b1e-9c6a-7e2f81b4d093';
const START = Date.parse('2026-11-27T10:00:00.000Z');
const UUID_V4 = /--[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function detection(state: Detection['state'], lastSeenAt: number): Detection {
  return {
    id: `http-flood:/login:${START}`,
    kind: 'http-flood',
    startedAt: START,
    lastSeenAt,
    state,
    path: '/login',
    targets: [{ scope: 'ip', value: '198.51.100.7', share: 0.9, rate: 400 }],
    maxAction: 'block',
    evidence: {
      windowMs: 1000,
      observedRate: 420,
      baselineRate: 12,
      topKeys: [],
      summary: '198.51.100.7 sends 400 requests per second to /login, 33 times the baseline.',
    },
  };
}

function decision(overrides: Partial<Decision>): Decision {
  return {
    id: 'dec_aaaaaaaaaaaaaaaa',
    scope: 'ip',
    value: '198.51.100.7',
    action: 'challenge',
    reason: 'http-flood on /login',
    source: 'detector',
    createdAt: START + 2_000,
    expiresAt: START + 602_000,
    detectionId: `http-flood:/login:${START}`,
    ...overrides,
  };
}

const incident = (decisionIds: string[]) => floodIncident(START, decisionIds);

describe('Publisher', () => {
  let handle: TestStore;
  let clock: number;
  let events: EventBus;
  let publisher: Publisher;

  beforeEach(async () => {
    clock = START;
    handle = await openTestStore({ now: () => clock });
    events = new EventBus();
    publisher = new Publisher({
      store: handle.store,
      events,
      collectionId: COLLECTION,
      identity: 'Example Mail Ltd',
      tlp: 'green',
      log: silentLog,
      now: () => clock,
    });
    publisher.start();
  });
  afterEach(async () => {
    publisher.stop();
    await publisher.idle();
    await handle.dispose();
  });

  /** Every version of every object in the collection, oldest first. */
  async function everything(): Promise<StixObject[]> {
    const page = await handle.store.stixObjects.query({
      collectionId: COLLECTION,
      versions: ['all'],
      tlp: TLP_LEVELS,
      limit: 10_000,
    });
    return page.objects.map((o) => o.object);
  }

  async function scriptedAttack(): Promise<void> {
    const at = (ms: number) => {
      clock = START + ms;
      return clock;
    };
    events.publish({ type: 'detection', at: at(1_000), detection: detection('active', START + 1_000) });
    const challenged = decision({});
    events.publish({ type: 'decision', at: at(2_000), change: 'put', decision: challenged, dryRun: false });
    const blocked = decision({ id: 'dec_bbbbbbbbbbbbbbbb', action: 'block', createdAt: START + 5_000 });
    events.publish({ type: 'decision', at: at(5_000), change: 'put', decision: blocked, dryRun: false });
    events.publish({
      type: 'decision',
      at: at(5_001),
      change: 'remove',
      decision: challenged,
      dryRun: false,
    });
    const manual = decision({
      id: 'dec_cccccccccccccccc',
      scope: 'cidr',
      value: '2001:db8:7::/48',
      action: 'block',
      source: 'manual',
      reason: 'seen in the flood',
      expiresAt: null,
      detectionId: undefined,
    });
    events.publish({ type: 'decision', at: at(6_000), change: 'put', decision: manual, dryRun: false });
    const ids = [challenged.id, blocked.id, manual.id];
    events.publish({ type: 'incident', at: at(7_000), change: 'opened', incident: incident(ids) });
    events.publish({ type: 'detection', at: at(90_000), detection: detection('cleared', START + 80_000) });
    events.publish({ type: 'decision', at: at(95_000), change: 'remove', decision: manual, dryRun: false });
    await publisher.idle();
  }

  it('publishes a scripted attack as STIX 2.1 objects that the OASIS schemas accept', async () => {
    await scriptedAttack();
    const objects = await everything();
    const validate = stixValidator();
    expect(validate({ type: 'indicator', id: 'indicator--not-a-uuid' })).not.toEqual([]);
    expect(objects.flatMap((o) => validate(o as StixObject & { type: string }))).toEqual([]);
    const types = new Set(objects.map((o) => o.type));
    for (const type of [
      'marking-definition',
      'identity',
      'indicator',
      'attack-pattern',
      'sighting',
      'campaign',
    ]) {
      expect(types).toContain(type);
    }
    expect(types).toContain('relationship');
    for (const o of objects.filter((o) => o.type !== 'marking-definition')) {
      expect(o.id).toMatch(UUID_V4);
      expect(o.object_marking_refs).toEqual([TLP_MARKING_IDS.green]);
    }
    const identity = objects.find((o) => o.type === 'identity');
    expect(identity).toMatchObject({ name: 'Example Mail Ltd', identity_class: 'organization' });
  });

  it('keeps one indicator per address, versioned as its decision changes, and revokes early removals', async () => {
    await scriptedAttack();
    const objects = await everything();
    const address = objects.filter(
      (o) => o.type === 'indicator' && String(o.pattern).includes('198.51.100.7'),
    );
    expect(new Set(address.map((o) => o.id)).size).toBe(1);
    expect(address.map((o) => o.pattern)).toEqual(address.map(() => "[ipv4-addr:value = '198.51.100.7']"));
    expect(address.map((o) => o.x_breakwater_action)).toEqual(['challenge', 'block']);
    expect(address[1]).toMatchObject({
      indicator_types: ['malicious-activity'],
      valid_from: '2026-11-27T10:00:05.000Z',
      valid_until: '2026-11-27T10:10:02.000Z',
      created: address[0].created,
    });
    expect(String(address[1].modified) > String(address[0].modified)).toBe(true);
    expect(address.some((o) => o.revoked)).toBe(false);

    const network = objects.filter(
      (o) => o.type === 'indicator' && String(o.pattern).includes('2001:db8:7::/48'),
    );
    expect(network[0]).toMatchObject({
      pattern: "[ipv6-addr:value ISSUBSET '2001:db8:7::/48']",
      confidence: 90,
    });
    expect(network[0].valid_until).toBeUndefined();
    expect(network.at(-1)?.revoked).toBe(true);
  });

  it('ties indicators, attack patterns and the campaign together', async () => {
    await scriptedAttack();
    const objects = await everything();
    const [indicator] = objects.filter((o) => o.type === 'indicator');
    const flood = objects.find((o) => o.type === 'attack-pattern' && o.name === 'HTTP flood');
    const campaign = objects.find((o) => o.type === 'campaign');
    expect(flood?.external_references).toContainEqual(expect.objectContaining({ external_id: 'CAPEC-488' }));
    expect(campaign).toMatchObject({ name: 'HTTP flood on /login', first_seen: '2026-11-27T10:00:00.000Z' });
    const relations = objects
      .filter((o) => o.type === 'relationship')
      .map((o) => [o.source_ref, o.relationship_type, o.target_ref]);
    expect(relations).toContainEqual([indicator.id, 'indicates', flood?.id]);
    expect(relations).toContainEqual([campaign?.id, 'uses', flood?.id]);
    expect(relations).toContainEqual([indicator.id, 'indicates', campaign?.id]);

    const sightings = objects.filter((o) => o.type === 'sighting');
    expect(new Set(sightings.map((o) => o.id)).size).toBe(1);
    expect(sightings.at(-1)).toMatchObject({
      sighting_of_ref: flood?.id,
      where_sighted_refs: [objects.find((o) => o.type === 'identity')?.id],
      first_seen: '2026-11-27T10:00:00.000Z',
      last_seen: '2026-11-27T10:01:20.000Z',
      count: 81,
    });
  });

  it('looks up only the decisions an incident event newly lists, and ties each to the campaign', async () => {
    const put = (id: string, value: string) =>
      events.publish({
        type: 'decision',
        at: clock,
        change: 'put',
        decision: decision({ id, value }),
        dryRun: false,
      });
    const ids = Array.from({ length: 300 }, (_, i) => `dec_${i}`);
    for (const [i, id] of ids.entries()) put(id, `10.0.${i >> 8}.${i & 255}`);
    events.publish({ type: 'incident', at: clock, change: 'updated', incident: incident(ids) });
    await publisher.idle();
    const lookups = vi.spyOn(handle.store.stixObjects, 'knownIds');
    put('dec_new', '10.1.0.1');
    for (let i = 0; i < 3; i++)
      events.publish({
        type: 'incident',
        at: clock,
        change: 'updated',
        incident: incident([...ids, 'dec_new']),
      });
    await publisher.idle();
    const looked = lookups.mock.calls.flatMap(([keys]) => keys);
    expect(looked.filter((key) => key.startsWith('decision:'))).toEqual(['decision:dec_new']);

    const objects = await everything();
    const campaign = objects.find((o) => o.type === 'campaign');
    const tied = objects.filter(
      (o) =>
        o.type === 'relationship' && o.relationship_type === 'indicates' && o.target_ref === campaign?.id,
    );
    expect(tied).toHaveLength(301);
  });

  it('publishes nothing for dry runs, allowlist entries, intel decisions, fingerprints or one route', async () => {
    const ignored: [Partial<Decision>, boolean][] = [
      [{}, true],
      [{ action: 'allow', source: 'manual' }, false],
      [{ source: 'intel' }, false],
      [{ scope: 'fingerprint', value: '0a1b2c3d' }, false],
      [{ route: '/api/search' }, false],
      [{ action: 'block', source: 'manual', route: '/login' }, false],
    ];
    for (const [overrides, dryRun] of ignored) {
      events.publish({ type: 'decision', at: clock, change: 'put', decision: decision(overrides), dryRun });
    }
    await publisher.idle();
    expect((await everything()).filter((o) => o.type === 'indicator')).toEqual([]);
  });
});
