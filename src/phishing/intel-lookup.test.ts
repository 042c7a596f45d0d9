import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/store.js';
import { intelLookup } from './intel-lookup.js';

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});
afterEach(async () => {
  await t.dispose();
});

describe('the intel look-up', () => {
  it("finds values named by peers' indicators and by our confirmed campaigns, not by unconfirmed ones", async () => {
    await t.store.importedIndicators.replace('cert-eu', 'indicator--1', [
      {
        peer: 'cert-eu',
        indicatorId: 'indicator--1',
        value: '',
        scope: '',
        pattern: "[domain-name:value = 'login-bank.example']",
        confidence: 80,
        modified: 1,
        validUntil: null,
        status: 'unsupported',
        reason: 'not an address',
        poisoning: false,
        tlp: 'green',
      },
    ]);
    const confirmed = await t.store.phishingCampaigns.create('phishing', ['link-domain:evil.example']);
    await t.store.phishingCampaigns.review(confirmed.id, 'confirmed');
    await t.store.phishingCampaigns.create('suspicious', ['link-domain:maybe.example']);

    const hits = await intelLookup(t.store)([
      'login-bank.example',
      'evil.example',
      'maybe.example',
      'fine.example',
    ]);
    expect(hits).toEqual([
      { value: 'evil.example', source: `our confirmed campaign ${confirmed.id}` },
      { value: 'login-bank.example', source: 'peer cert-eu' },
    ]);
  });
});
