// The audit log's hash chain on a real store: appends in order, survives a restart, and shows edits.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/store.js';
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
    expect(appended[2].hash).toBe(entryHash(appended[1].hash, appended[2]));
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
      reason: 'its content does not match its hash',
    });
  });

  it('serialises with sorted keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }], u: undefined })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });
});
