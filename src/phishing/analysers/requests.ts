// Requests: what business-email-compromise notes ask for without any link or attachment (a wire transfer,
// gift cards, new bank details for payroll, a password), worse when written from a free mail account
// (where no company's payroll or supplier writes from) or pressed for time.
import { registrable } from '../lookalike.js';
import { type Analyser, type Signal, sign } from './signal.js';

const NAME = 'requests';
const MONEY =
  /\b(wire transfer|bank transfer|gift ?cards?|bank details|account details|payroll|salary account|invoice payment|payment details|routing number|iban)\b/i;
const SECRET = /\b(your password|confirm your password|login details|verification code|one[- ]time code)\b/i;
const PRESSURE =
  /\b(urgent(?:ly)?|today|immediately|right away|asap|within \d+ hours|in a meeting|keep (?:it|this) (?:between us|confidential))\b/i;

export const requests: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const text = `${message.subject}\n${message.text}`;
    const asked = MONEY.exec(text) ?? SECRET.exec(text);
    if (asked === null) return [];
    const free = context.brands.freemail.has(registrable(message.from?.address.split('@')[1] ?? ''));
    const pressed = PRESSURE.exec(text);
    if (!free && pressed === null) return [];
    const signals: Signal[] = [
      sign(
        NAME,
        'money-or-secret-request',
        free ? 40 : 20,
        `It asks for "${asked[0]}"${pressed === null ? '' : ` and presses you ("${pressed[0]}")`}${
          free ? `, from a free mail account (${message.from?.address})` : ''
        }: confirm any such request by phone, with a number you already know.`,
        asked[0],
      ),
    ];
    return signals;
  },
};
