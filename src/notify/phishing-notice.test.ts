// A phishing incident's notices: what the webhook and the email say of its campaign (reports, verdict,
// sender and link domains, never who reported it), read from a real store, in the order things happened.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type MailSink, readableMail as readable, startMailSink } from '../../test/support/mail-sink.js';
import { EventBus } from '../events.js';
import { silentLog } from '../log.js';
import { followCampaignReview, openPhishingIncident } from '../phishing/incident.js';
import { openStore, type Store } from '../store/index.js';
import {
  collectingTimeline,
  incidentEvent,
  notificationSettings,
  type Receiver,
  sampleIncident,
  startReceiver,
  waitUntil,
} from './fixture.js';
import { createMailer } from './mailer.js';
import { Notifier } from './notifier.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const HASH = 'a'.repeat(64);
const KEYS = ['sender-domain:paypa1-billing.example', 'link-domain:verify-account.example', `sha256:${HASH}`];

async function setUp(): Promise<{
  store: Store;
  events: EventBus;
  hook: Receiver;
  mail: MailSink;
  timeline: ReturnType<typeof collectingTimeline>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'breakwater-phishing-notice-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  const store = await openStore({ dataDir: dir });
  cleanup.push(() => store.close());
  const hook = await startReceiver();
  cleanup.push(() => hook.close());
  const mail = await startMailSink({});
  cleanup.push(() => mail.close());
  const settings = notificationSettings({
    webhooks: [{ url: hook.url, secret: 'whsec-0123456789abcdef' }],
    email: { smtp: mail.url, from: 'breakwater@example.com', to: ['soc@example.com'] },
  });
  const timeline = collectingTimeline();
  const notifier = new Notifier({
    settings,
    record: timeline.record,
    mailer: createMailer(settings.email),
    campaignOf: (incidentId) => store.phishingCampaigns.forIncident(incidentId),
    log: silentLog,
  });
  cleanup.push(() => notifier.close());
  const events = new EventBus();
  const stop = notifier.listen(events);
  cleanup.push(async () => stop());
  return { store, events, hook, mail, timeline };
}

describe('a phishing incident’s notices', () => {
  it('tell its campaign instead of an attack, by webhook and email, and follow its review', async () => {
    const { store, events, hook, mail, timeline } = await setUp();
    const created = await store.phishingCampaigns.create('phishing', KEYS);
    for (let i = 0; i < 3; i++) await store.phishingCampaigns.countReport(created.id, 'phishing');
    const campaign = (await store.phishingCampaigns.get(created.id))!;
    const incident = await openPhishingIncident(
      { store, events },
      campaign,
      'Invoice overdue',
      '3 reports of the same campaign',
      Date.now(),
    );
    await waitUntil(() => timeline.entries.length === 2);

    const opened = JSON.parse(hook.received[0].body);
    expect(opened).toMatchObject({
      type: 'incident.opened',
      incident: { id: incident.id, kind: 'phishing', attackClasses: [] },
      campaign: {
        id: campaign.id,
        reports: 3,
        verdict: 'phishing',
        review: null,
        senderDomains: ['paypa1-billing.example'],
        linkDomains: ['verify-account.example'],
        attachments: 1,
      },
    });

    const text = readable(mail.mails[0].raw);
    expect(text).toMatch(/^Subject: \[SEV3\] INC-\d{4}-\d{4} opened: Phishing campaign: Invoice overdue$/m);
    expect(text).toMatch(/^Kind: +phishing campaign$/m);
    expect(text).toMatch(/^Reports: +3$/m);
    expect(text).toMatch(/^Verdict: +phishing \(not reviewed yet\)$/m);
    expect(text).toMatch(/^Sender domains: +paypa1-billing.example$/m);
    expect(text).toMatch(/^Link domains: +verify-account.example$/m);
    expect(text).not.toMatch(/^(Attack|Services|Peak attack rate):/m);

    await store.phishingCampaigns.review(campaign.id, 'overturned:spam');
    const reviewed = (await store.phishingCampaigns.get(campaign.id))!;
    await followCampaignReview({ store, events }, reviewed, 'spam', 'analyst@example.com', Date.now());
    await waitUntil(() => timeline.entries.length === 4);

    const resolved = JSON.parse(hook.received[1].body);
    expect(resolved).toMatchObject({
      type: 'incident.resolved',
      incident: { id: incident.id, kind: 'phishing', status: 'resolved' },
      campaign: { id: campaign.id, review: 'overturned:spam' },
    });
    expect(readable(mail.mails[1].raw)).toMatch(/^Verdict: +spam \(overturned by a responder\)$/m);
  });

  it('keep a flood’s notice as it was: the attack and its figures, no campaign', async () => {
    const { store, events, hook, mail, timeline } = await setUp();
    const { id: _, ...draft } = sampleIncident();
    const incident = await store.incidents.create(draft);
    events.publish(incidentEvent('opened', incident, undefined));
    await waitUntil(() => timeline.entries.length === 2);

    const body = JSON.parse(hook.received[0].body);
    expect(body.incident.kind).toBe('flood');
    expect(body).not.toHaveProperty('campaign');
    const text = readable(mail.mails[0].raw);
    expect(text).toMatch(/^Attack: +http-flood$/m);
    expect(text).toMatch(/^Peak attack rate: /m);
    expect(text).not.toMatch(/^(Kind|Campaign|Reports):/m);
  });
});
