// Phase 4, judge: one verdict for a request from the decision table, the route's policy and the
// client's challenge pass. Allowlist entries win; API routes are throttled, never challenged. Under origin
// distress an allowed request still needs admission (admission.ts): past it, a browser is challenged and an
// API client shed.

import type { Decision, ThrottleRate } from '../responder/decision.js';
import type { DecisionTable } from '../responder/decision-table.js';
import type { Admission } from './admission.js';
import type { Challenge } from './challenge/index.js';
import type { RouteKind } from './route-policy.js';
import type { Verdict } from './stats.js';
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
}

export interface JudgeOptions {
  /** The rate budget each verified (challenge-passing) client gets of its own. */
  verified: ThrottleRate;
  /** What an API route gets where a browser route would be challenged. */
  apiInsteadOfChallenge: ThrottleRate;
  /** Admission by priority under origin distress; without it every allowed request goes on. */
  admission?: Admission;
}

const ALLOW: Judgement = { verdict: 'allow', retryAfter: 0, verified: false };
const ALLOW_VERIFIED: Judgement = { verdict: 'allow', retryAfter: 0, verified: true };
/** An allowlist entry's allow: never shed. */
const ALLOW_LISTED: Judgement = { verdict: 'allow', retryAfter: 0, verified: false };
/** Seconds a shed client is asked to wait. */
export const SHED_RETRY_AFTER = 5;
const SHED: Judgement = { verdict: 'shed', retryAfter: SHED_RETRY_AFTER, verified: false };
/** A browser past the shared budget under distress: the challenge at the configured difficulty. */
const DISTRESS_CHALLENGE: Judgement = { verdict: 'challenge', retryAfter: 0, verified: false };

export class Judge {
  constructor(
    private readonly table: DecisionTable,
    private readonly challenge: Challenge,
    private readonly buckets: TokenBuckets,
    private readonly options: JudgeOptions,
  ) {}

  judge(client: Client): Judgement {
    const j = this.verdict(client);
    return j.verdict === 'allow' ? this.admit(client, j) : j;
  }

  /** A challenge's answer: only a block stops it (a challenged or throttled client must be able to answer). */
  judgeAnswer(client: Client): Judgement {
    const decision = this.table.forRequest(client.address, client.fingerprint);
    return decision?.action === 'block'
      ? { verdict: 'block', decision, retryAfter: 0, verified: false }
      : ALLOW;
  }

  /**
   * An allowed request under origin distress: admitted by priority. Past the shared budget a browser is
   * challenged (a person solves it once and is then admitted on their pass's own budget); an API client,
   * which cannot solve one, is shed. Allowlisted clients pass.
   */
  private admit(client: Client, j: Judgement): Judgement {
    const { admission } = this.options;
    if (admission === undefined || j === ALLOW_LISTED) return j;
    if (!j.verified && admission.distressed) {
      // Without a challenge decision the pass is not read on the way in; under distress it counts.
      const passId = this.challenge.passFrom(client.cookie, client.prefix, client.userAgent);
      if (passId !== undefined) {
        const passed = this.spendPass(passId, undefined);
        if (passed.verdict === 'allow') admission.admit(client.address, true, client.fingerprint);
        return passed;
      }
    }
    if (admission.admit(client.address, j.verified, client.fingerprint)) return j;
    return client.kind === 'api' ? SHED : DISTRESS_CHALLENGE; // verified clients are always admitted
  }

  /** A request showing a valid pass: allowed on the pass's own rate budget, throttled past it. */
  private spendPass(passId: string, decision: Decision | undefined): Judgement {
    const wait = this.buckets.take(`pass:${passId}`, this.options.verified.rate, this.options.verified.burst);
    return wait === 0 ? ALLOW_VERIFIED : { verdict: 'throttle', decision, retryAfter: wait, verified: true };
  }

  private verdict(client: Client): Judgement {
    const decision = this.table.forRequest(client.address, client.fingerprint);
    if (decision === undefined) return ALLOW;
    if (decision.action === 'allow') return ALLOW_LISTED;
    switch (decision.action) {
      case 'block':
        return { verdict: 'block', decision, retryAfter: 0, verified: false };
      case 'throttle': {
        const rate = decision.throttle ?? this.options.apiInsteadOfChallenge;
        return this.limit(decision.id, rate, decision);
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
          const key =
            decision.scope === 'fingerprint' ? `${decision.id}:api` : `${decision.id}:api:${client.address}`;
          return this.limit(key, decision.throttle ?? this.options.apiInsteadOfChallenge, decision);
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

  private limit(key: string, rate: ThrottleRate, decision: Decision): Judgement {
    const wait = this.buckets.take(key, rate.rate, rate.burst);
    return wait === 0 ? ALLOW : { verdict: 'throttle', decision, retryAfter: wait, verified: false };
  }
}
