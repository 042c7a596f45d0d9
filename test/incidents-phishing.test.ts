// Phishing incidents as a kind of incident, on a real store (SQLite, or PostgreSQL with
// BREAKWATER_TEST_DATABASE): one survives a restart of the store and the incident desk as it was (the desk
// follows the traffic of floods only), its campaign's review moves it, and incidents stored before kinds
// existed get theirs from migration 0011.
import { type Kysely, Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IncidentDesk } from '../src/incidents/desk.js';
import { silentLog } from '../src/log.js';
import { followCampaignReview, openPhishingIncident } from '../src/phishing/incident.js';
import { publicStatus } from '../src/status/public-view.js';
import type { Store } from '../src/store/index.js';
import { migrationProvider } from '../src/store/migrations/index.js';
import { type DeskHarness, detection, SERVICES, startDesk, T0 } from './support/incident-desk.js';
import { onPostgres } from './support/store.js';

const RESOLVE_AFTER_MS = 30_000;
let h: DeskHarness;
beforeEach(async () => {
  h = await startDesk({ resolveAfterMs: RESOLVE_AFTER_MS });
});
afterEach(async () => {
  await h.close();
});

async function phishingIncident(store: Store) {
  const campaign = await store.phishingCampaigns.create('phishing', ['link-domain:paypa1-login.example']);
  const incident = await openPhishingIncident(
    { store, events: h.events },
    campaign,
    'Your account is on hold',
    '3 reports of the same campaign',
    h.clock.now,
  );
  return { campaign: (await store.phishingCampaigns.get(campaign.id)) ?? campaign, incident };
}

describe('a phishing incident', () => {
  it('opens as kind phishing, announced like any incident', async () => {
    const { incident } = await phishingIncident(h.t.store);
    expect(incident).toMatchObject({ kind: 'phishing', status: 'investigating', attackClasses: [] });
    expect(await h.t.store.incidents.get(incident.id)).toEqual(incident);
    expect(h.incidentEvents.map((e) => [e.change, e.incident.kind])).toEqual([['opened', 'phishing']]);
    expect((await h.t.store.incidents.list({ kind: 'flood' })).map((i) => i.id)).toEqual([]);
    expect((await h.t.store.incidents.list({ kind: 'phishing' })).map((i) => i.id)).toEqual([incident.id]);
  });

  it('survives a restart of the store and the desk unchanged, in a status the desk moves floods out of', async () => {
    const { incident } = await phishingIncident(h.t.store);
    h.clock.now += 5_000;
    await h.desk.edit(incident.id, { status: 'mitigated' }, 'ana@corp.example');
    const before = await h.t.store.incidents.get(incident.id);
    const timelineBefore = await h.t.store.incidents.timeline(incident.id);
    await h.desk.stop();

    const store = await h.t.reopen();
    const desk = new IncidentDesk({
      store,
      traffic: store.traffic,
      events: h.events,
      table: h.table,
      services: SERVICES,
      resolveAfterMs: RESOLVE_AFTER_MS,
      log: silentLog,
      now: () => h.clock.now,
      sweepMs: 3_600_000,
    });
    await desk.start();
    try {
      for (let i = 0; i < 4; i++) {
        h.clock.now += RESOLVE_AFTER_MS;
        await desk.sweep();
      }
      // A flood detected now opens its own incident, beside the phishing one, and the desk moves it.
      h.events.publish({
        type: 'detection',
        at: h.clock.now,
        detection: detection({ startedAt: h.clock.now }),
      });
      await desk.settled();
      expect(await store.incidents.get(incident.id)).toEqual(before);
      expect(await store.incidents.timeline(incident.id)).toEqual(timelineBefore);
      const flood = (await store.incidents.list({ kind: 'flood' }))[0];
      expect(flood).toMatchObject({ kind: 'flood', status: 'detected' });
      expect(flood.detectionIds).toHaveLength(1);
    } finally {
      await desk.stop();
    }
  });

  it('stays off the public status page: the services stay operational and it is not listed', async () => {
    const { incident } = await phishingIncident(h.t.store);
    const timeline = await h.t.store.incidents.timeline(incident.id);
    const view = publicStatus({
      now: h.clock.now,
      services: ['Webmail'],
      originsDown: false,
      incidents: [{ incident, timeline }],
    });
    expect(view.status).toBe('operational');
    expect(view.components).toEqual([{ name: 'Webmail', status: 'operational' }]);
    expect([...view.incidents, ...view.pastIncidents]).toEqual([]);
    expect(JSON.stringify(view)).not.toContain('account is on hold');
  });

  it('resolves when its campaign is overturned to clean, and notes a confirmation', async () => {
    const { campaign, incident } = await phishingIncident(h.t.store);
    const review = async (verdict: 'phishing' | 'clean') => {
      h.clock.now += 1_000;
      const deps = { store: h.t.store, events: h.events };
      await followCampaignReview(deps, campaign, verdict, 'ana@corp.example', h.clock.now);
    };
    await review('phishing');
    expect((await h.t.store.incidents.get(incident.id))?.status).toBe('investigating');
    await review('clean');
    const resolved = await h.t.store.incidents.get(incident.id);
    expect(resolved).toMatchObject({ status: 'resolved', resolvedAt: T0 + 2_000 });
    expect(resolved?.figures).toEqual(incident.figures);
    const timeline = await h.t.store.incidents.timeline(incident.id);
    expect(timeline.map((e) => e.kind)).toEqual(['opened', 'note', 'status']);
    expect(timeline[2].text).toContain('overturned to clean by ana@corp.example');
    expect(h.incidentEvents.map((e) => e.change)).toEqual(['opened', 'resolved']);
  });
});

describe('migration 0011', () => {
  /** Where the migrations are recorded: the store's own schema on PostgreSQL. */
  async function migrator(db: Kysely<unknown>): Promise<Migrator> {
    const schema = onPostgres
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0].s
      : undefined;
    return new Migrator({ db, provider: migrationProvider, migrationTableSchema: schema });
  }

  it('makes the phishing desk’s incidents phishing and every other one a flood', async () => {
    const store = h.t.store;
    const { incident: phishing } = await phishingIncident(store);
    await h.detect(detection({ startedAt: h.clock.now }));
    const flood = (await store.incidents.list({ kind: 'flood' }))[0];
    // One opened by the phishing desk whose campaign was since deleted: its opening entry still says so.
    const orphan = await phishingIncident(store);
    await store.db.deleteFrom('phishing_campaigns').where('id', '=', orphan.campaign.id).execute();

    const m = await migrator(store.db as unknown as Kysely<unknown>);
    const down = await m.migrateTo('0010-phishing');
    expect(down.error).toBeUndefined();
    expect(down.results?.map((r) => r.migrationName)).toContain('0011-incident-kinds');
    const up = await m.migrateToLatest();
    expect(up.error).toBeUndefined();

    const kinds = Object.fromEntries((await store.incidents.list()).map((i) => [i.id, i.kind]));
    expect(kinds).toEqual({
      [phishing.id]: 'phishing',
      [orphan.incident.id]: 'phishing',
      [flood.id]: 'flood',
    });
  });
});
