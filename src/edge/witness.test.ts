// The witness keeps what it promises and no more: counts per source, the latest heads in order, and its
// bounds on both; what workers' witnesses drain adds up in the primary's as if it had seen it all.
import { describe, expect, it } from 'vitest';
import { Witness } from './witness.js';

const clock = { now: 1_000_000 };
const make = (heads: number, sources: number) =>
  new Witness({ heads, sources, retainMs: 600_000, now: () => clock.now });
const refuse = (w: Witness, address: string, url = '/') =>
  w.refused(address, 'block', 'GET', url, '1.1', ['Host', 'x']);

describe('Witness', () => {
  it('counts refusals and resets per source with first and last seen', () => {
    const w = make(4, 10);
    refuse(w, '203.0.113.7');
    clock.now += 5000;
    refuse(w, '203.0.113.7');
    w.resetAtAccept('203.0.113.7');
    w.resetAtAccept('198.51.100.1');
    expect(w.sourcesSince(0)).toEqual([
      { address: '203.0.113.7', firstSeen: 1_000_000, lastSeen: 1_005_000, requests: 2, connectionsReset: 1 },
      {
        address: '198.51.100.1',
        firstSeen: 1_005_000,
        lastSeen: 1_005_000,
        requests: 0,
        connectionsReset: 1,
      },
    ]);
    expect(w.sourcesSince(1_005_001)).toEqual([]);
  });

  it('keeps the latest heads, oldest first, and none when asked for none', () => {
    const w = make(3, 10);
    for (let i = 0; i < 5; i++) refuse(w, '203.0.113.7', `/${i}`);
    expect(w.headsSince(0).map((h) => h.url)).toEqual(['/2', '/3', '/4']);
    const none = make(0, 10);
    refuse(none, '203.0.113.7');
    expect(none.headsSince(0)).toEqual([]);
    expect(none.sourcesSince(0)).toHaveLength(1);
  });

  it('follows at most its bound of sources, and makes room from those long unseen', () => {
    const w = make(0, 2);
    refuse(w, '192.0.2.1');
    refuse(w, '192.0.2.2');
    refuse(w, '192.0.2.3');
    expect(w.untracked).toBe(1);
    expect(w.sourcesSince(0).map((s) => s.address)).toEqual(['192.0.2.1', '192.0.2.2']);
    clock.now += 700_000;
    refuse(w, '192.0.2.3');
    expect(w.sourcesSince(0).map((s) => s.address)).toEqual(['192.0.2.3']);
  });

  it('drains what it saw since the last drain, and a witness taking in two drains adds them up', () => {
    const primary = make(10, 10);
    const [a, b] = [make(5, 10), make(5, 10)];
    clock.now = 2_000_000;
    refuse(a, '203.0.113.7', '/a1');
    clock.now += 1000;
    refuse(b, '203.0.113.7', '/b1');
    b.resetAtAccept('198.51.100.1');
    clock.now += 1000;
    refuse(a, '203.0.113.7', '/a2');
    primary.absorb(b.drain());
    primary.absorb(a.drain());
    expect(primary.sourcesSince(0)).toEqual([
      { address: '203.0.113.7', firstSeen: 2_000_000, lastSeen: 2_002_000, requests: 3, connectionsReset: 0 },
      {
        address: '198.51.100.1',
        firstSeen: 2_001_000,
        lastSeen: 2_001_000,
        requests: 0,
        connectionsReset: 1,
      },
    ]);
    expect(primary.headsSince(0).map((h) => h.url)).toEqual(['/a1', '/b1', '/a2']);
    // drained: nothing twice
    expect(a.drain()).toEqual({ sources: [], heads: [], untracked: 0 });
    primary.absorb(a.drain());
    expect(primary.sourcesSince(0)[0].requests).toBe(3);
  });

  it('counts what it takes in beyond its bound of sources as untracked', () => {
    const primary = make(0, 1);
    const worker = make(0, 10);
    refuse(worker, '192.0.2.1');
    refuse(worker, '192.0.2.2');
    refuse(worker, '192.0.2.2');
    primary.absorb(worker.drain());
    expect(primary.sourcesSince(0).map((s) => s.address)).toEqual(['192.0.2.1']);
    expect(primary.untracked).toBe(2);
  });
});
