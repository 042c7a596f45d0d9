// The legitimate side of a matrix case, each client paced on its own and tallied by kind: browsers and
// the site's app since the warm-up (in good standing by the time the attack starts), neighbours inside
// the attack's /24s since the warm-up too, and new visitors arriving during the attack from fresh
// addresses. A browser solves any challenge it is shown; the app cannot.

import { DEMO_ACCOUNTS } from '../demo/accounts.js';
import { ApiClient } from './api-client.js';
import type { Random } from './attack-requests.js';
import { ScriptedBrowser, type Visit } from './browser.js';
import { BROWSER_PROFILES } from './browser-profiles.js';
import type { CaseAddresses } from './matrix-addresses.js';
import type { LegitMix } from './matrix-shapes.js';
import { type Answer, classifyAnswer, classifyFailure } from './outcome.js';
import { Pacer } from './pacer.js';
import type { PuzzleSolver } from './puzzle-solver.js';
import type { DrillTarget } from './target.js';
import { settled } from './traffic.js';

export const LEGIT_KINDS = ['browsers', 'app', 'visitors', 'neighbours'] as const;
export type LegitKind = (typeof LEGIT_KINDS)[number];

/** Kinds whose clients were active through the warm-up, and so should be in good standing. */
export const GOOD_STANDING_KINDS: readonly LegitKind[] = ['browsers', 'app', 'neighbours'];

/** Requests sent from the attack's start on; turnedAway counts the warm-up's too. */
export interface KindTally {
  clients: number;
  sent: number;
  /** Final answer 2xx or 3xx (a browser's after any challenge it solved). */
  served: number;
  failed: number;
  /** Requests the edge turned away by a verdict of its own: throttled, challenged, blocked, or cut off unanswered. */
  turnedAway: number;
  /** Failed requests by what ended them: the final status ('503', 'challenge' when a challenge went unsolved), or the error code. */
  failures: Record<string, number>;
}

export interface MatrixLegitOptions {
  target: DrillTarget;
  addresses: CaseAddresses;
  mix: LegitMix;
  /** performance.now() times. */
  startedAt: number;
  attackStart: number;
  attackEnd: number;
  solver: PuzzleSolver;
  random: Random;
  /** A neighbour's request reached the origin (to subtract from the attack's /16s at the origin). */
  neighbourArrived: () => void;
}

/** A person opens a page about every two seconds; the app polls once a second. */
const BROWSER_RATE = 0.5;
const APP_RATE = 1;
/** Long-standing clients start within this long of the start, not all at once. */
const STAGGER_MS = 2_000;
const VERIFY_PREFIX = '/.well-known/breakwater/';

interface Client {
  kind: LegitKind;
  pacer: Pacer;
  close(): Promise<void>;
}

export class MatrixLegit {
  readonly tally = Object.fromEntries(
    LEGIT_KINDS.map((kind) => [
      kind,
      { clients: 0, sent: 0, served: 0, failed: 0, turnedAway: 0, failures: {} },
    ]),
  ) as Record<LegitKind, KindTally>;
  private readonly clients: Client[] = [];
  /** Visitors still to arrive, with their arrival times. */
  private readonly arrivals: { at: number; address: string }[] = [];
  private inFlight = 0;
  private closed = false;

  constructor(private readonly opts: MatrixLegitOptions) {
    const { addresses, random, startedAt, attackStart, attackEnd, mix } = opts;
    const start = () => startedAt + random() * STAGGER_MS;
    addresses.browsers.forEach((a, i) => {
      this.addBrowser('browsers', a, i, start());
    });
    addresses.neighbours.forEach((a, i) => {
      this.addBrowser('neighbours', a, i, start());
    });
    for (const address of addresses.app) {
      const app = new ApiClient(opts.target, address, random);
      this.add(
        'app',
        start(),
        APP_RATE,
        () => this.app(app),
        () => app.close(),
      );
    }
    if (mix.newVisitorsPerS > 0) {
      const gapMs = 1000 / mix.newVisitorsPerS;
      addresses.visitors.forEach((address, i) => {
        const at = attackStart + i * gapMs;
        if (at < attackEnd) this.arrivals.push({ at, address });
      });
    }
  }

  /** How many visitors a case of `durationS` can bring. */
  static visitorCount(mix: LegitMix, durationS: number): number {
    return Math.ceil(mix.newVisitorsPerS * durationS);
  }

  /** Makes every request due by `now`, and lets in the visitors who have arrived. */
  tick(now: number): void {
    if (this.closed) return;
    while (this.arrivals.length > 0 && this.arrivals[0].at <= now) {
      const { at, address } = this.arrivals.shift()!;
      this.addBrowser('visitors', address, this.tally.visitors.clients, at);
    }
    for (const client of this.clients) client.pacer.tick(now);
  }

  pending(): number {
    return this.inFlight;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.clients.map((client) => client.close()));
    await settled(() => this.inFlight, 1_000);
  }

  private addBrowser(kind: LegitKind, address: string, index: number, startAt: number): void {
    const { target, solver, random, neighbourArrived } = this.opts;
    const browser = new ScriptedBrowser({
      target,
      localAddress: address,
      profile: BROWSER_PROFILES[index % BROWSER_PROFILES.length],
      account: DEMO_ACCOUNTS[index % DEMO_ACCOUNTS.length],
      solver,
      random,
      ...(kind === 'neighbours' && {
        onAnswer: (path: string, answer: Answer) => {
          if (!path.startsWith(VERIFY_PREFIX) && classifyAnswer(answer) === 'reached') neighbourArrived();
        },
      }),
    });
    this.add(
      kind,
      startAt,
      BROWSER_RATE,
      () => this.browse(browser),
      () => browser.close(),
    );
  }

  private add(
    kind: LegitKind,
    startAt: number,
    rate: number,
    send: () => Promise<Outcome>,
    close: () => Promise<void>,
  ) {
    const tally = this.tally[kind];
    tally.clients++;
    const fire = () => {
      if (this.closed) return false;
      // success is counted under attack only; the warm-up is there for the defence to learn who is normal
      const counted = performance.now() >= this.opts.attackStart;
      if (counted) tally.sent++;
      this.inFlight++;
      send()
        .catch(
          (error): Outcome => ({
            served: false,
            turnedAway: classifyFailure(error) === 'blocked',
            why: (error as NodeJS.ErrnoException).code ?? 'error',
          }),
        )
        .then((outcome) => {
          this.inFlight--;
          if (counted && outcome.served) tally.served++;
          else if (counted) {
            tally.failed++;
            tally.failures[outcome.why] = (tally.failures[outcome.why] ?? 0) + 1;
          }
          if (outcome.turnedAway) tally.turnedAway++;
        });
      return true;
    };
    this.clients.push({ kind, pacer: new Pacer(rate, fire, startAt), close });
  }

  private async browse(browser: ScriptedBrowser): Promise<Outcome> {
    const visit: Visit = await browser.browse();
    return {
      served: visit.served,
      turnedAway: visit.challenged || TURNED_AWAY.has(visit.status),
      why: visit.challenged && !visit.served ? 'challenge' : String(visit.status),
    };
  }

  private async app(client: ApiClient): Promise<Outcome> {
    const status = await client.request();
    return {
      served: status >= 200 && status < 400,
      turnedAway: TURNED_AWAY.has(status),
      why: String(status),
    };
  }
}

interface Outcome {
  served: boolean;
  turnedAway: boolean;
  /** What ended it when it failed. */
  why: string;
}

/** The edge's own refusals (the demo origin never answers 403 or 429). */
const TURNED_AWAY = new Set([403, 429]);
