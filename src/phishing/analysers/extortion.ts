// Extortion: mail that claims the writer hacked your device or recorded you ("I recorded you through your
// webcam", "I have videos of you", "I know where you live") or copied the company's data ("we have
// copied 470 GB from your servers", "our leak site"), asks for payment in bitcoin or to a wallet
// address, and sets a deadline or threatens to send what it holds to your contacts. The claims are made
// up (the "proof" is an old leaked password, your own address spoofed as the sender, your street from a
// data broker); the wallet is what gives the scheme away. Read in the message and any attached PDF, where
// the 2024 variant hides its text. A newsletter quoting such mail speaks of it, from a mailing list. The
// same mail goes out in German, French, Spanish, Italian, Portuguese and Dutch, and is read in them too;
// in any other language, a message "from" the reader's own address asking for crypto to a wallet gives the
// scheme away without its words.
import type { ReportedMessage } from '../message.js';
import { readerAddresses } from './links.js';
import { listMail } from './mailing-list.js';
import { isPdf, pdfOf } from './pdf-content.js';
import { type Analyser, sign } from './signal.js';
import { walletAddress } from './wallet-addresses.js';

const NAME = 'extortion';
/** What the writer claims to hold, said in the first person. */
const CLAIM =
  /\b(?:I|hacker)\b[^.\n]{0,25}?\b(?:hacked|infected|compromised|(?:got|gained|have had|have) (?:full |remote )?access to|installed (?:a |an )?(?:malware|trojan|virus|spyware|rat)\b[^.\n]{0,30}\bon)\b[^.\n]{0,20}\byour (?:device|computer|phone|laptop|pc|account|e-?mail|system|router|camera|webcam)\b|\bI (?:recorded|filmed|captured|made a video of|have (?:recorded|filmed))\b[^.\n]{0,20}\byou\b|\bI (?:have|possess|hold|got) (?:\w+ )?(?:videos?|recordings?|footage|photos|pictures|screenshots)\b[^.\n]{0,20}\b(?:of|with) you\b|\bI know (?:where you live|your password|you live at)\b|\bwe (?:have )?(?:copied|downloaded|exfiltrated|stolen|encrypted|taken)\b[^.\n]{0,40}\b(?:from )?your (?:file ?servers?|servers?|network|systems?|data|files|databases?)\b|\b(?:our|a) leak site\b/i;
/** The same claims in the other languages the scam is sent in. */
const CLAIM_ABROAD =
  /\bich habe\b[^.\n]{0,40}\b(?:gehackt|infiziert|(?:zugriff|zugang) (?:auf|zu))|\bich habe\b[^.\n]{0,20}\b(?:aufnahmen|videos?|fotos) von (?:ihnen|dir)\b|\bj'ai (?:piraté|hacké|infecté|pris le contrôle de)\b[^.\n]{0,30}\b(?:votre|ton|vos|tes)\b|\bj'ai (?:eu )?accès à (?:votre|ton|vos|tes)\b|\bj'ai (?:enregistré|filmé)\b[^.\n]{0,20}\b(?:vous|toi)\b|\b(?:he|hemos) (?:hackeado|pirateado|infectado)\b[^.\n]{0,30}\b(?:tu|su|sus|tus)\b|\btengo (?:acceso a|v[ií]deos? de|grabaciones de) (?:tu|su|ti|usted)\b|\bho (?:hackerato|violato|infettato)\b[^.\n]{0,30}\b(?:il tuo|il suo|tuo|suo)\b|\bho (?:registrato|filmato)\b[^.\n]{0,20}\bte\b|\b(?:hackeei|invadi|infectei)\b[^.\n]{0,30}\b(?:o seu|seu|o teu|teu|a sua|sua)\b|\btenho (?:acesso a|v[ií]deos? (?:de|seus)|grava[çc][õo]es)\b|\bik heb\b[^.\n]{0,30}\b(?:gehackt|geïnfecteerd|toegang tot)\b/i;
/** Payment asked in crypto, with or without the address. */
const CRYPTO_PAYMENT =
  /\b(?:in|via|with|of|en|em|per) (?:bitcoin|btc|crypto(?:currency)?|ethereum|eth|usdt|monero|litecoin)\b|\b(?:bitcoin|btc) (?:wallet|address)\b/i;
/** A deadline, or the threat of what happens without payment. */
const THREAT =
  /\b(?:within|you have|in the next) (?:\d+|twenty-four|forty-eight|two|three) (?:hours|days)\b|\b(?:send|share|forward|release|publish|leak|post|distribute)\b[^.\n]{0,40}\b(?:to|with|among) (?:all )?(?:your )?(?:contacts|family|friends|colleagues|co-?workers|everyone)\b|\bif I (?:do not|don't) (?:get|receive|see)\b|\b(?:sie haben|du hast|vous avez|tu as|tiene|tienes|hai|ha|você tem|tem|u heeft|je hebt) \d+ (?:stunden|tage|heures|jours|horas|d[ií]as|ore|giorni|uur|dagen)\b/i;

/** Whether the message says it is from one of the addresses it is sent to: written "as yourself". */
function asYourself(message: ReportedMessage): boolean {
  const from = message.from?.address;
  return from !== undefined && readerAddresses(message.headers).includes(from);
}

export const extortion: Analyser = {
  name: NAME,
  async analyse(message) {
    const pdfs = message.attachments.filter(isPdf).map((p) => pdfOf(p).text);
    const text = [message.subject, message.text, ...pdfs].join('\n');
    const claim = CLAIM.exec(text) ?? CLAIM_ABROAD.exec(text);
    const wallet = walletAddress(text);
    const crypto = CRYPTO_PAYMENT.exec(text);
    if (claim === null && wallet !== undefined && asYourself(message) && !listMail(message)) {
      return [
        sign(
          NAME,
          'self-sent-wallet',
          45,
          `It comes "from" your own address (${message.from?.address}) and asks for payment to a crypto wallet (${wallet}): extortion scams spoof the reader's own address to make their claims look true, in whatever language they are written. Do not pay or reply.`,
          wallet,
        ),
      ];
    }
    if (claim === null || (wallet === undefined && crypto === null)) return [];
    const threat = THREAT.exec(text);
    const list = listMail(message);
    const weight = list ? 15 : threat !== null ? 60 : 45;
    return [
      sign(
        NAME,
        'extortion',
        weight,
        `It claims "${claim[0]}" and asks for payment in crypto (${wallet ?? crypto?.[0]})${threat === null ? '' : `, pressing you ("${threat[0]}")`}: a mass extortion scam. The claims are made up, often from an old leaked password or your address from a data broker; do not pay or reply.`,
        wallet ?? claim[0],
      ),
    ];
  },
};
