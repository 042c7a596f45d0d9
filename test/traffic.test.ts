// Traffic rollups end to end: what the gateway serves shows up second by second on /api/v1/traffic and
// live on /api/v1/events, and the recorded seconds are still there after a restart on the same data.
import { rmSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { TrafficPoint } from '../src/store/index.js';
import { eventually, send } from './support/client.js';
import { callApi } from './support/control-api.js';
import { type Stack, startStack, tempDataDir } from './support/stack.js';

const running: Stack[] = [];
const dataDir = tempDataDir();

afterEach(async () => {
  for (const stack of running.splice(0)) await stack.stop();
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(): Promise<Stack> {
  const stack = await startStack({ dataDir });
  running.push(stack);
  return stack;
}

async function allowedSince(stack: Stack, since: number): Promise<number> {
  const answer = await callApi<{ points: TrafficPoint[] }>(
    stack.controlUrl,
    'GET',
    `/api/v1/traffic?since=${since}&step=1m`,
    { token: stack.tokens.viewer },
  );
  expect(answer.status).toBe(200);
  return answer.body.points.reduce((sum, point) => sum + point.allowed, 0);
}

/** The first `event: traffic` message on the event stream. */
async function firstTrafficEvent(stack: Stack): Promise<string> {
  const response = await fetch(new URL('/api/v1/events', stack.controlUrl), {
    headers: { authorization: `Bearer ${stack.tokens.viewer}` },
    signal: AbortSignal.timeout(60_000),
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`the event stream ended before a traffic event: ${text}`);
      text += value;
      const message = text.split('\n\n').find((part) => part.includes('event: traffic'));
      if (message) return message;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

describe('traffic rollups', () => {
  // Two starts of the whole stack: generous for a loaded machine.
  it('shows what the gateway served, live and stored, and keeps it across a restart', {
    timeout: 120_000,
  }, async () => {
    const startedAt = Date.now() - 1000;
    const first = await start();
    const event = firstTrafficEvent(first);
    for (let i = 0; i < 5; i++) {
      const answer = await send(first.gatewayUrl, '/', { headers: [['accept', 'application/json']] });
      expect(answer.status).toBeLessThan(500);
    }
    expect(await eventually(async () => (await allowedSince(first, startedAt)) >= 5, 30_000, 250)).toBe(true);
    const message = await event;
    const data = JSON.parse(/^data: (.*)$/m.exec(message)![1]) as { type: string; point: TrafficPoint };
    expect(data.type).toBe('traffic');
    expect(data.point.stepMs).toBeGreaterThanOrEqual(1000);

    const served = await allowedSince(first, startedAt);
    await first.stop();
    running.splice(running.indexOf(first), 1);
    const again = await start();
    expect(await allowedSince(again, startedAt)).toBeGreaterThanOrEqual(served);
  });
});
