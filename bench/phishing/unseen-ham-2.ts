// The second unseen ham set: legitimate mail that looks risky, written for the benchmark by hand beside
// unseen-2.ts, without the analysers or the other sets in sight, to count how much real mail the analysers
// flag by mistake. Twelve templates filled from a seed: an e-signature request and a share notice from the
// services themselves, a password reset the user asked for, a known vendor's invoice, the company's own
// MFA enrolment (with a QR code), payslip and mailbox-migration notices, a newsletter whose links all go
// through its mailer's click tracking, a parcel notice, a new-sign-in alert, an expense reimbursement and
// a colleague's invitation. Mail from a well-known service uses that service's real sending and link
// domains (only their hosts, with made-up paths: nothing that leads to harm); other senders are made up
// under .example. Each carries its MTA's Authentication-Results (all pass) and a DKIM-Signature as real
// mail does, but the bench trusts no authserv-id and its DNS holds no records, so the analysers see this
// ham as unauthenticated: the passes that would vouch for it in life are not counted, which makes this
// measure of false positives harsher than a mailbox with a trusted MTA would be.
import type { SeededRandom } from './generate.js';
import { qrPng } from './payloads.js';
import {
  authenticated,
  button,
  digits,
  fill,
  money,
  page,
  passes,
  person,
  type Template,
  token,
  type UnseenMessage2,
} from './unseen-2.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

type HamTemplate = Omit<Template, 'kind'>;

const uuid = (r: SeededRandom) =>
  `${token(r, 8, '0123456789abcdef')}-${token(r, 4, '0123456789abcdef')}-4${token(r, 3, '0123456789abcdef')}-` +
  `a${token(r, 3, '0123456789abcdef')}-${token(r, 12, '0123456789abcdef')}`;

const MONTHS = ['September', 'October'];

const TEMPLATES: HamTemplate[] = [
  {
    name: 'docusign-envelope',
    draft(r, n) {
      const to = person(r);
      const sender = person(r, to);
      const firm = r.pick(['Harbourline Consulting', 'Meridian CPA', 'Oakfield Legal']);
      const link = `https://eu.docusign.net/Signing/EmailStart.aspx?a=${uuid(r)}&etti=24&acct=${uuid(r)}&er=${uuid(r)}`;
      const doc = r.pick([
        'Master Services Agreement',
        'Statement of Work 7',
        'Mutual NDA',
        'Engagement Letter 2027',
      ]);
      return {
        number: n,
        headers: [
          ...authenticated('eumail.docusign.net', passes, r),
          `From: "${sender.full} via Docusign" <dse_eu@eumail.docusign.net>`,
          `Reply-To: ${sender.full} <${sender.first.toLowerCase()}.${sender.last.toLowerCase()}@${firm.split(' ')[0].toLowerCase()}.example>`,
          `To: ${to.address}`,
        ],
        subject: `Complete with Docusign: ${doc} – ${firm}`,
        html: page(
          `<p>${sender.full} sent you a document to review and sign.</p>${button(link, 'REVIEW DOCUMENT', '#4c00ff')}` +
            `<p><b>${sender.full}</b><br>${firm}</p><p>${to.first}, as discussed on our call, please sign the ${doc}. ` +
            'Thank you.</p><p style="font-size:11px;color:#666">Do not share this email. It contains a secure link to Docusign. ' +
            'Please do not share this email, link, or access code with others.<br>Alternate signing method: visit docusign.com, ' +
            `click Access Documents and enter the security code ${token(r, 32, '0123456789ABCDEF')}.</p>`,
        ),
      };
    },
  },
  {
    name: 'sharepoint-share',
    draft(r, n) {
      const to = person(r);
      const sender = person(r, to);
      const file = r.pick([
        'Budget 2027.xlsx',
        'Board deck – draft.pptx',
        'Vendor list.xlsx',
        'Onboarding plan.docx',
      ]);
      const link = `https://corpexample.sharepoint.com/:x:/s/${r.pick(['Finance', 'Operations', 'People'])}/E${token(r, 44, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}?e=${token(r, 6)}`;
      return {
        number: n,
        headers: [
          ...authenticated('sharepointonline.com', passes, r),
          `From: "${sender.full} (via SharePoint Online)" <no-reply@sharepointonline.com>`,
          `Reply-To: ${sender.address}`,
          `To: ${to.address}`,
        ],
        subject: `${sender.full} shared "${file}" with you`,
        html: page(
          `<p>${sender.full} shared a file with you</p><p>${r.pick(['', 'Can you fill in your team’s numbers by Thursday?', 'FYI – latest version.'])}</p>` +
            `<p>📄 ${file}</p>${button(link, 'Open')}<p style="font-size:11px;color:#666">This link will work for people in Corp.<br>` +
            'Microsoft respects your privacy. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>',
        ),
      };
    },
  },
  {
    name: 'password-reset-requested',
    draft(r, n) {
      const to = person(r);
      const link = `https://github.com/password_reset/${token(r, 40, '0123456789abcdef')}`;
      return {
        number: n,
        headers: [
          ...authenticated('github.com', passes, r),
          'From: GitHub <noreply@github.com>',
          `To: ${to.address}`,
        ],
        subject: '[GitHub] Please reset your password',
        text:
          'We heard that you lost your GitHub password. Sorry about that!\n\n' +
          `But don’t worry! You can use the following button to reset your password:\n\n${link}\n\n` +
          'If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit: ' +
          'https://github.com/password_reset\n\nThanks,\nThe GitHub Team',
      };
    },
  },
  {
    name: 'vendor-invoice',
    draft(r, n) {
      const to = person(r);
      const clerk = person(r, to);
      const invoice = `NG-${digits(r, 6)}`;
      const amount = money(r, 400, 18_000);
      const pdf = onePagePdf([
        'Northgate Office Supplies Ltd',
        `Invoice ${invoice}`,
        `Bill to: Corp, attn ${to.full}`,
        `Total due: EUR ${amount}, terms net 30`,
        'Pay to our usual account, IBAN on file (unchanged). Questions: billing@northgate-supplies.example',
      ]);
      return {
        number: n,
        headers: [
          ...authenticated('northgate-supplies.example', passes, r),
          `From: ${clerk.full} <billing@northgate-supplies.example>`,
          `To: ${to.address}`,
        ],
        subject: `Invoice ${invoice} from Northgate Office Supplies`,
        text:
          `Dear ${to.first},\n\nPlease find attached invoice ${invoice} for EUR ${amount} for the ${r.pick(MONTHS)} delivery ` +
          `(PO ${digits(r, 5)}). ${r.pick(['Payment terms are net 30 as usual.', 'Nothing has changed in our bank details.'])} ` +
          'You can also view your account at https://billing.northgate-supplies.example/account\n\n' +
          `Kind regards,\n${clerk.full}\nAccounts Receivable, Northgate Office Supplies`,
        parts: [{ type: 'application/pdf', name: `${invoice}.pdf`, content: pdf }],
      };
    },
  },
  {
    name: 'mfa-enrolment-notice',
    async draft(r, n) {
      const to = person(r);
      return {
        number: n,
        headers: [
          ...authenticated('corp.example', passes, r),
          'From: IT Service Desk <servicedesk@corp.example>',
          `To: ${to.address}`,
        ],
        subject: r.pick([
          'Set up multi-factor authentication by Friday',
          'Your MFA enrolment is open',
          'Action needed: MFA',
        ]),
        html: page(
          `<p>Hi ${to.first},</p><p>As announced at the all-hands, multi-factor authentication becomes mandatory for every account ` +
            `on the ${10 + r.below(18)}th. Your enrolment is now open: sign in at ` +
            '<a href="https://sso.corp.example/mfa/enroll">sso.corp.example/mfa/enroll</a> from your work laptop.</p>' +
            '<p>Install the authenticator app first. On your phone, scan this code to open its store page:</p>' +
            '<p><img src="cid:app.png" width="140" height="140" alt="Authenticator app"></p>' +
            `<p>Questions? Ticket INC${digits(r, 7)} in the service portal, or call extension ${digits(r, 4)}.</p><p>IT Service Desk</p>`,
        ),
        parts: [
          {
            type: 'image/png',
            name: 'app.png',
            content: await qrPng('https://apps.corp.example/authenticator'),
            inline: true,
          },
        ],
      };
    },
  },
  {
    name: 'newsletter-click-tracking',
    draft(r, n) {
      const to = person(r);
      const track = () => `https://click.mail.fieldnote.example/ls/click?upn=${token(r, 120)}`;
      const topics = [
        'Five ways to cut cloud costs',
        'Interview: running ops at scale',
        'Our 2027 roadmap',
        'Webinar replay',
      ];
      return {
        number: n,
        headers: [
          ...authenticated('fieldnote.example', passes, r),
          'From: Fieldnote Weekly <news@fieldnote.example>',
          `To: ${to.address}`,
          `List-Unsubscribe: <https://click.mail.fieldnote.example/unsub?u=${token(r, 24)}>`,
          'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
        ],
        subject: `Fieldnote Weekly #${100 + r.below(200)}: ${r.pick(topics)}`,
        html: page(
          `<p>Hi ${to.first}, here is this week's issue.</p>` +
            topics
              .map((t) => `<h3><a href="${track()}">${t}</a></h3><p>Read more on our blog.</p>`)
              .join('') +
            `<img src="https://click.mail.fieldnote.example/wf/open?upn=${token(r, 60)}" width="1" height="1" alt="">` +
            `<p style="font-size:11px">You receive this because you subscribed. <a href="${track()}">Unsubscribe</a></p>`,
        ),
      };
    },
  },
  {
    name: 'payslip-available',
    draft(r, n) {
      const to = person(r);
      const month = r.pick(MONTHS);
      return {
        number: n,
        headers: [
          ...authenticated('corp.example', passes, r),
          'From: Payroll <payroll@corp.example>',
          `To: ${to.address}`,
        ],
        subject: `Your ${month} payslip is available`,
        text:
          `Hello ${to.first},\n\nYour payslip for ${month} 2026 is attached and in the payroll portal at ` +
          'https://payroll.corp.example/payslips. ' +
          'If you need to change your bank details, do it in the portal yourself; payroll never asks for them by email.\n\nPayroll team',
        parts: [
          {
            type: 'application/pdf',
            name: `Payslip_${month}_2026.pdf`,
            content: onePagePdf([
              `Corp payslip – ${month} 2026`,
              to.full,
              `Net pay: EUR ${money(r, 2400, 7800)}`,
            ]),
          },
        ],
      };
    },
  },
  {
    name: 'parcel-dispatched',
    draft(r, n) {
      const to = person(r);
      const awb = digits(r, 10);
      const link = `https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=${awb}`;
      return {
        number: n,
        headers: [
          ...authenticated('dhl.com', passes, r),
          'From: DHL Express <noreply@dhl.com>',
          `To: ${to.address}`,
        ],
        subject: `DHL On Demand Delivery: shipment ${awb} is on its way`,
        html: page(
          `<p>Hello ${to.first},</p><p>Your shipment ${awb} from ${r.pick(['Northgate Office Supplies', 'Kestrel Freight', 'a supplier'])} ` +
            `is scheduled for delivery on ${r.pick(['Tuesday', 'Wednesday', 'Thursday'])}.</p>` +
            `${button(link, 'Track your shipment', '#d40511')}<p>You can change the delivery day or leave instructions on the tracking page.</p>`,
        ),
      };
    },
  },
  {
    name: 'new-sign-in-alert',
    draft(r, n) {
      const to = person(r);
      return {
        number: n,
        headers: [
          ...authenticated('accounts.google.com', passes, r),
          'From: Google <no-reply@accounts.google.com>',
          `To: ${to.address}`,
        ],
        subject: `Security alert for ${to.address}`,
        html: page(
          `<p>A new sign-in on ${r.pick(['Windows', 'Mac', 'iPhone'])}</p><p>${to.address}</p>` +
            '<p>We noticed a new sign-in to your Google Account. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.</p>' +
            button(
              `https://accounts.google.com/AccountChooser?Email=${encodeURIComponent(to.address)}&continue=https://myaccount.google.com/alert/nt/${digits(r, 13)}`,
              'Check activity',
              '#4184f3',
            ) +
            '<p style="font-size:11px">You can also see security activity at https://myaccount.google.com/notifications</p>',
        ),
      };
    },
  },
  {
    name: 'expense-approved',
    draft(r, n) {
      const to = person(r);
      const manager = person(r, to);
      const amount = money(r, 40, 2400);
      return {
        number: n,
        headers: [
          ...authenticated('ledgerly.example', passes, r),
          'From: Ledgerly <notifications@ledgerly.example>',
          `To: ${to.address}`,
        ],
        subject: `Your expense report "${r.pick(['Berlin trip', 'Client dinner', 'Conference'])}" was approved`,
        text:
          `${manager.full} approved your expense report for EUR ${amount}. It will be reimbursed with the next payroll run ` +
          `to the account on file.\n\nView report: https://app.ledgerly.example/reports/${token(r, 12)}\n\nLedgerly`,
      };
    },
  },
  {
    name: 'colleague-invitation',
    draft(r, n) {
      const to = person(r);
      const organizer = person(r, to);
      const meet = `https://meet.corp.example/j/${digits(r, 10)}`;
      const summary = r.pick([
        'Q4 budget review',
        '1:1',
        'Security awareness training',
        'Payroll process walkthrough',
      ]);
      return {
        number: n,
        headers: [
          ...authenticated('corp.example', passes, r),
          `From: ${organizer.full} <${organizer.address}>`,
          `To: ${to.address}`,
        ],
        subject: `Invitation: ${summary}`,
        text: `${organizer.first} invited you to "${summary}".\nJoin: ${meet}`,
        parts: [
          {
            type: 'text/calendar',
            name: 'invite.ics',
            content: invitation({
              uid: `${uuid(r)}@corp.example`,
              organizer: organizer.address,
              attendee: to.address,
              summary,
              description: `Agenda in the shared folder. Join online: ${meet}`,
              location: meet,
              start: `202611${10 + r.below(18)}T090000Z`,
            }),
          },
        ],
      };
    },
  },
  {
    name: 'mailbox-migration-notice',
    draft(r, n) {
      return {
        number: n,
        headers: [
          ...authenticated('corp.example', passes, r),
          'From: IT Operations <it-ops@corp.example>',
          'To: all-staff@corp.example',
        ],
        subject: r.pick([
          'Mailbox migration this weekend',
          'Reminder: email downtime Saturday',
          'Action on Monday: sign in again',
        ]),
        html: page(
          `<p>Dear colleagues,</p><p>This ${r.pick(['Saturday', 'weekend'])} we move all mailboxes to the new mail platform. ` +
            'Email will be unavailable from 08:00 to 14:00 UTC. On Monday you will be asked to sign in again on Outlook and on your phone.</p>' +
            '<p>We will never ask for your password by email. The FAQ is on the intranet: ' +
            '<a href="https://intranet.corp.example/it/mail-migration">intranet.corp.example/it/mail-migration</a>.</p>' +
            `<p>Thanks for your patience,<br>${person(r).full}, IT Operations</p>`,
        ),
      };
    },
  },
];

export const UNSEEN_HAM_2_TEMPLATE_COUNT = TEMPLATES.length;

/** `perTemplate` messages of each template, filled from `seed`; each template is its own kind. */
export function unseenHam2(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<UnseenMessage2[]> {
  const templates = TEMPLATES.map((t) => ({ ...t, kind: t.name }));
  return fill(templates, perTemplate, seededRandom(seed * 7_919 + 3), 70_000);
}
