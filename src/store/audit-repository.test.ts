// The audit log's hash chain on a real store: appends in order, survives a restart, and shows edits, a
// log cut short at its end, and a chain rebuilt by someone who can write the database but holds no key.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/store.js';
import { AUDIT_CHECKPOINT_FILE } from './audit-checkpoint.js';
import { AUDIT_GENESIS, canonicalJson, entryHash } from './audit-repository.js';

let t: TestStore;
let clock: number;
beforeEach(async () => {
  clock = Date.UTC(2025, 0, 1);
  t = await openTestStore({ now: () => clock });
});
afterEach(async () => {
  await t.dispose();
});

const entry = (action: string) => ({
  actor: { kind: 'system' as const, id: null, name: 'test' },
  address: null,
  action,
  target: { b: 1, a: [1, { d: 2, c: 3 }] },
  detail: {},
});

describe('audit log', () => {
  it('chains entries from the genesis hash, in order even when appended at once', async () => {
    const appended = await Promise.all(['one', 'two', 'three'].map((a) => t.store.audit.append(entry(a))));
    expect(appended.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(appended[0].prevHash).toBe(AUDIT_GENESIS);
    expect(appended[1].prevHash).toBe(appended[0].hash);
    // Keyed: the plain SHA-256 anyone could compute is not the hash.
    expect(appended.every((e) => e.keyed)).toBe(true);
    expect(appended[2].hash).not.toBe(entryHash(appended[1].hash, appended[2]));
    expect(await t.store.audit.verify()).toEqual({ ok: true, entries: 3 });
  });

  it('goes on from the last entry after a restart', async () => {
    const first = await t.store.audit.append(entry('before'));
    const store = await t.reopen();
    const second = await store.audit.append(entry('after'));
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
    expect(await store.audit.verify()).toEqual({ ok: true, entries: 2 });
  });

  it('names the first entry whose content was changed', async () => {
    for (const action of ['a', 'b', 'c']) await t.store.audit.append(entry(action));
    await t.store.db
      .updateTable('audit_log')
      .set({ action: 'nothing happened' })
      .where('seq', '=', 2)
      .execute();
    expect(await t.store.audit.verify()).toEqual({
      ok: false,
      entries: 1,
      brokenSeq: 2,
      reason: 'its content does not match its hash under the audit key',
    });
  });

  it('shows the newest entries deleted', async () => {
    for (const action of ['a', 'b', 'c', 'd']) await t.store.audit.append(entry(action));
    await t.store.db.deleteFrom('audit_log').where('seq', '>=', 3).execute();
    expect(await t.store.audit.verify()).toMatchObject({
      ok: false,
      entries: 2,
      brokenSeq: 3,
      reason: expect.stringMatching(
        /ends at entry 2, but a checkpoint of .* saw entry 4: entries were removed/,
      ),
    });
  });

  it('shows a chain rebuilt without the key, keyed or not', async () => {
    for (const action of ['a', 'b', 'c']) await t.store.audit.append(entry(action));
    // A database writer edits entry 2 and recomputes every hash from there the way the code says.
    const rows = await t.store.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    let prev = rows[0].hash;
    for (const row of rows.slice(1)) {
      const e = {
        seq: Number(row.seq),
        at: Number(row.at),
        actor: { kind: row.actor_kind as 'system', id: row.actor_id, name: row.actor_name },
        address: row.address,
        action: row.seq === 2 ? 'nothing happened' : row.action,
        target: JSON.parse(row.target),
        detail: JSON.parse(row.detail),
      };
      const hash = entryHash(prev, e);
      await t.store.db
        .updateTable('audit_log')
        .set({ action: e.action, prev_hash: prev, hash, keyed: 0 })
        .where('seq', '=', e.seq)
        .execute();
      prev = hash;
    }
    expect(await t.store.audit.verify()).toMatchObject({
      ok: false,
      brokenSeq: 2,
      reason: 'it is not keyed, but entry 1 before it is: the log was rebuilt',
    });
  });

  it('refuses a checkpoint that is missing or not signed with the key', async () => {
    for (const action of ['a', 'b']) await t.store.audit.append(entry(action));
    const file = join(t.dataDir, AUDIT_CHECKPOINT_FILE);
    const written = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...written, seq: 1 }));
    expect((await t.store.audit.verify()).ok).toBe(false);
    await rm(file);
    expect(await t.store.audit.verify()).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/missing/),
    });
  });

  it('serialises with sorted keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }], u: undefined })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });
});
