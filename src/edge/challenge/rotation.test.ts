// Rotating the challenge key: passes and puzzles made with the key before stay good for one rotation,
// new ones are made with the new key, and a key rotated out twice opens nothing.
import { describe, expect, it } from 'vitest';
import { Challenge, puzzleFromPage, solvePuzzle } from './index.js';

const older = Buffer.alloc(32, 1);
const old = Buffer.alloc(32, 2);
const fresh = Buffer.alloc(32, 3);
const prefix = '203.0.113.0/24';
const userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0';
const FORM = 'application/x-www-form-urlencoded';

const challengeWith = (secret: Buffer, previousSecret?: Buffer) =>
  new Challenge({
    secret,
    previousSecret,
    now: () => 1_750_000_000_000,
    defaultDifficulty: 4,
    passTtlMs: 3_600_000,
    secureCookie: false,
  });

/** A puzzle as the page gives it, and its answer as a posted form. */
function solvedPuzzle(issuer: Challenge) {
  const puzzle = puzzleFromPage(issuer.page({ prefix, userAgent, returnTo: '/' }).body)!;
  const body = new URLSearchParams({
    token: puzzle.token,
    counter: String(solvePuzzle(puzzle)),
    returnTo: puzzle.returnTo,
  }).toString();
  return Buffer.from(body);
}

function passCookie(challenge: Challenge, body: Buffer): string {
  const result = challenge.verify({ prefix, userAgent, body, contentType: FORM });
  expect(result.status).toBe(303);
  return String(result.headers['set-cookie']).split(';', 1)[0];
}

describe('a rotated challenge key', () => {
  it('keeps passes and puzzles of the key before it good, and makes new ones with the new key', () => {
    const before = challengeWith(old);
    const after = challengeWith(fresh, old);
    const earlier = passCookie(before, solvedPuzzle(before));
    expect(after.passFrom(earlier, prefix, userAgent)).toBeDefined();
    // A puzzle given out before the rotation and solved after it still earns a pass, under the new key.
    const pass = passCookie(after, solvedPuzzle(before));
    expect(challengeWith(fresh).passFrom(pass, prefix, userAgent)).toBeDefined();
    expect(before.passFrom(pass, prefix, userAgent)).toBeUndefined();
  });

  it('opens nothing made with a key rotated out twice', () => {
    const earliest = challengeWith(older);
    const pass = passCookie(earliest, solvedPuzzle(earliest));
    const now = challengeWith(fresh, old);
    expect(now.passFrom(pass, prefix, userAgent)).toBeUndefined();
    const result = now.verify({ prefix, userAgent, body: solvedPuzzle(earliest), contentType: FORM });
    expect(result.status).toBe(403);
  });
});
