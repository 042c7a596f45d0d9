// Lookalike domains: a domain passing for one of the operator's protected domains or a brand's, by
// confusable characters (IDN homographs), a typo (edit distance), the brand's name inside another domain,
// or the real domain worn as subdomains of another (paypal.com.evil.example). Each answer says how.
import { domainToUnicode } from 'node:url';
import type { BrandList } from './brands.js';

export interface Lookalike {
  /** The real domain it passes for. */
  target: string;
  /** Who the real domain belongs to: the brand's name, or the domain itself for a protected domain. */
  owner: string;
  how: 'homograph' | 'typo' | 'brand-in-domain' | 'subdomain-trick';
}

/** Second-level labels under which registrable domains have three labels (co.uk, com.au, ...). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'gob', 'ne', 'or']);

/** Names reserved for documentation (RFC 2606): no one registers under them, so the name below each is a
 * domain of its own, as under a country's second level (shop.example.com is shop's, not example.com's). */
const RESERVED = /\.example\.(?:com|net|org)$/;

/** The registrable part of a host (example.co.uk for a.b.example.co.uk), lower-case. */
export function registrable(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  const labels = lower.split('.');
  if (labels.length <= 2) return labels.join('.');
  const second = SECOND_LEVEL.has(labels[labels.length - 2]) && labels[labels.length - 1].length === 2;
  const take = second || RESERVED.test(lower) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** The registrable domain of a mail address (`ann@mail.corp.example` → corp.example); '' without one. */
export function addressDomain(address: string): string {
  return registrable(address.split('@')[1] ?? '');
}

/** What is made from a brand list and the company's domains, kept while both are in use. */
type MadeFor<T> = WeakMap<BrandList, WeakMap<readonly string[], T>>;

/** `make`'s result for this brand list and these domains, made the first time they are asked for. */
function madeOnce<T>(
  made: MadeFor<T>,
  brands: BrandList,
  protectedDomains: readonly string[],
  make: () => T,
): T {
  let forBrands = made.get(brands);
  if (forBrands === undefined) {
    forBrands = new WeakMap();
    made.set(brands, forBrands);
  }
  let result = forBrands.get(protectedDomains);
  if (result === undefined) {
    result = make();
    forBrands.set(protectedDomains, result);
  }
  return result;
}

const gathered: MadeFor<ReadonlySet<string>> = new WeakMap();

/** The registrable domains of the company's own sites and of every known brand's, gathered once for each. */
export function knownSites(protectedDomains: readonly string[], brands: BrandList): ReadonlySet<string> {
  return madeOnce(
    gathered,
    brands,
    protectedDomains,
    () =>
      new Set([
        ...protectedDomains.map(registrable),
        ...brands.brands.flatMap((b) => b.domains.map(registrable)),
      ]),
  );
}

/** The domain as it reads: Unicode, confusables and look-alike digits replaced by the Latin letters. */
export function skeleton(domain: string, brands: BrandList): string {
  let text = domainToUnicode(domain.toLowerCase()) || domain.toLowerCase();
  text = text.normalize('NFC');
  let out = '';
  for (const char of text) out += brands.confusables.get(char) ?? char;
  for (const [pair, letter] of brands.confusables) if (pair.length > 1) out = out.split(pair).join(letter);
  return out;
}

/** Edits (insert, delete, replace, swap of neighbours) from `a` to `b`; 3 for anything beyond 2. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** Names this long or shorter are told apart by one letter. */
const SHORT_NAME = 6;
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Where each letter sits on a keyboard: its row, and its place along it (each row set half a key on). */
const KEY_AT = new Map(
  KEY_ROWS.flatMap((row, r) => [...row].map((c, i) => [c, { row: r, x: i + r / 2 }] as const)),
);

/** Whether `a` is `b` with one letter put for another that is not beside it on the keyboard. */
function strangerLetter(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  if (at < 0 || a.slice(at + 1) !== b.slice(at + 1)) return false;
  const [p, q] = [KEY_AT.get(a[at]), KEY_AT.get(b[at])];
  return p === undefined || q === undefined || Math.abs(p.row - q.row) > 1 || Math.abs(p.x - q.x) > 1;
}

/**
 * Words a phishing domain joins to a brand's name to pass for its sign-in or support (`office-login`,
 * `secure-apple`): a brand whose name is a common word counts inside another name only beside one.
 */
const ACCOUNT_WORDS = new Set([
  'login',
  'signin',
  'logon',
  'verify',
  'verification',
  'secure',
  'security',
  'account',
  'accounts',
  'support',
  'update',
  'auth',
  'id',
  'billing',
  'helpdesk',
  'webmail',
  '365',
  'password',
  'recovery',
  'confirm',
  'alert',
  'alerts',
  'unlock',
  'validate',
]);

/**
 * Words a domain joins to an organisation's own name to pass for one of its departments or portals
 * (`acmehr`, `acme-payroll`), besides the sign-in words above.
 */
const DEPARTMENT_WORDS = new Set([
  'hr',
  'it',
  'payroll',
  'pay',
  'payments',
  'portal',
  'docs',
  'benefits',
  'finance',
  'mail',
  'admin',
  'sso',
  'careers',
  'people',
  'team',
  'services',
  'service',
  'online',
  'cloud',
  'share',
  'files',
  'drive',
  'desk',
  'intranet',
  'vpn',
]);

interface Target {
  domain: string;
  owner: string;
  /** Its first label, and the whole domain as it reads (`skeleton`), worked out once. */
  label: string;
  skeleton: string;
}

const madeTargets: MadeFor<readonly Target[]> = new WeakMap();

/** The domains to protect: the operator's own, then every brand's; made once for each pair. */
export function targetsOf(protectedDomains: readonly string[], brands: BrandList): readonly Target[] {
  const target = (domain: string, owner: string): Target => ({
    domain,
    owner,
    label: domain.split('.')[0],
    skeleton: skeleton(domain, brands),
  });
  return madeOnce(madeTargets, brands, protectedDomains, () => [
    ...protectedDomains.map((domain) => target(domain.toLowerCase(), domain.toLowerCase())),
    ...brands.brands.flatMap((b) => b.domains.map((domain) => target(domain, b.name))),
  ]);
}

/** How `host` passes for one of `targets`, or undefined when it does not (or is the real thing). */
export function lookalike(
  host: string,
  targets: readonly Target[],
  brands: BrandList,
): Lookalike | undefined {
  const lower = host.toLowerCase().replace(/\.$/, '');
  const own = registrable(lower);
  if (targets.some((t) => t.domain === own || registrable(t.domain) === own)) return undefined;
  // A free mail provider's own domain is its own name (posteo.de is not poste.it).
  if (brands.freemail.has(own)) return undefined;
  const ownLabel = own.split('.')[0];
  const ownSkeleton = skeleton(own, brands);
  const labelSkeleton = skeleton(ownLabel, brands);
  for (const t of targets) {
    const targetLabel = t.label;
    // The real domain worn in front of another: paypal.com.evil.example, paypal.com-login.example; the
    // real domain under a country's ending (yahoo.com.au) is the brand's own country site.
    const after = lower.startsWith(t.domain) ? lower.slice(t.domain.length) : undefined;
    const countrySite = after !== undefined && /^\.[a-z]{2}$/.test(after);
    if ((after?.startsWith('.') && !countrySite) || after?.startsWith('-') || lower.includes(`.${t.domain}-`))
      return { target: t.domain, owner: t.owner, how: 'subdomain-trick' };
    // A name of three letters or fewer under another ending is anyone's (w3.org is not WeTransfer's we.tl).
    if (
      ownSkeleton === t.skeleton ||
      (labelSkeleton !== ownLabel && labelSkeleton === targetLabel && targetLabel.length > 3)
    ) {
      return { target: t.domain, owner: t.owner, how: 'homograph' };
    }
    // The same name under another ending (slack.net, yahoo.co.uk) is not a typo: often the brand's own.
    // A name made to fool the eye keeps the first letter, which is read first; one that changes it is
    // more often another company's own name (anpost.com beside inpost.pl).
    // In a short name, one letter put for another by chance is another name (fenex.nl beside fedex.com);
    // a typo-squatter's is a neighbouring key's.
    const typos = editDistance(labelSkeleton, targetLabel);
    if (
      targetLabel.length >= 5 &&
      labelSkeleton[0] === targetLabel[0] &&
      typos > 0 &&
      typos <= (targetLabel.length >= 9 ? 2 : 1) &&
      (targetLabel.length > SHORT_NAME || !strangerLetter(labelSkeleton, targetLabel))
    ) {
      return { target: t.domain, owner: t.owner, how: 'typo' };
    }
    // The whole domain run together as one name: corpexample.net for corp.example
    if (t.domain.includes('.') && targetLabel.length >= 4 && ownLabel === t.domain.replace(/[.-]/g, '')) {
      return { target: t.domain, owner: t.owner, how: 'brand-in-domain' };
    }
    const tokens = ownLabel.split(/[-_]/);
    if (
      targetLabel.length >= 4 &&
      tokens.length > 1 &&
      tokens.some((token) => skeleton(token, brands) === targetLabel) &&
      (!brands.commonWords.has(targetLabel) || tokens.some((token) => ACCOUNT_WORDS.has(token)))
    ) {
      return { target: t.domain, owner: t.owner, how: 'brand-in-domain' };
    }
  }
  return undefined;
}

/**
 * The protected domain whose organisation's name `host` wears the ways cousin domains registered to pass
 * for its departments do: as a label in front of a domain named for a department or a sign-in
 * (`acme.payments.example`, `acme.secure-login.example`), or joined to such a word (`acmehr.example`,
 * `acme-payroll.example`). A service's tenant (`acme.zendesk.com`, `acme.okta.com`) is named for the
 * service, not a department, and is left alone. Names under four letters are too common to tell.
 */
export function ownNameCousin(host: string, protectedDomains: readonly string[]): string | undefined {
  const lower = host.toLowerCase();
  const org = registrable(lower);
  const labels = lower.split('.').slice(0, -1);
  const departmental = (word: string) => DEPARTMENT_WORDS.has(word) || ACCOUNT_WORDS.has(word);
  const orgNamedForDepartment = org.split('.')[0].split(/[-_]/).some(departmental);
  return protectedDomains.find((domain) => {
    const own = registrable(domain);
    const name = own.split('.')[0];
    if (name.length < 4 || own === org) return false;
    return labels.some((label) => {
      if (label === name) return orgNamedForDepartment;
      return label.startsWith(name) && departmental(label.slice(name.length).replace(/^[-_]/, ''));
    });
  });
}

/** Plain words for a lookalike, naming both domains. */
export function lookalikeWords(host: string, found: Lookalike): string {
  const whose = found.owner === found.target ? found.target : `${found.owner} (${found.target})`;
  switch (found.how) {
    case 'homograph':
      return `${host} is made to look like ${whose}: some of its letters are look-alike characters.`;
    case 'typo':
      return `${host} is one or two letters away from ${whose}: a typo-squatted domain.`;
    case 'brand-in-domain':
      return `${host} carries the name of ${whose} but is not theirs.`;
    case 'subdomain-trick':
      return `${host} starts with ${found.target}, but the domain that counts is ${registrable(host)}, which is not ${whose}.`;
  }
}

/** `text` read literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
