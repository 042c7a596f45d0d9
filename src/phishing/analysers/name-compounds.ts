// A sender's own name in a compound: the display name says who writes ("Skatteverket", "PTT Kargo") and
// the sender's domain is that name joined to the words kits add to look official (`skatteverket-secure`,
// `sparkassesupport`, `ptt-kargo-auth`). A bank, tax office or carrier sends from its name's own domain;
// a domain that must add "secure" or "account" to the name is one its owner does not hold, whichever
// organisation it names and whatever the language of the text. A known brand's or the company's own
// domain is never one.

import { linksOf } from '../links-in.js';
import { escapeRegExp, knownSites, registrable } from '../lookalike.js';
import type { ReportedMessage } from '../message.js';
import { askOf } from './asks.js';
import { type Analyser, type AnalysisContext, sign } from './signal.js';

const NAME = 'name-compounds';
/** The words kits join to a name to make it look like a service's own sign-in, account or help site. */
const KIT_WORDS = [
  'secure',
  'security',
  'verify',
  'verification',
  'account',
  'accounts',
  'login',
  'logon',
  'signin',
  'auth',
  'session',
  'portal',
  'online',
  'access',
  'cloud',
  'support',
  'helpdesk',
  'update',
  'confirm',
  'unlock',
  'recovery',
  'refund',
  'billing',
  // The same in the languages most lures arrive in.
  'sicherheit',
  'konto',
  'sicurezza',
  'verifica',
  'seguridad',
  'cuenta',
  'seguranca',
  'conta',
  'securite',
  'compte',
  'weryfikacja',
];
const KIT_WORD = new RegExp(`^(?:${KIT_WORDS.map(escapeRegExp).join('|')})$`);
/** A name's word long enough to be read inside a longer label without hyphens. */
const SHORTEST_RUN_IN = 5;

/** The words of a display name, folded to plain Latin letters and digits ("Disney+" is `disneyplus`). */
const folded = (display: string) =>
  display
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\+/g, 'plus')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');

/** The words of a display name, the kit's words left out ("Oakmere Consulting Accounts"), all of them run
 * together ("e-TOLL", `etoll`; `oakmereconsulting`), and the initials of a name of three words or more
 * ("Social Security Administration", `ssa`). */
function nameWords(display: string): string[] {
  const words = folded(display).filter((w) => !KIT_WORD.test(w));
  const capitals = display.match(/\b\p{Lu}/gu) ?? [];
  return [
    ...words.filter((w) => w.length >= 2),
    ...(words.length > 1 ? [words.join('')] : []),
    ...(capitals.length >= 3 ? [capitals.join('').toLowerCase()] : []),
  ];
}

/** Whether a label's part is one of the name's words, or its plural (`grants` for "Grant"). */
const isNameWord = (part: string, words: readonly string[]) =>
  words.some((w) => part === w || part === `${w}s`);

/** The kit word `label` joins to one of `words`, or undefined: `ptt-kargo-auth`, `sparkassesupport`. A
 * kit word the name itself says ("Contoso Online" at `contoso-online`) is the name, spelt out. */
function kitWordBeside(label: string, words: readonly string[], said: readonly string[]): string | undefined {
  const parts = label.split('-');
  const added = (kit: string) => KIT_WORD.test(kit) && !said.includes(kit);
  if (parts.some((p) => isNameWord(p, words))) return parts.find(added);
  for (const word of words) {
    if (word.length < SHORTEST_RUN_IN) continue;
    const rest = label.startsWith(word)
      ? label.slice(word.length)
      : label.endsWith(word)
        ? label.slice(0, -word.length)
        : undefined;
    if (rest !== undefined && added(rest)) return rest;
  }
  return undefined;
}

/** The sender's host, the label that compounds its display name, and the kit word in it. */
function compound(message: ReportedMessage, context: AnalysisContext) {
  const from = message.from;
  if (from === null || from.name === '') return undefined;
  const host = (from.address.split('@')[1] ?? '').toLowerCase();
  if (knownSites(context.protectedDomains, context.brands).has(registrable(host))) return undefined;
  const words = nameWords(from.name);
  if (words.length === 0) return undefined;
  const said = folded(from.name);
  for (const label of host.split('.').slice(0, -1)) {
    const kit = kitWordBeside(label, words, said);
    if (kit !== undefined) return { host, label, kit };
  }
  return undefined;
}

export const nameCompounds: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const found = compound(message, context);
    if (found === undefined) return [];
    const from = message.from?.name ?? '';
    const sendsThere = linksOf(message).some(
      (l) => l.host.endsWith(found.host) || l.host.split('.').includes(found.label),
    );
    const asks = sendsThere || askOf(message, context) !== undefined;
    return [
      sign(
        NAME,
        'name-compound-sender',
        asks ? 35 : 20,
        `The sender calls itself "${from}" but writes from ${found.host}: the name joined to "${found.kit}", the way a site is named by someone who does not own the name${asks ? ', and the message sends you to act on it' : ''}.`,
        found.host,
      ),
    ];
  },
};
