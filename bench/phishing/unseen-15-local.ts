// More of the fifteenth unseen set, kept apart so that no file grows past ~1,400 lines: the rest of the
// English phishing (donation and gift-card scams, QR codes in PDFs and inline images, ZIP, ISO, macro and
// HTML attachments, callback scams, fake e-signature, Teams and calendar lures, courier, ticket, tax, rota,
// EHR, occupational-health, visa, ORCID and housing scams), then the mail in other languages, as KVU's
// international students, staff and partners get it: Spanish, Chinese, German, Korean and Arabic phishing
// (scholarships, mailbox quota, embassy callback scams, tuition-payment agents, password expiry, grant
// portals, research-fund settlement), a few English legitimate notices, and legitimate mail in the same
// languages.
import { diskImage, macroWorkbook, qrJpeg, qrPng, zipOf } from './payloads.js';
import { attacker, auth, credentialPage, htmlFile, letter, ORG, type Template } from './unseen-15-scene.js';
import { invitation, onePagePdf, protectedZip } from './unseen-payloads.js';

export const morePhishing: Template[] = [
  {
    name: 'alumni-donation-appeal',
    kind: 'donation-scam',
    make: (s) => {
      const a = attacker(
        s,
        s.pick([
          'KVU Alumni Association',
          'Kestrel Valley Children\u2019s Hospital Fund',
          'Alumni Giving Office',
        ]),
        'giving',
        ['kvu', 'alumni'],
        ['lookalike', 'freemail'],
      );
      return {
        ...a,
        subject: s.same([
          'Matching gift deadline tonight',
          'Help a KVU nurse family after the fire',
          'Your annual gift - card payment failed',
        ]),
        ...letter(s, {
          greeting: `Dear ${s.me.first},`,
          paras: [
            s.same([
              'An anonymous donor will match every gift made before midnight to the Children\u2019s Hospital Fund, up to $50,000.',
              `One of our own nurses lost everything in a house fire last week. Colleagues are collecting to help the family.`,
              'Your recurring gift could not be processed. Please update your card to continue your support.',
            ]),
            s.pick(['Give securely below.', 'Donations by Zelle or gift card can also be sent by reply.']),
          ],
          button: { label: 'Donate now', href: s.lure(s.attackerDomain('give', 'kvu'), 'donate') },
          sign: [a.from.name],
        }),
      };
    },
  },
  {
    name: 'dean-gift-cards',
    kind: 'gift-card-bec',
    make: (s) => {
      const boss = s.person();
      const title = s.pick([
        'Dean, School of Medicine',
        'Chair, Department of Surgery',
        'Director of Nursing',
        'Head of Department',
      ]);
      const address = s.pick([
        s.freemail(boss.first, boss.last),
        `${boss.address.split('.')[0]}.office@${s.attackerDomain('kvu', 'mail')}`,
      ]);
      return {
        from: { name: s.pick([boss.name, `Dr. ${boss.name}`, `${boss.name} - ${title}`]), address },
        auth: auth.freemail(address),
        subject: s.pick([
          'Quick favour',
          'Are you available?',
          'Request',
          'Need your help - confidential',
          'Surprise for the team',
        ]),
        ...letter(s, {
          format: 'text',
          greeting: s.pick([`${s.me.first},`, `Hi ${s.me.first}`, 'Hello']),
          paras: [
            s.pick([
              'Are you on campus? I need you to handle something for me discreetly. I am in back-to-back meetings with the provost and can\u2019t take calls.',
              `I want to surprise the ${s.pick(['ward nurses', 'residents', 'lab team'])} with gift cards for their hard work this month. Can you pick some up today?`,
            ]),
            s.pick([
              `Get ${s.int(5, 10)} ${s.pick(['Amazon', 'Apple', 'Visa', 'Target'])} gift cards at $${s.pick(['100', '200'])} each. Scratch the back and send me photos of the codes. I\u2019ll reimburse you this evening.`,
              'Reply with your cell number and I will text you the details.',
            ]),
          ],
          sign: [
            boss.first,
            ...(s.chance(0.5) ? [title] : []),
            ...(s.chance(0.5) ? ['Sent from my iPad'] : []),
          ],
        }),
      };
    },
  },
  {
    name: 'qr-pdf-mfa-update',
    kind: 'qr-pdf-mfa',
    make: async (s) => {
      const a = attacker(
        s,
        s.pick(['IT Security', 'Microsoft 365 Security', 'KVU Information Security Office']),
        'security',
        ['kvu', 'security'],
        ['forged', 'lookalike', 'compromised'],
      );
      const target = s.lure(s.attackerDomain('kvu', 'mfa'), 'm');
      return {
        ...a,
        subject: s.pick([
          'Multi-factor authentication update required',
          `2FA security review - ${s.me.first}`,
          'Your Microsoft Authenticator needs re-verification',
          `Document ${s.ref('SEC-', 5)} for your attention`,
        ]),
        ...letter(s, {
          greeting: s.pick([`Hi ${s.me.first},`, '']),
          paras: [
            s.pick([
              'Please review the attached notice and complete the update from your mobile device.',
              'Scan the QR code in the attached PDF with your phone camera to keep your MFA active.',
            ]),
          ],
          sign: [a.from.name],
        }),
        parts: [
          {
            type: 'application/pdf',
            name: s.pick(['MFA_Update.pdf', 'Security_Notice.pdf', `${s.me.last}_2FA.pdf`]),
            content: onePagePdf(
              [
                `${ORG.name} - Information Security`,
                'Your multi-factor authentication must be re-registered.',
                'Scan with your phone camera within 24 hours.',
              ],
              { jpeg: await qrJpeg(target) },
            ),
          },
        ],
      };
    },
  },
  {
    name: 'qr-benefits-enrolment',
    kind: 'benefits-qr',
    make: async (s) => {
      const a = attacker(
        s,
        s.pick(['Benefits Administration', 'HR Benefits', 'Open Enrollment Team']),
        'benefits',
        ['kvu', 'benefits'],
        ['lookalike', 'forged'],
      );
      const target = s.lure(s.attackerDomain('benefits', 'enroll'), 'oe');
      const png = await qrPng(target);
      return {
        ...a,
        subject: s.pick([
          'Open Enrollment 2027 closes Friday',
          'Benefits election confirmation required',
          'Your 2027 benefits summary',
        ]),
        html: [
          '<html><body style="font-family:Arial">',
          `<p>Dear ${s.me.first},</p>`,
          `<p>${s.pick(['Open enrollment closes this Friday. Employees who do not confirm will be enrolled in the default plan.', 'Your benefit elections could not be confirmed. Please review them before the deadline.'])}</p>`,
          '<p>Scan the code below with your phone to review your elections:</p>',
          '<p><img src="cid:benefits-qr.png" alt="QR code" width="200" height="200"></p>',
          `<p>Benefits Administration<br>${ORG.name}</p></body></html>`,
        ].join('\n'),
        parts: [{ type: 'image/png', name: 'benefits-qr.png', content: png, inline: true }],
      };
    },
  },
  {
    name: 'invoice-zip-script',
    kind: 'zip-payload',
    make: (s) => {
      const vendor = s.pick([
        'Apex Lab Supplies',
        'Cryo Logistics',
        'Hospital Uniform Co',
        'Pathology Couriers Ltd',
      ]);
      const a = attacker(s, vendor, 'billing', ['billing'], ['lookalike', 'freemail']);
      const inner = s.pick([
        `Invoice_${s.ref('', 5)}.js`,
        'Statement.vbs',
        `Scan_${s.ref('', 4)}.lnk`,
        'PO_details.wsf',
      ]);
      const locked = s.chance(0.4);
      const password = s.ref('', 4);
      return {
        ...a,
        subject: s.pick([
          `Overdue invoice ${s.ref('', 6)}`,
          'Statement of account',
          `Copy of PO ${s.ref('PO', 6)}`,
        ]),
        ...letter(s, {
          greeting: 'Good day,',
          paras: [
            s.pick([
              'Please see the attached statement for overdue items.',
              'Attached is the invoice you requested.',
            ]),
            ...(locked ? [`Archive password: ${password}`] : []),
          ],
          sign: ['Accounts', vendor],
        }),
        parts: [
          {
            type: 'application/zip',
            name: s.pick(['Invoice.zip', 'Statement_Dec.zip', `Docs_${s.ref('', 4)}.zip`]),
            content: locked ? protectedZip(inner, s.n) : zipOf(inner),
          },
        ],
      };
    },
  },
  {
    name: 'iso-lab-results',
    kind: 'iso-payload',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['Reference Laboratory', 'Pathology Results', 'Radiology Image Exchange']),
        'results',
        ['lab', 'results'],
        ['lookalike', 'compromised'],
      );
      return {
        ...a,
        subject: s.pick([
          'Lab results for review',
          `Imaging report - patient ${s.ref('MRN', 7)}`,
          'Critical result notification',
        ]),
        ...letter(s, {
          format: 'text',
          greeting: 'Hello,',
          paras: [
            'Attached are the results you requested. Please open the attached image to view the full report (viewer included).',
          ],
          sign: [a.from.name],
        }),
        parts: [
          {
            type: 'application/octet-stream',
            name: s.pick(['Results.iso', 'Report_Viewer.img', `DICOM_${s.ref('', 5)}.iso`]),
            content: diskImage(),
          },
        ],
      };
    },
  },
  {
    name: 'callback-software-renewal',
    kind: 'callback-invoice',
    make: (s) => {
      const brand = s.pick(['Norton 360', 'McAfee Total Protection', 'PayPal', 'Geek Squad']);
      const address = s.freemail(
        s.pick(['billing', 'invoice', 'support']),
        s.pick(['dept', 'center', 'team']),
      );
      const phone = `+1 (8${s.int(0, 9)}${s.int(0, 9)}) ${s.int(200, 999)}-${s.int(1000, 9999)}`;
      const amount = s.money(289, 499);
      return {
        from: { name: `${brand} Billing`, address },
        auth: auth.freemail(address),
        subject: s.pick([
          `Your ${brand} subscription has been renewed`,
          `Order confirmation #${s.ref('', 9)}`,
          `Invoice ${s.ref('', 8)}: $${amount} charged`,
        ]),
        ...letter(s, {
          greeting: `Dear Customer,`,
          paras: [
            `Thank you for renewing your ${brand} plan. $${amount} has been charged to your account on file.`,
            `If you did not authorise this renewal, call our billing desk within 24 hours to cancel and receive a refund: ${phone}`,
          ],
          sign: ['Billing Department'],
        }),
        parts: s.chance(0.6)
          ? [
              {
                type: 'application/pdf',
                name: 'Invoice.pdf',
                content: onePagePdf([`${brand} - INVOICE`, `Amount: $${amount}`, `To cancel call ${phone}`]),
              },
            ]
          : undefined,
      };
    },
  },
  {
    name: 'callback-financial-aid',
    kind: 'callback-aid',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['Student Loan Forgiveness Center', 'Federal Aid Verification', 'Financial Aid Office']),
        'aid',
        ['loan', 'relief'],
        ['lookalike', 'freemail'],
      );
      const phone = `(5${s.int(10, 99)}) ${s.int(200, 999)}-${s.int(1000, 9999)}`;
      return {
        ...a,
        subject: s.pick([
          'Your loan forgiveness application is approved',
          'Final notice: verify your financial aid eligibility',
          'Public Service Loan Forgiveness - healthcare workers',
        ]),
        ...letter(s, {
          format: s.pick(['text', 'html']),
          greeting: `Dear ${s.me.first},`,
          paras: [
            'As a healthcare worker at a qualifying employer, you may be eligible to have your remaining student loan balance forgiven.',
            `Call a specialist at ${phone} before ${s.date()} to complete your enrolment. Have your loan servicer details ready.`,
          ],
          sign: [a.from.name],
        }),
      };
    },
  },
  {
    name: 'esign-fake-docusign',
    kind: 'esign-lure',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['DocuSign via KVU HR', 'Adobe Sign', 'DocuSign Electronic Signature']),
        'dse',
        ['docusign', 'sign'],
        ['lookalike', 'compromised', 'forged'],
      );
      const doc = s.pick([
        '2027 Employment Contract Renewal',
        'Clinical Privileges Reappointment',
        'Salary Increment Letter',
        'Confidentiality Agreement - Research Data',
      ]);
      return {
        ...a,
        subject: s.pick([`Please DocuSign: ${doc}`, `Completed: ${doc}`, `${doc} - signature needed`]),
        ...letter(s, {
          brand: s.pick(['DocuSign', 'Adobe Acrobat Sign']),
          colour: '#1e4ca1',
          paras: [
            `${s.pick(['Human Resources', 'Office of the Dean', 'Medical Staff Office'])} sent you a document to review and sign.`,
            doc,
          ],
          button: { label: 'REVIEW DOCUMENT', href: s.lure(s.attackerDomain('esign', 'doc'), 'envelope') },
          sign: ['Powered by DocuSign'],
          footer: ['Do not share this email. This email contains a secure link.'],
        }),
      };
    },
  },
  {
    name: 'teams-message-lure',
    kind: 'teams-chat-lure',
    make: (s) => {
      const sender = s.person();
      const a = attacker(s, 'Microsoft Teams', 'noreply', ['teams'], ['lookalike', 'forged']);
      return {
        ...a,
        subject: s.pick([
          `${sender.name} sent you a message`,
          `You have ${s.int(2, 6)} unread messages in Teams`,
          `${sender.first} mentioned you in ${s.pick(['Ward 4B Staff', 'Lab Group', 'Residents 2026'])}`,
        ]),
        ...letter(s, {
          brand: 'Microsoft Teams',
          colour: '#464eb8',
          paras: [
            `${sender.name}: "${s.pick(['Can you look at this before the meeting?', 'Urgent - pls check the document I sent', 'Are the updated shifts right?'])}"`,
          ],
          button: { label: 'Reply in Teams', href: s.lure(s.attackerDomain('teams', 'chat'), 'l/message') },
          sign: ['Microsoft Teams'],
        }),
      };
    },
  },
  {
    name: 'meeting-invite-ics',
    kind: 'calendar-invite-lure',
    make: (s) => {
      const a = attacker(
        s,
        s.pick([s.person().name, 'Office of the Provost', 'HR Business Partner']),
        s.pick(['meetings', 'calendar']),
        ['meet', 'calendar'],
        ['lookalike', 'forged'],
      );
      const link = s.lure(s.attackerDomain('zoom', 'meet'), 'j');
      const summary = s.pick([
        'Performance review - mandatory',
        'Restructuring briefing (confidential)',
        'Disciplinary meeting',
        'Salary review 2027',
      ]);
      return {
        ...a,
        subject: `Invitation: ${summary} @ ${s.weekday()} ${s.time()}`,
        ...letter(s, {
          paras: [
            `You have been invited to: ${summary}`,
            'Please review the briefing document before joining.',
          ],
          button: { label: 'Join meeting', href: link },
          sign: [a.from.name],
        }),
        parts: [
          {
            type: 'text/calendar',
            name: 'invite.ics',
            content: invitation({
              uid: `${s.token(12)}@${a.from.address.split('@')[1]}`,
              organizer: a.from.address,
              attendee: s.me.address,
              summary,
              description: `Join: ${link}`,
              location: link,
              start: `2026${s.pick(['11', '12'])}${String(s.int(1, 28)).padStart(2, '0')}T${s.int(13, 17)}0000Z`,
            }),
          },
        ],
      };
    },
  },
  {
    name: 'courier-lab-samples',
    kind: 'courier-lure',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['DHL Express', 'FedEx Clinical', 'World Courier']),
        'tracking',
        ['parcel', 'track'],
        ['lookalike'],
      );
      return {
        ...a,
        subject: s.pick([
          'Temperature-controlled shipment held at customs',
          'Delivery attempt failed - biological samples',
          `Shipment ${s.ref('', 10)}: duties unpaid`,
        ]),
        ...letter(s, {
          greeting: 'Dear Customer,',
          paras: [
            `Your shipment of ${s.pick(['frozen specimens', 'research reagents', 'cell lines on dry ice'])} from ${s.pick(['Germany', 'Japan', 'the United Kingdom'])} is being held. Import duties of $${s.money(3, 48)} are unpaid.`,
            'Dry ice shipments are returned after 48 hours. Pay the fee to release the package.',
          ],
          button: { label: 'Pay and release', href: s.lure(s.attackerDomain('customs', 'parcel'), 'pay') },
          sign: [a.from.name],
        }),
      };
    },
  },
  {
    name: 'helpdesk-ticket-closed',
    kind: 'ticket-lure',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['KVU Service Desk', 'ServiceNow', 'IT Support Portal']),
        'servicedesk',
        ['kvu', 'servicenow'],
        ['lookalike', 'forged'],
      );
      const ticket = s.ref('INC', 7);
      return {
        ...a,
        subject: s.same([
          `${ticket}: your request to deactivate your account`,
          s.pick([`Incident ${ticket} has been closed`, `Ticket ${ticket} - action needed`]),
        ]),
        ...letter(s, {
          greeting: `Hello ${s.me.first},`,
          paras: [
            s.same([
              `Your request ${ticket} to deactivate your email account has been received and will be processed in 24 hours.`,
              `Incident ${ticket} has been closed. If this was not resolved, reopen the ticket.`,
            ]),
            s.same(['If you did not make this request, cancel it below.', 'Sign in to view ticket details.']),
          ],
          button: {
            label: s.same(['Cancel request', 'View ticket']),
            href: s.lure(s.attackerDomain('kvu', 'servicenow'), 'nav_to.do'),
          },
          sign: ['IT Service Desk'],
        }),
      };
    },
  },
  {
    name: 'w2-tax-form',
    kind: 'tax-form-lure',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['Payroll Tax Office', 'KVU Payroll', 'W-2 Distribution']),
        'payroll',
        ['kvu', 'w2'],
        ['lookalike', 'forged'],
      );
      return {
        ...a,
        subject: s.pick([
          'Your 2026 W-2 is ready',
          'Corrected tax form available',
          'Tax document: action required',
        ]),
        ...letter(s, {
          greeting: `Dear ${s.me.first},`,
          paras: [
            'A corrected W-2 has been issued for you. Download it before filing your tax return.',
            'You will need to sign in with your employee credentials.',
          ],
          button: { label: 'Download W-2', href: s.lure(s.attackerDomain('w2', 'tax'), 'w2') },
          sign: ['Payroll Services'],
        }),
      };
    },
  },
  {
    name: 'purchase-order-macro',
    kind: 'macro-attachment',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['Procurement', 'Purchasing Dept', 'Sales Team']),
        'orders',
        ['purchase', 'order'],
        ['lookalike', 'compromised'],
      );
      return {
        ...a,
        subject: s.pick([
          `New PO ${s.ref('PO-', 6)} - quotation request`,
          'Request for quotation: laboratory consumables',
          'Order confirmation needed',
        ]),
        ...letter(s, {
          greeting: 'Dear Sir/Madam,',
          paras: [
            'Please find attached our order. Kindly enable editing to view the item list and confirm prices and delivery date.',
          ],
          sign: ['Regards,', a.from.name],
        }),
        parts: [
          {
            type: 'application/vnd.ms-excel.sheet.macroEnabled.12',
            name: s.pick(['PO_Items.xlsm', 'RFQ_2026.xlsm', 'Order_List.xlsm']),
            content: macroWorkbook(),
          },
        ],
      };
    },
  },
  {
    name: 'rota-update-link',
    kind: 'rota-lure',
    make: (s) => {
      const manager = s.person();
      const a = attacker(
        s,
        manager.name,
        `${manager.first.toLowerCase()}.${manager.last.toLowerCase().replace(/[^a-z]/g, '')}`,
        ['rota'],
        ['forged', 'compromised'],
      );
      return {
        ...a,
        subject: s.pick([
          'Updated on-call rota - please check your shifts',
          'Christmas rota changes',
          'Shift swap confirmed?',
        ]),
        ...letter(s, {
          greeting: 'Hi all,',
          paras: [
            'The updated rota for the next six weeks is in the shared folder. Some shifts have changed, so please check yours and confirm by the end of today.',
          ],
          button: { label: 'Open rota', href: s.lure(s.attackerDomain('rota', 'share'), 'xl/rota') },
          sign: [manager.first],
        }),
      };
    },
  },
  {
    name: 'ehr-access-revalidation',
    kind: 'ehr-access-lure',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['Epic Access Team', 'Clinical Applications', 'EHR Security']),
        'epic-access',
        ['kvu', 'epic'],
        ['lookalike', 'forged'],
      );
      return {
        ...a,
        subject: s.pick([
          'Epic access revalidation required',
          'Your EHR account will be disabled',
          'Hyperspace login update',
        ]),
        ...letter(s, {
          greeting: `Dear ${s.me.first},`,
          paras: [
            'As part of the quarterly access review, clinicians must revalidate their Epic credentials. Accounts not revalidated by Friday will be disabled.',
            'Use your network username and password.',
          ],
          button: {
            label: 'Revalidate access',
            href: s.lure(s.attackerDomain('epic', 'access'), 'hyperspace'),
          },
          sign: ['Clinical Applications Support', ORG.hospital],
        }),
      };
    },
  },
  {
    name: 'occupational-health-test',
    kind: 'occupational-health-lure',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['Occupational Health', 'Employee Health Services']),
        'occhealth',
        ['kvu', 'health'],
        ['lookalike', 'forged'],
      );
      return {
        ...a,
        subject: s.same([
          s.pick(['Flu vaccination record missing - non-compliance', 'Action required: vaccination record']),
          'Exposure notification: results available',
        ]),
        ...letter(s, {
          greeting: `Dear ${s.me.first},`,
          paras: [
            s.same([
              'We have no record of your annual flu vaccination. Staff without a record will be removed from patient-facing shifts.',
              'You may have been exposed during a recent shift. Your screening result is available in the portal.',
            ]),
            'Sign in to upload your record or view the result.',
          ],
          button: { label: 'Open portal', href: s.lure(s.attackerDomain('employee', 'health'), 'records') },
          sign: ['Employee Health Services'],
        }),
      };
    },
  },
  {
    name: 'visa-status-fee',
    kind: 'immigration-lure',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['International Student Office', 'SEVIS Compliance Unit', 'Immigration Services']),
        'iso',
        ['sevis', 'visa'],
        ['lookalike', 'freemail'],
      );
      return {
        ...a,
        subject: s.pick([
          'Your student visa status is at risk',
          'SEVIS record discrepancy - immediate action',
          'I-20 verification fee unpaid',
        ]),
        ...letter(s, {
          greeting: `Dear ${s.me.first},`,
          paras: [
            'A discrepancy has been found in your immigration record. If not resolved within 48 hours, your status may be terminated.',
            `Please pay the verification fee of $${s.money(180, 650)} and upload your passport through the link below.`,
          ],
          button: { label: 'Resolve now', href: s.lure(s.attackerDomain('sevis', 'verify'), 'status') },
          sign: [a.from.name],
        }),
      };
    },
  },
  {
    name: 'orcid-record-verify',
    kind: 'researcher-profile-lure',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['ORCID', 'Scopus Author Feedback', 'ResearchGate']),
        'support',
        ['orcid', 'author'],
        ['lookalike'],
      );
      return {
        ...a,
        subject: s.pick([
          'Verify your ORCID iD email address',
          'Your author profile will be merged',
          'Citation alert: unlock your full profile',
        ]),
        ...letter(s, {
          greeting: `Dear ${s.me.name},`,
          paras: [
            'We need to verify the institutional email on your researcher record. Unverified records are hidden from publishers and funders.',
            'Sign in with your institution to verify.',
          ],
          button: {
            label: 'Verify email',
            href: s.lure(s.attackerDomain('orcid', 'verify'), 'signin/institution'),
          },
          sign: [a.from.name],
        }),
      };
    },
  },
  {
    name: 'student-housing-deposit',
    kind: 'housing-deposit-scam',
    make: (s) => {
      const landlord = s.person();
      const address = s.freemail(landlord.first, landlord.last);
      return {
        from: { name: landlord.name, address },
        auth: auth.freemail(address),
        subject: s.pick([
          'Room near the hospital campus - available now',
          'Re: your housing post',
          'Studio for rent, walking distance to KVU',
        ]),
        ...letter(s, {
          format: 'text',
          greeting: 'Hello,',
          paras: [
            `I saw your post on the KVU housing board. I have a furnished studio ${s.int(3, 9)} minutes from the medical campus for $${s.int(650, 950)}/month, utilities included.`,
            'I am currently working overseas with a medical mission so I cannot show it in person. Send the first month and deposit by Zelle or wire and I will mail you the keys.',
          ],
          sign: [landlord.first],
        }),
      };
    },
  },
  {
    name: 'conference-speaker-visa-letter',
    kind: 'invitation-letter-scam',
    make: (s) => {
      const a = attacker(
        s,
        s.pick(['World Health Congress Committee', 'International Medical Summit Organising Committee']),
        'committee',
        ['summit', 'congress'],
        ['lookalike', 'freemail'],
      );
      return {
        ...a,
        subject: s.pick([
          'Invitation as keynote speaker',
          'Speaker invitation - all expenses paid',
          'Invitation to chair a session',
        ]),
        ...letter(s, {
          greeting: `Dear Professor ${s.me.last},`,
          paras: [
            `On behalf of the organising committee, we are honoured to invite you as a keynote speaker. Flights and five nights\u2019 accommodation are covered.`,
            `To issue your official invitation letter and reserve the hotel, please pay the refundable registration deposit of EUR ${s.money(280, 600)} through our travel agent.`,
          ],
          sign: ['Organising Committee', a.from.name],
        }),
      };
    },
  },
  {
    name: 'sharepoint-html-compromised',
    kind: 'html-attachment-share',
    make: (s) => {
      const partner = s.partner();
      const colleague = s.outsider(partner.domain);
      const post = s.lure(s.attackerDomain('office', 'auth'), 'owa.php');
      return {
        from: { name: colleague.name, address: colleague.address },
        auth: auth.aligned(partner.domain),
        subject: s.pick([
          'Joint proposal draft',
          'Signed MoU',
          'Payment Advice',
          'Reviewer comments attached',
        ]),
        ...letter(s, {
          format: s.pick(['text', 'html']),
          greeting: `Hi ${s.me.first},`,
          paras: [
            s.pick([
              'Please see the attached and let me know your thoughts.',
              'Attached as requested. You may need to sign in to open it.',
            ]),
          ],
          sign: [colleague.first, partner.name],
        }),
        parts: [
          htmlFile(
            s.pick(['Proposal_Draft.html', 'MoU_Signed.htm', 'Payment_Advice.html']),
            credentialPage(s, s.pick(['SharePoint', 'OneDrive', 'Outlook']), post),
          ),
        ],
      };
    },
  },
];

export const localPhishing: Template[] = [
  {
    name: 'es-beca-deposito',
    kind: 'scholarship-lure',
    make: (s) => {
      s.speaker('es');
      const a = attacker(
        s,
        s.pick(['Oficina de Becas', 'Ayuda Financiera KVU', 'Programa de Becas Internacionales']),
        'becas',
        ['becas', 'kvu'],
        ['lookalike', 'freemail'],
      );
      const amount = s.money(1200, 5000);
      return {
        ...a,
        subject: s.pick([
          `Beca aprobada: $${amount} para el semestre de primavera`,
          'Confirme sus datos bancarios para recibir su beca',
          'Último aviso: beca pendiente de cobro',
        ]),
        ...letter(s, {
          greeting: `Estimado/a ${s.me.first}:`,
          paras: [
            `Nos complace informarle que ha sido seleccionado/a para una beca de $${amount} destinada a estudiantes internacionales de ciencias de la salud.`,
            s.pick([
              'Para recibir el depósito, confirme su cuenta universitaria y sus datos bancarios antes del viernes.',
              'Si no confirma en 48 horas, la beca se asignará a otro estudiante.',
            ]),
          ],
          button: { label: 'Confirmar beca', href: s.lure(s.attackerDomain('becas', 'kvu'), 'confirmar') },
          sign: ['Atentamente,', a.from.name],
        }),
      };
    },
  },
  {
    name: 'es-buzon-lleno',
    kind: 'mailbox-quota',
    make: (s) => {
      s.speaker('es');
      const a = attacker(
        s,
        'Administrador de correo',
        'soporte',
        ['correo', 'kvu'],
        ['forged', 'lookalike', 'compromised'],
      );
      return {
        ...a,
        subject: s.pick([
          'Su buzón ha superado el límite de almacenamiento',
          `Tiene ${s.int(5, 22)} mensajes retenidos`,
          'Verificación de cuenta de correo',
        ]),
        ...letter(s, {
          greeting: `Hola ${s.me.first},`,
          paras: [
            `Su buzón ${s.me.address} ha alcanzado el ${s.int(95, 99)}% de su capacidad. Los mensajes nuevos serán devueltos.`,
            'Haga clic abajo para ampliar su espacio sin coste.',
          ],
          button: {
            label: 'Ampliar almacenamiento',
            href: s.lure(s.attackerDomain('correo', 'owa'), 'cuota'),
          },
          sign: ['Servicio de Informática'],
        }),
      };
    },
  },
  {
    name: 'zh-embassy-callback',
    kind: 'embassy-callback',
    make: (s) => {
      s.speaker('zh');
      const address = s.freemail(
        s.pick(['consulate', 'embassy', 'lingshi']),
        s.pick(['service', 'office', 'dept']),
      );
      const phone = `+1 (${s.int(200, 989)}) ${s.int(200, 999)}-${s.int(1000, 9999)}`;
      return {
        from: { name: s.pick(['中国驻美国大使馆领事部', '领事服务中心', '中华人民共和国驻外使馆']), address },
        auth: auth.freemail(address),
        subject: s.pick([
          '【重要通知】您有一份文件待领取',
          '紧急：您的护照涉及一起案件',
          '领事部通知：请尽快回电',
        ]),
        ...letter(s, {
          format: s.pick(['text', 'html']),
          greeting: `${s.me.first}同学您好：`,
          paras: [
            s.pick([
              '我们收到一份寄给您的重要法律文件，因涉及您在国内的一起洗钱案件，需要您本人尽快核实身份。',
              '您的护照信息被他人用于办理银行卡，国内公安机关已立案调查。',
            ]),
            `请在24小时内拨打领事部专线 ${phone}，并按提示转接办案人员。此事属于保密调查，请勿告知他人或学校。`,
          ],
          sign: ['领事部'],
        }),
      };
    },
  },
  {
    name: 'zh-tuition-agent',
    kind: 'tuition-payment-agent',
    make: (s) => {
      s.speaker('zh');
      const address = s.freemail(
        s.pick(['xuefei', 'liuxue', 'daijiao']),
        s.pick(['pay', 'service', 'agent']),
      );
      return {
        from: { name: s.pick(['留学生学费代缴服务', 'KVU中国学生缴费助手', '学费优惠通道']), address },
        auth: auth.freemail(address),
        subject: s.pick(['学费代缴 - 汇率优惠 9折', '春季学期学费截止提醒（可代缴）', 'KVU学费官方合作通道']),
        ...letter(s, {
          greeting: '同学你好，',
          paras: [
            `春季学期学费缴费截止日期是${s.pick(['1', '2'])}月${s.int(5, 28)}日。我们与学校财务处合作，人民币直接支付，汇率比银行优惠${s.int(5, 12)}%。`,
            '请添加微信或回复本邮件提供学号、姓名和学费金额，我们会在24小时内替你缴清并发送学校收据。',
          ],
          sign: ['学费代缴服务中心'],
        }),
      };
    },
  },
  {
    name: 'de-passwort-ablauf',
    kind: 'password-expiry',
    make: (s) => {
      s.speaker('de');
      const a = attacker(
        s,
        s.pick(['IT-Servicedesk', 'Rechenzentrum', 'IT-Support']),
        'it-service',
        ['kvu', 'it'],
        ['forged', 'lookalike', 'compromised'],
      );
      return {
        ...a,
        subject: s.pick([
          'Ihr Passwort läuft heute ab',
          'Kennwortablauf: Handlung erforderlich',
          'Letzte Erinnerung: Konto wird gesperrt',
        ]),
        ...letter(s, {
          greeting: `Hallo ${s.me.first},`,
          paras: [
            `das Passwort für Ihr Konto ${s.me.address} läuft in ${s.pick(['24', '12', '48'])} Stunden ab.`,
            'Um Ihr aktuelles Passwort beizubehalten und den Zugriff auf E-Mail und Teams nicht zu verlieren, bestätigen Sie es bitte über den folgenden Link.',
          ],
          button: {
            label: 'Passwort beibehalten',
            href: s.lure(s.attackerDomain('kvu', 'konto'), 'passwort'),
          },
          sign: ['Mit freundlichen Grüßen', 'IT-Servicedesk'],
        }),
      };
    },
  },
  {
    name: 'de-foerderbescheid',
    kind: 'grant-award-lure',
    make: (s) => {
      s.speaker('de');
      const a = attacker(
        s,
        s.pick(['Forschungsförderung Bund', 'Stiftung für Medizinische Forschung']),
        'foerderung',
        ['foerder', 'portal'],
        ['lookalike'],
      );
      return {
        ...a,
        subject: s.pick([
          'Förderbescheid zu Ihrem Antrag',
          `Bewilligung Ihres Projekts ${s.ref('FK-', 6)}`,
          'Ihr Antrag: Nachreichung erforderlich',
        ]),
        ...letter(s, {
          greeting: `Sehr geehrte/r Dr. ${s.me.last},`,
          paras: [
            `wir freuen uns, Ihnen mitzuteilen, dass Ihr Antrag mit einer Summe von ${s.int(80_000, 400_000).toLocaleString('de-DE')} EUR bewilligt wurde.`,
            'Den Förderbescheid können Sie nach Anmeldung mit Ihrem Institutskonto im Antragsportal herunterladen.',
          ],
          button: {
            label: 'Zum Antragsportal',
            href: s.lure(s.attackerDomain('foerder', 'portal'), 'login'),
          },
          sign: ['Mit freundlichen Grüßen', a.from.name],
        }),
      };
    },
  },
  {
    name: 'ko-research-fund',
    kind: 'research-fund-settlement',
    make: (s) => {
      s.speaker('ko');
      const a = attacker(
        s,
        s.pick(['연구비 관리센터', '한국연구지원재단 정산팀']),
        'settlement',
        ['research', 'fund'],
        ['lookalike', 'freemail'],
      );
      return {
        ...a,
        subject: s.pick([
          '[긴급] 연구비 정산 서류 미제출 안내',
          '연구과제 협약서 전자서명 요청',
          '연구비 집행 잔액 반환 안내',
        ]),
        ...letter(s, {
          greeting: `${s.me.last} 교수님께,`,
          paras: [
            '귀하의 공동연구 과제 연구비 정산 서류가 아직 제출되지 않았습니다. 기한 내 미제출 시 연구비 지급이 중단됩니다.',
            '아래 링크에서 기관 계정으로 로그인하여 서류를 확인하시기 바랍니다.',
          ],
          button: { label: '정산 서류 확인', href: s.lure(s.attackerDomain('research', 'fund'), 'login') },
          sign: [a.from.name],
        }),
      };
    },
  },
  {
    name: 'ar-scholarship-mission',
    kind: 'scholarship-bank-lure',
    make: (s) => {
      s.speaker('ar');
      const a = attacker(
        s,
        s.pick(['الملحقية الثقافية', 'مكتب البعثات الدراسية']),
        'mission',
        ['scholar', 'mission'],
        ['lookalike', 'freemail'],
      );
      return {
        ...a,
        subject: s.pick([
          'تحديث بيانات الحساب البنكي لصرف المكافأة الشهرية',
          'إشعار: إيقاف المخصصات الدراسية مؤقتاً',
          'مطلوب: تأكيد بيانات المبتعث',
        ]),
        ...letter(s, {
          greeting: `عزيزي/عزيزتي ${s.me.first}،`,
          paras: [
            'نظراً لتحديث نظام صرف المكافآت، يجب على جميع المبتعثين تأكيد بياناتهم البنكية خلال ٤٨ ساعة، وإلا سيتم إيقاف صرف المكافأة الشهرية.',
            'يرجى الدخول عبر الرابط أدناه وإدخال رقم الجواز وبيانات البطاقة البنكية.',
          ],
          button: { label: 'تحديث البيانات', href: s.lure(s.attackerDomain('mission', 'scholar'), 'update') },
          sign: [a.from.name],
        }),
      };
    },
  },
];

/** English legitimate mail kept here for length: quarantine digests, quota warnings, password help. */
export const moreHam: Template[] = [
  {
    name: 'm365-quarantine-digest',
    kind: 'ham',
    make: (s) => {
      const held = Array.from({ length: s.int(2, 5) }, () =>
        s.pick([
          'Invoice overdue',
          'Your parcel is waiting',
          'Congratulations you have won',
          'Weekly deals',
          'Re: proposal',
          'Webinar invitation',
        ]),
      );
      return {
        from: { name: 'Microsoft 365 Security', address: 'quarantine@messaging.microsoft.com' },
        auth: auth.aligned('messaging.microsoft.com'),
        subject: `Microsoft 365 security: You have messages in quarantine`,
        ...letter(s, {
          format: 'html',
          paras: [
            `Review these ${held.length} messages that were placed in quarantine for ${s.me.address}. They were held as spam or bulk mail; messages quarantined as malware or high-confidence phishing are not listed.`,
            ...held.map((subject) => `${subject} - from ${s.token(7)}@${s.token(6)}.example - ${s.date()}`),
          ],
          button: { label: 'Review messages', href: 'https://security.microsoft.com/quarantine' },
          sign: ['Microsoft 365'],
          footer: ['Quarantine notifications are configured by your organisation\u2019s administrator.'],
        }),
      };
    },
  },
  {
    name: 'exchange-quota-warning',
    kind: 'ham',
    make: (s) => ({
      from: {
        name: 'Microsoft Outlook',
        address: `MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@${ORG.domain}`,
      },
      auth: auth.aligned(ORG.domain),
      subject: 'Your mailbox is almost full.',
      ...letter(s, {
        format: 'html',
        paras: [
          `Your mailbox is almost full. ${s.int(47, 49)}.${s.int(1, 9)} GB used of 50 GB.`,
          'Reduce your mailbox size: delete any items you don\u2019t need and empty the Deleted Items folder, or turn on the archive in Outlook. Online Archive is available to all KVU staff.',
        ],
        sign: ['Microsoft Exchange'],
      }),
    }),
  },
  {
    name: 'scholarone-password-reset',
    kind: 'ham',
    make: (s) => {
      const journal = s.pick([
        'Journal of Hospital Nursing Research',
        'Clinical Epidemiology Reports',
        'Neurobiology Letters',
      ]);
      const site = journal
        .toLowerCase()
        .replace(/[^a-z]/g, '')
        .slice(0, 8);
      return {
        from: { name: journal, address: 'onbehalfof@manuscriptcentral.com' },
        auth: auth.aligned('manuscriptcentral.com'),
        subject: `${journal} - Password Help`,
        ...letter(s, {
          format: 'text',
          greeting: `Dear ${s.me.name},`,
          paras: [
            'You asked us to help you reset your password. Use the link below within 24 hours to create a new one.',
            `https://mc.manuscriptcentral.com/${site}?URL_MASK=${s.token(32)}`,
            'If you did not ask for this, you can ignore this message; your password has not been changed.',
          ],
          sign: ['Sincerely,', `${journal} Editorial Office`],
        }),
      };
    },
  },
];

export const localHam: Template[] = [
  {
    name: 'es-student-office-hours',
    kind: 'ham',
    make: (s) => {
      s.speaker('es');
      const address = s.freemail(
        s.pick(['Lucía', 'Andrés', 'Valentina', 'Javier']),
        s.pick(['Moreno', 'Herrera', 'Ruiz', 'Vega']),
      );
      const name = address.split('@')[0];
      return {
        from: { name: s.pick(['', name]), address },
        auth: auth.freemail(address),
        subject: s.same(['Horario de tutorías', 'Consulta sobre el examen parcial']),
        ...letter(s, {
          format: 'text',
          greeting: `Hola profesor/a ${s.me.last}:`,
          paras: [
            s.pick([
              'Le escribo desde mi correo personal porque todavía no me funciona el correo de la universidad.',
              'Soy estudiante de intercambio de la Universidad de Valdemora en su curso de este semestre.',
            ]),
            s.same([
              '¿Podría confirmarme si las tutorías del jueves siguen siendo a las 15:00?',
              '¿Es posible revisar mi examen parcial la próxima semana?',
            ]),
          ],
          sign: ['Muchas gracias,', name],
        }),
      };
    },
  },
  {
    name: 'zh-cssa-newsletter',
    kind: 'ham',
    make: (s) => {
      s.speaker('zh');
      const list = `cssa@lists.${ORG.domain}`;
      return {
        from: { name: 'KVU CSSA 中国学生学者联合会', address: `cssa-board@${ORG.domain}` },
        auth: auth.aligned(ORG.domain, `lists.${ORG.domain}`),
        to: list,
        headers: [
          `List-Id: KVU CSSA <cssa.lists.${ORG.domain}>`,
          `List-Unsubscribe: <https://lists.${ORG.domain}/unsubscribe/cssa>`,
          'Precedence: list',
        ],
        subject: s.same(['【CSSA】春节联欢晚会报名开始啦', '【CSSA】冬季安全提示：谨防冒充使馆诈骗电话']),
        ...letter(s, {
          greeting: '各位同学大家好，',
          paras: [
            s.same([
              `今年的春节联欢晚会将于${s.date()}在学生活动中心举行，欢迎报名表演节目和志愿者。`,
              '近期有同学接到冒充大使馆或公安的电话，请大家记住：使馆不会通过电话要求转账，如有疑问请联系学校国际学生办公室。',
            ]),
            `报名和详情请见学生会网站：https://cssa.${ORG.domain}/events`,
          ],
          sign: ['KVU CSSA 理事会'],
          footer: ['您收到此邮件是因为您订阅了 KVU CSSA 邮件列表。'],
        }),
      };
    },
  },
  {
    name: 'de-partner-meeting',
    kind: 'ham',
    make: (s) => {
      s.speaker('de');
      const colleague = s.outsider('uni-hochfeld.example');
      return {
        from: { name: `Prof. Dr. ${colleague.name}`, address: colleague.address },
        auth: auth.aligned('uni-hochfeld.example'),
        subject: s.same(['Treffen zum gemeinsamen Projekt', 'Entwurf Kooperationsvertrag']),
        ...letter(s, {
          format: s.pick(['text', 'both']),
          greeting: `Liebe/r ${s.me.first},`,
          paras: [
            s.same([
              `vielen Dank für das gute Gespräch letzte Woche. Wollen wir am ${s.pick(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'])} um ${s.time()} Uhr (MEZ) per Zoom weitermachen?`,
              'anbei wie besprochen die Entwurfsfassung des Kooperationsvertrags. Unsere Rechtsabteilung hat noch zwei Anmerkungen.',
            ]),
            'Viele Grüße aus Hochfeld und bis bald.',
          ],
          sign: [colleague.first, 'Institut für Klinische Epidemiologie', 'Universität Hochfeld'],
        }),
        parts: s.same([
          undefined,
          [
            {
              type: 'application/pdf',
              name: 'Kooperationsvertrag_Entwurf.pdf',
              content: onePagePdf([
                'Kooperationsvertrag (Entwurf)',
                'Universitaet Hochfeld - Kestrel Valley University',
                'Stand: Entwurf 3',
              ]),
            },
          ],
        ]),
      };
    },
  },
  {
    name: 'ko-visiting-scholar',
    kind: 'ham',
    make: (s) => {
      s.speaker('ko');
      const colleague = s.outsider('seorin.ac.example');
      return {
        from: { name: colleague.name, address: colleague.address },
        auth: auth.aligned('seorin.ac.example'),
        subject: s.same(['방문 연구 일정 문의드립니다', '공동 세미나 발표 자료 공유']),
        ...letter(s, {
          format: s.pick(['text', 'html']),
          greeting: `${s.me.last} 교수님 안녕하세요,`,
          paras: [
            s.same([
              `다음 달 ${s.int(10, 25)}일부터 2주간 방문 연구를 계획하고 있습니다. 연구실 일정에 괜찮으실지 여쭙습니다.`,
              '지난번 공동 세미나 발표 자료를 첨부합니다. 의견 주시면 반영하겠습니다.',
            ]),
            '감사합니다.',
          ],
          sign: [colleague.name, '서린대학교 의과대학'],
        }),
        parts: s.same([
          undefined,
          [
            {
              type: 'application/pdf',
              name: 'Seminar_slides.pdf',
              content: onePagePdf(['Joint seminar', 'Seorin National University', 'Draft slides']),
            },
          ],
        ]),
      };
    },
  },
  {
    name: 'ar-interpreter-schedule',
    kind: 'ham',
    make: (s) => {
      s.speaker('ar');
      const coordinator = s.person();
      return {
        from: { name: coordinator.name, address: coordinator.address },
        auth: auth.aligned(ORG.domain),
        to: `"Arabic Interpreters" <interpreters-arabic@${ORG.domain}>`,
        subject: s.same(['جدول المترجمين الطبيين للأسبوع القادم', 'تذكير: تدريب الترجمة الطبية']),
        ...letter(s, {
          format: 'text',
          greeting: 'الزملاء الأعزاء،',
          paras: [
            s.same([
              `مرفق جدول المناوبات للأسبوع القادم. يرجى مراجعة مواعيدكم وإبلاغي بأي تعارض قبل يوم ${s.pick(['الخميس', 'الأربعاء'])}.`,
              'نذكّركم بأن تدريب الترجمة الطبية السنوي سيكون في قاعة التعليم بالطابق الثالث.',
            ]),
            'شكراً لكم.',
          ],
          sign: [coordinator.name, 'Interpreter Services', ORG.hospital],
        }),
        parts: s.chance(0.5)
          ? [
              {
                type: 'application/pdf',
                name: 'Interpreter_Rota.pdf',
                content: onePagePdf([
                  'Interpreter Services - Arabic',
                  'Mon-Fri 08:00-20:00 rota',
                  'Contact the coordinator for swaps',
                ]),
              },
            ]
          : undefined,
      };
    },
  },
  {
    name: 'es-congreso-aceptado',
    kind: 'ham',
    make: (s) => {
      s.speaker('es');
      const chair = s.outsider('uvaldemora.example');
      return {
        from: {
          name: 'Congreso Iberoamericano de Salud Pública',
          address: `noreply@congreso.uvaldemora.example`,
        },
        auth: auth.aligned('uvaldemora.example', 'congreso.uvaldemora.example'),
        subject: `Resumen aceptado - ID ${s.int(100, 999)}`,
        ...letter(s, {
          greeting: `Estimado/a Dr/a. ${s.me.last}:`,
          paras: [
            `Nos complace comunicarle que su resumen ha sido aceptado para presentación ${s.pick(['oral', 'en póster'])} en el Congreso Iberoamericano de Salud Pública.`,
            'Puede consultar el programa y la inscripción en la web del congreso.',
          ],
          button: { label: 'Programa del congreso', href: 'https://congreso.uvaldemora.example/programa' },
          sign: ['Un cordial saludo,', chair.name, 'Comité Científico'],
        }),
      };
    },
  },
];
