// Classic scams: the offers that keep reaching companies whatever the year — a "registrar" abroad warning
// that someone applied for your name as domains there, a trade show's attendee list for sale, an invoice
// for an entry in a private register — each told by what it claims and what it wants, both needed. The
// words are data (data/phishing/scams.json). Mail from inside the organisation and mailing lists are left
// alone.
import { readFileSync } from 'node:fs';
import { anyWord } from '../word-patterns.js';
import { listMail } from './mailing-list.js';
import { fromInside } from './owners.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'classic-scams';
const WORDS_FILE = new URL('../../../data/phishing/scams.json', import.meta.url);

interface Scam {
  name: string;
  what: string;
  why: string;
  claim: string[];
  want: string[];
}

const SCAMS = (JSON.parse(readFileSync(WORDS_FILE, 'utf8')) as { scams: Scam[] }).scams.map((s) => ({
  ...s,
  claims: anyWord(s.claim),
  wants: anyWord(s.want),
}));

export const classicScams: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (listMail(message) || fromInside(message, context)) return [];
    const text = `${message.subject}\n${message.text}`.replace(/\s+/g, ' ');
    for (const scam of SCAMS) {
      const claim = scam.claims.exec(text);
      const want = claim === null ? null : scam.wants.exec(text);
      if (claim === null || want === null) continue;
      return [
        sign(
          NAME,
          'classic-scam',
          40,
          `It is ${scam.what} ("${claim[0]}", "${want[0]}"): ${scam.why}.`,
          scam.name,
        ),
      ];
    }
    return [];
  },
};
