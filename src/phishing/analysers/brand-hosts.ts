// Brand hosts: a link to a host built like an address on a known service — a tenant's name, then the
// service's own name as a label (`acme-my.sharepoint.…`, `login.microsoftonline.…`, `eu.docusign.…`) —
// under an ending that is not the service's. Only the service hands out such names under its own domain;
// the same shape anywhere else is made to be read at a glance as the real thing. So is a label that
// writes a known domain, or your own, with a hyphen for its dot (`paypal-com.…`, `corp-example.…`). A service's name as the
// first label (`github.acme.com`, a company's own install) is how companies name their own servers, and
// is left alone, as are a brand's sites under country endings (`smile.amazon.co.uk`).
import { linksOf } from '../links-in.js';
import { knownSites, registrable } from '../lookalike.js';
import { ownedBy, senderDomain } from './owners.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'brand-hosts';
/** Labels that only say "the site" in front of a name. */
const PLAIN_PREFIX = new Set(['www', 'm', 'mobile']);
/** The second-level labels of country endings (amazon.co.uk, cisco.com.au): a brand's own sites abroad. */
const COUNTRY_SECOND = /^(?:com|co|net|org|ac|gov|edu|ne|or|go)$/;
/** Shorter names are words of their own more often than a service's. */
const MIN_NAME = 5;

export const brandHosts: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const owned = ownedBy(senderDomain(message), context);
    const known = knownSites(context.protectedDomains, context.brands);
    const names = new Map<string, { brand: string; domain: string }>();
    for (const b of context.brands.brands)
      for (const d of b.domains) {
        const name = registrable(d).split('.')[0];
        if (name.length >= MIN_NAME) names.set(name, { brand: b.name, domain: registrable(d) });
      }
    const hyphened = new Map<string, string>();
    for (const d of [...context.protectedDomains, ...context.brands.brands.flatMap((b) => b.domains)])
      if (d.includes('.')) hyphened.set(d.toLowerCase().replace(/\./g, '-'), d.toLowerCase());
    for (const link of linksOf(message)) {
      if (link.host === '' || owned(link.host)) continue;
      const labels = link.host.toLowerCase().split('.');
      const site = registrable(link.host);
      const worn = labels.slice(0, -2).find((l) => hyphened.has(l));
      if (worn !== undefined) {
        return [
          sign(
            NAME,
            'brand-host-elsewhere',
            20,
            `A link goes to ${link.host}, which starts with "${worn}", ${hyphened.get(worn)} with a hyphen for its dot, but belongs to ${site}: made to be read at a glance as ${hyphened.get(worn)}.`,
            link.href,
          ),
        ];
      }
      const at = labels.findIndex((l, i) => i > 0 && i < labels.length - 1 && names.has(l));
      if (at < 1 || labels.slice(0, at).every((l) => PLAIN_PREFIX.has(l))) continue;
      if (!isOtherDomain(labels.slice(at + 1))) continue;
      const service = names.get(labels[at]);
      if (service === undefined || known.has(site)) continue;
      return [
        sign(
          NAME,
          'brand-host-elsewhere',
          20,
          `A link goes to ${link.host}, built like an address at ${service.domain} (${service.brand}'s), a name and then "${labels[at]}", but under another ending: it is not ${service.brand}'s, whatever it looks like at a glance.`,
          link.href,
        ),
      ];
    }
    return [];
  },
};

/** Whether the labels after the service's name make a domain of their own, not a country's ending. */
function isOtherDomain(rest: string[]): boolean {
  if (rest.length < 2) return false;
  return !(rest.length === 2 && COUNTRY_SECOND.test(rest[0]) && rest[1].length === 2);
}
