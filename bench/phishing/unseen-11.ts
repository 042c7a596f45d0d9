// The eleventh unseen set's phishing: the shapes a phishing-simulation platform ships (IT notices, HR
// acknowledgements, parcels, expense reports, voicemail, Teams, Slack and Zoom alerts) and the shapes 2025-26
// kits send (sign-in pages behind CAPTCHA and redirect chains, QR codes in PDFs and images, device-code and
// consent lures, calendar invites, callback invoices, recruiters, hotel-guest lures, wallet drainers and
// lookalike vendors). The local-language lures are in unseen-11-local.ts.
import type { SeededRandom } from './generate.js';
import { diskImage, qrJpeg, qrPng } from './payloads.js';
import { LOCAL_LURES } from './unseen-11-local.js';
import {
  amount,
  compose,
  day,
  digits,
  FIRMS,
  FREEMAIL,
  fromLine,
  lookalike,
  lureHost,
  lurePath,
  pass,
  person,
  phone,
  render,
  spfOnly,
  spoofed,
  type Template,
  token,
  upper,
} from './unseen-11-scene.js';
import { invitation, onePagePdf, protectedZip } from './unseen-payloads.js';

/** A registered lure domain: its own SPF, often DKIM too. */
const own = (r: SeededRandom, host: string) => (r.below(3) === 0 ? spfOnly(host) : pass(host));
const url = (r: SeededRandom, host: string, email: string) => `https://${host}${lurePath(r, email)}`;

const LURES: Template[] = [
  {
    name: 'it-password-expiry',
    kind: 'password-expiry',
    write(r, to) {
      const host = lureHost(r, ['corpexample', 'corp-it', 'corp-helpdesk']);
      const hours = r.pick(['24 hours', '48 hours', '2 days', '3 days']);
      return {
        from: fromLine(r.pick(['IT Service Desk', 'corp.example IT', 'Helpdesk']), `servicedesk@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `Password expiry notice for ${to.email}`,
          `Your password expires in ${hours}`,
          'Action needed: password policy update',
        ]),
        ...render(r, {
          paras: [
            `Hi ${to.first},`,
            r.pick([
              `The password for ${to.email} is due to expire in ${hours}.`,
              `Our records show your network password will expire in ${hours}.`,
              `In line with the updated password policy, your current password expires in ${hours}.`,
            ]),
            r.pick([
              'You can keep your current password by confirming it below.',
              'To avoid losing access to email and Teams, please confirm your current password.',
              'Use the link below to keep the same password or choose a new one.',
            ]),
          ],
          button: {
            label: r.pick(['Keep current password', 'Review password', 'Continue']),
            href: url(r, host, to.email),
          },
          sign: ['IT Service Desk', 'corp.example'],
        }),
      };
    },
  },
  {
    name: 'hr-policy-acknowledgement',
    kind: 'policy-acknowledgement',
    write(r, to) {
      const host = lureHost(r, ['corp-hr', 'peopleteam', 'hrdocs']);
      const policy = r.pick([
        'Hybrid Working Policy',
        'Code of Conduct 2026',
        'Travel and Expenses Policy',
        'Annual Leave Policy',
      ]);
      return {
        from: fromLine(r.pick(['Human Resources', 'People Team', 'HR Compliance']), `hr@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `Please acknowledge: ${policy}`,
          `${policy} - signature required`,
          `Updated ${policy} (action required)`,
        ]),
        ...render(r, {
          paras: [
            `Dear ${to.first},`,
            `We have published an updated ${policy}. All employees are asked to read and acknowledge it by ${day(r)}.`,
            r.pick([
              'Acknowledgements are tracked for the audit, so please complete this even if you have read a previous version.',
              'The document is hosted on the HR SharePoint and takes about five minutes to review.',
            ]),
          ],
          button: { label: 'Review and acknowledge', href: url(r, host, to.email) },
          sign: ['Kind regards,', 'People Team'],
        }),
      };
    },
  },
  {
    name: 'parcel-redelivery-fee',
    kind: 'parcel-fee',
    write(r, to) {
      const carrier = r.pick(['DHL Express', 'UPS', 'FedEx', 'Royal Mail', 'USPS']);
      const host = lureHost(r, ['parcel', 'redelivery', 'track', 'shipment']);
      const fee = amount(r, 1, 4);
      return {
        from: fromLine(carrier, `${r.pick(['notice', 'no-reply', 'support'])}@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `${carrier}: delivery attempt failed`,
          'Your parcel is on hold',
          `Shipment ${upper(r, 2)}${digits(r, 9)} - address confirmation required`,
        ]),
        ...render(r, {
          brand: carrier,
          color: r.pick(['#d40511', '#4d148c', '#351c15', '#004b87']),
          paras: [
            r.pick([
              'We tried to deliver your parcel today but the address label was incomplete.',
              'Your parcel could not be delivered because an outstanding handling fee was not paid.',
            ]),
            `To schedule a new delivery, please confirm your address and pay the redelivery fee of $${fee}.`,
            r.pick([
              'Parcels not rescheduled within 48 hours are returned to sender.',
              'This link expires in 2 days.',
            ]),
          ],
          button: {
            label: r.pick(['Schedule delivery', 'Confirm address', 'Pay now']),
            href: url(r, host, to.email),
          },
        }),
      };
    },
  },
  {
    name: 'meta-page-appeal',
    kind: 'social-media-violation',
    write(r, to) {
      const host = lureHost(r, ['meta-business', 'pagesupport', 'fbappeal']);
      const page = r.pick(['Corp Example', 'corp.example Careers', 'Corp Example Events']);
      return {
        from: fromLine(r.pick(['Meta for Business', 'Meta Support', 'Instagram']), `policy@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `Your page ${page} has been scheduled for deletion`,
          'Copyright infringement reported on your page',
          `Case #${digits(r, 10)}: action required`,
        ]),
        ...render(r, {
          brand: 'Meta',
          color: '#0866ff',
          paras: [
            `We received a report that content on ${page} may violate our Community Standards on intellectual property.`,
            r.pick([
              'If you believe this is a mistake, you can submit an appeal within 24 hours.',
              'Unless an appeal is filed, the page will be permanently disabled.',
            ]),
          ],
          button: { label: 'Submit appeal', href: url(r, host, to.email) },
          footer: 'Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025',
        }),
      };
    },
  },
  {
    name: 'expense-report-returned',
    kind: 'expense-report',
    write(r, to) {
      const host = lureHost(r, ['expense', 'concur-notify', 'travelexpense']);
      const approver = person(r);
      const report = `${r.pick(['Client visit', 'Q4 travel', 'Conference', 'Team offsite'])} ${digits(r, 4)}`;
      return {
        from: fromLine(
          r.pick(['SAP Concur', 'Expense Notifications', 'Concur Expense']),
          `autonotify@${host}`,
        ),
        auth: own(r, host),
        subject: r.pick([
          `Expense report returned: ${report}`,
          `Action required on report "${report}"`,
          'Your expense report needs attention',
        ]),
        ...render(r, {
          paras: [
            `${approver.name} returned your expense report "${report}" (USD ${amount(r, 80, 2400)}).`,
            `Comment: ${r.pick(['Receipt missing for one item, please attach and resubmit.', 'Wrong cost centre, please correct.', 'Please add the attendee list for the dinner.'])}`,
          ],
          button: { label: 'Open report', href: url(r, host, to.email) },
        }),
      };
    },
  },
  {
    name: 'conference-speaker-invite',
    kind: 'conference-invite',
    write(r, to) {
      const host = lureHost(r, ['summit', 'forum', 'expo', 'connect']);
      const sender = person(r, 'en', host);
      const event = `${r.pick(['Northern', 'Global', 'Future of', 'Applied'])} ${r.pick(['Logistics', 'Finance Ops', 'Data', 'Procurement'])} ${r.pick(['Summit', 'Forum', 'Exchange'])} 2026`;
      return {
        from: fromLine(sender.name, sender.email),
        auth: pass(host),
        subject: r.pick([
          `Speaker invitation: ${event}`,
          `Invitation to speak at ${event}`,
          `${event} - panel invitation`,
        ]),
        ...render(r, {
          paras: [
            `Dear ${to.first},`,
            `On behalf of the programme committee I would like to invite you to join a panel at ${event}, held in ${r.pick(['Amsterdam', 'Chicago', 'Singapore', 'Lisbon'])} in March.`,
            r.pick([
              'The agenda, honorarium details and travel policy are in the speaker pack.',
              'Please find the speaker brief and the draft agenda in our speaker portal.',
            ]),
            'You may be asked to sign in with your work account to access the document.',
          ],
          button: { label: 'View speaker pack', href: url(r, host, to.email) },
          sign: [sender.name, 'Programme Committee'],
        }),
      };
    },
  },
  {
    name: 'survey-reward',
    kind: 'survey-reward',
    write(r, to) {
      const host = lureHost(r, ['survey', 'pulse', 'feedback']);
      const prize = r.pick(['a $50 Amazon gift card', 'a $25 voucher', 'an extra day of annual leave']);
      return {
        from: fromLine(r.pick(['Employee Experience', 'HR Surveys', 'Pulse Survey']), `survey@${host}`),
        auth: own(r, host),
        subject: r.pick([
          '2026 employee engagement survey',
          `Complete our 3-minute survey and receive ${prize}`,
          'Reminder: your feedback matters',
        ]),
        ...render(r, {
          paras: [
            `Hello ${to.first},`,
            `This year's engagement survey closes on ${day(r)}. Everyone who completes it receives ${prize}.`,
            'Answers are anonymous; sign in with your corp.example account so we can send the reward.',
          ],
          button: { label: 'Start survey', href: url(r, host, to.email) },
        }),
      };
    },
  },
  {
    name: 'teams-missed-messages',
    kind: 'chat-notification',
    write(r, to) {
      const host = lureHost(r, ['teams', 'msteams', 'teamsmsg']);
      const colleague = person(r);
      const n = 1 + r.below(5);
      return {
        from: fromLine('Microsoft Teams', `noreply@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `You have ${n} unread messages in Teams`,
          `${colleague.name} sent you a message`,
          `${colleague.first} is trying to reach you`,
        ]),
        ...render(r, {
          brand: 'Microsoft Teams',
          color: '#5b5fc7',
          paras: [
            `${colleague.name}: "${r.pick(['Can you check the file I sent before the call?', 'Hi, urgent question about the invoice', 'Please review and reply today'])}"`,
            `You have ${n} unread message${n > 1 ? 's' : ''} in chat.`,
          ],
          button: { label: 'Reply in Teams', href: url(r, host, to.email) },
          footer: 'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
        }),
      };
    },
  },
  {
    name: 'slack-workspace-invite',
    kind: 'workspace-invite',
    write(r, to) {
      const host = lureHost(r, ['slack', 'slackinvite', 'workspace']);
      const inviter = person(r);
      const space = r.pick(['corp-example-partners', 'corp-finance', 'project-harbour', 'corpexample-ext']);
      return {
        from: fromLine('Slack', `feedback@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `${inviter.name} has invited you to work with them in Slack`,
          `Join ${space} on Slack`,
        ]),
        ...render(r, {
          brand: 'slack',
          color: '#4a154b',
          paras: [
            `${inviter.name} (${inviter.email}) has invited you to use Slack with them, in a workspace called ${space}.`,
            'Sign in with your work account to accept.',
          ],
          button: { label: 'Join Now', href: url(r, host, to.email) },
        }),
      };
    },
  },
  {
    name: 'zoom-missed-meeting',
    kind: 'meeting-notification',
    write(r, to) {
      const host = lureHost(r, ['zoom', 'zoommtg', 'zoomrec']);
      const who = person(r);
      return {
        from: fromLine(r.pick(['Zoom', 'Zoom Video Communications']), `no-reply@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `You missed a meeting with ${who.name}`,
          `Cloud recording shared with you by ${who.first}`,
          'Your meeting recording is ready',
        ]),
        ...render(r, {
          brand: 'zoom',
          color: '#0b5cff',
          paras: [
            `${who.name} ${r.pick(['tried to start a meeting with you', 'shared a cloud recording with you'])}: "${r.pick(['Budget review', 'Contract follow-up', 'Weekly sync', 'Audit prep'])}".`,
            `Duration: ${10 + r.below(50)} minutes.`,
          ],
          button: { label: r.pick(['View recording', 'Open in Zoom']), href: url(r, host, to.email) },
        }),
      };
    },
  },
  {
    name: 'voicemail-html-attachment',
    kind: 'voicemail-attachment',
    write(r, to) {
      const host = lureHost(r, ['voice', 'vmail', 'callcenter']);
      const spoof = r.below(2) === 0;
      const caller = phone(r);
      const target = url(r, host, to.email);
      const page = `<html><head><meta http-equiv="refresh" content="0; url=${target}"><title>Voice Message</title></head><body>Loading your message...</body></html>`;
      return {
        from: spoof
          ? fromLine('Voicemail', 'voicemail@corp.example')
          : fromLine('Voice Mail Service', `vm@${host}`),
        auth: spoof ? spoofed('corp.example', `${host}`) : own(r, host),
        subject: r.pick([
          `New voicemail from ${caller} (0:${20 + r.below(39)})`,
          `You have a new voice message - ${day(r)}`,
          `Missed call: ${caller}`,
        ]),
        ...render(r, {
          paras: [
            `You received a voice message from ${caller}.`,
            'The message is attached. Open it in your browser to play it.',
          ],
        }),
        parts: [
          {
            type: 'text/html',
            name: `VM_${digits(r, 6)}_${r.pick(['Play', 'Audio', 'Message'])}.htm`,
            content: Buffer.from(page),
          },
        ],
      };
    },
  },
  {
    name: 'aitm-shared-document',
    kind: 'shared-document-aitm',
    write(r, to) {
      const firm = r.pick(FIRMS);
      const sender = person(r, 'en', firm.domain);
      const host = lureHost(r, ['docview', 'onedrive', 'securefile']);
      const file = `${r.pick(['Remittance', 'Q4 Statement', 'Revised Agreement', 'Payment Schedule'])} ${digits(r, 4)}.pdf`;
      return {
        from: fromLine(sender.name, sender.email),
        auth: pass(firm.domain),
        subject: r.pick([
          `${sender.name} shared "${file}" with you`,
          `${firm.name} - ${file}`,
          `Document for review: ${file}`,
        ]),
        ...render(r, {
          paras: [
            `Hi ${to.first},`,
            r.pick([
              `Please find the ${file.replace(/\.pdf$/, '')} shared through our secure portal.`,
              `I've shared ${file} with you. Let me know if you have any questions.`,
            ]),
            'For security you will be asked to complete a short verification before viewing.',
          ],
          button: { label: 'View document', href: url(r, host, to.email) },
          sign: [sender.name, firm.name],
        }),
      };
    },
  },
  {
    name: 'open-redirect-payroll',
    kind: 'open-redirect',
    write(r, to) {
      const host = lureHost(r, ['payroll', 'paystub', 'hrportal']);
      const target = url(r, host, to.email);
      const link = r.pick([
        `https://www.google.com/url?q=${encodeURIComponent(target)}&sa=D&source=editors&ust=${digits(r, 16)}`,
        `https://www.youtube.com/redirect?event=comments&q=${encodeURIComponent(target)}`,
        `https://l.facebook.com/l.php?u=${encodeURIComponent(target)}&h=AT${token(r, 20)}`,
        `https://www.bing.com/ck/a?!&&p=${token(r, 24)}&u=a1${Buffer.from(target).toString('base64url')}`,
      ]);
      const relay = lureHost(r, ['payroll-notify', 'hrmail']);
      return {
        from: fromLine(r.pick(['Payroll', 'Payroll Department', 'HR Payroll']), `payroll@${relay}`),
        auth: own(r, relay),
        subject: r.pick([
          'Your November payslip is available',
          'Payroll adjustment - please review',
          'Salary statement ready',
        ]),
        ...render(r, {
          paras: [
            `Hello ${to.first},`,
            'Your latest payroll statement has been updated with a correction. Please review it before the payroll run.',
          ],
          button: { label: 'View statement', href: link },
        }),
      };
    },
  },
  {
    name: 'google-amp-fax',
    kind: 'amp-redirect',
    write(r, to) {
      const host = lureHost(r, ['efaxview', 'faxdoc', 'scan']);
      const link = `https://www.google.com/amp/s/${host}${lurePath(r, to.email).replace(/^\//, '/')}`;
      const pages = 1 + r.below(6);
      return {
        from: fromLine(r.pick(['Fax Server', 'eFax Delivery', 'Scan to Email']), `fax@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `Fax received (${pages} pages)`,
          `Incoming fax from ${phone(r)}`,
          'Scanned document delivered',
        ]),
        ...render(r, {
          paras: [`A ${pages}-page fax was received for ${to.email}.`, `Reference: FX-${digits(r, 8)}`],
          button: { label: 'View fax', href: link },
        }),
      };
    },
  },
  {
    name: 'link-wrapper-secure-message',
    kind: 'wrapped-link',
    write(r, to) {
      const firm = r.pick(FIRMS);
      const sender = person(r, 'en', firm.domain);
      const target = url(r, lureHost(r, ['securemsg', 'encrypted', 'messagecenter']), to.email);
      const link = r.pick([
        `https://urldefense.com/v3/__${target}__;!!${token(r, 10)}!${token(r, 30)}$`,
        `https://nam${10 + r.below(4)}.safelinks.protection.outlook.com/?url=${encodeURIComponent(target)}&data=05%7C02%7C${token(r, 12)}&reserved=0`,
        `https://linkprotect.cudasvc.com/url?a=${encodeURIComponent(target)}&c=E,1,${token(r, 20)}&typo=1`,
      ]);
      return {
        from: fromLine(sender.name, sender.email),
        auth: pass(firm.domain),
        subject: r.pick([
          `Secure message from ${firm.name}`,
          `[Encrypted] ${r.pick(['Payment details', 'Updated contract', 'Statement'])}`,
        ]),
        ...render(r, {
          paras: [
            `${sender.name} has sent you a secure message.`,
            r.pick(['Click below to read it.', 'The message will expire in 7 days.']),
          ],
          button: { label: 'Read message', href: link },
          sign: [sender.name, firm.name],
        }),
      };
    },
  },
  {
    name: 'mfa-reenrolment-qr-pdf',
    kind: 'qr-pdf',
    async write(r, to) {
      const host = lureHost(r, ['mfa', 'authenticator', 'corp-sso']);
      const target = url(r, host, to.email);
      const spoof = r.below(2) === 0;
      const pdf = onePagePdf(
        [
          'corp.example IT Security',
          `Multi-factor authentication re-enrolment for ${to.email}`,
          'Scan the code with your phone camera to keep your authenticator active.',
          `Deadline: ${day(r)}`,
        ],
        { jpeg: await qrJpeg(target) },
      );
      return {
        from: spoof
          ? fromLine('IT Security', 'security@corp.example')
          : fromLine('IT Security', `it-security@${host}`),
        auth: spoof ? spoofed('corp.example', host) : own(r, host),
        subject: r.pick([
          'Mandatory MFA re-enrolment',
          `2FA reset required for ${to.first} ${to.last}`,
          'Authenticator migration - action needed',
        ]),
        ...render(r, {
          paras: [
            `Hi ${to.first},`,
            'As part of the move to the new authenticator, every account must re-enrol. Instructions are in the attached document.',
          ],
        }),
        parts: [{ type: 'application/pdf', name: `MFA_Enrolment_${to.last}.pdf`, content: pdf }],
      };
    },
  },
  {
    name: 'signature-qr-inline',
    kind: 'qr-image',
    async write(r, to) {
      const host = lureHost(r, ['esign', 'signdoc', 'agreement']);
      const png = await qrPng(url(r, host, to.email));
      const doc = r.pick(['Salary_Adjustment', 'Bonus_Allocation', 'Contract_Renewal', 'NDA']);
      const html = `<html><body style="font-family:Arial"><p>${to.first}, a document requires your signature: <b>${doc}_2026.pdf</b></p><p>Scan the code with your phone to review and sign.</p><img src="cid:code.png" width="180" height="180" alt=""><p style="font-size:11px;color:#888">Secured by e-signature</p></body></html>`;
      return {
        from: fromLine(r.pick(['Docusign', 'Document Center', 'eSign Service']), `sign@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `Please sign: ${doc}_2026.pdf`,
          `Completed: ${doc} - signature needed`,
          `${to.first}, you have a document to sign`,
        ]),
        html,
        parts: [{ type: 'image/png', name: 'code.png', content: png, inline: true }],
      };
    },
  },
  {
    name: 'device-code-secure-file',
    kind: 'device-code',
    write(r, to) {
      const freemail = r.below(2) === 0;
      const firm = r.pick(FIRMS);
      const domain = freemail ? r.pick(FREEMAIL) : firm.domain;
      const sender = person(r, 'en', domain, !freemail);
      const code = upper(r, 9);
      return {
        from: fromLine(sender.name, sender.email),
        auth: pass(domain),
        subject: r.pick([
          'Secure file access code',
          `Re: ${r.pick(['Q4 numbers', 'the contract', 'our meeting'])}`,
          'Teams meeting - join code',
        ]),
        ...render(r, {
          paras: [
            `Hi ${to.first},`,
            r.pick([
              'I have shared the files through our protected workspace. To open them, go to the page below and enter the one-time code.',
              'To join the meeting from your account, open the page below and enter the code.',
            ]),
            `Code: ${code}`,
            'https://microsoft.com/devicelogin',
            r.pick(['The code is valid for 15 minutes.', 'Please do it shortly as the code expires.']),
          ],
          sign: [sender.name, ...(freemail ? [] : [firm.name])],
        }),
      };
    },
  },
  {
    name: 'oauth-consent-document',
    kind: 'oauth-consent',
    write(r, to) {
      const host = lureHost(r, ['docreader', 'pdfviewer', 'filesync']);
      const client = `${token(r, 8, '0123456789abcdef')}-${token(r, 4, '0123456789abcdef')}-4${token(r, 3, '0123456789abcdef')}-a${token(r, 3, '0123456789abcdef')}-${token(r, 12, '0123456789abcdef')}`;
      const link = `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${client}&response_type=code&redirect_uri=${encodeURIComponent(`https://${host}/callback`)}&scope=offline_access%20Mail.Read%20Files.ReadWrite.All%20User.Read&prompt=consent&state=${token(r, 12)}`;
      const app = r.pick(['Adobe Acrobat Reader', 'PDF Secure Viewer', 'Docs Sync', 'ShareFile Connector']);
      return {
        from: fromLine(app, `notifications@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `A document is waiting for you in ${app}`,
          'Shared file: Invoice_Remittance.pdf',
          `${app}: approve access to view`,
        ]),
        ...render(r, {
          paras: [
            `A file was shared with ${to.email}.`,
            `Sign in with Microsoft to open it in ${app}. You will be asked to allow the app to read the file.`,
          ],
          button: { label: 'Open with Microsoft', href: link },
        }),
      };
    },
  },
  {
    name: 'calendar-invite-review',
    kind: 'calendar-invite',
    write(r, to) {
      const host = lureHost(r, ['meet', 'calendar', 'review']);
      const organizer = person(r, 'en', host);
      const target = url(r, host, to.email);
      const topic = r.pick([
        'Q4 Compensation Review',
        'Performance Review 2026',
        'Restructuring briefing',
        'Bonus Allocation',
      ]);
      const ics = invitation({
        uid: `${token(r, 16)}@${host}`,
        organizer: organizer.email,
        attendee: to.email,
        summary: topic,
        description: `Please review the attached agenda before the meeting:\n${target}`,
        location: target,
        start: `202611${10 + r.below(18)}T${10 + r.below(6)}0000Z`,
      });
      return {
        from: fromLine(organizer.name, organizer.email),
        auth: own(r, host),
        subject: `Invitation: ${topic} @ ${day(r)}`,
        ...render(r, {
          paras: [`${organizer.name} has invited you to "${topic}".`, `Agenda and documents: ${target}`],
        }),
        parts: [{ type: 'text/calendar; method=REQUEST', name: 'invite.ics', content: ics }],
      };
    },
  },
  {
    name: 'callback-renewal-invoice',
    kind: 'callback-invoice',
    write(r, to) {
      const domain = r.pick(FREEMAIL);
      const sender = person(r, 'en', domain, false);
      const product = r.pick([
        'Norton 360 Deluxe',
        'Geek Squad Protection',
        'McAfee Total Protection',
        'PayPal Business Plan',
      ]);
      const call = phone(r);
      const total = amount(r, 249, 899);
      const invoice = `INV-${digits(r, 8)}`;
      const pdf = onePagePdf([
        product,
        `Invoice ${invoice}`,
        `Annual renewal: USD ${total}`,
        `Customer: ${to.email}`,
        `Questions or cancellation: ${call}`,
      ]);
      return {
        from: fromLine(r.pick([product, 'Billing Department', 'Order Desk']), sender.email),
        auth: pass(domain),
        subject: r.pick([
          `Your ${product} subscription has been renewed`,
          `Order confirmation ${invoice}`,
          `Payment received - ${invoice}`,
        ]),
        ...render(
          r,
          {
            paras: [
              `Dear customer,`,
              `Your annual subscription to ${product} has been renewed and USD ${total} will be charged to your payment method within 24 hours.`,
              r.pick([
                `If you did not authorise this purchase, call our billing team at ${call}.`,
                `To cancel and receive a refund, please contact us at ${call} (Mon-Sat).`,
              ]),
            ],
          },
          r.pick(['text', 'both'] as const),
        ),
        parts: [{ type: 'application/pdf', name: `${invoice}.pdf`, content: pdf }],
      };
    },
  },
  {
    name: 'callback-crypto-purchase',
    kind: 'callback-crypto',
    write(r, to) {
      const host = r.below(2) === 0 ? r.pick(FREEMAIL) : lureHost(r, ['exchange', 'coinorder']);
      const coin = r.pick([
        ['BTC', '0.0'],
        ['ETH', '1.'],
        ['USDT', ''],
      ] as const);
      const call = phone(r);
      return {
        from: fromLine(
          r.pick(['Coinbase Support', 'Crypto Order Desk', 'Wallet Billing']),
          `orders.${token(r, 4)}@${host}`,
        ),
        auth: pass(host),
        subject: r.pick([
          `Purchase confirmed: ${coin[0]}`,
          `Your ${coin[0]} order has been processed`,
          'Withdrawal request received',
        ]),
        ...render(
          r,
          {
            paras: [
              `Hello ${to.first},`,
              `Your order of ${coin[1]}${digits(r, 3)} ${coin[0]} (USD ${amount(r, 900, 4900)}) has been approved and will settle within 2 hours.`,
              `If this was not you, call ${call} immediately to stop the transaction.`,
            ],
          },
          'text',
        ),
      };
    },
  },
  {
    name: 'linkedin-search-appearances',
    kind: 'professional-network',
    write(r, to) {
      const host = lureHost(r, ['linkedin', 'lnkd', 'careers']);
      const recruiter = person(r);
      return {
        from: fromLine('LinkedIn', `messages-noreply@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `${recruiter.first} sent you a new message`,
          `You appeared in ${5 + r.below(40)} searches this week`,
          `${to.first}, you have 1 new invitation`,
        ]),
        ...render(r, {
          brand: 'LinkedIn',
          color: '#0a66c2',
          paras: [
            `${recruiter.name}, ${r.pick(['Talent Partner', 'Senior Recruiter', 'Head of Talent'])} at ${r.pick(['Northvale Capital', 'Arcton Systems', 'Greymoor Health'])}`,
            `"Hi ${to.first}, I came across your profile and have a role that fits your background. Could we talk this week?"`,
          ],
          button: { label: 'View message', href: url(r, host, to.email) },
        }),
      };
    },
  },
  {
    name: 'recruiter-assessment-archive',
    kind: 'recruiter-assessment',
    write(r, to, n) {
      const domain = r.pick(FREEMAIL);
      const recruiter = person(r, 'en', domain, false);
      const role = r.pick([
        'Senior Financial Analyst',
        'Operations Lead',
        'Procurement Manager',
        'Backend Engineer',
      ]);
      const password = `${upper(r, 3)}${digits(r, 3)}`;
      return {
        from: fromLine(recruiter.name, recruiter.email),
        auth: pass(domain),
        subject: r.pick([
          `${role} - next step`,
          `Assessment for the ${role} role`,
          `Re: opportunity at ${r.pick(['Northvale', 'Arcton', 'Greymoor'])}`,
        ]),
        ...render(
          r,
          {
            paras: [
              `Hi ${to.first},`,
              `Thanks for your time on the call. As discussed, the next stage for the ${role} position is a short case study.`,
              `The files are attached; the archive password is ${password}. Please send your answers within 3 days.`,
            ],
            sign: [recruiter.name],
          },
          'text',
        ),
        parts: [
          {
            type: 'application/zip',
            name: `${role.replace(/ /g, '_')}_Assessment.zip`,
            content: protectedZip('Assessment.pdf.lnk', n),
          },
        ],
      };
    },
  },
  {
    name: 'booking-guest-complaint',
    kind: 'hotel-guest-complaint',
    write(r, to) {
      const host = lureHost(r, ['booking', 'extranet', 'partnerhub']);
      const guest = person(r);
      return {
        from: fromLine(r.pick(['Booking.com', 'Booking.com Partner Support']), `noreply@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `Guest complaint - reservation ${digits(r, 10)}`,
          'Urgent: a guest reported an issue with your property',
          `New message from ${guest.name}`,
        ]),
        ...render(r, {
          brand: 'Booking.com',
          color: '#003580',
          paras: [
            `A guest (${guest.name}) reported ${r.pick(['a hygiene problem in the room', 'that their card was charged twice', 'that the property was closed on arrival'])}.`,
            'Please respond within 24 hours through the extranet, otherwise the case will be escalated and may affect your ranking.',
          ],
          button: { label: 'View complaint', href: url(r, host, to.email) },
        }),
      };
    },
  },
  {
    name: 'booking-reservation-card',
    kind: 'hotel-reservation-payment',
    write(r, to) {
      const host = lureHost(r, ['booking', 'reservation', 'guest-verify']);
      const hotel = `${r.pick(['Hotel', 'Residence', 'Casa'])} ${r.pick(['Aurelia', 'Marisol', 'Nordlys', 'Belvedere'])}`;
      return {
        from: fromLine(hotel, `reservations@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `Your reservation at ${hotel} - confirm payment`,
          'Booking will be cancelled within 12 hours',
          'Card verification for your stay',
        ]),
        ...render(r, {
          paras: [
            `Dear ${to.first},`,
            `Your card was declined when we tried to guarantee your stay at ${hotel} (${day(r)}, ${2 + r.below(4)} nights).`,
            'Please confirm your card details within 12 hours, or the reservation will be released.',
          ],
          button: { label: 'Confirm booking', href: url(r, host, to.email) },
          sign: [`Front desk, ${hotel}`],
        }),
      };
    },
  },
  {
    name: 'wallet-verification',
    kind: 'wallet-drainer',
    write(r, to) {
      const host = lureHost(r, ['metamask', 'ledger', 'walletsync']);
      const brand = r.pick(['MetaMask', 'Ledger', 'Trust Wallet']);
      return {
        from: fromLine(`${brand} Support`, `support@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `${brand}: wallet verification required`,
          'Your wallet will be restricted',
          'Mandatory security update for your wallet',
        ]),
        ...render(r, {
          brand,
          color: '#f6851b',
          paras: [
            `Due to new regulatory requirements, all ${brand} wallets must be verified before ${day(r)}.`,
            'Unverified wallets will be restricted. Verification takes less than a minute: connect your wallet and confirm.',
          ],
          button: { label: 'Verify wallet', href: url(r, host, to.email) },
        }),
      };
    },
  },
  {
    name: 'token-airdrop-claim',
    kind: 'crypto-airdrop',
    write(r, to) {
      const host = lureHost(r, ['claim', 'airdrop', 'rewards']);
      const tokenName = r.pick(['ARB', 'ZRO', 'BLAST', 'LAYER']);
      return {
        from: fromLine(`${tokenName} Foundation`, `hello@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `You are eligible for the ${tokenName} airdrop`,
          `${tokenName} season 2 allocation ready`,
          'Claim window closes in 48h',
        ]),
        ...render(r, {
          paras: [
            `gm ${to.first},`,
            `Your address qualified for ${100 + r.below(4900)} ${tokenName}. Connect the wallet you used to claim your allocation.`,
            'Unclaimed tokens return to the treasury when the window closes.',
          ],
          button: { label: 'Claim now', href: url(r, host, to.email) },
        }),
      };
    },
  },
  {
    name: 'vendor-bank-change',
    kind: 'vendor-bank-change',
    write(r, to) {
      const firm = r.pick(FIRMS);
      const fake = lookalike(r, firm.domain);
      const sender = person(r, 'en', fake);
      const invoice = `${r.pick(['INV', 'QM', 'HF'])}-${digits(r, 6)}`;
      const pdf = onePagePdf([
        firm.name,
        'Change of bank details',
        `Account name: ${firm.name}`,
        `IBAN GB${digits(r, 2)} ${upper(r, 4)} ${digits(r, 14)}`,
        `Effective immediately, including ${invoice}`,
      ]);
      return {
        from: fromLine(sender.name, sender.email),
        auth: r.below(2) === 0 ? pass(fake) : spfOnly(fake),
        subject: r.pick([
          `Updated remittance details - ${firm.name}`,
          `Re: ${invoice} payment`,
          'Change of bank account',
        ]),
        ...render(
          r,
          {
            paras: [
              `Hello ${to.first},`,
              r.pick([
                `Please note that ${firm.name} has moved its banking. All payments, including ${invoice}, should go to the new account on the attached letter.`,
                `Our previous account is under audit, so kindly hold payment of ${invoice} and use the updated details attached.`,
              ]),
              'Could you confirm once your system is updated?',
            ],
            sign: [sender.name, `Accounts Receivable, ${firm.name}`],
          },
          r.pick(['text', 'html'] as const),
        ),
        parts: [{ type: 'application/pdf', name: 'Bank_Details_Letter.pdf', content: pdf }],
      };
    },
  },
  {
    name: 'lookalike-vendor-invoice-portal',
    kind: 'lookalike-vendor-invoice',
    write(r, to) {
      const firm = r.pick(FIRMS);
      const fake = lookalike(r, firm.domain);
      const invoice = `${digits(r, 7)}`;
      return {
        from: fromLine(`${firm.name} Billing`, `billing@${fake}`),
        auth: own(r, fake),
        subject: r.pick([
          `Invoice ${invoice} from ${firm.name}`,
          `${firm.name}: invoice ${invoice} overdue`,
          'Statement of account',
        ]),
        ...render(r, {
          paras: [
            `Dear ${to.first},`,
            `Invoice ${invoice} for USD ${amount(r, 1200, 38000)} is ${r.pick(['now due', '14 days overdue', 'ready to view'])}.`,
            'View and download it from our customer portal.',
          ],
          button: { label: 'View invoice', href: `https://portal.${fake}${lurePath(r, to.email)}` },
          sign: ['Accounts Receivable', firm.name],
        }),
      };
    },
  },
  {
    name: 'esign-envelope',
    kind: 'esign-imitation',
    write(r, to) {
      const host = lureHost(r, ['docusign', 'esign', 'envelope']);
      const sender = person(r);
      const doc = r.pick([
        'Employment Agreement Amendment',
        'Remote Work Agreement',
        'Vendor Contract Renewal',
        'Settlement Statement',
      ]);
      return {
        from: fromLine(`${sender.name} via Docusign`, `dse@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `Complete with Docusign: ${doc}.pdf`,
          `Please DocuSign: ${doc}`,
          `${sender.name} sent you ${doc} to review and sign`,
        ]),
        ...render(r, {
          brand: 'Docusign',
          color: '#1e1e5a',
          paras: [`${sender.name} sent you a document to review and sign.`, `Document: ${doc}.pdf`],
          button: { label: 'REVIEW DOCUMENT', href: url(r, host, to.email) },
          footer: 'Do not share this email. This message contains a secure link to Docusign.',
        }),
      };
    },
  },
  {
    name: 'compromised-partner-sharepoint',
    kind: 'compromised-sharepoint',
    write(r) {
      const firm = r.pick(FIRMS);
      const sender = person(r, 'en', firm.domain);
      const tenant = firm.domain.split('.')[0];
      const link = `https://${tenant}-my.sharepoint.com/:${r.pick(['o', 'b', 'f'])}:/g/personal/${sender.email.replace(/[@.]/g, '_')}/E${token(r, 40)}?e=${token(r, 6)}`;
      return {
        from: fromLine(sender.name, sender.email),
        auth: pass(firm.domain),
        subject: r.pick([
          `${sender.name} shared a file with you`,
          `${firm.name} - proposal`,
          `RFQ ${digits(r, 5)}`,
        ]),
        ...render(r, {
          paras: [
            `${sender.name} shared "${r.pick(['Proposal', 'RFQ', 'Project Documents', 'Payment Advice'])} ${digits(r, 4)}" with you.`,
            'This link only works for the direct recipients of this message.',
          ],
          button: { label: 'Open', href: link },
        }),
      };
    },
  },
  {
    name: 'file-transfer-abuse',
    kind: 'legitimate-service-abuse',
    write(r) {
      const sender = person(r, 'en', r.pick(FREEMAIL), false);
      const file = `${r.pick(['Remittance Advice', 'Revised PO', 'Signed Contract', 'Statement'])} ${digits(r, 5)}.pdf`;
      return {
        from: fromLine(`${sender.name} (via Dropbox)`, 'no-reply@dropbox.com'),
        headers: [`Reply-To: ${sender.email}`],
        auth: pass('dropbox.com', 'em-s.dropbox.com'),
        subject: `${sender.name} shared "${file}" with you`,
        ...render(
          r,
          {
            brand: 'Dropbox',
            color: '#0061fe',
            paras: [
              `${sender.name} (${sender.email}) invited you to view the file "${file}" on Dropbox.`,
              `"${r.pick(['Please review', 'As requested', 'Kindly confirm receipt'])}"`,
            ],
            button: {
              label: 'View file',
              href: `https://www.dropbox.com/scl/fi/${token(r, 20)}/${encodeURIComponent(file)}?rlkey=${token(r, 25)}&dl=0`,
            },
          },
          'html',
        ),
      };
    },
  },
  {
    name: 'forms-mailbox-quota',
    kind: 'mailbox-quota',
    write(r, to) {
      const domain = r.below(2) === 0 ? r.pick(FREEMAIL) : lureHost(r, ['mailadmin', 'webmail']);
      const percent = 95 + r.below(5);
      return {
        from: fromLine(
          r.pick(['Mail Administrator', 'Email Storage', 'Postmaster']),
          `admin.${token(r, 4)}@${domain}`,
        ),
        auth: pass(domain),
        subject: r.pick([
          `Mailbox ${percent}% full`,
          `${to.email}: storage limit reached`,
          'Incoming messages are on hold',
        ]),
        ...render(r, {
          paras: [
            `Your mailbox ${to.email} has reached ${percent}% of its quota. ${1 + r.below(20)} incoming messages are on hold.`,
            'Fill in the storage request form to get 50 GB more at no cost.',
          ],
          button: {
            label: 'Request more storage',
            href: `https://docs.google.com/forms/d/e/1FAIpQL${token(r, 50)}/viewform`,
          },
        }),
      };
    },
  },
  {
    name: 'payroll-direct-deposit',
    kind: 'payroll-portal',
    write(r, to) {
      const host = lureHost(r, ['workday', 'payroll', 'myhr']);
      return {
        from: fromLine(r.pick(['Workday', 'Payroll Services', 'HR Payroll']), `noreply@${host}`),
        auth: own(r, host),
        subject: r.pick([
          'Confirm your direct deposit details',
          'Payroll: bank details verification',
          'Action required before the next pay run',
        ]),
        ...render(r, {
          paras: [
            `Hello ${to.first},`,
            `We are migrating payroll to a new provider. To be paid on ${day(r)}, confirm your direct deposit details.`,
            'Employees who do not confirm will receive a paper cheque.',
          ],
          button: { label: 'Sign in to Workday', href: url(r, host, to.email) },
        }),
      };
    },
  },
  {
    name: 'benefits-enrolment',
    kind: 'benefits-enrolment',
    write(r, to) {
      const host = lureHost(r, ['benefits', 'enroll', 'openenrollment']);
      return {
        from: fromLine(
          r.pick(['Benefits Team', 'Total Rewards', 'Benefits Administration']),
          `benefits@${host}`,
        ),
        auth: own(r, host),
        subject: r.pick([
          'Open enrolment closes this week',
          '2027 benefits selection required',
          'Your benefits will default unless you act',
        ]),
        ...render(r, {
          paras: [
            `Hi ${to.first},`,
            `Open enrolment for 2027 ends on ${day(r)}. If you do not confirm your elections, your dependants may lose coverage.`,
          ],
          button: { label: 'Review my benefits', href: url(r, host, to.email) },
        }),
      };
    },
  },
  {
    name: 'executive-gift-cards',
    kind: 'executive-gift-card',
    write(r, to) {
      const domain = r.pick(FREEMAIL);
      const boss = person(r);
      return {
        from: fromLine(
          boss.name,
          `${boss.first.toLowerCase()}.${r.pick(['office', 'ceo', 'exec', 'mobile'])}@${domain}`,
        ),
        auth: pass(domain),
        subject: r.pick(['Quick favour', 'Are you at your desk?', 'Need this done today', 'Confidential']),
        ...render(
          r,
          {
            paras: [
              `${to.first},`,
              r.pick([
                `I need you to pick up ${5 + r.below(6)} Apple gift cards of $100 each for client appreciation. Keep it between us for now, it's a surprise.`,
                "I'm in a meeting and can't talk. Can you handle a small purchase for me? Reply with your mobile number.",
              ]),
            ],
            sign: [boss.first, 'Sent from my iPhone'],
          },
          'text',
        ),
      };
    },
  },
  {
    name: 'svg-remittance',
    kind: 'svg-attachment',
    write(r, to) {
      const firm = r.pick(FIRMS);
      const sender = person(r, 'en', lookalike(r, firm.domain));
      const target = url(r, lureHost(r, ['remit', 'paydoc', 'viewer']), to.email);
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><rect width="600" height="200" fill="#f3f3f3"/><a href="${target}"><text x="40" y="100" font-size="22" fill="#0b57d0">Payment remittance - click to view</text></a></svg>`;
      return {
        from: fromLine(sender.name, sender.email),
        auth: pass(sender.email.split('@')[1]),
        subject: r.pick([
          `Remittance advice ${digits(r, 6)}`,
          'Payment sent',
          `${firm.name} - payment confirmation`,
        ]),
        ...render(
          r,
          {
            paras: [`Hello,`, 'Please see attached remittance for the payment processed today.'],
            sign: [sender.name, firm.name],
          },
          'text',
        ),
        parts: [{ type: 'image/svg+xml', name: `Remittance_${digits(r, 6)}.svg`, content: Buffer.from(svg) }],
      };
    },
  },
  {
    name: 'unusual-signin-alert',
    kind: 'signin-alert',
    write(r, to) {
      const host = lureHost(r, ['account-security', 'msonline', 'identity']);
      const place = r.pick(['Lagos, Nigeria', 'Moscow, Russia', 'Jakarta, Indonesia', 'São Paulo, Brazil']);
      return {
        from: fromLine(
          r.pick(['Microsoft account team', 'Account Security', 'Microsoft 365']),
          `account-security-noreply@${host}`,
        ),
        auth: own(r, host),
        subject: r.pick([
          'Unusual sign-in activity',
          `New sign-in from ${place}`,
          'Microsoft account security alert',
        ]),
        ...render(r, {
          paras: [
            `We detected something unusual about a recent sign-in to ${to.email}.`,
            `Country/region: ${place}\nIP address: ${100 + r.below(100)}.${r.below(255)}.${r.below(255)}.${r.below(255)}\nDate: ${day(r)}`,
            'If this was not you, please review your recent activity and secure your account.',
          ],
          button: { label: 'Review recent activity', href: url(r, host, to.email) },
        }),
      };
    },
  },
  {
    name: 'purchase-order-disk-image',
    kind: 'disk-image',
    write(r, to) {
      const host = lureHost(r, ['trading', 'industrial', 'procure']);
      const sender = person(r, 'en', host);
      const po = `PO${digits(r, 7)}`;
      return {
        from: fromLine(sender.name, sender.email),
        auth: own(r, host),
        subject: r.pick([`New order ${po}`, `RFQ / ${po}`, `Purchase order ${po} - please confirm`]),
        ...render(
          r,
          {
            paras: [
              `Dear ${to.first},`,
              `Please find attached our order ${po}. Kindly confirm price and delivery date.`,
            ],
            sign: ['Best regards,', sender.name, 'Purchasing'],
          },
          'text',
        ),
        parts: [{ type: 'application/octet-stream', name: `${po}.img`, content: diskImage() }],
      };
    },
  },
  {
    name: 'quarantine-digest',
    kind: 'quarantine-digest',
    write(r, to) {
      const host = lureHost(r, ['mailguard', 'quarantine', 'spamfilter']);
      const held = 2 + r.below(5);
      const rows = Array.from(
        { length: held },
        () =>
          `${person(r, 'en', r.pick(FIRMS).domain).email} - ${r.pick(['Invoice', 'Payment', 'Meeting notes', 'Purchase order'])} ${digits(r, 4)}`,
      );
      return {
        from: fromLine(r.pick(['Quarantine', 'Email Security', 'Message Center']), `quarantine@${host}`),
        auth: own(r, host),
        subject: `${held} messages held for ${to.email}`,
        ...render(r, {
          paras: [`The following messages were held and will be deleted in 3 days:`, rows.join('\n')],
          button: { label: 'Release all messages', href: url(r, host, to.email) },
        }),
      };
    },
  },
  {
    name: 'domain-renewal',
    kind: 'domain-expiry',
    write(r, to) {
      const host = lureHost(r, ['domainrenew', 'registrar', 'dnsbilling']);
      return {
        from: fromLine(r.pick(['Domain Services', 'Registrar Billing', 'DNS Renewal']), `billing@${host}`),
        auth: own(r, host),
        subject: r.pick([
          'corp.example expires in 3 days',
          'Final notice: domain renewal for corp.example',
          'Domain suspension notice',
        ]),
        ...render(r, {
          paras: [
            'The domain corp.example is due to expire. Once expired, websites and email on it will stop working.',
            `Renewal fee: USD ${amount(r, 12, 40)}`,
          ],
          button: { label: 'Renew now', href: url(r, host, to.email) },
        }),
      };
    },
  },
  {
    name: 'repository-security-alert',
    kind: 'developer-alert',
    write(r, to) {
      const host = lureHost(r, ['github', 'gh-security', 'repo-scan']);
      const repo = r.pick(['corp-example/payments-api', 'corp-example/website', 'corp-example/infra']);
      return {
        from: fromLine(r.pick(['GitHub Security', 'GitHub']), `security@${host}`),
        auth: own(r, host),
        subject: r.pick([
          `[${repo}] Security alert: unusual access`,
          `Critical vulnerability detected in ${repo}`,
          'Action needed: authorise the security scanner',
        ]),
        ...render(r, {
          paras: [
            `We detected an access attempt from an unknown location on ${repo}.`,
            'To review the alert, run the verification step shown on the page below.',
          ],
          button: { label: 'Review alert', href: url(r, host, to.email) },
        }),
      };
    },
  },
  {
    name: 'compensation-qr-pdf',
    kind: 'compensation-review',
    async write(r, to) {
      const host = lureHost(r, ['hrportal', 'compensation', 'paychange']);
      const spoof = r.below(3) === 0;
      const pdf = onePagePdf(
        [
          'Confidential',
          `${to.first} ${to.last}`,
          '2026 salary adjustment letter',
          'Scan to view your new compensation details',
        ],
        { jpeg: await qrJpeg(url(r, host, to.email)) },
      );
      return {
        from: spoof ? fromLine('HR', 'hr@corp.example') : fromLine('Human Resources', `hr-notify@${host}`),
        auth: spoof ? spoofed('corp.example', host) : own(r, host),
        subject: r.pick([
          `${to.first}: your salary adjustment`,
          'Confidential - 2026 compensation review',
          'Bonus payment letter',
        ]),
        ...render(
          r,
          {
            paras: [
              `Dear ${to.first},`,
              'Your personal compensation letter is attached. It is confidential; please do not forward it.',
            ],
          },
          'text',
        ),
        parts: [{ type: 'application/pdf', name: `Compensation_${to.last}.pdf`, content: pdf }],
      };
    },
  },
];

const TEMPLATES: Template[] = [...LURES, ...LOCAL_LURES];

export const UNSEEN_11_KINDS: readonly string[] = [...new Set(TEMPLATES.map((t) => t.kind))];
export const UNSEEN_11_TEMPLATE_COUNT: number = TEMPLATES.length;

export async function unseenPhishing11(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return compose(TEMPLATES, perTemplate, seed, seededRandom, 11_000_000);
}
