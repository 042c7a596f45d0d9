// Decision announcements: a replica that joins late, misses changes, or falls far behind ends with the
// same table as the source, and a malformed announcement is refused by its schema.

import { describe, expect, it } from 'vitest';
import type { Decision } from '../responder/decision.js';
import { DecisionTable } from '../responder/decision-table.js';
import { type Announcement, announcementSchema, DecisionFeed, DecisionReplica } from './decision-feed.js';

const now = () => 1_000_000;

function block(i: number): Decision {
  return {
    id: `dec_${String(i).padStart(16, '0')}`,
    scope: 'ip',
    value: `198.51.100.${i % 250}`,
    action: 'block',
    reason: 'test',
    source: 'detector',
    createdAt: 1_000_000,
    expiresAt: null,
  };
}

const ids = (table: DecisionTable) =>
  table
    .list()
    .map((d) => d.id)
    .sort();

describe('DecisionFeed and DecisionReplica', () => {
  it('keeps a replica in step, and a joiner takes the image then the changes', () => {
    const source = new DecisionTable(now);
    const heard: Announcement[] = [];
    const feed = new DecisionFeed(source, (a) => heard.push(a));
    source.put(block(1));
    source.put(block(2));
    const replica = new DecisionReplica(new DecisionTable(now));
    const table = new DecisionTable(now);
    const joiner = new DecisionReplica(table);
    joiner.load(feed.image());
    source.remove(block(1).id);
    source.put(block(3));
    for (const a of heard) replica.apply(a);
    for (const a of heard) joiner.apply(a);
    expect(ids(table)).toEqual(ids(source));
    expect(table.blockedAtAccept('198.51.100.3')).toBe(true);
    expect(table.blockedAtAccept('198.51.100.1')).toBe(false);
    expect(joiner.seq).toBe(feed.seq);
  });

  it('tells a gap, and the missed changes (or the image when they are gone) close it', () => {
    const source = new DecisionTable(now);
    const heard: Announcement[] = [];
    const feed = new DecisionFeed(source, (a) => heard.push(a));
    const table = new DecisionTable(now);
    const replica = new DecisionReplica(table);
    for (let i = 1; i <= 5; i++) source.put(block(i));
    expect(replica.apply(heard[0])).toBe('applied');
    expect(replica.apply(heard[0])).toBe('stale');
    expect(replica.apply(heard[3])).toBe('gap');
    for (const a of feed.since(replica.seq)!) replica.apply(a);
    expect(ids(table)).toEqual(ids(source));

    for (let i = 6; i <= 10_020; i++) source.put(block(i));
    expect(feed.since(replica.seq)).toBeUndefined();
    replica.load(feed.image());
    expect(table.size).toBe(source.size);
  });

  it('carries a decision’s route, so a replica answers it on that route only', () => {
    const onLogin: Decision = { ...block(7), route: '/login' };
    const parsed = announcementSchema.parse(
      JSON.parse(JSON.stringify({ seq: 1, change: 'put', decision: onLogin })),
    );
    expect(parsed.decision).toEqual(onLogin);
    const table = new DecisionTable(now);
    new DecisionReplica(table).apply(parsed as Announcement);
    expect(table.forRequest('198.51.100.7', undefined, '/login')?.id).toBe(onLogin.id);
    expect(table.forRequest('198.51.100.7', undefined, '/inbox')).toBeUndefined();
    expect(table.blockedAtAccept('198.51.100.7')).toBe(false);
  });

  it('refuses malformed announcements', () => {
    const good = { seq: 1, change: 'put', decision: block(1) };
    expect(announcementSchema.safeParse(good).success).toBe(true);
    for (const bad of [
      null,
      { ...good, seq: -1 },
      { ...good, change: 'explode' },
      { ...good, decision: { ...block(1), action: 'nuke' } },
      { ...good, decision: { ...block(1), expiresAt: 'soon' } },
      { ...good, decision: { ...block(1), route: '' } },
    ]) {
      expect(announcementSchema.safeParse(bad).success).toBe(false);
    }
  });
});
