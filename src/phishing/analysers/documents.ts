// Documents: what an attached PDF sends you to. The targets of its links and the addresses written in
// it, and the links of QR codes in its pictures, are judged like the message's own links (url-signs.ts);
// and a short PDF that is no more than "view the document" with a code to scan, or a link going to a site
// the sender does not own, is named: the document is a wrapper around a link to a sign-in page, sent as a
// PDF because mail filters check the links of a message and not those inside its attachments.
import { hostOf } from '../links-in.js';
import { urlSigns } from '../url-signs.js';
import { ownedBy, senderDomain } from './owners.js';
import { isPdf, pdfOf } from './pdf-content.js';
import { decode } from './qr-codes.js';
import { type Analyser, type Signal, sign } from './signal.js';

const NAME = 'documents';
/** Links of one document judged; a document with more is judged on the first ones. */
const MAX_LINKS = 20;
/** Words of a wrapper: more than this is a document in its own right. */
const MAX_WORDS = 80;
/** What a wrapper asks of you. */
const VIEW_ASK =
  /\b(?:view|open|access|download|review|see|scan|click|tap|read|listen|play)\b[^.\n]{0,60}\b(?:document|invoice|file|payment|statement|message|remittance|contract|agreement|fax|below|here|qr|code|recording|voice ?mail|audio|(?:mobile )?(?:device|phone))\b|\b(?:document|file|content) is (?:protected|secured|encrypted)/i;

export const documents: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const signals: Signal[] = [];
    const owned = ownedBy(senderDomain(message), context);
    for (const part of message.attachments.filter(isPdf)) {
      const name = part.filename || '(unnamed)';
      const pdf = pdfOf(part);
      const read = await Promise.all(
        pdf.jpegs.map((jpeg) =>
          decode(jpeg, 'image/jpeg', (why) => context.gap(`A picture in ${name} was not read: ${why}.`)),
        ),
      );
      const coded = read.filter((text): text is string => text !== undefined && /^https?:\/\//i.test(text));
      const uris = pdf.uris.slice(0, MAX_LINKS);
      for (const uri of uris) signals.push(...urlSigns(NAME, uri, `a link in the attached ${name}`, context));
      for (const uri of coded)
        signals.push(...urlSigns(NAME, uri, `a QR code in the attached ${name}`, context));
      // A code to scan takes the link to a phone, beyond the company's protection, wherever it goes.
      const away = coded[0] ?? uris.find((uri) => !owned(hostOf(uri)));
      const words = pdf.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
      const ask = VIEW_ASK.exec(pdf.text);
      if (away === undefined || ask === null || words > MAX_WORDS || pdf.pages > 2) continue;
      signals.push(
        sign(
          NAME,
          'document-link',
          35,
          `The attached ${name} is a short document that only asks you to "${ask[0]}" through ${coded.includes(away) ? `a QR code (a link to ${hostOf(away)} taken to your phone, out of reach of your company's protection)` : `a link to ${hostOf(away)}, a site the sender does not own`}: a PDF wrapped around a link to a sign-in page, so that mail filters, which check the message's links, miss it.`,
          `${name} → ${away}`,
        ),
      );
    }
    return signals;
  },
};
