import { describe, expect, it } from 'vitest';
import { judge, SUSPICIOUS_SCORE } from '../verdict.js';
import { context, message } from './fixture.js';
import { WORDING_WEIGHT, wording } from './wording.js';

const signals = async (subject: string, text: string) =>
  wording.analyse(await message({ subject, text }), context());

describe('the wording analyser', () => {
  it('weighs a lure worded as phishing is, and quotes the words that weighed most', async () => {
    const [found] = await signals(
      'Action required: verify your mailbox',
      'Dear user, your mailbox storage is full. Please confirm your account within 24 hours or your email will be suspended. Click below to verify.',
    );
    expect(found).toMatchObject({ code: 'phishing-wording', weight: WORDING_WEIGHT, towards: 'phishing' });
    expect(found.explanation).toMatch(/"confirm"|"mailbox"/);
  });

  it('leaves a mailing-list reply alone', async () => {
    expect(
      await signals(
        'Re: [SAtalk] bayes question',
        'I ran sa-learn on my folder and the database seems fine. Did you try the --force-expire option? Cheers',
      ),
    ).toEqual([]);
  });

  it('never makes mail suspicious on its own', async () => {
    const found = await signals(
      'Your account will be suspended',
      'Dear customer, confirm your password within 24 hours or your account will be closed. Verify now.',
    );
    expect(found).toHaveLength(1);
    expect(WORDING_WEIGHT).toBeLessThan(SUSPICIOUS_SCORE);
    expect(judge(found).verdict).toBe('clean');
  });
});
