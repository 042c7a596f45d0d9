// Merging tally windows and their wire format: one stream split over several tallies reads, merged, as
// the whole stream read by one; a malformed message is refused with a WireError, never anything else.

import { describe, expect, it } from 'vitest';
import { type TalliedRequest, Tally, type TallyWindow } from '../sentinel/tally.js';
import { mergeWindows } from './tally-merge.js';
import { decodeWindow, encodeWindow, WireError } from './window-wire.js';

const T0 = 1_700_000_000_000;

function ipv4(i: number): string {
  return `${(i >>> 24) & 255}.${(i >>> 16) & 255}.${(i >>> 8) & 255}.${i & 255}`;
}

function request(address: string, over: Partial<TalliedRequest> = {}): TalliedRequest {
  return {
    address,
    prefix: `${address.slice(0, address.lastIndexOf('.'))}.0/24`,
    fingerprint: 'h1:chrome:abc',
    path: '/',
    query: '',
    kind: 'browser',
    verdict: 'allow',
    verified: false,
    ...over,
  };
}

/** A stream with one heavy source among 12k light ones, some queries, logins and latencies. */
function* stream(): Generator<[TalliedRequest, number]> {
  for (let i = 0; i < 40_000; i++) {
    const heavy = i % 4 === 0;
    const address = heavy ? '203.0.113.66' : ipv4(0x0a000000 + (i % 12_000));
    const path = i % 5 === 0 ? '/search' : '/';
    yield [request(address, { path, query: path === '/search' ? `q=${i % 900}` : '' }), 1 + (i % 50)];
  }
}

/** Tallies the stream over `parts` tallies, request i going to tally i mod parts. */
function split(parts: number): TallyWindow[] {
  let t = T0;
  const now = () => t;
  const tallies = Array.from({ length: parts }, () => new Tally({ now, loginRoutes: ['/login'] }));
  let i = 0;
  for (const [r, latency] of stream()) {
    const tally = tallies[i++ % parts];
    tally.request(r);
    tally.outcome({
      path: r.path,
      address: r.address,
      prefix: r.prefix,
      status: 200,
      latencyMs: latency,
      originError: false,
    });
    if (i % 97 === 0) {
      tally.outcome({
        path: '/login',
        address: r.address,
        prefix: r.prefix,
        status: 401,
        latencyMs: 1,
        originError: false,
      });
    }
  }
  t += 250;
  return tallies.map((tally) => tally.cut());
}

describe('mergeWindows', () => {
  const whole = split(1)[0].snapshot;
  const merged = mergeWindows(split(3)).snapshot;

  it('adds counters and unites distinct counts exactly', () => {
    expect(merged.requests).toBe(whole.requests);
    expect(merged.byVerdict).toEqual(whole.byVerdict);
    expect(merged.outcomes).toEqual(whole.outcomes);
    // HyperLogLogs: the register-wise max is the sketch of the whole stream, so the estimate is identical.
    expect(merged.distinctSources).toBe(whole.distinctSources);
    expect(merged.logins.distinctSources).toBe(whole.logins.distinctSources);
    expect(merged.logins.failures).toBe(whole.logins.failures);
    expect(merged.end - merged.start).toBe(250);
  });

  it('names the heavy source first, never below its true count and within the stated bound', () => {
    const heavyTrue = 10_000;
    expect(merged.topSources[0].key).toBe('203.0.113.66');
    expect(merged.topSources[0].count).toBeGreaterThanOrEqual(heavyTrue);
    // ε N with ε = e / 2^14 and N = 40k requests: at most 7 above the truth.
    expect(merged.topSources[0].count - heavyTrue).toBeLessThanOrEqual(
      Math.ceil((Math.E / 2 ** 14) * 40_000),
    );
    expect(merged.topSources).toHaveLength(32);
  });

  it('merges per-path detail: requests add, distinct queries unite', () => {
    const path = (s: typeof whole, p: string) => s.paths.find((w) => w.path === p)!;
    expect(path(merged, '/search').requests).toBe(path(whole, '/search').requests);
    expect(path(merged, '/search').distinctQueries).toBe(path(whole, '/search').distinctQueries);
    expect(path(merged, '/').distinctSources).toBe(path(whole, '/').distinctSources);
  });

  it('merges merged windows again (workers into a gateway, gateways into the cluster)', () => {
    const [a, b, c, d] = split(4);
    const twice = mergeWindows([mergeWindows([a, b]), mergeWindows([c, d])]).snapshot;
    expect(twice.requests).toBe(whole.requests);
    expect(twice.distinctSources).toBe(whole.distinctSources);
    expect(twice.topSources[0].key).toBe('203.0.113.66');
  });
});

describe('window wire format', () => {
  const window = mergeWindows(split(2));

  it('round-trips a window, sparse when mostly empty', () => {
    const bytes = encodeWindow(window);
    expect(decodeWindow(bytes)).toEqual(window);
    const quiet = new Tally({ now: () => T0 }).cut();
    expect(encodeWindow(quiet).length).toBeLessThan(8 * 1024);
    expect(decodeWindow(encodeWindow(quiet))).toEqual(quiet);
  });

  it('refuses malformed messages with a WireError naming what is wrong', () => {
    const good = encodeWindow(window);
    const cases: [Buffer, RegExp][] = [
      [Buffer.from('hello'), /bad magic/],
      [good.subarray(0, good.length - 3), /runs past the end|bytes after/],
      [Buffer.concat([good, Buffer.from([0])]), /bytes after the last sketch/],
    ];
    const otherSeeds = Buffer.from(good);
    otherSeeds.writeUInt32LE((otherSeeds.readUInt32LE(4) ^ 1) >>> 0, 4);
    cases.push([otherSeeds, /other sketch seeds/]);
    const badHeader = Buffer.from(good);
    const headerText = good.toString('utf8', 12, 12 + good.readUInt32LE(8));
    const at = headerText.indexOf('"requests":');
    badHeader.write('"requests":"x', 12 + at, 'utf8');
    cases.push([badHeader, /snapshot|malformed window/]);
    for (const [bytes, message] of cases) {
      expect(() => decodeWindow(bytes)).toThrow(WireError);
      expect(() => decodeWindow(bytes)).toThrow(message);
    }
  });

  it('never throws anything but a WireError, whatever bytes are flipped', () => {
    const good = encodeWindow(window);
    let refused = 0;
    for (let n = 0; n < 300; n++) {
      const bytes = Buffer.from(good);
      for (let k = 0; k < 4; k++) bytes[(n * 7919 + k * 104_729) % bytes.length] ^= 1 + ((n + k) % 255);
      try {
        decodeWindow(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(WireError);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
  });
});
