// Tests for the decision table: precedence, specificity and age, expiry, mapped addresses, fingerprints,
// change events, and a random comparison with a direct reading of the rules (routes included).
import { describe, expect, it } from 'vitest';
import { parseAddress, parseCidr } from '../net/ip.js';
import { ACTION_PRECEDENCE, ACTIONS, type Decision } from './decision.js';
import { type DecisionChange, DecisionTable } from './decision-table.js';
import { testDecision } from './fixture.js';

class Clock {
  constructor(public ms = 1_000_000) {}
  readonly now = () => this.ms;
}

const decision = testDecision;

describe('DecisionTable precedence', () => {
  it('lets an allow on a wide prefix beat a block on a narrow one and on the address', () => {
    const table = new DecisionTable(new Clock().now);
    const block = decision('cidr', '198.51.100.0/24', 'block');
    const blockIp = decision('ip', '198.51.100.7', 'block');
    const allow = decision('cidr', '198.51.0.0/16', 'allow');
    table.put(block);
    table.put(blockIp);
    expect(table.forAddress('198.51.100.7')?.id).toBe(blockIp.id);
    table.put(allow);
    expect(table.forAddress('198.51.100.7')?.id).toBe(allow.id);
    expect(table.blockedAtAccept('198.51.100.7')).toBe(false);
  });

  it('lets a block on a wide prefix beat a challenge on a narrow one', () => {
    const table = new DecisionTable(new Clock().now);
    table.put(decision('cidr', '198.51.100.0/24', 'challenge'));
    const block = decision('cidr', '198.51.0.0/16', 'block');
    table.put(block);
    expect(table.forAddress('198.51.100.7')?.id).toBe(block.id);
    expect(table.blockedAtAccept('198.51.100.7')).toBe(true);
    expect(table.blockedAtAccept('198.52.0.1')).toBe(false);
  });

  it('orders actions allow > block > challenge > throttle', () => {
    const table = new DecisionTable(new Clock().now);
    const throttle = decision('ip', '192.0.2.1', 'throttle', { throttle: { rate: 1, burst: 1 } });
    table.put(throttle);
    expect(table.forAddress('192.0.2.1')?.action).toBe('throttle');
    table.put(decision('cidr', '192.0.2.0/24', 'challenge'));
    expect(table.forAddress('192.0.2.1')?.action).toBe('challenge');
    table.put(decision('cidr', '192.0.0.0/16', 'block'));
    expect(table.forAddress('192.0.2.1')?.action).toBe('block');
    table.put(decision('cidr', '0.0.0.0/0', 'allow'));
    expect(table.forAddress('192.0.2.1')?.action).toBe('allow');
  });

  it('breaks ties by specificity, then by age', () => {
    const table = new DecisionTable(new Clock().now);
    const wide = decision('cidr', '10.0.0.0/8', 'throttle', { throttle: { rate: 100, burst: 10 } });
    const narrow = decision('cidr', '10.1.0.0/16', 'throttle', { throttle: { rate: 5, burst: 1 } });
    table.put(narrow);
    table.put(wide);
    expect(table.forAddress('10.1.2.3')?.id).toBe(narrow.id);
    const host = decision('cidr', '10.1.2.3/32', 'throttle', {
      createdAt: 1_000_010,
      throttle: { rate: 1, burst: 0 },
    });
    const exact = decision('ip', '10.1.2.3', 'throttle', {
      createdAt: 1_000_020,
      throttle: { rate: 2, burst: 0 },
    });
    table.put(host);
    table.put(exact);
    // An exact address and a /32 are equally specific: the newer wins.
    expect(table.forAddress('10.1.2.3')?.id).toBe(exact.id);
    table.put({ ...host, createdAt: 1_000_030 });
    expect(table.forAddress('10.1.2.3')?.id).toBe(host.id);
  });

  it('gives the same winner whatever the order of insertion', () => {
    const a = decision('ip', '192.0.2.5', 'block');
    const b = decision('ip', '192.0.2.5', 'block');
    const forward = new DecisionTable(new Clock().now);
    forward.put(a);
    forward.put(b);
    const backward = new DecisionTable(new Clock().now);
    backward.put(b);
    backward.put(a);
    expect(forward.forAddress('192.0.2.5')?.id).toBe(backward.forAddress('192.0.2.5')?.id);
  });
});

describe('DecisionTable expiry', () => {
  it('never matches an expired decision, and prune takes it out and reports it', () => {
    const clock = new Clock();
    const table = new DecisionTable(clock.now);
    const events: DecisionChange[] = [];
    table.onChange((event) => events.push(event));
    const allow = decision('cidr', '203.0.113.0/24', 'allow', { expiresAt: clock.ms + 1000 });
    const block = decision('ip', '203.0.113.9', 'block', { expiresAt: clock.ms + 5000 });
    const forever = decision('ip', '203.0.113.10', 'challenge');
    table.put(allow);
    table.put(block);
    table.put(forever);
    expect(table.forAddress('203.0.113.9')?.id).toBe(allow.id);
    expect(table.size).toBe(3);
    expect(table.prune()).toEqual([]);

    clock.ms += 1000; // expiresAt <= now: expired
    expect(table.forAddress('203.0.113.9')?.id).toBe(block.id);
    expect(table.get(allow.id)).toBeUndefined();
    expect(table.list().map((d) => d.id)).toEqual([block.id, forever.id]);
    expect(table.size).toBe(2);

    clock.ms += 4000;
    expect(table.forAddress('203.0.113.9')).toBeUndefined();
    expect(table.blockedAtAccept('203.0.113.9')).toBe(false);
    events.length = 0;
    expect(table.prune().map((d) => d.id)).toEqual([allow.id, block.id]);
    expect(events.map((e) => `${e.type}:${e.decision.id}`)).toEqual([
      `expire:${allow.id}`,
      `expire:${block.id}`,
    ]);
    expect(table.size).toBe(1);
    expect(table.remove(allow.id)).toBeUndefined();
    expect(table.forAddress('203.0.113.10')?.id).toBe(forever.id);
  });

  it('recomputes the next expiry after a prune', () => {
    const clock = new Clock();
    const table = new DecisionTable(clock.now);
    table.put(decision('ip', '192.0.2.1', 'block', { expiresAt: clock.ms + 10 }));
    const later = decision('ip', '192.0.2.2', 'block', { expiresAt: clock.ms + 20 });
    table.put(later);
    clock.ms += 10;
    expect(table.prune()).toHaveLength(1);
    expect(table.size).toBe(1);
    clock.ms += 10;
    expect(table.size).toBe(0);
    expect(table.prune().map((d) => d.id)).toEqual([later.id]);
  });
});

describe('DecisionTable addresses', () => {
  it('matches the IPv4-mapped form Node reports, both ways', () => {
    const table = new DecisionTable(new Clock().now);
    const block = decision('ip', '::ffff:192.0.2.77', 'block');
    table.put(block);
    expect(table.get(block.id)?.value).toBe('192.0.2.77');
    expect(table.blockedAtAccept('192.0.2.77')).toBe(true);
    expect(table.blockedAtAccept('::ffff:192.0.2.77')).toBe(true);
    expect(table.blockedAtAccept('::FFFF:c000:24d')).toBe(true);
    table.put(decision('cidr', '::ffff:10.0.0.0/104', 'challenge'));
    expect(table.list().map((d) => d.value)).toContain('10.0.0.0/8');
    expect(table.forAddress('::ffff:10.9.8.7')?.action).toBe('challenge');
  });

  it('matches IPv6 whatever the spelling', () => {
    const table = new DecisionTable(new Clock().now);
    const exact = decision('ip', '2001:DB8:0:0::1', 'block');
    const prefix = decision('cidr', '2001:db8:aa::/48', 'challenge');
    table.put(exact);
    table.put(prefix);
    expect(table.get(exact.id)?.value).toBe('2001:db8::1');
    expect(table.forAddress('2001:0db8::0001')?.id).toBe(exact.id);
    expect(table.forAddress('2001:db8:aa:1::9')?.id).toBe(prefix.id);
    expect(table.forAddress('2001:db8:ab::9')).toBeUndefined();
    expect(table.forAddress('192.0.2.1')).toBeUndefined();
  });

  it('finds nothing for an invalid address and refuses an invalid value', () => {
    const table = new DecisionTable(new Clock().now);
    table.put(decision('cidr', '0.0.0.0/0', 'block'));
    expect(table.forAddress('not an address')).toBeUndefined();
    expect(table.blockedAtAccept('fe80::1%eth0')).toBe(false);
    expect(() => table.put(decision('ip', '10.0.0.0/8', 'block'))).toThrow(/expected an IP address/);
    expect(() => table.put(decision('cidr', '10.0.0.0/33', 'block'))).toThrow(RangeError);
    expect(() => table.put(decision('fingerprint', '', 'block'))).toThrow(RangeError);
  });
});

describe('DecisionTable requests and fingerprints', () => {
  it('considers the fingerprint, and an allow anywhere wins', () => {
    const table = new DecisionTable(new Clock().now);
    const fp = decision('fingerprint', 'fp_botnet', 'block');
    table.put(fp);
    expect(table.forRequest('192.0.2.1', 'fp_botnet')?.id).toBe(fp.id);
    expect(table.forRequest('192.0.2.1', 'fp_other')).toBeUndefined();
    expect(table.forRequest('192.0.2.1', undefined)).toBeUndefined();
    expect(table.forAddress('192.0.2.1')).toBeUndefined();
    const allow = decision('ip', '192.0.2.1', 'allow');
    table.put(allow);
    expect(table.forRequest('192.0.2.1', 'fp_botnet')?.id).toBe(allow.id);
    table.remove(allow.id);
    const allowFp = decision('fingerprint', 'fp_monitor', 'allow');
    table.put(allowFp);
    table.put(decision('cidr', '192.0.2.0/24', 'block'));
    expect(table.forRequest('192.0.2.1', 'fp_monitor')?.id).toBe(allowFp.id);
    expect(table.forRequest('not an address', 'fp_monitor')?.id).toBe(allowFp.id);
  });

  it('prefers an address over a fingerprint for the same action', () => {
    const table = new DecisionTable(new Clock().now);
    const byFingerprint = decision('fingerprint', 'fp_x', 'throttle', {
      createdAt: 2_000_000,
      throttle: { rate: 50, burst: 5 },
    });
    const byPrefix = decision('cidr', '192.0.2.0/24', 'throttle', { throttle: { rate: 5, burst: 1 } });
    table.put(byFingerprint);
    table.put(byPrefix);
    expect(table.forRequest('192.0.2.1', 'fp_x')?.id).toBe(byPrefix.id);
  });
});

describe('DecisionTable changes', () => {
  it('replaces by id, removes, and tells listeners until they unsubscribe', () => {
    const table = new DecisionTable(new Clock().now);
    const events: string[] = [];
    const stop = table.onChange((event) => events.push(`${event.type}:${event.decision.value}`));
    const first = decision('ip', '192.0.2.1', 'block');
    table.put(first);
    table.put({ ...first, scope: 'cidr', value: '192.0.3.0/24' });
    expect(table.size).toBe(1);
    expect(table.forAddress('192.0.2.1')).toBeUndefined();
    expect(table.forAddress('192.0.3.1')?.id).toBe(first.id);
    expect(table.remove(first.id)?.value).toBe('192.0.3.0/24');
    expect(table.remove(first.id)).toBeUndefined();
    stop();
    table.put(first);
    expect(events).toEqual(['put:192.0.2.1', 'put:192.0.3.0/24', 'remove:192.0.3.0/24']);
    expect(table.size).toBe(1);
  });

  it('updates the table before a failing listener, and still calls the others', () => {
    const table = new DecisionTable(new Clock().now);
    let called = false;
    table.onChange(() => {
      throw new Error('listener failed');
    });
    table.onChange(() => {
      called = true;
    });
    const d = decision('ip', '192.0.2.1', 'block');
    expect(() => table.put(d)).toThrow('listener failed');
    expect(called).toBe(true);
    expect(table.get(d.id)).toBeDefined();
  });
});

describe('DecisionTable against the rules read directly', () => {
  function covers(d: Decision, ip: string): number | undefined {
    const address = parseAddress(ip);
    if (address === null) return undefined;
    const prefix = parseCidr(d.value);
    if (prefix === null || prefix.family !== address.family) return undefined;
    if (d.scope === 'ip' && prefix.prefixLength !== (address.family === 4 ? 32 : 128)) return undefined;
    const probe = parseCidr(`${ip}/${prefix.prefixLength}`);
    return probe?.text === prefix.text ? prefix.prefixLength : undefined;
  }

  /** Whether a decision applies on `path` (undefined: no path known, so only those on every route). */
  function onPath(d: Decision, path: string | undefined): boolean {
    if (d.route === undefined) return true;
    return path !== undefined && (path === d.route || path.startsWith(`${d.route}/`));
  }

  function expected(decisions: Decision[], ip: string, at: number, path?: string): Decision | undefined {
    let best: { d: Decision; spec: number } | undefined;
    for (const d of decisions) {
      if (d.expiresAt !== null && d.expiresAt <= at) continue;
      if (!onPath(d, path)) continue;
      const spec = covers(d, ip);
      if (spec === undefined) continue;
      const key = [ACTION_PRECEDENCE[d.action], spec, d.createdAt, d.id] as const;
      const bestKey =
        best && ([ACTION_PRECEDENCE[best.d.action], best.spec, best.d.createdAt, best.d.id] as const);
      if (!bestKey || compare(key, bestKey) > 0) best = { d, spec };
    }
    return best?.d;
  }

  function compare(a: readonly (number | string)[], b: readonly (number | string)[]): number {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  }

  it('agrees on random decisions, addresses and paths', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    const octet = () => pick([0, 1, 2, 3, 255]);
    const clock = new Clock();
    const table = new DecisionTable(clock.now);
    const decisions: Decision[] = [];
    for (let i = 0; i < 600; i++) {
      const ip = `10.${octet()}.${octet()}.${octet()}`;
      const v6 = `2001:db8:${octet()}::${octet()}`;
      const useV6 = random() < 0.3;
      const asCidr = random() < 0.6;
      const length = useV6 ? pick([32, 40, 48, 64, 120, 128]) : pick([8, 16, 24, 30, 32]);
      const value = asCidr ? `${useV6 ? v6 : ip}/${length}` : useV6 ? v6 : ip;
      const d = decision(asCidr ? 'cidr' : 'ip', value, pick(ACTIONS), {
        createdAt: clock.ms + Math.floor(random() * 5),
        expiresAt: random() < 0.3 ? clock.ms + Math.floor(random() * 100) : null,
        route: random() < 0.3 ? pick(['/a', '/a/b', '/c']) : undefined,
      });
      table.put(d);
      decisions.push(table.get(d.id) ?? d);
    }
    for (let step = 0; step < 3; step++) {
      for (let i = 0; i < 400; i++) {
        const ip = random() < 0.7 ? `10.${octet()}.${octet()}.${octet()}` : `2001:db8:${octet()}::${octet()}`;
        expect(table.forAddress(ip)?.id).toBe(expected(decisions, ip, clock.ms)?.id);
        expect(table.blockedAtAccept(ip)).toBe(expected(decisions, ip, clock.ms)?.action === 'block');
        const path = pick(['/', '/a', '/a/b/x', '/ab', '/c', '/c/']);
        expect(table.forRequest(ip, undefined, path)?.id).toBe(expected(decisions, ip, clock.ms, path)?.id);
      }
      clock.ms += 40;
    }
  });
});
