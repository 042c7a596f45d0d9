// The brand list shipped in data/phishing/brands.json (brands and their real domains, link shorteners,
// services where anyone can publish a page, free mail providers) and the confusable characters of
// data/phishing/confusables.json, read once.
import { readFileSync } from 'node:fs';

export interface Brand {
  name: string;
  domains: string[];
}

export interface BrandList {
  brands: Brand[];
  shorteners: Set<string>;
  /**
   * Services where anyone can publish a page or a form in minutes (free site hosts, cloud buckets, IPFS
   * gateways, form builders): a host, matched with its subdomains, or a host and path prefix.
   */
  hosting: string[];
  freemail: Set<string>;
  /**
   * Free mail providers' names, which they hold under many endings (yahoo.fr, hotmail.co.uk, gmx.net,
   * outlook.de): a domain whose name is one of them is free mail whatever its ending.
   */
  freemailNames: Set<string>;
  /** Confusable character (or pair) → the Latin letter it passes for. */
  confusables: Map<string, string>;
  /**
   * Brands' names that are also common words (office, apple, booking): one inside a business's hyphenated
   * name (`brightdesk-office`) is the business's own word, not the brand.
   */
  commonWords: Set<string>;
}

const BRANDS_FILE = new URL('../../data/phishing/brands.json', import.meta.url);
const CONFUSABLES_FILE = new URL('../../data/phishing/confusables.json', import.meta.url);

let shipped: BrandList | undefined;

export function shippedBrands(): BrandList {
  if (shipped !== undefined) return shipped;
  const data = JSON.parse(readFileSync(BRANDS_FILE, 'utf8')) as {
    brands: Brand[];
    shorteners: string[];
    hosting: string[];
    freemail: string[];
    freemailNames: string[];
    commonWords: string[];
  };
  const confusables = JSON.parse(readFileSync(CONFUSABLES_FILE, 'utf8')) as { map: Record<string, string> };
  shipped = {
    brands: data.brands,
    shorteners: new Set(data.shorteners),
    hosting: data.hosting,
    freemail: new Set(data.freemail),
    freemailNames: new Set(data.freemailNames),
    confusables: new Map(Object.entries(confusables.map)),
    commonWords: new Set(data.commonWords),
  };
  return shipped;
}

/** Whether `org` (a registrable domain) is a free mail provider's, under any of its endings. */
export function isFreeMail(org: string, brands: BrandList): boolean {
  return brands.freemail.has(org) || brands.freemailNames.has(org.split('.')[0] ?? '');
}
