import { describe, expect, it } from 'vitest';
import { classicScams } from './classic-scams.js';
import { context, message } from './fixture.js';

const scam = async (text: string, from = 'Sender <someone@sender.example>', headers: string[] = []) =>
  (await classicScams.analyse(await message({ from, text, headers }), context())).map((s) => s.evidence);

describe('the classic-scams analyser', () => {
  it("names the domain registration scam, an attendee list for sale and a private register's invoice", async () => {
    expect(
      await scam(
        'We are a domain name registration service in Shanghai. We received an application from "Wanda Trading" to register "acme" as their brand name. After our audit we found the name conflicts with your company.',
      ),
    ).toEqual(['domain-registration']);
    expect(
      await scam(
        'Would you be interested in acquiring the CES 2027 attendees list? I will share the pricing.',
      ),
    ).toEqual(['attendee-list']);
    expect(
      await scam(
        'Your trademark registration is due for publication in our\ninternational register. Please pay the attached invoice within 8 days.',
      ),
    ).toEqual(['register-invoice']);
  });

  it('says nothing of a claim without its ask, of a list, or of mail from inside', async () => {
    expect(
      await scam('The CES 2027 attendees list is on the organiser’s site for registered exhibitors.'),
    ).toEqual([]);
    expect(
      await scam('Interested in acquiring the attendees list? Pricing and a sample on request.', undefined, [
        'List-Unsubscribe: <mailto:leave@sender.example>',
      ]),
    ).toEqual([]);
    expect(
      await scam(
        'Would you be interested in acquiring the attendees list from our booth? I can share the pricing.',
        'Nora <nora@corp.example>',
      ),
    ).toEqual([]);
  });
});
