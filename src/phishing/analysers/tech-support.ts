// Tech support: a warning that your computer is infected or at risk — threats found, a virus, a licence
// run out so they "could not be removed" — with a phone number to call for help. Security software shows
// its findings on the computer and fixes them there; it does not mail you a number to ring. The call
// reaches a scammer who asks for remote access and a fee. Your own IT and a brand writing from its own
// domain are left to the other signs.
import { fromInside, senderBrand } from './owners.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'tech-support';
/** Your device infected or at risk. */
const INFECTED =
  /\b(?:(?:virus(?:es)?|trojans?|malware|spyware|ransomware|threats?|infections?)\b[^.\n]{0,60}\b(?:detected|found|on your (?:device|computer|pc|system|mac|phone))|(?:detected|found)\b[^.\n]{0,40}\b(?:virus(?:es)?|trojans?|malware|spyware|threats?)|your (?:device|computer|pc|system|mac|phone) (?:is|has been|may be) (?:at risk|infected|compromised|blocked|locked|hacked))\b/i;
/** An ask to phone, beside the number. */
const CALL_NUMBER = /\b(?:call|phone|dial|ring|contact)\b[^.\n]{0,60}?((?:\+|\b)\d[\d\s().-]{7,18}\d)\b/i;

export const techSupport: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (fromInside(message, context) || senderBrand(message, context) !== undefined) return [];
    const text = `${message.subject}\n${message.text.slice(0, 3_000)}`;
    const infected = INFECTED.exec(text);
    const call = CALL_NUMBER.exec(text);
    if (infected === null || call === null) return [];
    return [
      sign(
        NAME,
        'tech-support-call',
        40,
        `It warns that your computer is at risk ("${infected[0]}") and asks you to phone ${call[1].trim()}: security software fixes what it finds on the computer and never mails a number to ring. The call reaches a scammer who asks for remote access and a fee.`,
        call[1].trim(),
      ),
    ];
  },
};
