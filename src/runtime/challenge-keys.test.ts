// The challenge's keys in a real store: made once, and rotated so that the key before stays for one turn.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/store.js';
import { challengeSecrets, rotateChallengeKey } from './challenge-keys.js';

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});
afterEach(async () => {
  await t.dispose();
});

describe('challenge keys', () => {
  it('are made once, and a rotation keeps the key before it for one turn', async () => {
    const first = await challengeSecrets(t.store);
    expect(first.secret).toHaveLength(32);
    expect(first.previousSecret).toBeUndefined();
    expect((await challengeSecrets(t.store)).secret).toEqual(first.secret);

    await rotateChallengeKey(t.store);
    const second = await challengeSecrets(await t.reopen());
    expect(second.previousSecret).toEqual(first.secret);
    expect(second.secret).not.toEqual(first.secret);

    await rotateChallengeKey(t.store);
    const third = await challengeSecrets(t.store);
    expect(third.previousSecret).toEqual(second.secret);
  });
});
