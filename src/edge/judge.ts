// Phase 4, judge: one verdict for a request from the decision table, the route's policy and the
// client's challenge pass. Allowlist entries win; API routes are throttled, never challenged. Clients in
// good standing (../responder/good-standing.ts) and pass holders are carved out of every automatic
// decision, whatever its scope; the decisions still hold for everyone else in the range or with the
// fingerprint. A decision on one route applies only to requests on that route. While a cache bypass is
// answered on a route, never-seen queries from other clients draw on its budget (query-budget.ts). Under
// origin distress an allowed request still needs admission (admission.ts): past it, a browser is
// challenged and an API client shed. What is let through from clients not in good standing is counted
// for the responder's closed loop (../responder/reach.ts).

import type { Decision, ThrottleRate } from '../responder/decision.js';
import type { DecisionTable } from '../responder/decision-table.js';
import type { GoodStanding } from '../responder/good-standing.js';
import type { Reach } from '../responder/reach.js';
import type { Verdict } from '../sentinel/verdict.js';
import type { Admission } from './admission.js';
import type { Challenge } from './challenge/index.js';
import type { QueryBudget } from './query-budget.js';
import type { RouteKind } from './route-policy.js';
import type { TokenBuckets } from './token-buckets.js';

export interface Judgement {
  verdict: Verdict;
  /** The decision behind a verdict other than a plain allow. */
  decision?: Decision;
  /** Seconds until the client may try again (throttle, shed). */
  retryAfter: number;
  /** Challenge difficulty to ask for (challenge). */
  difficulty?: number;
  /** The client showed a valid challenge pass. */
  verified: boolean;
}

export interface Client {
  address: string;
  prefix: string;
  fingerprint: string;
  userAgent: string;
  cookie: string | undefined;
  kind: RouteKind;
  /** The request path without its query string, and the query string ('' when none). */
  route: string;
  query: string;
}

export interface JudgeOptions {
  /** The rate budget each verified (challenge-passing) client gets of its own. */
  verified: ThrottleRate;
  /** What an API route gets where a browser route would be challenged. */
  apiInsteadOfChallenge: ThrottleRate;
  /** Admission by priority under origin distress; without it every allowed request goes on. */
  admission?: Admission;
  /** Clients in good standing, carved out of automatic decisions; without it nobody is. */
  standing?: GoodStanding;
  /** Budgets of new query strings on routes under a cache bypass. */
  queries?: QueryBudget;
  /** What reaches the origin, for the closed loop. */
  reach?: Reach;
}

const ALLOW: Judgement = { verdict: 'allow', retryAfter: 0, verified: false };
const ALLOW_VERIFIED: Judgement = { verdict: 'allow', retryAfter: 0, verified: true };
/** An allowlist entry's allow: never shed. */
const ALLOW_LISTED: Judgement = { verdict: 'allow', retryAfter: 0, verified: false };
/** Seconds a shed client is asked to wait. */
export const SHED_RETRY_AFTER = 5;
const SHED: Judgement = { verdict: 'shed', retryAfter: SHED_RETRY_AFTER, verified: false };
/** A browser past a shared budget (distress, new queries): the challenge at the configured difficulty. */
const BUDGET_CHALLENGE: Judgement = { verdict: 'challenge', retryAfter: 0, verified: false };
/** Under distress, clients in good standing together go first up to this multiple of their usual rate… */
const STANDING_SHARE = 2;
/** …and at least this many requests per second. */
const STANDING_FLOOR = 10;
/** An API client past a route's budget of new queries. */
const QUERY_THROTTLE: Judgement = { verdict: 'throttle', retryAfter: 1, verified: false };

export class Judge {
  constructor(
    /** The decisions judged by; read also to tell whether a judgement may have gone out of date. */
    readonly table: DecisionTable,
    private readonly challenge: Challenge,
    private readonly buckets: TokenBuckets,
    private readonly options: JudgeOptions,
  ) {}

  judge(client: Client): Judgement {
    const { standing, reach } = this.options;
    const trusted = standing?.holds(client.address) ?? false;
    let j = this.verdict(client, trusted);
    // a request let through by no decision or by a decision's allowance still pays for a new query
    if (j === ALLOW) j = this.newQuery(client, trusted);
    if (j.verdict === 'allow') j = this.admit(client, j, trusted);
    if (j.verdict === 'allow') {
      standing?.seen(client.address, client.fingerprint);
      if (!trusted && !j.verified && j !== ALLOW_LISTED) reach?.passed(client);
    }
    return j;
  }

  /**
   * A request judged before and still waiting to be forwarded, judged again by the decision table alone
   * (with the same carve-outs) because the table changed meanwhile. The new-query budget, admission and
   * the counting of what passes belong to its first judgement and are not done again.
   */
  rejudge(client: Client): Judgement {
    return this.verdict(client, this.options.standing?.holds(client.address) ?? false);
  }

  /**
   * Whether an allowed request goes ahead of others while its origin is busy: a pass holder's, an
   * allowlisted client's or one in good standing (origins-queue.ts).
   */
  goesFirst(client: Client, j: Judgement): boolean {
    return j.verified || j === ALLOW_LISTED || (this.options.standing?.holds(client.address) ?? false);
  }

  /**
   * A challenge's answer: only a block stops it (a challenged or throttled client must be able to
   * answer), and an automatic one not for a client in good standing.
   */
  judgeAnswer(client: Client): Judgement {
    let decision = this.table.forRequest(client.address, client.fingerprint, client.route);
    if (decision?.source === 'detector' && this.options.standing?.holds(client.address))
      decision = this.table.forRequestBeyondAutomatic(client.address, client.fingerprint, client.route);
    if (decision?.action !== 'block') return ALLOW;
    return { verdict: 'block', decision, retryAfter: 0, verified: false };
  }

  /**
   * An allowed request under origin distress: admitted by priority. Clients in good standing go first
   * (each held to its own history's rate, or it would not be in good standing); past the shared budget
   * a browser is challenged (a person solves it once and is then admitted on their pass's own budget);
   * an API client, which cannot solve one, is shed. Allowlisted clients pass.
   */
  private admit(client: Client, j: Judgement, trusted: boolean): Judgement {
    const { admission } = this.options;
    if (admission === undefined || j === ALLOW_LISTED || !admission.distressed) return j;
    if (!j.verified && !trusted) {
      // Without a decision the pass is not read on the way in; under distress it counts.
      const passId = this.challenge.passFrom(client.cookie, client.prefix, client.userAgent);
      if (passId !== undefined) return this.spendPass(passId, undefined);
    }
    if (admission.admit(j.verified || this.standingFirst(trusted, admission.share), client.fingerprint))
      return j;
    return client.kind === 'api' ? SHED : BUDGET_CHALLENGE;
  }

  /**
   * Whether a client in good standing goes first under distress: yes while all of them together stay
   * within STANDING_SHARE times their usual total rate. Addresses warmed up before an attack each keep
   * only their own history's rate, and together no more than that; past it they queue with everyone.
   * The budget is the gateway's: each of N workers takes its `share` (1/N) of it, as of admission's.
   */
  private standingFirst(trusted: boolean, share: number): boolean {
    const { standing } = this.options;
    if (!trusted || standing === undefined) return false;
    const rate = Math.max(STANDING_FLOOR, STANDING_SHARE * standing.usualRate()) * share;
    return this.buckets.take('standing:first', rate, 2 * rate) === 0;
  }

  /** A request showing a valid pass: allowed on the pass's own rate budget, throttled past it. */
  private spendPass(passId: string, decision: Decision | undefined): Judgement {
    const wait = this.buckets.take(`pass:${passId}`, this.options.verified.rate, this.options.verified.burst);
    return wait === 0 ? ALLOW_VERIFIED : { verdict: 'throttle', decision, retryAfter: wait, verified: true };
  }

  private verdict(client: Client, trusted: boolean): Judgement {
    const decision = this.table.forRequest(client.address, client.fingerprint, client.route);
    if (decision === undefined) return ALLOW;
    if (decision.source === 'detector') {
      // The carve-out: no automatic decision, whatever its scope, covers a client in good standing or
      // one holding a pass (held to the pass's own budget). An operator's decision beneath it, which an
      // automatic one may outrank, still applies to them.
      const passId =
        trusted || decision.action === 'challenge'
          ? undefined
          : this.challenge.passFrom(client.cookie, client.prefix, client.userAgent);
      if (trusted || passId !== undefined) {
        const meant = this.table.forRequestBeyondAutomatic(client.address, client.fingerprint, client.route);
        if (meant !== undefined) return this.verdictOf(client, meant);
        return passId === undefined ? ALLOW : this.spendPass(passId, decision);
      }
    }
    return this.verdictOf(client, decision);
  }

  /** The answer a decision gives this client. */
  private verdictOf(client: Client, decision: Decision): Judgement {
    if (decision.action === 'allow') return ALLOW_LISTED;
    switch (decision.action) {
      case 'block':
        return { verdict: 'block', decision, retryAfter: 0, verified: false };
      case 'throttle': {
        const rate = decision.throttle ?? this.options.apiInsteadOfChallenge;
        const j = this.limit(decision.id, rate, decision);
        // Past an automatic throttle (made for API traffic, say, on a fingerprint real browsers share too)
        // a browser is challenged rather than turned away: a person solves it once, and the pass then
        // carries them past every automatic decision on its own budget.
        if (j.verdict === 'throttle' && decision.source === 'detector' && client.kind === 'browser')
          return {
            verdict: 'challenge',
            decision,
            retryAfter: 0,
            difficulty: decision.difficulty,
            verified: false,
          };
        return j;
      }
      case 'challenge': {
        // A pass earned on an easier puzzle than this decision asks for does not open it.
        const passId = this.challenge.passFrom(
          client.cookie,
          client.prefix,
          client.userAgent,
          decision.difficulty,
        );
        if (passId !== undefined) return this.spendPass(passId, decision);
        if (client.kind === 'api') {
          // An API client cannot solve a challenge, so it gets a rate budget instead, which belongs to
          // the address under an address or prefix decision, whatever headers the client shows: a
          // fingerprint costs nothing to mint, so one per request must not earn a fresh budget each
          // time. What a tool spread over the range still gets through is the closed loop's to measure
          // and answer. A fingerprint decision shares one budget among all its holders (one tool).
          const shared = decision.throttle ?? this.options.apiInsteadOfChallenge;
          if (decision.scope === 'fingerprint') return this.limit(`${decision.id}:api`, shared, decision);
          const own = this.limit(
            `${decision.id}:api:${client.address}`,
            this.options.apiInsteadOfChallenge,
            decision,
          );
          // a rate on the decision caps its whole range's API traffic as well (the closed loop sets it)
          if (own !== ALLOW || decision.throttle === undefined) return own;
          return this.limit(`${decision.id}:api`, decision.throttle, decision);
        }
        return {
          verdict: 'challenge',
          decision,
          retryAfter: 0,
          difficulty: decision.difficulty,
          verified: false,
        };
      }
    }
  }

  /**
   * A request let through on a route whose cache bypass is being answered: a never-seen query from a
   * client neither in good standing nor holding a pass draws on the route's budget (on a sign-in route
   * under a spread credential-stuffing flood, every request does); past it a browser is challenged and
   * an API client throttled. Known queries pass; trusted clients' queries are learnt.
   */
  private newQuery(client: Client, trusted: boolean): Judgement {
    const { queries } = this.options;
    if (queries === undefined) return ALLOW;
    const guarded = queries.isGuarded(client.route);
    if (!guarded && client.query.length === 0) return ALLOW;
    const passId =
      !trusted && guarded
        ? this.challenge.passFrom(client.cookie, client.prefix, client.userAgent)
        : undefined;
    const cost = queries.cost(client.route, client.query, client.address, trusted || passId !== undefined);
    if (passId !== undefined) return this.spendPass(passId, undefined);
    if (cost !== 'spent') return ALLOW;
    return client.kind === 'api' ? QUERY_THROTTLE : BUDGET_CHALLENGE;
  }

  private limit(key: string, rate: ThrottleRate, decision: Decision): Judgement {
    const wait = this.buckets.take(key, rate.rate, rate.burst);
    return wait === 0 ? ALLOW : { verdict: 'throttle', decision, retryAfter: wait, verified: false };
  }
}
