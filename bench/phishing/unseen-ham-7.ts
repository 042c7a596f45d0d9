// The seventh unseen ham set: legitimate mail that looks risky, many of them the genuine counterparts of
// the seventh phishing set's lures (the company's own scanner and voicemail, a code host's issue and
// dependency alerts, the IT team's own licence, update and password notices, a security advisory and a
// phishing-simulation announcement that name the very tricks, meeting notes, a money request between
// colleagues, consumer storage, tickets, hotel, energy and pension mail, a vendor's thread with its
// invoice, and banks, brokers, tax offices, carriers and shops writing in Swedish, Japanese, Czech,
// Turkish, Polish and Portuguese), written beside unseen-7.ts without the analysers in sight and filled
// from the seed the same way. Real providers send from their own real domains, as they do in life (the
// company, its customers and made-up vendors use reserved ones); every link goes where the sender's
// business is; attachments are inert.
import type { SeededRandom } from './generate.js';
import { page, type UnseenMessage } from './unseen-3.js';
import { type EncodedEntry, fillEncoded, uuid } from './unseen-4.js';
import {
  attach,
  continental,
  pdfAttachment,
  quotedHistory,
  replyHeaders,
  signed,
  unsubscribe,
} from './unseen-5-parts.js';
import { invitation } from './unseen-payloads.js';

const ENTRIES: EncodedEntry[] = [
  // The company's own systems and IT team.
  {
    kind: 'scan-to-email',
    template: 'mfp-scan-through-own-relay',
    write: (s) => ({
      headers: s.headers('MFP-3F-East', 'scanner@corp.example', [signed('corp.example')]),
      subject: `Scanned from MFP-3F-East 2026-11-02 ${8 + s.below(10)}:${10 + s.below(50)}`,
      text: `Scanned by: ${s.victim.name}\nPages: ${1 + s.below(9)}\nResolution: 300 dpi\nFormat: PDF`,
      parts: [
        pdfAttachment(`SCAN_${s.digits(14)}.pdf`, [
          `${s.company} – signed delivery note`,
          `Received by ${s.victim.name}`,
        ]),
      ],
    }),
  },
  {
    kind: 'voicemail',
    template: 'phone-system-voicemail-audio',
    write: (s) => ({
      headers: s.headers(s.colleague.name, s.colleague.email, [signed('corp.example')]),
      subject: `Voicemail from ${s.colleague.name} (${10 + s.below(40)} seconds)`,
      text: `You received a voicemail from ${s.colleague.name} (ext. ${s.digits(4)}).\n\nPlay the attached audio or listen from the Calls app in Teams.`,
      parts: [
        attach(
          'audio/mpeg',
          'voicemail.mp3',
          Buffer.concat([Buffer.from('ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000'), Buffer.alloc(256)]),
        ),
      ],
    }),
  },
  {
    kind: 'it-announcement',
    template: 'copilot-licence-assigned-internal',
    write: (s) => ({
      headers: s.headers(`IT – ${s.company}`, 'it-announcements@corp.example', [signed('corp.example')]),
      subject: 'You now have a Copilot for Microsoft 365 licence',
      html: page(
        [
          `Hi ${s.victim.first},`,
          'As part of the second wave of our rollout you have been assigned a Copilot for Microsoft 365 licence. It appears in Outlook, Teams and Word within 24 hours; there is nothing to install and nothing to pay.',
          'Before you start, please complete the 20-minute course "Using Copilot safely" on the learning portal. Never paste customer personal data into prompts.',
        ],
        ['Open Copilot', 'https://m365.cloud.microsoft/chat'],
        `${s.company} IT · questions in the #copilot-pilot channel`,
      ),
    }),
  },
  {
    kind: 'it-announcement',
    template: 'meeting-client-update-software-center',
    write: (s) => ({
      headers: s.headers('IT Service Desk', 'servicedesk@corp.example', [signed('corp.example')]),
      subject: 'Zoom Workplace update this week – no action needed',
      text: [
        'Hello all,',
        '',
        `Between ${s.pick(['Tuesday', 'Wednesday'])} and Friday the Zoom Workplace app on company laptops updates to the`,
        'current version automatically through Software Center. You may be asked to restart Zoom once.',
        '',
        'Please do not download Zoom or any other meeting app from links in emails or meeting invitations: if a',
        'meeting ever says your app is out of date, open Software Center instead, or call us on ext. 4400.',
        '',
        'IT Service Desk',
      ].join('\n'),
    }),
  },
  {
    kind: 'password-expiry',
    template: 'password-expiry-own-domain-sspr',
    write: (s) => ({
      headers: s.headers('IT Service Desk', 'servicedesk@corp.example', [signed('corp.example')]),
      subject: `Your password expires in ${3 + s.below(11)} days`,
      text: [
        `Hi ${s.victim.first},`,
        '',
        'Your network password expires soon. Change it from your laptop with Ctrl+Alt+Del > Change a password, or',
        'at https://passwordreset.microsoftonline.com if you are away from the office.',
        '',
        'We will never ask for your current password by email or phone.',
        '',
        'IT Service Desk',
      ].join('\n'),
    }),
  },
  {
    kind: 'security-notice',
    template: 'advisory-paste-command-tricks',
    write: (s) => ({
      headers: s.headers(`Information Security – ${s.company}`, 'security@corp.example', [
        signed('corp.example'),
      ]),
      subject: 'Security advisory: never paste commands a web page or email gives you',
      html: page(
        [
          'Colleagues,',
          'Attackers are increasingly asking people to copy a "fix" and paste it somewhere: into the Windows Run box (Win+R) after a fake CAPTCHA, into the address bar of File Explorer disguised as a file path, or into PowerShell or Terminal to "repair a camera" before a video interview.',
          'Whatever the story, <b>do not paste text from a web page, email or chat into Run, File Explorer, PowerShell or Terminal</b>. No legitimate service, and not IT, will ask you to.',
          'If you already did, disconnect from the network and call the IT Service Desk on ext. 4400 immediately. Use the Report button in Outlook for suspicious mail.',
        ],
        undefined,
        `${s.company} Information Security`,
      ),
    }),
  },
  {
    kind: 'security-notice',
    template: 'phishing-simulation-announcement',
    write: (s) => ({
      headers: s.headers(`${s.boss.name} (CISO)`, s.boss.email, [signed('corp.example')]),
      subject: 'Phishing simulations resume in December',
      text: [
        'Hi everyone,',
        '',
        'Our phishing simulation programme resumes in December. Over the coming months you may receive test',
        'messages that imitate real attacks: fake invoices, parcel notices, QR codes, "password expires" warnings,',
        'even repeated MFA prompts. Treat every unexpected message with care, and report anything suspicious with',
        'the Report button in Outlook. Nobody is named or shamed; the results help us target training.',
        '',
        'Thanks,',
        s.boss.name,
      ].join('\n'),
    }),
  },
  // Services the lures copy, writing for themselves.
  {
    kind: 'developer-notification',
    template: 'issue-mention-from-colleague',
    write: (s) => {
      const repo = `corp-example/${s.pick(['api', 'infra', 'web-app'])}`;
      const issue = 100 + s.below(800);
      return {
        headers: s.headers(s.colleague.name, 'notifications@github.com', [
          signed('github.com'),
          `List-ID: ${repo} <${repo.replace('/', '.')}.github.com>`,
        ]),
        subject: `Re: [${repo}] Login rate limiting returns 500 for locked accounts (Issue #${issue})`,
        text: [
          `@${s.victim.first.toLowerCase()} could you take a look? It happens when the account is locked after five`,
          'failed sign-ins: the handler throws instead of returning 429. Stack trace in the first comment.',
          '',
          '—',
          'Reply to this email directly, view it on GitHub:',
          `https://github.com/${repo}/issues/${issue}#issuecomment-${s.digits(10)}`,
          'You are receiving this because you were mentioned.',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'developer-notification',
    template: 'dependabot-security-alert',
    write: (s) => {
      const repo = `corp-example/${s.pick(['api', 'web-app', 'billing-service'])}`;
      return {
        headers: s.headers('Dependabot', 'notifications@github.com', [signed('github.com')]),
        subject: `[${repo}] Your Dependabot alerts: ${1 + s.below(4)} critical, ${s.below(6)} high`,
        text: [
          `Dependabot found vulnerable dependencies in ${repo}:`,
          '',
          `Critical  ${s.pick(['axios', 'next', 'jsonwebtoken'])}  Server-side request forgery  upgrade to the patched version`,
          `High      ${s.pick(['path-to-regexp', 'cookie', 'ws'])}  Regular expression denial of service`,
          '',
          `Review all alerts: https://github.com/${repo}/security/dependabot`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'security-alert',
    template: 'workspace-admin-suspicious-login',
    write: (s) => ({
      headers: s.headers('Google Workspace Alerts', 'google-workspace-alerts-noreply@google.com', [
        signed('google.com'),
      ]),
      subject: 'Alert: Suspicious login',
      html: page(
        [
          '<b>Suspicious login</b>',
          `Google detected a suspicious login to ${s.colleague.email}. The user was asked to verify their identity.<br>Date: Nov 2, 2026, 07:${10 + s.below(49)} UTC<br>IP: 198.51.100.${s.below(250)}`,
        ],
        ['View alert details', `https://admin.google.com/ac/ac?rid=${s.digits(19)}`],
        'You received this email because you are an administrator. Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043',
      ),
    }),
  },
  {
    kind: 'meeting-notes',
    template: 'notetaker-summary-ready',
    write: (s) => ({
      headers: s.headers('Otter.ai', 'no-reply@otter.ai', [signed('otter.ai')]),
      subject: `Your meeting notes: ${s.vendor.name} quarterly review`,
      html: page(
        [
          `Hi ${s.victim.first}, the notes for <b>${s.vendor.name} quarterly review</b> (${25 + s.below(35)} min) are ready.`,
          '<b>Summary</b><br>Delivery times improved; the vendor asked for a price increase of 4% from April. Next review in March.',
        ],
        ['View notes', `https://otter.ai/u/${s.token(22)}`],
        'Otter.ai, Inc., 800 W El Camino Real, Mountain View, CA 94040',
      ),
    }),
  },
  {
    kind: 'money-request',
    template: 'paypal-request-from-colleague',
    write: (s) => ({
      headers: s.headers('PayPal', 'service@paypal.com', [signed('paypal.com')]),
      subject: `${s.colleague.name} requested $${s.money(12, 48)} USD`,
      html: page(
        [
          `${s.colleague.name} sent you a request for money.`,
          `<b>Note:</b> "${s.pick(['Team lunch Friday, your share', 'Leaving gift for Mei', 'Concert tickets'])} – thanks!"`,
        ],
        ['Pay now', `https://www.paypal.com/myaccount/transfer/requests/${s.token(17).toUpperCase()}`],
        'PayPal, 2211 North First Street, San Jose, CA 95131',
      ),
    }),
  },
  {
    kind: 'storage-notice',
    template: 'icloud-storage-almost-full',
    write: (s) => ({
      headers: s.headers('iCloud', 'noreply@email.apple.com', [signed('email.apple.com')]),
      subject: 'Your iCloud storage is almost full.',
      html: page(
        [
          `Dear ${s.victim.first},`,
          `You have used ${(46 + s.below(4)) / 10} GB of your 5 GB iCloud storage. You can upgrade to iCloud+ with 50 GB for €0.99 a month, or free up space in Settings on your device.`,
        ],
        ['Upgrade your storage', 'https://www.icloud.com/'],
        'Apple Distribution International Ltd., Hollyhill Industrial Estate, Cork, Ireland',
      ),
    }),
  },
  {
    kind: 'ticket-transfer',
    template: 'ticket-transfer-from-colleague',
    write: (s) => ({
      headers: s.headers('Ticketmaster', 'customer_support@email.ticketmaster.com', [
        signed('email.ticketmaster.com'),
      ]),
      subject: `${s.colleague.first} sent you tickets`,
      html: page(
        [
          `${s.colleague.name} sent you 2 tickets for <b>${s.pick(['Arctic Monkeys', 'Royal Ballet – The Nutcracker', 'Premier League match'])}</b>.`,
          'Open the Ticketmaster app or sign in to My Account to accept them.',
        ],
        ['Accept tickets', `https://www.ticketmaster.com/user/transfers/${s.digits(12)}`],
        'Ticketmaster, 9348 Civic Center Drive, Beverly Hills, CA 90210',
      ),
    }),
  },
  {
    kind: 'travel-booking',
    template: 'hotel-reservation-confirmed',
    write: (s) => ({
      headers: s.headers('Booking.com', 'noreply@booking.com', [signed('booking.com')]),
      subject: `Your booking is confirmed at ${s.pick(['Hotel Arcadia Lisboa', 'Nordic Light Hotel', 'Hotel Praha Centrum'])}`,
      html: page(
        [
          `Thanks, ${s.victim.first}! Your booking in ${s.pick(['Lisbon', 'Stockholm', 'Prague'])} is confirmed.`,
          `Confirmation number: ${s.digits(10)}<br>PIN code: ${s.digits(4)}<br>Check-in: ${10 + s.below(18)} January 2027 from 15:00`,
          'You will pay the property during your stay. We will never ask for card details by email or message.',
        ],
        ['Manage booking', `https://secure.booking.com/myreservations.html?bn=${s.digits(10)}`],
        'Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, the Netherlands',
      ),
    }),
  },
  {
    kind: 'utility-bill',
    template: 'energy-bill-ready',
    write: (s) => ({
      headers: s.headers('Octopus Energy', 'hello@octopus.energy', [signed('octopus.energy')]),
      subject: 'Your latest bill is ready',
      html: page(
        [
          `Hi ${s.victim.first},`,
          `Your bill for ${s.pick(['October', 'November'])} is ready: £${s.money(60, 190)}. Your Direct Debit will collect it on the ${1 + s.below(27)}th; you don't need to do anything.`,
          `You're ${s.pick(['£24.10 in credit', '£8.55 in credit'])} after this bill.`,
        ],
        ['View your bill', 'https://octopus.energy/dashboard/'],
        'Octopus Energy Ltd, UK House, 5th floor, 164-182 Oxford Street, London W1D 1NN',
      ),
    }),
  },
  {
    kind: 'pension-statement',
    template: 'pension-annual-statement',
    write: (s) => ({
      headers: s.headers('Nest Pensions', 'noreply@nestpensions.org.uk', [signed('nestpensions.org.uk')]),
      subject: 'Your Nest annual statement is ready',
      text: [
        `Dear ${s.victim.first} ${s.victim.last},`,
        '',
        'Your annual statement is now available in your online account. It shows how much is in your pot, the',
        'contributions paid in over the year, and an estimate of what you might get when you retire.',
        '',
        'To read it, log in at nestpensions.org.uk. We will never call you and ask for your password.',
        '',
        'Nest Pensions',
      ].join('\n'),
    }),
  },
  // Suppliers, colleagues and partners.
  {
    kind: 'invoice',
    template: 'vendor-thread-invoice-copy',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email, [
        ...replyHeaders(s, s.vendor.domain),
        signed(s.vendor.domain),
      ]),
      subject: `RE: ${s.vendor.name} – invoice ${s.digits(6)} copy`,
      text: [
        `Hi ${s.victim.first},`,
        '',
        'Of course, a copy of the invoice is attached. Payment goes to the usual account on our letterhead; nothing',
        'has changed on our side.',
        '',
        'Best,',
        s.stranger.first,
        quotedHistory(s.victim.name, 'Thursday, 29 October 2026 09:41', `${s.vendor.name} – invoice copy`, [
          `Hi ${s.stranger.first}, could you resend the October invoice? It did not come through to AP.`,
        ]),
      ].join('\n'),
      parts: [
        pdfAttachment(`Invoice_${s.digits(6)}.pdf`, [
          `${s.vendor.name} – Invoice`,
          `Bill to: ${s.company}`,
          `Total: EUR ${s.money(900, 12_000)}`,
          'Payment terms: 30 days',
        ]),
      ],
    }),
  },
  {
    kind: 'credit-note',
    template: 'supplier-credit-note-pdf',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers(`${s.vendor.name} Accounts`, `accounts@${s.vendor.domain}`, [
        signed(s.vendor.domain),
      ]),
      subject: `Credit note CN-${s.digits(5)} for ${s.company}`,
      text: `Dear ${s.victim.first},\n\nAs agreed on the phone, we attach a credit note of EUR ${s.money(80, 2_400)} for the damaged items. It will be deducted from your next invoice; no payment is needed.\n\nKind regards,\n${s.vendor.name} Accounts`,
      parts: [
        pdfAttachment(`CN-${s.digits(5)}.pdf`, [`${s.vendor.name} – Credit note`, `Customer: ${s.company}`]),
      ],
    }),
  },
  {
    kind: 'e-signature',
    template: 'dropbox-sign-nda-colleague',
    write: (s) => ({
      headers: s.headers(`${s.colleague.name} via Dropbox Sign`, 'noreply@mail.hellosign.com', [
        signed('mail.hellosign.com'),
      ]),
      subject: `${s.colleague.name} has requested your signature on "Mutual NDA – ${s.vendor.name}"`,
      html: page(
        [
          `${s.colleague.name} (${s.colleague.email}) has requested your signature on <b>Mutual NDA – ${s.vendor.name}</b>.`,
          `Message: "${s.victim.first}, countersignature as discussed this morning. Thanks!"`,
        ],
        ['Review &amp; sign', `https://app.hellosign.com/sign/${s.hex(40)}`],
        'Dropbox Sign, a Dropbox company',
      ),
    }),
  },
  {
    kind: 'calendar-invite',
    template: 'webex-partner-invite',
    write: (s) => {
      const link = `https://${s.vendor.domain.split('.')[0]}.webex.com/meet/${s.stranger.first.toLowerCase()}`;
      return {
        headers: s.headers(s.stranger.name, s.stranger.email, [signed(s.vendor.domain)]),
        subject: `Invitation: ${s.vendor.name} / ${s.company} – delivery planning 2027`,
        text: `Hi ${s.victim.first},\n\nAs discussed, here is the invitation for our planning session.\n\nJoin Webex meeting: ${link}\nMeeting number: ${s.digits(4)} ${s.digits(3)} ${s.digits(4)}\n\nBest regards,\n${s.stranger.name}`,
        parts: [
          attach(
            'text/calendar',
            'invite.ics',
            invitation({
              uid: `${uuid(s)}@${s.vendor.domain}`,
              organizer: s.stranger.email,
              attendee: s.victim.email,
              summary: `${s.vendor.name} / ${s.company} – delivery planning 2027`,
              description: `Join Webex meeting: ${link}`,
              location: link,
              start: `202612${10 + s.below(18)}T${9 + s.below(7)}0000Z`,
            }),
          ),
        ],
      };
    },
  },
  {
    kind: 'recruiting',
    template: 'interview-scheduled-for-interviewer',
    write: (s) => ({
      headers: s.headers(`${s.company} Recruiting`, 'no-reply@us.greenhouse-mail.io', [
        signed('us.greenhouse-mail.io'),
      ]),
      subject: `Interview scheduled: ${s.stranger.name} for Senior Backend Engineer`,
      html: page(
        [
          `Hi ${s.victim.first},`,
          `You are scheduled to interview <b>${s.stranger.name}</b> for Senior Backend Engineer on ${s.pick(['Tuesday', 'Thursday'])} at ${9 + s.below(8)}:00 (45 min, video).`,
          'The scorecard and résumé are in your interview kit.',
        ],
        ['Open interview kit', `https://app.greenhouse.io/interview_kits/${s.digits(8)}`],
        `Sent by Greenhouse on behalf of ${s.company}`,
      ),
    }),
  },
  {
    kind: 'newsletter',
    template: 'threat-research-digest',
    write: (s) => {
      const post = (slug: string) =>
        `https://www.proofpoint.com/us/blog/threat-insight/${slug}?utm_source=newsletter&utm_id=${s.digits(6)}`;
      return {
        headers: s.headers('Proofpoint Threat Insight', 'news@info.proofpoint.com', [
          signed('info.proofpoint.com'),
          ...unsubscribe(`https://info.proofpoint.com/unsubscribe?e=${s.token(20)}`),
        ]),
        subject: 'Threat Insight digest: QR-code phishing, fake CAPTCHA and device-code abuse',
        html: page(
          [
            '<b>This month in threat research</b>',
            `<a href="${post('qr-code-phishing-evolves')}">QR-code phishing moves into PDFs and split images</a> – attackers are hiding credential phishing links where URL scanners do not look.`,
            `<a href="${post('clickfix-social-engineering')}">ClickFix: when users are asked to paste a command</a> – verify your account, fix your camera, prove you are human.`,
            `<a href="${post('device-code-phishing')}">Device-code phishing against Microsoft 365</a> – no password, no fake login page.`,
            `<a href="${post('invoice-fraud-2026')}">Vendor email compromise and invoice fraud in 2026</a>.`,
            `<a href="https://www.proofpoint.com/us/webinars?utm_source=newsletter">Webinars</a> · <a href="https://www.proofpoint.com/us/resources?utm_source=newsletter">Resources</a>`,
          ],
          undefined,
          'Proofpoint, Inc., 925 W Maude Avenue, Sunnyvale, CA 94085',
        ),
      };
    },
  },
  {
    kind: 'job-alert',
    template: 'professional-network-job-alert',
    write: (s) => ({
      headers: s.headers('LinkedIn Job Alerts', 'jobalerts-noreply@linkedin.com', [
        signed('linkedin.com'),
        ...unsubscribe(`https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=${s.token(24)}`),
      ]),
      subject: `${3 + s.below(20)} new jobs for "engineering manager" in ${s.pick(['Stockholm', 'Lisbon', 'Warsaw'])}`,
      html: page(
        [
          'Your job alert for <b>engineering manager</b>',
          `<a href="https://www.linkedin.com/comm/jobs/view/${s.digits(10)}">Engineering Manager, Payments</a> – ${s.pick(['Klarna', 'Allegro', 'Farfetch'])}`,
          `<a href="https://www.linkedin.com/comm/jobs/view/${s.digits(10)}">Senior Engineering Manager</a> – ${s.pick(['Spotify', 'OLX Group', 'Talkdesk'])}`,
          '<a href="https://www.linkedin.com/comm/jobs/search">See all jobs</a>',
        ],
        undefined,
        'LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2',
      ),
    }),
  },
  // Banks, brokers, tax offices, carriers and shops in their own languages.
  {
    kind: 'document-notice',
    template: 'kivra-nytt-brev-svenska',
    write: (s) => ({
      headers: s.headers('Kivra', 'no-reply@kivra.se', [signed('kivra.se')]),
      subject: `Du har fått ett nytt brev från ${s.pick(['Skatteverket', 'Försäkringskassan', 'CSN'])}`,
      text: `Hej ${s.victim.first}!\n\nDu har fått ett nytt brev i Kivra. Öppna appen eller logga in på kivra.se för att läsa det.\n\nVi skickar aldrig länkar där du ska logga in med BankID.\n\nHälsningar,\nKivra`,
    }),
  },
  {
    kind: 'bank-notice',
    template: 'meddelande-i-appen-svenska',
    write: (s) => ({
      headers: s.headers('Swedbank', 'noreply@swedbank.se', [signed('swedbank.se')]),
      subject: 'Du har ett nytt meddelande',
      text: 'Hej,\n\nDu har fått ett nytt meddelande från Swedbank. Logga in i appen eller internetbanken för att läsa det.\n\nSwedbank ringer eller mejlar aldrig för att be dig logga in med BankID eller lämna koder.\n\nVänliga hälsningar\nSwedbank',
    }),
  },
  {
    kind: 'order-confirmation',
    template: 'chumon-kakunin-japanese',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers('Amazon.co.jp', 'auto-confirm@amazon.co.jp', [signed('amazon.co.jp')]),
      subject: `Amazon.co.jp ご注文の確認 「${s.pick(['USB-Cケーブル', 'コーヒー豆 1kg', 'ノートPCスタンド'])}」`,
      text: `${s.victim.last}様\n\nAmazon.co.jpをご利用いただき、ありがとうございます。\nご注文番号：${s.digits(3)}-${s.digits(7)}-${s.digits(7)}\nお届け予定：${11 + s.below(2)}月${1 + s.below(28)}日\nご請求額：￥${(1_000 + s.below(9_000)).toLocaleString('ja-JP')}\n\n注文の詳細は「注文履歴」からご確認いただけます。\nhttps://www.amazon.co.jp/gp/css/order-history\n\nAmazon.co.jp`,
    }),
  },
  {
    kind: 'brokerage-notice',
    template: 'shoken-login-tsuchi-japanese',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers('楽天証券', 'info@mail.rakuten-sec.co.jp', [signed('mail.rakuten-sec.co.jp')]),
      subject: '【楽天証券】ログインのお知らせ',
      text: `${s.victim.last}様\n\n楽天証券をご利用いただきありがとうございます。\nお客様のアカウントに以下の日時にログインがありました。\n\n日時：2026/11/02 ${8 + s.below(10)}:${10 + s.below(49)}\n\nお心当たりがない場合は、ブックマークや公式アプリからログインし、パスワードを変更してください。当社がメールでログインをお願いすることはございません。\n\n楽天証券株式会社`,
    }),
  },
  {
    kind: 'shipping-notice',
    template: 'otodoke-yotei-japanese',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers('ヤマト運輸', 'mail@kuronekoyamato.co.jp', [signed('kuronekoyamato.co.jp')]),
      subject: '【ヤマト運輸】お荷物お届けのお知らせ',
      text: `${s.victim.last}様\n\n${s.pick(['Amazon.co.jp', 'ユニクロ', 'ヨドバシカメラ'])}様からのお荷物をお届け予定です。\n\n伝票番号：${s.digits(4)}-${s.digits(4)}-${s.digits(4)}\nお届け予定日時：11月${3 + s.below(5)}日 ${s.pick(['午前中', '14時～16時', '18時～20時'])}\n\n受け取り日時の変更はクロネコメンバーズのアプリから行えます。\n\nヤマト運輸株式会社`,
    }),
  },
  {
    kind: 'shipping-notice',
    template: 'zasilka-na-ceste-cesky',
    write: (s) => ({
      headers: s.headers('Zásilkovna', 'info@zasilkovna.cz', [signed('zasilkovna.cz')]),
      subject: `Zásilka ${s.token(1).toUpperCase()}${s.digits(9)} je na cestě`,
      text: `Dobrý den,\n\nVaše zásilka od e-shopu ${s.pick(['Alza.cz', 'Mall.cz', 'Notino'])} je na cestě na výdejní místo ${s.pick(['Praha 4, Nusle', 'Brno, Královo Pole'])}. Až bude připravena k vyzvednutí, pošleme Vám SMS s kódem.\n\nSledovat zásilku: https://tracking.packeta.com/cs/?id=Z${s.digits(10)}\n\nTým Zásilkovny`,
    }),
  },
  {
    kind: 'bank-statement',
    template: 'vypis-z-uctu-pdf-cesky',
    write: (s) => ({
      headers: s.headers('Fio banka', 'automat@fio.cz', [signed('fio.cz')]),
      subject: `Výpis z účtu ${s.digits(10)} za ${s.pick(['říjen', 'listopad'])} 2026`,
      text: 'Dobrý den,\n\nv příloze zasíláme výpis z Vašeho účtu za uplynulé období.\n\nS pozdravem\nFio banka, a.s.',
      parts: [
        pdfAttachment(`Vypis_${s.digits(10)}.pdf`, ['Fio banka - vypis z uctu', `Majitel: ${s.victim.name}`]),
      ],
    }),
  },
  {
    kind: 'government-notice',
    template: 'datova-schranka-nova-zprava-cesky',
    write: (s) => ({
      headers: s.headers('Informační systém datových schránek', 'notifikace@mojedatovaschranka.cz', [
        signed('mojedatovaschranka.cz'),
      ]),
      subject: 'Do Vaší datové schránky byla dodána nová zpráva',
      text: `Dobrý den,\n\ndo datové schránky ${s.token(7)} byla dodána nová datová zpráva od odesílatele ${s.pick(['Finanční úřad pro hlavní město Prahu', 'Česká správa sociálního zabezpečení'])}.\n\nZprávu si přečtěte po přihlášení do své datové schránky. Tento e-mail neobsahuje odkaz na přihlášení.\n\nInformační systém datových schránek`,
    }),
  },
  {
    kind: 'shipping-notice',
    template: 'siparisin-kargoda-turkce',
    write: (s) => ({
      headers: s.headers('Trendyol', 'bilgilendirme@trendyol.com', [signed('trendyol.com')]),
      subject: `${s.digits(9)} numaralı siparişin kargoya verildi`,
      html: page(
        [
          `Merhaba ${s.victim.first},`,
          `${s.pick(['Spor ayakkabı', 'Bluetooth kulaklık', 'Kahve makinesi'])} ürünün kargoya verildi. Tahmini teslimat: ${2 + s.below(3)} iş günü.`,
        ],
        ['Siparişimi takip et', `https://www.trendyol.com/hesabim/siparislerim/${s.digits(9)}`],
        'DSM Grup Danışmanlık İletişim ve Satış Ticaret A.Ş.',
      ),
    }),
  },
  {
    kind: 'bank-statement',
    template: 'kart-ekstresi-turkce',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers('Garanti BBVA', 'bilgilendirme@garantibbva.com.tr', [signed('garantibbva.com.tr')]),
      subject: 'Kredi kartı ekstreniz hazır',
      text: `Sayın ${s.victim.first} ${s.victim.last},\n\nKredi kartınızın ${s.pick(['Kasım', 'Aralık'])} dönemi ekstresi hazırlanmıştır.\nDönem borcu: ${continental(s.money(1_000, 24_000))} TL\nSon ödeme tarihi: ${10 + s.below(18)}.12.2026\n\nEkstrenizin detaylarını Garanti BBVA Mobil uygulamasından görüntüleyebilirsiniz. Bankamız sizden e-posta ile şifre veya kart bilgisi talep etmez.\n\nGaranti BBVA`,
    }),
  },
  {
    kind: 'order-confirmation',
    template: 'platnosc-przyjeta-allegro-polski',
    write: (s) => ({
      headers: s.headers('Allegro', 'powiadomienia@allegro.pl', [signed('allegro.pl')]),
      subject: 'Dziękujemy za zakup! Płatność została przyjęta',
      html: page(
        [
          `Cześć ${s.victim.first},`,
          `Twoja płatność ${continental(s.money(40, 900))} zł za zamówienie „${s.pick(['Słuchawki bezprzewodowe', 'Ekspres do kawy', 'Plecak miejski'])}” została przyjęta. Sprzedający przygotowuje przesyłkę.`,
        ],
        ['Zobacz zakup', `https://allegro.pl/moje-allegro/zakupy/kupione/${uuid(s)}`],
        'Allegro.pl sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań',
      ),
    }),
  },
  {
    kind: 'marketplace-message',
    template: 'nowa-wiadomosc-olx-polski',
    write: (s) => ({
      headers: s.headers('OLX', 'powiadomienia@olx.pl', [signed('olx.pl')]),
      subject: `Masz nową wiadomość w sprawie ogłoszenia „${s.pick(['Rower miejski', 'Fotel biurowy', 'Konsola PS4'])}”`,
      text: `Cześć!\n\nKupujący ${s.stranger.first} napisał do Ciebie: „Dzień dobry, czy przedmiot jest nadal dostępny? Mogę odebrać osobiście w sobotę.”\n\nOdpowiedz w aplikacji OLX lub na https://www.olx.pl/mojolx/wiadomosci/\n\nPamiętaj: nigdy nie podawaj danych karty, aby otrzymać płatność.\n\nZespół OLX`,
    }),
  },
  {
    kind: 'shipping-notice',
    template: 'encomenda-em-distribuicao-portugues',
    write: (s) => ({
      headers: s.headers('CTT', 'noreply@ctt.pt', [signed('ctt.pt')]),
      subject: `A sua encomenda RR${s.digits(9)}PT está em distribuição`,
      text: `Olá,\n\nA sua encomenda será entregue hoje. Se não estiver em casa, deixaremos um aviso e poderá levantá-la no ponto CTT indicado.\n\nSiga a encomenda em https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx\n\nOs CTT nunca pedem pagamentos por SMS ou e-mail para entregar encomendas nacionais.\n\nCTT – Correios de Portugal`,
    }),
  },
  {
    kind: 'government-notice',
    template: 'financas-nova-mensagem-portugues',
    write: (s) => ({
      headers: s.headers('Portal das Finanças', 'nao-responder@at.gov.pt', [signed('at.gov.pt')]),
      subject: 'Nova mensagem na sua caixa postal eletrónica',
      text: `Caro(a) contribuinte ${s.digits(3)}******,\n\nTem uma nova mensagem disponível na sua área reservada do Portal das Finanças.\n\nPara a consultar, aceda ao Portal das Finanças digitando o endereço no navegador e autentique-se. A AT não envia links para pagamentos nem pede dados pessoais por e-mail.\n\nAutoridade Tributária e Aduaneira`,
    }),
  },
  {
    kind: 'card-statement',
    template: 'fatura-fechou-portugues',
    write: (s) => ({
      headers: s.headers('Nubank', 'todomundo@nubank.com.br', [signed('nubank.com.br')]),
      subject: `Sua fatura fechou: R$ ${continental(s.money(200, 4_000))}`,
      html: page(
        [
          `Oi, ${s.victim.first}!`,
          `A fatura do seu cartão fechou. O vencimento é dia ${1 + s.below(27)}. Você pode pagar com Pix ou boleto direto pelo app.`,
          'O Nubank nunca pede senha, código ou dados do cartão por e-mail.',
        ],
        undefined,
        'Nu Pagamentos S.A. – Instituição de Pagamento',
      ),
    }),
  },
  {
    kind: 'billing',
    template: 'cloud-provider-invoice-available',
    write: (s) => ({
      headers: s.headers('Amazon Web Services', 'no-reply-aws@amazon.com', [signed('amazon.com')]),
      subject: `Amazon Web Services Invoice Available [Account: ${s.digits(12)}]`,
      text: `Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:\n\nTotal: $${s.money(120, 9_800)}\n\nYou can see a complete break down of all charges on the Billing & Cost Management page located at https://console.aws.amazon.com/billing/home#/bills\n\nThank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services`,
    }),
  },
  {
    kind: 'tax-notice',
    template: 'etax-message-box-japanese',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers('e-Tax', 'info@e-tax.nta.go.jp', [signed('e-tax.nta.go.jp')]),
      subject: '【e-Tax】メッセージボックスにお知らせが格納されました',
      text: `${s.victim.last}様\n\n国税電子申告・納税システム（e-Tax）のメッセージボックスに、新しいお知らせが格納されました。\n\n内容はe-Taxにログインしてご確認ください。\n\n※国税庁がメールやSMSで還付金の受取手続きを求めることはありません。\n\n国税庁`,
    }),
  },
];

export const UNSEEN_HAM_7_TEMPLATE_COUNT = ENTRIES.length;

export async function unseenHam7(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<UnseenMessage[]> {
  return fillEncoded(ENTRIES, perTemplate, seed, seededRandom, 7_500_000);
}
