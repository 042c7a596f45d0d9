// What an analyser is: its name and `analyse(message, context)`, which returns signals with weights and
// plain words; and the context every analyser may read (brand list, protected domains, resolver, what was
// reported before, the indicators held, bounds on archives).
import type { BrandList } from '../brands.js';
import type { ReportedMessage } from '../message.js';

export interface Signal {
  /** The analyser that found it. */
  analyser: string;
  /** Stable name of the sign, such as `lookalike-domain`. */
  code: string;
  /** Points towards the verdict, 0 to 100: towards phishing, or towards spam for `spam` signals. */
  weight: number;
  towards: 'phishing' | 'spam';
  /** One sentence the reporter reads, naming what in their message gives it away. */
  explanation: string;
  /** What was found: a domain, a URL, a file name, a header. */
  evidence: string;
}

/** A resolver as mailauth and node:dns read it: answers of one type for a name. */
export type Resolver = (name: string, type: string) => Promise<unknown>;

export interface IntelHit {
  value: string;
  /** Who named it: a peer's name, or `our campaign <id>`. */
  source: string;
}

export interface AnalysisContext {
  brands: BrandList;
  /** The operator's own domains, whose lookalikes are phishing. */
  protectedDomains: readonly string[];
  /** DNS for the authentication checks; undefined skips them (no resolver configured). */
  resolver: Resolver | undefined;
  /** authserv-ids of the operator's MTAs whose Authentication-Results are believed. */
  trustedAuthservIds: readonly string[];
  /** Of these domains, those that earlier reports linked to or sent from (the last week). */
  recentlyReported(domains: readonly string[]): Promise<Set<string>>;
  /** Of these values (domains, URLs, addresses, hashes), those the indicators held name. */
  lookup(values: readonly string[]): Promise<IntelHit[]>;
  /** Bounds on opening archives. */
  archives: { maxExpandedBytes: number; maxDepth: number; maxEntries: number };
  /** Notes what could not be checked; the analysis is then marked partial. */
  gap(text: string): void;
}

export interface Analyser {
  name: string;
  analyse(message: ReportedMessage, context: AnalysisContext): Promise<Signal[]>;
}

/** A signal of `analyser` towards phishing. */
export function sign(
  analyser: string,
  code: string,
  weight: number,
  explanation: string,
  evidence: string,
): Signal {
  return { analyser, code, weight, towards: 'phishing', explanation, evidence };
}
