import { describe, expect, it } from 'vitest';
import { type Attachment, context, message } from './fixture.js';
import { invitations } from './invitations.js';

const ics = (description: string, location = 'Room 4', summary = 'Project review'): Attachment => ({
  filename: 'invite.ics',
  contentType: 'text/calendar',
  content: Buffer.from(
    [
      'BEGIN:VCALENDAR',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      `SUMMARY:${summary}`,
      `DESCRIPTION:${description.replace(/\n/g, '\\n')}`,
      `LOCATION:${location}`,
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]
      .map((line) => line.replace(/(.{73})/g, '$1\r\n '))
      .join('\r\n'),
  ),
});

const codes = async (from: string, invite: Attachment) =>
  (await invitations.analyse(await message({ from, attachments: [invite] }), context())).map((s) => s.code);

describe('the invitations analyser', () => {
  it('names an outside invitation whose link, folded in its description, goes to no meeting service', async () => {
    const [found] = await invitations.analyse(
      await message({
        from: 'Office of the CEO <ceo@exec-briefing.example>',
        attachments: [
          ics(
            'Review the agenda and confirm:\nhttps://exec-briefing.example/meeting/join?id=7731\nSign in with your corporate account.',
          ),
        ],
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'invitation-link', weight: 20 });
    expect(found.evidence).toBe('https://exec-briefing.example/meeting/join?id=7731');
  });

  it("says nothing of a Teams or Zoom meeting, or of a colleague's invitation", async () => {
    const teams = ics(
      'Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_x',
    );
    expect(await codes('Partner <pm@supplier.example>', teams)).toEqual([]);
    expect(
      await codes('Partner <pm@supplier.example>', ics('Join', 'https://us02web.zoom.us/j/8123')),
    ).toEqual([]);
    expect(
      await codes('Lena Fischer <lena.fischer@corp.example>', ics('Agenda: https://wiki.example/x')),
    ).toEqual([]);
  });
});

describe('the invitations analyser on dressed-up links', () => {
  it("names a link off the organiser's site that wears a meeting service's name, or asks to review a statement", async () => {
    expect(
      await codes(
        'Partner <pm@supplier.example>',
        ics('Microsoft Teams meeting. Join: https://teams-live.meet-room.example/meet/123'),
      ),
    ).toEqual(['invitation-link', 'invitation-lure']);
    expect(
      await codes(
        'HR <hr@hr-portal.example>',
        ics('Review your bonus statement before the meeting: https://bonus-review.example/s/9'),
      ),
    ).toEqual(['invitation-link', 'invitation-lure', 'invitation-pay']);
  });

  it("adds nothing when the link is the organiser's own site", async () => {
    expect(
      await codes(
        'Partner <pm@supplier.example>',
        ics('Review the contract first: https://docs.supplier.example/c/1'),
      ),
    ).toEqual(['invitation-link']);
  });
});

describe('the invitations analyser on pay', () => {
  it("names an outside invitation about your pay, even when its link is the organiser's own site", async () => {
    const pay = ics(
      'Agenda and slides: https://portal.hr-partners.example/m/4',
      'Room 4',
      '2027 Bonus Review',
    );
    const [, found] = await invitations.analyse(
      await message({ from: 'HR <hr@hr-partners.example>', attachments: [pay] }),
      context(),
    );
    expect(found).toMatchObject({ code: 'invitation-pay', weight: 15 });
    expect(found.explanation).toContain('"Bonus"');
  });

  it("says nothing of pay when an outside invitation is about something else, or when it is your employer's", async () => {
    const project = ics('Agenda and slides: https://portal.supplier.example/m/4');
    expect(await codes('Partner <pm@supplier.example>', project)).toEqual(['invitation-link']);
    const bonus = ics('Agenda: https://portal.hr-partners.example/m/4', 'Room 4', '2027 Bonus Review');
    expect(await codes('HR <hr@corp.example>', bonus)).toEqual([]);
  });

  it("names an invitation whose link is a page anyone can publish on a meeting service's site, and not its meeting", async () => {
    expect(
      await codes(
        'Bluefin Freight (Google Calendar) <calendar-notification@google.com>',
        ics('Open the invoice summary before the call:\nhttps://docs.google.com/drawings/d/1abc/view'),
      ),
    ).toEqual(['invitation-link']);
    expect(
      await codes(
        'Bluefin Freight (Google Calendar) <calendar-notification@google.com>',
        ics('Join: https://meet.google.com/abc-defg-hij'),
      ),
    ).toEqual([]);
  });
});
