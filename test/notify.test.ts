// Incident notifications through a running Breakwater: an incident change on the bus reaches the webhooks,
// and each delivery's outcome lands on the incident's timeline in the store; a phishing incident's
// delivery carries its campaign, read from the store.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../src/incidents/incident.js';
import {
  incidentEvent,
  type Receiver,
  sampleIncident,
  startReceiver,
  waitUntil,
} from '../src/notify/fixture.js';
import { verifySignature } from '../src/notify/signature.js';
import { openPhishingIncident } from '../src/phishing/incident.js';
import { type Stack, startStack } from './support/stack.js';

const SECRET = 'whsec-0123456789abcdef';

describe('notifications from a running Breakwater', () => {
  let stack: Stack;
  let team: Receiver;
  let broken: Receiver;

  beforeAll(async () => {
    team = await startReceiver();
    broken = await startReceiver(() => 500);
    stack = await startStack({
      config: {
        notifications: {
          webhooks: [
            { url: team.url, secret: SECRET },
            { url: broken.url, secret: SECRET, events: ['opened'] },
          ],
          retries: 1,
          backoff: '10ms',
        },
      },
    });
  });

  afterAll(async () => {
    await stack?.stop();
    await team?.close();
    await broken?.close();
  });

  it('sends a signed delivery for an opened incident and writes both outcomes on its timeline', async () => {
    const { id: _, ...draft } = sampleIncident({ status: 'detected' });
    const incident = await stack.bw.store.incidents.create(draft);
    stack.bw.events.publish(incidentEvent('opened', incident, undefined));

    let entries: TimelineEntry[] = [];
    await waitUntil(async () => {
      entries = (await stack.bw.store.incidents.timeline(incident.id)).filter(
        (e) => e.kind === 'notification',
      );
      return entries.length === 2;
    });

    const [request] = team.received;
    const body = JSON.parse(request.body);
    expect(body).toMatchObject({
      type: 'incident.opened',
      incident: { id: incident.id, status: 'detected' },
    });
    expect(
      verifySignature(String(request.headers['breakwater-signature']), request.body, SECRET, Date.now()),
    ).toBe(true);
    expect(broken.received).toHaveLength(2);

    const teamHost = new URL(team.url).host;
    const brokenHost = new URL(broken.url).host;
    expect(entries.map((entry) => [entry.author, entry.data?.target, entry.data?.status]).sort()).toEqual(
      [
        ['breakwater', teamHost, 'delivered'],
        ['breakwater', brokenHost, 'failed'],
      ].sort(),
    );
    const failed = entries.find((entry) => entry.data?.status === 'failed')!;
    expect(failed.text).toBe(
      `Could not notify ${brokenHost} by webhook (opened) after 2 attempts: HTTP 500.`,
    );
    expect(failed.public).toBe(false);
    expect(JSON.stringify(entries)).not.toContain(SECRET);
  });

  it('sends a phishing incident’s campaign with its kind, and no reporter', async () => {
    const { store, events } = stack.bw;
    const campaign = await store.phishingCampaigns.create('phishing', ['link-domain:mailbox-quota.example']);
    await store.phishingCampaigns.countReport(campaign.id, 'phishing');
    const seen = team.received.length;
    const incident = await openPhishingIncident(
      { store, events },
      campaign,
      'Mailbox full',
      'a phishing verdict the intel corroborates',
      Date.now(),
    );
    await waitUntil(() => team.received.length > seen);

    const body = JSON.parse(team.received[seen].body);
    expect(body).toMatchObject({
      type: 'incident.opened',
      incident: { id: incident.id, kind: 'phishing' },
      campaign: { id: campaign.id, reports: 1, verdict: 'phishing', linkDomains: ['mailbox-quota.example'] },
    });
    expect(team.received[seen].body).not.toMatch(/reporter|@/);
  });
});
