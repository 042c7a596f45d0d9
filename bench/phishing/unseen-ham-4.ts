// The fourth unseen ham set: legitimate mail that a careless filter would flag (a reset the user asked for,
// sign-in codes, shares from the company's own tenant, supplier invoices and threads, payroll and tax
// notices, tracked newsletters, invitations, IT announcements from inside corp.example, statements, carrier
// notices, e-signature, a protected archive between colleagues), written beside unseen-4.ts and filled from
// the seed the same way. Real providers send from their own real domains, as they do in life (the company,
// its customers and made-up vendors use reserved ones); every link goes where the sender's business is.
import type { SeededRandom } from './generate.js';
import { page, type UnseenMessage } from './unseen-3.js';
import { authResults, type EncodedEntry, fillEncoded, uuid } from './unseen-4.js';
import { invitation, onePagePdf, protectedZip } from './unseen-payloads.js';

/** The company's tenant name at cloud providers, as they spell it. */
const TENANT = 'corpexample';

const ENTRIES: EncodedEntry[] = [
  {
    kind: 'password-reset',
    template: 'sso-reset-requested',
    write: (s) => ({
      headers: s.headers('Okta', 'noreply@okta.com', [authResults('okta.com', ['pass', 'pass', 'pass'])]),
      subject: 'Account password reset',
      html: page(
        [
          `Hi ${s.victim.first},`,
          `A password reset request was made for your ${s.company} Okta account. If you made this request, click the link below to reset your password. This link expires in 1 hour.`,
          `If you did not make this request, contact your administrator at it-help@corp.example.`,
        ],
        ['Reset Password', `https://${TENANT}.okta.com/signin/reset-password/${s.token(20)}`],
        `This is an automatically generated message from Okta. Replies are not monitored. Sent to ${s.victim.email}.`,
      ),
    }),
  },
  {
    kind: 'sign-in-code',
    template: 'microsoft-single-use-code',
    write: (s) => {
      const code = s.digits(6);
      return {
        headers: s.headers(
          'Microsoft account team',
          'account-security-noreply@accountprotection.microsoft.com',
          [authResults('accountprotection.microsoft.com', ['pass', 'pass', 'pass'])],
        ),
        subject: 'Microsoft account security code',
        text: [
          'Microsoft account',
          'Security code',
          '',
          `Please use the following security code for the Microsoft account ${s.victim.email.replace(/^(..).*@/, '$1*****@')}.`,
          '',
          `Security code: ${code}`,
          '',
          `If you don't recognize the Microsoft account ${s.victim.email}, you can click https://account.live.com/dp?ft=${s.token(40)} to remove your email address from that account.`,
          '',
          'Thanks,',
          'The Microsoft account team',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'shared-document',
    template: 'own-tenant-sharepoint',
    write: (s) => {
      const file = s.pick(['Q4 forecast v3.xlsx', 'Board deck draft.pptx', 'Team rota December.docx']);
      const person = `${s.colleague.first}_${s.colleague.last}_corp_example`.toLowerCase();
      return {
        headers: s.headers(s.colleague.name, 'no-reply@sharepointonline.com', [
          `Reply-To: ${s.colleague.email}`,
          authResults('sharepointonline.com', ['pass', 'pass', 'pass']),
        ]),
        subject: `${s.colleague.name} shared "${file}" with you`,
        html: page(
          [
            `${s.colleague.name} shared a file with you`,
            `<i>"Here is the latest version, comments welcome before ${s.pick(['Thursday', 'the review', 'Friday'])}."</i>`,
            `<b>${file}</b>`,
          ],
          [
            'Open',
            `https://${TENANT}-my.sharepoint.com/:x:/g/personal/${person}/${s.token(22)}?e=${s.token(6)}`,
          ],
          'Microsoft respects your privacy. To learn more, please read our Privacy Statement. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
        ),
      };
    },
  },
  {
    kind: 'invoice',
    template: 'supplier-invoice-pdf',
    transfer: 'quoted-printable',
    write: (s) => {
      const invoice = `${s.vendor.name.slice(0, 3).toUpperCase()}-${s.digits(6)}`;
      const amount = s.money(900, 24_000);
      return {
        headers: s.headers(`${s.vendor.name} Accounts`, `accounts@${s.vendor.domain}`, [
          `Reply-To: ${s.stranger.email}`,
          authResults(s.vendor.domain, ['pass', 'pass', 'pass']),
        ]),
        subject: `Invoice ${invoice} from ${s.vendor.name}`,
        text: `Dear ${s.victim.first},\n\nPlease find attached invoice ${invoice} for ${amount} USD against PO ${s.digits(7)}, payable within 30 days to the account on file.\n\nIf you have any questions, reply to this email or call ${s.phone()}.\n\nKind regards,\n${s.stranger.name}\n${s.vendor.name}`,
        parts: [
          {
            type: 'application/pdf',
            name: `${invoice}.pdf`,
            content: onePagePdf([
              `${s.vendor.name} – Invoice ${invoice}`,
              `Bill to: ${s.company}, Accounts Payable`,
              `Amount due: ${amount} USD   Terms: net 30`,
              'Bank details as per your supplier record; they have not changed.',
            ]),
          },
        ],
      };
    },
  },
  {
    kind: 'payroll',
    template: 'adp-pay-statement',
    write: (s) => ({
      headers: s.headers('ADP', 'SecurityServices_NoReply@adp.com', [
        authResults('adp.com', ['pass', 'pass', 'pass']),
      ]),
      subject: 'Your pay statement is now available',
      html: page(
        [
          `Hello ${s.victim.first},`,
          `Your pay statement for the period ending ${s.pick(['10/31/2026', '11/15/2026'])} is now available. Sign in to the ADP portal you normally use to view it.`,
        ],
        ['View pay statement', 'https://my.adp.com/'],
        'ADP, Inc., One ADP Boulevard, Roseland, NJ 07068. This is an automated email; please do not reply.',
      ),
    }),
  },
  {
    kind: 'newsletter',
    template: 'tracked-industry-newsletter',
    transfer: 'quoted-printable',
    write: (s) => {
      const click = () => `https://click.news.industryweekly.example/ls/click?upn=${s.token(48)}`;
      const stories = [
        'Freight rates ease for a third month',
        'What the new e-invoicing rules mean for suppliers',
        'Five lessons from this year’s warehouse automation projects',
        'Interview: the CFO who moved month-end close to three days',
        'Events: the winter trade fair programme is out',
      ];
      return {
        headers: s.headers('Industry Weekly', 'newsletter@news.industryweekly.example', [
          `List-Unsubscribe: <https://news.industryweekly.example/unsubscribe?u=${s.token(24)}>, <mailto:unsubscribe@news.industryweekly.example>`,
          'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
          authResults('news.industryweekly.example', ['pass', 'pass', 'pass']),
        ]),
        subject: `Industry Weekly – ${s.pick(['November 2', 'November 9'])}: ${stories[s.below(stories.length)]}`,
        html: page(
          [
            `<img src="https://news.industryweekly.example/open/${s.token(32)}.gif" width="1" height="1" alt="">`,
            ...stories.map((story) => `<a href="${click()}">${story}</a>`),
            `<a href="${click()}">Read in your browser</a> · <a href="${click()}">Manage preferences</a>`,
          ],
          undefined,
          `You receive this because ${s.victim.email} subscribed to Industry Weekly. Unsubscribe at any time.`,
        ),
      };
    },
  },
  {
    kind: 'calendar-invite',
    template: 'colleague-teams-invite',
    write: (s) => {
      const join = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${s.token(40)}%40thread.v2/0?context=%7b%22Tid%22%3a%22${uuid(s)}%22%7d`;
      const summary = s.pick(['Budget review', 'Project kick-off', '1:1', 'Vendor selection']);
      return {
        headers: s.headers(s.colleague.name, s.colleague.email, [
          authResults('corp.example', ['pass', 'pass', 'pass']),
        ]),
        subject: `${summary}`,
        text: `________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n${join}\nMeeting ID: ${s.digits(3)} ${s.digits(3)} ${s.digits(3)}\nPasscode: ${s.token(6)}\n________________________________________________________________________________`,
        parts: [
          {
            type: 'text/calendar; method=REQUEST',
            name: 'invite.ics',
            content: invitation({
              uid: `${uuid(s)}@corp.example`,
              organizer: s.colleague.email,
              attendee: s.victim.email,
              summary,
              description: `Microsoft Teams meeting\nJoin: ${join}`,
              location: 'Microsoft Teams Meeting',
              start: `202611${String(3 + s.below(6)).padStart(2, '0')}T${10 + s.below(6)}0000Z`,
            }),
          },
        ],
      };
    },
  },
  {
    kind: 'it-announcement',
    template: 'internal-mfa-change',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers('IT Service Desk', 'itservicedesk@corp.example', [
        authResults('corp.example', ['pass', 'pass', 'pass']),
      ]),
      subject: 'Change to sign-in: number matching and passkeys from next week',
      html: page(
        [
          'Hello everyone,',
          `From next ${s.pick(['Monday', 'Tuesday'])} the Authenticator app will ask you to type a number shown on your screen when you sign in. Over the following two weeks you will also be invited to add a passkey.`,
          'You can check your methods now at <a href="https://aka.ms/mysecurityinfo">https://aka.ms/mysecurityinfo</a>.',
          '<b>We will never ask you to approve a sign-in you did not start, or to tell us a code.</b> If that happens, deny it and report it with the Report button.',
          `Questions: the intranet page or ext. ${s.digits(4)}.`,
        ],
        undefined,
        `${s.company} IT · internal`,
      ),
    }),
  },
  {
    kind: 'bank-statement',
    template: 'card-statement-ready',
    write: (s) => ({
      headers: s.headers('Chase', 'no.reply.alerts@chase.com', [
        authResults('chase.com', ['pass', 'pass', 'pass']),
      ]),
      subject: 'Your credit card statement is ready',
      html: page(
        [
          `Your statement for the account ending in ${s.digits(4)} is now available.`,
          `Statement balance: $${s.money(120, 4_800)}<br>Minimum payment due: $${s.money(25, 120)}<br>Payment due date: ${s.pick(['11/25/2026', '11/28/2026'])}`,
          'To see your statement, sign in at chase.com or use the Chase Mobile app.',
        ],
        ['Sign in', 'https://www.chase.com/'],
        'This service email was sent to you because of your account. Chase does not ask for personal information by email. JPMorgan Chase Bank, N.A. Member FDIC',
      ),
    }),
  },
  {
    kind: 'delivery',
    template: 'ups-delivery-notice',
    write: (s) => {
      const tracking = `1Z${s.token(6).toUpperCase()}${s.digits(10)}`;
      return {
        headers: s.headers('UPS', 'mcinfo@ups.com', [authResults('ups.com', ['pass', 'pass', 'pass'])]),
        subject: `UPS Update: Package Scheduled for Delivery ${s.pick(['Today', 'Tomorrow'])}`,
        html: page(
          [
            'Your package is on the way.',
            `Tracking Number: <a href="https://www.ups.com/track?loc=en_US&tracknum=${tracking}">${tracking}</a>`,
            `Ship To: ${s.company}, ${s.street()}`,
            `Shipped From: ${s.vendor.name}`,
          ],
          [
            'Track package',
            `https://www.ups.com/track?loc=en_US&tracknum=${tracking}&requester=ST/trackdetails`,
          ],
          '© 2026 United Parcel Service of America, Inc. UPS, the UPS brandmark and the colour brown are trademarks of UPS.',
        ),
      };
    },
  },
  {
    kind: 'e-signature',
    template: 'docusign-hr-envelope',
    write: (s) => {
      const host = s.pick(['na3', 'na4', 'eu']);
      return {
        headers: s.headers(`${s.company} People Team via DocuSign`, `dse_${host}@docusign.net`, [
          `Reply-To: people@corp.example`,
          authResults('docusign.net', ['pass', 'pass', 'pass']),
        ]),
        subject: `Please DocuSign: ${s.pick(['Hybrid working agreement', 'Updated contract of employment', 'Parental leave form'])} – ${s.victim.name}`,
        html: page(
          [
            `<b>${s.boss.name}</b> (people@corp.example) sent you a document to review and sign.`,
            `Hi ${s.victim.first}, as discussed, here is the agreement for your signature. Thanks!`,
          ],
          [
            'REVIEW DOCUMENT',
            `https://${host}.docusign.net/Signing/EmailStart.aspx?a=${uuid(s)}&etti=24&acct=${uuid(s)}&er=${uuid(s)}`,
          ],
          'Do Not Share This Email. This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.',
        ),
      };
    },
  },
  {
    kind: 'remittance',
    template: 'customer-remittance-pdf',
    write: (s) => {
      const customer = s.pick([
        ['Lakeside Dental Group', 'lakeside-dental.example'],
        ['Harbor Florist Co.', 'harbor-florist.example'],
        ['Pinecrest Auto', 'pinecrest-auto.example'],
      ] as const);
      const amount = s.money(1_500, 48_000);
      return {
        headers: s.headers(`${customer[0]} Accounts Payable`, `ap@${customer[1]}`, [
          authResults(customer[1], ['pass', 'pass', 'pass']),
        ]),
        subject: `Remittance advice – payment to ${s.company}`,
        text: `Hello,\n\nPlease find attached remittance advice for a payment of ${amount} USD made today by ACH to the account on your invoices.\n\nThank you,\nAccounts Payable\n${customer[0]}`,
        parts: [
          {
            type: 'application/pdf',
            name: `Remittance_${s.digits(8)}.pdf`,
            content: onePagePdf([
              `${customer[0]} – Remittance advice`,
              `Payee: ${s.company}`,
              `Invoices paid: ${s.digits(5)}, ${s.digits(5)}`,
              `Total: ${amount} USD, ACH`,
            ]),
          },
        ],
      };
    },
  },
  {
    kind: 'protected-archive',
    template: 'colleague-password-zip',
    write: (s) => {
      const name = s.pick(['Salary_data_audit', 'Headcount_plan_2027', 'Contracts_signed']);
      return {
        headers: s.headers(s.colleague.name, s.colleague.email, [
          authResults('corp.example', ['pass', 'pass', 'pass']),
        ]),
        subject: `${name.replace(/_/g, ' ')} (encrypted)`,
        text: `Hi ${s.victim.first},\n\nAs requested, attached is the file for the auditors, zipped and encrypted as per our data policy. I'll send you the password on Teams.\n\nThanks,\n${s.colleague.first}`,
        parts: [
          {
            type: 'application/zip',
            name: `${name}.zip`,
            content: protectedZip(`${name}.xlsx`, s.below(10_000)),
          },
        ],
      };
    },
  },
  {
    kind: 'recording',
    template: 'zoom-cloud-recording',
    write: (s) => ({
      headers: s.headers('Zoom', 'no-reply@zoom.us', [authResults('zoom.us', ['pass', 'pass', 'pass'])]),
      subject: `Cloud Recording - ${s.boss.name}'s Zoom Meeting is now available`,
      html: page(
        [
          `Hi ${s.victim.first},`,
          `Your cloud recording is now available. Topic: ${s.pick(['Quarterly business review', 'Customer onboarding call', 'All hands'])}.`,
          `Passcode: ${s.token(8)}`,
        ],
        ['View recording', `https://${TENANT}.zoom.us/rec/share/${s.token(40)}`],
        'Copyright ©2026 Zoom Communications, Inc. All rights reserved.',
      ),
    }),
  },
  {
    kind: 'tax',
    template: 'gusto-w2-ready',
    write: (s) => ({
      headers: s.headers('Gusto', 'no-reply@gusto.com', [authResults('gusto.com', ['pass', 'pass', 'pass'])]),
      subject: 'Your 2026 W-2 is ready',
      text: `Hi ${s.victim.first},\n\n${s.company} has made your 2026 Form W-2 available in Gusto. To view or download it, log in to your Gusto account at https://app.gusto.com/login and go to Documents.\n\nFor your security, we never attach tax forms to email.\n\nThe Gusto team`,
    }),
  },
  {
    kind: 'delivery',
    template: 'dhl-paket-heute',
    transfer: 'quoted-printable',
    write: (s) => {
      const piece = s.digits(20);
      return {
        headers: s.headers('DHL Paket', 'noreply@dhl.de', [authResults('dhl.de', ['pass', 'pass', 'pass'])]),
        subject: 'Ihr DHL Paket kommt heute',
        html: page(
          [
            `Hallo ${s.victim.first} ${s.victim.last},`,
            `Ihre Sendung von ${s.vendor.name} wird heute zwischen ${9 + s.below(4)}:00 und ${14 + s.below(4)}:00 Uhr zugestellt.`,
            `Sendungsnummer: ${piece}`,
            'Sie sind nicht zu Hause? Über die Sendungsverfolgung können Sie einen Ablageort oder Nachbarn wählen.',
          ],
          [
            'Sendung verfolgen',
            `https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=${piece}`,
          ],
          'Deutsche Post AG, Charles-de-Gaulle-Str. 20, 53113 Bonn. Bitte antworten Sie nicht auf diese E-Mail.',
        ),
      };
    },
  },
  {
    kind: 'security-notice',
    template: 'github-oauth-app-added',
    write: (s) => {
      const app = s.pick(['Linear', 'Vercel', 'CircleCI', 'Sentry']);
      return {
        headers: s.headers('GitHub', 'noreply@github.com', [
          authResults('github.com', ['pass', 'pass', 'pass']),
        ]),
        subject: `[GitHub] A third-party OAuth application has been added to your account`,
        text: [
          `Hey ${s.victim.first.toLowerCase()}-${s.victim.last.toLowerCase()}!`,
          '',
          `A third-party OAuth application (${app}) with read:org, repo and user:email scopes was recently authorized to access your account.`,
          'Visit https://github.com/settings/connections/applications for more information.',
          '',
          'To see this and other security events for your account, visit https://github.com/settings/security-log',
          '',
          'If you run into problems, please contact support by visiting https://github.com/contact',
          '',
          'Thanks,',
          'The GitHub Team',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'recruiter',
    template: 'linkedin-inmail',
    write: (s) => ({
      headers: s.headers(`${s.stranger.name} via LinkedIn`, 'inmail-hit-reply@linkedin.com', [
        authResults('linkedin.com', ['pass', 'pass', 'pass']),
      ]),
      subject: `${s.stranger.first}: ${s.pick(['Opportunity at a fintech scale-up', 'Head of Finance role', 'Quick question about your experience'])}`,
      html: page(
        [
          `Hi ${s.victim.first},`,
          `I came across your profile and thought your background at ${s.company} could be a great fit for a role I'm recruiting for. Would you be open to a short call next week?`,
          `Best,<br>${s.stranger.name}`,
        ],
        ['Reply', `https://www.linkedin.com/messaging/thread/${s.token(20)}/`],
        'You are receiving InMail notification emails. Unsubscribe. © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.',
      ),
    }),
  },
  {
    kind: 'charity',
    template: 'internal-giving-campaign',
    write: (s) => ({
      headers: s.headers(`${s.company} Giving`, 'giving@corp.example', [
        authResults('corp.example', ['pass', 'pass', 'pass']),
      ]),
      subject: `Flood relief: ${s.company} matches your donation until ${s.pick(['Friday', 'December 15'])}`,
      html: page(
        [
          `Dear colleagues,`,
          `As ${s.boss.name} announced at the all-hands, ${s.company} will match every donation to the Red Cross flood appeal, up to $500 per person. Donate through our giving platform as usual; you will find the appeal on its front page.`,
        ],
        ['Go to the giving platform', 'https://causes.benevity.org/'],
        `${s.company} Community Team · internal`,
      ),
    }),
  },
  {
    kind: 'reply-thread',
    template: 'vendor-thread-corrected-invoice',
    write: (s) => {
      const invoice = `INV-${s.digits(5)}`;
      return {
        headers: s.headers(s.stranger.name, s.stranger.email, [
          `In-Reply-To: <${s.token(20)}@corp.example>`,
          `References: <${s.token(20)}@${s.vendor.domain}> <${s.token(20)}@corp.example>`,
          authResults(s.vendor.domain, ['pass', 'pass', 'pass']),
        ]),
        subject: `RE: ${invoice} – PO number missing`,
        text: [
          `Hi ${s.victim.first},`,
          '',
          `Apologies for that. Corrected invoice attached with PO ${s.digits(7)} added; nothing else has changed.`,
          '',
          `Best,\n${s.stranger.name}`,
          '',
          `On ${s.pick(['Mon', 'Tue', 'Wed'])}, Oct ${12 + s.below(16)}, 2026, ${s.victim.name} <${s.victim.email}> wrote:`,
          `> Hi ${s.stranger.first}, ${invoice} is missing our PO number, so I cannot book it. Could you reissue it?`,
        ].join('\n'),
        parts: [
          {
            type: 'application/pdf',
            name: `${invoice}_corrected.pdf`,
            content: onePagePdf([
              `${s.vendor.name} – Invoice ${invoice} (corrected)`,
              `Amount: ${s.money(500, 9_000)} USD`,
            ]),
          },
        ],
      };
    },
  },
  {
    kind: 'expense',
    template: 'expensify-reimbursed',
    write: (s) => ({
      headers: s.headers('Expensify', 'concierge@expensify.com', [
        authResults('expensify.com', ['pass', 'pass', 'pass']),
      ]),
      subject: `Your expense report "${s.pick(['October travel', 'Client dinner', 'Conference'])}" has been reimbursed`,
      html: page(
        [
          `Good news, ${s.victim.first}! ${s.boss.name} approved your report and ${s.company} reimbursed $${s.money(40, 1_800)}.`,
          'The money should arrive in your bank account in 1–3 business days.',
        ],
        ['View report', `https://www.expensify.com/report?reportID=${s.digits(16)}`],
        'Expensify, Inc. · 100 Pine St, Suite 1250, San Francisco, CA 94111',
      ),
    }),
  },
];

export const UNSEEN_HAM_4_TEMPLATE_COUNT = ENTRIES.length;

export async function unseenHam4(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<UnseenMessage[]> {
  return fillEncoded(ENTRIES, perTemplate, seed, seededRandom, 4_500_000);
}
