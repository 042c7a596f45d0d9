// The twelfth unseen phishing set: what Corvane Instruments' staff report to the phishing desk in 2026. A
// third are mass credential lures (Microsoft 365, Google, DocuSign, Adobe, Dropbox, Box, WeTransfer, Zoom,
// Teams, voicemail and e-fax, payroll and benefits, IT notices, files shared from hijacked accounts); a
// third are aimed at finance, HR, legal and the executives (invoice and bank-change fraud, hijacked vendor
// threads, payroll diversion, gift cards, confidential deals, fake recruiters and RFQs); a third are the
// rest (malware by attachment and link, callback scams, QR codes, consumer scams, crypto, extortion). The
// Spanish, German and French lures are in unseen-12-local.ts.
import type { SeededRandom } from './generate.js';
import { diskImage, legacyMacroDocument, macroWorkbook, oneNote, qrJpeg, qrPng, zipOf } from './payloads.js';
import { LOCAL_PHISHING } from './unseen-12-local.js';
import {
  authResults,
  COMPANY,
  COMPROMISED,
  COUNSEL,
  CUSTOMERS,
  day,
  digits,
  EXECS,
  FREEMAIL,
  forwarded,
  freeHost,
  hackedSite,
  htmlEscape,
  lureDomain,
  money,
  outsider,
  paragraphs,
  past,
  phone,
  quoted,
  redirected,
  render,
  signature,
  staff,
  type Template,
  token,
  upper,
  VENDORS,
} from './unseen-12-scene.js';
import { invitation, onePagePdf, protectedZip } from './unseen-payloads.js';

/** A card-shaped notification page, the layout most brand lures copy. */
function card(
  brand: string,
  colour: string,
  heading: string,
  lines: readonly string[],
  button: string,
  url: string,
) {
  return [
    '<!DOCTYPE html><html><body style="margin:0;background:#f3f2f1;font-family:Segoe UI,Helvetica,Arial,sans-serif">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 0">',
    '<table role="presentation" width="520" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e1dfdd">',
    `<tr><td style="padding:18px 28px;border-bottom:3px solid ${colour};font-size:18px;font-weight:600">${htmlEscape(brand)}</td></tr>`,
    `<tr><td style="padding:24px 28px"><h2 style="margin:0 0 14px;font-size:20px;font-weight:600">${htmlEscape(heading)}</h2>`,
    ...lines.map((l) => `<p style="font-size:14px;line-height:20px;color:#323130">${htmlEscape(l)}</p>`),
    `<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:${colour};border-radius:2px">`,
    `<a href="${url}" style="display:inline-block;padding:10px 22px;color:#fff;text-decoration:none;font-size:14px">${htmlEscape(button)}</a>`,
    '</td></tr></table></td></tr></table></td></tr></table></body></html>',
  ].join('\n');
}

const victim = (r: SeededRandom) => staff(r);
const to = (p: { name: string; email: string }) => `To: ${p.name} <${p.email}>`;

/** A sender on an attacker's own domain, which passes its own checks. */
function attacker(display: string, local: string, domain: string): string[] {
  return [`From: ${display} <${local}@${domain}>`, authResults(domain)];
}

/** A sender on an attacker's domain mailing through a bulk-mail service's account, stolen or signed up for. */
function viaBulkService(r: SeededRandom, display: string, local: string, domain: string): string[] {
  const service = r.pick(['sendgrid.net', 'mailgun.org', 'amazonses.com']);
  return [
    `From: ${display} <${local}@${domain}>`,
    `Authentication-Results: mx.corp.example; spf=pass smtp.mailfrom=em${digits(r, 4)}.${domain}; dkim=pass header.d=${domain}; dkim=pass header.d=${service}; dmarc=pass header.from=${domain}`,
    `List-Unsubscribe: <https://${domain}/u/${token(r, 12)}>`,
  ];
}

/** A sender on a small business's hijacked mailbox, which passes. */
function hijacked(
  r: SeededRandom,
  display?: string,
): { headers: string[]; address: string; host: string; name: string } {
  const host = r.pick(COMPROMISED);
  const who = outsider(r, host);
  return {
    headers: [`From: ${display ?? who.name} <${who.email}>`, authResults(host)],
    address: who.email,
    host,
    name: who.name,
  };
}

const MASS: Template[] = [
  {
    name: 'm365-password-expiry-hijacked-sender',
    kind: 'it-password-expiry',
    make(r) {
      const v = victim(r);
      const s = hijacked(
        r,
        r.pick(['IT Service Desk', 'Microsoft 365 Admin', `${'corp.example'} IT Support`]),
      );
      const url = freeHost(r, r.pick(['o365-renew', 'pwd-keep', 'mscorp-auth']));
      const hours = r.pick(['24 hours', '12 hours', 'today']);
      const lines = [
        r.pick([
          `The password for ${v.email} expires ${hours === 'today' ? 'today' : `in ${hours}`}.`,
          `Your Microsoft 365 password is due to expire ${hours === 'today' ? 'today' : `within ${hours}`}.`,
        ]),
        r.pick([
          'To keep using your current password, confirm it below. No change will be made to your mailbox.',
          'You can keep the same password. Select the button below to confirm and avoid interruption to Outlook and Teams.',
        ]),
      ];
      const html = card(
        'Microsoft 365',
        '#0078d4',
        'Password expiry notice',
        lines,
        'Keep current password',
        `${url}?u=${encodeURIComponent(v.email)}`,
      );
      return { headers: [...s.headers, to(v)], subject: `Password expiry notice for ${v.email}`, html };
    },
  },
  {
    name: 'sharepoint-file-from-hijacked-vendor',
    kind: 'shared-file-compromised-account',
    make(r) {
      const v = victim(r);
      const vendor = r.pick(VENDORS.filter((x) => x.lang === 'en'));
      const who = outsider(r, vendor.domain);
      const tenant = vendor.domain.split('.')[0];
      const file = r.pick([
        'Remittance Advice',
        'Updated W-9 and ACH Form',
        'Statement of Account',
        'Signed PO Revision',
      ]);
      const url = `https://${tenant}-my.sharepoint.com/:b:/g/personal/${who.email.replace(/[@.]/g, '_')}/E${token(r, 40)}?e=${token(r, 6)}`;
      const html = [
        '<html><body style="font-family:Segoe UI,sans-serif;font-size:14px">',
        `<p>${htmlEscape(who.name)} shared a file with you</p>`,
        `<div style="border:1px solid #ddd;padding:16px;width:420px"><p style="font-size:16px"><b>${file} ${past(r).split(',')[0]}.pdf</b></p>`,
        `<p>${r.pick(['Please see attached remittance for your records.', 'Please review and confirm at your earliest convenience.', 'Here is the file we discussed.'])}</p>`,
        `<a href="${url}" style="background:#0f6cbd;color:#fff;padding:8px 18px;text-decoration:none">Open</a></div>`,
        `<p style="color:#666;font-size:12px">This email is generated through ${vendor.name}'s use of Microsoft 365 and may contain content that is controlled by ${vendor.name}.</p>`,
        '</body></html>',
      ].join('\n');
      return {
        headers: [`From: ${who.name} <${who.email}>`, to(v), authResults(vendor.domain)],
        subject: `${who.name} shared "${file}" with you`,
        html,
      };
    },
  },
  {
    name: 'docusign-lookalike-envelope',
    kind: 'esign-lure',
    make(r) {
      const v = victim(r);
      const domain = r.pick([
        'docusign-esign.example.net',
        'secure-docsign.test',
        'dsenvelope-notify.example.com',
        lureDomain(r, ['esign', 'envelope', 'review', 'contract']),
      ]);
      const url = r.pick([
        freeHost(r, 'envelope'),
        `https://${domain}/Signing/StartInSession.aspx?t=${token(r, 32)}`,
      ]);
      const doc = r.pick([
        'Vendor Agreement',
        'Employee Handbook Acknowledgement 2027',
        'Final Settlement Statement',
        'Bonus Allocation',
        'NDA - Mutual',
      ]);
      const sender = outsider(r, 'pryorwhitlock.example');
      const html = [
        '<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">',
        '<div style="max-width:560px;margin:20px auto;background:#fff"><div style="background:#1e1a4b;padding:30px;color:#fff;text-align:center">',
        `<p style="font-size:16px">${htmlEscape(sender.name)} sent you a document to review and sign.</p>`,
        `<a href="${url}" style="background:#ffc820;color:#000;padding:12px 26px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></div>`,
        `<div style="padding:24px;font-size:14px"><p><b>${htmlEscape(sender.name)}</b><br>${sender.email}</p>`,
        `<p>${r.pick(['Please review and sign this document at your earliest convenience.', 'Kindly complete this document by end of day.', `Please DocuSign: ${doc}`])}</p>`,
        '<p style="font-size:11px;color:#666">Do Not Share This Email<br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.</p>',
        '</div></div></body></html>',
      ].join('\n');
      return {
        headers: [...attacker(`${sender.name} via DocuSign`, 'dse', domain), to(v)],
        subject: `Complete with DocuSign: ${doc}.pdf`,
        html,
      };
    },
  },
  {
    name: 'adobe-shared-pdf-freemail',
    kind: 'adobe-share-lure',
    make(r) {
      const v = victim(r);
      const free = r.pick(FREEMAIL);
      const who = outsider(r, free);
      const url = redirected(r, freeHost(r, r.pick(['acrobat-view', 'adobe-doc', 'pdf-online'])));
      const file = r.pick(['Payment_Confirmation', 'Contract_Draft_v3', 'Invoice_Q4', 'Project_Specs']);
      const text = [
        `${who.name} (${who.email}) has shared a document with you using Adobe Acrobat.`,
        '',
        `${file}_${digits(r, 4)}.pdf`,
        '',
        r.pick([
          'Message: Please see the attached file for your review.',
          'Message: As requested.',
          'Message: Let me know if you have any questions.',
        ]),
        '',
        `View document: ${url}`,
        '',
        'Adobe Acrobat — The smartest way to work with PDFs.',
      ].join('\n');
      return {
        headers: [`From: "Adobe Acrobat" <${who.email}>`, to(v), authResults(free)],
        subject: `${who.name} shared ${file}.pdf with you`,
        text,
      };
    },
  },
  {
    name: 'dropbox-real-share-to-lure-pdf',
    kind: 'dropbox-abuse',
    make(r) {
      const v = victim(r);
      const s = hijacked(r);
      const link = `https://www.dropbox.com/scl/fi/${token(r, 21)}/${r.pick(['Proposal', 'Payment-Details', 'RFP-Response'])}.pdf?rlkey=${token(r, 25)}&dl=0`;
      const text = [
        `Hi ${v.first},`,
        '',
        r.pick([
          'I have shared a document with you via Dropbox. Please review and let me know your thoughts.',
          'Kindly find the requested proposal document below, shared through Dropbox for security.',
          'Please see the shared file below regarding the pending payment.',
        ]),
        '',
        link,
        '',
        'Thanks,',
        s.name,
      ].join('\n');
      return {
        headers: [...s.headers, to(v)],
        subject: r.pick(['Document shared with you', 'Proposal for review', 'RE: Pending payment']),
        text,
        html: paragraphs(text),
      };
    },
  },
  {
    name: 'box-invite-collab',
    kind: 'box-share-lure',
    make(r) {
      const v = victim(r);
      const domain = lureDomain(r, ['box', 'collab', 'files', 'share']);
      const folder = r.pick([
        '2027 Budget Review',
        'Corvane - Vendor Onboarding',
        'Q4 Board Materials',
        'Audit Support',
      ]);
      const url = `https://${domain}/s/${token(r, 24)}`;
      const html = card(
        'box',
        '#0061d5',
        `You've been invited to collaborate on "${folder}"`,
        [
          `${outsider(r, 'caddellrhee.example').name} invited you to collaborate as an Editor.`,
          'Sign in with your work email to access the folder.',
        ],
        'Accept Invite',
        url,
      );
      return {
        headers: [...attacker('Box', 'noreply', domain), to(v)],
        subject: `Invitation to collaborate on "${folder}"`,
        html,
      };
    },
  },
  {
    name: 'wetransfer-files-waiting',
    kind: 'file-transfer-lure',
    make(r) {
      const v = victim(r);
      const domain = r.pick([
        'we-transfer-files.example',
        'wetransfers.example.net',
        lureDomain(r, ['transfer', 'download', 'files']),
      ]);
      const url = freeHost(r, 'wetransfer');
      const n = 2 + r.below(6);
      const html = [
        '<html><body style="font-family:Arial,sans-serif;background:#f4f4f4"><div style="max-width:480px;margin:30px auto;background:#fff;padding:30px;text-align:center">',
        `<p style="font-size:22px">${n} files received</p>`,
        `<p>${htmlEscape(outsider(r, 'meridianfreight.example').email)} sent you ${n} files — ${(1 + r.below(80)) / 10 + 1} MB in total</p>`,
        `<p>${r.pick(['Files will be deleted on', 'Download expires on'])} ${day(r)}</p>`,
        `<a href="${url}" style="display:inline-block;background:#409fff;color:#fff;padding:14px 40px;border-radius:25px;text-decoration:none">Get your files</a>`,
        '</div></body></html>',
      ].join('\n');
      return {
        headers: [...attacker('WeTransfer', 'noreply', domain), to(v)],
        subject: `${n} files sent to you`,
        html,
      };
    },
  },
  {
    name: 'zoom-missed-meeting',
    kind: 'meeting-invite-lure',
    make(r) {
      const v = victim(r);
      const domain = r.pick([
        'zoom-meetings.example.com',
        'zoomus-notify.test',
        lureDomain(r, ['meet', 'conference', 'video']),
      ]);
      const exec = r.pick(EXECS);
      const url = freeHost(r, 'zoom', `j/${digits(r, 11)}`);
      const html = card(
        'zoom',
        '#0b5cff',
        'You missed a meeting',
        [
          `${exec.name} invited you to a scheduled meeting that started at ${9 + r.below(7)}:${r.pick(['00', '30'])}.`,
          r.pick([
            'A recording and notes have been shared with participants.',
            'The host has left a message for you.',
          ]),
        ],
        'View Recording',
        url,
      );
      return {
        headers: [...attacker('Zoom', 'no-reply', domain), to(v)],
        subject: `Missed meeting: ${exec.name} - ${r.pick(['Quarterly Review', '1:1', 'Restructuring Update'])}`,
        html,
      };
    },
  },
  {
    name: 'teams-unread-messages',
    kind: 'teams-notification-lure',
    make(r) {
      const v = victim(r);
      const s = hijacked(r, 'Microsoft Teams');
      const colleague = staff(r);
      const url = redirected(r, hackedSite(r, 'teams'));
      const n = 2 + r.below(5);
      const html = [
        '<html><body style="font-family:Segoe UI,sans-serif"><div style="width:500px;border:1px solid #e0e0e0;padding:20px">',
        `<p style="color:#6264a7;font-weight:bold">Microsoft Teams</p><p>${htmlEscape(colleague.name)} sent you ${n} messages</p>`,
        `<div style="background:#f5f5f5;padding:12px">"${r.pick(['Hey, can you look at this before the call?', 'Urgent — need your approval', 'Did you see the new salary bands?'])}"</div>`,
        `<p><a href="${url}" style="background:#6264a7;color:white;padding:8px 16px;text-decoration:none">Reply in Teams</a></p>`,
        '</div></body></html>',
      ].join('\n');
      return { headers: [...s.headers, to(v)], subject: `You have ${n} unread messages in Teams`, html };
    },
  },
  {
    name: 'voicemail-html-attachment',
    kind: 'voicemail-html-attachment',
    make(r) {
      const v = victim(r);
      const domain = lureDomain(r, ['voice', 'vmail', 'pbx', 'callnotify']);
      const page = `${freeHost(r, 'vm')}#${Buffer.from(v.email).toString('base64')}`;
      const secs = `0${r.below(2)}:${String(10 + r.below(50))}`;
      const attachment = [
        '<html><head><title>Voice Message</title></head><body>',
        `<p>Playing message (${secs})...</p>`,
        `<script>window.location.href = atob("${Buffer.from(page).toString('base64')}");</script>`,
        '</body></html>',
      ].join('\n');
      const caller = phone(r);
      const text = [
        `New voicemail from ${caller}`,
        `Duration: ${secs}`,
        `Received: ${past(r)}`,
        '',
        'Open the attached message to listen.',
      ].join('\n');
      return {
        headers: [...attacker('Voicemail Service', 'voicemail', domain), to(v)],
        subject: r.pick([
          `New voice message from ${caller}`,
          `VM: ${caller} (${secs})`,
          'You have a new voicemail',
        ]),
        text,
        parts: [
          {
            type: 'text/html',
            name: `VM_${digits(r, 6)}.${r.pick(['htm', 'html', 'shtml'])}`,
            content: Buffer.from(attachment),
          },
        ],
      };
    },
  },
  {
    name: 'efax-pdf-with-link',
    kind: 'efax-pdf-link',
    make(r) {
      const v = victim(r);
      const domain = lureDomain(r, ['efax', 'fax', 'docs', 'inbound']);
      const pages = 1 + r.below(6);
      const url = freeHost(r, 'fax');
      const pdf = onePagePdf(
        [
          `eFax Message - ${pages} page(s)`,
          `Caller ID: ${phone(r)}`,
          'Your fax is stored securely.',
          'Click here to view the full fax document',
        ],
        { link: url },
      );
      const text = `You have received a ${pages} page fax at ${past(r)}.\n\nThe fax is attached as a PDF. Open it to view all pages.\n\n* Job ID: ${digits(r, 8)}\n* Pages: ${pages}`;
      return {
        headers: [...attacker('eFax', 'message', domain), to(v)],
        subject: `eFax message from "${phone(r)}" - ${pages} page(s)`,
        text,
        parts: [{ type: 'application/pdf', name: `fax_${digits(r, 8)}.pdf`, content: pdf }],
      };
    },
  },
  {
    name: 'benefits-open-enrollment',
    kind: 'benefits-enrollment-lure',
    make(r) {
      const v = victim(r);
      const domain = r.pick([
        'corvane-benefits.example',
        'benefits-portal-corp.example.com',
        lureDomain(r, ['benefits', 'enroll', 'hr']),
      ]);
      const deadline = day(r);
      const url = `https://${domain}/enroll/${token(r, 12)}`;
      const html = card(
        'Corvane Benefits Center',
        '#2e7d32',
        'Open Enrollment 2027 — action required',
        [
          `Hi ${v.first}, open enrollment closes on ${deadline}.`,
          r.pick([
            'If you do not confirm your elections, your medical and dental coverage will not carry over to 2027.',
            'Our records show you have not reviewed your 2027 elections. Coverage changes take effect January 1.',
          ]),
          'Sign in with your Corvane network credentials to review your plan.',
        ],
        'Review my benefits',
        url,
      );
      return {
        headers: [
          ...(r.below(2)
            ? viaBulkService(r, 'HR Benefits', 'benefits', domain)
            : attacker('HR Benefits', 'benefits', domain)),
          to(v),
        ],
        subject: r.pick([
          'Action Required: 2027 Open Enrollment',
          'Reminder: confirm your benefit elections',
        ]),
        html,
      };
    },
  },
  {
    name: 'salary-review-letter-link',
    kind: 'salary-review-lure',
    make(r) {
      const v = victim(r);
      const s = hijacked(r, 'Human Resources');
      const url = redirected(r, freeHost(r, 'payreview'));
      const text = [
        `Dear ${v.first},`,
        '',
        r.pick([
          'As part of the annual compensation review, your adjusted salary letter for 2027 is now available.',
          'Following the mid-year performance cycle, HR has prepared your updated compensation statement.',
        ]),
        '',
        `Please review and acknowledge by ${day(r)}: ${url}`,
        '',
        'Regards,',
        'HR Department',
      ].join('\n');
      return {
        headers: [...s.headers, to(v)],
        subject: `${v.first} ${v.last} - 2027 Compensation Adjustment`,
        text,
      };
    },
  },
  {
    name: 'mfa-reregistration',
    kind: 'mfa-reenrolment-lure',
    make(r) {
      const v = victim(r);
      const domain = r.pick([
        'corp-example-sso.test',
        'corpexample-mfa.example.net',
        lureDomain(r, ['sso', 'mfa', 'authenticator', 'verify']),
      ]);
      const url = `https://login.${domain}/${token(r, 8)}?login_hint=${encodeURIComponent(v.email)}`;
      const text = [
        `Hello ${v.first},`,
        '',
        r.pick([
          'We are moving all staff to phishing-resistant sign-in. Your current Authenticator registration will stop working on ' +
            day(r) +
            '.',
          'Your multi-factor authentication method must be re-registered following the security update applied this week.',
        ]),
        '',
        `Re-register now: ${url}`,
        '',
        'It takes less than two minutes. Have your phone ready.',
        '',
        'Corvane IT Security',
      ].join('\n');
      return {
        headers: [`From: "Corvane IT Security" <it-security@${domain}>`, authResults(domain), to(v)],
        subject: r.pick(['Action needed: re-register your MFA', `MFA update required before ${day(r)}`]),
        text,
        html: r.below(2) ? paragraphs(text) : undefined,
      };
    },
  },
  {
    name: 'mailbox-quota-spoofed-internal',
    kind: 'mailbox-quota-lure',
    make(r) {
      const v = victim(r);
      const url = hackedSite(r, 'owa');
      const used = 95 + r.below(5);
      const html = [
        '<html><body style="font-family:Tahoma,sans-serif;font-size:13px">',
        `<p>Your mailbox ${v.email} is ${used}% full (${(49 + r.below(10) / 10).toFixed(1)} GB of 50 GB).</p>`,
        `<div style="width:300px;background:#ddd"><div style="width:${used}%;background:#c00;height:10px"></div></div>`,
        '<p>You may not be able to send or receive new messages until you increase your storage.</p>',
        `<p><a href="${url}">Increase storage quota</a></p><p>Microsoft Exchange Online</p></body></html>`,
      ].join('\n');
      return {
        headers: [
          'From: "Mailbox Administrator" <postmaster@corp.example>',
          to(v),
          authResults('corp.example', `${token(r, 6)}.example.net`, 'pass', 'none', 'fail'),
        ],
        subject: `Mailbox storage ${used}% full`,
        html,
      };
    },
  },
  {
    name: 'quarantine-digest-lure',
    kind: 'quarantine-digest-lure',
    make(r) {
      const v = victim(r);
      const domain = lureDomain(r, ['mailguard', 'spamfilter', 'securemail', 'quarantine']);
      const rows = Array.from({ length: 3 + r.below(3) }, () => {
        const sender = outsider(r, r.pick(CUSTOMERS).domain);
        const subj = r.pick([
          'Payment remittance',
          `PO #${digits(r, 5)}`,
          'Signed contract',
          'Shipment delay',
          'Invoice overdue',
        ]);
        const link = `https://${domain}/release?id=${token(r, 16)}&u=${encodeURIComponent(v.email)}`;
        return `<tr><td>${sender.email}</td><td>${subj}</td><td><a href="${link}">Release</a></td></tr>`;
      });
      const html = [
        '<html><body style="font-family:Arial;font-size:13px">',
        `<p>The following messages addressed to ${v.email} are being held. Release them within 48 hours or they will be deleted.</p>`,
        '<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>Sender</th><th>Subject</th><th></th></tr>',
        ...rows,
        `</table><p><a href="https://${domain}/release-all?u=${encodeURIComponent(v.email)}">Release all</a></p></body></html>`,
      ].join('\n');
      return {
        headers: [...attacker('Email Quarantine', 'quarantine', domain), to(v)],
        subject: `Spam Quarantine Summary: ${rows.length} new messages`,
        html,
      };
    },
  },
  {
    name: 'google-docs-comment-abuse',
    kind: 'google-service-abuse',
    make(r) {
      const v = victim(r);
      const who = outsider(r, r.pick(FREEMAIL));
      const url = freeHost(r, 'review');
      const docName = r.pick([
        'Purchase Agreement 2027',
        'Supplier Questionnaire',
        'Outstanding Payment Summary',
      ]);
      const text = [
        `${who.name} mentioned you in a comment in the following document`,
        docName,
        '',
        `"@${v.email} ${r.pick(['please review the payment schedule here before we proceed', 'sign in to view the complete file', 'the invoice is accessible here'])} ${url}"`,
        '',
        `Open: https://docs.google.com/document/d/${token(r, 44)}/edit?disco=${token(r, 11)}`,
        '',
        'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
        'You have received this email because you are mentioned in this thread.',
      ].join('\n');
      return {
        headers: [
          `From: "${who.name} (Google Docs)" <comments-noreply@docs.google.com>`,
          `Reply-To: ${who.email}`,
          to(v),
          authResults('docs.google.com'),
        ],
        subject: `Document shared with you: "${docName}"`,
        text,
      };
    },
  },
  {
    name: 'google-forms-account-verify',
    kind: 'form-host-credential',
    make(r) {
      const s = hijacked(r, 'Help Desk');
      const url = `https://docs.google.com/forms/d/e/1FAIpQL${token(r, 50)}/viewform`;
      const text = [
        'Dear user,',
        '',
        r.pick([
          'We are upgrading our email servers. All accounts not verified by Friday will be deactivated.',
          'Your email account has been flagged for unusual activity. Verify your account to avoid suspension.',
        ]),
        '',
        `Verify here: ${url}`,
        '',
        'Thank you,',
        'Help Desk Team',
      ].join('\n');
      return {
        headers: [...s.headers, 'To: undisclosed-recipients:;'],
        subject: r.pick(['Account Verification Required', 'Email Upgrade Notice']),
        text,
      };
    },
  },
  {
    name: 'payroll-portal-direct-deposit',
    kind: 'payroll-portal-lure',
    make(r) {
      const v = victim(r);
      const domain = r.pick([
        'workday-corvane.example',
        'corvane-payroll.test',
        lureDomain(r, ['payroll', 'paystub', 'myhr']),
      ]);
      const url = `https://${domain}/${token(r, 10)}`;
      const html = card(
        'Workday',
        '#005cb9',
        'Your pay statement has changed',
        [
          `Hi ${v.first},`,
          r.pick([
            'A change was made to your direct deposit information. If you did not make this change, review it immediately.',
            `Your payslip for the period ending ${past(r)} shows a correction. Sign in to view.`,
          ]),
        ],
        'Sign in to Workday',
        url,
      );
      return {
        headers: [...attacker('Workday Notifications', 'notify', domain), to(v)],
        subject: r.pick(['Direct deposit change confirmation', 'Payslip correction available']),
        html,
      };
    },
  },
  {
    name: 'signin-alert-aitm',
    kind: 'unusual-signin-lure',
    make(r) {
      const v = victim(r);
      const domain = lureDomain(r, ['account', 'security', 'alert', 'microsoftonline']);
      const place = r.pick(['Lagos, Nigeria', 'São Paulo, Brazil', 'Minsk, Belarus', 'Jakarta, Indonesia']);
      const url = redirected(r, `https://${domain}/common/oauth2/v2.0/authorize?${token(r, 20)}`);
      const text = [
        'Microsoft account',
        'Unusual sign-in activity',
        '',
        `We detected something unusual about a recent sign-in to the Microsoft account ${v.email}.`,
        '',
        `Country/region: ${place}`,
        `IP address: ${10 + r.below(180)}.${r.below(255)}.${r.below(255)}.${r.below(255)}`,
        `Date: ${past(r)}`,
        '',
        `If this wasn't you, review your recent activity: ${url}`,
        '',
        'Thanks,',
        'The Microsoft account team',
      ].join('\n');
      return {
        headers: [...attacker('Microsoft account team', 'account-security-noreply', domain), to(v)],
        subject: 'Microsoft account unusual sign-in activity',
        text,
      };
    },
  },
];

const TARGETED: Template[] = [
  {
    name: 'vendor-lookalike-bank-change-letter',
    kind: 'bank-detail-change',
    make(r) {
      const v = staff(r);
      const vendor = r.pick(VENDORS.filter((x) => x.lang === 'en'));
      const look = r.pick(vendor.looks);
      const who = outsider(r, look);
      const bank = r.pick(['Evergreen National Bank', 'Crestmark Commercial', 'Harbor Federal']);
      const text = [
        `Hello ${v.first},`,
        '',
        r.pick([
          `Please be advised that ${vendor.name} has changed banks following our annual audit. All future payments should go to the account in the attached letter.`,
          `Due to a restructuring of our treasury, ${vendor.name} will no longer receive payments at our previous bank. Kindly update our remittance details on your vendor file.`,
        ]),
        '',
        r.pick([
          'Please confirm once this has been updated on your end.',
          'Can you let me know when the open invoices will be released to the new account?',
        ]),
        '',
        signature(who, vendor.name, phone(r)),
      ].join('\n');
      const pdf = onePagePdf([
        vendor.name,
        'NOTICE OF CHANGE OF BANK DETAILS',
        `Effective ${day(r)}`,
        `Bank: ${bank}`,
        `Routing (ABA): ${digits(r, 9)}`,
        `Account: ${digits(r, 10)}`,
        'Authorized signatory: Accounts Receivable',
      ]);
      return {
        headers: [`From: ${who.name} <${who.email}>`, to(v), authResults(look)],
        subject: r.pick([
          `${vendor.name} - Updated Banking Information`,
          'Change of remittance details',
          'RE: Vendor record update',
        ]),
        text,
        parts: [
          { type: 'application/pdf', name: `${vendor.name.split(' ')[0]}_Bank_Letter.pdf`, content: pdf },
        ],
      };
    },
  },
  {
    name: 'hijacked-vendor-thread-reply',
    kind: 'thread-hijack-invoice',
    make(r) {
      const v = staff(r);
      const vendor = r.pick(VENDORS);
      const who = outsider(r, vendor.domain);
      const inv = `INV-${digits(r, 6)}`;
      const amount = money(r, 8000, 140000);
      const earlier = [
        `Hi ${who.first},`,
        '',
        `Invoice ${inv} for ${amount} is scheduled for our ${r.pick(['Thursday', 'Friday', 'month-end'])} payment run.`,
        '',
        'Thanks,',
        v.name,
      ].join('\n');
      const text = [
        `Hi ${v.first},`,
        '',
        r.pick([
          'Thank you for the update. Before you release it, please note our account is currently under review, so this payment needs to go to our alternate account. I will send the details shortly — can you confirm you can update it before the run?',
          'Thanks. Please hold the payment for now; our bank details changed last week. Updated form attached, please use it for this and future invoices.',
        ]),
        '',
        'Best regards,',
        who.name,
        '',
        quoted(`On ${past(r)}, ${v.name} <${v.email}> wrote:`, earlier),
      ].join('\n');
      const parts = r.below(2)
        ? [
            {
              type: 'application/pdf',
              name: 'Vendor_Banking_Form.pdf',
              content: onePagePdf([
                vendor.name,
                'Payment instructions',
                `Account ${digits(r, 12)}`,
                `SWIFT ${upper(r, 8)}`,
              ]),
            },
          ]
        : undefined;
      return {
        headers: [
          `From: ${who.name} <${who.email}>`,
          `Reply-To: ${who.name} <${who.email.split('@')[0]}@${r.pick(vendor.looks)}>`,
          to(v),
          `In-Reply-To: <${token(r, 16)}@corp.example>`,
          authResults(vendor.domain),
        ],
        subject: `RE: ${inv} payment status`,
        text,
        parts,
      };
    },
  },
  {
    name: 'ceo-are-you-available',
    kind: 'ceo-fraud-wire',
    make(r) {
      const v = staff(r);
      const exec = r.pick(EXECS.slice(0, 2));
      const free = r.pick(FREEMAIL);
      const addr = `${exec.name.toLowerCase().replace(' ', '.')}${digits(r, 2)}@${free}`;
      const text = [
        r.pick([
          `${v.first}, are you at your desk?`,
          'Are you available? I need you to handle something quickly.',
          `Hi ${v.first}, do you have a moment?`,
        ]),
        '',
        r.pick([
          "I'm in a meeting with the auditors and can't talk. We need to send a payment to a new supplier today for the Hamburg project. Let me know and I'll send details.",
          'Need a wire processed before cut-off today. It is confidential for now, please keep it between us until the announcement.',
        ]),
        '',
        r.pick(['Sent from my iPhone', 'Sent from my mobile device', exec.name.split(' ')[0]]),
      ].join('\n');
      return {
        headers: [`From: ${exec.name} <${addr}>`, to(v), authResults(free)],
        subject: r.pick(['Quick request', 'Are you available', 'Urgent', '(no subject)']),
        text,
      };
    },
  },
  {
    name: 'exec-gift-card-lookalike-org',
    kind: 'gift-card-request',
    make(r) {
      const v = staff(r);
      const exec = r.pick(EXECS);
      const look = r.pick(['corp-example.example', 'corpexample.test', 'corvane-instruments.example.net']);
      const n = r.pick([5, 8, 10]);
      const value = r.pick([100, 200, 250]);
      const text = [
        `Hi ${v.first},`,
        '',
        r.pick([
          `I want to surprise a few members of the team with gift cards for their hard work this quarter. Can you pick up ${n} ${r.pick(['Amazon', 'Apple', 'Visa'])} gift cards at $${value} each? I will reimburse you.`,
          `I need ${n} gift cards ($${value} each) for client appreciation before end of day. Please keep this quiet, it's a surprise.`,
        ]),
        '',
        'Scratch the back and send me pictures of the codes once you have them.',
        '',
        'Thanks',
        exec.name,
        exec.title,
      ].join('\n');
      return {
        headers: [`From: ${exec.name} <${exec.email.split('@')[0]}@${look}>`, to(v), authResults(look)],
        subject: r.pick(['Task', 'Quick favor', 'Need your help']),
        text,
      };
    },
  },
  {
    name: 'payroll-diversion-freemail',
    kind: 'payroll-diversion',
    make(r) {
      const hr = staff(r);
      const emp = staff(r);
      const free = r.pick(FREEMAIL);
      const text = [
        r.pick(['Hi,', `Hello ${hr.first},`, 'Good morning,']),
        '',
        r.pick([
          'I changed banks and would like to update my direct deposit before the next payroll. What do you need from me?',
          "I need to change my payroll direct deposit info. Can you send me the form or just update it? I'll send the new account and routing number.",
        ]),
        '',
        'Thank you,',
        emp.name,
      ].join('\n');
      return {
        headers: [
          `From: ${emp.name} <${emp.first.toLowerCase()}${emp.last.toLowerCase()}${digits(r, 2)}@${free}>`,
          to(hr),
          authResults(free),
        ],
        subject: r.pick(['Direct deposit change', 'Payroll update', 'Change of bank account']),
        text,
      };
    },
  },
  {
    name: 'w2-request-spoofed-cfo',
    kind: 'w2-request',
    make(r) {
      const v = staff(r);
      const exec = EXECS[1];
      const reply = `${exec.name.split(' ')[0].toLowerCase()}.exec@${r.pick(FREEMAIL)}`;
      const text = [
        `${v.first},`,
        '',
        r.pick([
          'I need the 2026 W-2s (PDF) for all employees for a review with our auditors. Please send them to me today.',
          'Can you export the employee tax forms and payroll summary for this year and send them over? Needed for a compliance review.',
        ]),
        '',
        'Thanks,',
        exec.name,
      ].join('\n');
      return {
        headers: [
          `From: ${exec.name} <${exec.email}>`,
          `Reply-To: ${reply}`,
          to(v),
          authResults('corp.example', lureDomain(r, ['mailer', 'send', 'relay']), 'softfail', 'none', 'fail'),
        ],
        subject: r.pick(['W-2 request', 'Employee tax forms', 'Request']),
        text,
      };
    },
  },
  {
    name: 'confidential-acquisition-counsel',
    kind: 'ma-confidential-wire',
    make(r) {
      const v = staff(r);
      const exec = EXECS[0];
      const lawyer = outsider(r, COUNSEL.look);
      const target = r.pick([
        'a German sensor maker',
        'a competitor in Spain',
        'a private instrumentation firm',
      ]);
      const text = [
        `${v.first},`,
        '',
        `We are in the final stage of acquiring ${target}. This is strictly confidential — SEC rules mean nobody else internally can know before the announcement.`,
        '',
        `${lawyer.name} at ${COUNSEL.name} is handling the escrow. Please contact ${lawyer.first} by email today (${lawyer.email}) and follow the instructions for the deposit.`,
        '',
        'Do not discuss this with anyone, including by phone. I will explain everything next week.',
        '',
        exec.name,
      ].join('\n');
      const from = lureDomain(r, ['exec', 'board', 'office']);
      return {
        headers: [
          `From: ${exec.name} <${exec.name.split(' ')[0].toLowerCase()}@${from}>`,
          `Reply-To: ${lawyer.email}`,
          to(v),
          authResults(from),
        ],
        subject: r.pick([
          `Strictly confidential - Project ${r.pick(['Osprey', 'Granite', 'Tidewater'])}`,
          'Confidential transaction',
        ]),
        text,
      };
    },
  },
  {
    name: 'legal-notice-link',
    kind: 'legal-notice-lure',
    make(r) {
      const v = staff(r);
      const domain = lureDomain(r, ['legal', 'claims', 'notice', 'court']);
      const url = `https://${domain}/case/${digits(r, 7)}`;
      const html = [
        '<html><body style="font-family:Georgia,serif;font-size:14px">',
        `<p>RE: Notice of Claim — ${COMPANY}</p>`,
        `<p>Dear ${htmlEscape(v.name)},</p>`,
        `<p>${r.pick([
          'Our client has filed a claim concerning the use of copyrighted images on your company website. You are required to respond within 7 days.',
          'This firm represents a former contractor who alleges unpaid fees. A copy of the complaint is available for your review.',
        ])}</p>`,
        `<p><a href="${url}">View the case documents</a></p>`,
        `<p>Sincerely,<br>${htmlEscape(outsider(r, domain).name)}<br>Attorney at Law</p></body></html>`,
      ].join('\n');
      return {
        headers: [...attacker('Legal Department', 'notice', domain), to(v)],
        subject: `Notice of Claim #${digits(r, 6)}`,
        html,
      };
    },
  },
  {
    name: 'fake-recruiter-exec',
    kind: 'fake-recruiter',
    make(r) {
      const v = staff(r);
      const domain = r.pick([
        'talentbridge-search.example',
        'exec-partners.example.com',
        lureDomain(r, ['talent', 'search', 'careers', 'partners']),
      ]);
      const who = outsider(r, domain);
      const role = r.pick([
        'Chief Operating Officer',
        'VP Finance',
        'Head of Engineering',
        'Director of Procurement',
      ]);
      const url = r.pick([freeHost(r, 'jd'), `https://${domain}/roles/${token(r, 8)}`]);
      const text = [
        `Hi ${v.first},`,
        '',
        `I'm leading a confidential search for a ${role} at a ${r.pick(['PE-backed industrial group', 'fast-growing water technology company', 'Fortune 500 manufacturer'])}. Your background stood out.`,
        '',
        r.pick([
          `The role description and compensation range are here: ${url} (sign in with your email to view — the client requires it).`,
          `I've put the brief on our secure portal: ${url}`,
        ]),
        '',
        'Would you be open to a short call this week?',
        '',
        `${who.name}`,
        'Partner, Executive Search',
      ].join('\n');
      return {
        headers: [`From: ${who.name} <${who.email}>`, to(v), authResults(domain)],
        subject: `Confidential: ${role} opportunity`,
        text,
      };
    },
  },
  {
    name: 'rfq-archive-from-fake-customer',
    kind: 'rfq-malware',
    make(r) {
      const v = staff(r);
      const domain = lureDomain(r, ['trading', 'industrial', 'procurement', 'global']);
      const who = outsider(r, domain);
      const name = `RFQ_${digits(r, 5)}_${r.pick(['specs', 'quantities', 'drawings'])}`;
      const part = r.pick([
        { type: 'application/x-rar-compressed', name: `${name}.rar`, content: zipOf(`${name}.exe`) },
        { type: 'application/zip', name: `${name}.zip`, content: zipOf(`${name}.pdf.lnk`) },
        { type: 'application/x-iso9660-image', name: `${name}.img`, content: diskImage() },
        { type: 'application/x-gzip', name: `${name}.tgz`, content: zipOf(`${name}.bat`) },
      ]);
      const text = [
        r.pick(['Dear Sir/Madam,', 'Hello Sales Team,', `Dear ${v.first},`]),
        '',
        r.pick([
          'We are interested in your products and would like to request a quotation for the items in the attached file.',
          'Kindly quote your best price and delivery time for the attached list. Our client needs shipment by end of month.',
        ]),
        '',
        'Please send your catalogue as well.',
        '',
        'Best regards,',
        who.name,
        'Purchasing Manager',
      ].join('\n');
      return {
        headers: [`From: ${who.name} <${who.email}>`, to(v), authResults(domain)],
        subject: r.pick(['Request for Quotation', `RFQ #${digits(r, 5)}`, 'New order inquiry']),
        text,
        parts: [part],
      };
    },
  },
  {
    name: 'vendor-portal-remittance',
    kind: 'vendor-portal-lure',
    make(r) {
      const v = staff(r);
      const customer = r.pick(CUSTOMERS.filter((c) => c.lang === 'en'));
      const domain = lureDomain(r, ['supplier', 'portal', 'ap', 'payments']);
      const url = `https://${domain}/${customer.domain.split('.')[0]}/login`;
      const html = card(
        `${customer.name} Supplier Portal`,
        '#37474f',
        'Payment remittance available',
        [
          `A payment of ${money(r, 4000, 90000)} has been issued to ${COMPANY}.`,
          'Our remittance advices are now only available through the supplier portal. Sign in with your email to download it.',
        ],
        'View Remittance',
        url,
      );
      return {
        headers: [...attacker(`${customer.name} Accounts Payable`, 'ap', domain), to(v)],
        subject: `Remittance advice - ${COMPANY}`,
        html,
      };
    },
  },
  {
    name: 'overdue-invoice-lookalike-pressure',
    kind: 'overdue-invoice-pressure',
    make(r) {
      const v = staff(r);
      const vendor = r.pick(VENDORS.filter((x) => x.lang === 'en'));
      const look = r.pick(vendor.looks);
      const who = outsider(r, look);
      const text = [
        `Hi ${v.first},`,
        '',
        `Our records show ${2 + r.below(3)} invoices totalling ${money(r, 20000, 180000)} are now past due. ${r.pick(
          [
            'Your account has been placed on credit hold and pending shipments will not be released.',
            'Please arrange payment this week to avoid a late fee and suspension of your account.',
          ],
        )}`,
        '',
        'Statement attached. Note our updated remittance details on page 1.',
        '',
        signature(who, `${vendor.name} | Credit & Collections`, phone(r)),
      ].join('\n');
      return {
        headers: [`From: ${who.name} <${who.email}>`, to(v), authResults(look)],
        subject: `PAST DUE - ${COMPANY} account statement`,
        text,
        parts: [
          {
            type: 'application/pdf',
            name: 'Statement.pdf',
            content: onePagePdf([
              vendor.name,
              'Statement of account',
              `Total due ${money(r, 20000, 180000)}`,
              `New account ${digits(r, 11)}`,
            ]),
          },
        ],
      };
    },
  },
  {
    name: 'internal-spoof-handbook-esign',
    kind: 'internal-spoof-policy',
    make(r) {
      const v = staff(r);
      const url = redirected(r, freeHost(r, 'handbook'));
      const text = [
        'All staff,',
        '',
        r.pick([
          `The updated Employee Handbook and remote work policy take effect on ${day(r)}. All employees must read and acknowledge it.`,
          'HR has published the revised code of conduct. Please acknowledge before the end of the week.',
        ]),
        '',
        `Review and sign: ${url}`,
        '',
        'Human Resources',
      ].join('\n');
      return {
        headers: [
          'From: "HR Corvane" <hr@corp.example>',
          to(v),
          authResults(
            'corp.example',
            lureDomain(r, ['bulk', 'newsletter', 'notice']),
            'pass',
            'none',
            'fail',
          ),
        ],
        subject: 'Employee Handbook Acknowledgement - Required',
        text,
        html: paragraphs(text),
      };
    },
  },
  {
    name: 'fake-forward-invoice-approval',
    kind: 'fake-forward-approval',
    make(r) {
      const v = staff(r);
      const exec = r.pick(EXECS);
      const vendorDomain = lureDomain(r, ['consulting', 'advisory', 'solutions', 'group']);
      const vendorPerson = outsider(r, vendorDomain);
      const inv = digits(r, 5);
      const amount = money(r, 18000, 95000);
      const inner = forwarded(
        `${exec.name} <${exec.email}>`,
        `${vendorPerson.name} <${vendorPerson.email}>`,
        past(r),
        `RE: Invoice ${inv}`,
        `${vendorPerson.first}, approved. I'll have accounts payable process it today.\n\n${exec.name}`,
      );
      const text = [
        `Hello ${v.first},`,
        '',
        `Please see below ${exec.name.split(' ')[0]}'s approval for invoice ${inv} (${amount}) for consulting services. Kindly process it today as agreed. Wire details are in the attached invoice.`,
        '',
        'Kind regards,',
        vendorPerson.name,
        '',
        inner,
      ].join('\n');
      return {
        headers: [
          `From: ${vendorPerson.name} <${vendorPerson.email}>`,
          to(v),
          `Cc: ${exec.name} <${exec.email.split('@')[0]}@${lureDomain(r, ['corvane', 'corp'])}>`,
          authResults(vendorDomain),
        ],
        subject: `FW: RE: Invoice ${inv}`,
        text,
        parts: [
          {
            type: 'application/pdf',
            name: `Invoice_${inv}.pdf`,
            content: onePagePdf([
              `Invoice ${inv}`,
              'Advisory services',
              amount,
              `IBAN GB${digits(r, 2)} ${upper(r, 4)} ${digits(r, 14)}`,
            ]),
          },
        ],
      };
    },
  },
  {
    name: 'customer-po-onedrive-hijacked',
    kind: 'purchase-order-link',
    make(r) {
      const v = staff(r);
      const s = hijacked(r);
      const po = `PO${digits(r, 7)}`;
      const url = r.pick([
        `https://1drv.ms/b/s!${token(r, 22)}`,
        `https://${token(r, 6)}-my.sharepoint.com/:o:/g/personal/${token(r, 8)}/E${token(r, 30)}`,
        freeHost(r, 'po'),
      ]);
      const html = [
        '<div style="font-family:Calibri,sans-serif;font-size:11pt">',
        `<p>Hi ${htmlEscape(v.first)},</p>`,
        `<p>${r.pick(['Please find our new purchase order below. Confirm receipt and lead time.', 'Attached is the purchase order for our next shipment. Please acknowledge.'])}</p>`,
        `<p><a href="${url}">📄 ${po}.pdf</a></p>`,
        `<p>Thank you,<br>${htmlEscape(s.name)}</p></div>`,
      ].join('\n');
      return { headers: [...s.headers, to(v)], subject: `New Purchase Order ${po}`, html };
    },
  },
  {
    name: 'ethics-hotline-complaint',
    kind: 'hr-complaint-lure',
    make(r) {
      const v = staff(r);
      const domain = lureDomain(r, ['ethics', 'hotline', 'compliance', 'report']);
      const url = `https://${domain}/report/${upper(r, 8)}`;
      const text = [
        `Confidential — for ${v.name}`,
        '',
        r.pick([
          'An anonymous report naming you has been submitted through the ethics hotline. You are invited to review the report and provide a response within 5 business days.',
          'A workplace conduct complaint has been filed that requires your response. Please view the complaint details via the secure link.',
        ]),
        '',
        `Access the report: ${url}`,
        `Reference: ${upper(r, 4)}-${digits(r, 5)}`,
        '',
        'Ethics & Compliance Office',
      ].join('\n');
      return {
        headers: [...attacker('Ethics & Compliance', 'no-reply', domain), to(v)],
        subject: 'Confidential: complaint filed against you',
        text,
      };
    },
  },
];

const OTHER: Template[] = [
  {
    name: 'qr-mfa-inline-image',
    kind: 'qr-code-mfa',
    async make(r) {
      const v = staff(r);
      const s = hijacked(r, 'Microsoft Security');
      const url = `${freeHost(r, 'mfa')}?e=${Buffer.from(v.email).toString('base64')}`;
      const html = [
        '<html><body style="font-family:Segoe UI,sans-serif">',
        `<p>${htmlEscape(v.email)}</p>`,
        `<p>${r.pick(['Your two-factor authentication needs to be updated.', 'Action required: your MFA security settings expire today.'])}</p>`,
        '<p>Scan the QR code below with your phone camera to complete the update.</p>',
        '<img src="cid:qr.png" width="200" height="200" alt="">',
        '</body></html>',
      ].join('\n');
      return {
        headers: [...s.headers, to(v)],
        subject: `MFA update required for ${v.email}`,
        html,
        parts: [{ type: 'image/png', name: 'qr.png', content: await qrPng(url), inline: true }],
      };
    },
  },
  {
    name: 'qr-in-pdf-document',
    kind: 'qr-code-pdf',
    async make(r) {
      const v = staff(r);
      const domain = lureDomain(r, ['docs', 'secure', 'hr', 'share']);
      const url = `https://${domain}/${token(r, 10)}`;
      const pdf = onePagePdf(
        [
          r.pick([
            'Q4 Bonus Distribution',
            'Shared Document: Payroll Adjustments',
            'Secure Document Delivery',
          ]),
          'Scan the code with your mobile device to view the document.',
        ],
        { jpeg: await qrJpeg(url) },
      );
      const text = `${v.first},\n\n${r.pick(['Please review the attached document.', 'The document requires you to scan the code to open it securely.'])}\n\nThanks`;
      return {
        headers: [...attacker(r.pick(['Payroll', 'Document Center', 'HR Services']), 'docs', domain), to(v)],
        subject: r.pick(['Document for review', `${v.first}: Q4 bonus statement`, 'Shared file']),
        text,
        parts: [
          {
            type: 'application/pdf',
            name: `${r.pick(['Bonus', 'Document', 'Statement'])}_${digits(r, 4)}.pdf`,
            content: pdf,
          },
        ],
      };
    },
  },
  {
    name: 'callback-antivirus-renewal-pdf',
    kind: 'callback-invoice',
    make(r) {
      const free = r.pick(FREEMAIL);
      const sender = outsider(r, free);
      const product = r.pick([
        'Norton 360 Deluxe',
        'McAfee Total Protection',
        'Geek Squad Premium Support',
        'PC Shield Pro',
      ]);
      const amount = money(r, 299, 799);
      const number = `+1 (${r.pick(['808', '844', '855'])}) ${digits(r, 3)}-${digits(r, 4)}`;
      const pdf = onePagePdf([
        product,
        `Invoice ${upper(r, 3)}${digits(r, 7)}`,
        `Amount charged: ${amount}`,
        'Auto-renewal: 1 year',
        `Questions or to cancel: ${number}`,
      ]);
      const text = [
        `Dear Customer,`,
        '',
        r.pick([
          `Your subscription has been renewed and ${amount} will be debited within 24 hours.`,
          `Thank you for your order. Your ${product} plan has been renewed for ${amount}.`,
        ]),
        '',
        `If you did not authorise this, call our billing department at ${number}.`,
      ].join('\n');
      return {
        headers: [
          `From: ${sender.name} <${sender.email}>`,
          `To: undisclosed-recipients:;`,
          authResults(free),
        ],
        subject: `Order Confirmation #${digits(r, 8)}`,
        text,
        parts: [{ type: 'application/pdf', name: `Invoice_${digits(r, 6)}.pdf`, content: pdf }],
      };
    },
  },
  {
    name: 'callback-via-real-paypal-invoice',
    kind: 'callback-platform-invoice',
    make(r) {
      const v = staff(r);
      const number = `+1 (${r.pick(['833', '866', '877'])}) ${digits(r, 3)}-${digits(r, 4)}`;
      const amount = money(r, 400, 990);
      const merchant = r.pick(['Billing Department', 'Coinbase Support Team', 'Secure Payments LLC']);
      const text = [
        `${merchant} sent you an invoice for ${amount} USD`,
        '',
        `Note from seller: ${r.pick([
          `Your account has been charged for a Bitcoin purchase. If you did not make this purchase call ${number} immediately.`,
          `Suspicious activity detected. A payment of ${amount} has been initiated. To cancel, contact us at ${number}.`,
        ])}`,
        '',
        `Invoice number: ${digits(r, 4)}`,
        `View and pay invoice: https://www.paypal.com/invoice/p/#${upper(r, 16)}`,
        '',
        'PayPal Pte. Ltd.',
      ].join('\n');
      return {
        headers: [`From: "service@paypal.com" <service@paypal.com>`, to(v), authResults('paypal.com')],
        subject: `Invoice from ${merchant} (${digits(r, 4)})`,
        text,
      };
    },
  },
  {
    name: 'scanned-doc-zip-shortcut',
    kind: 'archive-shortcut',
    make(r) {
      const v = staff(r);
      const s = hijacked(r);
      const base = `${r.pick(['Scan', 'Document', 'Invoice'])}_${digits(r, 8)}`;
      const inner = r.pick([`${base}.pdf.lnk`, `${base}.js`, `${base}.vbs`, `${base}.hta`, `${base}.wsf`]);
      return {
        headers: [...s.headers, to(v)],
        subject: r.pick([
          `Scanned from ${token(r, 4).toUpperCase()}-MFP`,
          'Document attached',
          `RE: ${base}`,
        ]),
        text: r.pick([
          'Please see attached.',
          'Attached is the document you requested.',
          `Hi ${v.first}, here is the scan.`,
        ]),
        parts: [{ type: 'application/zip', name: `${base}.zip`, content: zipOf(inner) }],
      };
    },
  },
  {
    name: 'disk-image-shipping-docs',
    kind: 'disk-image-attachment',
    make(r) {
      const v = staff(r);
      const domain = lureDomain(r, ['logistics', 'shipping', 'cargo', 'freight']);
      const who = outsider(r, domain);
      const bl = `BL${digits(r, 9)}`;
      const text = [
        `Dear ${v.first},`,
        '',
        `Please find attached the shipping documents (Bill of Lading ${bl}, commercial invoice and packing list) for your consignment.`,
        '',
        r.pick([
          'Kindly confirm the details so we can release the container.',
          'Please check and revert with any corrections.',
        ]),
        '',
        `${who.name}`,
        'Operations',
      ].join('\n');
      return {
        headers: [`From: ${who.name} <${who.email}>`, to(v), authResults(domain)],
        subject: `Shipping documents ${bl}`,
        text,
        parts: [
          {
            type: r.pick(['application/x-iso9660-image', 'application/octet-stream']),
            name: `${bl}_Docs.${r.pick(['iso', 'img', 'vhd'])}`,
            content: diskImage(),
          },
        ],
      };
    },
  },
  {
    name: 'onenote-remittance',
    kind: 'onenote-attachment',
    make(r) {
      const v = staff(r);
      const s = hijacked(r);
      return {
        headers: [...s.headers, to(v)],
        subject: r.pick(['Remittance', 'Payment confirmation', 'ACH transfer']),
        text: `Hello,\n\nPlease find the payment remittance attached. Double click to view.\n\nRegards`,
        parts: [
          {
            type: 'application/onenote',
            name: `Remittance_${digits(r, 5)}.one`,
            content: oneNote(`open.${r.pick(['cmd', 'hta', 'wsf'])}`),
          },
        ],
      };
    },
  },
  {
    name: 'macro-workbook-price-list',
    kind: 'macro-document',
    make(r) {
      const v = staff(r);
      const domain = lureDomain(r, ['pricing', 'supply', 'parts']);
      const who = outsider(r, domain);
      const doc = r.below(2)
        ? {
            type: 'application/vnd.ms-excel.sheet.macroEnabled.12',
            name: `Price_List_${digits(r, 4)}.xlsm`,
            content: macroWorkbook(),
          }
        : {
            type: 'application/msword',
            name: `Order_Form_${digits(r, 4)}.doc`,
            content: legacyMacroDocument(),
          };
      return {
        headers: [`From: ${who.name} <${who.email}>`, to(v), authResults(domain)],
        subject: r.pick(['Updated price list 2027', 'Order form', 'Revised quotation']),
        text: `Hi ${v.first},\n\nAttached is the ${doc.name.endsWith('xlsm') ? 'updated price list' : 'order form'}. If the content does not show, please click "Enable Content".\n\nBest,\n${who.name}`,
        parts: [doc],
      };
    },
  },
  {
    name: 'html-smuggling-invoice',
    kind: 'html-smuggling',
    make(r) {
      const v = staff(r);
      const s = hijacked(r);
      const blob = Buffer.from(`PK inert ${token(r, 40)}`).toString('base64');
      const name = `Invoice_${digits(r, 6)}`;
      const page = [
        '<html><body><p>Loading document...</p><script>',
        `var b = atob("${blob}"); var a = new Uint8Array(b.length);`,
        'for (var i = 0; i < b.length; i++) a[i] = b.charCodeAt(i);',
        `var f = new Blob([a], {type: "application/zip"}); var l = document.createElement("a");`,
        `l.href = URL.createObjectURL(f); l.download = "${name}.zip"; l.click();`,
        '</script></body></html>',
      ].join('\n');
      return {
        headers: [...s.headers, to(v)],
        subject: r.pick([`Invoice ${name.slice(8)}`, 'Outstanding invoice', 'Payment due']),
        text: `${r.pick(['Good day', 'Hello', 'Hi'])},\n\nYour invoice is attached. Open it in your browser to download.\n\nThank you`,
        parts: [{ type: 'text/html', name: `${name}.html`, content: Buffer.from(page) }],
      };
    },
  },
  {
    name: 'invoice-link-script-download',
    kind: 'script-download-link',
    make(r) {
      const v = staff(r);
      const s = hijacked(r);
      const file = `Invoice-${digits(r, 6)}.${r.pick(['js', 'msi', 'vbs', 'zip'])}`;
      const url = r.pick([
        `${freeHost(r, 'dl')}${file}`,
        `https://pub-${token(r, 24, '0123456789abcdef')}.r2.dev/${file}`,
        hackedSite(r, file),
      ]);
      const text = [
        `Hi ${v.first},`,
        '',
        r.pick([
          'The invoice is too large to attach. Download it here:',
          'Please download your invoice from the link below:',
          'Your document is ready:',
        ]),
        url,
        '',
        'Thanks',
      ].join('\n');
      return {
        headers: [...s.headers, to(v)],
        subject: r.pick(['Invoice available', 'Your document', `Statement ${digits(r, 4)}`]),
        text,
      };
    },
  },
  {
    name: 'password-zip-tax-documents',
    kind: 'encrypted-archive',
    make(r) {
      const v = staff(r);
      const s = hijacked(r);
      const password = digits(r, 4);
      const name = `${r.pick(['Documents', 'Tax_Forms', 'Contract'])}_${digits(r, 5)}`;
      return {
        headers: [...s.headers, to(v)],
        subject: r.pick(['Documents as requested', 'RE: Contract', 'Files']),
        text: `Hello,\n\nAs requested, the files are attached. Archive password: ${password}\n\nRegards`,
        parts: [
          {
            type: 'application/zip',
            name: `${name}.zip`,
            content: protectedZip(`${name}.exe`, Number(password)),
          },
        ],
      };
    },
  },
  {
    name: 'svg-attachment-redirect',
    kind: 'svg-attachment',
    make(r) {
      const v = staff(r);
      const domain = lureDomain(r, ['secure', 'docshare', 'payment', 'fax']);
      const target = `https://${domain}/${token(r, 12)}#${Buffer.from(v.email).toString('base64')}`;
      const svg = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200">',
        '<text x="20" y="40">Loading document...</text>',
        `<script><![CDATA[window.location.href = atob("${Buffer.from(target).toString('base64')}");]]></script>`,
        '</svg>',
      ].join('\n');
      return {
        headers: [
          ...attacker(
            r.pick(['Payment Notification', 'Secure Document', 'Voice Message']),
            'noreply',
            domain,
          ),
          to(v),
        ],
        subject: r.pick([`Payment Advice ${digits(r, 6)}`, 'Secure message', 'New voice note']),
        text: 'Open the attachment to view.',
        parts: [
          {
            type: 'image/svg+xml',
            name: `${r.pick(['Payment', 'Doc', 'Audio'])}_${digits(r, 5)}.svg`,
            content: Buffer.from(svg),
          },
        ],
      };
    },
  },
  {
    name: 'calendar-invite-link',
    kind: 'calendar-invite-lure',
    make(r) {
      const v = staff(r);
      const s = hijacked(r);
      const url = freeHost(r, 'meeting');
      const summary = r.pick(['Payment Approval Review', 'Contract discussion', 'Budget sign-off']);
      const ics = invitation({
        uid: `${token(r, 16)}@${s.host}`,
        organizer: s.address,
        attendee: v.email,
        summary,
        description: `Please review the document before the meeting: ${url}`,
        location: url,
        start: `202611${String(10 + r.below(18))}T1${r.below(6)}0000Z`,
      });
      return {
        headers: [...s.headers, to(v)],
        subject: `Invitation: ${summary}`,
        text: `You have been invited to: ${summary}\n\nDocument to review: ${url}`,
        parts: [{ type: 'text/calendar; method=REQUEST', name: 'invite.ics', content: ics }],
      };
    },
  },
  {
    name: 'crypto-withdrawal-alert',
    kind: 'crypto-wallet-lure',
    make(r) {
      const v = staff(r);
      const domain = r.pick([
        'coinbase-security.example',
        'ledger-support.test',
        lureDomain(r, ['wallet', 'crypto', 'secure', 'exchange']),
      ]);
      const coin = r.pick(['0.4812 BTC', '3.91 ETH', '12,400 USDT']);
      const url = `https://${domain}/cancel?ref=${upper(r, 10)}`;
      const html = card(
        r.pick(['Coinbase', 'Ledger', 'Kraken']),
        '#1652f0',
        'Withdrawal request received',
        [
          `A withdrawal of ${coin} was requested from your account.`,
          'If you did not request this, cancel it now and secure your wallet. You will need your recovery phrase to verify ownership.',
        ],
        'Cancel withdrawal',
        url,
      );
      return {
        headers: [...viaBulkService(r, 'Security Team', 'no-reply', domain), to(v)],
        subject: `Withdrawal request: ${coin}`,
        html,
      };
    },
  },
  {
    name: 'sextortion-bitcoin',
    kind: 'extortion',
    make(r) {
      const v = staff(r);
      const free = r.pick(FREEMAIL);
      const wallet = `bc1q${token(r, 38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}`;
      const amount = r.pick(['1450', '1900', '2300']);
      const text = [
        `Hello ${v.first},`,
        '',
        r.pick([
          `I know ${v.last}, ${phone(r)} is your number. I have had access to your device for some time now through a program installed on a site you visited.`,
          'You do not know me, but I know a lot about you. Your device was infected with my software months ago.',
        ]),
        '',
        'I recorded videos from your camera and have a copy of your contacts. If you want me to delete everything, send the equivalent of ' +
          `${amount} USD in Bitcoin to this address:`,
        '',
        wallet,
        '',
        'You have 48 hours. Do not reply to this email, it is not monitored. If I do not receive the payment, your contacts will receive the videos.',
      ].join('\n');
      return {
        headers: [`From: ${v.email.split('@')[0]} <${token(r, 8)}@${free}>`, to(v), authResults(free)],
        subject: r.pick([`${v.first} ${v.last}`, 'Your account has been hacked', `Payment for ${v.first}`]),
        text,
      };
    },
  },
  {
    name: 'parcel-customs-fee',
    kind: 'parcel-fee',
    make(r) {
      const v = staff(r);
      const domain = r.pick([
        'usps-redelivery.test',
        'dhl-custom-fees.example.com',
        lureDomain(r, ['parcel', 'delivery', 'track', 'redeliver']),
      ]);
      const url = `https://${domain}/${upper(r, 6)}`;
      const html = card(
        r.pick(['USPS', 'DHL Express', 'UPS']),
        '#d40511',
        'Your package is on hold',
        [
          `Tracking number: ${upper(r, 2)}${digits(r, 9)}US`,
          `A customs fee of ${money(r, 1, 4)} is due before we can deliver your package.`,
          'Packages not claimed within 48 hours are returned to sender.',
        ],
        'Pay and schedule delivery',
        url,
      );
      return {
        headers: [...attacker('Delivery Notification', 'info', domain), to(v)],
        subject: 'Delivery attempt failed — action required',
        html,
      };
    },
  },
  {
    name: 'toll-unpaid-plain',
    kind: 'toll-fine',
    make(r) {
      const v = staff(r);
      const free = r.pick(FREEMAIL);
      const url = `https://${r.pick(['ezpass-ohio', 'turnpike-toll', 'tollservices'])}.${r.pick(['test', 'example.com', 'example'])}/pay?${token(r, 8)}`;
      const text = [
        r.pick(['Ohio Turnpike:', 'E-ZPass Notice:', 'Toll Services:']),
        `We have noticed an outstanding toll of ${money(r, 4, 12)} on your vehicle. To avoid a late fee of $50.00, please pay by ${day(r)}.`,
        '',
        url,
        '',
        '(Reply Y and reopen this message to activate the link.)',
      ].join('\n');
      return {
        headers: [`From: Toll Services <${token(r, 9)}@${free}>`, to(v), authResults(free)],
        subject: 'Unpaid toll notice',
        text,
      };
    },
  },
  {
    name: 'employee-discount-survey-prize',
    kind: 'reward-survey',
    make(r) {
      const v = staff(r);
      const domain = lureDomain(r, ['rewards', 'perks', 'survey', 'benefit']);
      const brand = r.pick(['Costco', 'Delta Air Lines', 'Home Depot', 'Starbucks']);
      const url = redirected(r, `https://${domain}/${token(r, 6)}`);
      const html = [
        `<html><body style="text-align:center;font-family:Arial"><h2>${brand} Customer Reward</h2>`,
        `<p>${htmlEscape(v.first)}, you have been selected to receive a ${r.pick(['$100 gift card', 'travel voucher', 'free emergency kit'])}.</p>`,
        '<p>Complete our 30-second survey and claim your reward (shipping fee applies).</p>',
        `<p><a href="${url}"><b>START SURVEY</b></a></p>`,
        `<p style="font-size:9px;color:#aaa">${token(r, 80)}</p></body></html>`,
      ].join('\n');
      return {
        headers: [...viaBulkService(r, `${brand} Rewards`, 'rewards', domain), to(v)],
        subject: `${v.first}, your ${brand} reward is waiting`,
        html,
      };
    },
  },
];

export const PHISHING_12: readonly Template[] = [...MASS, ...TARGETED, ...OTHER, ...LOCAL_PHISHING];
export const UNSEEN_12_KINDS: readonly string[] = [...new Set(PHISHING_12.map((t) => t.kind))];
export const UNSEEN_12_TEMPLATE_COUNT = PHISHING_12.length;

export async function unseenPhishing12(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return render(PHISHING_12, perTemplate, seed, seededRandom, 12_000_000);
}
