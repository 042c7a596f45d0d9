// Onward links: a message that sends the reader to a shared file, document or presentation — through a
// link or as an attachment — only to have them follow a further link or button inside it ("use the secure
// link inside it", "confirm on the portal linked in the doc", 'click "View proposal" inside'). The
// two-step lure passes through a real file-share, e-signature or design service's own notice, whose
// checks vouch for the file and not for where its link goes; people who share a file share what is in
// it. The words are data (data/phishing/onward-links.json). Mail from inside the organisation and
// mailing lists are left alone.
import { readFileSync } from 'node:fs';
import { linksOf } from '../links-in.js';
import { listMail } from './mailing-list.js';
import { fromInside } from './owners.js';
import { isPdf } from './pdf-content.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'onward-links';
const WORDS_FILE = new URL('../../../data/phishing/onward-links.json', import.meta.url);
const ONWARD = new RegExp(
  (JSON.parse(readFileSync(WORDS_FILE, 'utf8')) as { patterns: string[] }).patterns.join('|'),
  'i',
);
/** Documents a note can point inside: PDFs, office files, presentations. */
const DOCUMENT = /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp)$/i;

export const onwardLinks: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (listMail(message) || fromInside(message, context)) return [];
    const said = ONWARD.exec(`${message.subject}\n${message.text.slice(0, 3_000)}`);
    if (said === null) return [];
    const shared = linksOf(message).find((l) => l.host !== '');
    const attached = message.attachments.find((a) => isPdf(a) || DOCUMENT.test(a.filename));
    const where = shared !== undefined ? shared.host : attached?.filename;
    if (where === undefined) return [];
    return [
      sign(
        NAME,
        'onward-link',
        30,
        `It sends you to a file (${where}) only to have you follow a further link inside it ("${said[0].trim()}"): the service that holds the file vouches for the file, not for where that link goes, and whoever shares a real document shares what is in it.`,
        said[0].trim(),
      ),
    ];
  },
};
