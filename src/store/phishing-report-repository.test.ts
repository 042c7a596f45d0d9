import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/store.js';

const DAY = 86_400_000;
let clock = Date.parse('2026-12-01T00:00:00Z');
let t: TestStore;

beforeEach(async () => {
  t = await openTestStore({ now: () => clock });
});
afterEach(async () => {
  await t.dispose();
});

const raw = Buffer.from('From: a@sender.example\r\nSubject: hi\r\n\r\n\xff binary \x00 body', 'latin1');
const report = () =>
  t.store.phishingReports.add({
    source: 'smtp',
    reporter: 'alice@corp.example',
    subject: '',
    sender: '',
    deliveredAt: null,
    raw,
    sha256: 'x',
  });

describe('phishing reports in the store', () => {
  it('keep the raw message sealed, and give back its exact bytes', async () => {
    const { id } = await report();
    const row = await t.store.db
      .selectFrom('phishing_reports')
      .select('raw')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.raw).toMatch(/^v1:/);
    expect((await t.store.phishingReports.raw(id))?.equals(raw)).toBe(true);
    // Still readable after the store is opened again with the same key.
    await t.reopen();
    expect((await t.store.phishingReports.raw(id))?.equals(raw)).toBe(true);
  });

  it('delete reports and their notes past the retention, and keep the newer ones', async () => {
    const old = await report();
    await t.store.phishingReports.addNote(old.id, 'soc@corp.example', 'seen');
    clock += 31 * DAY;
    const recent = await report();
    expect(await t.store.phishingReports.deleteBefore(clock - 30 * DAY)).toBe(1);
    expect(await t.store.phishingReports.get(old.id)).toBeUndefined();
    expect(await t.store.phishingReports.raw(old.id)).toBeUndefined();
    expect(await t.store.phishingReports.notes(old.id)).toEqual([]);
    expect((await t.store.phishingReports.get(recent.id))?.reporter).toBe('alice@corp.example');
  });
});
