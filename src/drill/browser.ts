// A scripted browser on the demo webmail: one source address, one user agent and header order, a cookie
// jar. It signs in and browses the inbox, messages, searches and the stylesheet. Shown a challenge page,
// it solves the puzzle and posts the form as the page's script would, then carries on with the pass
// cookie; a redirect is followed as a browser follows it.

import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { Dispatcher, Pool } from 'undici';
import { DEMO_ACCOUNTS } from '../demo/accounts.js';
import { MESSAGE_COUNT } from '../demo/mailbox.js';
import { puzzleFromPage } from '../edge/challenge/index.js';
import type { Random } from './attack-requests.js';
import type { BrowserProfile, Destination } from './browser-profiles.js';
import { openPool } from './connection-pool.js';
import { CookieJar } from './cookie-jar.js';
import { type Answer, bodyNeeded, CHALLENGE_MARKER } from './outcome.js';
import type { PuzzleSolver } from './puzzle-solver.js';
import type { DrillTarget } from './target.js';

export interface ScriptedBrowserOptions {
  target: DrillTarget;
  localAddress: string | undefined;
  profile: BrowserProfile;
  /** Which demo account signs in; default the first. */
  account?: { email: string; password: string };
  solver: PuzzleSolver;
  random: Random;
  /** Told of every answer, the body read whenever telling the edge's answers from the origin's needs it. */
  onAnswer?: (path: string, answer: Answer) => void;
}

export interface Visit {
  /** The final answer was 2xx or 3xx. */
  served: boolean;
  status: number;
  /** Path of the final request, after redirects. */
  path: string;
  /** A challenge was met (and solved, when served). */
  challenged: boolean;
}

interface Exchange {
  status: number;
  location: string | undefined;
  /** Read for challenge pages only. */
  body: string;
  /** Challenges this browser had passed when the request left. */
  passesBefore: number;
}

/** Parallel connections per browser, as browsers keep per host. */
const CONNECTIONS = 6;
const MAX_REDIRECTS = 5;
const SEARCH_WORDS = ['invoice', 'report', 'budget', 'outage', 'release', 'security', 'customer', 'meeting'];
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export class ScriptedBrowser {
  readonly jar = new CookieJar();
  private readonly pool: Pool;
  private readonly origin: string;
  private phase: 'new' | 'form' | 'signing-in' | 'in' = 'new';
  private passing: Promise<boolean> | undefined;
  private passes = 0;
  private lastPage: string | undefined;

  constructor(private readonly opts: ScriptedBrowserOptions) {
    this.pool = openPool(opts.target, opts.localAddress, CONNECTIONS);
    this.origin = opts.target.url.origin;
  }

  /** The next page a person would open, given where this browser is. */
  async browse(): Promise<Visit> {
    const { random } = this.opts;
    if (this.phase === 'new') {
      const visit = await this.navigate('GET', '/login');
      if (visit.served && visit.path === '/login' && this.phase === 'new') this.phase = 'form';
      return visit;
    }
    if (this.phase === 'form') return this.signIn();
    if (this.phase === 'signing-in') return this.navigate('GET', '/static/app.css', undefined, 'style');
    const roll = random();
    const visit =
      roll < 0.3
        ? await this.navigate('GET', '/inbox')
        : roll < 0.6
          ? await this.navigate('GET', `/message/${1 + Math.floor(random() * MESSAGE_COUNT)}`)
          : roll < 0.8
            ? await this.navigate(
                'GET',
                `/search?q=${SEARCH_WORDS[Math.floor(random() * SEARCH_WORDS.length)]}`,
              )
            : await this.navigate('GET', '/static/app.css', undefined, 'style');
    if (visit.path === '/login' && this.phase === 'in') this.phase = 'form'; // the session ended
    return visit;
  }

  /** Posts the sign-in form; signed in when it lands on the inbox. */
  async signIn(): Promise<Visit> {
    const account = this.opts.account ?? DEMO_ACCOUNTS[0];
    this.phase = 'signing-in';
    const form = new URLSearchParams({ user: account.email, password: account.password }).toString();
    const visit = await this.navigate('POST', '/login', form).catch((error: Error) => {
      this.phase = 'form';
      throw error;
    });
    this.phase = visit.path === '/inbox' && visit.status === 200 ? 'in' : 'form';
    return visit;
  }

  /** One navigation: the request, any challenge on the way, and redirects, as a browser does them. */
  async navigate(
    method: 'GET' | 'POST',
    path: string,
    form?: string,
    destination: Destination = 'document',
  ): Promise<Visit> {
    let challenged = false;
    let current = { method, path, form };
    for (let hop = 0; ; hop++) {
      const answer = await this.exchange(current.method, current.path, current.form, destination);
      if (answer.status === 403 && answer.body.includes(CHALLENGE_MARKER)) {
        // a pass that arrived while this request was on its way needs no second solve
        const passedMeanwhile = this.passes > answer.passesBefore;
        if (challenged || !(passedMeanwhile || (await this.pass(answer.body)))) {
          return { served: false, status: answer.status, path: current.path, challenged: true };
        }
        challenged = true;
        continue; // the page sends the browser back to the same address, now with the pass cookie
      }
      if (REDIRECTS.has(answer.status) && answer.location !== undefined && hop < MAX_REDIRECTS) {
        const next = this.samePath(answer.location);
        if (next !== undefined) {
          const keep = answer.status === 307 || answer.status === 308;
          current = keep ? { ...current, path: next } : { method: 'GET', path: next, form: undefined };
          continue;
        }
      }
      const served = answer.status >= 200 && answer.status < 400;
      if (destination === 'document' && served) this.lastPage = `${this.origin}${current.path}`;
      return { served, status: answer.status, path: current.path, challenged };
    }
  }

  /** Solves the page's puzzle and posts the answer; concurrent navigations share one solve. */
  private pass(html: string): Promise<boolean> {
    this.passing ??= this.solveAndPost(html).finally(() => {
      this.passing = undefined;
    });
    return this.passing;
  }

  private async solveAndPost(html: string): Promise<boolean> {
    const puzzle = puzzleFromPage(html);
    if (!puzzle) return false;
    const counter = await this.opts.solver.solve(puzzle);
    const form = new URLSearchParams({
      token: puzzle.token,
      counter: String(counter),
      returnTo: puzzle.returnTo,
    }).toString();
    const answer = await this.exchange('POST', puzzle.action, form, 'document');
    if (answer.status !== 303) return false;
    this.passes++;
    return true;
  }

  private async exchange(
    method: 'GET' | 'POST',
    path: string,
    form: string | undefined,
    destination: Destination,
  ): Promise<Exchange> {
    const { target, profile } = this.opts;
    const passesBefore = this.passes;
    const cookie = this.jar.header();
    const headers = profile.headers({
      method,
      destination,
      referer: this.lastPage,
      origin: this.origin,
      cookie,
      contentType: form === undefined ? undefined : 'application/x-www-form-urlencoded',
    });
    const response = await this.pool.request({
      method,
      path,
      headers: ['host', target.host, ...headers],
      body: form,
    });
    this.jar.store(response.headers['set-cookie']);
    const location = response.headers.location;
    const status = response.statusCode;
    let body = '';
    if (status === 403 || (this.opts.onAnswer !== undefined && bodyNeeded(status))) {
      body = await readText(response);
    } else await response.body.dump();
    this.opts.onAnswer?.(path, { status, headers: response.headers, body });
    return { status, location: Array.isArray(location) ? location[0] : location, body, passesBefore };
  }

  /** The path of a same-site redirect target; other sites are not followed. */
  private samePath(location: string): string | undefined {
    const url = new URL(location, `${this.origin}/`);
    return url.origin === this.origin ? `${url.pathname}${url.search}` : undefined;
  }

  close(): Promise<void> {
    return this.pool.destroy().catch(() => {});
  }
}

async function readText(response: Dispatcher.ResponseData): Promise<string> {
  const raw = Buffer.from(await response.body.arrayBuffer());
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  const decoded =
    encoding === 'gzip'
      ? gunzipSync(raw)
      : encoding === 'deflate'
        ? inflateSync(raw)
        : encoding === 'br'
          ? brotliDecompressSync(raw)
          : raw;
  return decoded.toString('utf8');
}
