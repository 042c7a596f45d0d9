// The fifteenth unseen phishing set: mail that staff, clinicians and students of Kestrel Valley University and
// its university hospital (corp.example) report in 2025-2026 - payroll and direct-deposit diversion, fake IT
// password and MFA notices (Duo/Okta push fatigue, device codes), fake learning-platform and library mail,
// grant, journal, peer-review and conference scams, student job and scholarship scams, shared documents
// from compromised partner universities, supplier bank changes, patient-records and ethics-board lures,
// parking fines, gift cards asked in a dean's name, QR codes in PDFs, HTML, ZIP, ISO and OneNote attachments
// and callback scams, with some Spanish, Chinese, German, Korean and Arabic. Written blind: from the
// institution's mail as its people see it, without reading the desk, its tests, data or earlier sets'
// wording, and never run against the desk or a judge. The rest of the English phishing and the other
// languages are in unseen-15-local.ts; the people, domains, MTA header and MIME writer in unseen-15-scene.ts.

import type { SeededRandom } from './generate.js';
import { oneNote, qrJpeg } from './payloads.js';
import { localPhishing, morePhishing } from './unseen-15-local.js';
import {
  attacker,
  auth,
  buildSet,
  credentialPage,
  htmlFile,
  letter,
  ORG,
  type Template,
} from './unseen-15-scene.js';
import { onePagePdf } from './unseen-payloads.js';

const PHISHING: Template[] = [
  {
    name: 'workday-direct-deposit',
    kind: 'payroll-diversion',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['KVU Payroll', 'Payroll Services', 'Human Resources - Payroll']),
        'payroll',
        ['kvu', 'payroll'],
        ['lookalike', 'forged', 'compromised'],
      );
      const host = s.attackerDomain(s.pick(['kvu', 'kestrel']), s.pick(['workday', 'hr', 'pay']));
      return {
        ...a,
        subject: s.same([
          s.pick([
            'Important: Payroll system migration - re-verify your account',
            'Action Required: Confirm your direct deposit information before payroll closes',
          ]),
          `Payroll notice - ${s.pick(['December', 'January'])} salary adjustment`,
          s.pick(['Your payslip is ready - verify banking details', 'Direct deposit could not be validated']),
        ]),
        ...letter(s, {
          greeting: s.pick([`Dear ${s.me.first},`, 'Dear Employee,', `Hello ${s.me.name},`]),
          paras: [
            s.same([
              'As part of the move to the new payroll platform, every employee must re-confirm their direct deposit account before the next pay run.',
              `A ${s.pick(['cost-of-living', 'merit', 'retroactive'])} salary adjustment of ${s.int(2, 6)}% has been approved for your position. Please confirm your banking details so the adjustment is paid with your next salary.`,
              'Our records show your direct deposit details could not be validated by the bank. Payment of your next salary may be delayed.',
            ]),
            s.pick([
              `Complete the confirmation by ${s.weekday()} 5:00 PM to avoid a paper cheque being issued.`,
              'Employees who do not confirm will be paid by manual cheque, which can take up to 14 days.',
              'This takes less than two minutes using your university sign-in.',
            ]),
          ],
          button: {
            label: s.pick(['Review Direct Deposit', 'Confirm Banking Details', 'View Payslip']),
            href: s.lure(host, s.pick(['workday/payroll', 'hr/deposit', 'sso/login'])),
          },
          sign: ['Payroll Services', `${ORG.name} Human Resources`],
          brand: s.pick(['Workday', 'KVU HR & Payroll', 'Payroll Services']),
        }),
      };
    },
  },
  {
    name: 'employee-bank-change-request',
    kind: 'payroll-change-request',
    make: (s) => {
      const victim = s.person();
      const address = s.freemail(victim.first, victim.last);
      return {
        from: { name: victim.name, address },
        auth: auth.freemail(address),
        to: s.pick([`"Payroll" <payroll@${ORG.domain}>`, `"HR Service Centre" <hrservice@${ORG.domain}>`]),
        subject: s.pick([
          'Direct deposit change',
          'Change of bank account',
          'Update my payroll account',
          'Quick question about my salary account',
        ]),
        ...letter(s, {
          format: s.pick(['text', 'text', 'html']),
          greeting: s.pick(['Hi,', 'Hello Payroll,', 'Good morning,']),
          paras: [
            s.pick([
              'I recently changed banks and would like my salary paid into my new account from the next pay date.',
              'I need to update my direct deposit information before the next payroll. What details do you need from me?',
              'Please can you change the account my pay goes into? My old account has been closed.',
            ]),
            s.pick([
              'I am in clinic all week and can\u2019t get into Workday from my phone, so could you update it for me?',
              'I\u2019m writing from my personal email as I am locked out of the staff portal at the moment.',
              'Please let me know what form you need and I will send it straight back.',
            ]),
          ],
          sign: [
            s.pick(['Thanks,', 'Regards,', 'Thank you']),
            victim.name,
            ...(s.chance(0.6) ? [victim.title] : []),
            ...(s.chance(0.3) ? ['Sent from my iPhone'] : []),
          ],
        }),
      };
    },
  },
  {
    name: 'password-expiry-helpdesk',
    kind: 'password-expiry',
    make: (s) => {
      const a = attacker(
        s,
        s.pick([
          'KVU IT Service Desk',
          'IT Help Desk',
          'Information Technology Services',
          'Microsoft 365 Admin',
        ]),
        s.pick(['it-support', 'helpdesk', 'noreply']),
        ['kvu', 'it'],
        ['lookalike', 'forged', 'compromised', 'lookalike'],
      );
      const host = s.attackerDomain(
        s.pick(['kvu', 'corp', 'kestrelvalley']),
        s.pick(['password', 'sso', 'outlook']),
      );
      const hours = s.pick(['24', '48', '12']);
      return {
        ...a,
        subject: s.pick([
          `Your password expires in ${hours} hours`,
          `Password Expiration Notice for ${s.me.address}`,
          `[IT Notice] Password will expire on ${s.date()}`,
          'Final reminder: keep your current password',
        ]),
        ...letter(s, {
          greeting: s.pick([`Hello ${s.me.first},`, `Dear ${s.me.address},`, 'Dear User,']),
          paras: [
            s.pick([
              `The password for your account ${s.me.address} will expire in ${hours} hours.`,
              'Our system shows your network password is due to expire today.',
              'Per university security policy, passwords must be renewed every 90 days. Your password has reached this limit.',
            ]),
            s.pick([
              'You can keep your current password by validating it below. If no action is taken, you will be signed out of Outlook, Canvas and Epic.',
              'To avoid losing access to email, Teams and clinical systems, please confirm your current password now.',
              'Click below to retain the same password and avoid interruption.',
            ]),
          ],
          button: {
            label: s.pick(['Keep Same Password', 'Retain Password', 'Update Now']),
            href: s.lure(host, s.pick(['owa/auth', 'password/keep', 'adfs/ls'])),
            shown: s.chance(0.4) ? `${ORG.login}/password` : undefined,
          },
          sign: [s.pick(['IT Service Desk', 'Information Technology Services', 'ITS Support']), ORG.name],
          footer: s.chance(0.5)
            ? [`This message was sent to ${s.me.address}. \u00a9 ${ORG.name}.`]
            : undefined,
        }),
      };
    },
  },
  {
    name: 'mailbox-quota-full',
    kind: 'mailbox-quota',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['Mail Administrator', 'Outlook Web Access', 'Email Quota Service']),
        'postmaster',
        ['mail', 'quota'],
        ['lookalike', 'forged', 'compromised'],
      );
      const used = s.int(96, 99);
      return {
        ...a,
        subject: s.pick([
          `Mailbox ${used}% full - incoming mail on hold`,
          `${s.int(4, 17)} messages held: storage limit reached`,
          'Email storage quota exceeded',
        ]),
        ...letter(s, {
          greeting: s.pick([`${s.me.address}`, `Hi ${s.me.first},`]),
          paras: [
            `Your mailbox has used ${used}% of its ${s.pick(['50 GB', '100 GB', '2 GB'])} limit. ${s.int(4, 17)} incoming messages are being held and will be returned to their senders.`,
            s.pick([
              'Increase your storage free of charge through the university portal.',
              'Release held messages and upgrade your quota below.',
            ]),
          ],
          button: {
            label: s.pick(['Release messages', 'Increase storage']),
            href: s.lure(s.attackerDomain('mail', 'quota'), 'owa/storage'),
          },
          sign: ['Mail Administrator', ORG.name],
        }),
      };
    },
  },
  {
    name: 'duo-push-expect',
    kind: 'mfa-push-fatigue',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['IT Security Team', 'KVU Identity Services', 'Duo Security Admin']),
        'security',
        ['kvu', 'duo'],
        ['forged', 'lookalike', 'freemail'],
      );
      return {
        ...a,
        subject: s.pick([
          'Duo re-sync tonight: please approve the prompts',
          'MFA maintenance - approve verification requests',
          'Expect several sign-in approvals today',
        ]),
        ...letter(s, {
          greeting: s.pick([`Hi ${s.me.first},`, 'Hello,']),
          paras: [
            s.pick([
              'We are re-synchronising Duo tokens for the hospital network tonight. You will receive several push notifications between 9 and 11 PM.',
              'Because of an update to the VPN, your device must be re-verified. You may receive Duo Push requests over the next hour.',
            ]),
            s.pick([
              'Please APPROVE each request so that your device stays enrolled. Declining will lock your account until you call the service desk.',
              'Tap Approve on every prompt. If you deny them, your account will be flagged and access to Epic and email suspended.',
            ]),
            s.pick([
              'If a prompt asks for a number, reply to this email with it so we can complete the sync.',
              'No other action is needed.',
            ]),
          ],
          sign: [a.from.name, ORG.name],
        }),
      };
    },
  },
  {
    name: 'device-code-sign-in',
    kind: 'device-code-phish',
    make: (s) => {
      const a = attacker(
        s,
        s.pick([s.peer.name, 'Research Computing', 'Teams Meeting']),
        s.pick(['rc-support', 'meetings']),
        ['rc', 'teams'],
        ['compromised', 'lookalike', 'freemail'],
      );
      const code = s.token(9).toUpperCase();
      return {
        ...a,
        subject: s.same([
          'Access the shared research drive',
          'Join the secure Teams session',
          'Authorize your device for the HPC cluster',
        ]),
        ...letter(s, {
          greeting: s.pick([`Hi ${s.me.first},`, 'Hello,']),
          paras: [
            s.same([
              'To open the shared files for the project, the secure viewer needs you to authorise this session with your university account.',
              'The meeting is restricted to invited participants. Please verify your device before it starts.',
              'Your cluster access is being moved to Microsoft sign-in. Please link your device.',
            ]),
            `Go to the Microsoft sign-in page below and enter this code: ${code}`,
            'The code expires in 15 minutes. Sign in with your usual university username and password when asked.',
          ],
          button: {
            label: 'Enter code',
            href: 'https://microsoft.com/devicelogin',
            shown: 'https://microsoft.com/devicelogin',
          },
          sign: [a.from.name],
        }),
      };
    },
  },
  {
    name: 'okta-reenrol',
    kind: 'mfa-reenrolment',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['Okta', 'KVU Single Sign-On', 'Identity & Access Management']),
        'no-reply',
        ['kvu', 'okta'],
        ['lookalike', 'forged'],
      );
      const host = `${s.pick(['kvu', 'kestrelvalley', 'corp'])}-${s.pick(['okta', 'sso', 'idp'])}.${s.pick(['com', 'net', 'help', 'online'])}`;
      return {
        ...a,
        subject: s.pick([
          'Your MFA enrolment will be reset',
          'Action required: re-enrol your authenticator',
          'Okta Verify: new device registration required',
        ]),
        ...letter(s, {
          brand: s.pick(['okta', 'KVU SSO']),
          greeting: `Hi ${s.me.first},`,
          paras: [
            s.pick([
              `Your Okta Verify enrolment is out of date and will be removed on ${s.date()}.`,
              'We are moving all accounts to phishing-resistant factors. Your current factor will be reset.',
            ]),
            'Re-enrol now to keep access to your applications.',
          ],
          button: {
            label: 'Re-enrol now',
            href: s.lure(host, 'signin/enroll'),
            shown: s.chance(0.5) ? 'https://kvu.okta.com/enroll' : undefined,
          },
          sign: [`${ORG.short} Identity & Access Management`],
        }),
      };
    },
  },
  {
    name: 'voicemail-html',
    kind: 'voicemail-html-attachment',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['Voice Mail System', 'Teams Voicemail', 'Cisco Unity']),
        'voicemail',
        ['voice'],
        ['forged', 'lookalike', 'compromised'],
      );
      const post = s.lure(s.attackerDomain('vm', 'office'), 'next.php');
      const secs = s.int(18, 95);
      return {
        ...a,
        subject: s.pick([
          `New voicemail from ${s.pick(['+1 555', '(555)'])} 01${s.int(10, 99)} - ${secs}s`,
          `You have a new voice message (${s.time()})`,
          'Missed call: voice message received',
        ]),
        ...letter(s, {
          paras: [
            `Caller: ${s.pick(['Unknown', s.person().name, 'Patient Access Line'])}`,
            `Duration: 00:${String(secs % 60).padStart(2, '0')}`,
            'Open the attachment to listen to the message.',
          ],
          sign: ['Unified Messaging'],
        }),
        parts: [
          htmlFile(
            s.pick(['Voicemail.htm', `VM_${s.ref('', 5)}.html`, 'Play_Message.shtml']),
            credentialPage(s, 'Microsoft', post),
          ),
        ],
      };
    },
  },
  {
    name: 'canvas-course-suspended',
    kind: 'lms-credential',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['Canvas Notifications', 'Learning Management System', 'Moodle Support']),
        'notifications',
        ['kvu', 'canvas'],
        ['lookalike', 'forged'],
      );
      const course = s.pick([
        'NURS 3104 Pharmacology',
        'MED 2201 Anatomy II',
        'BIOS 5120 Biostatistics',
        'PSYC 1010 Intro to Psychology',
      ]);
      return {
        ...a,
        subject: s.same([
          s.pick([
            `${course}: your enrolment has been paused`,
            'Canvas: verify your student account to keep course access',
          ]),
          `New grade posted in ${course}`,
        ]),
        ...letter(s, {
          brand: s.pick(['Canvas', 'Moodle', 'KVU Learn']),
          greeting: `Hi ${s.me.first},`,
          paras: [
            s.same([
              `Your access to ${course} has been paused because your account could not be verified for the new term.`,
              `A grade has been posted for ${course}. Sign in to view your feedback.`,
            ]),
            s.pick([
              'Sign in within 24 hours to keep your submissions.',
              'Please sign in using your university credentials.',
            ]),
          ],
          button: {
            label: s.pick(['View in Canvas', 'Verify account', 'View grade']),
            href: s.lure(s.attackerDomain('kvu', 'canvas'), 'login/canvas'),
          },
          sign: ['Canvas Notifications'],
          footer: ['Update your notification settings'],
        }),
      };
    },
  },
  {
    name: 'library-account-expiry',
    kind: 'library-account',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['University Library', 'KVU Libraries', 'Library Circulation']),
        'library',
        ['kvu', 'library'],
        ['lookalike', 'forged', 'compromised'],
      );
      return {
        ...a,
        subject: s.same([
          s.pick(['Your library access expires today', 'Library: renew your e-resource access']),
          `Overdue items - fine of $${s.money(12, 90)}`,
        ]),
        ...letter(s, {
          greeting: `Dear ${s.me.name},`,
          paras: [
            s.same([
              'Your off-campus access to journals and databases (PubMed, Web of Science, ScienceDirect) will expire at midnight.',
              `Our records show ${s.int(2, 6)} overdue items on your account. A fine will be added and your borrowing suspended.`,
            ]),
            'Sign in to the library portal to renew.',
          ],
          button: {
            label: s.pick(['Renew access', 'View my account']),
            href: s.lure(s.attackerDomain('library', 'kvu'), 'ezproxy/login'),
          },
          sign: ['Library Services', ORG.name],
        }),
      };
    },
  },
  {
    name: 'grant-award-portal',
    kind: 'grant-award-lure',
    make: (s) => {
      const body = s.pick([
        'National Health Research Council',
        'Foundation for Biomedical Innovation',
        'Global Health Research Trust',
        'European Research Funding Agency',
      ]);
      const a = attacker(
        s,
        body,
        s.pick(['awards', 'grants-office', 'noreply']),
        ['grants', 'award'],
        ['lookalike', 'lookalike', 'freemail'],
      );
      const amount = s.money(50_000, 750_000);
      return {
        ...a,
        subject: s.pick([
          `Notice of Award - ${s.ref('FBI-', 5)}`,
          `Funding decision on your application`,
          `Congratulations: $${amount} research award`,
        ]),
        ...letter(s, {
          greeting: `Dear Dr ${s.me.last},`,
          paras: [
            `We are pleased to inform you that your application has been selected for funding of $${amount} under the ${s.pick(['2026 Early Career', 'Translational Medicine', 'Pandemic Preparedness'])} programme.`,
            s.pick([
              'To accept the award and view the terms, please sign in to the grantee portal with your institutional account.',
              'To release the first disbursement, a refundable processing fee of $' +
                s.money(250, 900) +
                ' must be paid through the portal.',
            ]),
          ],
          button: {
            label: s.pick(['Accept award', 'View award letter']),
            href: s.lure(s.attackerDomain('grants', 'award'), 'portal/login'),
          },
          sign: ['Grants Management Office', body],
        }),
      };
    },
  },
  {
    name: 'grant-review-panel',
    kind: 'grant-reviewer-invite',
    make: (s) => {
      const body = s.pick([
        'Research Councils Review College',
        'International Science Foundation',
        'Cancer Research Alliance',
      ]);
      const a = attacker(s, body, 'review-panel', ['peer', 'review'], ['lookalike', 'compromised']);
      return {
        ...a,
        subject: s.pick([
          'Invitation to join a review panel',
          'Reviewer invitation: 2026 funding round',
          'Confidential: proposal assigned for your assessment',
        ]),
        ...letter(s, {
          greeting: `Dear Professor ${s.me.last},`,
          paras: [
            `Given your expertise in ${s.pick(['cardiovascular epidemiology', 'neuroimaging', 'antimicrobial resistance', 'nursing workforce research'])}, we would like to invite you to review a proposal for the ${body}.`,
            'The proposal is held in our secure document room. Please sign in with your institutional Microsoft account to view it and accept or decline.',
            `An honorarium of $${s.int(3, 8)}00 is paid for each completed review.`,
          ],
          button: {
            label: 'Open proposal',
            href: s.lure(s.attackerDomain('review', 'docs'), 'proposal/view'),
          },
          sign: ['Review College Office', body],
        }),
      };
    },
  },
  {
    name: 'fake-peer-review-system',
    kind: 'journal-credential',
    make: (s) => {
      const journal = s.pick([
        'Journal of Clinical Medicine Research',
        'International Journal of Nursing Practice Studies',
        'Frontiers of Molecular Biosciences Review',
        'Annals of Translational Health',
      ]);
      const a = attacker(
        s,
        `${journal} Editorial Office`,
        'editorial',
        ['journal', 'manuscript'],
        ['lookalike'],
      );
      const ms = s.ref(s.pick(['JCMR-2026-', 'ANTH-D-26-', 'MS-']), 5);
      return {
        ...a,
        subject: s.same([
          s.pick([`Manuscript ${ms}: decision letter available`, `Revision due - ${ms}`]),
          `Review request for manuscript ${ms}`,
        ]),
        ...letter(s, {
          greeting: `Dear Dr. ${s.me.last},`,
          paras: [
            s.same([
              `A decision has been made on your manuscript ${ms}. Please log in to the submission system to read the reviewers\u2019 comments.`,
              `You have been invited to review manuscript ${ms} for ${journal}. Please log in with your institutional email to accept.`,
            ]),
            'Log in with your institutional email address and password (single sign-on).',
          ],
          button: {
            label: 'Log in to the submission system',
            href: s.lure(s.attackerDomain('manuscript', 'submit'), 'journal/login'),
          },
          sign: ['Editorial Office', journal],
        }),
      };
    },
  },
  {
    name: 'journal-apc-invoice',
    kind: 'article-charge-scam',
    make: (s) => {
      const journal = s.pick([
        'Global Journal of Medical Sciences',
        'American Open Journal of Health Research',
        'World Review of Nursing and Midwifery',
      ]);
      const a = attacker(
        s,
        `${journal} - Accounts`,
        'accounts',
        ['journal', 'pub'],
        ['lookalike', 'freemail'],
      );
      const fee = s.money(450, 2400);
      return {
        ...a,
        subject: s.pick([
          `Article Processing Charge invoice - ${s.ref('APC', 5)}`,
          'Your paper is accepted - payment required for publication',
          'Final notice: unpaid publication fee',
        ]),
        ...letter(s, {
          greeting: `Dear Author,`,
          paras: [
            `Your paper "${s.pick(['Outcomes of nurse-led discharge planning', 'Biomarkers of sepsis in adult ICU patients', 'A cohort study of medication adherence'])}" has been accepted. The Article Processing Charge of USD ${fee} must be paid within 5 days for the paper to appear in the current issue.`,
            s.pick([
              'Payment can be made by card through the link below or by wire transfer to the account in the attached invoice.',
              'Please reply with the name of the person in your finance office who will arrange the payment.',
            ]),
          ],
          button: s.chance(0.6)
            ? { label: 'Pay APC', href: s.lure(s.attackerDomain('pay', 'journal'), 'apc/pay') }
            : undefined,
          sign: ['Accounts Department', journal],
        }),
        parts: s.chance(0.6)
          ? [
              {
                type: 'application/pdf',
                name: 'APC_Invoice.pdf',
                content: onePagePdf([
                  journal,
                  'INVOICE',
                  `Article Processing Charge: USD ${fee}`,
                  `Beneficiary: ${s.pick(['GJMS Publishing Ltd', 'World Science Press LLC'])}`,
                  `IBAN GB${s.int(10, 99)} ${s.ref('', 4)} ${s.ref('', 4)} ${s.ref('', 4)}`,
                  'Payment due within 5 days',
                ]),
              },
            ]
          : undefined,
      };
    },
  },
  {
    name: 'conference-registration-invoice',
    kind: 'conference-invoice',
    make: (s) => {
      const conf = s.pick([
        'International Congress on Emergency Medicine 2026',
        'World Nursing Summit',
        'Global Conference on Neuroscience and Neurology',
        'ASCO-style Oncology Forum 2027',
      ]);
      const a = attacker(
        s,
        `${conf} Secretariat`,
        'registration',
        ['congress', 'reg'],
        ['lookalike', 'freemail'],
      );
      return {
        ...a,
        subject: s.pick([
          'Registration invoice outstanding',
          `Your abstract has been accepted - ${conf}`,
          'Speaker registration: payment due',
        ]),
        ...letter(s, {
          greeting: `Dear Dr. ${s.me.last},`,
          paras: [
            `Your abstract has been accepted for ${s.pick(['oral', 'poster'])} presentation at ${conf}, ${s.pick(['Dubai', 'Lisbon', 'Singapore', 'Toronto'])}.`,
            `To confirm your slot, the speaker registration fee of USD ${s.money(399, 999)} must be paid by ${s.date()}. Unpaid slots are released to the waiting list.`,
          ],
          button: {
            label: 'Complete registration',
            href: s.lure(s.attackerDomain('congress', 'reg'), 'register'),
          },
          sign: ['Scientific Secretariat', conf],
        }),
      };
    },
  },
  {
    name: 'predatory-call-for-papers',
    kind: 'predatory-cfp',
    make: (s) => {
      const journal = s.pick([
        'Journal of Advanced Clinical Case Reports',
        'Open Access Journal of Surgery and Medicine',
        'International Archives of Public Health',
      ]);
      const a = attacker(
        s,
        `${s.pick(['Emily', 'Sarah', 'Jessica'])} ${s.pick(['Brown', 'Wilson', 'Taylor'])}, ${journal}`,
        'editor',
        ['journal', 'scholar'],
        ['lookalike', 'freemail'],
      );
      return {
        ...a,
        subject: s.pick([
          `Call for papers - ${journal} (Volume ${s.int(3, 12)})`,
          'Invitation to submit your valuable manuscript',
          'Need one article for our upcoming issue',
        ]),
        ...letter(s, {
          format: s.pick(['text', 'html']),
          greeting: `Dear Dr. ${s.me.last},`,
          paras: [
            `Greetings of the day! We read your recent work with great interest and warmly invite you to submit a research article, review or case report to ${journal}.`,
            s.pick([
              'We need just one more article to complete our upcoming issue. We offer a rapid 7-day peer review and a 40% discount on publication charges for this issue.',
              'Submit your manuscript by reply to this email as an attachment. Publication fee is only USD 299 after acceptance.',
            ]),
            'Kindly send us your manuscript at the earliest.',
          ],
          sign: ['Best Regards,', a.from.name, 'Editorial Assistant'],
        }),
      };
    },
  },
  {
    name: 'conference-housing-bureau',
    kind: 'conference-housing',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['Conference Housing Services', 'Official Hotel Partner', 'Event Travel Desk']),
        'reservations',
        ['housing', 'event'],
        ['lookalike', 'freemail'],
      );
      return {
        ...a,
        subject: s.pick([
          'Hotel rooms for attendees - reserve before the block closes',
          'Housing for your upcoming conference',
          'Reservation needed: accommodation for presenters',
        ]),
        ...letter(s, {
          greeting: `Dear ${s.me.first},`,
          paras: [
            `We are the official housing partner for the ${s.pick(['Society for Neuroscience', 'Clinical Research Summit', 'Nursing Education Congress'])} meeting and have discounted rooms held for your institution.`,
            `Rooms from $${s.int(139, 219)}/night. Please send the names of your attendees and their arrival dates, and we will confirm with a card deposit.`,
          ],
          sign: ['Reservations Team', a.from.name],
        }),
      };
    },
  },
  {
    name: 'student-remote-job',
    kind: 'student-job-scam',
    make: (s) => {
      const prof = s.person();
      const address = s.freemail(prof.first, prof.last);
      return {
        from: { name: `Dr. ${prof.name}`, address },
        auth: auth.freemail(address),
        to: s.pick([`undisclosed-recipients:;`, `"${s.me.name}" <${s.me.address}>`]),
        subject: s.pick([
          'Part-time job offer for students ($450 weekly)',
          'Personal assistant needed - flexible hours',
          'Remote job opportunity from the department',
        ]),
        ...letter(s, {
          format: 'text',
          greeting: s.pick(['Hello Student,', 'Hi,', 'Greetings,']),
          paras: [
            `I am ${s.pick(['Professor', 'Dr.'])} ${prof.last} of the ${prof.dept}. I am looking for a student to work remotely as my personal assistant while I am away on a research trip.`,
            `The job involves running errands and handling some purchases for my foundation. It takes about 3 hours a week and pays $${s.int(350, 550)} weekly.`,
            `If interested, email me from a personal email (not your school email) with your full name and phone number to ${address}.`,
          ],
          sign: ['Regards,', `Dr. ${prof.name}`],
        }),
      };
    },
  },
  {
    name: 'research-assistant-cheque',
    kind: 'ra-equipment-scam',
    make: (s) => {
      const prof = s.person();
      const address = s.freemail(prof.first, prof.last);
      return {
        from: { name: prof.name, address },
        auth: auth.freemail(address),
        subject: s.pick([
          'Research Assistant position - next steps',
          'Re: Research assistant',
          'Your lab equipment cheque',
        ]),
        ...letter(s, {
          format: 'text',
          greeting: `Hi ${s.me.first},`,
          paras: [
            'Thanks for your interest in the research assistant position. You have been selected.',
            `I will mail you a cheque for $${s.money(1800, 3400)}. Deposit it with your mobile banking app, keep $${s.int(300, 450)} for your first week, and send the rest to our equipment vendor by Zelle so your lab kit can be shipped to you.`,
            'Please send me your full name, address and mobile number today. I am in meetings so email only.',
          ],
          sign: [`${prof.name}`, prof.dept],
        }),
      };
    },
  },
  {
    name: 'scholarship-award',
    kind: 'scholarship-lure',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['Office of Student Financial Aid', 'Scholarship Committee', 'KVU Foundation Scholarships']),
        'finaid',
        ['kvu', 'aid'],
        ['lookalike', 'forged', 'compromised'],
      );
      const amount = s.money(1500, 6500);
      return {
        ...a,
        subject: s.pick([
          `You have been awarded a $${amount} scholarship`,
          'Scholarship disbursement - confirm your details',
          'Spring 2027 grant award notification',
        ]),
        ...letter(s, {
          greeting: `Dear ${s.me.first},`,
          paras: [
            `Congratulations! You have been selected for the ${s.pick(['Dean\u2019s Excellence', 'Presidential Merit', 'Health Sciences Equity'])} Scholarship of $${amount} for the spring term.`,
            s.pick([
              'To receive the funds, confirm your student account and bank details by Friday.',
              'Sign in to accept the award; unaccepted awards are offered to other students.',
            ]),
          ],
          button: {
            label: 'Accept scholarship',
            href: s.lure(s.attackerDomain('kvu', 'scholarship'), 'aid/accept'),
          },
          sign: ['Office of Student Financial Aid', ORG.name],
        }),
      };
    },
  },
  {
    name: 'tuition-refund',
    kind: 'tuition-refund',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['Student Accounts', 'Bursar\u2019s Office', 'Student Financial Services']),
        'bursar',
        ['kvu', 'bursar'],
        ['lookalike', 'forged'],
      );
      const amount = s.money(300, 2900);
      return {
        ...a,
        subject: s.pick([
          `Tuition refund of $${amount} pending`,
          'Overpayment on your student account',
          'Refund notification - action needed',
        ]),
        ...letter(s, {
          greeting: `Dear ${s.me.first},`,
          paras: [
            `A credit balance of $${amount} has been identified on your student account following a financial aid adjustment.`,
            'Refunds are paid by direct deposit. Please verify your refund preference and sign in to confirm.',
          ],
          button: {
            label: 'Claim refund',
            href: s.lure(s.attackerDomain('student', 'refund'), 'bursar/refund'),
          },
          sign: ['Student Financial Services'],
        }),
      };
    },
  },
  {
    name: 'partner-sharepoint-compromised',
    kind: 'compromised-partner-share',
    make: (s) => {
      const partner = s.partner();
      const colleague = s.outsider(partner.domain);
      const host = s.pick([
        `${partner.domain.split('.')[0]}-my.${s.attackerDomain('sharepoint')}`,
        s.attackerDomain('docs', 'view'),
        s.attackerDomain('share', 'file'),
      ]);
      const doc = s.pick([
        'Collaboration Agreement 2027.pdf',
        'Revised Budget - Joint Grant.xlsx',
        'Data Sharing Agreement (signed).pdf',
        'Protocol amendment v3.docx',
        'Invoice and Payment Schedule.pdf',
      ]);
      return {
        from: { name: colleague.name, address: colleague.address },
        auth: auth.aligned(partner.domain),
        subject: s.pick([
          `${colleague.name} shared "${doc}" with you`,
          `Shared document: ${doc}`,
          'Please review before our call',
          `RE: ${doc.replace(/\.\w+$/, '')}`,
        ]),
        ...letter(s, {
          greeting: s.pick([`Hi ${s.me.first},`, 'Hello,', '']),
          paras: [
            s.pick([
              `${colleague.name} shared a file with you. "${doc}"`,
              `Please find the ${doc.replace(/\.\w+$/, '')} for your review via the secure link below.`,
              'As discussed, here is the document. Let me know if you have trouble opening it.',
            ]),
          ],
          button: {
            label: s.pick(['Open', 'View document', 'Review Document']),
            href: s.lure(host, s.pick(['personal/docs', 'sites/shared', 'view'])),
          },
          sign: [colleague.name, `${partner.name}`],
          footer: s.chance(0.5) ? ['Microsoft respects your privacy. Privacy Statement'] : undefined,
        }),
      };
    },
  },
  {
    name: 'onedrive-share-forged',
    kind: 'fake-share-notification',
    make: (s) => {
      const sharer = s.person();
      const a = attacker(
        s,
        `${sharer.name} (via OneDrive)`,
        'no-reply',
        ['onedrive'],
        ['forged', 'lookalike'],
      );
      const doc = s.pick([
        'Staff Bonus Allocation 2026.xlsx',
        'Department Restructure Plan.pdf',
        'Updated Clinical Rota.xlsx',
        'Salary Review.docx',
      ]);
      return {
        ...a,
        subject: s.pick([`${sharer.first} shared "${doc}" with you`, `Document shared: ${doc}`]),
        ...letter(s, {
          brand: 'OneDrive',
          paras: [
            `${sharer.name} shared a file with you.`,
            doc,
            s.pick(['This link only works for the direct recipients of this message.', 'Sign in to view.']),
          ],
          button: { label: 'Open', href: s.lure(s.attackerDomain('onedrive', 'file'), 'doc/view') },
          sign: ['Microsoft OneDrive'],
        }),
      };
    },
  },
  {
    name: 'file-transfer-box-dropbox',
    kind: 'file-transfer-lure',
    make: (s) => {
      const brand = s.pick(['Box', 'Dropbox', 'WeTransfer', 'ShareFile']);
      const a = attacker(s, brand, 'noreply', [brand.toLowerCase()], ['lookalike', 'compromised']);
      return {
        ...a,
        subject: s.pick([
          `${s.person().name} sent you files via ${brand}`,
          `${s.int(2, 9)} files waiting for you on ${brand}`,
          `${brand}: your download expires tomorrow`,
        ]),
        ...letter(s, {
          brand,
          paras: [
            `${s.int(2, 9)} files, ${s.int(2, 88)} MB`,
            s.pick([
              'Patient_Referrals_Batch.zip',
              'IRB_Approval_Documents.pdf',
              'Purchase_Order_Signed.pdf',
              'Lab_Results_Q4.xlsx',
            ]),
            'Files expire in 3 days.',
          ],
          button: {
            label: 'Download files',
            href: s.lure(s.attackerDomain(brand.toLowerCase(), 'files'), 'd'),
          },
          sign: [`The ${brand} team`],
        }),
      };
    },
  },
  {
    name: 'medical-supplier-bank-change',
    kind: 'vendor-bank-change',
    make: (s) => {
      const vendor = s.pick([
        'Northstar Medical Supply',
        'ClearView Surgical',
        'LabSource Scientific',
        'Meridian Infusion Systems',
      ]);
      const real = `${vendor.split(' ')[0].toLowerCase()}-med.example`;
      const look = s.pick([
        real.replace('-med', '-rned'),
        real.replace('.example', '-billing.com'),
        `${vendor.split(' ')[0].toLowerCase()}medsupply.net`,
      ]);
      const rep = s.outsider(look, 'Accounts Receivable');
      return {
        from: { name: `${rep.name} | ${vendor}`, address: rep.address },
        auth: auth.aligned(look),
        to: `"Accounts Payable" <accounts.payable@${ORG.domain}>`,
        subject: s.pick([
          'Updated remittance details',
          `Change of bank account - ${vendor}`,
          `Overdue invoices ${s.ref('INV-', 5)} - new payment details`,
        ]),
        ...letter(s, {
          greeting: s.pick(['Dear Accounts Payable Team,', 'Hello,']),
          paras: [
            `Please note that ${vendor} has changed banks following our annual audit. All payments from today should be made to the new account in the attached letter.`,
            `We also have ${s.int(2, 5)} invoices outstanding totalling $${s.money(18_000, 140_000)}. Could you confirm when these will be paid to the new account?`,
            s.pick([
              'Please do not call our old office number as the line is being transferred.',
              'Kindly confirm once your vendor file is updated.',
            ]),
          ],
          sign: ['Kind regards,', rep.name, 'Accounts Receivable', vendor],
        }),
        parts: [
          {
            type: 'application/pdf',
            name: 'Bank_Change_Letter.pdf',
            content: onePagePdf([
              vendor,
              'NOTICE OF CHANGE OF BANK DETAILS',
              `Bank: ${s.pick(['First Harbor Bank', 'Crestline Savings'])}`,
              `Routing: 0${s.ref('', 8)}`,
              `Account: ${s.ref('', 10)}`,
              'Effective immediately',
            ]),
          },
        ],
      };
    },
  },
  {
    name: 'supplier-invoice-html',
    kind: 'invoice-html-attachment',
    make: (s) => {
      const vendor = s.pick([
        'MedEquip Partners',
        'BioReagents Direct',
        'Surgical Instruments Co',
        'Clinical Linen Services',
      ]);
      const a = attacker(s, vendor, 'invoices', ['invoice'], ['lookalike']);
      const post = s.lure(s.attackerDomain('invoice', 'view'), 'x.php');
      return {
        ...a,
        subject: s.pick([
          `Invoice ${s.ref('', 6)} from ${vendor}`,
          'Remittance advice',
          `Payment confirmation - PO ${s.ref('45', 8)}`,
        ]),
        ...letter(s, {
          greeting: 'Hello,',
          paras: [
            s.pick([
              'Please find attached the invoice for recent order.',
              'Attached is the remittance advice for your records.',
            ]),
            'The document is protected; please sign in with your email to view.',
          ],
          sign: ['Thank you', vendor],
        }),
        parts: [
          htmlFile(
            s.pick(['Invoice.html', 'Remittance_Advice.htm', `INV_${s.ref('', 6)}.xhtml`]),
            credentialPage(s, s.pick(['Adobe Document Cloud', 'Microsoft Excel Online']), post),
          ),
        ],
      };
    },
  },
  {
    name: 'patient-records-request',
    kind: 'patient-records-lure',
    make: (s) => {
      const firm = s.pick([
        'Harlan & Voss LLP',
        'Medical Records Retrieval Services',
        'Pinecrest Insurance Claims',
        'Department of Health Audit Unit',
      ]);
      const a = attacker(
        s,
        firm,
        s.pick(['records', 'claims']),
        ['records', 'claims'],
        ['lookalike', 'freemail'],
      );
      return {
        ...a,
        to: s.pick([
          `"Health Information Management" <him@${ORG.domain}>`,
          `"${s.me.name}" <${s.me.address}>`,
        ]),
        subject: s.pick([
          'Urgent request for patient medical records',
          `Records request re: patient DOB ${s.int(1, 28)}/${s.int(1, 12)}/19${s.int(40, 99)}`,
          'Subpoena - production of records',
        ]),
        ...letter(s, {
          greeting: 'To the Medical Records Department,',
          paras: [
            `We represent ${s.pick(['a former patient', 'the estate of a patient', 'an insurer'])} treated at ${ORG.hospital} between ${s.pick(['March', 'June', 'August'])} and ${s.pick(['October', 'November'])} 2025.`,
            'Please review the signed authorisation in our secure portal and upload the complete records within 48 hours.',
          ],
          button: {
            label: 'View authorisation',
            href: s.lure(s.attackerDomain('records', 'secure'), 'auth/view'),
          },
          sign: [firm],
        }),
      };
    },
  },
  {
    name: 'hipaa-training-overdue',
    kind: 'compliance-training-lure',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['Compliance Office', 'Privacy & HIPAA Office', 'Workforce Training']),
        'compliance',
        ['kvu', 'compliance'],
        ['lookalike', 'forged'],
      );
      return {
        ...a,
        subject: s.pick([
          'HIPAA training overdue - access will be suspended',
          'Mandatory privacy training: final notice',
          'Annual compliance attestation required',
        ]),
        ...letter(s, {
          greeting: `Dear ${s.me.first},`,
          paras: [
            'Our records show you have not completed the annual HIPAA Privacy and Security training. Staff who are not compliant will lose access to clinical systems.',
            'Complete the training and attestation using your network login.',
          ],
          button: { label: 'Start training', href: s.lure(s.attackerDomain('hipaa', 'training'), 'lms/sso') },
          sign: ['Office of Compliance and Privacy', ORG.hospital],
        }),
      };
    },
  },
  {
    name: 'irb-protocol-suspension',
    kind: 'irb-lure',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['Institutional Review Board', 'IRB Office', 'Human Research Protection Program']),
        'irb',
        ['kvu', 'irb'],
        ['lookalike', 'forged', 'compromised'],
      );
      const proto = s.ref('IRB-2026-', 4);
      return {
        ...a,
        subject: s.pick([
          `Protocol ${proto}: continuing review overdue`,
          `Study suspension notice - ${proto}`,
          `Adverse event report requires PI signature (${proto})`,
        ]),
        ...letter(s, {
          greeting: `Dear Dr. ${s.me.last},`,
          paras: [
            `Protocol ${proto} has passed its continuing review deadline. Enrolment must stop until the renewal is signed.`,
            'Please review and sign the renewal form in the IRB system.',
          ],
          button: { label: 'Review protocol', href: s.lure(s.attackerDomain('irb', 'portal'), 'irb/login') },
          sign: ['Human Research Protection Program'],
        }),
      };
    },
  },
  {
    name: 'parking-permit-fine',
    kind: 'parking-fine',
    make: async (s) => {
      const a = attacker(
        s,
        s.pick(['Parking & Transportation Services', 'Campus Parking', 'KVU Parking Enforcement']),
        'parking',
        ['kvu', 'parking'],
        ['lookalike', 'forged'],
      );
      const fine = s.money(35, 95);
      const payUrl = s.lure(s.attackerDomain('parking', 'pay'), 'citation');
      const withQr = s.chance(0.5);
      return {
        ...a,
        subject: s.pick([
          `Unpaid parking citation ${s.ref('PC', 7)}`,
          'Your parking permit will be revoked',
          `Parking violation - $${fine} due`,
        ]),
        ...letter(s, {
          greeting: `Dear ${s.me.first},`,
          paras: [
            `A citation of $${fine} was issued on ${s.date()} in ${s.pick(['Lot C (Hospital Visitors)', 'Garage 2', 'the Medical Campus Staff Lot'])}. It must be paid within 72 hours or your permit will be revoked and the fine doubled.`,
            withQr ? 'Scan the code in the attached notice to pay.' : 'Pay online below.',
          ],
          button: withQr ? undefined : { label: 'Pay citation', href: payUrl },
          sign: ['Parking & Transportation Services'],
        }),
        parts: withQr
          ? [
              {
                type: 'application/pdf',
                name: 'Citation_Notice.pdf',
                content: onePagePdf(['PARKING CITATION', `Amount due: $${fine}`, 'Scan to pay'], {
                  jpeg: await qrJpeg(payUrl),
                }),
              },
            ]
          : undefined,
      };
    },
  },
  {
    name: 'google-drive-share-fake',
    kind: 'google-share-lure',
    make: (s) => {
      const sharer = s.pick([s.person(), s.outsider(s.partner().domain)]);
      const a = attacker(
        s,
        `${sharer.name} (via Google Drive)`,
        'drive-shares-noreply',
        ['drive', 'docs'],
        ['lookalike', 'forged'],
      );
      const doc = s.same([
        'Q4 Research Funding Allocation',
        'Updated Student Stipend Rates 2027',
        'Department Staff Evaluation',
      ]);
      return {
        ...a,
        replyTo: sharer.address,
        subject: s.pick([`Document shared with you: "${doc}"`, `${sharer.first} shared "${doc}"`]),
        ...letter(s, {
          paras: [
            `${sharer.name} (${sharer.address}) has invited you to ${s.pick(['view', 'edit'])} the following document:`,
            doc,
            s.pick(['Please review before Friday.', 'Kindly review and sign in to confirm access.', '']),
          ].filter((p) => p !== ''),
          button: {
            label: 'Open',
            href: s.lure(s.attackerDomain('docs', 'drive'), s.pick(['document/d', 'file/view'])),
          },
          sign: ['Google Workspace'],
          footer: [
            'You have received this email because someone shared a document with you from Google Drive.',
          ],
        }),
      };
    },
  },
  {
    name: 'onenote-secure-message',
    kind: 'onenote-attachment',
    make: (s) => {
      const a = attacker(
        s,
        s.pick([s.peer.name, 'Accounts Department', 'HR Documents']),
        s.pick(['docs', 'accounts', 'hr']),
        ['secure', 'doc'],
        ['compromised', 'lookalike'],
      );
      const name = s.pick(['Secure_Document.one', 'Payment_Details.one', `Contract_${s.ref('', 4)}.one`]);
      return {
        ...a,
        subject: s.pick([
          'Secure document shared',
          'Payment details attached',
          'Please review the attached contract',
        ]),
        ...letter(s, {
          format: s.pick(['text', 'html']),
          greeting: s.pick([`Hi ${s.me.first},`, 'Hello,']),
          paras: [
            s.pick([
              'The document is attached as a protected OneNote file. Double-click "Open" inside it to view.',
              'Please see the attached file and confirm receipt.',
            ]),
          ],
          sign: [a.from.name],
        }),
        parts: [
          {
            type: 'application/onenote',
            name,
            content: oneNote(s.pick(['Open.hta', 'View.cmd', 'Document.wsf'])),
          },
        ],
      };
    },
  },
];

export const UNSEEN_15_TEMPLATES: readonly Template[] = [...PHISHING, ...morePhishing, ...localPhishing];
export const UNSEEN_15_KINDS: readonly string[] = [...new Set(UNSEEN_15_TEMPLATES.map((t) => t.kind))];
export const UNSEEN_15_TEMPLATE_COUNT: number = UNSEEN_15_TEMPLATES.length;

export async function unseenPhishing15(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return buildSet(UNSEEN_15_TEMPLATES, perTemplate, seed, seededRandom, 150_000);
}
