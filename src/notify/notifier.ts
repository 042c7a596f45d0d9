// The notifier: turns incident events from the bus into deliveries for every channel that wants them, and
// writes how each delivery ended on the incident's timeline. Listening only enqueues; nothing here waits
// (a phishing incident's campaign is read first, in the background, its notices kept in order).

import { randomUUID } from 'node:crypto';
import { Agent } from 'undici';
import type { BreakwaterEvent, EventBus } from '../events.js';
import { BREAKWATER_AUTHOR, type TimelineEntry } from '../incidents/incident.js';
import type { Log } from '../log.js';
import type { Campaign } from '../store/index.js';
import type { Channel } from './channel.js';
import { channelsFor, type NotificationSettings } from './channels.js';
import { DeliveryQueue, type Outcome } from './delivery-queue.js';
import type { Mailer } from './mailer.js';
import { campaignFacts, headline, type Notice, noticeOf } from './notice.js';

export type { NotificationSettings } from './channels.js';

/** A timeline entry as the notifier writes it; the incident repository adds the rest. */
export type DeliveryEntry = Pick<TimelineEntry, 'at' | 'kind' | 'author' | 'text' | 'data'>;

/** Adds an entry to an incident's timeline (the incident repository's appendTimeline). */
export type RecordDelivery = (incidentId: string, entry: DeliveryEntry) => Promise<unknown>;

export interface NotifierOptions {
  settings: NotificationSettings;
  record: RecordDelivery;
  /** Sends the email notifications; without one, none are sent. */
  mailer?: Mailer;
  /** The campaign of a phishing incident (the campaign repository's forIncident); without it, none is told. */
  campaignOf?: (incidentId: string) => Promise<Campaign | undefined>;
  log: Log;
  now?: () => number;
  /** Jitter of the retry waits (tests). */
  random?: () => number;
}

export class Notifier {
  private readonly channels: Channel[];
  private readonly queue: DeliveryQueue;
  private readonly dispatcher: Agent;
  private readonly now: () => number;
  /** Campaigns being read for phishing notices, one after the other. */
  private campaignReads: Promise<void> = Promise.resolve();

  constructor(private readonly options: NotifierOptions) {
    const { settings, mailer } = options;
    this.now = options.now ?? Date.now;
    this.dispatcher = new Agent({ connect: { timeout: settings.timeout } });
    this.channels = channelsFor(settings, { dispatcher: this.dispatcher, mailer });
    this.queue = new DeliveryQueue({
      policy: {
        retries: settings.retries,
        backoffMs: settings.backoff,
        maxBackoffMs: settings.maxBackoff,
        timeoutMs: settings.timeout,
      },
      capacity: settings.queueSize,
      onOutcome: (outcome) => this.recordOutcome(outcome),
      log: options.log,
      random: options.random,
    });
  }

  /** Follows the bus until the returned function is called. */
  listen(events: EventBus): () => void {
    return events.subscribe((event) => this.notify(event));
  }

  /** Queues a delivery per channel that wants this event; returns at once. */
  notify(event: BreakwaterEvent): void {
    const notice = noticeOf(event);
    if (notice === undefined || !this.channels.some((c) => c.events.includes(notice.event))) return;
    const { campaignOf } = this.options;
    if (notice.incident.kind !== 'phishing' || campaignOf === undefined) {
      this.enqueue(notice);
      return;
    }
    this.campaignReads = this.campaignReads.then(async () => {
      const campaign = await campaignOf(notice.incident.id).catch((error: Error) => {
        this.options.log.error('reading the campaign of a phishing incident failed', {
          incident: notice.incident.id,
          error: error.message,
        });
        return undefined;
      });
      this.enqueue(campaign === undefined ? notice : { ...notice, campaign: campaignFacts(campaign) });
    });
  }

  private enqueue(notice: Notice): void {
    for (const channel of this.channels) {
      if (channel.events.includes(notice.event)) this.queue.push(channel, { id: randomUUID(), notice });
    }
  }

  /** Deliveries not yet ended. */
  get pending(): number {
    return this.queue.size;
  }

  /** Stops: attempts in flight are cut short, and deliveries not yet made are dropped (and logged). */
  async close(): Promise<void> {
    await this.campaignReads;
    const unfinished = await this.queue.close();
    await this.dispatcher.destroy();
    if (unfinished > 0)
      this.options.log.warn('notifications not delivered at shutdown', { count: unfinished });
  }

  private recordOutcome({ channel, delivery, attempts, error }: Outcome): void {
    const { incident } = delivery.notice;
    const what = headline(delivery.notice);
    const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
    const text =
      error === undefined
        ? `Notified ${channel.target} by ${channel.kind}: ${what}.`
        : `Could not notify ${channel.target} by ${channel.kind} (${what}) after ${tries}: ${error}.`;
    const fields = {
      channel: channel.kind,
      target: channel.target,
      incident: incident.id,
      attempt: attempts,
    };
    if (error === undefined) this.options.log.info('notification delivered', fields);
    else this.options.log.error('notification failed', { ...fields, error });
    const entry: DeliveryEntry = {
      at: this.now(),
      kind: 'notification',
      author: BREAKWATER_AUTHOR,
      text,
      data: {
        channel: channel.kind,
        target: channel.target,
        attempt: attempts,
        status: error === undefined ? 'delivered' : 'failed',
        event: delivery.notice.event,
        deliveryId: delivery.id,
        ...(error !== undefined && { error }),
      },
    };
    this.options.record(incident.id, entry).catch((failure: Error) =>
      this.options.log.error('recording a notification on the timeline failed', {
        incident: incident.id,
        error: failure.message,
      }),
    );
  }
}
