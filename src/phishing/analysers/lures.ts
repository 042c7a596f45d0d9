// Lures: the pretexts phishing uses to get a click (your account is limited or your password expires,
// your mailbox is full and mail is held, a payment failed, a document waits for your signature, a
// voicemail, fax or parcel waits for you, a court or the police has opened a case against you, a refund
// or payout waits to be claimed), told by a message that also gives a way to act on them — a link, a QR
// code, an attached page or document; in the languages most mail comes in. The words alone are common
// in honest mail; the pairing is the sign, and it weighs little on its own. A brand's or a government's
// mail whose links all stay on its own sites sends no one to an attacker, so it is no lure.
import { linksOf } from '../links-in.js';
import { linksStayWithSender } from './owners.js';
import { isPdf } from './pdf-content.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'lures';
/** A case opened by a court, a lawyer or the police, in the languages most mail comes in. */
const LEGAL =
  'subpoena|summons|lawsuit|court (?:order|case|hearing|date)|legal (?:action|proceedings)|(?:case|proceedings?) (?:opened|filed|initiated)|copyright infringement|citaci[óo]n judicial|procedimiento (?:judicial|contra)|assignation (?:en justice|à comparaître)|vorladung|klageschrift|citazione (?:in giudizio|a comparire)|dagvaarding';
/** The reader, named: a case is news, a case against you is a lure. */
const YOU = 'you|your|usted|vous|votre|sie|ihnen|ihre?|lei|uw';
const PRETEXTS: { what: string; pattern: RegExp }[] = [
  {
    what: 'your account or password needs you now',
    pattern:
      /\b(?:account|mailbox|password|sign[- ]?in|login|access)\b[^.\n]{0,60}\b(?:suspend|limit|lock|expir|disabl|deactivat|restrict|unusual|verif|re-?validat|re-?register|on hold)|\b(?:locked|suspended|disabled|deactivated|restricted|limited|frozen|blocked)\b (?:your|the) (?:[\w-]+ ){0,2}?(?:account|mailbox|access)\b|\b(?:konto|postfach|cuenta|buz[óo]n|compte|messagerie|account|casella|rekening)\b[^.\n]{0,50}\b(?:gesperrt|eingeschr[äa]nkt|deaktiviert|l[äa]uft ab|suspendid[ao]|bloquead[ao]|desactivad[ao]|caduca|suspendu|bloqu[ée]|d[ée]sactiv[ée]|expire|sospes[oa]|bloccat[oa]|disattivat[oa]|scade|geblokkeerd|opgeschort|verloopt)/i,
  },
  {
    what: 'your mailbox is full or mail is held back',
    pattern:
      /\b(?:storage|quota)\b[^.\n]{0,40}\b(?:full|exceed|reached)|\bmessages?\b[^.\n]{0,30}\b(?:on hold|held|pending|undelivered|quarantined)\b|\b(?:postfach|speicher|buz[óo]n|almacenamiento|bo[îi]te (?:aux lettres|mail)|stockage|casella|spazio|mailbox|opslag)\b[^.\n]{0,40}\b(?:voll|lleno|pleine?|satur[ée]e?|piena|esaurito|vol)\b/i,
  },
  {
    what: 'a payment failed or needs new details',
    pattern:
      /\bpayment\b[^.\n]{0,40}\b(?:declined|failed|unsuccessful|could not be processed|unable)|\bunable to process\b[^.\n]{0,30}\bpayment|\bupdate (?:your )?(?:payment|billing) (?:method|details|information)|\b(?:zahlung|pago|paiement|pagamento|betaling)\b[^.\n]{0,40}\b(?:fehlgeschlagen|abgelehnt|rechazad[oa]|fallid[oa]|refus[ée]|[ée]chou[ée]|rifiutat[oa]|non riuscit[oa]|mislukt|geweigerd)/i,
  },
  {
    what: 'a document waits for you to open or sign it',
    pattern:
      /\b(?:(?:has |have )?shared (?:a|an|the) [\w ."'-]{1,40}? with you|document(?:s)? (?:to review|for (?:your )?signature|has been (?:shared|delivered|completed))|review and sign|(?:secure|encrypted) (?:message|document|fax)|pending document)\b|\b(?:hat|ha|a|heeft)\b[^.\n]{0,60}\b(?:mit ihnen geteilt|f[üu]r sie freigegeben|compartido contigo|compartido con usted|partag[ée] avec vous|condiviso con te|met u gedeeld|met je gedeeld)/i,
  },
  {
    what: 'a voicemail, fax or parcel waits for you',
    pattern:
      /\b(?:new voice ?mail|voice message|incoming fax|fax document|parcel|package|shipment)\b[^.\n]{0,60}\b(?:waiting|held|on hold|received|delivered|customs|fee|redeliver)|\b(?:sprachnachricht|mensaje de voz|message vocal|messaggio vocale|spraakbericht)\b/i,
  },
  {
    what: 'a court, a lawyer or the police has opened a case against you',
    pattern: new RegExp(
      String.raw`\b(?:${LEGAL})\b[^.\n]{0,80}\b(?:${YOU})\b|\b(?:${YOU})\b[^.\n]{0,60}\b(?:${LEGAL})\b`,
      'i',
    ),
  },
  {
    what: 'a refund or payout waits for you to claim it',
    pattern:
      /\b(?:refund|reimbursement|airdrop|payout|unclaimed)\b[^.\n]{0,60}\b(?:eligible|pending|claim|waiting|approved|ready|qualif)|\beligible (?:to receive|for)\b[^.\n]{0,40}\b(?:refund|airdrop|reward|payout|rebate)|\bclaim (?:your|the) (?:refund|reward|airdrop|tokens?)|(?:erstattung|remboursement|reembolso|rimborso|terugbetaling)[^.\n]{0,60}\b(?:zu|erhalten|bereit|wartet|best[äa]tigen|disponible|pendiente|en attente|in attesa|beschikbaar|r[ée]clamer|reclamar|richiedere)\b/i,
  },
];

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
