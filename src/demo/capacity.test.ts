// Tests for the origin's bounded capacity: slots, the waiting line, refusals and cancellation.
import { describe, expect, it } from 'vitest';
import { Capacity } from './capacity.js';

describe('Capacity', () => {
  it('starts work at once while slots are free, then queues, then refuses', () => {
    const capacity = new Capacity(2, 1);
    const started: string[] = [];
    const releases: Array<() => void> = [];
    const admit = (name: string) =>
      capacity.admit((release) => {
        started.push(name);
        releases.push(release);
      });

    expect(admit('a')).toBeDefined();
    expect(admit('b')).toBeDefined();
    expect(admit('c')).toBeDefined();
    expect(admit('d')).toBeUndefined();
    expect(started).toEqual(['a', 'b']);
    expect([capacity.inFlight, capacity.queued, capacity.rejected]).toEqual([2, 1, 1]);

    releases[0]();
    expect(started).toEqual(['a', 'b', 'c']);
    expect([capacity.inFlight, capacity.queued]).toEqual([2, 0]);
  });

  it('ignores a second release of the same slot', () => {
    const capacity = new Capacity(1, 0);
    let release = (): void => {};
    capacity.admit((r) => {
      release = r;
    });
    release();
    release();
    expect(capacity.inFlight).toBe(0);
  });

  it('skips waiters that were cancelled before their turn', () => {
    const capacity = new Capacity(1, 5);
    const started: string[] = [];
    let release = (): void => {};
    capacity.admit((r) => {
      release = r;
    });
    const gone = capacity.admit(() => started.push('gone'));
    capacity.admit(() => started.push('kept'));
    gone?.cancel();
    expect(capacity.queued).toBe(1);
    release();
    expect(started).toEqual(['kept']);
  });

  it('survives work that releases its slot synchronously', () => {
    const capacity = new Capacity(1, 10);
    let release = (): void => {};
    capacity.admit((r) => {
      release = r;
    });
    let count = 0;
    for (let i = 0; i < 10; i++) {
      capacity.admit((r) => {
        count++;
        r();
      });
    }
    release();
    expect(count).toBe(10);
    expect([capacity.inFlight, capacity.queued]).toEqual([0, 0]);
  });
});
