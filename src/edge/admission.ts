// Admission by priority while the origin is in distress: pass holders and clients in good standing first
// (../responder/good-standing.ts: each held to its own history's rate), then a small budget for everyone
// else, split evenly between kinds of client (fingerprints) so a flood tool cannot take the share of the
// site's own app or of real browsers. The judge turns the rest away.

import { FairShare } from './fair-share.js';

export interface AdmissionOptions {
  now?: () => number;
  /**
   * Requests per second shared by all other clients while distressed, and their burst, split evenly
   * between the kinds of client asking; default 50 / 100.
   */
  unknownRate?: number;
  unknownBurst?: number;
  /**
   * This process's share of that budget: 1 alone, 1/N in each of a gateway's N workers, so the gateway
   * as a whole lets the budget through (connections are handed to the workers in turn).
   */
  share?: number;
  /** Distress not renewed for this long ends by itself, so a stuck flag never sheds forever; default 60 s. */
  ttlMs?: number;
}

export class Admission {
  private readonly now: () => number;
  private readonly ttlMs: number;
  private readonly unknown: FairShare;
  private distressedUntil = 0;
  /** This process's share of every gateway-wide budget under distress (AdmissionOptions.share). */
  readonly share: number;

  constructor(opts: AdmissionOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.ttlMs = opts.ttlMs ?? 60_000;
    this.share = opts.share ?? 1;
    this.unknown = new FairShare(
      this.now,
      (opts.unknownRate ?? 50) * this.share,
      (opts.unknownBurst ?? 100) * this.share,
    );
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
   * yes for `first` clients (a pass, good standing) and for others while their kind's (`fingerprint`)
   * share of the budget lasts.
   */
  admit(first: boolean, fingerprint: string): boolean {
    return this.now() >= this.distressedUntil || first || this.unknown.take(fingerprint);
  }
}
