// Tests for the traffic recorder: what the edge counted each second becomes one stored and published
// point; points survive a restart; a store that fails is reported once, not every second.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/store.js';
import { EdgeStats } from '../edge/stats.js';
import { type BreakwaterEvent, EventBus } from '../events.js';
import { createLog } from '../log.js';
import { TRAFFIC_RETENTION_MS } from '../store/index.js';
import { TrafficRecorder } from './recorder.js';

const SECOND = Date.UTC(2025, 0, 1, 12);

let handle: TestStore;
let clock: number;
let stats: EdgeStats;
let events: EventBus;
let published: BreakwaterEvent[];
let logged: string[];
let recorder: TrafficRecorder;

beforeEach(async () => {
  clock = SECOND + 400;
  handle = await openTestStore({ now: () => clock });
  stats = new EdgeStats();
  events = new EventBus();
  published = [];
  events.subscribe((event) => published.push(event));
  logged = [];
  recorder = newRecorder();
});

afterEach(async () => {
  await recorder.stop();
  await handle.dispose();
});

function newRecorder(): TrafficRecorder {
  return new TrafficRecorder({
    stats,
    traffic: handle.store.traffic,
    events,
    log: createLog('info', (line) => logged.push(line)),
    now: () => clock,
    retentionMs: TRAFFIC_RETENTION_MS,
  });
}

function serve(verdict: Parameters<EdgeStats['countVerdict']>[0], count: number, latencySeconds?: number) {
  for (let i = 0; i < count; i++) {
    stats.countVerdict(verdict);
    if (latencySeconds !== undefined) stats.observeLatency(latencySeconds);
  }
}

describe('TrafficRecorder', () => {
  it('writes and publishes one point per second from what the edge counted in it', async () => {
    serve('allow', 8, 0.003);
    serve('allow', 2, 0.3);
    serve('challenge', 3);
    serve('throttle', 4);
    serve('block', 5);
    serve('shed', 6);
    stats.originErrors += 2;
    stats.originTimeouts += 1;
    clock = SECOND + 1_050;
    const first = recorder.tick();
    expect(first).toEqual({
      at: SECOND,
      stepMs: 1000,
      allowed: 10,
      challenged: 3,
      throttled: 4,
      blocked: 5,
      shed: 6,
      originErrors: 3,
      // 8 of 10 within 2.5–5 ms, 2 within 250–500 ms: placed linearly in their buckets.
      latencyP50Ms: 4.063,
      latencyP95Ms: 437.5,
      latencyP99Ms: 487.5,
    });
    expect(published).toEqual([{ type: 'traffic', at: SECOND + 1_050, point: first }]);

    // A quiet second: zeros, and no latency to report.
    clock = SECOND + 2_010;
    const second = recorder.tick();
    expect(second).toMatchObject({ at: SECOND + 1000, allowed: 0, originErrors: 0, latencyP50Ms: null });

    await recorder.stop();
    const stored = await handle.store.traffic.range({ since: SECOND, until: SECOND + 2000, stepMs: 1000 });
    expect(stored).toEqual([first, second]);
  });

  it('waits for the second to end, and spans the seconds a late tick missed', async () => {
    serve('allow', 1);
    clock = SECOND + 900;
    expect(recorder.tick()).toBeUndefined();
    serve('allow', 1);
    clock = SECOND + 3_100;
    expect(recorder.tick()).toMatchObject({ at: SECOND, stepMs: 3000, allowed: 2 });
    expect(published).toHaveLength(1);
  });

  it('keeps the points it recorded across a restart', async () => {
    serve('block', 7);
    clock = SECOND + 1_001;
    recorder.tick();
    await recorder.stop();
    const store = await handle.reopen();
    const stored = await store.traffic.range({ since: SECOND, until: SECOND + 1000, stepMs: 1000 });
    expect(stored.map((point) => point.blocked)).toEqual([7]);
  });

  it('says once that recording fails, and again when it works', async () => {
    await handle.store.close();
    for (let i = 1; i <= 3; i++) {
      clock = SECOND + i * 1000;
      recorder.tick();
      await recorder.stop();
    }
    expect(logged.filter((line) => line.includes('recording traffic failed'))).toHaveLength(1);
    expect(published).toHaveLength(3);

    await handle.reopen();
    recorder = newRecorder();
    clock += 1000;
    recorder.tick();
    await recorder.stop();
    expect(logged.filter((line) => line.includes('recording traffic'))).toHaveLength(1);
  });
});
