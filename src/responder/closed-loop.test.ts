// The responder's closed loop over a recorded stream: a flood whose first throttle leaves ten times the
// normal load reaching the origin is escalated (tighter throttles from the baseline, then blocks of the
// addresses that keep sending) until the residual is back under its ceiling, and no further; a
// distributed flood whose first names leave most of it coming through on other fingerprints has those
// named too.

import { describe, expect, it } from 'vitest';
import type { Detection } from '../sentinel/detection.js';
import type { Decision } from './decision.js';
import { type ReachedSource, type ReachWindow, residualOf } from './reach.js';
import { Responder } from './responder.js';

const TICK = 250;
const BASELINE = 20; // requests per second the site normally takes

const flood: Detection = {
  id: 'distributed-flood:*:0',
  kind: 'distributed-flood',
  startedAt: 0,
  lastSeenAt: 0,
  state: 'active',
  routeKind: 'api',
  targets: [{ scope: 'fingerprint', value: 'aaaa0001', share: 0.9, rate: 1_800 }],
  maxAction: 'block',
  evidence: { windowMs: TICK, observedRate: 2_000, baselineRate: BASELINE, topKeys: [], summary: 'test' },
};

/** A window in which each of `senders` sources got `each` requests of the flood through, plus the app. */
function window(at: number, senders: string[], each: number): ReachWindow {
  const sources: ReachedSource[] = senders.map((address) => ({
    address,
    prefix: `${address.split('.').slice(0, 3).join('.')}.0/24`,
    fingerprint: 'aaaa0001',
    route: '/api/messages',
    count: each,
  }));
  sources.push({
    address: '192.0.2.1',
    prefix: '192.0.2.0/24',
    fingerprint: 'app00001',
    route: '/api/messages',
    count: 2,
  });
  const total = sources.reduce((sum, s) => sum + s.count, 0);
  return { start: at - TICK, end: at, total, routes: new Map([['/api/messages', total]]), sources };
}

const attackers = Array.from({ length: 200 }, (_, i) => `198.51.${100 + (i >> 8)}.${1 + (i % 254)}`);
const attackers2k = Array.from({ length: 2_000 }, (_, i) => `10.${i >> 8}.${i & 255}.1`);

describe('the closed loop', () => {
  it('escalates while the residual stays at ten times the baseline, and stops once it is back', () => {
    let n = 0;
    const r = new Responder({ stepMs: 1_000 }, () => `dec_${++n}`);
    const table = new Map<string, Decision>();
    const step = (at: number, reach: ReachWindow) => {
      const residual = residualOf(flood, reach)!;
      const out = r.respond([flood], at, new Map([[flood.id, residual]]));
      for (const d of out) table.set(d.id, d);
      return { out, residual };
    };

    // the first throttle, from the baseline: no more than the normal load for the fingerprint
    const first = step(0, window(0, attackers, 1));
    expect(first.residual.rate).toBeGreaterThan(10 * BASELINE);
    expect(first.out).toHaveLength(1);
    const throttle = first.out[0];
    expect(throttle).toMatchObject({ action: 'throttle', scope: 'fingerprint' });
    expect(throttle.throttle!.rate).toBeLessThanOrEqual(BASELINE);

    // the recorded stream: the throttle leaves 10× the baseline reaching the origin (the tool rotates
    // fingerprints faster than they are named); the loop climbs once a second, never sooner
    const rates: number[] = [];
    let blocked: string[] = [];
    for (let at = TICK; at <= 6_000 && blocked.length === 0; at += TICK) {
      const { out } = step(at, window(at, attackers, 1));
      for (const d of out) if (d.scope === 'fingerprint') rates.push(d.throttle!.rate);
      blocked = out.filter((d) => d.scope === 'ip' && d.action === 'block').map((d) => d.value);
      if (out.length > 0) expect(at % 1_000).toBe(0);
    }
    // the residual is more than ten times its ceiling: both quarterings at once, in one step
    expect(rates).toEqual([throttle.throttle!.rate / 16]);
    // then the addresses still sending, enough to bring the residual under its ceiling; never the app
    expect(blocked.length).toBeGreaterThan(150);
    expect(blocked.every((a) => attackers.includes(a))).toBe(true);
    expect(blocked).not.toContain('192.0.2.1');

    // what still gets through is now within the ceiling: nothing more is decided
    const left = attackers.filter((a) => !blocked.includes(a));
    for (let at = 7_000; at <= 12_000; at += TICK) {
      const { out, residual } = step(at, window(at, left, 1));
      expect(residual.rate).toBeLessThanOrEqual(residual.ceiling);
      expect(out).toEqual([]);
    }

    // the attack ends: every decision it caused ends within the cooldown
    const ended = r.respond([{ ...flood, state: 'cleared' }], 13_000);
    expect(ended.length).toBe(table.size);
    expect(ended.every((d) => d.expiresAt === 13_000 + 60_000)).toBe(true);
  });

  it('tightens a quarter a step while the residual is less than four times over its ceiling', () => {
    const r = new Responder({ stepMs: 1_000 });
    // 30 senders at 1 a tick: 120 req/s against a ceiling of 45
    const over = (at: number) => residualOf(flood, window(at, attackers.slice(0, 30), 1))!;
    const [throttle] = r.respond([flood], 0, new Map([[flood.id, over(0)]]));
    const rates: number[] = [];
    for (let at = 1_000; at <= 2_000; at += 1_000)
      for (const d of r.respond([flood], at, new Map([[flood.id, over(at)]])))
        if (d.scope === 'fingerprint') rates.push(d.throttle!.rate);
    expect(rates).toEqual([throttle.throttle!.rate / 4, throttle.throttle!.rate / 16]);
  });

  it('decides nothing more while the first decision holds the residual under its ceiling', () => {
    const r = new Responder({ stepMs: 1_000 });
    const quiet = window(0, attackers.slice(0, 5), 1);
    const residual = residualOf(flood, quiet)!;
    expect(r.respond([flood], 0, new Map([[flood.id, residual]]))).toHaveLength(1);
    for (let at = TICK; at < 10_000; at += TICK)
      expect(
        r.respond(
          [flood],
          at,
          new Map([[flood.id, residualOf(flood, window(at, attackers.slice(0, 5), 1))!]]),
        ),
      ).toEqual([]);
  });

  it('never blocks an address in good standing, however much of the signature it sends', () => {
    const r = new Responder({ stepMs: 0, inGoodStanding: (a) => a === attackers[0] });
    const heavy = window(0, attackers, 5);
    for (let at = 0; at < 5_000; at += TICK) {
      const out = r.respond([flood], at, new Map([[flood.id, residualOf(flood, heavy)!]]));
      expect(out.map((d) => d.value)).not.toContain(attackers[0]);
    }
  });

  it('caps what a prefix challenge still lets API clients send, from the baseline, when that is the residual', () => {
    const spread: Detection = {
      ...flood,
      routeKind: 'browser',
      targets: [{ scope: 'cidr', value: '198.51.100.0/24', share: 0.9, rate: 1_000 }],
    };
    const r = new Responder({ stepMs: 1_000 });
    // each address sends under one request a second: too slow to block one by one
    const slow = window(0, attackers, 0.25);
    const residual = () => residualOf(spread, slow)!;
    const [challenge] = r.respond([spread], 0, new Map([[spread.id, residual()]]));
    // the range's API allowance is capped from the start, at the baseline shared between its targets
    expect(challenge).toMatchObject({ action: 'challenge', scope: 'cidr', throttle: { rate: 5 } });
    const caps: number[] = [];
    for (let at = 1_000; at <= 6_000; at += 1_000) {
      const out = r.respond([spread], at, new Map([[spread.id, residual()]]));
      for (const d of out) {
        expect(d).toMatchObject({ id: challenge.id, action: 'challenge' });
        caps.push(d.throttle!.rate);
      }
    }
    // 200 req/s against a ceiling of 45: over four times, so both quarterings in one step
    expect(caps).toEqual([0.3125]);
  });

  it('names the fingerprints a distributed flood sends the rest of itself through, and never the app', () => {
    // the tool rotates five user agents; the detector named the one that held most of the excess
    const tools = ['tool0001', 'tool0002', 'tool0003', 'tool0004', 'tool0005'];
    const rotating: Detection = {
      ...flood,
      routeKind: 'browser',
      targets: [{ scope: 'fingerprint', value: tools[0], share: 0.3, rate: 600 }],
    };
    const app = Array.from({ length: 20 }, (_, i) => `192.0.2.${i + 1}`);
    let n = 0;
    const r = new Responder({ stepMs: 1_000 }, () => `dec_${++n}`);
    const throttled = new Map<string, number>(); // fingerprint → requests a second its throttle lets by
    // one second of what reached the origin: 2,000 addresses at one request a second each, spread over
    // the tool's agents, less what the throttles hold back; the site's app polls once a second
    const reached = (at: number): ReachWindow => {
      const sources: ReachedSource[] = [];
      for (const fingerprint of tools) {
        const senders = attackers2k.filter((_, i) => tools[i % tools.length] === fingerprint);
        const through = throttled.has(fingerprint) ? senders.slice(0, throttled.get(fingerprint)) : senders;
        for (const address of through)
          sources.push({ address, prefix: `${address}/32`, fingerprint, route: '/', count: 1 });
      }
      for (const address of app)
        sources.push({ address, prefix: '192.0.2.0/24', fingerprint: 'app00001', route: '/api', count: 1 });
      return { start: at - 1_000, end: at, total: sources.length, routes: new Map(), sources };
    };
    const decided: Decision[] = [];
    let residual = residualOf(rotating, reached(0))!;
    for (let at = 0; at <= 8_000; at += TICK) {
      residual = residualOf(rotating, reached(at))!;
      for (const d of r.respond([rotating], at, new Map([[rotating.id, residual]]))) {
        decided.push(d);
        if (d.scope === 'fingerprint' && d.action === 'throttle') throttled.set(d.value, d.throttle!.rate);
        if (d.scope === 'fingerprint' && d.action === 'challenge') throttled.set(d.value, 0);
      }
    }
    // every agent of the tool is named, the app's never, and no address is blocked (each sends like a person)
    expect(new Set(decided.filter((d) => d.scope === 'fingerprint').map((d) => d.value))).toEqual(
      new Set(tools),
    );
    expect(decided.some((d) => d.value === 'app00001' || app.includes(d.value))).toBe(false);
    // and what reaches the origin is back under the ceiling: at least 90% of the flood is held off
    expect(residual.rate).toBeLessThanOrEqual(residual.ceiling);
    expect(residual.rate - app.length).toBeLessThanOrEqual(0.1 * attackers2k.length);
  });

  it('names the fingerprints a flood on one path sends through there, not the app polling another', () => {
    const onRoot: Detection = { ...flood, path: '/' };
    const r = new Responder({ stepMs: 1_000 }, () => 'dec_w');
    const app = Array.from({ length: 20 }, (_, i) => `192.0.2.${i + 1}`);
    // one second: a tool on one agent from 400 addresses on /, 1,000 more addresses each with an agent
    // of its own (none worth naming alone), and the site's app polling /api once a second from 20 addresses
    const sources: ReachedSource[] = [
      ...attackers2k.slice(0, 400).map((address) => ({
        address,
        prefix: `${address}/32`,
        fingerprint: 'tool0002',
        route: '/',
        count: 1,
      })),
      ...attackers2k.slice(400, 1_400).map((address, i) => ({
        address,
        prefix: `${address}/32`,
        fingerprint: `rand${i}`,
        route: '/',
        count: 1,
      })),
      ...app.map((address) => ({
        address,
        prefix: '192.0.2.0/24',
        fingerprint: 'app00001',
        route: '/api',
        count: 1,
      })),
    ];
    const reach: ReachWindow = { start: 0, end: 1_000, total: sources.length, routes: new Map(), sources };
    const named = new Set<string>();
    for (let at = 0; at <= 3_000; at += TICK) {
      const residual = residualOf(onRoot, reach)!;
      for (const d of r.respond([onRoot], at, new Map([[onRoot.id, residual]])))
        if (d.scope === 'fingerprint') named.add(d.value);
    }
    expect(named.has('tool0002')).toBe(true);
    expect(named.has('app00001')).toBe(false);
  });

  it('goes on tightening what it named while it names the fingerprints a flood moves on to, and names them as tight', () => {
    // a tool that takes a new user agent every second: 100 addresses at one request a second each
    const agents = ['tool0000', 'tool0001', 'tool0002', 'tool0003'];
    const moving: Detection = {
      ...flood,
      targets: [{ scope: 'fingerprint', value: agents[0], share: 0.9, rate: 100 }],
    };
    const r = new Responder({ stepMs: 1_000 });
    const rates = new Map<string, number[]>(); // fingerprint → the rates decided for it, in order
    const reached = (second: number): ReachWindow => {
      const sources: ReachedSource[] = [];
      agents.forEach((fingerprint, i) => {
        const throttled = rates.get(fingerprint)?.at(-1);
        // the agent of this second sends in full; those named before, what their throttle lets by
        const count = i === second ? 100 : i < second && throttled !== undefined ? Math.floor(throttled) : 0;
        for (let n = 0; n < count; n++)
          sources.push({
            address: `10.9.${i}.${n + 1}`,
            prefix: `10.9.${i}.0/24`,
            fingerprint,
            route: '/',
            count: 1,
          });
      });
      return {
        start: second * 1_000 - 1_000,
        end: second * 1_000,
        total: sources.length,
        routes: new Map(),
        sources,
      };
    };
    for (let second = 0; second < agents.length; second++) {
      const residual = residualOf(moving, reached(second))!;
      for (const d of r.respond([moving], second * 1_000, new Map([[moving.id, residual]])))
        if (d.scope === 'fingerprint') rates.set(d.value, [...(rates.get(d.value) ?? []), d.throttle!.rate]);
    }
    const first = rates.get(agents[0])!;
    // the first agent's throttle was tightened while the others were being named
    expect(first.length).toBeGreaterThan(1);
    expect(first.at(-1)).toBeLessThan(first[0]);
    // and the last agent named starts as tight as the attack's throttles already were
    const last = rates.get(agents[agents.length - 1])!;
    expect(last[0]).toBeLessThanOrEqual(first.at(-1)!);
  });
});
