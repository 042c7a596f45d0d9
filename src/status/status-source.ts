// Gathers what the public status page shows (incidents from the store, origin health, the services) and
// keeps the public view for a few seconds, so that a crowd reloading the page costs one store read.
import { type HealthReport, healthStatusCode } from '../control/health.js';
import { type Incident, OPEN_STATUSES, type TimelineEntry } from '../incidents/incident.js';
import type { IncidentFilter } from '../store/index.js';
import { HISTORY_DAYS, type PublicStatus, publicStatus } from './public-view.js';

/** How long a view is served before it is made again; the pages' Cache-Control says the same. */
export const STATUS_CACHE_MS = 10_000;
/** Resolved incidents listed with their updates; older ones still colour the history. */
export const PAST_INCIDENTS_LISTED = 20;
/** Most incidents read (newest first); beyond it, the oldest days of the history show no incident. */
const HISTORY_LIMIT = 1_000;
const DAY_MS = 86_400_000;

export interface IncidentReader {
  list(filter: IncidentFilter): Promise<Incident[]>;
  timeline(id: string): Promise<TimelineEntry[]>;
}

export interface StatusSourceOptions {
  incidents: IncidentReader;
  /** Names of the protected services. */
  services: readonly string[];
  health: () => HealthReport;
  now: () => number;
}

export class StatusSource {
  private cached: { at: number; view: Promise<PublicStatus> } | undefined;

  constructor(private readonly opts: StatusSourceOptions) {}

  /** The public view, made at most once per cache period; a failed read is not kept. */
  view(): Promise<PublicStatus> {
    const now = this.opts.now();
    const cached = this.cached;
    // A clock set back also ends the period, so that the page never stays stale for as long.
    if (cached !== undefined && now >= cached.at && now - cached.at < STATUS_CACHE_MS) return cached.view;
    const entry = { at: now, view: this.make(now) };
    this.cached = entry;
    entry.view.catch(() => {
      if (this.cached === entry) this.cached = undefined;
    });
    return entry.view;
  }

  private async make(now: number): Promise<PublicStatus> {
    const { incidents } = this.opts;
    const historyStart = (Math.floor(now / DAY_MS) - HISTORY_DAYS + 1) * DAY_MS;
    const found = await incidents.list({ since: historyStart, until: now, limit: HISTORY_LIMIT });
    const past = found.filter((incident) => !OPEN_STATUSES.includes(incident.status));
    const shown = new Set(past.slice(0, PAST_INCIDENTS_LISTED));
    const listed = await Promise.all(
      found.map(async (incident) =>
        OPEN_STATUSES.includes(incident.status) || shown.has(incident)
          ? { incident, timeline: await incidents.timeline(incident.id) }
          : { incident },
      ),
    );
    return publicStatus({
      now,
      services: [...this.opts.services],
      originsDown: healthStatusCode(this.opts.health()) === 503,
      incidents: listed,
    });
  }
}
