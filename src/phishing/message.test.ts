import { describe, expect, it } from 'vitest';
import { readReport } from './message.js';

const LIMITS = { maxParts: 100 };

describe('reading a reported message', () => {
  it('takes out the invisible characters lures put inside words, in the subject, the text and the name', async () => {
    const raw = Buffer.from(
      [
        'From: "Micro\u200bsoft" <it@notices.example>',
        'To: ann@corp.example',
        'Subject: Your pass\u200bword ex\u00adpires',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Con\ufefffirm your pass\u200dword to\u2060day.',
      ].join('\r\n'),
    );
    const { reported } = await readReport(raw, true, LIMITS);
    expect(reported.subject).toBe('Your password expires');
    expect(reported.text.trim()).toBe('Confirm your password today.');
    expect(reported.from?.name).toBe('Microsoft');
  });
});
