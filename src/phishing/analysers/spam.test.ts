import { describe, expect, it } from 'vitest';
import { judge } from '../verdict.js';
import { context, message } from './fixture.js';
import { spam } from './spam.js';

describe('the spam analyser', () => {
  it('makes a harmless bulk mailing spam, never phishing', async () => {
    const found = await spam.analyse(
      await message({
        headers: ['List-Unsubscribe: <https://news.example/u>', 'Precedence: bulk'],
        text: 'Special offer this week.',
      }),
      context(),
    );
    expect(found.every((s) => s.towards === 'spam')).toBe(true);
    expect(judge(found)).toMatchObject({ verdict: 'spam', score: 0 });
  });
});
