// Sign-in codes: mail from outside your company that asks for what proves a sign-in rather than the
// password. Device-code phishing writes a code and asks you to enter it on the real device-login page
// (microsoft.com/devicelogin), which signs the sender's device into your account; a real device shows its
// own code, no one mails it. Code relay asks you to reply with, or read out, the code just sent to your
// phone; MFA fatigue asks you to approve the sign-in prompts about to come. No service or IT desk asks for
// either, and they say so: "never share this code" and "deny a prompt you did not start" are not asks.
import { fromInside } from './owners.js';
import { type Analyser, type Signal, sign } from './signal.js';

const NAME = 'sign-in-codes';
/** A device-login page, by its address or its name. */
const DEVICE_LOGIN =
  /\b(?:devicelogin|deviceauth|device[- ](?:login|code|sign[- ]?in|authori[sz]ation)\b|google\.com\/device\b|(?:github|amazon)\.com\/(?:login\/)?device\b)/i;
/** An ask to enter a code written in the mail: upper-case letters, perhaps digits. */
const ENTER_CODE =
  /\b(?:enter|type|input|use|paste)\b[^.\n]{0,30}\bcode\b[^A-Za-z0-9\n]{0,4}([A-Z0-9]{4,5}-?[A-Z0-9]{3,7})\b/i;
/** A code set out on its own beside a device-login page ("Code: 53YAY3FFJ", "Código: …"). */
const CODE_SHOWN = /\b(?:code|c[óo]digo|codice|kod)\b\s*[:：]?\s*([A-Z0-9]{4,5}-?[A-Z0-9]{3,7})\b/gi;

/** Whether `code` reads as a device code: upper-case letters, perhaps with digits. */
const deviceShaped = (code: string) => /[A-Z]/.test(code) && code === code.toUpperCase();

/** The first code in `text` asked to be entered, or set out beside a device-login page. */
function codeOf(text: string, besideDevicePage: boolean): string | undefined {
  const asked = ENTER_CODE.exec(text)?.[1];
  if (asked !== undefined && deviceShaped(asked)) return asked;
  if (!besideDevicePage) return undefined;
  return [...text.matchAll(CODE_SHOWN)].map((m) => m[1]).find(deviceShaped);
}
const CODE =
  '(?:(?:verification|security|one[- ]time|confirmation|sign[- ]?in|log[- ]?in|access|authenticat\\w*|\\d[- ]digit|sms|text|mfa|2fa) (?:code|passcode|pin)|otp)';
/** An ask to hand the code over: reply with it, send it to us, read it to our agent. */
const GIVE = '(?:send|text|forward|share|read|tell|give|provide)';
const RELAY = new RegExp(
  [
    String.raw`\b(?:reply|respond)\b[^.\n]{0,30}\b${CODE}\b`,
    String.raw`\b${GIVE} (?:us|me|it back|back)\b[^.\n]{0,30}\b${CODE}\b`,
    String.raw`\b${GIVE}\b[^.\n]{0,30}\b${CODE}\b[^.\n]{0,30}\b(?:to (?:us|me|our|the agent)|back|with (?:us|me|our))\b`,
  ].join('|'),
  'i',
);
/** Prompts an authenticator shows, named in the text. */
const PROMPTS =
  /\b(?:authenticator|mfa|2fa|multi-?factor|two-?factor|push notifications?|(?:sign[- ]?in|login|verification|approval|authentication) (?:requests?|prompts?|notifications?))\b/i;
const APPROVE =
  /\b(?:approve|accept|allow|tap (?:approve|yes) (?:on|for))\b (?:them|all|each|every|these|those|any|the (?:next |pending |incoming )?(?:requests?|prompts?|notifications?))\b/i;
/** Warnings honest senders write: "never share this code", "do not approve". */
const WARNING = /\b(?:never|do not|don't|won't|will not|not to|no one will)\b[^.\n]{0,40}$/i;

const asked = (pattern: RegExp, text: string): RegExpExecArray | null => {
  const found = pattern.exec(text);
  return found !== null && !WARNING.test(text.slice(Math.max(0, found.index - 60), found.index))
    ? found
    : null;
};

export const signInCodes: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (fromInside(message, context)) return [];
    const text = `${message.subject}\n${message.text}`;
    const signals: Signal[] = [];
    const device = DEVICE_LOGIN.exec(text);
    const code = codeOf(text, device !== null);
    if (device !== null && code !== undefined) {
      signals.push(
        sign(
          NAME,
          'device-code',
          45,
          `It gives you a code (${code}) to enter at a device sign-in page ("${device[0]}"): that signs the sender's device into your account. A real device shows its own code on its screen; no one sends one by mail.`,
          code,
        ),
      );
    }
    const relay = asked(RELAY, text);
    if (relay !== null) {
      signals.push(
        sign(
          NAME,
          'code-relay',
          40,
          `It asks you to "${relay[0]}": whoever has the code sent to your phone can sign in as you or take over the account. No service or IT desk asks for it.`,
          relay[0],
        ),
      );
    }
    const approve = PROMPTS.test(text) ? asked(APPROVE, text) : null;
    if (approve !== null) {
      signals.push(
        sign(
          NAME,
          'approve-prompts',
          40,
          `It asks you to "${approve[0]}" sign-in prompts: approving a prompt you did not start lets someone else in with your password (MFA fatigue). Deny any prompt you did not start.`,
          approve[0],
        ),
      );
    }
    return signals;
  },
};
