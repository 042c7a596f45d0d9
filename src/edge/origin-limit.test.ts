// The limit of requests in flight at an origin: the pool's size until the origin refuses for want of room,
// then a little under the level it refused at; not cut by a route that always answers 503, nor twice for
// the requests sent before a cut; grown back while the limit is in use.
import { describe, expect, it } from 'vitest';
import { MIN_LIMIT, OriginLimit } from './origin-limit.js';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('OriginLimit', () => {
  it('starts at the pool’s size and cuts to a little under the level the origin refused at', () => {
    const c = clock();
    const limit = new OriginLimit(128, c.now);
    expect(limit.value).toBe(128);
    const sent = limit.sentAt();
    c.advance(5);
    for (let i = 0; i < 10; i++) limit.settled(false, 40, sent);
    limit.settled(true, 40, sent);
    expect(limit.value).toBe(128);
    limit.settled(true, 40, sent);
    expect(limit.value).toBe(34);
    expect(limit.cuts).toBe(1);
  });

  it('is not cut by a route whose few answers are all 503 among many good ones', () => {
    const c = clock();
    const limit = new OriginLimit(128, c.now);
    for (let round = 0; round < 20; round++) {
      const sent = limit.sentAt();
      c.advance(100);
      for (let i = 0; i < 60; i++) limit.settled(false, 50, sent);
      limit.settled(true, 50, sent);
      limit.settled(true, 50, sent);
    }
    expect(limit.value).toBe(128);
  });

  it('does not cut again for the refusals of requests sent before the cut', () => {
    const c = clock();
    const limit = new OriginLimit(128, c.now);
    const before = limit.sentAt();
    c.advance(5);
    limit.settled(true, 40, before);
    limit.settled(true, 40, before);
    expect(limit.value).toBe(34);
    c.advance(5);
    for (let i = 0; i < 10; i++) limit.settled(true, 30 - i, before);
    expect(limit.value).toBe(34);
  });

  it('never goes below its floor, and is not cut by refusals with no more than the floor in flight', () => {
    const c = clock();
    const limit = new OriginLimit(128, c.now);
    const sent = limit.sentAt();
    c.advance(1);
    limit.settled(true, MIN_LIMIT, sent);
    limit.settled(true, 2, sent);
    expect(limit.value).toBe(128);
    limit.settled(true, MIN_LIMIT + 1, sent);
    limit.settled(true, MIN_LIMIT + 1, sent);
    expect(limit.value).toBe(MIN_LIMIT);
  });

  it('grows back while in use: fast below the refusal’s level, slowly near it, fast once it is forgotten', () => {
    const c = clock();
    const limit = new OriginLimit(128, c.now);
    const sent = limit.sentAt();
    c.advance(1);
    limit.settled(true, 100, sent);
    limit.settled(true, 100, sent);
    expect(limit.value).toBe(85);
    /** One round of 100 ms in which the limit was reached, ended by the next answer. */
    const usedRound = () => {
      limit.reached();
      c.advance(100);
      limit.settled(false, limit.value, limit.sentAt());
    };
    for (let i = 0; i < 5; i++) usedRound();
    expect(limit.value).toBe(90);
    // near 90% of the level refused at (100): one step every ten rounds
    for (let i = 0; i < 20; i++) usedRound();
    expect(limit.value).toBeLessThanOrEqual(93);
    // rounds in which the limit was not reached do not grow it
    const held = limit.value;
    for (let i = 0; i < 30; i++) {
      c.advance(100);
      limit.settled(false, 3, limit.sentAt());
    }
    expect(limit.value).toBe(held);
    // thirty seconds after the refusal its level no longer slows the growth
    c.advance(30_000);
    for (let i = 0; i < 10; i++) usedRound();
    expect(limit.value).toBeGreaterThanOrEqual(held + 9);
  });
});
