import { describe, expect, it } from 'vitest';
import { departments } from './departments.js';
import { context, message } from './fixture.js';

const signs = async (parts: Parameters<typeof message>[0]) =>
  departments.analyse(await message(parts), context());
const codes = async (parts: Parameters<typeof message>[0]) => (await signs(parts)).map((s) => s.code);
const page = (body: string) => `<html><body>${body}</body></html>`;

describe('the departments analyser', () => {
  it('names an IT notice about your password from outside, sending you to an unknown site', async () => {
    const [found] = await signs({
      from: '"IT Service Desk" <servicedesk@mail-portal.example>',
      subject: 'Password expiry notice',
      html: page(
        '<p>The password for alice@corp.example expires in 24 hours.</p><p><a href="https://sso-reset.example/keep">Keep current password</a></p>',
      ),
      text: 'The password for alice@corp.example expires in 24 hours.\nKeep current password: https://sso-reset.example/keep',
    });
    expect(found).toMatchObject({ code: 'department-from-outside', weight: 35 });
    expect(found.explanation).toContain('your own IT department ("IT Service Desk")');
    expect(found.explanation).toContain('servicedesk@mail-portal.example');
    expect(found.explanation).toContain('sso-reset.example');
  });

  it("weighs more from a free mail account, the company's name in the sender's name", async () => {
    const [found] = await signs({
      from: '"Corp IT Support" <corp.it.support@gmail.com>',
      subject: 'Action required: MFA re-enrolment',
      text: 'All staff must re-register multi-factor authentication by Friday: https://mfa-enrol.example/start',
    });
    expect(found).toMatchObject({ code: 'department-from-outside', weight: 45 });
  });

  it('names an HR notice about pay with a file to open, or signed as HR at its end', async () => {
    expect(
      await codes({
        from: '"Human Resources" <hr@people-files.example>',
        subject: '2026 salary review',
        text: 'Please open the attached letter about your salary adjustment.',
        attachments: [
          { filename: 'Salary_Review_2026.html', contentType: 'text/html', content: Buffer.from('<p>x</p>') },
        ],
      }),
    ).toEqual(['department-from-outside']);
    const [signed] = await signs({
      from: 'Notifications <notice@staff-portal.example>',
      subject: 'Updated remote work policy - acknowledgement required',
      text: 'Dear colleague,\n\nPlease read and acknowledge the updated remote work policy by Friday:\nhttps://staff-portal.example/policy/ack\n\nKind regards,\nHR Team',
    });
    expect(signed).toMatchObject({ code: 'department-from-outside', weight: 35 });
    expect(signed.explanation).toContain('your own HR department ("HR Team")');
  });

  it("names a notice showing the company's own address whose replies go outside", async () => {
    const [found] = await signs({
      from: '"Payroll" <payroll@corp.example>',
      headers: ['Reply-To: payroll-desk@staff-mail.example'],
      subject: 'Your December payslip',
      text: 'Your December payslip is ready: https://payslip-view.example/d/2026-12',
    });
    expect(found).toMatchObject({ code: 'department-from-outside', weight: 35 });
    expect(found.explanation).toContain('replies go to payroll-desk@staff-mail.example');
  });

  it('names an outside "help desk" about your mailbox that will call or chat with you', async () => {
    const [chat] = await signs({
      from: '"Service Desk" <support@tenant-4471.cloudmail.example>',
      subject: 'Junk mail flood on your email account',
      text: 'Hello,\n\nYour mailbox is receiving hundreds of junk messages. One of our technicians will reach you via Zoom in a few minutes to clean it up; please accept the meeting request and keep it open.\n\nService Desk',
    });
    expect(chat).toMatchObject({ code: 'department-from-outside', weight: 35 });
    expect(chat.explanation).toContain('reach you via Zoom');
    expect(
      await codes({
        from: '"IT Support" <it.support@outlook.com>',
        subject: 'Password problem on your account',
        text: 'We could not sync your password. Please call the help desk on +1 (415) 555-0199 today.\n\nIT Support',
      }),
    ).toEqual(['department-from-outside']);
  });

  it('reads the departments and their topics in other languages', async () => {
    expect(
      await codes({
        from: '"Service des Ressources Humaines" <paie@rh-espace-salarie.example>',
        subject: 'Votre bulletin de paie de novembre',
        text: 'Votre bulletin de paie est disponible. Connectez-vous avec votre compte professionnel : https://espace-salarie-connexion.example/login',
      }),
    ).toEqual(['department-from-outside']);
    expect(
      await codes({
        from: '"IT-Abteilung" <support@postfach-update.example>',
        subject: 'Ihr Postfach ist voll',
        text: 'Ihr Postfach hat das Limit erreicht. Jetzt erweitern: https://postfach-update.example/erweitern',
      }),
    ).toEqual(['department-from-outside']);
    expect(
      await codes({
        from: '"Personalabteilung" <personal@corp.example>',
        subject: 'Ihre Gehaltsabrechnung',
        text: 'Ihre Gehaltsabrechnung liegt im Portal: https://corp-lohn.example/abrechnung',
      }),
    ).toEqual([]);
  });

  it('says nothing of your own help desk asking you to call, nor of a call without an account pretext', async () => {
    expect(
      await codes({
        from: '"IT Service Desk" <servicedesk@corp.example>',
        subject: 'Your VPN ticket',
        text: 'We looked at your VPN problem. Please call us on +44 20 7946 0000 or accept the Teams call from our engineer.',
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: '"IT Service Desk" <servicedesk@mail-portal.example>',
        subject: 'Desk move on Friday',
        text: 'Your desk moves to the second floor on Friday. Questions? Call us on +44 20 7946 0000.',
      }),
    ).toEqual([]);
  });

  it('says nothing of your own IT and HR, an outside service under its own name, or a brand', async () => {
    const notice = (signed: string) => ({
      subject: 'Password expiry notice',
      text: `Your password expires in 3 days. Change it at https://password.corp-tools.example/change\n\n${signed}`,
    });
    expect(
      await codes({ from: '"IT Service Desk" <servicedesk@corp.example>', ...notice('IT Service Desk') }),
    ).toEqual([]);
    expect(
      await codes({ from: '"Acme Help Desk" <help@acme-saas.example>', ...notice('Acme Help Desk') }),
    ).toEqual([]);
    expect(
      await codes({
        from: '"Human Resources" <hr@corp.example>',
        subject: 'Open enrolment for 2027 benefits',
        text: 'Open enrolment starts Monday: https://corp.benefits-provider.example/enrol',
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: 'Microsoft 365 Admin <no-reply@microsoft.com>',
        subject: 'Set up multi-factor authentication',
        text: 'Your admin requires multi-factor authentication: https://aka-setup.example/mfa',
      }),
    ).toEqual([]);
  });

  it('says nothing of an outside IT notice about no account, nor of a list', async () => {
    expect(
      await codes({
        from: '"IT Service Desk" <servicedesk@mail-portal.example>',
        subject: 'Printer maintenance on Saturday',
        text: 'The third-floor printers are serviced on Saturday: https://printers.example/schedule',
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: '"HR Team" <news@hr-weekly.example>',
        headers: ['List-Id: <hr-weekly.lists.example>'],
        subject: 'Five payroll mistakes to avoid',
        text: 'This week: https://hr-weekly.example/payroll-mistakes',
      }),
    ).toEqual([]);
  });
});
