// Decision announcements with catch-up by sequence number. The feed numbers every change of the
// authoritative decision table (the gateway's primary, or a gateway for the cluster); a replica applies
// them in order to its own table and notices a gap, so a worker or gateway that (re)joins takes the full
// table or the changes it missed, and misses nothing. Expiry is not announced: every table expires its
// decisions by itself, from the same expiresAt.

import { z } from 'zod';
import { ACTIONS, type Decision, SCOPES, SOURCES } from '../responder/decision.js';
import { MAX_ROUTE_LENGTH } from '../responder/decision-route.js';
import type { DecisionTable } from '../responder/decision-table.js';

export interface Announcement {
  seq: number;
  change: 'put' | 'remove';
  decision: Decision;
}

/** What a replica loads when it joins, or when the changes it missed are no longer kept. */
export interface TableImage {
  seq: number;
  decisions: Decision[];
}

/** Changes kept for catch-up; a replica further behind takes the full table. */
const KEPT = 10_000;

export class DecisionFeed {
  private last = 0;
  private readonly kept: Announcement[] = [];

  constructor(
    private readonly table: DecisionTable,
    onAnnouncement: (a: Announcement) => void,
  ) {
    table.onChange(({ type, decision }) => {
      if (type === 'expire') return;
      const announcement = { seq: ++this.last, change: type, decision };
      this.kept.push(announcement);
      if (this.kept.length > KEPT) this.kept.splice(0, this.kept.length - KEPT);
      onAnnouncement(announcement);
    });
  }

  get seq(): number {
    return this.last;
  }

  image(): TableImage {
    return { seq: this.last, decisions: this.table.list() };
  }

  /** The changes after `seq`, or undefined when some of them are no longer kept. */
  since(seq: number): Announcement[] | undefined {
    if (seq >= this.last) return [];
    const first = this.kept[0]?.seq ?? this.last + 1;
    if (seq + 1 < first) return undefined;
    return this.kept.slice(seq + 1 - first);
  }
}

export type Applied = 'applied' | 'stale' | 'gap';

/** A table kept in step with a feed. */
export class DecisionReplica {
  private last = 0;

  constructor(private readonly table: DecisionTable) {}

  get seq(): number {
    return this.last;
  }

  /** Replaces the table's content with the image. */
  load(image: TableImage): void {
    const keep = new Set(image.decisions.map((d) => d.id));
    for (const d of this.table.list()) if (!keep.has(d.id)) this.table.remove(d.id);
    for (const d of image.decisions) this.table.put(d);
    this.last = image.seq;
  }

  /** Applies the next change; a change already seen is 'stale', one after a missed change is a 'gap'. */
  apply(a: Announcement): Applied {
    if (a.seq <= this.last) return 'stale';
    if (a.seq !== this.last + 1) return 'gap';
    if (a.change === 'put') this.table.put(a.decision);
    else this.table.remove(a.decision.id);
    this.last = a.seq;
    return 'applied';
  }
}

/** A decision as it travels between processes; checked before it reaches a table. */
export const decisionSchema = z.object({
  id: z.string().min(1).max(128),
  scope: z.enum(SCOPES),
  value: z.string().min(1).max(256),
  action: z.enum(ACTIONS),
  throttle: z.object({ rate: z.number().positive(), burst: z.number().int().min(0) }).optional(),
  difficulty: z.number().int().min(0).max(32).optional(),
  reason: z.string().max(1000),
  source: z.enum(SOURCES),
  createdAt: z.number().finite(),
  expiresAt: z.number().finite().nullable(),
  detectionId: z.string().max(256).optional(),
  /** Checked again by the table that takes it (decision-route.ts). */
  route: z.string().min(1).max(MAX_ROUTE_LENGTH).optional(),
});

export const announcementSchema = z.object({
  seq: z.number().int().positive(),
  change: z.enum(['put', 'remove']),
  decision: decisionSchema,
});
