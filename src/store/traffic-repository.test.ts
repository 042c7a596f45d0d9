// Tests for traffic rollups on disk: points round-trip, merge into steps, survive a restart, are
// down-sampled to minutes after a day and deleted after the retention period.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/store.js';
import { TRAFFIC_COMPACT_STEP_MS, TRAFFIC_FINE_FOR_MS, type TrafficPoint } from './traffic-repository.js';

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);

let handle: TestStore;

beforeEach(async () => {
  handle = await openTestStore();
});

afterEach(async () => {
  await handle.dispose();
});

function point(at: number, changes: Partial<TrafficPoint> = {}): TrafficPoint {
  return {
    at,
    stepMs: 1000,
    allowed: 10,
    challenged: 2,
    throttled: 1,
    blocked: 3,
    shed: 0,
    originErrors: 1,
    latencyP50Ms: 4,
    latencyP95Ms: 20,
    latencyP99Ms: 80,
    ...changes,
  };
}

async function recordSeconds(from: number, count: number, changes: Partial<TrafficPoint> = {}) {
  for (let i = 0; i < count; i++) await handle.store.traffic.record(point(from + i * 1000, changes));
}

describe('TrafficRepository', () => {
  it('gives back the recorded points second by second, within the range only', async () => {
    const quiet = point(START + 1000, {
      allowed: 0,
      challenged: 0,
      throttled: 0,
      blocked: 0,
      originErrors: 0,
      latencyP50Ms: null,
      latencyP95Ms: null,
      latencyP99Ms: null,
    });
    const busy = point(START + 2000, { allowed: 123_456, latencyP50Ms: 1.25 });
    await handle.store.traffic.record(point(START));
    await handle.store.traffic.record(busy);
    await handle.store.traffic.record(quiet);
    await handle.store.traffic.record(point(START + 3000));
    const points = await handle.store.traffic.range({
      since: START + 1000,
      until: START + 3000,
      stepMs: 1000,
    });
    expect(points).toEqual([quiet, busy]);
  });

  it('merges seconds into steps: counts summed, the worst latency kept, empty steps left out', async () => {
    await recordSeconds(START, 10);
    await handle.store.traffic.record(point(START + 4000, { latencyP99Ms: 900, allowed: 5 }));
    await recordSeconds(START + 30_000, 2, { latencyP50Ms: null, latencyP95Ms: null, latencyP99Ms: null });
    const points = await handle.store.traffic.range({ since: START, until: START + 60_000, stepMs: 10_000 });
    expect(points).toEqual([
      point(START, {
        stepMs: 10_000,
        allowed: 105,
        challenged: 22,
        throttled: 11,
        blocked: 33,
        originErrors: 11,
        latencyP99Ms: 900,
      }),
      point(START + 30_000, {
        stepMs: 10_000,
        allowed: 20,
        challenged: 4,
        throttled: 2,
        blocked: 6,
        originErrors: 2,
        latencyP50Ms: null,
        latencyP95Ms: null,
        latencyP99Ms: null,
      }),
    ]);
  });

  it('keeps what was recorded across a restart', async () => {
    await recordSeconds(START, 3);
    const store = await handle.reopen();
    const points = await store.traffic.range({ since: START, until: START + 3000, stepMs: 1000 });
    expect(points).toEqual([point(START), point(START + 1000), point(START + 2000)]);
  });

  it('down-samples seconds older than a day to minutes, and leaves recent seconds alone', async () => {
    const now = START + TRAFFIC_FINE_FOR_MS + 5 * 60_000;
    await recordSeconds(START, 90); // a minute and a half, more than a day old
    await handle.store.traffic.record(point(START + 30_000, { latencyP95Ms: 500 })); // a second gateway
    await recordSeconds(now - 10_000, 3);
    await handle.store.traffic.compact(now);
    await handle.store.traffic.compact(now); // a second run changes nothing
    const old = await handle.store.traffic.range({ since: START, until: START + DAY, stepMs: 1000 });
    expect(old).toEqual([
      point(START, {
        stepMs: TRAFFIC_COMPACT_STEP_MS,
        allowed: 610,
        challenged: 122,
        throttled: 61,
        blocked: 183,
        originErrors: 61,
        latencyP95Ms: 500,
      }),
      point(START + 60_000, {
        stepMs: TRAFFIC_COMPACT_STEP_MS,
        allowed: 300,
        challenged: 60,
        throttled: 30,
        blocked: 90,
        originErrors: 30,
      }),
    ]);
    const recent = await handle.store.traffic.range({ since: now - 60_000, until: now, stepMs: 1000 });
    expect(recent.map((p) => [p.at, p.stepMs])).toEqual([
      [now - 10_000, 1000],
      [now - 9000, 1000],
      [now - 8000, 1000],
    ]);
  });

  it('deletes rollups older than the retention period', async () => {
    await recordSeconds(START, 2);
    await recordSeconds(START + 3 * DAY, 2);
    await handle.store.traffic.compact(START + 3 * DAY + 1000, 2 * DAY);
    const points = await handle.store.traffic.range({ since: 0, until: START + 4 * DAY, stepMs: 1000 });
    expect(points.map((p) => p.at)).toEqual([START + 3 * DAY, START + 3 * DAY + 1000]);
  });

  it('refuses a step that is not a positive whole number of ms', async () => {
    await expect(handle.store.traffic.range({ since: 0, until: 1, stepMs: 0 })).rejects.toThrow(RangeError);
    await expect(handle.store.traffic.range({ since: 0, until: 1, stepMs: 1.5 })).rejects.toThrow(RangeError);
  });
});
