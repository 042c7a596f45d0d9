import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { techSupport } from './tech-support.js';

const codes = async (from: string, text: string) =>
  (await techSupport.analyse(await message({ from, text }), context())).map((s) => s.code);

describe('the tech support analyser', () => {
  it('names a warning of an infected computer with a number to call', async () => {
    const [found] = await techSupport.analyse(
      await message({
        from: '"McAfee Total Protection" <renewal@secure-shield-alerts.example>',
        text: 'Your PC has been infected with 5 viruses. Your licence ended yesterday. Contact our technicians immediately at 1-888-555-0172 to remove them.',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'tech-support-call', weight: 40 });
    expect(found.explanation).toContain('1-888-555-0172');
  });

  it('says nothing of your own IT, a warning without a number, or a number without a warning', async () => {
    expect(
      await codes(
        'IT Security <security@corp.example>',
        'Malware was detected on your laptop. Please call the service desk on +44 20 7946 0000 today.',
      ),
    ).toEqual([]);
    expect(
      await codes(
        'Security News <news@infosec-weekly.example>',
        'Ransomware detected at three hospitals this week. Read the write-up on our site.',
      ),
    ).toEqual([]);
    expect(
      await codes(
        'Front desk <desk@dentist.example>',
        'Your appointment is on Monday. Call us on +44 20 7946 0999.',
      ),
    ).toEqual([]);
  });
});
