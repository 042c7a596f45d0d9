// Forms: an HTML body, an HTML attachment or an SVG picture (a page embedded in it) that asks for a
// password or sends what is typed to another site, the credential-harvesting page delivered in the mail
// itself. A gzipped picture (.svgz) is read unzipped.
import { isPage, isSvg, textOf } from './attachment-pages.js';
import { type Analyser, type Signal, sign } from './signal.js';

const NAME = 'forms';
const FORM = /<form\b[^>]*>/gi;
const PASSWORD_INPUT = /<input\b[^>]*\btype\s*=\s*["']?password/i;

export const forms: Analyser = {
  name: NAME,
  async analyse(message) {
    const pages: { where: string; html: string }[] = [];
    if (message.html !== null) pages.push({ where: 'the message itself', html: message.html });
    for (const part of message.attachments) {
      if (isPage(part) || isSvg(part)) {
        pages.push({
          where: `the attachment ${part.filename || '(unnamed)'}`,
          html: textOf(part),
        });
      }
    }
    const signals: Signal[] = [];
    for (const { where, html } of pages) {
      if (PASSWORD_INPUT.test(html)) {
        signals.push(
          sign(
            NAME,
            'password-form',
            45,
            `${capital(where)} contains a form asking for a password. No real service asks for your password in an email.`,
            where,
          ),
        );
      } else if (FORM.test(html)) {
        signals.push(
          sign(
            NAME,
            'form',
            5,
            `${capital(where)} contains a form that sends what you type to a web site.`,
            where,
          ),
        );
      }
      FORM.lastIndex = 0;
    }
    return signals;
  },
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
