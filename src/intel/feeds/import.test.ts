// Importing pages of a peer's objects into a real store (SQLite, and PostgreSQL when configured): versions,
// revocation, the checkpoint, decisions saved and enforced, and judging again under a changed policy.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../../test/support/store.js';
import { silentLog } from '../../log.js';
import { DecisionTable } from '../../responder/decision-table.js';
import { IndicatorImport } from './import.js';
import type { TrustSettings } from './trust-policy.js';

const NOW = Date.UTC(2026, 5, 1);
const DAY = 86_400_000;
let t: TestStore;
let table: DecisionTable;

const settings = (over: Partial<TrustSettings> = {}): TrustSettings => ({
  enforce: true,
  minConfidence: 50,
  minPeers: 1,
  protect: [],
  widestIpv4Prefix: 16,
  widestIpv6Prefix: 32,
  maxTtlMs: 7 * DAY,
  ...over,
});

const importer = (over: Partial<TrustSettings> = {}) =>
  new IndicatorImport({ store: t.store, table, settings: settings(over), now: () => NOW, log: silentLog });

function indicator(n: number, over: Record<string, unknown> = {}) {
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--00000000-0000-4000-8000-00000000000${n}`,
    created: '2026-05-01T00:00:00.000Z',
    modified: '2026-05-01T00:00:00.000Z',
    valid_from: '2026-05-01T00:00:00.000Z',
    valid_until: '2026-06-03T00:00:00.000Z',
    pattern: `[ipv4-addr:value = '198.51.100.${n}']`,
    pattern_type: 'stix',
    confidence: 90,
    ...over,
  };
}

beforeEach(async () => {
  t = await openTestStore({ now: () => NOW });
  table = new DecisionTable(() => NOW);
  await t.store.intelFeeds.addPeer({
    name: 'alpha',
    apiRoot: 'https://alpha.example/api/',
    collectionId: 'c',
    username: null,
    password: null,
    trust: 80,
    enabled: true,
  });
});
afterEach(async () => {
  await t.dispose();
});

describe('IndicatorImport', () => {
  it('saves decisions and moves the checkpoint with the page, then follows newer versions and revocations', async () => {
    const counts = await importer().importPage(
      'alpha',
      [indicator(1), indicator(2)],
      '2026-05-01T00:00:01.000Z',
    );
    expect(counts).toMatchObject({ objects: 2, imported: 2 });
    expect((await t.store.intelFeeds.getPeer('alpha'))?.checkpoint).toBe('2026-05-01T00:00:01.000Z');
    expect((await t.store.decisions.list()).map((d) => [d.value, d.source, d.expiresAt])).toEqual([
      ['198.51.100.1', 'intel', Date.parse('2026-06-03T00:00:00.000Z')],
      ['198.51.100.2', 'intel', Date.parse('2026-06-03T00:00:00.000Z')],
    ]);
    expect(table.list()).toHaveLength(2);

    const newer = indicator(1, {
      modified: '2026-05-02T00:00:00.000Z',
      pattern: "[ipv4-addr:value = '198.51.100.9']",
    });
    const revoked = indicator(2, { modified: '2026-05-02T00:00:00.000Z', revoked: true });
    expect(await importer().importPage('alpha', [indicator(1), newer, revoked], null)).toMatchObject({
      duplicates: 1,
      imported: 1,
      revoked: 1,
    });
    expect(table.list().map((d) => d.value)).toEqual(['198.51.100.9']);
    expect((await t.store.decisions.list()).map((d) => d.value)).toEqual(['198.51.100.9']);
  });

  it('judges everything again under a changed policy', async () => {
    await importer({ enforce: false }).importPage('alpha', [indicator(1)], null);
    expect(table.list()).toEqual([]);
    expect((await t.store.importedIndicators.list({ limit: 10 }))[0]).toMatchObject({ status: 'observe' });

    await importer({ enforce: true }).reconcile();
    expect(table.list().map((d) => d.value)).toEqual(['198.51.100.1']);
    expect((await t.store.importedIndicators.list({ limit: 10 }))[0]).toMatchObject({ status: 'enforced' });

    await importer({ enforce: true, minConfidence: 80 }).reconcile();
    expect(table.list()).toEqual([]);
    expect(await t.store.decisions.list()).toEqual([]);
  });

  it('forgets a peer with what came from it', async () => {
    await importer().importPage('alpha', [indicator(1)], null);
    await t.store.intelFeeds.recordPull({
      id: 'pull_1',
      peer: 'alpha',
      startedAt: NOW,
      finishedAt: NOW,
      status: 'ok',
      error: null,
      pages: 1,
      objects: 1,
      imported: 1,
      duplicates: 0,
      revoked: 0,
      unsupported: 0,
      invalid: 0,
    });
    expect(await importer().forgetPeer('alpha')).toBe(true);
    expect(table.list()).toEqual([]);
    expect(await t.store.importedIndicators.list({ limit: 10 })).toEqual([]);
    expect(await t.store.intelFeeds.listPulls({ limit: 10 })).toEqual([]);
    expect(await importer().forgetPeer('alpha')).toBe(false);
  });
});
