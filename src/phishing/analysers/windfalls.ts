// Windfalls: a stranger promises the reader money they did not earn — an estate to share as next of kin,
// a prize, lost funds traced, the returns of a trading platform — and asks first for what makes it
// happen: a fee in advance, the reader's personal details, a deposit on their platform. The build of
// advance-fee, recovery and investment scams in every language: the money never comes, the fee and the
// details are what was wanted. The words are data (data/phishing/windfalls.json); both kinds must be
// there. Mail from inside the organisation and mailing lists are left alone.
import { readFileSync } from 'node:fs';
import { anyWord } from '../word-patterns.js';
import { listMail } from './mailing-list.js';
import { fromInside } from './owners.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'windfalls';
const WORDS_FILE = new URL('../../../data/phishing/windfalls.json', import.meta.url);

interface WordList {
  patterns: string[];
}

const words = JSON.parse(readFileSync(WORDS_FILE, 'utf8')) as { promise: WordList; price: WordList };
const PROMISE = anyWord(words.promise.patterns);
const PRICE = anyWord(words.price.patterns);

export const windfalls: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (listMail(message) || fromInside(message, context)) return [];
    const text = `${message.subject}\n${message.text}`;
    const promise = PROMISE.exec(text);
    const price = promise === null ? null : PRICE.exec(text);
    if (promise === null || price === null) return [];
    return [
      sign(
        NAME,
        'windfall',
        45,
        `It promises you money you did not earn ("${promise[0]}") and asks for something first ("${price[0]}"): the build of advance-fee, "recovery" and investment scams. The money never comes; the fee, the deposit or your details are what is wanted.`,
        promise[0],
      ),
    ];
  },
};
