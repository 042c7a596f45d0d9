// Spam: signs of bulk mail (an unsubscribe header, bulk precedence, a mailing-list sender), which make an
// otherwise harmless report spam rather than clean. They never count towards phishing.
import type { Analyser, Signal } from './signal.js';

const NAME = 'spam';

export const spam: Analyser = {
  name: NAME,
  async analyse(message) {
    const signals: Signal[] = [];
    const header = (key: string) => message.headers.find((h) => h.key === key);
    if (header('list-unsubscribe') !== undefined) {
      signals.push(
        spamSign(
          'bulk-unsubscribe',
          25,
          'It carries an unsubscribe link: it was sent in bulk, to a list.',
          'List-Unsubscribe',
        ),
      );
    }
    const precedence = header('precedence');
    if (precedence !== undefined && /bulk|list|junk/i.test(precedence.line)) {
      signals.push(spamSign('bulk-precedence', 15, 'It marks itself as bulk mail.', precedence.line.trim()));
    }
    if (/\b(unsubscribe|opt[- ]out|special offer|limited time|act now|% off)\b/i.test(message.text)) {
      signals.push(spamSign('marketing-words', 10, 'It reads like an advertisement.', 'marketing wording'));
    }
    return signals;
  },
};

function spamSign(code: string, weight: number, explanation: string, evidence: string): Signal {
  return { analyser: NAME, code, weight, towards: 'spam', explanation, evidence };
}
