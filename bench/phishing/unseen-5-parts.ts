// What the fifth and sixth unseen sets' templates (unseen-5*.ts, unseen-6*.ts, unseen-ham-5.ts,
// unseen-ham-6.ts) share: inert attachments, amounts written the continental way, a registered domain that
// borrows a real one's name, the headers and quoted history of a reply, a QR code drawn in text with block
// characters, and the company's tenant name, a sender's passed authentication and a bulk sender's
// unsubscribe headers for the legitimate mail. Every domain made here is reserved or made up.
import QRCode from 'qrcode';
import type { Part } from './mime.js';
import type { Scene } from './unseen-3.js';
import { authResults } from './unseen-4.js';
import { onePagePdf } from './unseen-payloads.js';

/** An attachment of `type`, its content given as text or bytes. */
export const attach = (type: string, name: string, content: string | Buffer): Part => ({
  type,
  name,
  content: typeof content === 'string' ? Buffer.from(content) : content,
});

/** A one-page PDF attachment. */
export const pdfAttachment = (
  name: string,
  lines: readonly string[],
  extra?: Parameters<typeof onePagePdf>[1],
): Part => attach('application/pdf', name, onePagePdf(lines, extra));

/** An amount as "4,862.40" written the continental way: "4.862,40". */
export const continental = (amount: string) => amount.replace(/[,.]/g, (mark) => (mark === ',' ? '.' : ','));

/**
 * A registered domain that carries a real name with a word added (combosquatting), as campaigns register
 * them: `acme-billing.test`, `acmeportal.example.net`, `acme.invoices.test`.
 */
export function combosquat(s: Scene, domain: string): string {
  const base = domain.slice(0, domain.indexOf('.'));
  const word = s.pick(['billing', 'portal', 'secure', 'support', 'hr', 'payments', 'docs']);
  return s.pick([`${base}-${word}.test`, `${base}${word}.example.net`, `${base}.${word}.test`]);
}

/** A reply's threading headers: one message answered, two in the chain. */
export const replyHeaders = (s: Scene, theirDomain: string) => [
  `In-Reply-To: <${s.hex(24)}@corp.example>`,
  `References: <${s.hex(24)}@${theirDomain}> <${s.hex(24)}@corp.example>`,
];

/** Earlier messages of a thread, quoted under an Outlook-style header. */
export function quotedHistory(from: string, sent: string, subject: string, lines: readonly string[]): string {
  return [
    '',
    '________________________________',
    `From: ${from}`,
    `Sent: ${sent}`,
    `Subject: ${subject}`,
    '',
    ...lines,
  ].join('\n');
}

/** A QR code drawn as text, two rows of modules to a line with half-block characters: no image at all. */
export function textQr(url: string): string {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'L' });
  const size = modules.size + 4;
  const dark = (row: number, col: number) =>
    row >= 2 && col >= 2 && row < size - 2 && col < size - 2 && modules.get(row - 2, col - 2) === 1;
  const lines: string[] = [];
  for (let row = 0; row < size; row += 2) {
    let line = '';
    for (let col = 0; col < size; col++) {
      const top = dark(row, col);
      const bottom = dark(row + 1, col);
      line += top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ';
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** The company's name at cloud providers that give each customer a subdomain. */
export const TENANT = 'corpexample';
/** The Authentication-Results of a sender whose SPF, DKIM and DMARC all pass. */
export const signed = (domain: string) => authResults(domain, ['pass', 'pass', 'pass']);
/** The header a bulk sender adds so that a list can be left in one click. */
export const unsubscribe = (url: string) => [
  `List-Unsubscribe: <${url}>`,
  'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
];
