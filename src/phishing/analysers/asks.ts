// What a message asks the reader to do, whatever its words: follow a link to a site that is neither the
// sender's nor your own nor a known brand's, call a number, open a file it carries, or pay into a bank
// account or wallet it writes out.
// The ask alone is everyday mail; the signs that use it pair it with what does not hold together.
import { linksOf } from '../links-in.js';
import type { ReportedMessage } from '../message.js';
import { elsewhere, senderDomain } from './owners.js';
import type { AnalysisContext } from './signal.js';
import { walletAddress } from './wallet-addresses.js';

/** An ask to call, beside a phone number. */
const CALL =
  /\b(?:call|phone|ring|dial|contact|reach)\b|\b(?:anrufen|rufen sie|llame|llamar|appelez|chiamate|chiami|bel(?:t| ons))\b/i;
const PHONE = /(?:\+|\b)\d[\d\s().-]{7,18}\d\b/;
/** A bank account number to pay into. */
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b/;
/** Files a lure asks to open: documents, pages, pictures that can act, archives, disk images. */
const FILE_TO_OPEN = /\.(?:pdf|html?|shtml|svgz?|docx?|docm|xlsx?|xlsm|zip|rar|7z|iso|img|one)$/i;

/** What the message asks the reader to do, in words, or undefined when it asks nothing. */
export function askOf(message: ReportedMessage, context: AnalysisContext): string | undefined {
  const text = `${message.subject}\n${message.text}`;
  const leaves = elsewhere(senderDomain(message), context);
  const away = linksOf(message).find((l) => leaves(l.host));
  if (away !== undefined) return `follow a link to ${away.host}`;
  const phone = PHONE.exec(text);
  if (phone !== null && CALL.test(text)) return `call ${phone[0].trim()}`;
  const file = message.attachments.find((a) => FILE_TO_OPEN.test(a.filename));
  if (file !== undefined) return `open ${file.filename}`;
  const account = IBAN.exec(text)?.[0] ?? walletAddress(text);
  if (account !== undefined) return `pay into ${account}`;
  return undefined;
}
