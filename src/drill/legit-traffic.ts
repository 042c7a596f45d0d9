// Legitimate traffic alongside the attack: scripted browsers (four in five requests) and API clients,
// each on its own stable address in 127.3.0.0/16, paced open-loop like the attack. A request's latency
// runs from when it was due to its final answer, challenge solving and redirects included.

import { DEMO_ACCOUNTS } from '../demo/accounts.js';
import { ApiClient } from './api-client.js';
import type { Random } from './attack-requests.js';
import { ScriptedBrowser } from './browser.js';
import { BROWSER_PROFILES } from './browser-profiles.js';
import type { PuzzleSolver } from './puzzle-solver.js';
import { loopbackSources, SOURCE_RANGES } from './sources.js';
import type { DrillTarget } from './target.js';
import { settled } from './traffic.js';

export interface LegitRecorder {
  sent(): void;
  done(served: boolean, latencyMs: number): void;
}

export interface LegitTrafficOptions {
  target: DrillTarget;
  /** Requests per second over all clients. */
  rate: number;
  solver: PuzzleSolver;
  random: Random;
  record: LegitRecorder;
}

const BROWSER_SHARE = 0.8;
/** A person opens a page about every two seconds. */
const PAGES_PER_BROWSER_PER_SECOND = 0.5;
const HOSTS_PER_BLOCK = 254;

export class LegitTraffic {
  readonly browsers: ScriptedBrowser[];
  readonly apiClients: ApiClient[];
  private nextBrowser = 0;
  private nextApi = 0;
  private inFlight = 0;
  private closed = false;

  constructor(private readonly opts: LegitTrafficOptions) {
    const { target, rate, solver, random } = opts;
    const browserCount = clamp(Math.ceil((rate * BROWSER_SHARE) / PAGES_PER_BROWSER_PER_SECOND), 2);
    const apiCount = clamp(Math.ceil(rate * (1 - BROWSER_SHARE)), 1);
    const range = SOURCE_RANGES.legit;
    // browsers on 127.3.0.x, API clients on 127.3.1.x
    const browserAddresses = loopbackSources(target, range, browserCount, 0);
    const apiAddresses = loopbackSources(target, range, apiCount, HOSTS_PER_BLOCK);
    this.browsers = Array.from(
      { length: browserCount },
      (_, i) =>
        new ScriptedBrowser({
          target,
          localAddress: browserAddresses[i % browserAddresses.length],
          profile: BROWSER_PROFILES[i % BROWSER_PROFILES.length],
          account: DEMO_ACCOUNTS[i % DEMO_ACCOUNTS.length],
          solver,
          random,
        }),
    );
    this.apiClients = Array.from(
      { length: apiCount },
      (_, i) => new ApiClient(target, apiAddresses[i % apiAddresses.length], random),
    );
  }

  /** One legitimate request, from the next browser or API client in turn. */
  fire(): boolean {
    if (this.closed) return false;
    const { random, record } = this.opts;
    const started = performance.now();
    let work: Promise<boolean>;
    if (random() < BROWSER_SHARE) {
      const browser = this.browsers[this.nextBrowser++ % this.browsers.length];
      work = browser.browse().then((visit) => visit.served);
    } else {
      work = this.apiClients[this.nextApi++ % this.apiClients.length].call();
    }
    this.inFlight++;
    record.sent();
    work
      .catch(() => false)
      .then((served) => {
        this.inFlight--;
        record.done(served, performance.now() - started);
      });
    return true;
  }

  pending(): number {
    return this.inFlight;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.browsers, ...this.apiClients].map((client) => client.close()));
    await settled(() => this.inFlight, 1_000);
  }
}

function clamp(count: number, least: number): number {
  return Math.min(HOSTS_PER_BLOCK, Math.max(least, count));
}
