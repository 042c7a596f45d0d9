// Refused requests reach the audit log on a listening control plane, within an allowance: a flood of bad
// tokens from one address writes one entry a minute, with the count it left out, not one per request.
import { describe, expect, it } from 'vitest';
import { listeningControl } from './support/listening-control.js';

const plane = listeningControl();

const refusals = async () =>
  (await plane.f.store.audit.page({ limit: 500 })).filter((e) => e.action === 'refused');

describe('requests refused with 401 or 403', () => {
  it('are audited once a minute per address and status, with the count left out', async () => {
    const bad = { authorization: `Bearer bwt_${'x'.repeat(43)}` };
    for (let i = 0; i < 200; i++) {
      expect((await fetch(`${plane.url}/api/v1/decisions`, { headers: bad })).status).toBe(401);
    }
    expect((await fetch(`${plane.url}/api/v1/users`, { headers: plane.f.as('viewer') })).status).toBe(403);
    const written = await refusals();
    expect(written.map((e) => e.detail.status).sort()).toEqual([401, 403]);
    expect(written.find((e) => e.detail.status === 401)).toMatchObject({
      address: '127.0.0.1',
      target: { route: '/api/v1/decisions' },
      actor: { kind: 'anonymous' },
    });

    plane.f.clock.now += 60_000;
    expect((await fetch(`${plane.url}/api/v1/decisions`, { headers: bad })).status).toBe(401);
    const next = (await refusals()).filter((e) => e.detail.status === 401);
    expect(next.map((e) => e.detail.skipped)).toEqual([199, 0]);
    expect(await plane.f.store.audit.verify()).toMatchObject({ ok: true });
  });
});
