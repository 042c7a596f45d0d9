// Requests: what business-email-compromise notes ask for without any link or attachment (a payment or
// wire transfer, gift cards, a password, employees' W-2 forms), worse when written from a free mail
// account (where no company's payroll or supplier writes from), pressed for time or secrecy, or
// threatening a penalty; and the redirection of payments — "our bank details have changed", "update my
// direct deposit" — the sign of invoice and payroll fraud whoever sends it; and the opener that comes
// before the ask — "are you available? a quick favour, send me your cell number, keep it between us" —
// from a free mail account.
import { registrable } from '../lookalike.js';
import { type Analyser, type Signal, sign } from './signal.js';

const NAME = 'requests';
const MONEY =
  /\b(wire transfer|bank transfer|(?:gift|apple|itunes|google play|steam|amazon) ?cards?|bank details|account details|payroll|salary account|invoice payment|payment details|routing number|iban|(?:a|the|this) payment|remit(?:tance)? payment|remit)\b/i;
const SECRET =
  /\b(your password|confirm your password|login details|verification code|one[- ]time code|w-?2 (?:forms?|statements?)|(?:employees'?|staff) (?:w-?2s?|tax forms|payroll records))\b/i;
const PRESSURE =
  /\b(urgent(?:ly)?|today|immediately|right away|asap|within \d+ hours|in a meeting|keep (?:it|this) (?:between us|confidential)|discreet(?:ly)?|(?:don't|do not) (?:mention|tell)|can't talk|cannot (?:talk|call)|are you (?:available|at your desk)|past due|overdue)\b/i;
const THREAT =
  /\b(final notice|(?:avoid|or face) (?:a |any )?(?:late fee|penalt(?:y|ies)|suspension|legal action|collection)|will be (?:suspended|closed|terminated|cancelled|sent to collection))/i;
/** The opening move of gift-card and payment fraud: is the reader free for a task. */
const OPENER =
  /\b(?:are you (?:available|around|at your desk|free|busy)|(?:quick|small|urgent) (?:favou?r|task|request)|(?:handle|do|complete) (?:a|an|this) (?:\w+ )?(?:task|favou?r|errand) for me|got a (?:minute|moment|sec)|(?:send|text|share|give) me your (?:cell|mobile|personal|whatsapp)(?: phone)? (?:number|no\b))/i;
/** The reason nobody may check: it is secret, or the sender cannot be reached. */
const UNREACHABLE =
  /\b(?:discreet(?:ly)?|between us|confidential|surprise|can't talk|cannot (?:talk|call)|can't (?:call|take calls)|unable to (?:talk|call)|in a (?:meeting|conference)|tied up|(?:on|boarding) a flight)\b/i;
const REDIRECT =
  /\b((?:our|my) (?:bank(?:ing)?|account) details have (?:changed|been updated)|(?:changed|new|updated) (?:bank(?:ing)? details|bank account)|changed (?:our |my )?banks?|(?:update|change) (?:my|the) direct deposit|new account (?:below|details))/i;

export const requests: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const text = `${message.subject}\n${message.text}`;
    const free = context.brands.freemail.has(registrable(message.from?.address.split('@')[1] ?? ''));
    const fromFree = free ? `, from a free mail account (${message.from?.address})` : '';
    const signals: Signal[] = [];
    const redirect = REDIRECT.exec(text);
    if (redirect !== null) {
      signals.push(
        sign(
          NAME,
          'payment-redirect',
          free ? 50 : 35,
          `It asks to send payments to a new account ("${redirect[0]}")${fromFree}: the mark of invoice and payroll fraud. Check any change of bank details by phone, with a number you already know.`,
          redirect[0],
        ),
      );
    }
    const asked = MONEY.exec(text) ?? SECRET.exec(text);
    const opener = OPENER.exec(text);
    const unreachable = UNREACHABLE.exec(text);
    if (asked === null && free && opener !== null && unreachable !== null) {
      signals.push(
        sign(
          NAME,
          'bec-opener',
          40,
          `It asks if you are free for a task ("${opener[0]}") and that you do not check ("${unreachable[0]}")${fromFree}: the opening move of gift-card and payment fraud, the ask coming in the next mail. Check with the person by phone or in person, with a number you already know.`,
          opener[0],
        ),
      );
    }
    if (asked === null || redirect !== null) return signals;
    const pressed = PRESSURE.exec(text);
    const threat = THREAT.exec(text);
    if (!free && pressed === null) return signals;
    signals.push(
      sign(
        NAME,
        'money-or-secret-request',
        free ? 40 : threat !== null ? 35 : 20,
        `It asks for "${asked[0]}"${pressed === null ? '' : ` and presses you ("${pressed[0]}"${threat === null ? '' : `, "${threat[0]}"`})`}${fromFree}: confirm any such request by phone, with a number you already know.`,
        asked[0],
      ),
    );
    return signals;
  },
};
