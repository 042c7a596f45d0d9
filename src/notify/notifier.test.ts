import { afterEach, describe, expect, it } from 'vitest';
import { EventBus } from '../events.js';
import { createLog, silentLog } from '../log.js';
import { retryDelay } from './delivery-queue.js';
import {
  collectingTimeline,
  incidentEvent,
  notificationSettings,
  type Receiver,
  sampleIncident,
  startReceiver,
  waitUntil,
} from './fixture.js';
import { Notifier } from './notifier.js';
import { verifySignature } from './signature.js';

const SECRET = 'whsec-0123456789abcdef';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function receiver(...args: Parameters<typeof startReceiver>): Promise<Receiver> {
  const started = await startReceiver(...args);
  cleanup.push(() => started.close());
  return started;
}

function notifier(written: Record<string, unknown>, log = silentLog) {
  const timeline = collectingTimeline();
  const instance = new Notifier({ settings: notificationSettings(written), record: timeline.record, log });
  cleanup.push(() => instance.close());
  return { notifier: instance, timeline };
}

describe('webhook notifications', () => {
  it('POST the incident as signed JSON that a receiver can verify, and write the delivery on the timeline', async () => {
    const hook = await receiver();
    const { notifier: n, timeline } = notifier({ webhooks: [{ url: hook.url, secret: SECRET }] });
    n.notify(incidentEvent('status'));
    await waitUntil(() => timeline.entries.length === 1);

    const [request] = hook.received;
    expect(request.headers['content-type']).toBe('application/json');
    const body = JSON.parse(request.body);
    expect(body).toEqual({
      type: 'incident.status_changed',
      id: request.headers['breakwater-delivery'],
      occurredAt: '2026-11-27T00:20:20.000Z',
      incident: {
        id: 'INC-2026-0001',
        kind: 'flood',
        title: 'HTTP flood on Webmail',
        severity: 'SEV2',
        status: 'mitigated',
        services: ['webmail'],
        attackClasses: ['http-flood'],
        openedAt: '2026-11-27T00:20:00.000Z',
        resolvedAt: null,
        figures: sampleIncident().figures,
      },
      previous: { severity: 'SEV3', status: 'investigating' },
    });
    const signature = String(request.headers['breakwater-signature']);
    expect(verifySignature(signature, request.body, SECRET, Date.now())).toBe(true);
    expect(verifySignature(signature, request.body.replace('SEV2', 'SEV4'), SECRET, Date.now())).toBe(false);

    expect(timeline.entries).toEqual([
      {
        incidentId: 'INC-2026-0001',
        entry: {
          at: expect.any(Number),
          kind: 'notification',
          author: 'breakwater',
          text: `Notified ${new URL(hook.url).host} by webhook: mitigated.`,
          data: {
            channel: 'webhook',
            target: new URL(hook.url).host,
            attempt: 1,
            status: 'delivered',
            event: 'status',
            deliveryId: body.id,
          },
        },
      },
    ]);
    expect(JSON.stringify(timeline.entries)).not.toContain(SECRET);
  });

  it('send a user and password written in the URL as Basic credentials, and keep them off the timeline', async () => {
    const hook = await receiver();
    const url = new URL(hook.url);
    url.username = 'breakwater';
    url.password = 'p@ss:word';
    const { notifier: n, timeline } = notifier({ webhooks: [{ url: url.href, secret: SECRET }] });
    n.notify(incidentEvent('opened'));
    await waitUntil(() => timeline.entries.length === 1);
    const expected = `Basic ${Buffer.from('breakwater:p@ss:word').toString('base64')}`;
    expect(hook.received[0].headers.authorization).toBe(expected);
    expect(timeline.entries[0].entry.data?.target).toBe(url.host);
    expect(JSON.stringify(timeline.entries)).not.toContain('word');
  });

  it('name each change by its type, skip plain updates, and send only the events a webhook asked for', async () => {
    const all = await receiver();
    const some = await receiver();
    const { notifier: n, timeline } = notifier({
      webhooks: [
        { url: all.url, secret: SECRET },
        { url: some.url, secret: SECRET, events: ['opened', 'resolved'] },
      ],
    });
    for (const change of ['opened', 'updated', 'severity', 'status', 'resolved'] as const) {
      n.notify(incidentEvent(change));
    }
    await waitUntil(() => timeline.entries.length === 6);
    const types = (hook: Receiver) => hook.received.map((r) => JSON.parse(r.body).type).sort();
    expect(types(all)).toEqual([
      'incident.opened',
      'incident.resolved',
      'incident.severity_changed',
      'incident.status_changed',
    ]);
    expect(types(some)).toEqual(['incident.opened', 'incident.resolved']);
  });

  it('retry a failing receiver with growing waits, under the same delivery id, until it answers', async () => {
    const hook = await receiver((index) => (index < 2 ? 500 : 200));
    const { notifier: n, timeline } = notifier({
      webhooks: [{ url: hook.url, secret: SECRET }],
      retries: 3,
      backoff: '100ms',
    });
    n.notify(incidentEvent('opened'));
    await waitUntil(() => timeline.entries.length === 1);

    expect(hook.received).toHaveLength(3);
    const ids = new Set(hook.received.map((r) => r.headers['breakwater-delivery']));
    expect(ids.size).toBe(1);
    // Jitter keeps each wait between half and all of 100ms, then 200ms.
    expect(hook.received[1].at - hook.received[0].at).toBeGreaterThanOrEqual(45);
    expect(hook.received[2].at - hook.received[1].at).toBeGreaterThanOrEqual(95);
    expect(timeline.entries[0].entry.data).toMatchObject({ status: 'delivered', attempt: 3 });
  });

  it('give up after the last retry and write the failure on the timeline', async () => {
    const hook = await receiver(() => 503);
    const { notifier: n, timeline } = notifier({
      webhooks: [{ url: hook.url, secret: SECRET }],
      retries: 2,
      backoff: '10ms',
    });
    n.notify(incidentEvent('opened'));
    await waitUntil(() => timeline.entries.length === 1);
    expect(hook.received).toHaveLength(3);
    const { entry } = timeline.entries[0];
    expect(entry.text).toBe(
      `Could not notify ${new URL(hook.url).host} by webhook (opened) after 3 attempts: HTTP 503.`,
    );
    expect(entry.data).toMatchObject({ channel: 'webhook', status: 'failed', attempt: 3, error: 'HTTP 503' });
    expect(n.pending).toBe(0);
  });

  it('stop at once when the receiver refuses the request itself (4xx)', async () => {
    const hook = await receiver(() => 404);
    const { notifier: n, timeline } = notifier({
      webhooks: [{ url: hook.url, secret: SECRET }],
      backoff: '10ms',
    });
    n.notify(incidentEvent('opened'));
    await waitUntil(() => timeline.entries.length === 1);
    expect(hook.received).toHaveLength(1);
    expect(timeline.entries[0].entry.data).toMatchObject({ status: 'failed', attempt: 1, error: 'HTTP 404' });
  });

  it('record an unreachable receiver as failed', async () => {
    const closed = await startReceiver();
    await closed.close();
    const { notifier: n, timeline } = notifier({
      webhooks: [{ url: closed.url, secret: SECRET }],
      retries: 1,
      backoff: '10ms',
    });
    n.notify(incidentEvent('opened'));
    await waitUntil(() => timeline.entries.length === 1);
    expect(timeline.entries[0].entry.data).toMatchObject({ status: 'failed', attempt: 2 });
    expect(timeline.entries[0].entry.data?.error).toMatch(/ECONNREFUSED/);
  });

  it('do not let a receiver that never answers hold up the bus or the other deliveries', async () => {
    const silent = await receiver(() => 'hang');
    const healthy = await receiver();
    const { notifier: n, timeline } = notifier({
      webhooks: [
        { url: silent.url, secret: SECRET },
        { url: healthy.url, secret: SECRET },
      ],
      retries: 0,
      timeout: '5s',
    });
    const bus = new EventBus();
    n.listen(bus);
    const seen: string[] = [];
    bus.subscribe((event) => seen.push(event.type));

    const started = performance.now();
    bus.publish(incidentEvent('opened'));
    bus.publish(incidentEvent('status'));
    expect(performance.now() - started).toBeLessThan(250);
    expect(seen).toEqual(['incident', 'incident']);
    expect(healthy.received).toHaveLength(0);

    await waitUntil(() => healthy.received.length === 2);
    await waitUntil(() => timeline.entries.filter((e) => e.entry.data?.status === 'delivered').length === 2);
    expect(silent.received.length).toBeGreaterThanOrEqual(1);
    expect(timeline.entries.some((e) => e.entry.data?.status === 'failed')).toBe(false);

    await waitUntil(() => timeline.entries.length === 4);
    const failed = timeline.entries.filter((e) => e.entry.data?.status === 'failed');
    expect(failed.map((e) => e.entry.data?.error)).toEqual(['no answer within 5s', 'no answer within 5s']);
  });

  it('drop the oldest waiting delivery, with a log line, when the queue is full', async () => {
    const silent = await receiver(() => 'hang');
    const lines: string[] = [];
    const { notifier: n, timeline } = notifier(
      { webhooks: [{ url: silent.url, secret: SECRET }], queueSize: 2, retries: 0, timeout: '1m' },
      createLog('warn', (line) => lines.push(line)),
    );
    // Eight attempts run at once; two more wait; the eleventh pushes the oldest waiting one out.
    for (let i = 0; i < 11; i++) n.notify(incidentEvent('opened'));
    expect(n.pending).toBe(10);
    expect(lines.filter((line) => line.includes('notification queue full'))).toHaveLength(1);
    expect(lines[0]).toMatch(/channel=webhook .*incident=INC-2026-0001 .*capacity=2/);

    await n.close();
    expect(lines.at(-1)).toMatch(/notifications not delivered at shutdown count=10/);
    expect(timeline.entries).toHaveLength(0);
  });

  it('send a Slack message: a summary text and blocks with the facts, incident text escaped', async () => {
    const slack = await receiver();
    const { notifier: n, timeline } = notifier({ webhooks: [{ url: slack.url, format: 'slack' }] });
    const incident = sampleIncident({ title: 'Flood on <Webmail> & API', severity: 'SEV1' });
    n.notify(incidentEvent('severity', incident, { ...incident, severity: 'SEV3' }));
    await waitUntil(() => timeline.entries.length === 1);

    const [request] = slack.received;
    expect(request.headers['breakwater-signature']).toBeUndefined();
    const body = JSON.parse(request.body);
    expect(body.text).toBe('[SEV1] INC-2026-0001 raised to SEV1: Flood on &lt;Webmail&gt; &amp; API');
    expect(body.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '[SEV1] INC-2026-0001 raised to SEV1: Flood on <Webmail> & API' },
    });
    const fields = body.blocks
      .filter((block: { type: string }) => block.type === 'section')
      .flatMap((block: { fields: { type: string; text: string }[] }) => block.fields);
    expect(fields.every((field: { type: string }) => field.type === 'mrkdwn')).toBe(true);
    expect(fields.map((field: { text: string }) => field.text)).toEqual(
      expect.arrayContaining([
        '*Severity*\nSEV1 (was SEV3)',
        '*Time to detect*\n4 s',
        '*Time to mitigate*\n12 s',
      ]),
    );
    for (const block of body.blocks) {
      if (block.type === 'section') expect(block.fields.length).toBeLessThanOrEqual(10);
    }
    expect(body.blocks.at(-1).type).toBe('context');
  });
});

describe('retry waits', () => {
  const policy = { retries: 5, backoffMs: 1_000, maxBackoffMs: 5_000, timeoutMs: 10_000 };

  it('double from the first wait, jittered between half and all of it, and stop growing at the cap', () => {
    expect([1, 2, 3, 4].map((retry) => retryDelay(retry, policy, () => 1))).toEqual([
      1_000, 2_000, 4_000, 5_000,
    ]);
    expect([1, 2, 3, 4].map((retry) => retryDelay(retry, policy, () => 0))).toEqual([
      500, 1_000, 2_000, 2_500,
    ]);
  });
});
