// The third unseen ham set: legitimate mail that a careless filter would flag (resets, sign-in alerts,
// e-signature, invoices, shipping, invitations, tracked newsletters, IT and HR notices, statements, failed
// payments, forwards, long threads, other languages, a protected archive, a QR ticket, codes), written
// beside unseen-3.ts and filled from the seed the same way. Real providers send from their own real
// domains, as they do in life (the company and made-up vendors use reserved ones); every link goes
// where the sender's business is.
import type { SeededRandom } from './generate.js';
import { qrPng } from './payloads.js';
import { type Entry, fill, page, type UnseenMessage } from './unseen-3.js';
import { invitation, onePagePdf, protectedZip } from './unseen-payloads.js';

const uuid = (hex: (n: number) => string) => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;

const ENTRIES: Entry[] = [
  {
    kind: 'password-reset',
    template: 'requested-password-reset',
    write: (s) => {
      const [brand, domain] = s.pick([
        ['GitHub', 'github.com'],
        ['Atlassian', 'atlassian.com'],
        ['Dropbox', 'dropbox.com'],
      ] as const);
      return {
        headers: s.headers(brand, `noreply@${domain}`),
        subject: `[${brand}] Please reset your password`,
        text: [
          `We heard that you lost your ${brand} password. Sorry about that!`,
          '',
          'But don’t worry! You can use the following link to reset your password:',
          '',
          `https://${domain}/password_reset/${s.token(32)}`,
          '',
          'If you don’t use this link within 3 hours, it will expire. If you did not ask for a reset, you can ignore this email.',
          '',
          'Thanks,',
          `The ${brand} Team`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'sign-in-alert',
    template: 'new-device-sign-in',
    write: (s) => ({
      headers: s.headers('Google', 'no-reply@accounts.google.com'),
      subject: `Security alert for ${s.victim.email}`,
      html: page(
        [
          'A new sign-in on Windows',
          `${s.victim.email}`,
          'We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.',
        ],
        [
          'Check activity',
          `https://accounts.google.com/AccountChooser?Email=${s.victim.email}&continue=https://myaccount.google.com/alert/nt/${s.digits(13)}`,
        ],
        'You can also see security activity at https://myaccount.google.com/notifications. Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
      ),
    }),
  },
  {
    kind: 'verification-code',
    template: 'one-time-code',
    write: (s) => ({
      headers: s.headers(
        'Microsoft account team',
        'account-security-noreply@accountprotection.microsoft.com',
      ),
      subject: 'Microsoft account security code',
      text: `Please use the following security code for the Microsoft account ${s.victim.email.replace(/^(..).*@/, '$1*****@')}.\n\nSecurity code: ${s.digits(6)}\n\nIf you don't recognise the Microsoft account ${s.victim.email}, you can click https://account.live.com/dp?purpose=RemoveAccount to remove your email address from that account.\n\nThanks,\nThe Microsoft account team`,
    }),
  },
  {
    kind: 'e-signature',
    template: 'envelope-from-known-vendor',
    write: (s) => ({
      headers: s.headers(`${s.stranger.name} via Docusign`, 'dse_na3@docusign.net', [
        `Reply-To: ${s.address(s.stranger.name, s.stranger.email)}`,
      ]),
      subject: `Complete with Docusign: ${s.vendor.name} – Master Services Agreement 2027.pdf`,
      html: page(
        [
          `${s.stranger.name} sent you a document to review and sign.`,
          `<i>${s.victim.first}, as agreed on our call, here is the renewal for signature. Let me know if legal has comments. ${s.stranger.first}</i>`,
        ],
        [
          'REVIEW DOCUMENT',
          `https://na3.docusign.net/Signing/EmailStart.aspx?a=${uuid(s.hex)}&etti=24&acct=${uuid(s.hex)}&er=${uuid(s.hex)}`,
        ],
        'Do Not Share This Email: this email contains a secure link to Docusign. Please do not share this email, link, or access code with others.',
      ),
    }),
  },
  {
    kind: 'invoice',
    template: 'vendor-monthly-invoice',
    write: (s) => {
      const number = `${s.vendor.name.slice(0, 2).toUpperCase()}-${s.digits(6)}`;
      const amount = s.money(800, 14000);
      return {
        headers: s.headers(`${s.vendor.name} Accounts`, `invoices@${s.vendor.domain}`),
        subject: `Invoice ${number} from ${s.vendor.name}`,
        text: [
          `Dear ${s.company} Accounts Payable,`,
          '',
          `Please find attached invoice ${number} for USD ${amount}, due in 30 days (net 30) to the account on file.`,
          `You can also view your invoices and statements at https://portal.${s.vendor.domain}/invoices.`,
          '',
          'Thank you for your business.',
          `${s.vendor.name} – Accounts Receivable`,
        ].join('\n'),
        parts: [
          {
            type: 'application/pdf',
            name: `${number}.pdf`,
            content: onePagePdf([
              `${s.vendor.name}`,
              `Invoice ${number}`,
              `Total USD ${amount}`,
              'Terms: net 30',
            ]),
          },
        ],
      };
    },
  },
  {
    kind: 'shipping-notice',
    template: 'package-on-the-way',
    write: (s) => {
      const tracking = `1Z${s.token(6).toUpperCase()}${s.digits(10)}`;
      return {
        headers: s.headers('UPS Quantum View', 'pkginfo@ups.com'),
        subject: `UPS Update: Package Scheduled for Delivery ${s.pick(['Tomorrow', 'Wednesday, 11/04/2026'])}`,
        html: page(
          [
            `Shipper: ${s.vendor.name}`,
            `Tracking Number: ${tracking}`,
            `Reference: PO ${s.digits(5)}`,
            'Your package is on its way. No signature is required.',
          ],
          ['Track Package', `https://www.ups.com/track?loc=en_US&tracknum=${tracking}&requester=QUIC`],
          'Do not reply to this email. UPS will not receive your reply.',
        ),
      };
    },
  },
  {
    kind: 'calendar-invite',
    template: 'colleague-teams-meeting',
    write: (s) => {
      const join = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${s.token(40)}%40thread.v2/0`;
      const topic = s.pick(['Q4 forecast review', 'Vendor onboarding sync', 'Quarterly access review']);
      return {
        headers: s.headers(s.colleague.name, s.colleague.email),
        subject: `Invitation: ${topic} @ Thu 5 Nov 2026 14:00`,
        text: `${topic}\n\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n${join}\nMeeting ID: ${s.digits(3)} ${s.digits(3)} ${s.digits(3)}`,
        parts: [
          {
            type: 'text/calendar',
            name: 'invite.ics',
            content: invitation({
              uid: `${s.hex(24)}@corp.example`,
              organizer: s.colleague.email,
              attendee: s.victim.email,
              summary: topic,
              description: `Microsoft Teams meeting. Join: ${join}`,
              location: 'Microsoft Teams Meeting',
              start: '20261105T140000Z',
            }),
          },
        ],
      };
    },
  },
  {
    kind: 'newsletter',
    template: 'tracked-industry-newsletter',
    write: (s) => {
      const click = () => `https://click.e.${s.vendor.domain}/?qs=${s.hex(64)}`;
      return {
        headers: s.headers(`${s.vendor.name} Insights`, `news@e.${s.vendor.domain}`, [
          `List-Unsubscribe: <https://click.e.${s.vendor.domain}/unsub?u=${s.hex(20)}>, <mailto:unsubscribe@e.${s.vendor.domain}>`,
          'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
        ]),
        subject: s.pick([
          'November outlook: freight rates and capacity',
          'Your monthly supply-chain briefing',
          '5 trends for 2027 planning',
        ]),
        html: [
          '<html><body>',
          `<p>Hi ${s.victim.first},</p>`,
          `<p><a href="${click()}">Read: ocean rates ease ahead of peak season</a></p>`,
          `<p><a href="${click()}">Webinar, 19 November: planning for 2027 tariffs</a></p>`,
          `<p style="font-size:11px">You receive this because you subscribed at ${s.vendor.domain}. <a href="${click()}">Unsubscribe</a> | <a href="${click()}">Preferences</a></p>`,
          `<img src="https://click.e.${s.vendor.domain}/open.aspx?ffcb10-${s.hex(24)}" width="1" height="1" alt="">`,
          '</body></html>',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'it-announcement',
    template: 'mfa-number-matching',
    write: (s) => ({
      headers: s.headers(`${s.company} IT Service Desk`, 'servicedesk@corp.example'),
      subject: 'Action required by 16 November: Authenticator number matching',
      text: [
        'Hello all,',
        '',
        'From Monday 16 November, Microsoft Authenticator will ask you to type the number shown on your screen when you approve a sign-in.',
        'You do not need to do anything now. The steps, with screenshots, are on the intranet: https://intranet.corp.example/it/mfa-number-matching',
        '',
        'Reminder: IT will never ask for your password or a sign-in code, and never asks you to approve a request you did not start. If you get an unexpected prompt, deny it and call ext. 4400.',
        '',
        `${s.company} IT Service Desk`,
      ].join('\n'),
    }),
  },
  {
    kind: 'hr-benefits',
    template: 'open-enrolment-provider',
    write: (s) => {
      const tenant = s.company.toLowerCase().replace(/[^a-z]/g, '');
      return {
        headers: s.headers(`${s.company} Benefits`, `${tenant}@notifications.benefitfocus.com`),
        subject: 'Open enrolment for 2027 is now open – elections due 20 November',
        html: page(
          [
            `Hi ${s.victim.first},`,
            'Open enrolment for your 2027 medical, dental and vision benefits runs from 2 to 20 November.',
            'If you make no changes, your current elections roll over, except for flexible spending accounts, which you must re-elect.',
          ],
          ['Go to the benefits portal', `https://${tenant}.benefitfocus.com/`],
          `Questions? Contact ${s.colleague.name} in People Operations.`,
        ),
      };
    },
  },
  {
    kind: 'bank-statement',
    template: 'statement-ready-no-link',
    write: (s) => {
      const [bank, domain] = s.pick([
        ['Chase', 'chase.com'],
        ['Barclays', 'barclays.co.uk'],
        ['ING', 'ing.com'],
      ] as const);
      return {
        headers: s.headers(bank, `no-reply@alerts.${domain}`),
        subject: 'Your October statement is ready',
        text: `Dear ${s.victim.first} ${s.victim.last},\n\nYour statement for the account ending ${s.digits(4)} for October 2026 is now available. To view it, sign in to online banking or the mobile app as you usually do.\n\nWe will never ask for your PIN, password or one-time passcode by email.\n\nThis is an automated message, please do not reply.`,
      };
    },
  },
  {
    kind: 'payment-reminder',
    template: 'saas-card-declined',
    write: (s) => {
      const [brand, domain] = s.pick([
        ['Slack', 'slack.com'],
        ['Zoom', 'zoom.us'],
        ['Adobe', 'adobe.com'],
      ] as const);
      return {
        headers: s.headers(`${brand} Billing`, `billing@${domain}`),
        subject: `Action needed: your payment for ${brand} failed`,
        html: page(
          [
            `We tried to charge USD ${s.money(80, 900)} to the card ending ${s.digits(4)} for your ${brand} subscription, but the payment was declined.`,
            'We will try again in 3 days. To avoid interruption, update your payment method.',
          ],
          ['Update payment method', `https://app.${domain}/admin/billing`],
        ),
      };
    },
  },
  {
    kind: 'cloud-security-alert',
    template: 'root-sign-in-alert',
    write: (s) => ({
      headers: s.headers('Amazon Web Services', 'no-reply@signin.aws'),
      subject: 'AWS Notification – Root user sign-in',
      text: `Hello,\n\nThe root user of AWS account ${s.digits(12)} signed in to the AWS Management Console on 2 November 2026 at 08:${s.digits(2).replace(/^[6-9]/, '1')} UTC from IP 203.0.113.${s.below(250)}.\n\nIf you did not sign in, change your password at https://console.aws.amazon.com/ and contact AWS Support.\n\nAmazon Web Services`,
    }),
  },
  {
    kind: 'internal-forward',
    template: 'forwarded-signed-contract',
    write: (s) => ({
      headers: s.headers(s.colleague.name, s.colleague.email),
      subject: `FW: Signed contract – ${s.vendor.name}`,
      text: [
        `${s.victim.first}, for your files – countersigned copy attached.`,
        '',
        '---------- Forwarded message ---------',
        `From: ${s.stranger.name} <${s.stranger.email}>`,
        'Date: Fri, 30 Oct 2026 at 17:05',
        `Subject: Signed contract – ${s.vendor.name}`,
        `To: ${s.colleague.name} <${s.colleague.email}>`,
        '',
        `Hi ${s.colleague.first}, attached is the countersigned agreement. Have a good weekend.`,
      ].join('\n'),
      parts: [
        {
          type: 'application/pdf',
          name: `${s.vendor.name.replace(/\W+/g, '_')}_Agreement_signed.pdf`,
          content: onePagePdf([
            `Master Services Agreement between ${s.company} and ${s.vendor.name}`,
            'Signed by both parties',
          ]),
        },
      ],
    }),
  },
  {
    kind: 'long-thread',
    template: 'budget-thread-reply',
    write: (s) => ({
      headers: s.headers(s.boss.name, s.boss.email, [`In-Reply-To: <${s.hex(20)}@corp.example>`]),
      subject: 'RE: RE: Re: 2027 budget – headcount',
      text: [
        `Thanks ${s.victim.first}. Updated the sheet with the two contractor roles: https://corpexample.sharepoint.com/:x:/r/sites/Finance/Budget2027.xlsx`,
        'Can you check the totals before Thursday?',
        '',
        `From: ${s.victim.name}`,
        'Sent: Friday, 30 October 2026 15:22',
        '> Attached the draft. The contractor line is still open.',
        '>',
        `> From: ${s.colleague.name}`,
        '> Sent: Thursday, 29 October 2026 10:03',
        '>> Finance needs headcount numbers by next week.',
        '>>',
        `>> From: ${s.boss.name}`,
        '>> Sent: Tuesday, 27 October 2026 09:41',
        '>>> Kicking off 2027 planning. Please send me your team plans.',
      ].join('\n'),
    }),
  },
  {
    kind: 'other-language',
    template: 'provider-notice-in-language',
    write: (s) => {
      const amount = s.money(30, 140);
      const [sender, from, subject, body] = s.pick([
        [
          'Telekom Rechnung',
          'rechnung@telekom.de',
          'Ihre Rechnung für Oktober 2026',
          `Guten Tag ${s.victim.first} ${s.victim.last},\n\nIhre Rechnung über ${amount} € ist da. Der Betrag wird am 9. November per Lastschrift von Ihrem Konto abgebucht. Sie müssen nichts tun.\n\nDie Rechnung finden Sie im Anhang und im Kundencenter.\n\nFreundliche Grüße\nIhre Telekom`,
        ],
        [
          'EDF Facture',
          'factures@edf.fr',
          'Votre facture d’électricité est disponible',
          `Bonjour ${s.victim.first},\n\nVotre facture de ${amount} € est disponible dans votre espace client. Elle sera prélevée le 12 novembre. Aucune action n’est nécessaire.\n\nCordialement,\nEDF`,
        ],
        [
          'Vodafone Factura',
          'facturas@vodafone.es',
          'Tu factura de octubre ya está disponible',
          `Hola ${s.victim.first},\n\nYa puedes consultar tu factura de ${amount} €. Se cargará en tu cuenta el 10 de noviembre.\n\nUn saludo,\nVodafone`,
        ],
      ] as const);
      return {
        headers: s.headers(sender, from),
        subject,
        text: body,
        parts: [
          {
            type: 'application/pdf',
            name: `${sender.split(' ')[1]}_${s.digits(8)}.pdf`,
            content: onePagePdf([subject, `${amount} EUR`]),
          },
        ],
      };
    },
  },
  {
    kind: 'protected-archive',
    template: 'payroll-report-zip',
    write: (s) => ({
      headers: s.headers(
        `${s.stranger.first} ${s.stranger.last} (ADP)`,
        `${s.stranger.first.toLowerCase()}.${s.stranger.last.toLowerCase()}@adp.com`,
      ),
      subject: `${s.company} – October payroll register (encrypted)`,
      text: `Hi ${s.victim.first},\n\nAttached is the October payroll register for review, encrypted as usual. The password is sent to you by text message, as agreed in our data-handling procedure; we never send it by email.\n\nKind regards,\n${s.stranger.name}\nClient Services, ADP`,
      parts: [
        {
          type: 'application/zip',
          name: 'Payroll_Register_2026-10.zip',
          content: protectedZip('Payroll_Register_2026-10.xlsx', 11),
        },
      ],
    }),
  },
  {
    kind: 'qr-ticket',
    template: 'conference-badge',
    write: async (s) => {
      const code = s.token(10).toUpperCase();
      return {
        headers: s.headers('Eventbrite', 'noreply@order.eventbrite.com'),
        subject: `Your tickets for Supply Chain Summit 2026 – order #${s.digits(10)}`,
        html: page([
          `Hi ${s.victim.first}, you're going to Supply Chain Summit 2026 on 19 November.`,
          'Show the QR code at check-in to collect your badge.',
          '<img src="cid:ticket.png" alt="ticket QR code" width="240" height="240">',
        ]),
        parts: [{ type: 'image/png', name: 'ticket.png', content: await qrPng(`EB:${code}`), inline: true }],
      };
    },
  },
  {
    kind: 'reward',
    template: 'company-gift-card',
    write: (s) => ({
      headers: s.headers(`${s.company} People Team via Tremendous`, 'rewards@tremendous.com'),
      subject: `You've received a $${s.pick([25, 50, 75])} reward from ${s.company}`,
      html: page(
        [
          `${s.colleague.name} sent you a thank-you for the ${s.pick(['Q3 close', 'office move', 'audit'])}, as announced at Friday's all-hands.`,
          'Choose a gift card or a charity donation.',
        ],
        ['Redeem reward', `https://www.tremendous.com/rewards/payout/${s.token(20)}`],
      ),
    }),
  },
];

export const UNSEEN_HAM_3_TEMPLATE_COUNT = ENTRIES.length;

export async function unseenHam3(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<UnseenMessage[]> {
  return fill(ENTRIES, perTemplate, seed, seededRandom, 3_500_000);
}
