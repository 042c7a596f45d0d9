// Requests: what business-email-compromise notes ask for without any link or attachment (a payment or
// wire transfer, gift cards, a password, employees' W-2 forms, staff's mobile numbers or the contact in
// accounts payable), worse when written from a free mail account (where no company's payroll or supplier
// writes from), pressed for time or secrecy, or threatening a penalty (in the languages most mail comes
// in); and the redirection of payments — "our bank details have changed", "update my direct deposit",
// "our account is under audit, pay our settlement account", "transfers are on hold, pay by card instead"
// — the sign of invoice and payroll fraud whoever sends it; and the opener that comes before the ask —
// "are you available? a quick favour, send me your cell number, keep it between us" — from a free mail
// account. Newer words are data (data/phishing/payment-changes.json, contact-asks.json).
import { readFileSync } from 'node:fs';
import { isFreeMail } from '../brands.js';
import { addressDomain } from '../lookalike.js';
import { discussionList } from './mailing-list.js';
import { fromInside } from './owners.js';
import { type Analyser, type Signal, sign } from './signal.js';

const NAME = 'requests';
const CONTACT_ASKS_FILE = new URL('../../../data/phishing/contact-asks.json', import.meta.url);
const PAYMENT_CHANGES_FILE = new URL('../../../data/phishing/payment-changes.json', import.meta.url);
const MONEY =
  /\b(carte regalo|cartes?[- ]cadeaux?|tarjetas? (?:de )?regalo|geschenkkarten?|gutscheinkarten?|cadeaukaarten?|karty podarunkowe|wire transfer|bank transfer|(?:gift|apple|itunes|google play|steam|amazon) ?cards?|bank details|account details|payroll|salary account|invoice payment|payment details|routing number|iban|(?:a|the|this) payment|remit(?:tance)? payment|remit)\b/i;
/** A payment by bank transfer, in the other languages most mail comes in (some start with a letter \b
 * does not know). */
const MONEY_ABROAD =
  /(?<!\p{L})(?:überweisen|überweisung|ueberweisen|transferencia|virement|bonifico|overboeking)(?!\p{L})/iu;
const SECRET =
  /\b(your password|confirm your password|login details|verification code|one[- ]time code|w-?2 (?:forms?|statements?)|(?:employees'?|staff) (?:w-?2s?|tax forms|payroll records)|(?:w-?2s?|tax forms|payroll records)\b[^.\n]{0,30}\b(?:of|for) (?:all |every |each |our )?(?:employees?|staff))\b/i;
const PRESSURE =
  /\b(as (?:agreed|discussed|approved) (?:with|by) (?:the |our )?(?:ceo|cfo|coo|md|managing director|director|president|chairman|board)|(?:the |our )?(?:ceo|cfo|managing director|president) (?:has )?(?:approved|authori[sz]ed|asked (?:me|us))|heute|sofort|umgehend|dringend|hoy|inmediatamente|urgente|aujourd'hui|imm[ée]diatement|oggi|subito|vandaag|onmiddellijk|urgent(?:ly)?|today|immediately|right away|asap|within \d+ hours|in a meeting|keep (?:it|this) (?:between us|confidential)|discreet(?:ly)?|(?:don't|do not) (?:mention|tell)|can't talk|cannot (?:talk|call)|are you (?:available|at your desk)|past due|overdue)\b/i;
const THREAT =
  /\b(letzte mahnung|inkasso\w*|mahnverfahren|[úu]ltimo aviso|cobro judicial|dernier rappel|mise en demeure|recouvrement|ultimo avviso|recupero crediti|laatste aanmaning|incasso\w*|final notice|(?:avoid|or face) (?:a |any )?(?:late fee|penalt(?:y|ies)|suspension|legal action|collection)|will be (?:suspended|closed|terminated|cancelled|sent to collection))/i;
/** A task announced without saying what it is, the heart of the opener. */
const TASK =
  /\b(?:(?:quick|small|urgent) (?:favou?r|task|request)|(?:handle|do|complete) (?:a|an|this|something) (?:\w+ )?(?:task|favou?r|errand|for me)|I (?:have|need|got) (?:a|an) (?:\w+ )?(?:task|favou?r|errand|assignment) for you|need (?:you to (?:do|handle) )?something (?:done|handled)|(?:have|got|need) something (?:\w+[- ])?(?:urgent|time[- ]sensitive|important|confidential|pressing) (?:for you|to discuss|you can help with))/i;
/** The move to a chat where no company's records reach. */
const OFF_CHANNEL =
  /\b(?:send|text|share|give) me your (?:cell|mobile|personal|whatsapp)(?: phone)? (?:number|no\b)|\b(?:text|whats ?app|message) me (?:at|on) (?:\+|\d)/i;
/** The opening move of gift-card and payment fraud: is the reader free for a task. */
const OPENER = new RegExp(
  String.raw`\b(?:are you (?:available|around|at your desk|free|busy)|got a (?:minute|moment|sec))|${TASK.source}|${OFF_CHANNEL.source}`,
  'i',
);
/** The reason nobody may check: it is secret, or the sender cannot be reached. */
const UNREACHABLE =
  /\b(?:discreet(?:ly)?|between us|confidential|surprise|can't talk|cannot (?:talk|call)|can't (?:call|take calls)|unable to (?:talk|call)|in a (?:meeting|conference)|tied up|(?:on|boarding) a flight)\b/i;
/** Gift cards by name, and the ask to hand over what spends them: the codes, a picture of each back. */
const GIFT_CARDS =
  /\b(?:gift ?cards?|itunes|google play|steam cards?|apple cards?|amazon cards?|carte regalo|cartes?[- ]cadeaux?|tarjetas? (?:de )?regalo|geschenkkarten?|gutscheinkarten?|cadeaukaarten?|cart[õo]es? (?:de )?presente|karty podarunkowe)\b/i;
const CARD_CODES =
  /\b(?:(?:pictures?|photos?|images?|snaps?|pics?|scans?) of (?:the )?(?:back of )?(?:each|the|all|every|both) (?:cards?|backs?)|(?:send|email|e-mail|text|forward) (?:me |us )?(?:the |all |their )?(?:card |gift card |claim |redemption )?(?:codes|pins|numbers)|(?:codes|pins|cards|them) (?:to me|back to me)\b)/i;
/** The ways a change of where payments go is announced (data/phishing/payment-changes.json). */
const REDIRECT = new RegExp(
  `\\b(?:${(JSON.parse(readFileSync(PAYMENT_CHANGES_FILE, 'utf8')) as { patterns: string[] }).patterns.join('|')})`,
  'i',
);
/** Asks for the people behind the money and the staff (data/phishing/contact-asks.json). */
const CONTACTS = new RegExp(
  (JSON.parse(readFileSync(CONTACT_ASKS_FILE, 'utf8')) as { patterns: string[] }).patterns.join('|'),
  'i',
);
/** Words that keep the reader from checking a change of bank details by phone. */
const NO_CHECK =
  /\b(?:do not|don't|please don't|no need to) (?:call|phone|ring|contact)\b|\bphones? (?:are|is) (?:down|out of (?:order|service))\b|\be-?mail is (?:best|the best way|preferred)\b|\bno (?:atendemos|aceptamos) llamadas\b|\bnicht telefonisch erreichbar\b|\bpas joignables? par t[ée]l[ée]phone\b|\b(?:not reachable|unreachable|unavailable) by phone\b|\bwill no longer (?:accept|receive|be used)\b/i;
/** A change announced the way honest suppliers do: check it by phone with the number you already have. */
const CHECK_INVITED =
  /\b(?:call|phone|contact)\b[^.]{0,80}\b(?:to (?:confirm|verify) (?:this|the) change|(?:number|contact) (?:you have )?on (?:file|record)|number you already (?:have|hold|know)|your usual contact|(?:confirm|verify) (?:the|this|our) (?:new |change[ds]? )?(?:details|change|account) by (?:phone|telephone))\b|\b(?:do not|don't|please don't) change anything (?:on the strength of|based on|because of) this (?:e-?mail|message)|\bkeep paying (?:in)?to the (?:current|existing|old) account\b/i;
/** A change the reader has already checked by calling back a number they held, as the thread records. */
const CHECK_DONE =
  /\b(?:call(?:ed|ing)?|phon(?:ed|ing)|r[ai]ng(?:ing)?) (?:\w+ )?back\b[^.]{0,60}\bon (?:our|your|the) (?:main|usual|office|switchboard) (?:line|number)\b|\b(?:call|phone|ring)\b[^.]{0,80}\bon the number (?:we|I|you) (?:already )?(?:have|hold|know)\b/i;

export const requests: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (discussionList(message)) return [];
    const text = `${message.subject}\n${message.text}`;
    const free = isFreeMail(addressDomain(message.from?.address ?? ''), context.brands);
    const fromFree = free ? `, from a free mail account (${message.from?.address})` : '';
    const signals: Signal[] = [];
    const redirect = REDIRECT.exec(text);
    if (redirect !== null) {
      const pressed = PRESSURE.exec(text) ?? NO_CHECK.exec(text);
      const unpressed = !free && pressed === null;
      const checked = unpressed && CHECK_DONE.test(text);
      const checkInvited = unpressed && !checked && CHECK_INVITED.test(text);
      signals.push(
        sign(
          NAME,
          'payment-redirect',
          free ? 50 : checkInvited || checked ? 15 : 35,
          `It asks to send payments to a new account ("${redirect[0]}")${fromFree}${pressed === null ? '' : ` and presses you ("${pressed[0]}")`}: the mark of invoice and payroll fraud${checkInvited ? ', though it asks you to check the change by phone, as honest suppliers do' : ''}${checked ? ', though the thread says the change was checked by calling back a number already held' : ''}. Check any change of bank details by phone, with a number you already know.`,
          redirect[0],
        ),
      );
    }
    const asked = MONEY.exec(text) ?? MONEY_ABROAD.exec(text) ?? SECRET.exec(text) ?? CONTACTS.exec(text);
    // From free mail, any opener with a reason not to check; from another outside domain, only a task
    // announced without saying what, with a reason not to check or a move to a chat.
    const outside = !fromInside(message, context);
    const task = TASK.exec(text);
    const unreachable = UNREACHABLE.exec(text) ?? (task === null ? null : OFF_CHANNEL.exec(text));
    const opener = free ? OPENER.exec(text) : task;
    if (asked === null && outside && opener !== null && unreachable !== null) {
      signals.push(
        sign(
          NAME,
          'bec-opener',
          free ? 40 : 30,
          `It asks if you are free for a task ("${opener[0]}") and keeps you from checking ("${unreachable[0]}")${fromFree}: the opening move of gift-card and payment fraud, the ask coming in the next mail. Check with the person by phone or in person, with a number you already know.`,
          opener[0],
        ),
      );
    }
    if (asked !== null && redirect === null) {
      const pressed = PRESSURE.exec(text);
      const threat = THREAT.exec(text);
      if (free || pressed !== null) {
        signals.push(
          sign(
            NAME,
            'money-or-secret-request',
            free ? 40 : threat !== null ? 35 : 20,
            `It asks for "${asked[0]}"${pressed === null ? '' : ` and presses you ("${pressed[0]}"${threat === null ? '' : `, "${threat[0]}"`})`}${fromFree}: confirm any such request by phone, with a number you already know.`,
            asked[0],
          ),
        );
      }
    }
    const cards = GIFT_CARDS.exec(text);
    const codes = cards === null ? null : CARD_CODES.exec(text);
    if (codes !== null && outside) {
      signals.push(
        sign(
          NAME,
          'gift-card-codes',
          40,
          `It asks for gift cards ("${cards?.[0]}") and for what spends them ("${codes[0]}"): whoever has a card's code has its money, and no employer or client is paid in gift-card codes by mail. Check with the person by phone, with a number you already know.`,
          codes[0],
        ),
      );
    }
    return signals;
  },
};
