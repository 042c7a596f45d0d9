// The sum a gateway's sentinel reads in a cluster: a flood split over three gateways whose ticks are not
// aligned reads at its whole rate each tick, one window from each peer a tick, and old windows are dropped.

import { describe, expect, it } from 'vitest';
import { type TalliedRequest, Tally, type TallyWindow } from '../sentinel/tally.js';
import type { WindowSnapshot } from '../sentinel/window.js';
import { PeerWindows } from './peer-windows.js';

const T0 = 1_700_000_000_000;
const TICK = 250;
const FLOODER = '203.0.113.9';

const request = (address: string): TalliedRequest => ({
  address,
  prefix: `${address.slice(0, address.lastIndexOf('.'))}.0/24`,
  fingerprint: 'h1:curl',
  path: '/',
  query: '',
  kind: 'api',
  verdict: 'allow',
  verified: false,
});

/** One gateway's window [start, start + TICK) of a flood at `rate` requests a second. */
function window(start: number, rate: number): TallyWindow {
  let t = start;
  const tally = new Tally({ now: () => t, loginRoutes: [] });
  tally.cut(); // the window starts now
  const n = (rate * TICK) / 1000;
  for (let i = 0; i < n; i++) tally.request(request(FLOODER));
  t = start + TICK;
  return tally.cut();
}

/** The flooder's rate in a summed window, per second of its span. */
const flooderRate = (s: WindowSnapshot) =>
  ((s.topSources.find((k) => k.key === FLOODER)?.count ?? 0) * 1000) / (s.end - s.start);

describe('PeerWindows', () => {
  it('reads a flood split over three gateways at its whole rate, whatever their ticks’ offsets', () => {
    const peers = new PeerWindows(4 * TICK);
    const rates: number[] = [];
    for (let tick = 1; tick <= 12; tick++) {
      const end = T0 + tick * TICK;
      // peer a ticks 100 ms before this gateway, peer b 200 ms before; b's windows come in pairs
      peers.add('a', window(end - TICK - 100, 40));
      if (tick % 2 === 0) {
        peers.add('b', window(end - 2 * TICK - 200, 40));
        peers.add('b', window(end - TICK - 200, 40));
      }
      rates.push(flooderRate(peers.sum(window(end - TICK, 40), end)));
    }
    // from the second tick on, every tick sums one window of each: 40 + 40 + 40 a second
    for (const rate of rates.slice(1)) expect(rate).toBeCloseTo(120, 0);
    expect(rates[0]).toBeCloseTo(80, 0); // b's first window had not come yet
  });

  it('drops a window that ended more than the stale bound ago', () => {
    const peers = new PeerWindows(4 * TICK);
    const end = T0 + 100 * TICK;
    peers.add('a', window(end - 10 * TICK, 40));
    expect(flooderRate(peers.sum(window(end - TICK, 40), end))).toBeCloseTo(40, 0);
    // and the queue is empty afterwards
    expect(flooderRate(peers.sum(window(end, 40), end + TICK))).toBeCloseTo(40, 0);
  });
});
