// The brand list shipped in data/phishing/brands.json (brands and their real domains, link shorteners,
// services where anyone can publish a page, free mail providers) and the confusable characters of
// data/phishing/confusables.json, read once; and which brands a sender's name names, in any script.
import { readFileSync } from 'node:fs';
import { escapeRegExp } from './lookalike.js';

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

/** A letter or digit of a script that puts spaces between words (not Chinese, Japanese or Korean). */
const SPACED_LETTER =
  '(?![\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}])[\\p{L}\\p{N}]';

/**
 * A brand's name as a whole word of a display name, in any script: no letter or digit just before or
 * after it, except one of a script written without spaces ("ETC利用照会サービス", "우체국택배").
 */
function namePattern(name: string): RegExp {
  return new RegExp(`(?<!${SPACED_LETTER})${escapeRegExp(name.toLowerCase())}(?!${SPACED_LETTER})`, 'u');
}

const patterns = new WeakMap<Brand[], { brand: Brand; pattern: RegExp }[]>();

/** The brands `name` (a sender's display name) names, in the list's order. */
export function namedBrands(name: string, brands: BrandList): Brand[] {
  let compiled = patterns.get(brands.brands);
  if (compiled === undefined) {
    compiled = brands.brands.map((brand) => ({ brand, pattern: namePattern(brand.name) }));
    patterns.set(brands.brands, compiled);
  }
  const lower = name.toLowerCase();
  return compiled.filter((c) => c.pattern.test(lower)).map((c) => c.brand);
}
