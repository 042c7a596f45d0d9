// Admission by priority while the origin is in distress: verified and long-standing clients first, then a
// small budget for everyone else, split evenly between kinds of client (fingerprints) so a flood tool cannot
// take the share of the site's own app or of real browsers. The judge turns the rest away.

import { FairShare } from './fair-share.js';

export interface AdmissionOptions {
  now?: () => number;
  /** A client first served at least this long ago counts as long-standing; default 10 minutes. */
  longStandingMs?: number;
  /** A remembered client not served for this long is forgotten; default 30 minutes. */
  forgetAfterMs?: number;
  /** Most addresses remembered at once; default 100 000 (a few MiB). */
  maxAddresses?: number;
  /**
   * Requests per second shared by all other clients while distressed, and their burst, split evenly
   * between the kinds of client asking; default 50 / 100.
   */
  unknownRate?: number;
  unknownBurst?: number;
  /** Distress not renewed for this long ends by itself, so a stuck flag never sheds forever; default 60 s. */
  ttlMs?: number;
}

interface Served {
  first: number;
  last: number;
}

export class Admission {
  private readonly now: () => number;
  private readonly longStandingMs: number;
  private readonly forgetAfterMs: number;
  private readonly maxAddresses: number;
  private readonly ttlMs: number;
  private readonly served = new Map<string, Served>();
  private readonly unknown: FairShare;
  private distressedUntil = 0;
  private sweptAt = 0;

  constructor(opts: AdmissionOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.longStandingMs = opts.longStandingMs ?? 10 * 60_000;
    this.forgetAfterMs = opts.forgetAfterMs ?? 30 * 60_000;
    this.maxAddresses = opts.maxAddresses ?? 100_000;
    this.ttlMs = opts.ttlMs ?? 60_000;
    this.unknown = new FairShare(this.now, opts.unknownRate ?? 50, opts.unknownBurst ?? 100);
  }

  /** True while distress was set (or renewed) less than the TTL ago and not cleared. */
  get distressed(): boolean {
    return this.now() < this.distressedUntil;
  }

  /** Starts or renews distress for one TTL. */
  renew(): void {
    this.distressedUntil = this.now() + this.ttlMs;
  }

  clear(): void {
    this.distressedUntil = 0;
  }

  /**
   * Whether a request the judge allowed may go on to the origin. Always yes outside distress; under it,
   * yes for verified and long-standing clients and for others while their kind's (`fingerprint`) share of
   * the budget lasts. An admitted client is remembered as served.
   */
  admit(address: string, verified: boolean, fingerprint: string): boolean {
    const now = this.now();
    const entry = this.served.get(address);
    const admitted =
      now >= this.distressedUntil ||
      verified ||
      (entry !== undefined && now - entry.first >= this.longStandingMs) ||
      this.unknown.take(fingerprint);
    if (admitted) this.remember(address, entry, now);
    return admitted;
  }

  /** Addresses remembered as served. */
  get size(): number {
    return this.served.size;
  }

  private remember(address: string, entry: Served | undefined, now: number): void {
    if (entry !== undefined) {
      entry.last = now;
      return;
    }
    if (this.served.size >= this.maxAddresses) this.sweep(now);
    // When full of recently served clients, newcomers are not remembered: the ones already known keep
    // their standing (evicting the oldest would drop exactly the long-standing clients).
    if (this.served.size < this.maxAddresses) this.served.set(address, { first: now, last: now });
  }

  /** Forgets clients not served for a while; at most once a minute, so a full table costs O(1) per request. */
  private sweep(now: number): void {
    if (now - this.sweptAt < 60_000) return;
    this.sweptAt = now;
    for (const [address, entry] of this.served)
      if (now - entry.last >= this.forgetAfterMs) this.served.delete(address);
  }
}
