// Tests for decisions on one route: the route's canonical form and errors, which request paths a route
// covers (encoded and dotted paths included), and the table's lookups, which apply a route's decisions
// to that route only, by the same precedence as the others, and never at accept or to an address alone.
import { describe, expect, it } from 'vitest';
import { checkRoute, requestPath, routeCovers } from './decision-route.js';
import { DecisionTable } from './decision-table.js';
import { testDecision } from './fixture.js';

const decision = testDecision;

const covered = (route: string, path: string) => routeCovers(route, requestPath(path));

describe('checkRoute', () => {
  it('accepts a path prefix and drops a trailing slash', () => {
    expect(checkRoute('/api/search')).toEqual({ ok: true, route: '/api/search' });
    expect(checkRoute('/api/')).toEqual({ ok: true, route: '/api' });
    expect(checkRoute('/')).toEqual({ ok: true, route: '/' });
  });

  it.each([
    ['api/search', "starting with '/'"],
    ['/search?q=1', 'without query'],
    ['/a b', 'spaces'],
    ['/api\\search', "'\\'"],
    ['/caf%C3%A9', "'%' escapes"],
    ['/api//search', 'empty'],
    ['/api/../admin', "'..'"],
    ['', "starting with '/'"],
    [`/${'a'.repeat(300)}`, 'at most 256 characters'],
  ])('refuses %j, saying why', (route, why) => {
    const check = checkRoute(route);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error).toContain(why);
  });
});

describe('routeCovers', () => {
  it('covers the route and the paths below it, not a longer name', () => {
    expect(covered('/api', '/api')).toBe(true);
    expect(covered('/api', '/api/search')).toBe(true);
    expect(covered('/api', '/api/')).toBe(true);
    expect(covered('/api', '/apix')).toBe(false);
    expect(covered('/api/search', '/api')).toBe(false);
    expect(covered('/', '/anything')).toBe(true);
  });

  it('reads encoded, doubled and dotted paths as the origin would', () => {
    expect(covered('/api/search', '/api/%73earch')).toBe(true);
    expect(covered('/api/search', '//api//search')).toBe(true);
    expect(covered('/api/search', '/api/./search')).toBe(true);
    expect(covered('/api/search', '/static/../api/search')).toBe(true);
    expect(covered('/api/search', '/api\\search')).toBe(true);
    expect(covered('/api/search', '/api/.well-known')).toBe(false);
  });

  it('covers a path it cannot read, or with an escaped separator, with every route', () => {
    expect(covered('/login', '/%E0%A4%A')).toBe(true);
    expect(covered('/login', '/static%2F..%2Fadmin')).toBe(true);
    expect(covered('/login', '/static%5c..%5cadmin')).toBe(true);
  });

  it('returns a path already in canonical form as it is', () => {
    const path = '/api/search';
    expect(requestPath(path)).toBe(path);
  });
});

describe('DecisionTable with routes', () => {
  it('applies a decision on /search to that route only', () => {
    const table = new DecisionTable();
    const challenge = decision('cidr', '127.3.0.0/16', 'challenge', { route: '/search' });
    table.put(challenge);
    expect(table.forRequest('127.3.0.9', 'fp', '/search')?.id).toBe(challenge.id);
    expect(table.forRequest('127.3.0.9', 'fp', '/search/more')?.id).toBe(challenge.id);
    expect(table.forRequest('127.3.0.9', 'fp', '/')).toBeUndefined();
    expect(table.forRequest('127.3.0.9', 'fp', '/api/items')).toBeUndefined();
    expect(table.forRequest('127.4.0.9', 'fp', '/search')).toBeUndefined();
  });

  it('still applies a decision on every route to every route', () => {
    const table = new DecisionTable();
    const everywhere = decision('cidr', '127.3.0.0/16', 'challenge');
    table.put(everywhere);
    table.put(decision('fingerprint', 'fp', 'throttle', { route: '/search' }));
    for (const path of ['/', '/search', '/api/items'])
      expect(table.forRequest('127.3.0.9', 'fp', path)?.id).toBe(everywhere.id);
  });

  it('resolves a route decision and an every-route one by the same precedence', () => {
    const table = new DecisionTable();
    const block = decision('ip', '127.3.0.9', 'block', { route: '/login' });
    const allow = decision('cidr', '127.3.0.0/24', 'allow');
    table.put(block);
    expect(table.forRequest('127.3.0.9', undefined, '/login')?.id).toBe(block.id);
    table.put(allow);
    expect(table.forRequest('127.3.0.9', undefined, '/login')?.id).toBe(allow.id);
  });

  it('covers IPv6 and fingerprints on its route', () => {
    const table = new DecisionTable();
    const v6 = decision('cidr', '2001:db8::/48', 'block', { route: '/api' });
    const fp = decision('fingerprint', 'tool', 'challenge', { route: '/api' });
    table.put(v6);
    table.put(fp);
    expect(table.forRequest('2001:db8::7', undefined, '/api/x')?.id).toBe(v6.id);
    expect(table.forRequest('2001:db8::7', undefined, '/x')).toBeUndefined();
    expect(table.forRequest('192.0.2.1', 'tool', '/api')?.id).toBe(fp.id);
    expect(table.forRequest('192.0.2.1', 'tool', '/')).toBeUndefined();
  });

  it('leaves route decisions out where there is no path: at accept and for an address', () => {
    const table = new DecisionTable();
    table.put(decision('ip', '127.3.0.9', 'block', { route: '/login' }));
    expect(table.blockedAtAccept('127.3.0.9')).toBe(false);
    expect(table.forAddress('127.3.0.9')).toBeUndefined();
    expect(table.forRequest('127.3.0.9', undefined)).toBeUndefined();
  });

  it('keeps route decisions out of the carve-out lookup when automatic', () => {
    const table = new DecisionTable();
    table.put(decision('cidr', '127.3.0.0/16', 'challenge', { route: '/search', source: 'detector' }));
    const manual = decision('ip', '127.3.0.9', 'throttle', {
      route: '/search',
      throttle: { rate: 1, burst: 1 },
    });
    table.put(manual);
    expect(table.forRequestBeyondAutomatic('127.3.0.9', undefined, '/search')?.id).toBe(manual.id);
    expect(table.forRequestBeyondAutomatic('127.3.0.9', undefined, '/')).toBeUndefined();
  });

  it('stores the route in canonical form, refuses a bad one, and forgets an emptied route', () => {
    const table = new DecisionTable();
    const trailing = decision('ip', '127.3.0.9', 'block', { route: '/login/' });
    table.put(trailing);
    expect(table.get(trailing.id)?.route).toBe('/login');
    expect(() => table.put(decision('ip', '127.3.0.9', 'block', { route: 'login' }))).toThrow(
      /route expected a path starting with '\/'/,
    );
    table.remove(trailing.id);
    expect(table.forRequest('127.3.0.9', undefined, '/login')).toBeUndefined();
    const moved = { ...trailing, route: '/signin' };
    table.put(moved);
    table.put({ ...moved, route: undefined });
    expect(table.forRequest('127.3.0.9', undefined, '/')?.id).toBe(trailing.id);
  });
});
