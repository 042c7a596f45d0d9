// The email for a notice: the summary line as subject, the facts as plain text and as a simple HTML table.

import { type Notice, noticeFacts, summaryLine } from './notice.js';

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function emailContent(notice: Notice): EmailContent {
  const subject = summaryLine(notice);
  const facts = noticeFacts(notice);
  const width = Math.max(...facts.map(([label]) => label.length)) + 2;
  const text = [
    subject,
    '',
    ...facts.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`),
    '',
    '-- ',
    'Sent by Breakwater',
    '',
  ].join('\n');
  const rows = facts
    .map(
      ([label, value]) =>
        `<tr><th align="left" style="padding:2px 12px 2px 0">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
    )
    .join('\n');
  const html = [
    '<!doctype html>',
    '<html><body style="font-family:sans-serif">',
    `<h2>${escapeHtml(subject)}</h2>`,
    `<table>\n${rows}\n</table>`,
    '<p style="color:#666">Sent by Breakwater</p>',
    '</body></html>',
    '',
  ].join('\n');
  return { subject, text, html };
}
