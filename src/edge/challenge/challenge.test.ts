// The challenge end to end: page, solve, verify, cookie, pass; and every way a pass must be refused.
import { describe, expect, it } from 'vitest';
import { Challenge, type ChallengeOptions, puzzleFromPage, solvePuzzle } from './index.js';
import { workDone } from './work.js';

const secret = Buffer.alloc(32, 7);
const prefix = '203.0.113.0/24';
const userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0';

function setup(extra: Partial<ChallengeOptions> = {}) {
  const clock = { t: 1_750_000_000_000 };
  const challenge = new Challenge({
    secret,
    now: () => clock.t,
    defaultDifficulty: 8,
    passTtlMs: 3_600_000,
    secureCookie: true,
    ...extra,
  });
  return { clock, challenge };
}

function form(fields: Record<string, string | number>): Buffer {
  return Buffer.from(
    new URLSearchParams(Object.entries(fields).map(([k, v]): [string, string] => [k, String(v)])).toString(),
  );
}

const FORM = 'application/x-www-form-urlencoded';

/** Solves a page the way a browser would and posts the answer. */
function pass(challenge: Challenge, returnTo = '/inbox?folder=a&b=1') {
  const page = challenge.page({ prefix, userAgent, returnTo });
  const puzzle = puzzleFromPage(page.body)!;
  const counter = solvePuzzle(puzzle);
  const body = form({ token: puzzle.token, counter, returnTo: puzzle.returnTo });
  return { puzzle, counter, result: challenge.verify({ prefix, userAgent, body, contentType: FORM }) };
}

function cookieOf(setCookie: string | string[] | undefined): string {
  return String(setCookie).split(';', 1)[0];
}

describe('Challenge', () => {
  it('issues a page, accepts its solution, and recognises the pass cookie', () => {
    const { challenge } = setup();
    const { puzzle, result } = pass(challenge);
    expect(puzzle.action).toBe(challenge.verifyPath);
    expect(puzzle.difficulty).toBe(8);
    expect(result.status).toBe(303);
    expect(result.headers.location).toBe('/inbox?folder=a&b=1');
    const setCookie = String(result.headers['set-cookie']);
    expect(setCookie).toMatch(/^bw_pass=v2\.[A-Za-z0-9_-]{16}\.\d+\.8\.[A-Za-z0-9_-]{43}; /);
    expect(setCookie).toContain('Path=/; Max-Age=3600; HttpOnly; SameSite=Lax; Secure');
    const id = challenge.passFrom(`theme=dark; ${cookieOf(setCookie)}; lang=en`, prefix, userAgent);
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('solves the default difficulty of 16 bits', () => {
    const { challenge } = setup({ defaultDifficulty: 16 });
    const { puzzle, counter, result } = pass(challenge);
    expect(puzzle.difficulty).toBe(16);
    expect(workDone(puzzle.token, counter)).toBeGreaterThanOrEqual(16);
    expect(result.status).toBe(303);
  });

  it('lets the decision override the default difficulty', () => {
    const { challenge } = setup({ defaultDifficulty: 20 });
    const page = challenge.page({ prefix, userAgent, returnTo: '/', difficulty: 4 });
    const puzzle = puzzleFromPage(page.body)!;
    expect(puzzle.difficulty).toBe(4);
    const body = form({ token: puzzle.token, counter: solvePuzzle(puzzle), returnTo: '/' });
    expect(challenge.verify({ prefix, userAgent, body, contentType: FORM }).status).toBe(303);
  });

  it('accepts a JSON body', () => {
    const { challenge } = setup();
    const puzzle = puzzleFromPage(challenge.page({ prefix, userAgent, returnTo: '/a' }).body)!;
    const body = Buffer.from(
      JSON.stringify({ token: puzzle.token, counter: solvePuzzle(puzzle), returnTo: '/a' }),
    );
    const result = challenge.verify({
      prefix,
      userAgent,
      body,
      contentType: 'application/json; charset=utf-8',
    });
    expect(result.status).toBe(303);
  });

  it('gives the same client id when one solution is replayed within the puzzle TTL', () => {
    const { challenge } = setup();
    const { puzzle, counter, result } = pass(challenge);
    const again = challenge.verify({
      prefix,
      userAgent,
      body: form({ token: puzzle.token, counter, returnTo: '/' }),
      contentType: FORM,
    });
    const first = challenge.passFrom(cookieOf(result.headers['set-cookie']), prefix, userAgent);
    const second = challenge.passFrom(cookieOf(again.headers['set-cookie']), prefix, userAgent);
    expect(second).toBe(first);
  });

  it('gives different puzzles different client ids', () => {
    const { challenge } = setup();
    const a = challenge.passFrom(cookieOf(pass(challenge).result.headers['set-cookie']), prefix, userAgent);
    const b = challenge.passFrom(cookieOf(pass(challenge).result.headers['set-cookie']), prefix, userAgent);
    expect(a).not.toBe(b);
  });

  describe('refuses a pass cookie', () => {
    const { clock, challenge } = setup();
    const cookie = cookieOf(pass(challenge).result.headers['set-cookie']);

    it('from another prefix or user agent', () => {
      expect(challenge.passFrom(cookie, '198.51.100.0/24', userAgent)).toBeUndefined();
      expect(challenge.passFrom(cookie, prefix, `${userAgent} Other`)).toBeUndefined();
      expect(challenge.passFrom(cookie, prefix, userAgent)).toBeDefined();
    });

    it('when tampered with', () => {
      const [name, value] = cookie.split('=');
      const [v, id, expiry, difficulty, mac] = value.split('.');
      const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
      for (const bad of [
        `${v}.${flip(id)}.${expiry}.${difficulty}.${mac}`,
        `${v}.${id}.${Number(expiry) + 1000}.${difficulty}.${mac}`,
        `${v}.${id}.${expiry}.${Number(difficulty) + 8}.${mac}`,
        `${v}.${id}.${expiry}.${difficulty}.${flip(mac)}`,
        `v3.${id}.${expiry}.${difficulty}.${mac}`,
        `v1.${id}.${expiry}.${mac}`,
        `${v}.${id}.${expiry}.${difficulty}`,
        '',
      ]) {
        expect(challenge.passFrom(`${name}=${bad}`, prefix, userAgent)).toBeUndefined();
      }
    });

    it('under another name, or with no Cookie header', () => {
      expect(challenge.passFrom(cookie.replace('bw_pass=', 'xbw_pass='), prefix, userAgent)).toBeUndefined();
      expect(challenge.passFrom(undefined, prefix, userAgent)).toBeUndefined();
    });

    it('earned on an easier puzzle than the decision asks for', () => {
      expect(challenge.passFrom(cookie, prefix, userAgent, 8)).toBeDefined();
      expect(challenge.passFrom(cookie, prefix, userAgent, 6)).toBeDefined();
      expect(challenge.passFrom(cookie, prefix, userAgent, 12)).toBeUndefined();
    });

    it('once expired', () => {
      clock.t += 3_600_000;
      expect(challenge.passFrom(cookie, prefix, userAgent)).toBeUndefined();
    });

    it('from a gateway with another secret', () => {
      const other = new Challenge({
        secret: Buffer.alloc(32, 8),
        defaultDifficulty: 8,
        passTtlMs: 1,
        secureCookie: false,
      });
      expect(other.passFrom(cookie, prefix, userAgent)).toBeUndefined();
    });
  });

  describe('refuses a solution', () => {
    function attempt(
      mutate: (p: { token: string; counter: number; returnTo: string }) => void,
      at: { prefix?: string; userAgent?: string; advanceMs?: number } = {},
    ) {
      const { clock, challenge } = setup();
      const puzzle = puzzleFromPage(challenge.page({ prefix, userAgent, returnTo: '/x' }).body)!;
      const fields = { token: puzzle.token, counter: solvePuzzle(puzzle), returnTo: '/x' };
      mutate(fields);
      clock.t += at.advanceMs ?? 1000;
      const result = challenge.verify({
        prefix: at.prefix ?? prefix,
        userAgent: at.userAgent ?? userAgent,
        body: form(fields),
        contentType: FORM,
      });
      if (result.status !== 303) {
        expect(result.headers['set-cookie']).toBeUndefined();
        expect(result.headers['content-type']).toBe('text/html; charset=utf-8');
      }
      return result;
    }

    it('from another prefix or user agent', () => {
      expect(attempt(() => {}, { prefix: '198.51.100.0/24' }).status).toBe(403);
      expect(attempt(() => {}, { userAgent: 'curl/8.5.0' }).status).toBe(403);
    });

    it('after the puzzle expired', () => {
      expect(attempt(() => {}, { advanceMs: 5 * 60_000 + 1 }).status).toBe(403);
      expect(attempt(() => {}, { advanceMs: 5 * 60_000 }).status).toBe(303);
    });

    it('with a tampered token', () => {
      const result = attempt((f) => {
        // Lower the signed difficulty byte to 0 and keep the old MAC.
        const [payload, mac] = f.token.split('.');
        const bytes = Buffer.from(payload, 'base64url');
        bytes[7] = 0;
        f.token = `${bytes.toString('base64url')}.${mac}`;
      });
      expect(result.status).toBe(403);
      expect(result.body).toContain('altered');
    });

    it('with insufficient work', () => {
      const result = attempt((f) => {
        let counter = 0;
        while (workDone(f.token, counter) >= 8) counter++;
        f.counter = counter;
      });
      expect(result.status).toBe(403);
      expect(result.body).toContain('not correct');
    });

    it('with a malformed counter or missing token', () => {
      expect(attempt((f) => Object.assign(f, { counter: '-1' })).status).toBe(400);
      expect(attempt((f) => Object.assign(f, { counter: '1e3' })).status).toBe(400);
      expect(attempt((f) => Object.assign(f, { token: '' })).status).toBe(403);
    });

    it('that would redirect off the site', () => {
      for (const returnTo of [
        '//evil.example/',
        'https://evil.example/',
        '/\\evil.example/',
        '/\t/evil.example/',
        'javascript:alert(1)',
        '/.well-known/breakwater/verify',
      ]) {
        const result = attempt((f) => Object.assign(f, { returnTo }));
        expect(result.status).toBe(400);
        expect(result.headers.location).toBeUndefined();
      }
    });

    it('in a body that is too large or of another type', () => {
      const { challenge } = setup();
      const big = challenge.verify({ prefix, userAgent, body: Buffer.alloc(5000, 97), contentType: FORM });
      expect(big.status).toBe(400);
      const text = challenge.verify({ prefix, userAgent, body: Buffer.from('x'), contentType: 'text/plain' });
      expect(text.status).toBe(400);
      const json = challenge.verify({
        prefix,
        userAgent,
        body: Buffer.from('[1'),
        contentType: 'application/json',
      });
      expect(json.status).toBe(400);
    });
  });

  it('sends a page with an unsafe returnTo back to /', () => {
    const { challenge } = setup();
    const page = challenge.page({ prefix, userAgent, returnTo: '//evil.example/' });
    expect(puzzleFromPage(page.body)?.returnTo).toBe('/');
  });

  it('leaves off Secure when not configured', () => {
    const { challenge } = setup({ secureCookie: false, cookieName: 'pass' });
    const setCookie = String(pass(challenge).result.headers['set-cookie']);
    expect(setCookie.startsWith('pass=v2.')).toBe(true);
    expect(setCookie).not.toContain('Secure');
  });

  it('refuses options a person must fix, naming them', () => {
    const base = { secret, defaultDifficulty: 16, passTtlMs: 1000, secureCookie: true };
    expect(() => new Challenge({ ...base, secret: Buffer.alloc(16) })).toThrow(/at least 32 bytes, found 16/);
    expect(() => new Challenge({ ...base, defaultDifficulty: 0 })).toThrow(/defaultDifficulty/);
    expect(() => new Challenge({ ...base, passTtlMs: 0 })).toThrow(/passTtlMs/);
    expect(() => new Challenge({ ...base, cookieName: 'a b' })).toThrow(/cookieName/);
    expect(() => new Challenge({ ...base, cookieName: '__Host-bw', secureCookie: false })).toThrow(/__Host-/);
  });
});
