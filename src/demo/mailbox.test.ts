// Tests for the demo mailbox: the same data on every run, paging and scored search.
import { describe, expect, it } from 'vitest';
import { findMessage, listPage, MESSAGE_COUNT, PAGE_SIZE, parsePage, search } from './mailbox.js';

describe('mailbox', () => {
  it('holds 200 deterministic messages, newest first', () => {
    const first = listPage(1);
    expect(first.total).toBe(MESSAGE_COUNT);
    expect(first.pages).toBe(MESSAGE_COUNT / PAGE_SIZE);
    expect(first.messages).toHaveLength(PAGE_SIZE);
    expect(first.messages[0].id).toBe(200);
    expect(first.messages[0].date).toBe('2024-06-03T09:15:00.000Z');
    expect(first.messages[0].date > first.messages[1].date).toBe(true);
    expect(findMessage(200)?.subject).toBe(first.messages[0].subject);
    expect(first.messages[0]).not.toHaveProperty('body');
  });

  it('returns an empty page past the end and no message for an unknown id', () => {
    expect(listPage(11).messages).toEqual([]);
    expect(findMessage(0)).toBeUndefined();
    expect(findMessage(201)).toBeUndefined();
  });

  it('parses page numbers strictly', () => {
    expect(parsePage(null)).toBe(1);
    expect(parsePage('3')).toBe(3);
    expect(parsePage('0')).toBeUndefined();
    expect(parsePage('-1')).toBeUndefined();
    expect(parsePage('2.5')).toBeUndefined();
    expect(parsePage('abc')).toBeUndefined();
  });

  it('scores subject hits above body hits and ignores case', () => {
    const hits = search('INVOICE');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0].subject.toLowerCase()).toContain('invoice');
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
    expect(search('zzzz-no-such-word')).toEqual([]);
    expect(search('   ')).toEqual([]);
  });
});
