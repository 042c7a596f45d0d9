// The fourteenth unseen phishing set. Theme: mail as it is found in the public collections researchers
// judge filters on - phishing archives gathered from honeypots and user mailboxes over 2015-2026 - arriving
// at Hallbeck Engineering (corp.example). Its form varies as archived mail does: quoted-printable and
// base64 bodies, windows-1252 / iso-8859-1 / utf-8, encoded-word subjects, HTML-only table layouts, image
// maps, text hidden with CSS, forms posting from the body, login pages attached as HTML, IP-literal and
// URL-encoded links, and older messages without the MTA's Authentication-Results. Every era's lure is here:
// bank, PayPal, eBay and Apple verification, webmail quota, Office 365, DocuSign, voicemail, fax, parcels,
// tax refunds, lottery, 419, inheritance, romance, jobs, invoice malware, crypto, charity, in English with
// Spanish, Portuguese, German, French, Italian and Russian in unseen-14-local.ts. It was written blind: from
// the brief and knowledge of such archives alone, without reading the desk, its tests, its data or earlier
// sets, and without running the desk or any judge on it.
import type { SeededRandom } from './generate.js';
import { legacyMacroDocument, macroWorkbook, oneNote, qrPng, zipOf } from './payloads.js';
import { LOCAL_PHISHING } from './unseen-14-local.js';
import {
  BANKS,
  type Block,
  brandSender,
  draw,
  fraudster,
  greet,
  hidden,
  inlineForm,
  loginPage,
  named,
  type Template,
  viaHackedHost,
  webmailHost,
} from './unseen-14-scene.js';
import { onePagePdf } from './unseen-payloads.js';

const bankVerify: Template = {
  name: 'bank-verify-classic',
  kind: 'bank-verification',
  make: (s) => {
    const bank = s.pick(BANKS);
    const url = s.landing(bank.words);
    const sender = brandSender(
      s,
      s.pick(['alerts', 'onlinebanking', 'security', 'no-reply', 'service']),
      bank.domain,
      bank.words,
    );
    const reason = s.pick([
      'we have detected irregular activity on your online banking profile',
      'your account information needs to be updated due to our new security system',
      'several failed login attempts were made to your account',
      'we were unable to verify a recent transaction on your card',
    ]);
    const body = s.compose([
      greet(s),
      `During our regular security review ${reason}. For your protection, access to online banking has been ${s.pick(['temporarily suspended', 'limited', 'placed on hold'])}.`,
      `To restore full access please ${s.pick(['verify your identity', 'confirm your details', 'complete the verification'])} within ${s.pick(['24', '48', '72'])} hours.`,
      { button: s.pick(['Log On', 'Verify Now', 'Restore Access', 'Continue']), href: url },
      `Failure to do so will result in ${s.pick(['permanent suspension', 'the closure of your account', 'a hold on all transactions'])}.`,
      { sig: [`${bank.name} Online Security Team`, `Ref: ${s.token(3).toUpperCase()}-${s.digits(6)}`] },
    ]);
    return {
      ...named(sender, s.pick([bank.name, `${bank.name} Online`, `${bank.name} Alerts`])),
      subject: s.pick([
        `${bank.name}: Important notice about your account`,
        'Account Suspended',
        `Security Alert - ${bank.name}`,
        `Your ${bank.name} online access has been restricted`,
        'Please verify your account information',
      ]),
      ...body,
    };
  },
};

const bankForm: Template = {
  name: 'bank-inline-form',
  kind: 'bank-form-in-body',
  era: [2015, 2019],
  make: (s) => {
    const bank = s.pick(BANKS);
    const action = s.pick([
      s.hackedUrl('post.php'),
      s.ipUrl('cgi-bin/process.php'),
      `http://${s.attackerDomain(bank.words)}/save.php`,
    ]);
    const fields = s.pick([
      ['Card Number', 'Expiry Date', 'CVV', 'ATM PIN'],
      ['Customer ID', 'Password', 'Memorable Information', 'Date of Birth'],
      ['Username', 'Passcode', 'Mobile Number', 'Security Answer'],
    ]);
    const html = `<html><body><table width="620" align="center" style="font-family:Arial;border:1px solid #ccc"><tr><td style="background:#004a8f;color:#fff;padding:12px;font-size:20px">${bank.name}</td></tr><tr><td style="padding:16px">${greet(s)}<br><br>${s.pick(['As part of our annual account review', 'Due to a system upgrade', 'Following a failed payment'])}, please complete the form below to keep your account active.${hidden(s)}<br><br>${inlineForm(action, fields, s.pick(['Submit', 'Confirm', 'Update']))}</td></tr></table></body></html>`;
    return {
      ...viaHackedHost(s, `${bank.name}`, `${s.pick(['service', 'update', 'support'])}@${bank.domain}`),
      subject: s.pick([
        'Account Review Form',
        `${bank.name} - Update Required`,
        'Customer Information Update',
        `Annual verification (${s.digits(5)})`,
      ]),
      html,
      text: s.chance(0.3) ? 'Please view this message in an HTML-capable mail client.' : undefined,
    };
  },
};

const paypalLimited: Template = {
  name: 'paypal-limited',
  kind: 'paypal-account-limited',
  make: (s) => {
    const url = s.landing(['paypal', 'pp-resolution', 'paypal-center']);
    const sender = brandSender(
      s,
      s.pick(['service', 'service@intl', 'noreply']).replace('@intl', ''),
      'paypal.com',
      ['paypal', 'pp-resolution'],
    );
    const caseId = `PP-${s.digits(3)}-${s.digits(3)}-${s.digits(3)}`;
    const body = s.compose([
      greet(s),
      s.pick([
        "We've noticed some unusual activity on your PayPal account and have temporarily limited what you can do with it.",
        'We recently reviewed your account and need more information to help us provide you with secure service.',
        'Your payment of ' +
          s.money(40, 900) +
          ' to ' +
          s.pick(['Apple Services', 'eBay Inc.', 'Steam Games', 'Best Buy']) +
          ' has been put on hold.',
      ]),
      `Case ID: ${caseId}`,
      { button: s.pick(['Resolve Now', 'Log in', 'Confirm your information', 'Cancel payment']), href: url },
      s.pick([
        'Until we hear from you, you will not be able to send or receive money.',
        'If you did not authorise this, please log in immediately.',
      ]),
      { sig: ['Sincerely,', 'PayPal'] },
    ]);
    return {
      ...named(sender, s.pick(['PayPal', 'service@paypal.com', 'PayPal Resolution Center', 'PayPal, Inc.'])),
      subject: s.pick([
        'Your account has been limited',
        `Case ${caseId}: action required`,
        'Notification of payment received',
        'Unauthorized access to your PayPal account',
        "We've limited your account",
      ]),
      ...body,
    };
  },
};

const paypalAttachment: Template = {
  name: 'paypal-html-attachment',
  kind: 'paypal-attached-form',
  era: [2015, 2019],
  make: (s) => {
    const action = s.pick([s.hackedUrl('pp.php'), s.ipUrl('paypal/update.php')]);
    const page = loginPage('PayPal', action, s.address, '#003087');
    const text = `${greet(s)}\n\nWe need you to confirm your account information. Please download the form attached to this email and open it in a web browser.\n\nOnce opened, you will be provided with steps to restore your account access.\n\nThank you,\nPayPal`;
    return {
      ...viaHackedHost(
        s,
        'PayPal',
        s.pick([
          'service@paypal.com',
          'security@paypal.com',
          `info@paypal-support.${s.pick(['com', 'net'])}`,
        ]),
      ),
      subject: s.pick([
        'Your PayPal account has been limited!',
        'Account Notification',
        'Restore Your Account',
        'PayPal: Confirm Your Identity',
      ]),
      text,
      attachments: [
        {
          type: 'text/html',
          name: s.pick(['Restore_Account.html', 'PayPal-Form.htm', 'update_form.html']),
          content: page,
        },
      ],
    };
  },
};

const ebay: Template = {
  name: 'ebay-account',
  kind: 'ebay-verification',
  era: [2015, 2020],
  make: (s) => {
    const url = s.landing(['ebay', 'signin-ebay', 'ebay-member']);
    const item = s.pick([
      'Canon EOS 5D Mark III',
      'Rolex Submariner 116610',
      'iPhone 7 Plus 128GB',
      'Louis Vuitton Neverfull',
      'PlayStation 4 Pro',
    ]);
    const sender = brandSender(s, s.pick(['member', 'aw-confirm', 'eBay']), 'ebay.com', [
      'ebay',
      'signin-ebay',
    ]);
    const body = s.compose(
      s.pick([
        [
          `Dear eBay Member,`,
          `Your recent listing "${item}" has been removed and your account suspended because of a billing problem.`,
          { button: 'Reinstate Account', href: url },
          { sig: ['Regards,', 'Safeharbor Department eBay Inc.'] },
        ],
        [
          `Question from ${s.pick(['buyer_1987', 'sneakerhead22', 'mike.v.auctions'])} about item #${s.digits(12)}: ${item}`,
          '"Hi, I paid for this item 4 days ago and still have not received it. Please respond or I will open a case."',
          { button: 'Respond Now', href: url },
          'eBay sent this message on behalf of an eBay member.',
        ],
      ] as Block[][]),
    );
    return {
      ...named(sender, 'eBay'),
      subject: s.pick([
        'Your eBay account has been suspended',
        `Question about item #${s.digits(12)}`,
        'eBay: Billing problem - action needed',
        'Member-to-member message',
      ]),
      ...body,
    };
  },
};

const appleId: Template = {
  name: 'apple-id-locked',
  kind: 'apple-id',
  make: (s) => {
    const url = s.landing(['appleid', 'apple-id', 'icloud', 'itunes']);
    const sender = brandSender(s, s.pick(['noreply', 'appleid', 'no_reply']), 'apple.com', [
      'appleid',
      'id-apple',
    ]);
    const device = s.pick(['iPhone 6s', 'MacBook Pro', 'iPad Air', 'Windows PC']);
    const body = s.compose([
      greet(s),
      s.pick([
        `Your Apple ID was used to sign in to iCloud via a web browser on ${device} from ${s.pick(['Moscow, Russia', 'Shenzhen, China', 'Lagos, Nigeria', 'Kyiv, Ukraine'])}.`,
        'Your Apple ID has been locked for security reasons.',
        `Your receipt: App Store purchase "${s.pick(['Clash of Clans 14,000 Gems', 'Final Cut Pro', 'PUBG MOBILE UC'])}" ${s.money(49, 299)}. If you did not authorise this purchase, visit the link below.`,
      ]),
      {
        link: url,
        label: s.pick([
          'Verify your Apple ID',
          'Unlock now',
          'Cancel and request a refund',
          'https://appleid.apple.com/',
        ]),
      },
      'Apple ID | Support | Privacy Policy',
      `Copyright \u00a9 ${s.year} Apple Distribution International. All rights reserved.`,
    ]);
    return {
      ...named(sender, s.pick(['Apple', 'App Store', 'iCloud', 'Apple Support'])),
      subject: s.pick([
        'Your Apple ID has been locked',
        'Your receipt from Apple',
        `Your Apple ID was used to sign in to iCloud via a web browser`,
        `[Case ID: ${s.digits(8)}] Apple ID disabled`,
      ]),
      ...body,
    };
  },
};

const webmailQuota: Template = {
  name: 'webmail-quota',
  kind: 'mailbox-quota',
  make: (s) => {
    const host = webmailHost(s);
    const url = s.landing(['webmail', 'mailbox', 'owa', 'quota'], 'index.html');
    const used = s.int(96, 99);
    const body = s.compose([
      s.pick([`Dear ${s.address},`, 'Dear Webmail User,', 'Attention:']),
      `Your mailbox has exceeded the storage limit ${s.pick(['of 2 GB', 'set by your administrator', ''])} (${used}% used). You may not be able to send or receive new mail until you re-validate your mailbox.`,
      { list: [`Current size: ${(used * 20.48).toFixed(1)} MB`, 'Limit: 2048 MB'] },
      { button: s.pick(['Re-validate', 'Click here to increase quota', 'Validate mailbox']), href: url },
      { sig: [`System Administrator`, `${host}`] },
    ]);
    const from: [string, string] = [
      s.pick(['System Administrator', 'Mail Admin', `${host} Support`, 'IT Help Desk', 'Webmail Team']),
      s.pick([`admin@${s.attackerDomain(['mail', 'admin'])}`, s.freemail(s.personName())]),
    ];
    return {
      from,
      auth: s.senderAuth(from[1]),
      mailer: 'script',
      subject: s.pick([
        'Mailbox Quota Exceeded',
        `Your mailbox is almost full (${used}%)`,
        `${s.address} - Storage Limit Warning`,
        'Mailbox Size Warning',
      ]),
      ...body,
    };
  },
};

const mailboxUpgrade: Template = {
  name: 'mailbox-upgrade',
  kind: 'mailbox-upgrade',
  make: (s) => {
    const host = webmailHost(s);
    const url = s.landing(['upgrade', 'webmail', 'outlook-web'], 'upgrade.php');
    const shout = s.chance(0.3);
    const lines = [
      `${s.pick(['Dear Staff', 'Hello', 'Attention User'])},`,
      `We are upgrading all ${host} accounts to the new ${s.pick(['Outlook Web App 2019', 'Microsoft 365 platform', 'Zimbra 9 server', 'Webmail 2.0'])}. Your account is scheduled for deactivation unless you upgrade today.`,
      `Click Here to upgrade: ${url}`,
      'Thanks,\nIT Service Desk',
    ];
    const text = shout
      ? lines.join('\n\n').toUpperCase().replace(url.toUpperCase(), url)
      : lines.join('\n\n');
    const sender = s.chance(0.5)
      ? viaHackedHost(s, 'IT Service Desk', `helpdesk@corp.example`)
      : {
          ...s.sender('Email Administrator', `admin@${s.attackerDomain(['mail-upgrade', 'webadmin'])}`),
          mailer: 'script' as const,
        };
    return {
      ...sender,
      subject: s.pick([
        'Mailbox Upgrade',
        'Email Account Upgrade Notice',
        'FINAL NOTICE: Upgrade your email',
        `${s.address} deactivation request`,
      ]),
      text,
      html: s.chance(0.5)
        ? `<div style="font-family:Tahoma">${text
            .split('\n\n')
            .map((p) => `<p>${p.replace(url, `<a href="${url}">CLICK HERE</a>`)}</p>`)
            .join('')}</div>`
        : undefined,
    };
  },
};

const o365Password: Template = {
  name: 'o365-password-expiry',
  kind: 'password-expiry',
  era: [2017, 2026],
  make: (s) => {
    const url = s.landing(['office365', 'microsoftonline', 'o365', 'ms-portal']);
    const days = s.int(0, 3);
    const body = s.compose([
      `${s.address}`,
      `Your password ${days === 0 ? 'expires today' : `will expire in ${days} day(s)`}. ${s.pick(['Use the button below to keep your current password.', 'To continue using the same password, please verify below.'])}`,
      { button: s.pick(['Keep Same Password', 'Keep current password', 'Update']), href: url },
      `Microsoft Office 365 \u00a9 ${s.year}`,
      s.pick(['This email was sent from an unmonitored mailbox.', 'Please do not reply to this message.']),
    ]);
    const own = `${s.pick(['no-reply', 'passwordreset', 'admin'])}@${s.attackerDomain(['office', 'msonline', 'o365'])}`;
    return {
      from: [
        s.pick(['Microsoft Office 365', 'Office365 Admin', 'Microsoft Account Team', 'corp.example IT']),
        own,
      ],
      auth: s.throwaway(own.split('@')[1]),
      subject: s.pick([
        `Password Expiry Notice for ${s.address}`,
        'Your password will expire soon',
        'Action Required: password expiration',
        `Office 365: ${days} days left`,
      ]),
      ...body,
    };
  },
};

const sharepointDoc: Template = {
  name: 'o365-shared-document',
  kind: 'shared-document',
  era: [2018, 2026],
  make: (s) => {
    const sharer = s.personName();
    const url = s.pick([
      s.landing(['sharepoint', 'onedrive', 'office-docs'], 'view.html'),
      `https://${s.pick(['forms.example-app.net', 'sites.example-builder.com', 'docs-viewer.example.org'])}/${s.token(12)}`,
    ]);
    const file = s.pick([
      'Q3 Remittance Advice.pdf',
      'Revised Contract.docx',
      'Payment Schedule 2024.xlsx',
      'Project Hallbeck - RFQ.pdf',
      `Invoice_${s.digits(5)}.pdf`,
    ]);
    const compromised =
      s.freemail(sharer).split('@')[0] +
      '@' +
      s.pick([
        'harbourfreight-partners.example.com',
        'meridian-surveys.example',
        'cityofbrookdale.example.gov',
        'northfield-cpa.example',
      ]);
    const body = s.compose(
      [
        `${sharer} has shared a file with you`,
        `\u{1F4C4} ${file}`,
        s.pick([
          'This link will work for anyone with the link.',
          'Please review and sign by end of day.',
          '',
        ]),
        { button: 'Open', href: url },
        s.pick([
          'Microsoft respects your privacy. To learn more, please read our Privacy Statement.',
          'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
        ]),
      ],
      s.pick(['html', 'both'] as const),
    );
    return {
      from: [`${sharer}${s.pick(['', ' (via OneDrive)', ' via SharePoint'])}`, compromised],
      auth: s.own(compromised.split('@')[1]),
      mailer: 'person',
      subject: s.pick([
        `${sharer} shared "${file}" with you`,
        `${file}`,
        `Document shared with you: "${file}"`,
      ]),
      ...body,
    };
  },
};

const docusign: Template = {
  name: 'docusign-envelope',
  kind: 'docusign-lure',
  era: [2017, 2026],
  make: (s) => {
    const url = s.landing(['docusign', 'docu-sign', 'esign', 'docsign'], 'envelope.php');
    const sender = s.pick(['Accounts Payable', 'HR Department', s.personName(), 'Legal Services']);
    const doc = s.pick([
      'Completed: Contract Agreement',
      'Please DocuSign: 2024 Employee Handbook',
      'Payment Authorization Form',
      'Settlement Statement',
      'Final Purchase Agreement',
    ]);
    const body = s.compose(
      [
        `${sender} sent you a document to review and sign.`,
        { button: 'REVIEW DOCUMENT', href: url },
        `${s.pick(['Please review and sign.', 'All parties have completed. Please find the attached', 'Kindly review at your earliest convenience.'])}`,
        `Powered by DocuSign`,
        'Do Not Share This Email: This email contains a secure link to DocuSign.',
      ],
      s.pick(['html', 'both'] as const),
    );
    const own = `${s.pick(['dse', 'docusign', 'envelope'])}@${s.attackerDomain(['docusign', 'esign', 'docs'])}`;
    const withPdf = s.chance(0.3);
    return {
      from: [`${sender} via DocuSign`, own],
      auth: s.throwaway(own.split('@')[1]),
      subject: `${doc}${s.pick(['', ` (${s.digits(6)})`, ` - Ref#${s.token(6).toUpperCase()}`])}`,
      ...body,
      attachments: withPdf
        ? [
            {
              type: 'application/pdf',
              name: 'DocuSign_Envelope.pdf',
              content: onePagePdf(
                ['DocuSign Envelope', `Sender: ${sender}`, 'Click here to view the secured document'],
                { link: url },
              ),
            },
          ]
        : undefined,
    };
  },
};

const voicemail: Template = {
  name: 'voicemail-html',
  kind: 'voicemail',
  era: [2019, 2026],
  make: async (s) => {
    const url = s.landing(['voicemail', 'vm-portal', 'audio'], 'play.html');
    const caller = `+1 (${s.int(201, 989)}) ${s.int(200, 999)}-${s.digits(4)}`;
    const seconds = `00:${String(s.int(11, 59)).padStart(2, '0')}`;
    const attach = s.pick(['html', 'qr', 'none'] as const);
    const text = `You have received a new voice message.\n\nFrom: ${caller}\nDuration: ${seconds}\nReceived: ${s.day()}\n\n${attach === 'none' ? `Listen: ${url}` : attach === 'qr' ? 'Scan the code attached with your phone to listen.' : 'Open the attached audio player to listen.'}\n\n-- Voice Messaging System`;
    const attachments =
      attach === 'html'
        ? [
            {
              type: 'text/html',
              name: `VM_${s.digits(6)}_${seconds.replace(':', '')}.htm`,
              content: loginPage('Microsoft', s.landing(['voicemail', 'vm'], 'next.php'), s.address),
            },
          ]
        : attach === 'qr'
          ? [{ type: 'image/png', name: 'voicemail.png', content: await qrPng(url) }]
          : undefined;
    const own = `${s.pick(['voicemail', 'vmail', 'noreply'])}@${s.attackerDomain(['voice', 'telecom', 'vm'])}`;
    return {
      from: [s.pick(['Voice Mail', 'RingCentral', 'VoiceMail Service', 'corp.example Voicemail']), own],
      auth: s.throwaway(own.split('@')[1]),
      subject: s.pick([
        `New voicemail from ${caller}`,
        `Voice Message: ${seconds}`,
        `You have a new voice message (${seconds})`,
        `\u260e Missed call ${caller}`,
      ]),
      text,
      attachments,
    };
  },
};

const fax: Template = {
  name: 'efax-document',
  kind: 'fax',
  make: (s) => {
    const pages = s.int(1, 6);
    const id = s.digits(9);
    const malware = s.chance(0.5);
    const url = s.landing(['efax', 'fax-message', 'myfax'], 'view.php');
    const text = `You have received a ${pages} page fax at ${s.day()}.\n\n* The reference number for this fax is ${id}.\n\n${malware ? 'Please open the attached document to view your fax.' : `Please visit ${url} to view this fax.`}\n\nThank you for using the eFax service!`;
    const own = `message@${s.attackerDomain(['efax', 'inboundfax', 'fax'])}`;
    return {
      from: ['eFax', own],
      auth: s.throwaway(own.split('@')[1]),
      mailer: 'script',
      subject: s.pick([
        `eFax message from "${s.digits(10)}" - ${pages} page(s)`,
        `Fax ID ${id}`,
        'You have a new fax',
        `Incoming Fax Report ${s.digits(5)}`,
      ]),
      text,
      html: s.chance(0.5)
        ? `<table width="500" border="0"><tr><td><img src="https://${s.attackerDomain(['efax'])}/logo.gif" alt="eFax"></td></tr><tr><td style="font:12px Arial">${text.replace(/\n/g, '<br>')}</td></tr></table>`
        : undefined,
      attachments: malware
        ? [{ type: 'application/zip', name: `Fax_${id}.zip`, content: zipOf(`Fax_${id}.pdf.js`) }]
        : undefined,
    };
  },
};

const parcelFee: Template = {
  name: 'parcel-customs-fee',
  kind: 'parcel-delivery-fee',
  make: (s) => {
    const carrier = s.pick(['DHL Express', 'USPS', 'Royal Mail', 'FedEx', 'Canada Post', 'Parcelforce']);
    const url = s.landing(['dhl', 'usps', 'parcel', 'delivery', 'track'], 'pay.php');
    const fee = s.money(1, 4, s.pick(['$', '\u00a3', '\u20ac']));
    const tracking = `${s.pick(['JD', 'RR', '1Z', 'LX'])}${s.digits(10)}${s.pick(['GB', 'US', 'DE', ''])}`;
    const body = s.compose([
      greet(s),
      `Your parcel ${tracking} ${s.pick(['is being held at our depot', 'could not be delivered', 'is awaiting customs clearance'])}. ${s.pick(['An outstanding fee of', 'A small shipping fee of', 'Unpaid duty of'])} ${fee} must be paid before redelivery.`,
      { button: s.pick(['Pay & Schedule', 'Reschedule delivery', 'Track your parcel']), href: url },
      `If payment is not received within ${s.int(2, 5)} days the parcel will be returned to the sender.`,
      { sig: [`${carrier} Customer Service`] },
    ]);
    const own = `${s.pick(['noreply', 'info', 'delivery'])}@${s.attackerDomain(['parcel', 'track', 'deliver', 'post'])}`;
    return {
      from: [carrier, own],
      auth: s.throwaway(own.split('@')[1]),
      subject: s.pick([
        `${carrier}: your parcel is on hold`,
        `Delivery attempt failed - ${tracking}`,
        'Your package could not be delivered',
        `Customs fee required (${fee})`,
      ]),
      ...body,
    };
  },
};

const parcelMalware: Template = {
  name: 'parcel-malware-zip',
  kind: 'delivery-malware',
  make: (s) => {
    const [carrier, domain] = s.pick([
      ['UPS', 'ups.com'],
      ['FedEx', 'fedex.com'],
      ['DHL', 'dhl.com'],
      ['TNT', 'tnt.com'],
    ]);
    const id = s.digits(11);
    const name = s.pick([
      `Label_${id}.zip`,
      `Invoice_${carrier}_${id}.zip`,
      `Delivery_Notification_${s.digits(6)}.zip`,
    ]);
    const inner = s.pick([
      `Label_${id}.doc.js`,
      `Shipment_${id}.exe`,
      `Delivery_Info.wsf`,
      `Document_${id}.lnk`,
    ]);
    const text = `${s.pick(['Dear Customer', 'Dear client', 'Hello'])},\n\n${s.pick([`Courier was unable to deliver the parcel to you on ${s.day()}.`, 'Your parcel has arrived at the post office.', 'We could not deliver your item.'])}\nPlease check the attachment for complete details and print the shipping label.\n\n${carrier} Support`;
    return {
      ...viaHackedHost(
        s,
        `${carrier} ${s.pick(['Express', 'Delivery', 'Support', 'Quantum View'])}`,
        `${s.pick(['support', 'delivery', 'noreply'])}@${domain}`,
      ),
      subject: s.pick([
        `${carrier} Delivery Notification, ID ${id}`,
        `Problem with parcel delivery, ID:${id}`,
        `${carrier} Ship Notification`,
        `Unable to deliver your item, #${s.digits(8)}`,
      ]),
      text,
      attachments: [{ type: 'application/zip', name, content: zipOf(inner) }],
    };
  },
};

const taxRefund: Template = {
  name: 'tax-refund',
  kind: 'tax-refund',
  make: (s) => {
    const agency = s.pick([
      { name: 'HM Revenue & Customs', domain: 'hmrc.gov.uk', sym: '\u00a3' },
      { name: 'Internal Revenue Service', domain: 'irs.gov', sym: '$' },
      { name: 'Canada Revenue Agency', domain: 'cra-arc.gc.ca', sym: '$' },
      { name: 'Australian Taxation Office', domain: 'ato.gov.au', sym: '$' },
    ]);
    const amount = s.money(180, 1400, agency.sym);
    const url = s.landing(['tax-refund', 'gov-refund', 'refunds'], 'claim.php');
    const body = s.compose([
      'Dear Taxpayer,',
      `After the last annual calculations of your fiscal activity we have determined that you are eligible to receive a tax refund of ${amount}.`,
      'Please submit the tax refund request and allow us 3-5 business days to process it.',
      {
        link: url,
        label: s.pick(['Access your funds now', 'Claim refund', `https://www.${agency.domain}/refunds`]),
      },
      `Reference Number: ${s.digits(2)}-${s.digits(7)}`,
      `Note: A refund can be delayed for a variety of reasons, e.g. submitting invalid records or applying after the deadline.`,
      { sig: [agency.name] },
    ]);
    const sender = s.chance(0.6)
      ? {
          from: [agency.name, `${s.pick(['refunds', 'taxrefund', 'noreply'])}@${agency.domain}`] as [
            string,
            string,
          ],
          auth: s.forged(agency.domain),
          mailer: 'script' as const,
        }
      : viaHackedHost(s, agency.name, `service@${agency.domain}`);
    return {
      ...sender,
      subject: s.pick([
        'Tax Refund Notification',
        `You are eligible for a tax refund of ${amount}`,
        'Tax Rebate - Action Required',
        `${agency.name}: refund confirmation`,
      ]),
      ...body,
    };
  },
};

const lottery: Template = {
  name: 'lottery-win',
  kind: 'lottery',
  make: (s) => {
    const lotto = s.pick([
      'Euro Millions International Lottery',
      'UK National Lottery',
      'Microsoft Email Promotion',
      'Coca-Cola Online Draw',
      'Google Anniversary Award',
    ]);
    const prize = s.pick([
      '\u00a3850,000.00',
      '$1,500,000.00 (One Million Five Hundred Thousand Dollars)',
      '\u20ac2,500,000.00',
      '$950,000 USD',
    ]);
    const agent = s.personName();
    const text = [
      s.pick(['ATTN: WINNER', 'Dear Lucky Winner,', 'CONGRATULATIONS!!!']),
      `We are pleased to inform you that your email address attached to ticket number ${s.digits(5)}-${s.digits(4)} with serial number ${s.token(6).toUpperCase()} drew the lucky numbers ${Array.from({ length: 6 }, () => s.int(1, 49)).join('-')} and consequently won ${prize} in the ${lotto} held on ${s.day()}.`,
      `To claim your prize, contact our fiduciary agent ${agent} with the following: Full Name, Address, Telephone, Age, Occupation.`,
      `Email: ${s.freemail(agent)}`,
      s.pick([
        'Keep this award confidential until your claim is processed.',
        'NOTE: Winners must claim within 14 days.',
      ]),
      `Yours faithfully,\n${s.personName()}\n(Lottery Coordinator)`,
    ].join('\n\n');
    const base = fraudster(s, s.pick([lotto, 'Lottery Board', 'Claims Department', 'Promotion Manager']));
    return {
      ...base,
      subject: s.pick([
        'YOU HAVE WON!!!',
        `Winning Notification: ${lotto}`,
        'Congratulations Winner',
        `Ref: ${s.token(5).toUpperCase()}/${s.digits(3)}/${s.year}`,
      ]),
      text,
      html: s.chance(0.3)
        ? `<p style="color:#cc0000;font-size:18px"><b>${lotto}</b></p><pre>${text}</pre>`
        : undefined,
    };
  },
};

const advanceFee: Template = {
  name: '419-transfer',
  kind: 'advance-fee',
  make: (s) => {
    const name = s.pick([
      'Barrister James Okoro',
      'Dr. Ibrahim Musa',
      'Mr. Kofi Mensah',
      'Mrs. Grace Adeyemi',
      'Prince Tunde Bello',
      'Mr. Ahmed Khalil',
    ]);
    const sum = s.pick([
      'US$10.5 Million',
      'Eighteen Million Five Hundred Thousand United States Dollars (US$18,500,000)',
      'USD 7,200,000.00',
      '$27.5M',
    ]);
    const text = [
      s.pick(['Dear Friend,', 'Greetings,', 'Dear Sir/Madam,', 'Good day,']),
      `I am ${name}, ${s.pick(['the Director of Audit and Accounting Unit of a bank in Lagos', 'a senior official of the Ministry of Petroleum', 'the manager of the Foreign Remittance department of our bank'])}. I need your urgent assistance to transfer the sum of ${sum} into your account.`,
      `This fund belongs to a foreign contractor who died ${s.pick(['in a plane crash', 'with his whole family', 'without a next of kin'])} and no one has come forward to claim it. I shall give you ${s.pick(['30%', '35%', '40%'])} of the total sum for your assistance.`,
      'This transaction is 100% risk free. Kindly send me your full name, private phone number and address so that I can give you further details.',
      `Best regards,\n${name}`,
    ].join('\n\n');
    return {
      ...fraudster(s, name.replace(/^(Barrister|Dr\.|Mr\.|Mrs\.|Prince) /, '')),
      subject: s.pick([
        'URGENT BUSINESS PROPOSAL',
        'Strictly Confidential',
        'Business Transaction',
        `From the Desk of ${name}`,
        'Re: Please Respond',
      ]),
      text,
    };
  },
};

const inheritance: Template = {
  name: 'inheritance-next-of-kin',
  kind: 'inheritance',
  make: (s) => {
    const lawyer = s.pick([
      'Barr. Robert Williams',
      'Attorney Marcel Dubois',
      'Solicitor Peter Hayes',
      'Ms. Helen Carter, Esq.',
    ]);
    const surname = s.recipient[0].split(' ')[1];
    const text = [
      `Dear ${s.recipient[0]},`,
      `I am ${lawyer}, personal attorney to late Engr. ${s.pick(['Paul', 'Thomas', 'George'])} ${surname}, a national of your country, who died on ${s.day()} ${s.pick(['in a car accident', 'after a brief illness'])}. Since then I have made several enquiries to locate any of my late client's extended relatives.`,
      `I contact you to assist in repatriating the money and property left behind, valued at ${s.pick(['US$8.7 million', '\u00a35,400,000', '\u20ac6.2 million'])}, before it is confiscated by the bank. As you share the same surname, I can present you as next of kin.`,
      'Please reply with your full names, telephone and a copy of your ID for more information.',
      `${s.pick(['Regards,', 'Yours sincerely,'])}\n${lawyer}`,
    ].join('\n\n');
    return {
      ...fraudster(s, lawyer.replace(/^(Barr\.|Attorney|Solicitor|Ms\.) /, '').replace(', Esq.', '')),
      subject: s.pick([
        `${surname} family estate`,
        'Next of Kin',
        `ATTN: ${s.recipient[0]}`,
        'Inheritance claim - confidential',
      ]),
      text,
    };
  },
};

const romance: Template = {
  name: 'romance',
  kind: 'romance-scam',
  make: async (s) => {
    const name = s.pick(['Anastasia', 'Olga', 'Natalia', 'Jessica', 'Svetlana', 'Irina', 'Kristina']);
    const text = [
      s.pick(['Hello my dear!', 'Hi!', 'Hello dear stranger,', 'Good day!']),
      `My name is ${name}, I am ${s.int(26, 34)} years old. I found your e-mail ${s.pick(['on a dating site', 'from my friend', 'by chance'])} and decided to write. I am ${s.pick(['a kind and gentle woman', 'a lonely girl', 'a teacher from a small town'])} looking for a serious relationship with a man.`,
      s.pick([
        'I send you my photo, I hope you will like it.',
        'Write me to my private mail and I will send you my photos.',
        'If you are interested, answer me and I will tell you more about myself.',
      ]),
      `Private mail: ${name.toLowerCase()}${s.int(80, 99)}@${s.pick(['mail.ru', 'yandex.ru', 'gmail.com', 'rambler.ru'])}`,
      `${name}`,
    ].join('\n\n');
    const photo = s.chance(0.4)
      ? [
          {
            type: 'image/png',
            name: `${name.toLowerCase()}_photo.png`,
            content: await qrPng(`https://${s.attackerDomain(['dating', 'love', 'meet'])}/${s.token(6)}`),
          },
        ]
      : undefined;
    return {
      ...fraudster(s, `${name} ${s.pick(['Ivanova', 'Petrova', 'Smith', 'Volkova'])}`),
      subject: s.pick(['Hello', 'hi', 'I am waiting for you', 'Do you remember me?', `${name} :)`]),
      text,
      attachments: photo,
    };
  },
};

const jobOffer: Template = {
  name: 'job-offer-mule',
  kind: 'job-scam',
  make: (s) => {
    const company = s.pick([
      'Global Trade Logistics Ltd',
      'Ocean Freight Partners',
      'Nordic Art Export',
      'Brightline Recruitment',
    ]);
    const pay = s.pick([
      '$3,500 per month',
      '\u20ac2,800 monthly',
      '$450 per week',
      '10% of each transaction',
    ]);
    const body = s.compose([
      greet(s),
      `${company} is looking for ${s.pick(['a Payment Processing Assistant', 'a Regional Representative', 'a part-time Account Manager', 'a remote Personal Assistant'])} in your area. ${s.pick(['Work from home 2-3 hours a day.', 'No experience required.', 'Flexible schedule.'])}`,
      {
        list: [
          `Salary: ${pay}`,
          'Receive payments from our customers and forward them to our accounts',
          'Must have a bank account',
        ],
      },
      `If you are interested, reply with your CV and phone number to ${s.freemail(s.personName())}.`,
      { sig: [s.personName(), `HR Manager, ${company}`] },
    ]);
    return {
      ...fraudster(s, s.personName()),
      subject: s.pick([
        'Job offer',
        'Part-time position available',
        `Vacancy at ${company}`,
        'Work from home opportunity',
        'Re: Your CV',
      ]),
      ...body,
    };
  },
};

const invoiceMacro: Template = {
  name: 'invoice-macro',
  kind: 'invoice-malware',
  make: (s) => {
    const supplier = s.pick([
      'Brookside Supplies Ltd',
      'Greenway Office Products',
      'Atlas Components',
      'Mercer & Hale Accountants',
    ]);
    const num = `INV-${s.digits(6)}`;
    const file = s.pick([
      {
        type: 'application/vnd.ms-excel.sheet.macroEnabled.12',
        name: `${num}.xlsm`,
        content: macroWorkbook(),
      },
      { type: 'application/msword', name: `${num}.doc`, content: legacyMacroDocument() },
      { type: 'application/octet-stream', name: `${num}.one`, content: oneNote(`${num}.wsf`) },
    ]);
    const contact = s.personName();
    const text = `${s.pick(['Hi', 'Hello', 'Good morning', 'Dear customer'])},\n\n${s.pick(['Please find attached invoice', 'Attached is the outstanding invoice', 'As requested, attached is the invoice'])} ${num} ${s.pick(['for payment', 'which is now overdue', 'for your records'])}.\n\n${s.pick(['If you cannot see the content, please enable editing and enable content.', 'Kindly confirm receipt.', 'Thank you for your business.'])}\n\nKind regards,\n${contact}\n${supplier}`;
    const hacked = `${contact.split(' ')[0].toLowerCase()}@${s.pick(['brooksidesupplies.example.com', 'greenway-office.example', 'atlascomp.example.net'])}`;
    return {
      from: [contact, hacked],
      auth: s.pick([s.throwaway(hacked.split('@')[1]), s.forged(hacked.split('@')[1])]),
      mailer: 'person',
      subject: s.pick([
        `Invoice ${num}`,
        `${supplier} - Invoice ${num}`,
        `RE: Overdue invoice ${num}`,
        `Payment Due ${num}`,
        `Your invoice ${num} from ${supplier}`,
      ]),
      text,
      attachments: [file],
    };
  },
};

const remittanceHtml: Template = {
  name: 'remittance-html-attachment',
  kind: 'html-attachment-login',
  make: (s) => {
    const brand = s.pick(['Microsoft', 'Office 365', 'OneDrive', 'Adobe Document Cloud', 'Excel Online']);
    const action = s.landing(['remittance', 'docs', 'office'], 'next.php');
    const page = s.chance(0.5)
      ? loginPage(brand, action, s.address)
      : Buffer.from(
          `<html><head><script>var e="${Buffer.from(s.address).toString('base64')}";document.write(unescape('%3C%66%6F%72%6D%20%61%63%74%69%6F%6E%3D%22')+"${action}"+unescape('%22%3E'));</script></head><body><input name="p" type="password"></body></html>`,
        );
    const text = s.pick([
      `Please see attached remittance advice for payment made on ${s.day()}.`,
      'Attached is the payment confirmation. Kindly acknowledge receipt.',
      'Your payment copy is attached. Regards, Accounts',
    ]);
    const sender = s.pick([
      viaHackedHost(
        s,
        'Accounts Payable',
        `ap@${s.pick(['northfield-cpa.example', 'meridian-surveys.example'])}`,
      ),
      fraudster(s, s.personName()),
    ]);
    return {
      ...sender,
      subject: s.pick([
        `Remittance Advice - ${s.digits(6)}`,
        `Payment Confirmation #${s.digits(7)}`,
        'ACH Payment Advice',
        `Swift copy ${s.token(6).toUpperCase()}`,
      ]),
      text: s.chance(0.7) ? text : undefined,
      html: s.chance(0.5) ? `<p>${text}</p>` : undefined,
      attachments: [
        {
          type: s.pick(['text/html', 'application/octet-stream']),
          name: s.pick([
            'Remittance_Advice.html',
            `Payment_${s.digits(5)}.htm`,
            'ACH_Confirmation.shtml',
            'SwiftCopy.html',
          ]),
          content: page,
        },
      ],
    };
  },
};

const securityAlert: Template = {
  name: 'fake-signin-alert',
  kind: 'fake-security-alert',
  make: (s) => {
    const brand = s.pick(['Microsoft account', 'Google', 'Yahoo', 'Outlook.com']);
    const url = s.landing(['account-security', 'signin-alert', 'security-check']);
    const ip = `${s.int(31, 212)}.${s.int(1, 254)}.${s.int(1, 254)}.${s.int(1, 254)}`;
    const body = s.compose([
      `${brand}`,
      'Unusual sign-in activity',
      `We detected something unusual about a recent sign-in to the ${brand} account ${s.address.replace(/^(.).*@/, '$1*****@')}.`,
      {
        list: [
          `Country/region: ${s.pick(['Russia', 'Nigeria', 'China', 'Brazil', 'Vietnam'])}`,
          `IP address: ${ip}`,
          `Date: ${s.day()}`,
          `Platform: ${s.pick(['Windows', 'Android', 'iOS'])}`,
        ],
      },
      'Please go to your recent activity page to let us know whether or not this was you.',
      { button: s.pick(['Review recent activity', 'Report the user', 'Secure account']), href: url },
      `Thanks,\nThe ${brand} team`,
    ]);
    const own = `${s.pick(['account-security-noreply', 'no-reply', 'security'])}@${s.attackerDomain(['accountprotection', 'security-alert', 'live'])}`;
    return {
      from: [`${brand} team`, own],
      auth: s.throwaway(own.split('@')[1]),
      subject: s.pick([
        `${brand} unusual sign-in activity`,
        'Security alert',
        'Someone has your password',
        'Critical security alert',
        `New sign-in from ${s.pick(['Windows', 'Android device'])}`,
      ]),
      ...body,
    };
  },
};

const cryptoWallet: Template = {
  name: 'crypto-wallet-verify',
  kind: 'crypto',
  era: [2018, 2026],
  make: (s) => {
    const brand = s.pick(['Coinbase', 'Binance', 'MetaMask', 'Blockchain.com', 'Ledger', 'Kraken']);
    const url = s.landing([brand.toLowerCase().replace('.', ''), 'wallet', 'crypto'], 'connect.html');
    const body = s.compose([
      greet(s),
      s.pick([
        `We have received a withdrawal request of ${s.pick(['0.8421 BTC', '12.5 ETH', '24,500 USDT'])} from your ${brand} wallet.`,
        `Your ${brand} wallet must be verified before ${s.day()} due to new KYC regulations, or it will be suspended.`,
        `A new device was linked to your ${brand} wallet. Your recovery phrase must be re-synchronised.`,
      ]),
      { button: s.pick(['Cancel Withdrawal', 'Verify Wallet', 'Secure my wallet']), href: url },
      `${brand} Security`,
    ]);
    const own = `${s.pick(['no-reply', 'support', 'security'])}@${s.attackerDomain([brand.toLowerCase().replace('.', ''), 'wallet'])}`;
    return {
      from: [brand, own],
      auth: s.throwaway(own.split('@')[1]),
      subject: s.pick([
        'Withdrawal request confirmation',
        `${brand}: wallet verification required`,
        'Action required: secure your wallet',
        `[${brand}] Unrecognized device`,
      ]),
      ...body,
    };
  },
};

const cryptoGiveaway: Template = {
  name: 'crypto-investment',
  kind: 'crypto-investment',
  era: [2017, 2026],
  make: (s) => {
    const url = s.landing(['bitcoin-profit', 'btc-trader', 'crypto-gain'], 'register');
    const body = s.compose([
      s.pick(['Hi,', 'Dear investor,', `${s.first},`]),
      `${s.pick(['I turned $250 into $18,000 in 6 weeks', 'Our AI trading bot makes 3-5% daily', 'Early investors earn 40x'])} with ${s.pick(['Bitcoin Era', 'Quantum AI', 'CryptoEdge Pro'])}. ${s.pick(['Spaces are limited.', 'Featured on national TV.', 'Guaranteed returns.'])}`,
      { button: 'Start Earning Now', href: url },
      { sig: [s.personName(), 'Senior Account Manager'] },
    ]);
    return {
      ...fraudster(s, s.personName()),
      subject: s.pick([
        'Your crypto profits are waiting',
        'RE: investment opportunity',
        'Bitcoin: last chance',
        'Passive income with BTC',
      ]),
      ...body,
    };
  },
};

const charity: Template = {
  name: 'disaster-charity',
  kind: 'charity-scam',
  era: [2017, 2026],
  make: (s) => {
    const cause = s.pick([
      'earthquake victims in Turkey and Syria',
      'Ukrainian refugee families',
      'flood victims in Pakistan',
      'wildfire survivors',
      'COVID-19 relief for hospitals',
      'orphans in Gaza',
    ]);
    const wallet = `bc1q${s.token(38).toLowerCase()}`;
    const url = s.landing(['relief-fund', 'donate-now', 'help-aid'], 'donate');
    const body = s.compose([
      s.pick(['Dear friend,', 'Dear kind heart,', 'Hello,']),
      `Every minute counts for the ${cause}. ${s.pick(['Your donation of $25 feeds a family for a week.', 'We urgently need blankets, food and medicine.'])}`,
      s.pick([{ button: 'DONATE NOW', href: url }, `Bitcoin donations: ${wallet}`]) as Block,
      {
        sig: [
          s.pick(['International Relief Foundation', 'Hope Aid Committee', 'Global Children Fund']),
          `Registered charity no. ${s.digits(7)}`,
        ],
      },
    ]);
    return {
      ...fraudster(s, s.pick(['Relief Fund', 'Hope Aid', 'Charity Appeal'])),
      subject: s.pick([
        `Help ${cause}`,
        'Urgent appeal',
        'Donate today - every dollar counts',
        'Please help us',
      ]),
      ...body,
    };
  },
};

const netflix: Template = {
  name: 'netflix-payment',
  kind: 'subscription-billing',
  make: (s) => {
    const brand = s.pick(['Netflix', 'Spotify', 'Disney+', 'Amazon Prime', 'HBO Max']);
    const url = s.landing([brand.toLowerCase().replace(/[^a-z]/g, ''), 'billing', 'membership']);
    const body = s.compose(
      [
        `${`Hi ${s.pick(['', s.first, 'Dear Member'])}`.trim()},`,
        `We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.`,
        { button: s.pick(['UPDATE ACCOUNT', 'Update Payment', 'Restart Membership']), href: url },
        `Need help? We're here if you need it. Visit the Help Center or contact us now.`,
        `\u2014The ${brand} team`,
      ],
      s.pick(['html', 'both'] as const),
    );
    const sender = brandSender(
      s,
      s.pick(['info', 'billing', 'no-reply']),
      `${brand.toLowerCase().replace(/[^a-z]/g, '')}.com`,
      [brand.toLowerCase().replace(/[^a-z]/g, ''), 'billing'],
    );
    return {
      ...named(sender, brand),
      subject: s.pick([
        `Your ${brand} membership is on hold`,
        'Payment declined - update your details',
        `We couldn't process your payment`,
        `${brand}: Your account will be suspended`,
      ]),
      ...body,
    };
  },
};

const amazonOrder: Template = {
  name: 'amazon-fake-order',
  kind: 'fake-order-cancel',
  make: (s) => {
    const item = s.pick([
      'Apple MacBook Air 13"',
      'Samsung 65" QLED TV',
      'Sony WH-1000XM4',
      '3x Google Play Gift Card $100',
      'Nikon D7500 Kit',
    ]);
    const url = s.landing(['amazon', 'amzn-order', 'order-cancel'], 'cancel.php');
    const phone = `+1 (8${s.int(44, 88)}) ${s.int(200, 999)}-${s.digits(4)}`;
    const callback = s.chance(0.4);
    const body = s.compose([
      `Hello ${s.first},`,
      `Thank you for your order. Order #${s.digits(3)}-${s.digits(7)}-${s.digits(7)}`,
      {
        list: [
          item,
          `Order total: ${s.money(399, 2499)}`,
          `Ship to: ${s.pick(['Miami, FL', 'Houston, TX', 'Newark, NJ'])}`,
        ],
      },
      callback
        ? `If you did not place this order, call Amazon Support at ${phone} within 24 hours.`
        : 'If you did not make this purchase, cancel it below:',
      ...(callback ? [] : [{ button: 'Cancel Order', href: url }]),
    ]);
    const sender = s.chance(0.5)
      ? fraudster(s, 'Amazon.com')
      : s.sender('Amazon.com', `auto-confirm@${s.attackerDomain(['amazon', 'amzn'])}`);
    return {
      ...sender,
      subject: s.pick([
        'Your Amazon.com order has shipped',
        `Your order #${s.digits(3)}-${s.digits(7)} confirmation`,
        'Order Confirmation',
        `Your Amazon order of "${item}"`,
      ]),
      ...body,
    };
  },
};

const giftCardBec: Template = {
  name: 'ceo-gift-cards',
  kind: 'gift-card-bec',
  era: [2017, 2026],
  make: (s) => {
    const boss = s.colleague();
    const address = s.pick([
      s.freemail(boss[0]),
      `${boss[0].split(' ')[0].toLowerCase()}.ceo@${s.pick(['corp-example.com', 'corpexample-mail.com', 'executive-office.net'])}`,
    ]);
    const text = s.pick([
      `Are you available? I need you to do something for me quickly. Let me know.\n\n${boss[0]}\nSent from my iPhone`,
      `Hi ${s.first},\n\nI need you to get ${s.pick(['Apple', 'Google Play', 'Amazon', 'Steam'])} gift cards for some clients, ${s.int(5, 10)} x $100. I'm in a meeting and can't talk. Scratch the back and send me pictures of the codes.\n\nThanks\n${boss[0].split(' ')[0]}`,
      `${s.first}, quick favor - I need to surprise some staff with gift cards today. How fast can you get them? Reimbursement this afternoon.\n\nSent from my mobile`,
    ]);
    return {
      from: [boss[0], address],
      auth: s.senderAuth(address),
      mailer: 'person',
      replyTo: s.chance(0.3) ? s.freemail(boss[0]) : undefined,
      subject: s.pick(['Quick request', 'Are you available?', 'Urgent', 'Task', 'Favor', `${s.first}`]),
      text,
    };
  },
};

const payrollChange: Template = {
  name: 'payroll-diversion',
  kind: 'payroll-diversion',
  make: (s) => {
    const worker = s.colleague();
    const address = s.freemail(worker[0]);
    const text = `${s.pick(['Hi', 'Hello', 'Good afternoon'])},\n\nI ${s.pick(['changed banks', 'opened a new account', 'switched to a new credit union'])} and would like my ${s.pick(['next paycheck', 'salary', 'direct deposit'])} to go to the new account. Can you update it before the next payroll? What details do you need from me?\n\nThanks,\n${worker[0].split(' ')[0]}`;
    return {
      from: [worker[0], address],
      auth: s.freemailAuth(address),
      mailer: 'person',
      subject: s.pick(['Direct deposit change', 'Payroll update', 'Change of bank details', 'Paycheck']),
      text,
    };
  },
};

const vendorBank: Template = {
  name: 'vendor-bank-change',
  kind: 'vendor-fraud',
  make: (s) => {
    const vendor = s.pick([
      'Kestrel Steel Fabrication',
      'Aldgate Surveying Instruments',
      'Pinecrest Concrete',
      'Marlow Plant Hire',
    ]);
    const contact = s.personName();
    const lookalike = `${vendor.split(' ')[0].toLowerCase()}-${s.pick(['ltd', 'group', 'uk', 'inc'])}.${s.pick(['com', 'co', 'net'])}`;
    const body = s.compose([
      `Dear ${s.first},`,
      `Please be advised that due to ${s.pick(['an ongoing audit', 'a change of our banking partner', 'COVID-19 restrictions'])} our bank details have changed. All outstanding invoices ${s.pick(['should now be paid', 'must be settled'])} to the account below with immediate effect.`,
      {
        list: [
          `Bank: ${s.pick(['Metro Bank', 'Wise Business', 'Revolut Business', 'TD Bank'])}`,
          `Account name: ${vendor}`,
          `Account no: ${s.digits(8)}`,
          `Sort code / routing: ${s.digits(2)}-${s.digits(2)}-${s.digits(2)}`,
        ],
      },
      'Kindly confirm once updated. The new mandate letter is attached.',
      { sig: [contact, `Accounts Receivable | ${vendor}`] },
    ]);
    return {
      from: [contact, `${contact.split(' ')[0].toLowerCase()}@${lookalike}`],
      auth: s.throwaway(lookalike),
      mailer: 'person',
      subject: s.pick([
        'Change of bank details',
        `${vendor} - updated remittance information`,
        'RE: Outstanding invoices',
        'Important: new banking details',
      ]),
      ...body,
      attachments: s.chance(0.5)
        ? [
            {
              type: 'application/pdf',
              name: 'Bank_Mandate.pdf',
              content: onePagePdf([vendor, 'Change of bank details', `Account no: ${s.digits(8)}`]),
            },
          ]
        : undefined,
    };
  },
};

const ENGLISH: readonly Template[] = [
  bankVerify,
  bankForm,
  paypalLimited,
  paypalAttachment,
  ebay,
  appleId,
  webmailQuota,
  mailboxUpgrade,
  o365Password,
  sharepointDoc,
  docusign,
  voicemail,
  fax,
  parcelFee,
  parcelMalware,
  taxRefund,
  lottery,
  advanceFee,
  inheritance,
  romance,
  jobOffer,
  invoiceMacro,
  remittanceHtml,
  securityAlert,
  cryptoWallet,
  cryptoGiveaway,
  charity,
  netflix,
  amazonOrder,
  giftCardBec,
  payrollChange,
  vendorBank,
];

const TEMPLATES: readonly Template[] = [...ENGLISH, ...LOCAL_PHISHING];

export const UNSEEN_14_KINDS: readonly string[] = [...new Set(TEMPLATES.map((t) => t.kind))];
export const UNSEEN_14_TEMPLATE_COUNT: number = TEMPLATES.length;

export async function unseenPhishing14(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return draw(TEMPLATES, perTemplate, seed, seededRandom);
}
