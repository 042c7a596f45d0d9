// Lures: the pretexts phishing uses to get a click (your account is limited or your password expires,
// your mailbox is full and mail is held, a payment failed, a document waits for your signature, a
// voicemail, fax or parcel waits for you, a court or the police has opened a case against you, a refund
// or payout waits to be claimed), told by a message that also gives a way to act on them — a link, a QR
// code, an attached page or document; in the languages most mail comes in. The words alone are common
// in honest mail; the pairing is the sign, and it weighs little on its own. A brand's or a government's
// mail whose links all stay on its own sites sends no one to an attacker, so it is no lure. The words are
// data (data/phishing/lures.json).
import { readFileSync } from 'node:fs';
import { linksOf } from '../links-in.js';
import { linksStayWithSender } from './owners.js';
import { isPdf } from './pdf-content.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'lures';
const PRETEXTS_FILE = new URL('../../../data/phishing/lures.json', import.meta.url);

/** The pretexts of data/phishing/lures.json, each one expression. */
const PRETEXTS: { what: string; pattern: RegExp }[] = (
  JSON.parse(readFileSync(PRETEXTS_FILE, 'utf8')) as { pretexts: { what: string; patterns: string[] }[] }
).pretexts.map((p) => ({ what: p.what, pattern: new RegExp(p.patterns.join('|'), 'i') }));

export const lures: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (linksStayWithSender(message, context)) return [];
    const text = `${message.subject}\n${message.text.slice(0, 3_000)}`;
    const found = PRETEXTS.find((p) => p.pattern.test(text));
    if (found === undefined) return [];
    const means = linksOf(message).some((l) => l.host !== '')
      ? 'a link'
      : message.attachments.some(
            (p) => /^image\/|^text\/html$/.test(p.contentType) || /\.x?html?$/i.test(p.filename),
          )
        ? 'an attached image or page'
        : message.attachments.some(isPdf)
          ? 'an attached document'
          : undefined;
    if (means === undefined) return [];
    const said = found.pattern.exec(text)?.[0] ?? '';
    return [
      sign(
        NAME,
        'lure',
        20,
        `It tells you that ${found.what} ("${said.trim()}") and gives you ${means} to act on it: the usual bait of phishing.`,
        said.trim(),
      ),
    ];
  },
};
