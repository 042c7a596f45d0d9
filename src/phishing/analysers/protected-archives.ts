// Protected archives: an attached zip whose files are encrypted, or a 7-Zip or RAR archive (which the desk
// does not open), sent with its password written in the message. Malware is sent this way because no
// mail filter can look inside without the password, and neither can this desk: what such an archive
// holds is unknown, and the explanation says so. An archive whose password the message says comes another
// way (by text message, in a separate mail, by phone) is how honest senders share protected files.
import { listArchive, unopenedArchive } from '../archive.js';
import type { MessagePart } from '../message.js';
import { type Analyser, type AnalysisContext, sign } from './signal.js';

const NAME = 'archives';
/** "Password: x7Kq", "the password is 2026", "(passcode - inv2026)", in a few languages. */
const PASSWORD =
  /\b(?:password|passcode|passwort|kennwort|wachtwoord|mot de passe|contrase[ñn]a|senha|pwd|pw)\b(?:\s+(?:is|to open|for (?:the|this) (?:archive|file|zip)))?\s*[:=-]?\s*["'“]?([^\s"'”<>(),;]{3,40})/i;
/** The password said to come apart from the mail, as honest senders of protected files do. */
const SENT_APART =
  /\b(?:password|passcode|passwort|kennwort|wachtwoord|contrase[ñn]a|senha|mot de passe)\b[^.]{0,60}(?:\b(?:by (?:text|sms|phone|telephone)|text message|separate(?:ly| (?:mail|e-?mail|message))|another channel|never (?:send|sent) (?:it )?by e-?mail)|\b(?:telefonisch|per sms|separat|gesondert|getrennt|apart|afzonderlijk|por tel[ée]fono|por sms|por separado|par t[ée]l[ée]phone|par sms|s[ée]par[ée]ment))/i;

export const protectedArchives: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const text = `${message.subject}\n${message.text}`;
    const password = SENT_APART.test(text) ? null : PASSWORD.exec(text);
    const signals = [];
    for (const part of message.attachments) {
      const locked = await protection(part, context);
      if (locked === undefined) continue;
      const name = part.filename || '(unnamed)';
      if (password === null) {
        context.gap(`The archive ${name} is ${locked}: what it holds could not be checked.`);
        continue;
      }
      signals.push(
        sign(
          NAME,
          'protected-archive',
          40,
          `The attachment ${name} is ${locked} and the message gives its password ("${password[0].trim()}"): a way to get a program past mail filters, which cannot open it. This check could not look inside either, so what it holds is unknown; do not open it.`,
          `${name} sha256:${part.sha256}`,
        ),
      );
    }
    return signals;
  },
};

/** How `part` is locked, in words ("a password-protected zip archive"), or undefined when it is not. */
async function protection(part: MessagePart, context: AnalysisContext): Promise<string | undefined> {
  const unopened = unopenedArchive(part.content);
  if (unopened !== undefined) return `a ${unopened} archive, which may be password-protected`;
  if (part.content.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') return undefined;
  const listing = await listArchive(part.content, context.archives);
  return listing.encrypted ? 'a password-protected zip archive' : undefined;
}
