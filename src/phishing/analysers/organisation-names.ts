// Organisations' names in a sender's display name: the words that make a name an organisation's or one of
// its desks' rather than a person's (data/phishing/organisation-words.json: team, department, customer
// service, bank, foundation, a company's legal form, in the languages most mail comes in), and what is
// left of such a name once they and the words any desk is called by are taken out: the words that say
// whose it is ("Ostrander Water District" of "Ostrander Water District Accounts Payable").
import { readFileSync } from 'node:fs';
import { anyWord } from '../word-patterns.js';

const WORDS_FILE = new URL('../../../data/phishing/organisation-words.json', import.meta.url);
const PATTERNS = (JSON.parse(readFileSync(WORDS_FILE, 'utf8')) as { patterns: string[] }).patterns;

/** A word of an organisation's or a desk's name, anywhere in a display name. */
export const ORGANISATION_WORD = anyWord(PATTERNS);
const ORGANISATION_WORDS = new RegExp(ORGANISATION_WORD.source, 'giu');

/** Words any organisation's desk may be called by, which say nothing of whose it is. */
const GENERIC = new Set(
  'the a an of and for to your our my from no reply noreply do not it hr ict email e mail mailbox web online portal info information news newsletter admin accounts account payable receivable finance payments payment invoices invoice orders order sales marketing legal ethics human resources people payroll benefits technical tech customer client clients member members staff employee employees system systems network global international national official digital secure de la le les des du der die das el los las del di da do dos em en et y e und per para por pour'.split(
    ' ',
  ),
);

/** The words of a display name that say whose organisation it is, folded to plain letters and digits. */
export function ownerWords(display: string): string[] {
  return display
    .replace(ORGANISATION_WORDS, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !GENERIC.has(w));
}
