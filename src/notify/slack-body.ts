// The body of a Slack incoming webhook: a plain summary for the notification, and blocks (mrkdwn) with the facts.

import { isoTime, type Notice, noticeFacts, summaryLine } from './notice.js';

/** Slack allows ten fields in one section block and 150 characters in a header. */
const FIELDS_PER_SECTION = 10;
const HEADER_MAX = 150;

/** Slack's mrkdwn treats &, < and > as markup; text from an incident is escaped so it shows as written. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function slackBody(notice: Notice): string {
  const summary = summaryLine(notice);
  const fields = noticeFacts(notice).map(([label, value]) => ({
    type: 'mrkdwn',
    text: `*${label}*\n${escapeMrkdwn(value)}`,
  }));
  const sections = [];
  for (let i = 0; i < fields.length; i += FIELDS_PER_SECTION) {
    sections.push({ type: 'section', fields: fields.slice(i, i + FIELDS_PER_SECTION) });
  }
  return JSON.stringify({
    text: escapeMrkdwn(summary),
    blocks: [
      {
        type: 'header',
        text: {
          type: 'plain_text',
          text: summary.length > HEADER_MAX ? `${summary.slice(0, HEADER_MAX - 1)}…` : summary,
        },
      },
      ...sections,
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: `Breakwater · ${isoTime(notice.occurredAt)}` }],
      },
    ],
  });
}
