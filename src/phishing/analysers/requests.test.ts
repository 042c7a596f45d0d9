import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { requests } from './requests.js';

describe('the requests analyser', () => {
  it('names a pressed request for money from a free mail account', async () => {
    const [found] = await requests.analyse(
      await message({
        from: 'Maria Keller <maria.keller.ceo@gmail.com>',
        text: 'Are you at your desk? I need an urgent wire transfer processed today, I am in a meeting.',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'money-or-secret-request', weight: 40 });
    expect(found.explanation).toContain('"wire transfer"');
    expect(found.explanation).toContain('maria.keller.ceo@gmail.com');
  });

  it('says nothing of a colleague mentioning payroll without haste', async () => {
    const note = await message({
      from: 'HR <hr@corp.example>',
      text: 'The payroll calendar for next year is attached.',
    });
    expect(await requests.analyse(note, context())).toEqual([]);
  });
});
