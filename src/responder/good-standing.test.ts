// Good standing: earned by behaving normally over time, lost only by the client's own behaviour, never
// earned during an attack, and bounded in memory under a flood of new addresses.

import { describe, expect, it } from 'vitest';
import type { Detection } from '../sentinel/detection.js';
import { GoodStanding, spareGoodStanding } from './good-standing.js';

function setup(extra: Partial<ConstructorParameters<typeof GoodStanding>[0]> = {}) {
  const clock = { t: 1_000_000 };
  const standing = new GoodStanding({ now: () => clock.t, earnAfterMs: 60_000, ...extra });
  /** `address` makes one request every `everyMs` for `forMs`. */
  const behave = (address: string, everyMs: number, forMs: number) => {
    const end = clock.t + forMs;
    for (; clock.t < end; clock.t += everyMs) standing.seen(address, 'ffff0001');
  };
  return { clock, standing, behave };
}

describe('GoodStanding', () => {
  it('is earned by a client seen behaving for the whole period, not before', () => {
    const { standing, behave } = setup();
    behave('203.0.113.7', 2_000, 50_000);
    expect(standing.holds('203.0.113.7')).toBe(false);
    behave('203.0.113.7', 2_000, 12_000);
    expect(standing.holds('203.0.113.7')).toBe(true);
    expect(standing.holds('203.0.113.8')).toBe(false);
  });

  it('is not earned while an attack is underway', () => {
    const { standing, behave } = setup();
    behave('203.0.113.7', 2_000, 30_000);
    standing.underAttack = true;
    behave('203.0.113.7', 2_000, 60_000);
    expect(standing.holds('203.0.113.7')).toBe(false);
  });

  it('is lost by a client sending far above its own history, and only by that client', () => {
    const { clock, standing, behave } = setup();
    behave('203.0.113.7', 2_000, 70_000);
    behave('203.0.113.8', 2_000, 70_000);
    expect(standing.holds('203.0.113.7')).toBe(true);
    standing.underAttack = true;
    // a warmed-up address turning to flood: 50 requests a second
    behave('203.0.113.7', 20, 2_000);
    expect(standing.holds('203.0.113.7')).toBe(false);
    expect(standing.holds('203.0.113.8')).toBe(true);
    // it stays lost for a while even once it slows down again
    clock.t += 60_000;
    behave('203.0.113.7', 2_000, 10_000);
    expect(standing.holds('203.0.113.7')).toBe(false);
  });

  it('keeps a client going on at its own pace, with room for a page load', () => {
    const { standing, behave } = setup();
    behave('203.0.113.7', 2_000, 70_000);
    standing.underAttack = true;
    behave('203.0.113.7', 2_000, 60_000);
    behave('203.0.113.7', 100, 1_000); // ten requests at once
    expect(standing.holds('203.0.113.7')).toBe(true);
  });

  it('is lost by failed sign-ins', () => {
    const { standing, behave } = setup();
    behave('203.0.113.7', 2_000, 70_000);
    standing.failed('203.0.113.7');
    expect(standing.holds('203.0.113.7')).toBe(false);
  });

  it('tells a client on probation seen behaving before an attack from a stranger', () => {
    const { clock, standing, behave } = setup();
    behave('203.0.113.7', 2_000, 6_000); // on probation: seen, not long enough for standing
    behave('203.0.113.9', 2_000, 6_000); // seen too, then fails a sign-in
    standing.failed('203.0.113.9');
    behave('203.0.113.10', 2_000, 6_000); // seen too, then floods
    const attack = clock.t;
    standing.underAttack = true;
    behave('203.0.113.8', 2_000, 4_000); // first seen during the attack
    behave('203.0.113.10', 20, 2_000);
    expect(standing.holds('203.0.113.7')).toBe(false);
    expect(standing.seenBefore('203.0.113.7', attack)).toBe(true);
    expect(standing.seenBefore('203.0.113.8', attack)).toBe(false);
    expect(standing.seenBefore('203.0.113.9', attack)).toBe(false);
    expect(standing.seenBefore('203.0.113.10', attack)).toBe(false);
    expect(standing.seenBefore('203.0.113.11', attack)).toBe(false);
  });

  it('stays bounded under a million new addresses, and keeps the clients it had', () => {
    const { clock, standing, behave } = setup({ maxProbation: 10_000, maxClients: 1_000 });
    behave('198.51.100.1', 2_000, 70_000);
    for (let i = 0; i < 1_000_000; i++) {
      standing.seen(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, 'b0t00000');
      if (i % 20_000 === 0) clock.t += 1_000;
    }
    expect(standing.size.probation).toBeLessThanOrEqual(10_000);
    expect(standing.size.standing).toBe(1);
    expect(standing.holds('198.51.100.1')).toBe(true);
  });

  it('spares a detection’s addresses and fingerprints in good standing, and says why when none is left', () => {
    const { standing, behave } = setup();
    behave('203.0.113.7', 2_000, 70_000);
    behave('203.0.113.8', 2_000, 70_000);
    expect(standing.vouchedFor('ffff0001')).toBe(true);
    const detection: Detection = {
      id: 'distributed-flood:*:0',
      kind: 'distributed-flood',
      startedAt: 0,
      lastSeenAt: 0,
      state: 'active',
      targets: [
        { scope: 'fingerprint', value: 'ffff0001', share: 0.5, rate: 100 },
        { scope: 'ip', value: '203.0.113.7', share: 0.1, rate: 10 },
      ],
      maxAction: 'block',
      evidence: { windowMs: 250, observedRate: 200, baselineRate: 10, topKeys: [], summary: 'A flood.' },
    };
    const spared = spareGoodStanding(detection, standing);
    expect(spared.targets).toEqual([]);
    expect(spared.maxAction).toBe('observe');
    expect(spared.evidence.summary).toMatch(/No decision: every client it names is in good standing/);
    const flooder = { scope: 'ip' as const, value: '198.51.100.9', share: 0.4, rate: 80 };
    const partly = spareGoodStanding({ ...detection, targets: [...detection.targets, flooder] }, standing);
    expect(partly.targets).toEqual([flooder]);
    expect(partly.maxAction).toBe('block');
  });
});
