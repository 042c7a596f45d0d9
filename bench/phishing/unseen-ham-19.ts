// The nineteenth unseen set's legitimate mail: what Alder & Whitcombe LLP's staff really receive and a
// cautious reader might report. E-signature envelopes, court e-filing and PACER notices, payroll and bank
// alerts, title companies' closing mail that asks for a call before any wire, bar dues and CLE, legal and
// accounting software, strangers asking to become clients, opposing counsel's discovery, newsletters with
// tracking links; Spanish mail for the Miami office comes from unseen-19-local.ts.
import type { SeededRandom } from './generate.js';
import { LOCAL_HAM_19 } from './unseen-19-local.js';
import {
  addDays,
  addr,
  alnum,
  causeNumber,
  DOMAIN,
  digits,
  FIRM,
  free,
  freemail,
  generate,
  gfNumber,
  guid,
  hex,
  int,
  isoDay,
  letter,
  longDate,
  mailbox,
  matter,
  money,
  name,
  noteHtml,
  outsider,
  pass,
  property,
  quoted,
  type R,
  signature,
  staff,
  type Template,
  upper,
  usDate,
  weekday,
} from './unseen-19-scene.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

const O365 = (r: R) =>
  `mail-${r.pick(['bn8nam', 'dm6nam', 'co1nam', 'sn4nam'])}${int(r, 10, 12)}on20${int(r, 600, 730)}.outbound.protection.outlook.com`;
const GOOGLE = (r: R) => `mail-${r.pick(['yw1', 'qt1', 'pl1', 'oi1'])}-f${int(r, 41, 199)}.google.com`;
const SES = (r: R) => `a${int(r, 8, 48)}-${int(r, 10, 250)}.smtp-out.amazonses.com`;
const SENDGRID = (r: R) => `o${int(r, 1, 30)}.ptr${digits(r, 4)}.sendgrid.net`;
const pdf = (name: string, lines: string[]) => ({
  type: 'application/pdf',
  name,
  content: onePagePdf(lines),
});
const tenant = 'alderwhitcombe';

const ham: Template[] = [
  {
    id: 'docusign-title-closing-package',
    kind: 'e-signature',
    make(r) {
      const officer = outsider(r, false);
      const [company, domain] = r.pick([
        ['Independence Title', 'independencetitle.com'],
        ['Stewart Title', 'stewart.com'],
        ['First American Title', 'firstam.com'],
        ['Heritage Title Company of Austin', 'heritage-title.com'],
      ]);
      const to = staff(r, 'paralegal', 'partner');
      const prop = property(r, 'Austin');
      const url = `https://na${int(r, 2, 4)}.docusign.net/Signing/EmailStart.aspx?a=${guid(r)}&etti=24&acct=${guid(r)}&er=${guid(r)}`;
      const l = letter({
        brand: { name: 'DocuSign', color: '#1e4ca1' },
        paras: [
          `${name(officer)} sent you a document to review and sign.`,
          `Please review and sign the seller's documents for ${prop}. Call me with any questions. Thank you!`,
          `${name(officer)}\n${officer.first[0].toLowerCase()}${officer.last.toLowerCase()}@${domain}`,
        ],
        button: { text: 'REVIEW DOCUMENTS', url },
        footer: [
          'Do Not Share This Email: This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.',
          `Alternate Signing Method: Visit Docusign.com, click 'Access Documents', and enter the security code: ${hex(r, 32).toUpperCase()}${int(r, 1, 9)}`,
          'Questions about the Document? If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.',
        ],
      });
      return {
        from: mailbox(`${name(officer)} via Docusign`, 'dse_NA4@docusign.net'),
        replyTo: mailbox(
          name(officer),
          `${officer.first[0].toLowerCase()}${officer.last.toLowerCase()}@${domain}`,
        ),
        to: addr(to),
        subject: `Please DocuSign: ${gfNumber(r).replace('GF# ', 'GF ')} ${company} - Seller Package`,
        text: l.text,
        html: l.html,
        auth: pass('docusign.net'),
        relay: 'mailsea.docusign.net',
      };
    },
  },
  {
    id: 'adobe-sign-engagement-letter',
    kind: 'e-signature',
    make(r) {
      const partner = staff(r, 'partner');
      const client = outsider(r);
      const url = `https://secure.na${int(r, 1, 4)}.adobesign.com/public/apiesign?pid=CBFCIBAA3AAABLblqZhA${alnum(r, 40)}&client_id=${alnum(r, 16)}`;
      const l = letter({
        brand: { name: 'Adobe Acrobat Sign', color: '#eb1000' },
        paras: [
          `${name(client)} has signed ${FIRM} Engagement Letter - ${client.last}.`,
          'The agreement is complete. A copy is attached to this email and stored in your Acrobat Sign account.',
        ],
        button: { text: 'Open agreement', url },
        footer: [
          'To ensure that you continue receiving our emails, please add adobesign@adobesign.com to your address book or safe list.',
          '© 2025 Adobe. All rights reserved.',
        ],
      });
      return {
        from: mailbox('Adobe Acrobat Sign', 'adobesign@adobesign.com'),
        to: addr(partner),
        subject: `Completed: ${FIRM} Engagement Letter - ${client.last} between ${FIRM} and ${name(client)}`,
        text: l.text,
        html: l.html,
        parts: [
          pdf(`Engagement Letter - ${client.last} - signed.pdf`, [
            FIRM,
            `Engagement Letter - ${name(client)}`,
            'Signed electronically via Adobe Acrobat Sign',
          ]),
        ],
        auth: pass('adobesign.com', 'adobesign.com', 'adobesign.com'),
        relay: `va${int(r, 6, 7)}-${r.pick(['mta', 'smtp'])}${int(r, 1, 9)}.echosign.com`,
      };
    },
  },
  {
    id: 'entra-sspr-verification-code',
    kind: 'password-reset-requested',
    make(r) {
      const to = staff(r);
      const code = digits(r, 6);
      const l = letter({
        paras: [
          `Please use the following code to verify your email address for the ${FIRM} account: ${code}`,
          "If you didn't request a code, you can safely ignore this email. Someone else might have typed your email address by mistake.",
          `Thanks,\nMicrosoft on behalf of ${FIRM}`,
        ],
        footer: [
          'Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839',
          'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
        ],
      });
      return {
        from: mailbox(`Microsoft on behalf of ${FIRM}`, 'msonlineservicesteam@microsoftonline.com'),
        to: to.email,
        subject: `${FIRM} account email verification code`,
        text: l.text,
        html: l.html,
        auth: pass('microsoftonline.com', 'microsoftonline.com', 'microsoftonline.com'),
        relay: `${r.pick(['BN7PR', 'DM6PR', 'CH2PR'])}${digits(r, 2)}MB${digits(r, 4)}.namprd${digits(r, 2)}.prod.outlook.com`,
      };
    },
  },
  {
    id: 'microsoft-security-info-added',
    kind: 'security-alert',
    make(r) {
      const to = staff(r);
      const l = letter({
        paras: [
          'Your security info was changed',
          `The following security info was recently added to the account ${to.email}: ${r.pick(['Microsoft Authenticator app', `Phone number ending in ${digits(r, 2)}`, 'Passkey in Microsoft Authenticator'])}`,
          'If this was you, you can safely disregard this email.',
          "If this wasn't you, please contact your IT administrator. To review your security info, go to https://mysignins.microsoft.com/security-info",
        ],
        footer: ['Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'],
      });
      return {
        from: mailbox(`Microsoft on behalf of ${FIRM}`, 'msonlineservicesteam@microsoftonline.com'),
        to: to.email,
        subject: 'Security info added',
        text: l.text,
        html: l.html,
        auth: pass('microsoftonline.com'),
        relay: `${r.pick(['BN7PR', 'DM6PR'])}${digits(r, 2)}MB${digits(r, 4)}.namprd${digits(r, 2)}.prod.outlook.com`,
      };
    },
  },
  {
    id: 'sharepoint-colleague-share',
    kind: 'shared-document',
    make(r) {
      const from = staff(r);
      const to = staff(r);
      const file = r.pick([
        `${outsider(r).last} - Settlement Statement.xlsx`,
        'Trust Reconciliation Q3.xlsx',
        `Closing Checklist - ${property(r).split(',')[0]}.docx`,
        'CLE tracker 2025.xlsx',
      ]);
      const url = `https://${tenant}.sharepoint.com/:${file.endsWith('xlsx') ? 'x' : 'w'}:/s/${r.pick(['RealEstate', 'Tax', 'Litigation', 'Admin'])}/E${alnum(r, 21)}?e=${alnum(r, 6)}`;
      const html = `<div style="font-family:Segoe UI,Arial;max-width:520px"><p style="font-size:20px">${name(from)} shared a file with you</p><p>${r.pick(['Here is the file we talked about.', 'Please update your section by Friday.', ''])}</p><table style="border:1px solid #ddd;padding:12px;width:100%"><tr><td><a href="${url}">${file}</a></td></tr></table><p><a href="${url}" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none">Open</a></p><p style="font-size:11px;color:#777">This link only works for the direct recipients of this message.</p><p style="font-size:11px;color:#777">Microsoft respects your privacy. To learn more, please read our <a href="https://privacy.microsoft.com/en-us/privacystatement">Privacy Statement</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></div>`;
      return {
        from: mailbox(`${name(from)} (via SharePoint Online)`, 'no-reply@sharepointonline.com'),
        replyTo: addr(from),
        to: addr(to),
        subject: `${name(from)} shared "${file}" with you`,
        html,
        auth: pass('sharepointonline.com'),
        relay: O365(r),
      };
    },
  },
  {
    id: 'clio-payment-received',
    kind: 'payment-receipt',
    make(r) {
      const to = staff(r, 'accountant', 'office');
      const client = outsider(r);
      const amt = money(r, 500, 15000);
      const l = letter({
        brand: { name: 'Clio', color: '#0070e0' },
        paras: [
          `${name(client)} paid ${amt} towards invoice #${int(r, 1200, 9800)} (matter ${matter(r)}).`,
          `Deposit account: ${r.pick(['IOLTA Trust Account', 'Operating Account'])}\nPayment method: ${r.pick(['eCheck', `Visa ending ${digits(r, 4)}`, `Mastercard ending ${digits(r, 4)}`])}`,
        ],
        button: { text: 'View payment', url: `https://app.clio.com/nc/#/bills/${digits(r, 9)}` },
        footer: [
          'You are receiving this email because you have payment notifications turned on in Clio.',
          'Clio, 4500 East Cotton Center Boulevard, Phoenix, AZ 85040',
        ],
      });
      return {
        from: mailbox('Clio', 'notifications@app.clio.com'),
        to: to.email,
        subject: `Payment received: ${amt} from ${name(client)}`,
        text: l.text,
        html: l.html,
        auth: pass('app.clio.com', 'app.clio.com', 'clio.com'),
        relay: SENDGRID(r),
      };
    },
  },
  {
    id: 'clio-deadline-reminder',
    kind: 'calendar-reminder',
    make(r, d) {
      const to = staff(r, 'paralegal', 'associate', 'partner');
      const due = addDays(d, int(r, 1, 7));
      const what = r.pick([
        'Response to Motion for Summary Judgment due',
        'Discovery responses due',
        'Designate expert witnesses',
        'Mediation',
      ]);
      const l = letter({
        brand: { name: 'Clio', color: '#0070e0' },
        paras: [
          `Reminder: ${what}`,
          `When: ${weekday(due)}, ${longDate(due)}\nMatter: ${matter(r)} - ${outsider(r).last} v. ${outsider(r).last}\nCalendar: ${r.pick(['Litigation', 'Firm Calendar'])}`,
        ],
        button: { text: 'View in Clio', url: `https://app.clio.com/nc/#/calendars?date=${isoDay(due)}` },
        footer: ['Manage your reminder settings in Clio.'],
      });
      return {
        from: mailbox('Clio', 'notifications@app.clio.com'),
        to: to.email,
        subject: `Reminder: ${what} - ${usDate(due)}`,
        text: l.text,
        html: l.html,
        auth: pass('app.clio.com', 'app.clio.com', 'clio.com'),
        relay: SENDGRID(r),
      };
    },
  },
  {
    id: 'netdocuments-share',
    kind: 'shared-document',
    make(r) {
      const from = staff(r, 'partner', 'associate');
      const to = staff(r, 'paralegal');
      const doc = r.pick([
        'Estate Plan - Draft Will',
        'Commercial Lease Redline',
        'Partnership Agreement v4',
        'Response to RFP',
      ]);
      const url = `https://vault.netvoyage.com/neWeb2/goid.aspx?id=${digits(r, 4)}-${digits(r, 4)}-${digits(r, 4)}`;
      const l = letter({
        paras: [
          `${name(from)} has sent you a link to a document.`,
          `${doc} (${digits(r, 4)}-${digits(r, 4)}-${digits(r, 4)}.docx)`,
          `Message: ${r.pick(['Please proof and file', 'Comments welcome', 'FYI'])}`,
        ],
        button: { text: 'Open in NetDocuments', url },
        footer: ['NetDocuments', 'This email was sent from an unattended mailbox.'],
      });
      return {
        from: mailbox(`${name(from)} via NetDocuments`, 'no-reply@netdocuments.com'),
        to: addr(to),
        subject: `Document shared: ${doc}`,
        text: l.text,
        html: l.html,
        auth: pass('netdocuments.com'),
        relay: SENDGRID(r),
      };
    },
  },
  {
    id: 'efiletexas-envelope-accepted',
    kind: 'court-notice',
    make(r, d) {
      const to = staff(r, 'paralegal');
      const cause = causeNumber(r);
      const env = digits(r, 8);
      const l = letter({
        paras: [
          'ENVELOPE ACCEPTED',
          `The envelope ${env} has been accepted by ${r.pick(['Travis County - District Clerk', 'Williamson County - District Clerk', 'Travis County - County Clerk'])}.`,
          `Case Number: ${cause}\nCase Style: ${outsider(r).last} v. ${outsider(r).last}\nDate/Time Submitted: ${usDate(d)} ${int(r, 1, 11)}:${int(r, 10, 59)} PM CST\nFiling Type: EFileAndServe\nFiling Description: ${r.pick(['Original Answer', 'Motion to Compel', 'Notice of Appearance', 'Agreed Order'])}\nFiled By: ${name(staff(r, 'associate', 'partner'))}`,
          'Document Details:',
        ],
        button: {
          text: 'Download Document',
          url: `https://efile.txcourts.gov/ViewDocuments.aspx?FID=${guid(r)}`,
        },
        footer: [
          'This is an automated email. Please do not reply.',
          'For technical assistance, contact your service provider.',
        ],
      });
      return {
        from: mailbox('eFileTexas', 'no-reply@efiletexas.gov'),
        to: to.email,
        subject: `Envelope Accepted: Envelope ${env} for Case ${cause}`,
        text: l.text,
        html: l.html,
        auth: pass('efiletexas.gov', 'efiletexas.gov', 'efiletexas.gov'),
        relay: 'mail.tylertech.cloud',
      };
    },
  },
  {
    id: 'pacer-nef-real',
    kind: 'court-notice',
    make(r, d) {
      const to = staff(r, 'partner', 'associate', 'paralegal');
      const cause = `1:${int(r, 24, 26)}-cv-00${digits(r, 3)}-${r.pick(['RP', 'ADA', 'DII'])}`;
      const style = `${outsider(r).last} v. ${outsider(r).last} Holdings, LLC`;
      const url = `https://ecf.txwd.uscourts.gov/doc1/181${digits(r, 9)}?caseid=${digits(r, 6)}&de_seq_num=${int(r, 20, 300)}&magic_num=${digits(r, 8)}`;
      const text = [
        'This is an automatic e-mail message generated by the CM/ECF system. Please DO NOT RESPOND to this e-mail because the mail box is unattended.',
        '***NOTE TO PUBLIC ACCESS USERS*** Judicial Conference of the United States policy permits attorneys of record and parties in a case (including pro se litigants) to receive one free electronic copy of all documents filed electronically, if receipt is required by law or directed by the filer. PACER access fees apply to all other users. To avoid later charges, download a copy of each document during this first viewing.',
        '',
        'U.S. District Court [LIVE]',
        'Western District of Texas',
        '',
        'Notice of Electronic Filing',
        '',
        `The following transaction was entered by ${outsider(r).last}, ${outsider(r).first} on ${usDate(d)} at ${int(r, 1, 5)}:${int(r, 10, 59)} PM CDT and filed on ${usDate(d)}`,
        `Case Name: ${style}`,
        `Case Number: ${cause}`,
        `Filer: ${outsider(r).last} Holdings, LLC`,
        `Document Number: ${int(r, 10, 90)}`,
        '',
        `Docket Text: ${r.pick(['Joint MOTION to Extend Scheduling Order Deadlines', 'RESPONSE in Opposition to Motion to Dismiss', 'Unopposed MOTION for Leave to File Excess Pages'])} by ${outsider(r).last} Holdings, LLC. (Attachments: # (1) Proposed Order)`,
        '',
        `${cause} Notice has been electronically mailed to:`,
        `${name(to)} ${to.email}`,
        '',
        'The following document(s) are associated with this transaction:',
        'Document description:Main Document',
        `Original filename:n/a`,
        `Electronic document Stamp: [STAMP dcecfStamp_ID=1080075687 [Date=${usDate(d)}] [FileNumber=${digits(r, 8)}-0] [${hex(r, 64)}]]`,
        '',
        `View document: ${url}`,
      ].join('\n');
      return {
        from: mailbox('ecf_txwd', 'ecf_txwd@txwd.uscourts.gov'),
        to: to.email,
        subject: `Activity in Case ${cause} ${style} Motion`,
        text,
        auth: pass('txwd.uscourts.gov', 'txwd.uscourts.gov', 'uscourts.gov'),
        relay: 'icmecf101.gtwy.uscourts.gov',
      };
    },
  },
  {
    id: 'florida-portal-eservice',
    kind: 'court-notice',
    make(r) {
      const to = staff(r, 'partner', 'associate', 'paralegal');
      const caseNo = `${int(r, 2024, 2026)}-0${digits(r, 5)}-CA-01`;
      const l = letter({
        paras: [
          'Notice of Service of Court Documents',
          `Filing #: ${digits(r, 9)}\nCase #: ${caseNo}\nCourt: ELEVENTH JUDICIAL CIRCUIT, MIAMI-DADE COUNTY\nCase Style: ${outsider(r, true).last} v. ${outsider(r).last} Condominium Association, Inc.\nFiler: ${name(outsider(r))}`,
          `Documents: ${r.pick(['Notice of Hearing', "Defendant's Answer and Affirmative Defenses", 'Motion to Dismiss'])}`,
        ],
        button: { text: 'View documents on the Portal', url: 'https://www.myflcourtaccess.com/' },
        footer: [
          'This is an automated message from the Florida Courts E-Filing Portal. Please do not reply.',
        ],
      });
      return {
        from: mailbox('Florida Courts E-Filing Portal', 'e-Service@myflcourtaccess.com'),
        to: to.email,
        subject: `SERVICE OF COURT DOCUMENT CASE NUMBER ${caseNo}`,
        text: l.text,
        html: l.html,
        auth: pass('myflcourtaccess.com'),
        zone: -240,
      };
    },
  },
  {
    id: 'gusto-payroll-processed',
    kind: 'payroll-notice',
    make(r, d) {
      const to = staff(r, 'accountant', 'office');
      const pay = addDays(d, 2);
      const l = letter({
        brand: { name: 'gusto', color: '#f45d48' },
        greeting: `Hi ${to.first},`,
        paras: [
          `Your payroll for ${FIRM} has been submitted. Your team will be paid on ${weekday(pay)}, ${longDate(pay)}.`,
          `Total debit: ${money(r, 380000, 620000)}\nEmployees: ${int(r, 112, 124)}\nDebit date: ${longDate(d)}`,
        ],
        button: {
          text: 'View payroll details',
          url: `https://app.gusto.com/payroll_admin/pay_schedule/${digits(r, 6)}`,
        },
        footer: [
          'Gusto, 525 20th St, San Francisco, CA 94107',
          'Manage your notification preferences in Gusto.',
        ],
      });
      return {
        from: mailbox('Gusto', 'no-reply@gusto.com'),
        to: to.email,
        subject: `Payroll submitted for ${longDate(pay)}`,
        text: l.text,
        html: l.html,
        auth: pass('gusto.com', 'mail.gusto.com', 'gusto.com'),
        relay: SENDGRID(r),
      };
    },
  },
  {
    id: 'gusto-w2-ready',
    kind: 'payroll-notice',
    make(r) {
      const to = staff(r);
      const year = r.pick([2024, 2025]);
      const l = letter({
        brand: { name: 'gusto', color: '#f45d48' },
        greeting: `Hi ${to.first},`,
        paras: [
          `Your ${year} Form W-2 from ${FIRM} is ready. Log in to Gusto to view and download it.`,
          'For your security, we never attach tax documents to email.',
        ],
        button: { text: 'View my W-2', url: 'https://app.gusto.com/documents' },
        footer: ['Gusto, 525 20th St, San Francisco, CA 94107'],
      });
      return {
        from: mailbox('Gusto', 'no-reply@gusto.com'),
        to: to.email,
        subject: `Your ${year} W-2 is ready`,
        text: l.text,
        html: l.html,
        auth: pass('gusto.com', 'mail.gusto.com', 'gusto.com'),
        relay: SENDGRID(r),
      };
    },
  },
  {
    id: 'quickbooks-court-reporter-invoice',
    kind: 'vendor-invoice',
    make(r) {
      const to = staff(r, 'office', 'accountant');
      const [vendor, phone] = r.pick([
        ['Capitol City Court Reporting', '(512) 555-0193'],
        ['Hill Country Process Servers', '(512) 555-0137'],
        ['Austin Legal Copy & Print', '(512) 555-0162'],
      ]);
      const inv = int(r, 1001, 9999);
      const amt = money(r, 180, 4200);
      const l = letter({
        brand: { name: vendor, color: '#2ca01c' },
        paras: [
          `Dear ${FIRM},`,
          `Here's your invoice! We appreciate your prompt payment.`,
          `Invoice ${inv}\nBalance due: ${amt}\nDue date: Net 30`,
        ],
        button: {
          text: 'Review and pay',
          url: `https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-${hex(r, 32)}?locale=EN_US&cta=viewinvoicenow`,
        },
        footer: [vendor, phone, 'Powered by QuickBooks'],
      });
      return {
        from: mailbox(vendor, 'quickbooks@notification.intuit.com'),
        replyTo: `billing@${vendor.toLowerCase().replace(/[^a-z]/g, '')}.com`,
        to: to.email,
        subject: `Invoice ${inv} from ${vendor}`,
        text: l.text,
        html: l.html,
        parts: [
          pdf(`Invoice_${inv}_from_${vendor.replace(/\W+/g, '_')}.pdf`, [
            vendor,
            `Invoice ${inv}`,
            `Bill to: ${FIRM}`,
            `Balance due: ${amt}`,
          ]),
        ],
        auth: pass('notification.intuit.com', 'notification.intuit.com', 'intuit.com'),
        relay: 'mail-10-12.intuit.com',
      };
    },
  },
  {
    id: 'chase-wire-sent-alert',
    kind: 'bank-alert',
    make(r, d) {
      const to = staff(r, 'accountant');
      const amt = money(r, 5000, 450000);
      const l = letter({
        brand: { name: 'CHASE', color: '#117aca' },
        paras: [
          `We sent a wire transfer of ${amt} from your account ending in (...${digits(r, 4)}) on ${longDate(d)} at ${int(r, 9, 11)}:${int(r, 10, 59)} AM ET.`,
          `Recipient: ${r.pick(['Independence Title', 'Stewart Title Guaranty', 'Texas Comptroller', `${outsider(r).last} Construction`])}\nAmount: ${amt}`,
          "If you have questions or didn't authorize this, please call us at the number on the back of your card or sign in at chase.com.",
        ],
        footer: [
          "You're getting this alert because you set it up on chase.com. Please don't reply to this automatically generated service email.",
          'JPMorgan Chase Bank, N.A. Member FDIC',
        ],
      });
      return {
        from: mailbox('Chase', 'no.reply.alerts@chase.com'),
        to: to.email,
        subject: 'Your wire transfer was sent',
        text: l.text,
        html: l.html,
        auth: pass('chase.com'),
        relay: 'mail-out.chase.com',
      };
    },
  },
  {
    id: 'chase-positive-pay-exceptions',
    kind: 'bank-alert',
    make(r) {
      const to = staff(r, 'accountant');
      const n = int(r, 1, 4);
      const l = letter({
        brand: { name: 'J.P. Morgan Access', color: '#3c2415' },
        paras: [
          `You have ${n} Positive Pay exception item(s) pending decision for account ending ${digits(r, 4)}.`,
          'Decisions must be made by 2:00 PM ET. Items without a decision will be handled according to your default instruction (Return).',
          'Please sign in to J.P. Morgan Access to review the exceptions.',
        ],
        footer: [
          'This is a service email from JPMorgan Chase Bank, N.A. Please do not reply.',
          'To review, sign in at https://secure.chase.com',
        ],
      });
      return {
        from: mailbox('Chase Business Banking', 'no-reply@alertsp.chase.com'),
        to: to.email,
        subject: `Positive Pay: ${n} exception item(s) require a decision`,
        text: l.text,
        html: l.html,
        auth: pass('alertsp.chase.com', 'alertsp.chase.com', 'chase.com'),
      };
    },
  },
  {
    id: 'wells-fargo-ach-alert',
    kind: 'bank-alert',
    make(r, d) {
      const to = staff(r, 'accountant', 'office');
      const l = letter({
        brand: { name: 'WELLS FARGO', color: '#d71e28' },
        paras: [
          `An ACH transaction of ${money(r, 100, 60000)} posted to your account ending in ${digits(r, 4)} on ${usDate(d)}.`,
          `Description: ${r.pick(['IRS USATAXPYMT', 'GUSTO NET PAY', 'TX COMPTROLLER TAX PYMT', 'ADP PAYROLL FEES'])}`,
          'View your account activity by signing on to wellsfargo.com.',
        ],
        footer: ['Please do not reply to this automated email.', 'Wells Fargo Bank, N.A. Member FDIC.'],
      });
      return {
        from: mailbox('Wells Fargo Online', 'alerts@notify.wellsfargo.com'),
        to: to.email,
        subject: 'Wells Fargo Account Alert: ACH transaction posted',
        text: l.text,
        html: l.html,
        auth: pass('notify.wellsfargo.com', 'notify.wellsfargo.com', 'wellsfargo.com'),
        relay: 'mail20.notify.wellsfargo.com',
      };
    },
  },
  {
    id: 'zoom-cloud-recording',
    kind: 'service-notification',
    make(r) {
      const to = staff(r);
      const topic = r.pick([
        'Client call - estate plan review',
        'Weekly litigation team meeting',
        'Closing walkthrough',
      ]);
      const url = `https://us06web.zoom.us/rec/share/${alnum(r, 40)}.${alnum(r, 16)}`;
      const l = letter({
        brand: { name: 'zoom', color: '#0b5cff' },
        greeting: `Hi ${to.first},`,
        paras: [
          `Your cloud recording is now available.`,
          `Topic: ${topic}\nDate: ${r.pick(['Mon', 'Tue', 'Wed', 'Thu'])} ${int(r, 1, 28)}, ${int(r, 1, 4)}:00 PM Central Time (US and Canada)`,
          `Share recording with viewers: ${url}\nPasscode: ${upper(r, 8)}`,
        ],
        button: { text: 'View recording', url: 'https://zoom.us/recording' },
        footer: ['Copyright ©2025 Zoom Communications, Inc. All rights reserved.'],
      });
      return {
        from: mailbox('Zoom', 'no-reply@zoom.us'),
        to: to.email,
        subject: `Cloud Recording - ${topic} is now available`,
        text: l.text,
        html: l.html,
        auth: pass('zoom.us'),
        relay: SENDGRID(r),
      };
    },
  },
  {
    id: 'zoom-phone-voicemail',
    kind: 'service-notification',
    make(r) {
      const to = staff(r);
      const caller = `(512) ${int(r, 200, 989)}-${digits(r, 4)}`;
      const l = letter({
        brand: { name: 'zoom', color: '#0b5cff' },
        greeting: `Hi ${to.first},`,
        paras: [
          `You have a new voicemail from ${caller}.`,
          `Duration: 00:00:${int(r, 10, 59)}\nTranscription: "${r.pick([`Hi this is ${outsider(r).first} calling about the closing on Friday, please give me a call back when you can.`, 'Hey, returning your call about the tax documents, I will be in the office until five.', "Good morning, this is the clerk's office regarding the hearing date, please call us back."])}"`,
        ],
        button: { text: 'Listen in Zoom', url: 'https://zoom.us/pbx/page/telephone/voicemail' },
        footer: ['Zoom Phone', 'Copyright ©2025 Zoom Communications, Inc.'],
      });
      return {
        from: mailbox('Zoom', 'no-reply@zoom.us'),
        to: to.email,
        subject: `New voicemail from ${caller}`,
        text: l.text,
        html: l.html,
        auth: pass('zoom.us'),
        relay: SENDGRID(r),
      };
    },
  },
  {
    id: 'title-closing-call-to-verify',
    kind: 'wire-instructions-legit',
    make(r, d) {
      const officer = outsider(r, false);
      const [company, domain, phone] = r.pick([
        ['Independence Title', 'independencetitle.com', '(512) 555-0110'],
        ['Heritage Title Company of Austin', 'heritage-title.com', '(512) 555-0125'],
        ['Stewart Title', 'stewart.com', '(512) 555-0177'],
      ]);
      const to = staff(r, 'paralegal', 'partner');
      const prop = property(r, 'Austin');
      const gf = gfNumber(r);
      const close = addDays(d, int(r, 3, 10));
      const text = [
        `Hi ${to.first},`,
        '',
        `We are scheduled to close ${prop} (${gf}) on ${weekday(close)}, ${longDate(close)}. Attached is the preliminary settlement statement for your review.`,
        '',
        'Our wiring instructions will come through CertifID, a secure portal; you will receive a separate invitation. Please call our office at the number listed on our website to verbally verify the instructions before sending any funds. Our wiring instructions will NEVER change, and we will never send changes by email.',
        '',
        'Please let me know if your client has any questions.',
        '',
        name(officer),
        `Escrow Officer | ${company}`,
        phone,
      ];
      return {
        from: mailbox(
          name(officer),
          `${officer.first[0].toLowerCase()}${officer.last.toLowerCase()}@${domain}`,
        ),
        to: addr(to),
        cc: r.below(2) ? `closings@${domain}` : undefined,
        subject: `${gf} - ${prop.split(',')[0]} - closing ${usDate(close)}`,
        text: text.join('\n'),
        html: noteHtml(text),
        parts: [
          pdf(`Prelim_Settlement_Statement_${gf.replace(/\W+/g, '')}.pdf`, [
            company,
            `Preliminary Settlement Statement - ${gf}`,
            prop,
            'Draft - subject to change',
          ]),
        ],
        auth: pass(domain),
        relay: O365(r),
      };
    },
  },
  {
    id: 'certifid-wire-invitation',
    kind: 'wire-instructions-legit',
    make(r) {
      const to = staff(r, 'paralegal');
      const company = r.pick(['Independence Title', 'Heritage Title Company of Austin', 'Stewart Title']);
      const l = letter({
        brand: { name: 'CertifID', color: '#1d3557' },
        greeting: `Hi ${to.first},`,
        paras: [
          `${company} has sent you wiring instructions for ${property(r, 'Austin')} through CertifID.`,
          'To view the instructions, verify your identity with a code sent to your phone. Always confirm wiring instructions by calling the title company at a known number before sending funds.',
        ],
        button: { text: 'View wire instructions', url: `https://app.certifid.com/secure/${guid(r)}` },
        footer: [
          'CertifID | Protecting real estate transactions from wire fraud',
          'Questions? support@certifid.com',
        ],
      });
      return {
        from: mailbox('CertifID', 'no-reply@certifid.com'),
        to: to.email,
        subject: `${company} sent you secure wire instructions`,
        text: l.text,
        html: l.html,
        auth: pass('certifid.com', 'em.certifid.com', 'certifid.com'),
        relay: SENDGRID(r),
      };
    },
  },
  {
    id: 'texas-bar-dues-statement',
    kind: 'professional-body',
    make(r) {
      const to = staff(r, 'partner', 'associate');
      const l = letter({
        brand: { name: 'State Bar of Texas', color: '#002855' },
        greeting: `Dear ${name(to)},`,
        paras: [
          `Your ${r.pick(['2025-2026', '2026-2027'])} State Bar of Texas membership fees statement is now available on My Bar Page. Membership fees are due June 1.`,
          'You can pay online and complete your required annual attorney profile and MCLE information at the same time.',
        ],
        button: {
          text: 'Go to My Bar Page',
          url: 'https://www.texasbar.com/AM/Template.cfm?Section=My_Bar_Page',
        },
        footer: [
          'State Bar of Texas | 1414 Colorado St. | Austin, TX 78701',
          'Membership Department | (800) 204-2222',
        ],
      });
      return {
        from: mailbox('State Bar of Texas', 'membership@texasbar.com'),
        to: addr(to),
        subject: 'Your State Bar of Texas membership fees statement is available',
        text: l.text,
        html: l.html,
        auth: pass('texasbar.com'),
      };
    },
  },
  {
    id: 'texasbarcle-registration',
    kind: 'professional-body',
    make(r) {
      const to = staff(r, 'partner', 'associate');
      const course = r.pick([
        'Advanced Real Estate Law Course',
        'Essentials of Estate Planning',
        'Advanced Civil Trial Course',
        'Tax Law in a Day',
      ]);
      const l = letter({
        brand: { name: 'TexasBarCLE', color: '#002855' },
        greeting: `Dear ${to.first},`,
        paras: [
          `Thank you for registering for ${course}. Your order number is ${digits(r, 7)}.`,
          `Course materials will be available in your online library before the course. If you are attending by webcast, the link will appear in My Courses on the day of the event.`,
        ],
        button: { text: 'My Courses', url: 'https://www.texasbarcle.com/CLE/MyCourses.asp' },
        footer: ['TexasBarCLE, State Bar of Texas, P.O. Box 12487, Austin, TX 78711'],
      });
      return {
        from: mailbox('TexasBarCLE', 'cle@texasbar.com'),
        to: addr(to),
        subject: `Registration confirmation: ${course}`,
        text: l.text,
        html: l.html,
        auth: pass('texasbar.com'),
      };
    },
  },
  {
    id: 'austin-bar-newsletter',
    kind: 'newsletter',
    make(r) {
      const to = staff(r, 'partner', 'associate', 'paralegal');
      const link = () =>
        `https://r20.rs6.net/tn.jsp?f=001${alnum(r, 60)}&c=${alnum(r, 40)}&ch=${alnum(r, 40)}`;
      const html = `<div style="font-family:Arial;max-width:600px"><h2 style="color:#1c3f6e">Austin Bar Association Weekly</h2><p><a href="${link()}">Bench Bar Conference registration is open</a></p><p><a href="${link()}">Lunch &amp; Learn CLE: Recent changes in Texas property law (1.0 hr)</a></p><p><a href="${link()}">Volunteer for the Pro Bono Wills Clinic</a></p><p style="font-size:11px;color:#888">Austin Bar Association | 712 W 16th St | Austin, TX 78701<br><a href="https://visitor.constantcontact.com/do?p=un&m=001${alnum(r, 20)}&se=001${alnum(r, 30)}">Unsubscribe ${to.email}</a></p></div>`;
      return {
        from: mailbox('Austin Bar Association', 'info@austinbar.org'),
        to: to.email,
        subject: r.pick([
          'This Week at the Austin Bar',
          'Austin Bar Weekly: Bench Bar, CLE and Pro Bono',
          'Austin Bar News',
        ]),
        html,
        headers: [
          'List-Unsubscribe: <https://visitor.constantcontact.com/do?p=un>',
          `X-Roving-Id: ${digits(r, 13)}`,
        ],
        auth: pass('austinbar.org', 'in.constantcontact.com', 'austinbar.org'),
        relay: `ccm${int(r, 10, 30)}.constantcontact.com`,
      };
    },
  },
  {
    id: 'it-maintenance-notice',
    kind: 'internal-notice',
    make(r, d) {
      const it = staff(r, 'it');
      const when = addDays(d, int(r, 1, 5));
      const text = [
        'All,',
        '',
        `This ${weekday(when)} (${longDate(when)}) from 8:00 PM to 11:00 PM CT we will be ${r.pick(['patching the file servers and firewalls', 'upgrading the VPN appliance', 'moving NetDocuments sync to the new server'])}. VPN and remote access may be interrupted during this window.`,
        '',
        'Please save your work and log off before you leave. You do not need to do anything else. We will never ask you for your password or to approve an MFA prompt you did not start; if you get one, deny it and call us.',
        '',
        'Thanks,',
        ...signature(it),
      ];
      return {
        from: addr(it),
        to: `allstaff@${DOMAIN}`,
        subject: `Scheduled maintenance ${weekday(when)} night`,
        text: text.join('\n'),
        html: noteHtml(text),
        auth: pass(DOMAIN),
        relay: O365(r),
      };
    },
  },
  {
    id: 'open-enrollment-hr',
    kind: 'internal-notice',
    make(r, d) {
      const hr = {
        first: 'Heather',
        last: 'Simms',
        email: `hsimms@${DOMAIN}`,
        title: 'Office Manager',
        office: 'Austin' as const,
      };
      const end = addDays(d, 14);
      const text = [
        'Hi everyone,',
        '',
        `Open enrollment for ${r.pick(['2025', '2026'])} benefits is open through ${longDate(end)}. You can review plans and make elections in Gusto under Benefits. The benefits guide is attached.`,
        '',
        "If you don't make changes, your current medical, dental and vision elections roll over, but FSA elections do not.",
        '',
        'Questions? Stop by or reply to this email.',
        '',
        ...signature(hr),
      ];
      return {
        from: addr(hr),
        to: `allstaff@${DOMAIN}`,
        subject: `Open enrollment is open - elections due ${longDate(end)}`,
        text: text.join('\n'),
        html: noteHtml(text),
        parts: [pdf('Benefits_Guide.pdf', [FIRM, 'Benefits Guide', 'Medical, dental, vision, FSA, 401(k)'])],
        auth: pass(DOMAIN),
        relay: O365(r),
      };
    },
  },
  {
    id: 'wire-policy-reminder-memo',
    kind: 'internal-notice',
    make(r) {
      const mp = {
        first: 'Margaret',
        last: 'Alder',
        email: `malder@${DOMAIN}`,
        title: 'Managing Partner',
        office: 'Austin' as const,
      };
      const text = [
        'Team,',
        '',
        'A reminder, given the fraud attempts we keep seeing in closings: we never change wiring instructions on the strength of an email, from a title company, a client or from me. Any new or changed wire instructions must be verified by phone at a number we already have on file, and trust disbursements need two approvals in the accounting system.',
        '',
        'Likewise, I will never ask anyone to buy gift cards or to move money urgently by email or text.',
        '',
        'Thank you for being careful.',
        '',
        ...signature(mp),
      ];
      return {
        from: addr(mp),
        to: `allstaff@${DOMAIN}`,
        subject: r.pick(['Reminder: wire instructions and payment requests', 'Wire fraud - our policy']),
        text: text.join('\n'),
        html: noteHtml(text),
        auth: pass(DOMAIN),
        relay: O365(r),
      };
    },
  },
  {
    id: 'court-reporter-bank-change-call',
    kind: 'vendor-bank-change-legit',
    make(r) {
      const to = r.pick([staff(r, 'office'), staff(r, 'accountant')]);
      const who = outsider(r);
      const text = [
        `Dear ${to.first},`,
        '',
        'Capitol City Court Reporting is moving its operating account to a new bank effective next month. A signed letter with the new remittance details is attached.',
        '',
        'Please do not update your records based on this email alone. Call our office at the number you already have on file for us, (512) 555-0193, and ask for accounting to confirm the details before making any change. We will not ask you to confirm by replying to this email.',
        '',
        'Thank you,',
        name(who),
        'Controller, Capitol City Court Reporting',
      ];
      return {
        from: mailbox(name(who), `${who.first.toLowerCase()}@capitolcitycourtreporting.com`),
        to: addr(to),
        subject: 'Notice of change in remittance information - please verify by phone',
        text: text.join('\n'),
        parts: [
          pdf('Remittance_Change_Letter_signed.pdf', [
            'Capitol City Court Reporting, LLC',
            'Notice of change in remittance information',
            'Please verify by telephone at the number on file before updating.',
          ]),
        ],
        auth: pass('capitolcitycourtreporting.com'),
        relay: GOOGLE(r),
      };
    },
  },
  {
    id: 'client-billing-complaint',
    kind: 'customer-complaint',
    make(r) {
      const who = outsider(r, false);
      const from = freemail(r, who);
      const to = staff(r, 'partner');
      const inv = `${int(r, 24, 26)}${digits(r, 4)}`;
      const text = [
        `${to.first},`,
        '',
        r.pick([
          `I just got invoice ${inv} and honestly I'm frustrated. We agreed the LLC formation and operating agreement would be a flat fee, and this shows ${int(r, 6, 14)} hours billed. I marked up the PDF with the entries I have questions about.`,
          `It has been three weeks since I sent over the documents for my ${r.pick(['2024', '2025'])} return and I haven't heard anything. The extension deadline is coming up. Attached is the list of what I sent so you can check.`,
        ]),
        '',
        'Can someone call me this week?',
        '',
        name(who),
        `(512) ${int(r, 200, 989)}-${digits(r, 4)}`,
      ];
      return {
        from: mailbox(name(who), from),
        to: addr(to),
        subject: r.pick([`Invoice ${inv}`, 'Not happy with this', 'Status of my return??']),
        text: text.join('\n'),
        parts: [
          pdf(`Invoice_${inv}_marked.pdf`, [
            FIRM,
            `Invoice ${inv}`,
            'Client notes: please explain these entries',
          ]),
        ],
        auth: free(from),
      };
    },
  },
  {
    id: 'new-client-inquiry-stranger',
    kind: 'client-intake',
    make(r) {
      const who = outsider(r);
      const from = freemail(r, who);
      const text = [
        'Hello,',
        '',
        r.pick([
          `I'm opening a small ${r.pick(['bakery', 'landscaping business', 'physical therapy clinic'])} in ${r.pick(['Pflugerville', 'Round Rock', 'South Austin'])} and need help forming an LLC and reviewing a commercial lease. I've attached the lease the landlord sent. Do you do free consultations?`,
          `My mother passed away in ${r.pick(['March', 'August', 'December'])} and left a house in Travis County. I'm the executor named in her will (attached) and I don't know where to start with probate. Could someone tell me what your fees would be?`,
        ]),
        '',
        'Thank you,',
        name(who),
        `(${r.pick(['512', '737'])}) ${int(r, 200, 989)}-${digits(r, 4)}`,
      ];
      return {
        from: mailbox(name(who), from),
        to: `info@${DOMAIN}`,
        subject: r.pick(['Consultation request', 'Need help with LLC and lease', 'Question about probate']),
        text: text.join('\n'),
        parts: [pdf(r.pick(['Lease_draft.pdf', 'Will_scan.pdf']), ['Scanned document', 'Page 1 of 1'])],
        auth: free(from),
      };
    },
  },
  {
    id: 'opposing-counsel-discovery',
    kind: 'legal-correspondence',
    make(r, d) {
      const who = outsider(r);
      const [firm, domain] = r.pick([
        ['Harrell Dunmore PLLC', 'harrelldunmore.com'],
        ['Castellano & Reed LLP', 'castellanoreed.com'],
        ['Brazos Trial Group', 'brazostrial.com'],
      ]);
      const to = staff(r, 'partner', 'associate');
      const cause = causeNumber(r);
      const text = [
        'Counsel,',
        '',
        `Attached please find Plaintiff's ${r.pick(['First Requests for Production', 'First Set of Interrogatories', 'Notice of Deposition'])} in Cause No. ${cause}, served today, ${longDate(d)}, via email pursuant to Tex. R. Civ. P. 21a.`,
        '',
        'Please let me know your availability for a Rule 11 conference next week.',
        '',
        'Regards,',
        name(who),
        firm,
      ];
      return {
        from: mailbox(
          name(who),
          `${who.first[0].toLowerCase()}${who.last.split(' ')[0].toLowerCase()}@${domain}`
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, ''),
        ),
        to: addr(to),
        cc: `${staff(r, 'paralegal').email}`,
        subject: `${cause} - Plaintiff's discovery requests`,
        text: text.join('\n'),
        html: noteHtml(text),
        parts: [
          pdf(`${cause.replace(/[^\w-]/g, '_')}_Discovery.pdf`, [
            `Cause No. ${cause}`,
            "PLAINTIFF'S DISCOVERY REQUESTS",
            `Served ${longDate(d)}`,
          ]),
        ],
        auth: pass(domain),
        relay: O365(r),
      };
    },
  },
  {
    id: 'robert-half-recruiter',
    kind: 'recruiter',
    make(r) {
      const who = outsider(r);
      const to = staff(r, 'paralegal', 'accountant');
      const text = [
        `Hi ${to.first},`,
        '',
        `I'm a recruiter with Robert Half's legal practice in Austin. I have a ${r.pick(['senior real estate paralegal', 'litigation paralegal', 'tax senior'])} opening with a client downtown that looks like a strong match with your background. Hybrid, ${r.pick(['$78-88K', '$85-95K', '$90-105K'])}.`,
        '',
        'Would you be open to a quick call this week? If the timing is not right, no problem at all.',
        '',
        'Best,',
        name(who),
        'Recruiting Manager | Robert Half',
      ];
      return {
        from: mailbox(
          name(who),
          `${who.first.toLowerCase()}.${who.last.split(' ')[0].toLowerCase()}@roberthalf.com`
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, ''),
        ),
        to: addr(to),
        subject: r.pick([
          'Confidential opportunity',
          'Paralegal role downtown - interested?',
          'Quick question',
        ]),
        text: text.join('\n'),
        html: noteHtml(text),
        auth: pass('roberthalf.com'),
        relay: O365(r),
      };
    },
  },
  {
    id: 'aicpa-engage-conference',
    kind: 'conference-invite',
    make(r) {
      const to = staff(r, 'accountant', 'partner');
      const link = (p: string) => `https://click.email.aicpa-cima.com/?qs=${hex(r, 96)}#${p}`;
      const html = `<div style="font-family:Arial;max-width:600px"><h2>AICPA &amp; CIMA ENGAGE</h2><p>Join thousands of CPAs in Las Vegas for four days of sessions on tax, A&amp;A, firm practice management and technology. Earn up to 40+ CPE credits.</p><p><a href="${link('register')}" style="background:#00857c;color:#fff;padding:10px 20px;text-decoration:none">Register now</a></p><p><a href="${link('agenda')}">View the agenda</a></p><p style="font-size:11px;color:#888">AICPA &amp; CIMA, 220 Leigh Farm Road, Durham, NC 27707<br><a href="${link('unsub')}">Unsubscribe</a> | <a href="${link('prefs')}">Manage preferences</a></p><img src="https://click.email.aicpa-cima.com/open.aspx?ffcb10-${hex(r, 16)}" width="1" height="1"></div>`;
      return {
        from: mailbox('AICPA & CIMA', 'no-reply@email.aicpa-cima.com'),
        to: to.email,
        subject: r.pick([
          'ENGAGE: early registration ends Friday',
          'Your invitation to ENGAGE',
          'Earn 40+ CPE at ENGAGE',
        ]),
        html,
        headers: ['List-Unsubscribe: <https://click.email.aicpa-cima.com/unsub>'],
        auth: pass('email.aicpa-cima.com', 'bounce.email.aicpa-cima.com', 'email.aicpa-cima.com'),
        relay: `mta${int(r, 1, 9)}.email.aicpa-cima.com`,
      };
    },
  },
  {
    id: 'linkedin-invitation',
    kind: 'social-notification',
    make(r) {
      const who = outsider(r);
      const to = staff(r);
      const l = letter({
        brand: { name: 'LinkedIn', color: '#0a66c2' },
        paras: [
          `${name(who)} would like to connect`,
          `${r.pick(['Escrow Officer at Independence Title', 'CPA | Partner at a regional firm', `Attorney at ${outsider(r).last} Law`])}\n${int(r, 2, 60)} mutual connections`,
        ],
        button: {
          text: 'Accept',
          url: `https://www.linkedin.com/comm/mynetwork/discovery-see-all?usecase=PEOPLE_FOLLOWS&lipi=urn%3Ali%3Apage%3Aemail_${alnum(r, 20)}`,
        },
        footer: [
          `This email was intended for ${name(to)}. Learn why we included this.`,
          'LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085',
        ],
      });
      return {
        from: mailbox(`${name(who)} via LinkedIn`, 'invitations@linkedin.com'),
        to: to.email,
        subject: `${to.first}, please add me to your LinkedIn network`,
        text: l.text,
        html: l.html,
        auth: pass('linkedin.com', 'bounce.linkedin.com', 'linkedin.com'),
        relay: `maila${int(r, 10, 99)}.linkedin.com`,
      };
    },
  },
  {
    id: 'fedex-delivery',
    kind: 'shipping-notice',
    make(r) {
      const to = staff(r, 'office', 'paralegal');
      const trk = digits(r, 12);
      const l = letter({
        brand: { name: 'FedEx', color: '#4d148c' },
        paras: [
          `Your package is scheduled for delivery ${r.pick(['today', 'tomorrow'])}.`,
          `Tracking ID: ${trk}\nFrom: ${r.pick(['Travis County District Clerk', 'Stewart Title', 'IRS', 'Thomson Reuters'])}\nShip to: ${FIRM}, Austin, TX`,
        ],
        button: {
          text: 'Track package',
          url: `https://www.fedex.com/fedextrack/?trknbr=${trk}&trkqual=${digits(r, 5)}~${trk}~FDEG`,
        },
        footer: [
          'This tracking update has been sent to you by FedEx on behalf of the requestor.',
          '© 2025 Federal Express Corporation',
        ],
      });
      return {
        from: mailbox('FedEx', 'TrackingUpdates@fedex.com'),
        to: to.email,
        subject: `FedEx Shipment ${trk}: Your package is on its way`,
        text: l.text,
        html: l.html,
        auth: pass('fedex.com'),
        relay: 'mx-out.fedex.com',
      };
    },
  },
  {
    id: 'ups-mychoice',
    kind: 'shipping-notice',
    make(r) {
      const to = staff(r);
      const trk = `1Z${upper(r, 6)}${digits(r, 10)}`;
      const l = letter({
        brand: { name: 'UPS My Choice', color: '#351c15' },
        paras: [
          `Your package is out for delivery.`,
          `Tracking Number: ${trk}\nShipper: ${r.pick(['CDW', 'Staples Business', 'Dell', 'Amazon'])}\nEstimated delivery: End of day`,
        ],
        button: { text: 'Track', url: `https://www.ups.com/track?loc=en_US&tracknum=${trk}&requester=ST/` },
        footer: ['© 2025 United Parcel Service of America, Inc.'],
      });
      return {
        from: mailbox('UPS My Choice', 'mcinfo@ups.com'),
        to: to.email,
        subject: `UPS Update: Package Scheduled for Delivery Today`,
        text: l.text,
        html: l.html,
        auth: pass('ups.com'),
      };
    },
  },
  {
    id: 'sharefile-client-upload',
    kind: 'shared-document',
    make(r) {
      const who = outsider(r);
      const to = staff(r, 'accountant');
      const files = int(r, 2, 9);
      const l = letter({
        brand: { name: 'ShareFile', color: '#0c4a8e' },
        paras: [
          `${name(who)} uploaded ${files} file(s) to the folder "${who.last} - ${r.pick(['2024', '2025'])} Tax Documents".`,
          `Files: W-2.pdf, 1099-INT.pdf, ${r.pick(['1098 Mortgage Interest.pdf', 'K-1.pdf', 'Charitable receipts.pdf'])}`,
        ],
        button: { text: 'View folder', url: `https://${tenant}.sharefile.com/home/shared/fo${hex(r, 32)}` },
        footer: [
          'You are receiving this notification because you are subscribed to this folder.',
          'ShareFile, Raleigh, NC',
        ],
      });
      return {
        from: mailbox('ShareFile', 'mail@sf-notifications.com'),
        to: to.email,
        subject: `${name(who)} uploaded files`,
        text: l.text,
        html: l.html,
        auth: pass('sf-notifications.com'),
        relay: SENDGRID(r),
      };
    },
  },
  {
    id: 'google-calendar-client-invite',
    kind: 'meeting-invite',
    make(r, d) {
      const who = outsider(r);
      const from = freemail(r, who, ['gmail.com']);
      const to = staff(r, 'partner', 'accountant');
      const start = addDays(d, int(r, 2, 9));
      const meet = `https://meet.google.com/${alnum(r, 3)}-${alnum(r, 4)}-${alnum(r, 3)}`;
      const summary = r.pick(['Tax planning call', 'Estate plan questions', 'Review closing documents']);
      return {
        from: mailbox(name(who), from),
        to: to.email,
        subject: `Invitation: ${summary} @ ${weekday(start)} ${longDate(start)} 2pm - 2:30pm (CDT) (${to.email})`,
        text: `${name(who)} has invited you to ${summary}\n\nJoin with Google Meet: ${meet}\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/event?action=VIEW&eid=${alnum(r, 60)}`,
        calendar: invitation({
          uid: `${alnum(r, 26)}@google.com`,
          organizer: from,
          attendee: to.email,
          summary,
          description: `Join with Google Meet: ${meet}`,
          location: meet,
          start: `${isoDay(start).replace(/-/g, '')}T190000Z`,
        }),
        auth: free(from),
        relay: GOOGLE(r),
      };
    },
  },
  {
    id: 'proconnect-efile-accepted',
    kind: 'service-notification',
    make(r) {
      const to = staff(r, 'accountant');
      const client = outsider(r);
      const l = letter({
        brand: { name: 'Intuit ProConnect', color: '#236cff' },
        paras: [
          `E-file status update`,
          `The ${r.pick(['federal', 'federal 1065', 'federal 1120-S'])} return for ${client.last.toUpperCase()}, ${client.first.toUpperCase()} (client ID ${digits(r, 6)}) has been ACCEPTED by the IRS.`,
          `Submission ID: ${digits(r, 20)}`,
        ],
        button: { text: 'Open ProConnect', url: 'https://proconnect.intuit.com/' },
        footer: ['Intuit Inc., 2700 Coast Ave, Mountain View, CA 94043'],
      });
      return {
        from: mailbox('Intuit ProConnect', 'do_not_reply@intuit.com'),
        to: to.email,
        subject: `E-file accepted: ${client.last.toUpperCase()}`,
        text: l.text,
        html: l.html,
        auth: pass('intuit.com'),
        relay: 'mail-10-12.intuit.com',
      };
    },
  },
  {
    id: 'irs-enews-govdelivery',
    kind: 'newsletter',
    make(r) {
      const to = staff(r, 'accountant', 'partner');
      const link = () =>
        `https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9.${b64(r)}.${alnum(r, 43)}/s/${digits(r, 7)}/br/${digits(r, 12)}-l`;
      const html = `<div style="font-family:Arial;max-width:600px"><h2>e-News for Tax Professionals</h2><p>Issue Number: ${int(r, 2024, 2026)}-${int(r, 1, 52)}</p><ul><li><a href="${link()}">IRS reminds tax professionals to renew PTINs</a></li><li><a href="${link()}">Security Summit warns of new phishing scams targeting tax pros</a></li><li><a href="${link()}">Updated guidance on Form 1099-K reporting thresholds</a></li></ul><p style="font-size:11px;color:#888">This message was distributed automatically from the IRS mailing list. Please Do Not Reply.<br><a href="https://public.govdelivery.com/accounts/USIRS/subscriber/edit?preferences=true">Manage Subscriptions</a></p></div>`;
      return {
        from: mailbox('IRS', 'irs@service.govdelivery.com'),
        to: to.email,
        subject: r.pick(['e-News for Tax Professionals', 'IRS e-News: PTIN renewal and new scam alerts']),
        html,
        headers: [
          'List-Unsubscribe: <https://public.govdelivery.com/accounts/USIRS/subscriber/one_click_unsubscribe>',
        ],
        auth: pass('service.govdelivery.com', 'service.govdelivery.com', 'govdelivery.com'),
        relay: `mta${int(r, 10, 99)}.govdelivery.com`,
      };
    },
  },
  {
    id: 'texas-comptroller-franchise-reminder',
    kind: 'government-notice',
    make(r) {
      const to = staff(r, 'accountant');
      const l = letter({
        brand: { name: 'Texas Comptroller of Public Accounts', color: '#1f3864' },
        paras: [
          'Texas franchise tax reports are due May 15.',
          'Reports and payments can be filed through Webfile, our secure online filing system. Extension requests must also be filed by the due date.',
          'Visit comptroller.texas.gov/taxes/franchise for forms and instructions.',
        ],
        button: { text: 'Go to Webfile', url: 'https://comptroller.texas.gov/taxes/file-pay/' },
        footer: [
          'You are subscribed to Tax Reminders from the Texas Comptroller. Manage your subscriptions at public.govdelivery.com.',
        ],
      });
      return {
        from: mailbox('Texas Comptroller', 'txcomptroller@public.govdelivery.com'),
        to: to.email,
        subject: 'Reminder: Franchise tax reports due May 15',
        text: l.text,
        html: l.html,
        auth: pass('public.govdelivery.com', 'public.govdelivery.com', 'govdelivery.com'),
        relay: `mta${int(r, 10, 99)}.govdelivery.com`,
      };
    },
  },
  {
    id: 'thomson-reuters-invoice',
    kind: 'vendor-invoice',
    make(r) {
      const to = staff(r, 'office');
      const amt = money(r, 2400, 11800);
      const l = letter({
        brand: { name: 'Thomson Reuters', color: '#ff8000' },
        greeting: 'Dear Customer,',
        paras: [
          `Your invoice for account ${digits(r, 10)} is now available. Amount due: ${amt}.`,
          'You can view, download and pay your invoice in My Account. If you have already paid, thank you.',
        ],
        button: { text: 'View invoice', url: 'https://myaccount.thomsonreuters.com/en/invoices' },
        footer: ['Thomson Reuters, 610 Opperman Drive, Eagan, MN 55123'],
      });
      return {
        from: mailbox('Thomson Reuters', 'no-reply@thomsonreuters.com'),
        to: to.email,
        subject: 'Your Thomson Reuters invoice is ready',
        text: l.text,
        html: l.html,
        auth: pass('thomsonreuters.com'),
      };
    },
  },
  {
    id: 'lexisnexis-password-reset',
    kind: 'password-reset-requested',
    make(r) {
      const to = staff(r, 'associate', 'paralegal', 'partner');
      const l = letter({
        brand: { name: 'LexisNexis', color: '#d5001c' },
        greeting: `Hello ${to.first},`,
        paras: [
          'We received a request to reset the password for your Lexis+ ID. This link expires in 30 minutes.',
          "If you didn't request a password reset, you can ignore this message.",
        ],
        button: {
          text: 'Reset password',
          url: `https://signin.lexisnexis.com/lnaccess/ResetPassword?token=${alnum(r, 48)}`,
        },
        footer: ['LexisNexis, 230 Park Avenue, New York, NY 10169'],
      });
      return {
        from: mailbox('LexisNexis', 'noreply@lexisnexis.com'),
        to: to.email,
        subject: 'Reset your Lexis+ password',
        text: l.text,
        html: l.html,
        auth: pass('lexisnexis.com'),
      };
    },
  },
  {
    id: 'microsoft-invoice',
    kind: 'vendor-invoice',
    make(r) {
      const to = staff(r, 'it');
      const l = letter({
        brand: { name: 'Microsoft', color: '#2f2f2f' },
        paras: [
          `Your invoice for billing account ${FIRM} is ready.`,
          `Invoice number: G${digits(r, 9)}\nAmount: ${money(r, 3800, 7200)}\nBilling profile: ${FIRM}`,
          'Sign in to the Microsoft 365 admin center to view and download your invoice.',
        ],
        button: {
          text: 'View invoice',
          url: 'https://admin.microsoft.com/Adminportal/Home#/BillingAccounts/bills',
        },
        footer: ['Microsoft Corporation, One Microsoft Way, Redmond, WA 98052', 'Privacy Statement'],
      });
      return {
        from: mailbox('Microsoft', 'microsoft-noreply@microsoft.com'),
        to: to.email,
        subject: 'Your Microsoft invoice is ready',
        text: l.text,
        html: l.html,
        auth: pass('microsoft.com'),
        relay: `${r.pick(['BN7PR', 'DM6PR'])}${digits(r, 2)}MB${digits(r, 4)}.namprd${digits(r, 2)}.prod.outlook.com`,
      };
    },
  },
  {
    id: 'calendly-consultation-booked',
    kind: 'meeting-invite',
    make(r, d) {
      const who = outsider(r);
      const to = staff(r, 'partner', 'associate');
      const start = addDays(d, int(r, 1, 8));
      const l = letter({
        greeting: `Hi ${to.first},`,
        paras: [
          `A new event has been scheduled.`,
          `Event Type: 30 Minute Initial Consultation\nInvitee: ${name(who)}\nInvitee Email: ${freemail(r, who)}\nEvent Date/Time: ${r.pick(['10:00am', '2:30pm', '4:00pm'])} - ${weekday(start)}, ${longDate(start)} (Central Time)\nLocation: Zoom`,
          `Questions: ${r.pick(['Buying a rental property, need contract review', 'Setting up a trust for my kids', 'IRS letter about my 2023 return'])}`,
        ],
        button: { text: 'View event in Calendly', url: `https://calendly.com/scheduled_events/${guid(r)}` },
        footer: ['Sent from Calendly'],
      });
      return {
        from: mailbox('Calendly', 'notifications@calendly.com'),
        to: to.email,
        subject: `New Event: ${name(who)} - ${r.pick(['10:00am', '2:30pm', '4:00pm'])} ${weekday(start)}, ${longDate(start)} - 30 Minute Initial Consultation`,
        text: l.text,
        html: l.html,
        auth: pass('calendly.com'),
        relay: SENDGRID(r),
      };
    },
  },
  {
    id: 'lawpay-deposit-receipt',
    kind: 'payment-receipt',
    make(r) {
      const to = staff(r, 'accountant');
      const client = outsider(r);
      const amt = money(r, 1500, 25000);
      const l = letter({
        brand: { name: 'LawPay', color: '#1c4f9c' },
        paras: [
          `You've received a payment.`,
          `Amount: ${amt}\nPayer: ${name(client)}\nDeposit account: ${r.pick(['Trust (IOLTA)', 'Operating'])}\nReference: Retainer - ${client.last}\nTransaction ID: ${digits(r, 10)}`,
        ],
        button: { text: 'View transaction', url: 'https://secure.lawpay.com/transactions' },
        footer: ['LawPay is a registered ISO of Synovus Bank, Columbus, GA.'],
      });
      return {
        from: mailbox('LawPay', 'no-reply@lawpay.com'),
        to: to.email,
        subject: `Payment received: ${amt} from ${name(client)}`,
        text: l.text,
        html: l.html,
        auth: pass('lawpay.com'),
        relay: SES(r),
      };
    },
  },
  {
    id: 'client-reply-with-documents',
    kind: 'client-correspondence',
    make(r, d) {
      const who = outsider(r);
      const from = freemail(r, who);
      const to = staff(r, 'accountant', 'paralegal');
      const earlier = addDays(d, -int(r, 1, 6));
      const text = [
        `Hi ${to.first},`,
        '',
        r.pick([
          'Here are the bank statements you asked for. Let me know if you need anything else.',
          'Attached is the signed form. Sorry for the delay, the scanner at work was down.',
        ]),
        '',
        who.first,
        ...quoted(`${name(to)} <${to.email}>`, earlier, [
          `Hi ${who.first},`,
          '',
          'To finish your return we still need the last three bank statements and the signed Form 8879.',
          '',
          'Thanks,',
          name(to),
        ]),
      ];
      return {
        from: mailbox(name(who), from),
        to: addr(to),
        subject: r.pick(['RE: Documents still needed', 'RE: Form 8879 - signature needed']),
        text: text.join('\n'),
        parts: [
          pdf(r.pick(['statements.pdf', 'Scan_0001.pdf', '8879_signed.pdf']), [
            'Scanned document',
            `${name(who)}`,
          ]),
        ],
        headers: [`In-Reply-To: <${alnum(r, 16)}@${DOMAIN}>`],
        auth: free(from),
      };
    },
  },
];

function b64(r: R): string {
  return Buffer.from(
    `{"buletin_link_id":"${digits(r, 3)}","uri":"bp2:click","url":"https://www.irs.gov/"}`,
  ).toString('base64url');
}

const HAM_19: readonly Template[] = [...ham, ...LOCAL_HAM_19];
export const UNSEEN_HAM_19_TEMPLATE_COUNT: number = HAM_19.length;

export async function unseenHam19(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return generate(HAM_19, perTemplate, seed + 1, seededRandom);
}
