// Tests of the CrowdSec Local API for bouncers against a real store and decision table: keys, the
// stream's new and deleted decisions per bouncer, the mapping of our actions, filters, and refusals.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addBouncer } from '../../bouncers/bouncer-key.js';
import type { Decision } from '../../responder/decision.js';
import { type ControlFixture, startControlFixture } from '../fixture.js';

let f: ControlFixture;
let key: string;
beforeEach(async () => {
  f = await startControlFixture();
  key = await addBouncer(f.store, 'firewall', f.clock.now);
});
afterEach(async () => {
  await f.close();
});

let serial = 0;
function decision(fields: Partial<Decision>): Decision {
  serial += 1;
  return {
    id: `dec_test${serial}`,
    scope: 'ip',
    value: `203.0.113.${serial % 250}`,
    action: 'block',
    reason: 'test',
    source: 'manual',
    createdAt: f.clock.now,
    expiresAt: f.clock.now + 3_600_000,
    ...fields,
  };
}

const pull = (query = '', apiKey = key) =>
  f.app.inject({ method: 'GET', url: `/v1/decisions/stream${query}`, headers: { 'x-api-key': apiKey } });

describe('GET /v1/decisions/stream', () => {
  it('hands a new block over once, in LAPI shape, and then its removal', async () => {
    f.table.put(decision({ value: '203.0.113.7', reason: 'flood' }));
    const first = await pull('?startup=true');
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body.deleted).toEqual([]);
    expect(body.new).toEqual([
      {
        id: expect.any(Number),
        origin: 'breakwater',
        type: 'ban',
        scope: 'Ip',
        value: '203.0.113.7',
        duration: '1h0m0s',
        scenario: 'breakwater/manual',
        simulated: false,
      },
    ]);
    expect((await pull()).json()).toEqual({ new: [], deleted: [] });

    f.table.remove(f.table.list()[0].id);
    const after = (await pull()).json();
    expect(after.new).toEqual([]);
    expect(after.deleted.map((d: { value: string }) => d.value)).toEqual(['203.0.113.7']);
    expect((await pull()).json()).toEqual({ new: [], deleted: [] });
  });

  it('keeps each bouncer to its own pulls', async () => {
    const other = await addBouncer(f.store, 'nginx', f.clock.now);
    f.table.put(decision({}));
    expect((await pull()).json().new).toHaveLength(1);
    expect((await pull('', other)).json().new).toHaveLength(1);
    expect((await pull('', other)).json().new).toHaveLength(0);
  });

  it('counts down the duration, and an expired decision is deleted', async () => {
    f.table.put(decision({ expiresAt: f.clock.now + 90_500 }));
    expect((await pull()).json().new[0].duration).toBe('1m31s');
    f.clock.now += 91_000;
    expect((await pull()).json().deleted).toHaveLength(1);
  });

  it('maps challenge to captcha and throttle to throttle, and hands out no allow or fingerprint', async () => {
    f.table.put(decision({ value: '198.51.100.1', action: 'challenge' }));
    f.table.put(decision({ value: '198.51.100.2', action: 'throttle', throttle: { rate: 1, burst: 1 } }));
    f.table.put(decision({ value: '198.51.100.3', action: 'allow' }));
    f.table.put(decision({ scope: 'fingerprint', value: 'fp_0123456789abcdef' }));
    const types = (await pull())
      .json()
      .new.map((d: { value: string; type: string }) => `${d.value} ${d.type}`);
    expect(types.sort()).toEqual(['198.51.100.1 captcha', '198.51.100.2 throttle']);
  });

  it('leaves out what covers an allowlisted address and automatic prefix decisions', async () => {
    f.table.put(decision({ scope: 'ip', value: '192.0.2.9', action: 'allow' }));
    f.table.put(decision({ scope: 'cidr', value: '192.0.2.0/24' }));
    f.table.put(
      decision({
        scope: 'cidr',
        value: '198.51.100.0/24',
        source: 'detector',
        detectionId: 'http-flood:*:1',
      }),
    );
    f.table.put(decision({ scope: 'cidr', value: '100.64.0.0/16', source: 'intel' }));
    f.table.put(decision({ value: '100.64.1.1', source: 'detector', detectionId: 'http-flood:/login:1' }));
    const found = (await pull())
      .json()
      .new.map((d: { value: string; scenario: string }) => `${d.value} ${d.scenario}`);
    expect(found.sort()).toEqual(['100.64.0.0/16 breakwater/intel', '100.64.1.1 breakwater/http-flood']);
  });

  it('leaves out decisions on one route, which a firewall would enforce on the whole site', async () => {
    const onLogin = decision({ value: '203.0.113.40', route: '/login' });
    f.table.put(onLogin);
    f.table.put(decision({ scope: 'cidr', value: '198.51.100.0/24', source: 'manual', route: '/search' }));
    f.table.put(decision({ value: '203.0.113.41' }));
    const values = (await pull('?startup=true')).json().new.map((d: { value: string }) => d.value);
    expect(values).toEqual(['203.0.113.41']);
    // the address itself, asked about live, has no decision a bouncer could apply either
    const live = await f.app.inject({
      method: 'GET',
      url: '/v1/decisions?ip=203.0.113.40',
      headers: { 'x-api-key': key },
    });
    expect(live.body).toBe('null');
    // an every-route decision that takes its place is handed out
    f.table.put({ ...onLogin, route: undefined });
    expect((await pull()).json().new.map((d: { value: string }) => d.value)).toEqual(['203.0.113.40']);
  });

  it('applies the scopes and scenario filters a bouncer asks for', async () => {
    f.table.put(decision({ value: '100.64.1.1', source: 'detector', detectionId: 'cache-bypass:/:1' }));
    f.table.put(decision({ scope: 'cidr', value: '100.65.0.0/16' }));
    expect((await pull('?scopes=range')).json().new.map((d: { value: string }) => d.value)).toEqual([
      '100.65.0.0/16',
    ]);
    // The Ip decision was filtered out, never handed over: asked without the filter, it is new.
    expect(
      (await pull('?scenarios_not_containing=manual')).json().new.map((d: { value: string }) => d.value),
    ).toEqual(['100.64.1.1']);
  });

  it('refuses a wrong or missing key with 403, and audits it within the allowance', async () => {
    const wrong = await pull('', 'not-a-key');
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toEqual({ message: 'access forbidden' });
    const missing = await f.app.inject({ method: 'GET', url: '/v1/decisions' });
    expect(missing.statusCode).toBe(403);
    // One entry a minute per address: the second refusal is counted in the next entry.
    expect((await f.store.audit.page({ limit: 10 })).map((e) => e.action)).toEqual(['bouncer_key_refused']);
    f.clock.now += 60_000;
    expect((await pull('', 'still-not-a-key')).statusCode).toBe(403);
    const entries = await f.store.audit.page({ limit: 10 });
    expect(entries.map((e) => e.action)).toEqual(['bouncer_key_refused', 'bouncer_key_refused']);
    expect(entries[0].detail).toEqual({ path: '/v1/decisions/stream', skipped: 1 });
    expect(entries[0].address).toBe('127.0.0.1');
  });

  it('stops a removed bouncer at once', async () => {
    expect((await pull()).statusCode).toBe(200);
    await f.store.bouncers.remove('firewall');
    expect((await pull()).statusCode).toBe(403);
  });

  it('records the last pull for the console, without the key hash', async () => {
    await f.app.inject({
      method: 'GET',
      url: '/v1/decisions/stream?startup=true',
      headers: { 'x-api-key': key, 'user-agent': 'cs-firewall-bouncer/v0.0.28' },
    });
    const res = await f.app.inject({ method: 'GET', url: '/api/v1/bouncers', headers: f.as('viewer') });
    expect(res.json()).toEqual({
      bouncers: [
        {
          name: 'firewall',
          createdAt: f.clock.now,
          lastPullAt: f.clock.now,
          lastAddress: '127.0.0.1',
          userAgent: 'cs-firewall-bouncer/v0.0.28',
        },
      ],
    });
  });
});

describe('POST /v1/usage-metrics', () => {
  it('accepts what newer bouncers send, from a bouncer only', async () => {
    const send = (apiKey: string) =>
      f.app.inject({
        method: 'POST',
        url: '/v1/usage-metrics',
        headers: { 'x-api-key': apiKey },
        payload: { remediation_components: [] },
      });
    expect((await send(key)).statusCode).toBe(201);
    expect((await send('nope')).statusCode).toBe(403);
  });
});

describe('GET /v1/decisions', () => {
  const get = (query: string) =>
    f.app.inject({ method: 'GET', url: `/v1/decisions${query}`, headers: { 'x-api-key': key } });

  it('gives no decision for an allowlisted address inside a blocked range', async () => {
    f.table.put(decision({ scope: 'cidr', value: '198.51.100.0/24', source: 'intel' }));
    f.table.put(decision({ value: '198.51.100.7', action: 'allow' }));
    expect((await get('?ip=198.51.100.7')).body).toBe('null');
    expect((await get('?ip=198.51.100.8')).json()).toHaveLength(1);
  });

  it('answers null when no decision matches, as LAPI does', async () => {
    const res = await get('?ip=203.0.113.200');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('null');
  });

  it('answers an address with the decision the edge applies to it, through a range that contains it', async () => {
    f.table.put(decision({ value: '192.0.2.10' }));
    f.table.put(decision({ scope: 'cidr', value: '192.0.2.0/24', action: 'challenge' }));
    f.table.put(decision({ value: '192.0.2.11' }));
    const values = (query: string) =>
      get(query).then((r) => (r.json() ?? []).map((d: { value: string }) => d.value));
    // The decision the edge applies: the block on the address wins over the range's challenge.
    expect(await values('?ip=192.0.2.10')).toEqual(['192.0.2.10']);
    expect(await values('?ip=192.0.2.99')).toEqual(['192.0.2.0/24']);
    expect(await values('?ip=192.0.2.10&contains=false')).toEqual(['192.0.2.10']);
    expect(await values('?range=192.0.2.128/25')).toEqual(['192.0.2.0/24']);
    expect(await values('?type=captcha')).toEqual(['192.0.2.0/24']);
    expect((await values('?scope=ip')).sort()).toEqual(['192.0.2.10', '192.0.2.11']);
  });
});
