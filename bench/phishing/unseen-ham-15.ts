// The fifteenth unseen set's legitimate mail: what Kestrel Valley University's staff, clinicians and students
// (corp.example) really receive, hard cases first - IT's own password and MFA notices linking to the real
// sign-in page, the learning platform's and library's notices, journal, peer-review, conference and grant
// systems, HR and payroll, real e-signature, file-sharing and meeting invitations, research mailing lists,
// students on free mail, urgent but real requests, vendor invoices, rota and on-call mail, newsletters,
// and mail in other languages (unseen-15-local.ts).
import type { SeededRandom } from './generate.js';
import { localHam, moreHam } from './unseen-15-local.js';
import { auth, buildSet, letter, ORG, type Person, signature, type Template } from './unseen-15-scene.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

const internal = (p: Person) => ({
  from: { name: p.name, address: p.address },
  auth: auth.aligned(ORG.domain),
});
const office = (name: string, local: string) => ({
  from: { name, address: `${local}@${ORG.domain}` },
  auth: auth.aligned(ORG.domain),
});
const pdf = (name: string, lines: string[]) => ({
  type: 'application/pdf',
  name,
  content: onePagePdf(lines),
});
const listHeaders = (id: string, host: string) => [
  `List-Id: <${id}>`,
  `List-Unsubscribe: <mailto:leave-${id.split('.')[0]}@${host}>, <https://${host}/unsubscribe>`,
  `List-Post: <mailto:${id.split('.')[0]}@${host}>`,
  `List-Archive: <https://${host}/archives/${id.split('.')[0]}>`,
  'Precedence: list',
];

const HAM: Template[] = [
  {
    name: 'it-password-expiry-real',
    kind: 'ham',
    make: (s) => {
      const days = s.pick([14, 7, 3, 1]);
      return {
        ...office('KVU IT Service Desk', 'itservicedesk'),
        subject: s.pick([
          `Your KVU password expires in ${days} day${days === 1 ? '' : 's'}`,
          'Reminder: change your KVU password',
          'Password expiry reminder',
        ]),
        ...letter(s, {
          greeting: `Dear ${s.me.first},`,
          paras: [
            `The password for your KVU account (${s.me.address.split('@')[0]}) will expire in ${days} day${days === 1 ? '' : 's'}.`,
            'Change it at any time at the KVU account page. You will need to sign in with your current password and approve a Duo prompt that you start yourself.',
            'IT will never ask you for your password by email or phone, and this message does not ask you to reply. If in doubt, go to the page yourself by typing the address below.',
          ],
          button: { label: 'Change password', href: `${ORG.login}/password/change` },
          after: [`Questions? Call the Service Desk on ${ORG.phone} or visit ${ORG.helpdesk}.`],
          sign: ['IT Service Desk', ORG.name],
        }),
      };
    },
  },
  {
    name: 'it-duo-enrolment-new-starter',
    kind: 'ham',
    make: (s) => ({
      ...office('Identity & Access Management', 'iam'),
      subject: s.pick([
        'Welcome to KVU - set up Duo two-step verification',
        'Action needed in your first week: set up Duo',
        'Duo enrolment reminder',
      ]),
      ...letter(s, {
        greeting: `Hello ${s.me.first},`,
        paras: [
          `Welcome to ${s.pick([ORG.name, ORG.hospital])}. Before ${s.date()} you need to enrol a device in Duo so you can sign in to email, Workday and Epic.`,
          'Install Duo Mobile on your phone, then sign in at the KVU sign-in page and follow the enrolment steps. Only approve Duo prompts that you started yourself; report any unexpected prompt to the Service Desk.',
        ],
        button: { label: 'Enrol in Duo', href: `${ORG.login}/duo/enroll` },
        sign: ['Identity & Access Management', 'KVU Information Technology'],
      }),
    }),
  },
  {
    name: 'okta-new-signin-alert',
    kind: 'ham',
    make: (s) => ({
      from: { name: 'Okta', address: 'noreply@okta.com' },
      auth: auth.aligned('okta.com'),
      subject: s.pick(['New sign-on notification', 'Security alert: new sign-in to your KVU account']),
      ...letter(s, {
        brand: 'okta',
        greeting: `Hi ${s.me.first},`,
        paras: [
          `Your KVU account was just used to sign in from a new device.`,
          `Date: ${s.date()} ${s.time()} | Browser: ${s.pick(['Chrome on Windows', 'Safari on iPhone', 'Edge on Windows', 'Firefox on macOS'])} | Location: ${s.pick(['Kestrel Valley, United States', 'Boston, United States', 'Toronto, Canada'])}`,
          'If this was you, no action is needed. If you don\u2019t recognise this activity, report it to your administrator.',
        ],
        button: {
          label: 'Report suspicious activity',
          href: `https://kvu.okta.com/signin/report?t=${s.token(20)}`,
        },
        sign: ['Okta'],
      }),
    }),
  },
  {
    name: 'canvas-password-reset-requested',
    kind: 'ham',
    make: (s) => ({
      from: { name: 'Canvas', address: 'notifications@instructure.com' },
      auth: auth.aligned('instructure.com'),
      subject: 'Forgot Password: Canvas',
      ...letter(s, {
        paras: [
          `You requested a password reset for ${s.me.address} on KVU Learn (guest account).`,
          'Click the link below to change your password. The link expires in 2 hours. If you didn\u2019t request this, you can ignore this email.',
        ],
        button: { label: 'Change my password', href: `${ORG.learn}/register/${s.token(30)}` },
        sign: ['Canvas by Instructure'],
      }),
    }),
  },
  {
    name: 'canvas-announcement',
    kind: 'ham',
    make: (s) => {
      const course = s.pick([
        'NURS 3104 Pharmacology',
        'MED 2201 Anatomy II',
        'BIOS 5120 Biostatistics',
        'PUBH 6010 Epidemiology Methods',
      ]);
      const id = s.int(10_000, 99_999);
      return {
        from: { name: `${s.person().name} via Canvas`, address: 'notifications@instructure.com' },
        auth: auth.aligned('instructure.com'),
        subject: s.pick([
          `${course}: ${s.pick(['Exam room change', 'Week 9 reading', 'Office hours moved', 'Assignment 3 feedback released'])}`,
          `Recent Canvas Notifications`,
        ]),
        ...letter(s, {
          paras: [
            s.pick([
              'The final exam will now be held in the Health Sciences Building, Room 2.14, at the same time.',
              'Feedback for Assignment 3 has been released. Please read the comments before your next submission.',
              'Office hours this week are moved to Thursday 2-4pm because of the departmental retreat.',
            ]),
          ],
          button: {
            label: 'View announcement',
            href: `${ORG.learn}/courses/${id}/discussion_topics/${s.int(100_000, 999_999)}`,
          },
          sign: [course],
          footer: [`Update your notification settings: ${ORG.learn}/profile/communication`],
        }),
      };
    },
  },
  {
    name: 'canvas-submission-graded',
    kind: 'ham',
    make: (s) => ({
      from: { name: 'Canvas', address: 'notifications@instructure.com' },
      auth: auth.aligned('instructure.com'),
      subject: `Assignment Graded: ${s.pick(['Case Study 2', 'Lab Report 4', 'Reflective Essay', 'Quiz 6'])}, ${s.pick(['NURS 3104', 'MED 2201', 'BIOS 5120'])}`,
      ...letter(s, {
        paras: [`Your assignment has been graded.`, `Score: ${s.int(62, 100)} out of 100`],
        button: {
          label: 'View submission',
          href: `${ORG.learn}/courses/${s.int(10_000, 99_999)}/assignments/${s.int(100_000, 999_999)}/submissions`,
        },
        sign: ['KVU Learn'],
      }),
    }),
  },
  {
    name: 'library-hold-ready',
    kind: 'ham',
    make: (s) => ({
      ...office('KVU Libraries', 'library-noreply'),
      subject: s.pick([
        'Your requested item is ready for pickup',
        'Interlibrary loan request filled',
        'Hold available: Health Sciences Library',
      ]),
      ...letter(s, {
        greeting: `Dear ${s.me.name},`,
        paras: [
          `"${s.pick(['Harrison\u2019s Principles of Internal Medicine', 'Fundamentals of Biostatistics', 'Oxford Handbook of Clinical Medicine', 'Molecular Biology of the Cell'])}" is ready for pickup at the ${s.pick(['Health Sciences Library', 'Main Library'])} service desk until ${s.date()}.`,
          'You can see your loans and requests in your library account.',
        ],
        button: { label: 'My library account', href: `${ORG.library}/discovery/account?vid=KVU` },
        sign: ['KVU Libraries'],
      }),
    }),
  },
  {
    name: 'library-loan-due',
    kind: 'ham',
    make: (s) => ({
      ...office('KVU Libraries', 'library-noreply'),
      subject: s.pick(['Courtesy notice: items due soon', 'Overdue notice', 'Your loans have been renewed']),
      ...letter(s, {
        format: 'text',
        greeting: `Dear ${s.me.first},`,
        paras: [
          `${s.int(1, 4)} item(s) on your account are due on ${s.date()}. Items are renewed automatically unless another reader has requested them.`,
          `There are no fines for staff and students, but replacement charges apply to lost items. View your account at ${ORG.library}/account`,
        ],
        sign: ['Circulation Desk', 'KVU Libraries'],
      }),
    }),
  },
  {
    name: 'scholarone-manuscript-received',
    kind: 'ham',
    make: (s) => {
      const journal = s.pick([
        'Journal of Hospital Nursing Research',
        'Clinical Epidemiology Reports',
        'Neurobiology Letters',
      ]);
      const ms = `${journal
        .split(' ')
        .map((w) => w[0])
        .join('')}-2026-${s.int(1000, 9999)}`;
      return {
        from: { name: journal, address: 'onbehalfof@manuscriptcentral.com' },
        auth: auth.aligned('manuscriptcentral.com'),
        replyTo: `editorial.office@${journal
          .toLowerCase()
          .replace(/[^a-z]/g, '')
          .slice(0, 12)}.example.org`,
        subject: `${journal} - Manuscript ID ${ms} ${s.pick(['received', 'submitted'])}`,
        ...letter(s, {
          format: s.pick(['text', 'both']),
          greeting: `Dear Dr. ${s.me.last}:`,
          paras: [
            `Your manuscript entitled "${s.pick(['Early warning scores and unplanned ICU admission', 'Sleep disruption in night-shift nurses', 'Hippocampal volume in early psychosis'])}" has been successfully submitted online and is presently being given full consideration for publication in ${journal}.`,
            `Your manuscript ID is ${ms}. Please mention it in all future correspondence. You can view the status of your manuscript at any time by logging in to your Author Center.`,
          ],
          button: {
            label: 'Author Center',
            href: `https://mc.manuscriptcentral.com/${journal
              .toLowerCase()
              .replace(/[^a-z]/g, '')
              .slice(0, 8)}`,
          },
          sign: ['Sincerely,', `${journal} Editorial Office`],
        }),
      };
    },
  },
  {
    name: 'editorial-manager-review-invite',
    kind: 'ham',
    make: (s) => {
      const journal = s.pick([
        'Infection Control Practice',
        'Journal of Cardiac Imaging',
        'Pediatric Emergency Reports',
      ]);
      const code = journal
        .split(' ')
        .map((w) => w[0])
        .join('')
        .toLowerCase();
      const editor = s.outsider(s.partner().domain);
      return {
        from: { name: `${journal} (${editor.name})`, address: 'em@editorialmanager.com' },
        auth: auth.aligned('editorialmanager.com'),
        subject: `Invitation to review manuscript ${code.toUpperCase()}-D-26-${s.int(100, 999)}`,
        ...letter(s, {
          greeting: `Dear Dr ${s.me.last},`,
          paras: [
            `I would be grateful if you would review the manuscript "${s.pick(['Hand hygiene compliance after a multimodal intervention', 'Strain imaging in early cardiotoxicity', 'Point-of-care ultrasound in paediatric triage'])}" for ${journal}. The abstract is below.`,
            'If you accept, please submit your review within 21 days. Use the links to agree or decline; if you decline, suggestions of other reviewers are very welcome.',
          ],
          button: {
            label: 'Agree to review',
            href: `https://www.editorialmanager.com/${code}/l.asp?i=${s.int(10_000, 99_999)}&l=${s.token(8).toUpperCase()}`,
          },
          sign: ['With kind regards,', editor.name, `Associate Editor, ${journal}`],
        }),
      };
    },
  },
  {
    name: 'easychair-decision',
    kind: 'ham',
    make: (s) => {
      const conf = s.pick(['MedInfo Workshop 2027', 'Clinical NLP 2027', 'BioImaging Symposium 2027']);
      return {
        from: { name: `${conf}`, address: 'noreply@easychair.org' },
        auth: auth.aligned('easychair.org'),
        subject: `${conf} notification for paper ${s.int(10, 250)}`,
        ...letter(s, {
          format: 'text',
          greeting: `Dear ${s.me.name},`,
          paras: [
            `We are ${s.pick(['pleased', 'happy'])} to inform you that your paper has been accepted for ${s.pick(['oral presentation', 'a poster'])} at ${conf}. The reviews are below and in EasyChair.`,
            `Camera-ready versions are due on ${s.date()}. Registration details will follow from the local organisers.`,
            `https://easychair.org/conferences/?conf=${conf.toLowerCase().replace(/[^a-z0-9]/g, '')}`,
          ],
          sign: ['Best regards,', `${conf} Program Chairs`],
        }),
      };
    },
  },
  {
    name: 'nih-era-notice-of-award',
    kind: 'ham',
    make: (s) => ({
      from: { name: 'eRA Commons', address: 'era-notify@mail.nih.gov' },
      auth: auth.aligned('nih.gov', 'mail.nih.gov'),
      subject: `Notice of Award: ${s.pick(['R01', 'R21', 'K23', 'U01'])}${s.pick(['HL', 'CA', 'NS', 'AI'])}${s.int(100_000, 199_999)}-0${s.int(1, 4)}`,
      ...letter(s, {
        format: 'text',
        paras: [
          'A Notice of Award has been issued for the grant referenced in the subject line. The NoA is available in eRA Commons Status for the PI and signing official.',
          'This is an automated notification. Do not reply to this message.',
          'eRA Commons: https://public.era.nih.gov/commons',
        ],
        sign: ['eRA Service Desk'],
      }),
    }),
  },
  {
    name: 'research-office-deadline',
    kind: 'ham',
    make: (s) => {
      const officer = s.person();
      return {
        ...internal(officer),
        subject: s.same([
          s.pick([
            'Internal deadline: proposals due to Research Office 5 working days before sponsor deadline',
            `Reminder - routing for your ${s.pick(['NIH', 'NSF', 'foundation'])} proposal`,
          ]),
          'Budget justification needed today',
        ]),
        ...letter(s, {
          greeting: `Hi ${s.me.first},`,
          paras: [
            s.same([
              `Your proposal is due to the sponsor on ${s.date()}. Please route it in the research administration system by ${s.weekday()} so we have time for review.`,
              'I still need the final budget justification and the letters of support to submit today. Could you send them by 3pm? The sponsor portal closes at 5pm Eastern.',
            ]),
            `Everything goes through the usual portal: https://research.${ORG.domain}/proposals`,
          ],
          sign: signature(officer, s),
        }),
      };
    },
  },
  {
    name: 'workday-payslip',
    kind: 'ham',
    make: (s) => ({
      from: { name: 'Workday', address: 'kvu@myworkday.com' },
      auth: auth.aligned('myworkday.com'),
      subject: s.same(['Your payslip is available', 'Reminder: submit your timesheet']),
      ...letter(s, {
        paras: [
          s.same([
            `Your payslip for the period ending ${s.date()} is now available in Workday.`,
            'Your timesheet for last week has not been submitted. Please submit it by noon Monday so that overtime is paid this month.',
          ]),
          'Sign in to Workday through the KVU portal to view it. Payroll will never email you a link to change your bank details.',
        ],
        button: { label: 'Open Workday', href: 'https://wd5.myworkday.com/kvu/d/home.htmld' },
        sign: ['KVU Human Resources'],
      }),
    }),
  },
  {
    name: 'hr-open-enrolment-real',
    kind: 'ham',
    make: (s) => ({
      ...office('KVU Benefits', 'benefits'),
      subject: s.pick([
        'Open Enrollment for 2027 benefits: Nov 2 - Nov 20',
        'Last week of Open Enrollment',
        'Benefits fair in the hospital atrium',
      ]),
      ...letter(s, {
        greeting: 'Dear colleagues,',
        paras: [
          'Open Enrollment is the one time of year you can change your medical, dental and vision plans without a qualifying life event. If you make no change, your current elections roll over (except FSA, which must be re-elected).',
          `Make your elections in Workday (Menu > Benefits). Benefits advisers will be in the hospital atrium on ${s.weekday()} ${s.time()}-14:00.`,
        ],
        button: { label: 'Benefits guide', href: `${ORG.hr}/benefits/open-enrollment-2027` },
        sign: ['KVU Human Resources - Benefits'],
      }),
    }),
  },
  {
    name: 'docusign-real-contract',
    kind: 'ham',
    make: (s) => {
      const sender = s.person();
      return {
        from: { name: `${sender.name} via DocuSign`, address: 'dse_na3@docusign.net' },
        auth: auth.aligned('docusign.net'),
        replyTo: sender.address,
        subject: s.pick([
          'Please DocuSign: Visiting Scholar Agreement',
          'Please DocuSign: Clinical Trial Agreement - Amendment 2',
          'Please DocuSign: Material Transfer Agreement',
          'Completed: Offer Letter',
        ]),
        ...letter(s, {
          brand: 'DocuSign',
          colour: '#1e4ca1',
          paras: [
            `${sender.name} sent you a document to review and sign.`,
            `${sender.name}\n${sender.address}`,
            'Please review and sign at your earliest convenience. Thank you!',
          ],
          button: {
            label: 'REVIEW DOCUMENT',
            href: `https://na3.docusign.net/Signing/EmailStart.aspx?a=${s.token(8)}-${s.token(4)}-${s.token(12)}&acct=${s.token(8)}`,
          },
          sign: ['Powered by DocuSign'],
          footer: [
            'Do Not Share This Email: this email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.',
          ],
        }),
      };
    },
  },
  {
    name: 'adobe-sign-form',
    kind: 'ham',
    make: (s) => {
      const sender = s.person();
      return {
        from: { name: `${sender.name} (via Adobe Acrobat Sign)`, address: 'adobesign@adobesign.com' },
        auth: auth.aligned('adobesign.com'),
        subject: s.pick([
          'Signature requested on "Travel Reimbursement Form"',
          'Signature requested on "Graduate Assistantship Contract"',
          'Signature requested on "Lab Access Request"',
        ]),
        ...letter(s, {
          paras: [`${sender.name} has requested your signature.`, 'Click the link below to review and sign.'],
          button: {
            label: 'Review and sign',
            href: `https://secure.na1.adobesign.com/public/esign?tsid=${s.token(24)}`,
          },
          sign: ['Adobe Acrobat Sign'],
        }),
      };
    },
  },
  {
    name: 'box-shared-folder',
    kind: 'ham',
    make: (s) => {
      const sharer = s.pick([s.person(), s.outsider(s.partner().domain)]);
      return {
        from: { name: `${sharer.name} (via Box)`, address: 'noreply@box.com' },
        auth: auth.aligned('box.com'),
        replyTo: sharer.address,
        subject: `${sharer.name} invited you to collaborate on "${s.pick(['Cohort Study Data (de-identified)', 'Grant Resubmission 2027', 'Imaging Protocol Drafts', 'Lab Meeting Slides'])}"`,
        ...letter(s, {
          brand: 'box',
          colour: '#0061d5',
          paras: [
            `${sharer.name} (${sharer.address}) has invited you to collaborate as an Editor.`,
            s.pick(['Here are the files for next week.', 'Folder for the joint analysis, as discussed.', '']),
          ].filter((p) => p !== ''),
          button: { label: 'Accept invite', href: `https://app.box.com/s/${s.token(32)}` },
          sign: ['The Box Team'],
        }),
      };
    },
  },
  {
    name: 'sharepoint-partner-share-real',
    kind: 'ham',
    make: (s) => {
      const partner = s.partner();
      const sharer = s.outsider(partner.domain);
      const tenant = partner.domain.split('.')[0].replace(/[^a-z]/g, '');
      const doc = s.pick([
        'Joint Protocol v4.docx',
        'Steering Committee Minutes.docx',
        'Recruitment Tracker.xlsx',
        'Abstract draft.docx',
      ]);
      return {
        from: { name: `${sharer.name} (via SharePoint Online)`, address: 'no-reply@sharepointonline.com' },
        auth: auth.aligned('sharepointonline.com'),
        replyTo: sharer.address,
        subject: `${sharer.name} shared "${doc}" with you`,
        ...letter(s, {
          paras: [
            `${sharer.name} shared a file with you`,
            s.pick([
              'Comments welcome before Thursday.',
              'Here is the latest version.',
              'As agreed on the call.',
            ]),
            doc,
          ],
          button: {
            label: 'Open',
            href: `https://${tenant}-my.sharepoint.com/:w:/g/personal/${sharer.address.split('@')[0].replace(/\./g, '_')}/${s.token(22)}`,
          },
          sign: ['Microsoft'],
          footer: ['This email is generated through a Microsoft 365 tenant. Privacy Statement'],
        }),
      };
    },
  },
  {
    name: 'google-doc-student-share',
    kind: 'ham',
    make: (s) => {
      const student = s.person();
      const address = s.freemail(student.first, student.last);
      return {
        from: { name: `${student.name} (via Google Docs)`, address: 'drive-shares-dm-noreply@google.com' },
        auth: auth.aligned('google.com'),
        replyTo: address,
        subject: `Document shared with you: "${s.pick(['Group 4 presentation', 'Thesis chapter 2 draft', 'Journal club notes', 'Lab report revisions'])}"`,
        ...letter(s, {
          paras: [
            `${student.name} (${address}) has invited you to edit the following document:`,
            s.pick([
              'Hi, here is our draft for Friday. Thanks!',
              'Could you leave comments when you have a moment?',
            ]),
          ],
          button: {
            label: 'Open',
            href: `https://docs.google.com/document/d/${s.token(40)}/edit?usp=sharing_eil`,
          },
          sign: ['Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA'],
        }),
      };
    },
  },
  {
    name: 'zoom-meeting-invite',
    kind: 'ham',
    make: (s) => {
      const host = s.pick([s.person(), s.outsider(s.partner().domain)]);
      const id = `${s.int(800, 999)} ${s.int(1000, 9999)} ${s.int(1000, 9999)}`;
      const link = `https://kvu.zoom.us/j/${id.replace(/ /g, '')}?pwd=${s.token(24)}`;
      const topic = s.pick([
        'Thesis committee meeting',
        'Multi-site trial steering committee',
        'Journal club',
        'Grant planning call',
      ]);
      return {
        from: { name: host.name, address: host.address },
        auth: auth.aligned(host.address.split('@')[1]),
        subject: `Invitation: ${topic}`,
        ...letter(s, {
          format: 'text',
          greeting: '',
          paras: [
            `${host.name} is inviting you to a scheduled Zoom meeting.`,
            `Topic: ${topic}`,
            `Join Zoom Meeting\n${link}`,
            `Meeting ID: ${id}`,
          ],
          sign: [],
        }),
        parts: [
          {
            type: 'text/calendar',
            name: 'invite.ics',
            content: invitation({
              uid: `${s.token(16)}@zoom.us`,
              organizer: host.address,
              attendee: s.me.address,
              summary: topic,
              description: `Join Zoom Meeting ${link}`,
              location: link,
              start: `2026${s.pick(['11', '12'])}${String(s.int(1, 28)).padStart(2, '0')}T${s.int(13, 20)}0000Z`,
            }),
          },
        ],
      };
    },
  },
  {
    name: 'teams-meeting-internal',
    kind: 'ham',
    make: (s) => {
      const host = s.person();
      const link = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${s.token(30)}%40thread.v2/0`;
      const topic = s.pick([
        'Ward 4B staffing huddle',
        'M&M conference planning',
        'Lab safety walkthrough',
        'PhD progress review',
      ]);
      return {
        ...internal(host),
        subject: topic,
        ...letter(s, {
          paras: [
            s.pick(['Short one to agree next steps.', 'Agenda to follow.', 'Please come with your updates.']),
            'Microsoft Teams meeting',
            `Join: ${link}`,
          ],
          sign: [host.first],
        }),
        parts: [
          {
            type: 'text/calendar',
            name: 'meeting.ics',
            content: invitation({
              uid: `${s.token(20)}@${ORG.domain}`,
              organizer: host.address,
              attendee: s.me.address,
              summary: topic,
              description: `Microsoft Teams meeting\nJoin: ${link}`,
              location: 'Microsoft Teams Meeting',
              start: `2026${s.pick(['11', '12'])}${String(s.int(1, 28)).padStart(2, '0')}T${s.int(13, 20)}0000Z`,
            }),
          },
        ],
      };
    },
  },
  {
    name: 'research-mailing-list',
    kind: 'ham',
    make: (s) => {
      const list = s.pick([
        {
          id: 'neuroimaging-l.lists.ashbury.edu.example',
          host: 'lists.ashbury.edu.example',
          tag: '[NEUROIMAGING-L]',
        },
        {
          id: 'epi-methods.lists.lindqvist-institute.example',
          host: 'lists.lindqvist-institute.example',
          tag: '[epi-methods]',
        },
        { id: 'ctu-managers.lists.corp.example', host: `lists.${ORG.domain}`, tag: '[CTU-Managers]' },
      ]);
      const home = s.partner();
      const poster = s.outsider(home.domain);
      return {
        from: {
          name: `${poster.name} via ${list.tag.slice(1, -1)}`,
          address: `${list.id.split('.')[0]}@${list.host}`,
        },
        replyTo: poster.address,
        auth: auth.aligned(list.host.replace(/^lists\./, ''), list.host),
        to: `${list.id.split('.')[0]}@${list.host}`,
        headers: listHeaders(list.id, list.host),
        subject: `${list.tag} ${s.pick(['Postdoc position in computational neuroscience', 'Question: handling missing covariates in mixed models', 'CFP: satellite workshop (deadline extended)', 'Software release: preprocessing pipeline v2.3'])}`,
        ...letter(s, {
          format: 'text',
          greeting: s.pick(['Dear list,', 'Hi all,', 'Dear colleagues,']),
          paras: [
            s.pick([
              'We are recruiting a two-year postdoc. Details and how to apply are on our group page; informal enquiries welcome by email.',
              'Has anyone compared multiple imputation with full-information maximum likelihood for this? References appreciated.',
              'The deadline for short papers is extended by one week. Submission is through the usual conference system.',
            ]),
          ],
          sign: [poster.name, home.name],
          footer: [`To unsubscribe, visit https://${list.host}/unsubscribe`],
        }),
      };
    },
  },
  {
    name: 'student-freemail-extension',
    kind: 'ham',
    make: (s) => {
      const student = s.person();
      const address = s.freemail(student.first, student.last);
      return {
        from: { name: s.pick([student.name, student.first.toLowerCase()]), address },
        auth: auth.freemail(address),
        subject: s.same(['Extension request for assignment', 'Reference letter?', 'question about the exam']),
        ...letter(s, {
          format: 'text',
          greeting: s.pick([`Dear Dr ${s.me.last},`, `Hi Professor ${s.me.last},`, 'Hello,']),
          paras: [
            s.pick([
              'I\u2019m so sorry to email from my personal account, my student email is locked until IT resets it.',
              `I\u2019m in your ${s.pick(['Tuesday', 'Thursday'])} section.`,
            ]),
            s.same([
              'I was unwell this week (I have a doctor\u2019s note) and would like to ask for a 3-day extension on the case study.',
              'Could I get a reference letter for a summer research programme? The deadline is the 15th and I can send you my CV.',
              'Will the exam cover chapters 9 and 10 or only up to 8?',
            ]),
          ],
          sign: ['Thank you,', student.name, ...(s.chance(0.5) ? [`Student ID ${s.ref('', 8)}`] : [])],
        }),
      };
    },
  },
  {
    name: 'department-head-urgent',
    kind: 'ham',
    make: (s) => {
      const head = s.person();
      return {
        ...internal(head),
        subject: s.same([
          s.pick(['URGENT: numbers for the accreditation visit', 'Need this today please']),
          'Cover for tomorrow\u2019s clinic',
          'Today 4pm - please attend',
        ]),
        ...letter(s, {
          format: s.pick(['text', 'both']),
          greeting: `${s.me.first},`,
          paras: [
            s.same([
              'The accreditation panel moved its visit forward. Can you put the teaching hours for your modules into the shared spreadsheet on the department drive by 2pm? Same file as last year.',
              `${s.person().first} is off sick. Could you cover the ${s.pick(['morning', 'afternoon'])} clinic tomorrow? Let me know by 5 so I can tell the clinic manager.`,
              'The Dean has asked every group lead to attend the 4pm briefing on the budget in the Board Room. It will be short.',
            ]),
            'Call me on my extension if anything is unclear.',
          ],
          sign: [
            head.first,
            head.title.replace(/.*/, s.pick(['Head of Department', 'Chair', 'Clinical Director'])),
          ],
        }),
      };
    },
  },
  {
    name: 'vendor-invoice-real',
    kind: 'ham',
    make: (s) => {
      const vendor = s.pick([
        { name: 'LabSource Scientific', domain: 'labsource-med.example' },
        { name: 'Northstar Medical Supply', domain: 'northstar-med.example' },
        { name: 'ClearView Surgical', domain: 'clearview-med.example' },
      ]);
      const inv = s.ref('INV', 7);
      const amount = s.money(400, 38_000);
      return {
        from: { name: `${vendor.name} Accounts Receivable`, address: `ar@${vendor.domain}` },
        auth: auth.aligned(vendor.domain),
        to: `"Accounts Payable" <accounts.payable@${ORG.domain}>`,
        subject: `Invoice ${inv} - PO ${s.ref('45', 8)}`,
        ...letter(s, {
          greeting: 'Dear Accounts Payable,',
          paras: [
            `Please find attached invoice ${inv} for $${amount}, payable within 30 days to the account on file.`,
            'Our bank details have not changed. If you ever receive a request to change them, please call your account manager on the number in your contract.',
          ],
          sign: ['Accounts Receivable', vendor.name],
        }),
        parts: [
          pdf(`${inv}.pdf`, [
            vendor.name,
            `INVOICE ${inv}`,
            `Bill to: ${ORG.hospital}`,
            `Total: $${amount}`,
            'Terms: Net 30',
          ]),
        ],
      };
    },
  },
  {
    name: 'on-call-rota',
    kind: 'ham',
    make: (s) => {
      const coordinator = s.person();
      return {
        ...internal(coordinator),
        to: `"${s.pick(['Emergency Medicine Residents', 'Cardiology Registrars', 'Ward 4B Nursing'])}" <${s.pick(['em-residents', 'cardio-reg', 'ward4b'])}@${ORG.domain}>`,
        subject: s.pick([
          `On-call rota ${s.pick(['December', 'January'])} (final)`,
          'Holiday rota - swaps by Friday',
          'Updated night shift rota',
        ]),
        ...letter(s, {
          greeting: 'Hi all,',
          paras: [
            'Attached is the final on-call rota. Swaps must be agreed between yourselves and emailed to me by Friday so I can update the switchboard.',
            `Reminder: the handover is at ${s.pick(['08:00', '20:00'])} in the ${s.pick(['ED seminar room', 'doctors\u2019 office'])}.`,
          ],
          sign: signature(coordinator, s),
        }),
        parts: [
          pdf('On-call_Rota.pdf', [
            'On-call rota',
            `${ORG.hospital}`,
            'Week 1-6',
            'Swaps to the rota coordinator',
          ]),
        ],
      };
    },
  },
  {
    name: 'hospital-newsletter',
    kind: 'ham',
    make: (s) => ({
      ...office('KVU Health News', 'communications'),
      headers: [`List-Unsubscribe: <https://news.${ORG.domain}/unsubscribe?u=${s.token(10)}>`],
      subject: s.pick([
        'This week at KVU Health: new cardiac unit opens',
        'KVU Health News - staff awards, parking update, flu clinics',
        'Your weekly staff bulletin',
      ]),
      ...letter(s, {
        format: s.pick(['html', 'both']),
        brand: 'KVU Health News',
        paras: [
          'New cardiac catheterisation lab opens on level 3 this month.',
          `Staff awards nominations close ${s.date()}.`,
          'Flu vaccination clinics run every weekday in the atrium, 7:30-10:00.',
          'Parking: Garage 2 closes for resurfacing next weekend.',
        ],
        button: {
          label: 'Read the full bulletin',
          href: `https://news.${ORG.domain}/bulletin/${s.int(100, 400)}`,
        },
        sign: ['Communications & Marketing', ORG.hospital],
        footer: ['You receive this as a member of KVU staff.'],
      }),
    }),
  },
  {
    name: 'seminar-announcement',
    kind: 'ham',
    make: (s) => {
      const home = s.partner();
      const speaker = s.outsider(home.domain);
      return {
        ...office(
          s.pick([
            'Neuroscience Research Institute',
            'School of Public Health',
            'Department of Microbiology',
          ]),
          'seminars',
        ),
        subject: `Seminar: ${s.pick(['Antimicrobial stewardship in the ICU', 'Single-cell atlases of the ageing brain', 'Causal inference with registry data'])} - ${speaker.name}`,
        ...letter(s, {
          greeting: 'Dear all,',
          paras: [
            `Join us on ${s.weekday()} at ${s.time()} in the Health Sciences Lecture Theatre for a seminar by ${speaker.name} (${home.name}). Lunch provided from 12:30.`,
            `Online: https://kvu.zoom.us/j/${s.int(80_000_000_000, 99_999_999_999)}`,
          ],
          sign: ['Seminar Committee'],
        }),
      };
    },
  },
  {
    name: 'infosec-report-phishing-reminder',
    kind: 'ham',
    make: (s) => ({
      ...office('KVU Information Security Office', 'infosec'),
      subject: s.pick([
        'Phishing alert: fake payroll emails circulating',
        'Security reminder: don\u2019t approve MFA prompts you didn\u2019t start',
        'Holiday season scams - what to watch for',
      ]),
      ...letter(s, {
        greeting: 'Dear colleagues,',
        paras: [
          s.pick([
            'We are seeing emails that claim to come from Payroll and ask staff to "confirm direct deposit" on an outside website. Payroll will never ask you to do this by email.',
            'Attackers sometimes trigger repeated Duo prompts hoping someone approves one. If you get a prompt you didn\u2019t start, deny it and report it.',
            'Expect more gift card requests in the names of senior leaders. No leader at KVU will ask you to buy gift cards.',
          ]),
          'Use the Report button in Outlook to report suspicious mail. You can read more at the security pages.',
        ],
        button: { label: 'Security awareness pages', href: `https://security.${ORG.domain}/phishing` },
        sign: ['Information Security Office', ORG.name],
      }),
    }),
  },
  {
    name: 'epic-downtime-notice',
    kind: 'ham',
    make: (s) => ({
      ...office('Clinical Applications', 'clinapps'),
      subject: s.pick([
        `Planned Epic downtime ${s.weekday()} 01:00-03:00`,
        'Epic upgrade this weekend - downtime procedures',
      ]),
      ...letter(s, {
        format: 'text',
        greeting: 'All clinical staff,',
        paras: [
          'Epic will be unavailable for a planned upgrade. Read-only BCA workstations on every unit will remain available; use downtime forms for orders.',
          `Downtime procedures are on the intranet: https://intranet.${ORG.domain}/clinical/downtime`,
        ],
        sign: ['Clinical Applications Support', `x${s.int(4000, 4999)}`],
      }),
    }),
  },
  {
    name: 'servicenow-ticket-resolved',
    kind: 'ham',
    make: (s) => {
      const ticket = s.ref('INC', 7);
      return {
        from: { name: 'KVU Service Desk', address: `servicedesk@${ORG.domain}` },
        auth: auth.relayed(ORG.domain, 'kvu.service-now.com', ORG.domain),
        subject: `${ticket} has been resolved - ${s.pick(['Printer on ward 6 offline', 'VPN not connecting', 'New laptop setup', 'Shared drive access'])}`,
        ...letter(s, {
          greeting: `Hello ${s.me.first},`,
          paras: [
            `Your incident ${ticket} has been resolved. If the problem persists, reply to this email within 5 days to reopen it.`,
          ],
          button: {
            label: 'View incident',
            href: `https://kvu.service-now.com/sp?id=ticket&table=incident&number=${ticket}`,
          },
          sign: ['IT Service Desk'],
        }),
      };
    },
  },
  {
    name: 'parking-permit-renewal-real',
    kind: 'ham',
    make: (s) => ({
      ...office('Parking & Transportation Services', 'parking'),
      subject: s.pick([
        '2027 staff parking permit renewal opens',
        'Your parking permit expires on 31 December',
      ]),
      ...letter(s, {
        greeting: `Dear ${s.me.first},`,
        paras: [
          'Permit renewals for 2027 are open. Payroll deduction continues automatically for existing permit holders; no action is needed unless you want to change lots.',
          'Manage your permit in the parking portal.',
        ],
        button: { label: 'Parking portal', href: `https://parking.${ORG.domain}/permits` },
        sign: ['Parking & Transportation Services'],
      }),
    }),
  },
  {
    name: 'alumni-foundation-newsletter',
    kind: 'ham',
    make: (s) => ({
      from: { name: 'KVU Foundation', address: `giving@${ORG.domain}` },
      auth: auth.relayed(ORG.domain, 'bounce.giving.corp.example', ORG.domain),
      headers: [`List-Unsubscribe: <https://giving.${ORG.domain}/unsubscribe?id=${s.token(12)}>`],
      subject: s.same(['Giving Tuesday: support the Children\u2019s Hospital', 'Thank you for your gift']),
      ...letter(s, {
        format: s.pick(['html', 'both']),
        brand: 'KVU Foundation',
        paras: [
          s.same([
            'This Giving Tuesday every gift to the Children\u2019s Hospital family support fund helps a family stay close to their child during treatment.',
            'Thank you for your gift this year. Your tax receipt is available in your donor account.',
          ]),
        ],
        button: { label: 'Give online', href: `https://giving.${ORG.domain}/childrens-hospital` },
        sign: ['KVU Foundation'],
        footer: ['KVU Foundation is a registered charity.'],
      }),
    }),
  },
  {
    name: 'irb-approval-real',
    kind: 'ham',
    make: (s) => {
      const proto = s.ref('IRB-2026-', 4);
      return {
        ...office('Human Research Protection Program', 'irb'),
        subject: s.pick([`Approval: ${proto}`, `Modification approved - ${proto}`]),
        ...letter(s, {
          greeting: `Dear Dr. ${s.me.last},`,
          paras: [
            `The IRB has ${s.pick(['approved', 'acknowledged'])} the submission for ${proto}. The approval letter and stamped consent documents are in the IRB system.`,
            'Please use only the stamped consent forms.',
          ],
          button: { label: 'Open study workspace', href: `https://irb.${ORG.domain}/Study/${proto}` },
          sign: ['HRPP Office', ORG.name],
        }),
      };
    },
  },
  {
    name: 'conference-registration-receipt',
    kind: 'ham',
    make: (s) => {
      const conf = s.pick([
        'American Heart Association Scientific Sessions 2026',
        'IDWeek 2026',
        'Society for Neuroscience 2026',
      ]);
      const amount = s.money(450, 1100);
      return {
        from: { name: `${conf} Registration`, address: 'noreply@cvent.com' },
        auth: auth.aligned('cvent.com'),
        subject: `Registration confirmation - ${conf}`,
        ...letter(s, {
          greeting: `Dear ${s.me.name},`,
          paras: [
            `Thank you for registering. Your confirmation number is ${s.token(8).toUpperCase()}.`,
            `Amount paid: $${amount} (card ending ${s.int(1000, 9999)}).`,
          ],
          button: {
            label: 'Modify registration',
            href: `https://web.cvent.com/event/${s.token(8)}-${s.token(4)}/regProcessStep1`,
          },
          sign: ['Registration Team'],
        }),
        parts: [pdf('Receipt.pdf', [conf, 'Receipt', `Paid: $${amount}`])],
      };
    },
  },
  {
    name: 'concur-travel-itinerary',
    kind: 'ham',
    make: (s) => ({
      from: { name: 'SAP Concur', address: 'AutoNotification@concursolutions.com' },
      auth: auth.aligned('concursolutions.com'),
      subject: s.same([
        'Travel itinerary confirmed',
        'Expense report approved',
        'Your expense report was sent back',
      ]),
      ...letter(s, {
        paras: [
          s.same([
            `Your trip to ${s.pick(['Chicago', 'Lisbon', 'San Diego'])} on ${s.date()} is confirmed.`,
            'Your expense report has been approved and will be reimbursed in the next payroll.',
            'Your manager sent back your report: please attach the receipt for the hotel.',
          ]),
        ],
        button: { label: 'Open Concur', href: 'https://www.concursolutions.com/nui/signin' },
        sign: ['SAP Concur'],
      }),
    }),
  },
  {
    name: 'amazon-business-order',
    kind: 'ham',
    make: (s) => ({
      from: { name: 'Amazon Business', address: 'auto-confirm@amazon.com' },
      auth: auth.aligned('amazon.com'),
      subject: `Your Amazon Business order #${s.int(100, 999)}-${s.int(1_000_000, 9_999_999)}-${s.int(1_000_000, 9_999_999)}`,
      ...letter(s, {
        greeting: `Hello ${s.me.first},`,
        paras: [
          `Thank you for your order of ${s.pick(['pipette tips (10 racks)', 'a label printer', 'USB-C docking stations (3)'])}. It will be delivered to ${s.pick(['Biochemistry Stores', 'Research Building Loading Dock'])} by ${s.date()}.`,
        ],
        button: {
          label: 'View or manage order',
          href: 'https://www.amazon.com/gp/your-account/order-details',
        },
        sign: ['Amazon Business'],
      }),
    }),
  },
  {
    name: 'tuition-bill-real',
    kind: 'ham',
    make: (s) => ({
      ...office('Student Financial Services', 'bursar'),
      subject: s.same([
        s.pick(['Your spring tuition statement is ready', 'Payment reminder: balance due']),
        'Refund issued to your account',
      ]),
      ...letter(s, {
        greeting: `Dear ${s.me.first},`,
        paras: [
          s.same([
            `Your spring statement is ready. Balance due by ${s.date()}: $${s.money(800, 9000)}.`,
            `A refund of $${s.money(100, 1500)} has been issued to the bank account you registered in the student portal.`,
          ]),
          'Sign in to the student portal to view details. We never ask for card or bank details by email.',
        ],
        button: { label: 'Student portal', href: `https://student.${ORG.domain}/finances` },
        sign: ['Student Financial Services'],
      }),
    }),
  },
  {
    name: 'financial-aid-disbursement',
    kind: 'ham',
    make: (s) => ({
      ...office('Office of Financial Aid', 'finaid'),
      subject: s.same([
        'Your financial aid has been disbursed',
        'Action needed: complete your verification documents',
      ]),
      ...letter(s, {
        format: 'text',
        greeting: `Dear ${s.me.first},`,
        paras: [
          s.same([
            'Your spring financial aid has been applied to your student account. Any credit balance will be refunded within 10 business days.',
            'Your FAFSA was selected for verification. Please upload the requested documents in the student portal; we cannot disburse aid until verification is complete.',
          ]),
          `Questions: visit us in the Student Services Building or call ${ORG.phone}.`,
        ],
        sign: ['Office of Financial Aid', ORG.name],
      }),
    }),
  },
  {
    name: 'colleague-traveling-freemail',
    kind: 'ham',
    make: (s) => {
      const colleague = s.person();
      const address = s.freemail(colleague.first, colleague.last);
      return {
        from: { name: colleague.name, address },
        auth: auth.freemail(address),
        cc: colleague.address,
        subject: s.pick([
          'Slides for tomorrow',
          'From my personal email - lab meeting',
          'Can you print this for me?',
        ]),
        ...letter(s, {
          format: 'text',
          greeting: `Hi ${s.me.first},`,
          paras: [
            'I\u2019m at the conference and the hotel wifi blocks VPN, so writing from my own address (cc\u2019ing my work one).',
            s.pick([
              'Could you present my two slides at lab meeting tomorrow? They\u2019re in our group folder under /lab-meeting.',
              'Could you print the poster draft in the group folder and leave it on my desk? No rush.',
            ]),
          ],
          sign: [colleague.first],
        }),
      };
    },
  },
  {
    name: 'ehs-training-reminder',
    kind: 'ham',
    make: (s) => ({
      ...office('Environmental Health & Safety', 'ehs'),
      subject: s.pick([
        'Lab safety training due',
        'Biosafety refresher training required',
        'Reminder: safety training expires soon',
      ]),
      ...letter(s, {
        greeting: `Dear ${s.me.first},`,
        paras: [
          `Our records show your ${s.pick(['laboratory safety', 'bloodborne pathogens', 'biosafety level 2'])} training expires on ${s.date()}. Please complete the online module in the KVU training system.`,
        ],
        button: { label: 'Training catalogue', href: `https://training.${ORG.domain}/ehs` },
        sign: ['EHS Training'],
      }),
    }),
  },
  {
    name: 'occupational-health-flu-clinic',
    kind: 'ham',
    make: (s) => ({
      ...office('Employee Health Services', 'employeehealth'),
      subject: s.pick(['Flu vaccination clinics this week', 'Walk-in flu clinics in the atrium']),
      ...letter(s, {
        greeting: 'Dear colleague,',
        paras: [
          'Walk-in flu vaccination clinics run Monday-Friday in the hospital atrium. Bring your staff ID. If you were vaccinated elsewhere, upload your record in the employee health portal.',
        ],
        button: { label: 'Employee health portal', href: `https://employeehealth.${ORG.domain}` },
        sign: ['Employee Health Services'],
      }),
    }),
  },
  {
    name: 'hpc-maintenance-list',
    kind: 'ham',
    make: (s) => ({
      from: { name: 'Research Computing', address: `rc-announce@lists.${ORG.domain}` },
      auth: auth.aligned(ORG.domain, `lists.${ORG.domain}`),
      headers: listHeaders(`rc-announce.lists.${ORG.domain}`, `lists.${ORG.domain}`),
      subject: s.pick([
        '[rc-announce] Cluster maintenance next Tuesday',
        '[rc-announce] Scratch purge reminder',
        '[rc-announce] New GPU nodes available',
      ]),
      ...letter(s, {
        format: 'text',
        greeting: 'Hello researchers,',
        paras: [
          s.pick([
            'The cluster will be unavailable from 06:00 to 18:00 for firmware updates. Jobs that would overlap the window will be held.',
            'Files older than 60 days in /scratch are purged on the first of the month. Move anything you need to your project space.',
          ]),
          `Status page: https://status.rc.${ORG.domain}`,
        ],
        sign: ['Research Computing'],
      }),
    }),
  },
  {
    name: 'society-membership-renewal',
    kind: 'ham',
    make: (s) => {
      const society = s.pick([
        { name: 'Society for Clinical Trials Methodology', domain: 'sctm.example.org' },
        { name: 'Association of Perioperative Nurses', domain: 'aopn.example.org' },
      ]);
      return {
        from: { name: society.name, address: `membership@${society.domain}` },
        auth: auth.aligned(society.domain),
        subject: s.pick([
          'Your membership renews on 1 January',
          'Renew your membership for 2027',
          'Member benefits: journal access',
        ]),
        ...letter(s, {
          greeting: `Dear ${s.me.first},`,
          paras: [
            `Your membership expires on 31 December. Renew online to keep your journal access and the member rate for the annual meeting.`,
          ],
          button: { label: 'Renew membership', href: `https://www.${society.domain}/membership/renew` },
          sign: ['Membership Services', society.name],
        }),
      };
    },
  },
  {
    name: 'duo-device-added',
    kind: 'ham',
    make: (s) => ({
      from: { name: 'Duo Security', address: 'no-reply@duosecurity.com' },
      auth: auth.aligned('duosecurity.com'),
      subject: s.pick(['A new device was added to your account', 'Duo: new authentication device enrolled']),
      ...letter(s, {
        paras: [
          `A new ${s.pick(['iPhone', 'Android phone', 'security key'])} was added to your KVU Duo account on ${s.date()} at ${s.time()}.`,
          `If you did this, no action is required. If you did not, contact the KVU Service Desk at ${ORG.phone}.`,
        ],
        sign: ['Duo Security, on behalf of Kestrel Valley University'],
      }),
    }),
  },
  {
    name: 'grant-budget-question-finance',
    kind: 'ham',
    make: (s) => {
      const accountant = s.person();
      return {
        ...internal(accountant),
        subject: `Grant ${s.ref('G', 6)} - overspend on consumables`,
        ...letter(s, {
          format: 'text',
          greeting: `Hi ${s.me.first},`,
          paras: [
            `The consumables line on your grant is overspent by $${s.money(300, 9000)} after this month\u2019s orders. Could we move it to the equipment line, or should I charge it to your discretionary account?`,
            'No rush before Friday. The ledger report is in the grant finance portal.',
          ],
          sign: signature(accountant, s),
        }),
      };
    },
  },
  {
    name: 'visiting-partner-collaborator',
    kind: 'ham',
    make: (s) => {
      const partner = s.partner();
      const colleague = s.outsider(partner.domain);
      return {
        from: { name: colleague.name, address: colleague.address },
        auth: auth.aligned(partner.domain),
        subject: s.same(['Data sharing agreement - comments', 'Visit in March']),
        ...letter(s, {
          format: s.pick(['text', 'both']),
          greeting: `Dear ${s.me.first},`,
          paras: [
            s.same([
              'Our legal team has two comments on the data sharing agreement; I\u2019ve marked them in the attached copy. Otherwise we are ready to sign.',
              'I\u2019ll be visiting in March and would love to see the imaging facility. Would the week of the 16th work?',
            ]),
          ],
          sign: ['Best wishes,', colleague.name, partner.name],
        }),
        parts: s.chance(0.5)
          ? [pdf('DSA_comments.pdf', ['Data Sharing Agreement', 'Draft with comments', partner.name])]
          : undefined,
      };
    },
  },
  {
    name: 'workday-payment-election-changed',
    kind: 'ham',
    make: (s) => ({
      from: { name: 'Workday', address: 'kvu@myworkday.com' },
      auth: auth.aligned('myworkday.com'),
      subject: s.pick([
        'Your payment elections have been changed',
        'Confirmation: direct deposit updated',
        'Business process complete: Payment Elections',
      ]),
      ...letter(s, {
        greeting: `Dear ${s.me.first},`,
        paras: [
          `The bank account for your pay was changed in Workday on ${s.date()} at ${s.time()}. The change takes effect from the next pay run; the account ends in ${s.int(1000, 9999)}.`,
          `If you made this change, no action is needed. If you did not, call the HR Service Centre on ${ORG.phone} straight away so that we can stop the payment. Do not reply to this email.`,
        ],
        sign: ['KVU Payroll Services'],
        footer: ['This notification was generated automatically by Workday.'],
      }),
    }),
  },
  {
    name: 'study-participant-gift-card',
    kind: 'ham',
    make: (s) => {
      const coordinator = s.person();
      return {
        ...internal(coordinator),
        subject: s.pick([
          'Thank you for taking part - your gift card',
          'Study visit 2 compensation',
          'Your e-gift card for completing the survey',
        ]),
        ...letter(s, {
          greeting: `Dear ${s.me.first},`,
          paras: [
            `Thank you for completing ${s.pick(['visit 2 of the Sleep and Shift Work Study', 'the student wellbeing survey', 'the hand-hygiene observation study'])} (IRB ${s.ref('IRB-2025-', 4)}).`,
            `As described in the consent form, here is your $${s.pick(['25', '40', '50'])} ${s.pick(['Amazon', 'Visa'])} e-gift card: claim code ${s.token(4).toUpperCase()}-${s.token(6).toUpperCase()}-${s.token(4).toUpperCase()}.`,
            'You don\u2019t need to reply. If the code doesn\u2019t work, let me know and I\u2019ll send a new one.',
          ],
          sign: signature(coordinator, s),
        }),
      };
    },
  },
  {
    name: 'microsoft-password-changed',
    kind: 'ham',
    make: (s) => ({
      from: {
        name: 'Microsoft account team',
        address: 'account-security-noreply@accountprotection.microsoft.com',
      },
      auth: auth.aligned('accountprotection.microsoft.com'),
      subject: s.same([
        'Your Microsoft account password has changed',
        'Microsoft account security info was added',
      ]),
      ...letter(s, {
        brand: 'Microsoft account',
        paras: [
          s.same([
            `The password for the Microsoft account ${s.me.first[0].toLowerCase()}***@${s.pick(['outlook.com', 'hotmail.com'])} was changed on ${s.date()}.`,
            `The following security info was recently added to the Microsoft account ${s.me.first[0].toLowerCase()}***@${s.pick(['outlook.com', 'hotmail.com'])}: a phone number ending in ${s.int(10, 99)}.`,
          ]),
          'If this was you, you can safely ignore this email. If not, someone may be using your account: review your recent activity at account.microsoft.com and secure your account.',
        ],
        button: { label: 'Review activity', href: 'https://account.live.com/activity' },
        sign: ['Thanks,', 'The Microsoft account team'],
      }),
    }),
  },
  {
    name: 'law-firm-records-request-real',
    kind: 'ham',
    make: (s) => {
      const firm = s.pick([
        { name: 'Whitcombe & Lowry LLP', domain: 'whitcombelowry.example.com' },
        { name: 'Dunmore Legal Group', domain: 'dunmorelegal.example' },
      ]);
      const paralegal = s.outsider(firm.domain, 'Paralegal');
      const patient = s.person();
      return {
        from: { name: paralegal.name, address: paralegal.address },
        auth: auth.aligned(firm.domain),
        to: `"Health Information Management" <him@${ORG.domain}>`,
        subject: `Request for medical records - ${patient.last.toUpperCase()}, ${patient.first} (DOB on authorisation)`,
        ...letter(s, {
          format: s.pick(['text', 'both']),
          greeting: 'Dear Release of Information team,',
          paras: [
            `We represent ${patient.name} in a personal injury matter. Please find attached a HIPAA-compliant authorisation signed by our client for records of treatment at ${ORG.hospital} from ${s.pick(['March', 'May', 'July'])} 2025 to date.`,
            'Please process this under your usual release-of-information procedure and let us know the copying fee. We are happy to receive the records by post or through your records portal; we do not need them by email.',
          ],
          sign: [
            'Kind regards,',
            paralegal.name,
            'Paralegal',
            firm.name,
            `Tel. +1 555 01${s.int(10, 99)} ${s.int(1000, 9999)}`,
          ],
        }),
        parts: [
          pdf('Signed_Authorization.pdf', [
            'AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION',
            `Patient: ${patient.name}`,
            `Release to: ${firm.name}`,
            'Signed by patient',
          ]),
        ],
      };
    },
  },
];

export const UNSEEN_HAM_15_TEMPLATES: readonly Template[] = [...HAM, ...moreHam, ...localHam];
export const UNSEEN_HAM_15_TEMPLATE_COUNT: number = UNSEEN_HAM_15_TEMPLATES.length;

export async function unseenHam15(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return buildSet(UNSEEN_HAM_15_TEMPLATES, perTemplate, seed, seededRandom, 160_000);
}
