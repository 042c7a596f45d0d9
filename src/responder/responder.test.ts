// The responder's ladder over time: where a target starts, when it climbs, which ladder a target named
// for both API and browser traffic climbs, and how an attack that rotates its sources climbs as a whole.

import { describe, expect, it } from 'vitest';
import type { Detection, DetectionTarget } from '../sentinel/detection.js';
import type { Decision } from './decision.js';
import { Responder } from './responder.js';

const ESCALATE_AFTER = 5_000;

function detection(kind: Detection['kind'], targets: string[], extra: Partial<Detection> = {}): Detection {
  return {
    id: `${kind}:${extra.path ?? '*'}:0`,
    kind,
    startedAt: 0,
    lastSeenAt: 0,
    state: 'active',
    targets: targets.map((t): DetectionTarget => {
      const [scope, value] = t.split(/:(.*)/s) as [DetectionTarget['scope'], string];
      return { scope, value, share: 0.5, rate: 100 };
    }),
    maxAction: 'block',
    evidence: { windowMs: 1000, observedRate: 100, baselineRate: 1, topKeys: [], summary: 'test' },
    ...extra,
  };
}

function responder(): Responder {
  let n = 0;
  return new Responder({ escalateAfterMs: ESCALATE_AFTER }, () => `dec_${++n}`);
}

const actions = (decisions: Decision[]) => decisions.map((d) => `${d.action} ${d.scope}:${d.value}`);

describe('Responder', () => {
  it('starts a flood at challenge and climbs to block while the target goes on', () => {
    const r = responder();
    const flood = detection('http-flood', ['cidr:203.0.113.0/24']);
    expect(actions(r.respond([flood], 0))).toEqual(['challenge cidr:203.0.113.0/24']);
    expect(r.respond([flood], 1_000)).toEqual([]);
    expect(actions(r.respond([flood], ESCALATE_AFTER))).toEqual(['block cidr:203.0.113.0/24']);
  });

  it('climbs a target throttled for API traffic to block, never to a challenge that loosens it', () => {
    const r = responder();
    const api = detection('cache-bypass', ['cidr:203.0.113.0/24'], { path: '/api/search', routeKind: 'api' });
    const browser = detection('http-flood', ['cidr:203.0.113.0/24']);
    const [throttle] = r.respond([api], 0);
    expect(throttle).toMatchObject({
      action: 'throttle',
      throttle: { rate: 5, burst: 10 },
      route: '/api/search',
    });
    // named for the whole site too: the same decision, on every route now, on the same rung
    const [widened] = r.respond([browser], 1_000);
    expect(widened).toMatchObject({ id: throttle.id, action: 'throttle' });
    expect(widened).not.toHaveProperty('route');
    expect(r.respond([browser], 2_000)).toEqual([]);
    const [escalated] = r.respond([browser], ESCALATE_AFTER);
    expect(escalated).toMatchObject({ id: throttle.id, action: 'block' });
    expect(escalated.throttle).toBeUndefined();
    expect(escalated).not.toHaveProperty('route');
  });

  it('answers a cache bypass on its route only, and an HTTP flood on every route', () => {
    const r = responder();
    const bypass = detection('cache-bypass', ['cidr:198.51.100.0/24', 'fingerprint:aaaa0001'], {
      path: '/search',
    });
    const decided = r.respond([bypass], 0);
    expect(decided.map((d) => `${d.action} ${d.value} ${d.route}`)).toEqual([
      'challenge 198.51.100.0/24 /search',
      'challenge aaaa0001 /search',
    ]);
    // a path that cannot be written as a route (a bad escape) is answered on every route, as before
    const odd = detection('cache-bypass', ['cidr:203.0.113.0/24'], { path: '/se%ZZarch' });
    expect(r.respond([odd], 0)[0]).not.toHaveProperty('route');
    const flood = detection('http-flood', ['cidr:192.0.2.0/24'], { path: '/search' });
    expect(r.respond([flood], 0)[0]).not.toHaveProperty('route');
  });

  it('starts the targets a rotating attack names after escalateAfter at the rung it has reached', () => {
    const r = responder();
    expect(actions(r.respond([detection('http-flood', ['cidr:198.51.100.0/24'])], 0))).toEqual([
      'challenge cidr:198.51.100.0/24',
    ]);
    expect(actions(r.respond([detection('http-flood', ['cidr:198.51.101.0/24'])], 1_000))).toEqual([
      'challenge cidr:198.51.101.0/24',
    ]);
    expect(actions(r.respond([detection('http-flood', ['cidr:198.51.102.0/24'])], ESCALATE_AFTER))).toEqual([
      'block cidr:198.51.102.0/24',
    ]);
    // a fingerprint, which real clients may share, still stops at challenge
    expect(
      actions(r.respond([detection('http-flood', ['fingerprint:aaaa0001'])], ESCALATE_AFTER + 1)),
    ).toEqual(['challenge fingerprint:aaaa0001']);
  });

  it('starts a new attack at the first rung again once the last one cleared and its cooldown passed', () => {
    const r = responder();
    const first = detection('http-flood', ['ip:203.0.113.7']);
    r.respond([first], 0);
    r.respond([first], ESCALATE_AFTER);
    r.respond([{ ...first, state: 'cleared' }], ESCALATE_AFTER + 1_000);
    const second = detection('http-flood', ['ip:203.0.113.8'], { id: 'http-flood:*:90000' });
    expect(actions(r.respond([second], 90_000))).toEqual(['challenge ip:203.0.113.8']);
  });

  it('takes up an attack that starts again on its line within the cooldown where it stood', () => {
    const r = responder();
    // a flood rotating its prefixes: held back on one /24, the detection clears, then names the next
    const first = detection('distributed-flood', ['cidr:203.0.113.0/24']);
    expect(actions(r.respond([first], 0))).toEqual(['challenge cidr:203.0.113.0/24']);
    r.respond([first], ESCALATE_AFTER);
    const shortened = r.respond([{ ...first, state: 'cleared' }], ESCALATE_AFTER + 1_000);
    expect(shortened.map((d) => d.expiresAt)).toEqual([ESCALATE_AFTER + 1_000 + 60_000]);
    const next = detection('distributed-flood', ['cidr:198.51.100.0/24'], { id: 'distributed-flood:*:8000' });
    const resumed = r.respond([next], 8_000);
    // the first /24's decision is back at its full lifetime under the new detection, and the next /24
    // starts where the attack stood (block), not at the first rung
    expect(resumed.find((d) => d.value === '203.0.113.0/24')).toMatchObject({
      detectionId: next.id,
      expiresAt: 10 * 60_000,
    });
    expect(actions(resumed.filter((d) => d.value !== '203.0.113.0/24'))).toEqual([
      'block cidr:198.51.100.0/24',
    ]);
    // another kind, or another route, is another attack
    const other = detection('distributed-flood', ['cidr:192.0.2.0/24'], {
      id: 'distributed-flood:/login:8000',
      path: '/login',
    });
    expect(actions(r.respond([other], 8_000))).toEqual(['challenge cidr:192.0.2.0/24']);
  });
});
