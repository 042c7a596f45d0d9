// Tests of the /api/v1/events stream over a real socket: headers, SSE framing, keep-alive, unsubscribing
// on disconnect, dropping a client that falls behind, closing the app with streams open, and auth.
import { type ClientRequest, type IncomingMessage, request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BreakwaterEvent } from '../../events.js';
import type { Decision } from '../../responder/decision.js';
import type { Detection } from '../../sentinel/detection.js';
import { type ControlFixture, startControlFixture } from '../fixture.js';

let f: ControlFixture;
let base: string;
beforeEach(async () => {
  f = await startControlFixture({ eventKeepAliveMs: 50 });
  base = await f.app.listen({ host: '127.0.0.1', port: 0 });
});
afterEach(async () => {
  await f.close();
});

const T = Date.UTC(2025, 0, 1);

const detection: Detection = {
  id: 'http-flood:/search:1735689600000',
  kind: 'http-flood',
  startedAt: T,
  lastSeenAt: T + 10_000,
  state: 'active',
  path: '/search',
  targets: [{ scope: 'ip', value: '203.0.113.7', share: 0.6, rate: 420 }],
  maxAction: 'block',
  evidence: {
    windowMs: 10_000,
    observedRate: 700,
    baselineRate: 20,
    topKeys: [{ key: 'ip:203.0.113.7', count: 4200, share: 0.6 }],
    summary: 'line one\nline two',
  },
};

const decision: Decision = {
  id: 'dec_1',
  scope: 'ip',
  value: '203.0.113.7',
  action: 'block',
  reason: 'flood',
  source: 'detector',
  createdAt: T,
  expiresAt: T + 600_000,
  detectionId: detection.id,
};

interface Stream {
  req: ClientRequest;
  res: IncomingMessage;
  /** Everything received so far. */
  text(): string;
  /** Resolves once the received text matches. */
  until(pattern: RegExp): Promise<string>;
  closed: Promise<void>;
}

function connect(headers: Record<string, string>): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/api/v1/events`, { headers }, (res) => {
      let text = '';
      const waiters: (() => void)[] = [];
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        for (const w of waiters.splice(0)) w();
      });
      const closed = new Promise<void>((done) => res.on('close', () => done()));
      res.on('error', () => {});
      const until = (pattern: RegExp) =>
        new Promise<string>((done) => {
          const check = () => (pattern.test(text) ? done(text) : waiters.push(check));
          check();
        });
      resolve({ req, res, text: () => text, until, closed });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Parses complete SSE messages: their fields, with comments kept apart. */
function messages(text: string) {
  return text
    .split('\n\n')
    .slice(0, -1)
    .map((block) => {
      const fields: Record<string, string> = {};
      for (const line of block.split('\n')) {
        const at = line.indexOf(':');
        const name = at === 0 ? 'comment' : line.slice(0, at);
        fields[name] = line.slice(at + 1).trimStart();
      }
      return fields;
    });
}

const waitFor = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
};

describe('GET /api/v1/events', () => {
  it('streams detections and decisions with SSE framing, then unsubscribes on disconnect', async () => {
    const baseline = f.events.subscribers;
    const stream = await connect(f.as('viewer'));
    expect(stream.res.statusCode).toBe(200);
    expect(stream.res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.res.headers['cache-control']).toBe('no-store');
    expect(stream.res.headers['x-accel-buffering']).toBe('no');
    await stream.until(/^retry: 2000\n\n/);
    expect(f.events.subscribers).toBe(baseline + 1);

    const detected: BreakwaterEvent = { type: 'detection', at: T + 10_000, detection };
    const decided: BreakwaterEvent = {
      type: 'decision',
      at: T + 10_001,
      change: 'put',
      decision,
      dryRun: false,
    };
    f.events.publish(detected);
    f.events.publish(decided);
    const text = await stream.until(/event: decision\n/);

    const events = messages(text).filter((m) => m.event !== undefined);
    expect(events.map((m) => m.event)).toEqual(['detection', 'decision']);
    expect(JSON.parse(events[0].data)).toEqual(detected);
    expect(JSON.parse(events[1].data)).toEqual(decided);
    const [first, second] = events.map((m) => Number(m.id));
    expect(second).toBe(first + 1);
    // The multi-line summary stays on one data line.
    expect(text).toMatch(/\nevent: detection\ndata: \{[^\n]*line one\\nline two[^\n]*\}\n\n/);

    stream.req.destroy();
    await waitFor(() => f.events.subscribers === baseline);
  });

  it('gives one event the same id on every stream', async () => {
    const one = await connect(f.as('viewer'));
    const two = await connect(f.as('admin'));
    await Promise.all([one.until(/retry/), two.until(/retry/)]);
    f.events.publish({ type: 'detection', at: T, detection });
    const idOf = (text: string) => messages(text).find((m) => m.event)?.id;
    const [a, b] = await Promise.all([one.until(/event:/), two.until(/event:/)]);
    expect(idOf(a)).toMatch(/^\d+$/);
    expect(idOf(a)).toBe(idOf(b));
    one.req.destroy();
    two.req.destroy();
  });

  it('sends keep-alive comments', async () => {
    const stream = await connect(f.as('viewer'));
    const text = await stream.until(/(: keep-alive\n\n){2}/);
    expect(messages(text).filter((m) => m.comment === 'keep-alive').length).toBeGreaterThanOrEqual(2);
    stream.req.destroy();
  });

  it('drops a client that stops reading once too many events wait', async () => {
    const baseline = f.events.subscribers;
    const stream = await connect(f.as('viewer'));
    await stream.until(/retry/);
    stream.res.pause();
    const big: Detection = { ...detection, evidence: { ...detection.evidence, summary: 'x'.repeat(8192) } };
    for (let i = 0; i < 3000; i++) f.events.publish({ type: 'detection', at: T + i, detection: big });
    await stream.closed;
    expect(f.events.subscribers).toBe(baseline);
  });

  it('keeps a client that reads through a burst below the limit', async () => {
    const stream = await connect(f.as('viewer'));
    await stream.until(/retry/);
    const big: Detection = { ...detection, evidence: { ...detection.evidence, summary: 'x'.repeat(1024) } };
    for (let i = 0; i < 900; i++) f.events.publish({ type: 'detection', at: T + i, detection: big });
    f.events.publish({ type: 'decision', at: T, change: 'remove', decision, dryRun: false });
    const text = await stream.until(/event: decision\n/);
    expect(messages(text).filter((m) => m.event === 'detection')).toHaveLength(900);
    stream.req.destroy();
  });

  it('ends open streams when the app closes', async () => {
    const stream = await connect(f.as('viewer'));
    await stream.until(/retry/);
    await f.app.close();
    await stream.closed;
    expect(f.events.subscribers).toBe(0);
  });

  it('answers 401 without a token and 401 with a bad one, subscribing nothing', async () => {
    const baseline = f.events.subscribers;
    for (const headers of [{}, { authorization: 'Bearer bwt_nope' }] as Record<string, string>[]) {
      const stream = await connect(headers);
      expect(stream.res.statusCode).toBe(401);
      expect(stream.res.headers['www-authenticate']).toBe('Bearer');
      await stream.closed;
      expect(JSON.parse(stream.text()).error).toBe('unauthorized');
    }
    expect(f.events.subscribers).toBe(baseline);
  });
});
