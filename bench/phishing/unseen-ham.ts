// The unseen ham: legitimate mail that looks risky, written with the unseen phishing (unseen.ts) and, like
// it, without reading the desk's analysers — a password reset from a service the user signed up to, a
// shipping notice, a colleague's meeting invitation, a newsletter with tracking links and a shortener, a
// vendor's invoice with a PDF, an IT announcement asking to install an update from the intranet, a real
// e-signature envelope and a colleague's SharePoint share. Each arrives stamped by the receiving MTA with
// SPF, DKIM and DMARC passing (which the benchmark does not trust: see unseen.ts).
import type { SeededRandom } from './generate.js';
import { type Draft, mimeMessage } from './mime.js';
import { stamp, type UnseenMessage } from './unseen.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

interface Fill {
  random: SeededRandom;
  n: number;
  colleague: { first: string; last: string };
  token: string;
}

interface Template {
  name: string;
  make(f: Fill): Omit<Draft, 'number'>;
}

const FIRST = ['Lena', 'George', 'Mei', 'Tobias', 'Amara', 'Felix', 'Nadia', 'Oscar', 'Rosa', 'Victor'];
const LAST = ['Fischer', 'Grant', 'Liu', 'Meyer', 'Osei', 'Petrov', 'Quinn', 'Romero', 'Sato', 'Walsh'];

const passed = (domain: string) => stamp('pass', domain);
const mailbox = (p: { first: string; last: string }) =>
  `${p.first.toLowerCase()}.${p.last.toLowerCase()}@corp.example`;
const html = (body: string) =>
  `<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;font-size:14px">${body}</body></html>`;

const TEMPLATES: Template[] = [
  {
    name: 'password-reset',
    make: (f) => {
      const [service, domain, url] = f.random.pick([
        ['GitHub', 'github.com', `https://github.com/password_reset/${f.token}`],
        ['Atlassian', 'atlassian.com', `https://id.atlassian.com/login/resetpassword?token=${f.token}`],
        ['Dropbox', 'dropbox.com', `https://www.dropbox.com/password_reset?t=${f.token}`],
        ['Slack', 'slack.com', `https://corp-example.slack.com/reset/${f.token}`],
      ]);
      return {
        headers: [`From: ${service} <noreply@${domain}>`, passed(domain)],
        subject: f.random.pick([`[${service}] Please reset your password`, `Reset your ${service} password`]),
        html: html(
          `<p>We heard that you lost your ${service} password. Sorry about that!</p><p>But don't worry! You can use the following link to reset your password:</p><p><a href="${url}">${url}</a></p><p>If you don't use this link within 3 hours, it will expire. If you did not ask for a reset, you can ignore this email.</p><p>Thanks,<br>The ${service} Team</p>`,
        ),
      };
    },
  },
  {
    name: 'shipping-notice',
    make: (f) => {
      const tracking = `1Z${f.token.slice(0, 16).toUpperCase()}`;
      const [shop, domain] = f.random.pick([
        ['Thomann', 'thomann.de'],
        ['Lenovo', 'lenovo.com'],
        ['Staples', 'staples.com'],
      ]);
      return {
        headers: [`From: "${shop}" <orders@${domain}>`, passed(domain)],
        subject: f.random.pick([`Your order ${f.n} has shipped`, `Shipping confirmation for order #${f.n}`]),
        html: html(
          `<p>Hello ${f.colleague.first},</p><p>Good news: your order <b>#${f.n}</b> is on its way and should arrive on Thursday.</p><p>Carrier: UPS<br>Tracking number: <a href="https://click.e.${domain}/?qs=${f.token}&u=https%3A%2F%2Fwww.ups.com%2Ftrack%3Ftracknum%3D${tracking}">${tracking}</a></p><p><a href="https://www.${domain}/account/orders/${f.n}">View your order</a></p><p>Thank you for shopping with ${shop}.</p><img src="https://click.e.${domain}/open.aspx?${f.token}" width="1" height="1">`,
        ),
      };
    },
  },
  {
    name: 'colleague-invite',
    make: (f) => {
      const join = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${f.token}%40thread.v2/0?context=%7b%22Tid%22%3a%22${f.token.slice(0, 8)}%22%7d`;
      const topic = f.random.pick([
        'Sprint planning',
        'Q4 budget review',
        '1:1',
        'Vendor selection follow-up',
      ]);
      return {
        headers: [
          `From: "${f.colleague.first} ${f.colleague.last}" <${mailbox(f.colleague)}>`,
          passed('corp.example'),
        ],
        subject: `Invitation: ${topic} @ Wed 4 Nov 2026 14:00 - 14:30`,
        text: `${topic}\n\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting: ${join}\n\nAgenda in the shared folder: https://intranet.corp.example/teams/finance/agenda\n`,
        parts: [
          {
            type: 'text/calendar; method=REQUEST',
            name: 'invite.ics',
            content: invitation({
              uid: `${f.token}@corp.example`,
              organizer: mailbox(f.colleague),
              attendee: 'staff@corp.example',
              summary: topic,
              description: `Microsoft Teams meeting\nJoin: ${join}`,
              location: 'Microsoft Teams Meeting',
              start: '20261104T140000Z',
            }),
          },
        ],
      };
    },
  },
  {
    name: 'newsletter',
    make: (f) => {
      const [list, domain] = f.random.pick([
        ['The Morning Brew', 'morningbrew.com'],
        ['Hacker Newsletter', 'hackernewsletter.com'],
        ['TLDR', 'tldrnewsletter.com'],
      ]);
      const click = (to: string) =>
        `https://u${f.n % 9000}.ct.sendgrid.net/ls/click?upn=${f.token}-${Buffer.from(to).toString('base64url')}`;
      return {
        headers: [
          `From: "${list}" <newsletter@${domain}>`,
          `List-Unsubscribe: <https://${domain}/unsubscribe?u=${f.token}>`,
          'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
          passed(domain),
        ],
        subject: f.random.pick([
          'This week: chips, clouds and a new browser',
          "Today's top stories",
          'Issue #412',
        ]),
        html: html(
          `<h2>${list}</h2><p>${f.random.pick(['Good morning!', 'Hi there,'])} Here is what happened this week.</p><ul><li><a href="${click('https://www.theverge.com/tech')}">A new browser engine ships</a></li><li><a href="https://bit.ly/${f.token.slice(0, 7)}">The chart everyone is sharing</a></li><li><a href="${click('https://arstechnica.com/security/')}">Security roundup: what to patch this month</a></li></ul><p>Read it online: <a href="${click(`https://${domain}/issues/${f.n}`)}">${domain}/issues/${f.n}</a></p><p style="font-size:11px"><a href="https://${domain}/unsubscribe?u=${f.token}">Unsubscribe</a> · ${list}, 22 W 19th St, New York, NY</p><img src="https://u${f.n % 9000}.ct.sendgrid.net/wf/open?upn=${f.token}" width="1" height="1" alt="">`,
        ),
      };
    },
  },
  {
    name: 'vendor-invoice',
    make: (f) => {
      const [vendor, domain] = f.random.pick([
        ['Atlassian', 'atlassian.com'],
        ['DigitalOcean', 'digitalocean.com'],
        ['Zoom', 'zoom.us'],
      ]);
      const amount = `${40 + (f.n % 900)}.${String(f.n % 100).padStart(2, '0')}`;
      return {
        headers: [`From: "${vendor} Billing" <billing@${domain}>`, passed(domain)],
        subject: `Your ${vendor} invoice ${f.n} is available`,
        text: `Hello,\n\nThank you for your payment. Your invoice ${f.n} for USD ${amount} is attached and available in your account at https://${domain === 'zoom.us' ? 'zoom.us/billing' : `${domain}/billing`}.\n\nThe amount was charged to the card on file ending in ${1000 + (f.n % 9000)}. No action is needed.\n\n${vendor} Billing`,
        parts: [
          {
            type: 'application/pdf',
            name: `invoice-${f.n}.pdf`,
            content: onePagePdf([
              `${vendor} - INVOICE ${f.n}`,
              'Bill to: corp.example',
              `Total paid: USD ${amount}`,
              'Status: PAID',
            ]),
          },
        ],
      };
    },
  },
  {
    name: 'it-update',
    make: (f) => {
      const tool = f.random.pick(['the VPN client', 'Microsoft Teams', 'the endpoint agent', 'Zoom']);
      return {
        headers: [`From: "IT Service Desk" <it-support@corp.example>`, passed('corp.example')],
        subject: f.random.pick([`Action required: update ${tool} by Friday`, `Mandatory update of ${tool}`]),
        html: html(
          `<p>Hello all,</p><p>A security update of ${tool} is available. Please install it by Friday; after that, older versions will stop connecting.</p><p>Install it from the Software Center, or download it from the intranet: <a href="https://intranet.corp.example/it/software/${f.token.slice(0, 6)}">intranet.corp.example/it/software</a>. You will need to sign in with your corp.example account and restart afterwards.</p><p>Questions: reply to this mail or call the service desk on extension 4400. Ticket ${f.n}.</p><p>IT Service Desk</p>`,
        ),
      };
    },
  },
  {
    name: 'e-signature',
    make: (f) => ({
      headers: [
        `From: "${f.colleague.first} ${f.colleague.last} via Docusign" <dse_na3@docusign.net>`,
        `Reply-To: ${mailbox(f.colleague)}`,
        passed('docusign.net'),
      ],
      subject: `Please DocuSign: ${f.random.pick(['Supplier agreement', 'Offer letter', 'Purchase order'])} ${f.n}.pdf`,
      html: html(
        `<p>${f.colleague.first} ${f.colleague.last} sent you a document to review and sign.</p><p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=${f.token}&etti=24&acct=${f.token.slice(0, 8)}">REVIEW DOCUMENT</a></p><p>Do Not Share This Email. This email contains a secure link to Docusign.</p><p>Alternate signing method: visit docusign.com, click 'Access Documents', and enter the security code ${f.token.slice(0, 12).toUpperCase()}</p>`,
      ),
    }),
  },
  {
    name: 'sharepoint-share',
    make: (f) => ({
      headers: [
        `From: "${f.colleague.first} ${f.colleague.last} (via SharePoint Online)" <no-reply@sharepointonline.com>`,
        `Reply-To: ${mailbox(f.colleague)}`,
        passed('sharepointonline.com'),
      ],
      subject: `${f.colleague.first} ${f.colleague.last} shared "Team roster ${f.n % 12}.xlsx" with you`,
      html: html(
        `<p>${f.colleague.first} ${f.colleague.last} shared a file with you</p><p><a href="https://corpexample.sharepoint.com/:x:/s/operations/${f.token}?e=${f.token.slice(0, 6)}">Team roster ${f.n % 12}.xlsx</a></p><p>This link only works for the direct recipients of this message.</p><p><a href="https://privacy.microsoft.com/privacystatement">Microsoft Privacy Statement</a></p>`,
      ),
    }),
  },
];

export const UNSEEN_HAM_TEMPLATE_COUNT = TEMPLATES.length;

/** `perTemplate` messages of every template, filled from `seed`. */
export function unseenHam(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): UnseenMessage[] {
  const random = seededRandom(seed);
  const out: UnseenMessage[] = [];
  let n = 30_000;
  for (const template of TEMPLATES) {
    for (let k = 0; k < perTemplate; k++) {
      n++;
      const token = Array.from(
        { length: 32 },
        () => '0123456789abcdefghijklmnopqrstuvwxyz'[random.below(36)],
      ).join('');
      const fill: Fill = {
        random,
        n,
        colleague: { first: random.pick(FIRST), last: random.pick(LAST) },
        token,
      };
      out.push({
        raw: mimeMessage({ ...template.make(fill), number: n }),
        kind: template.name,
        template: `${template.name}:1`,
      });
    }
  }
  return out;
}
