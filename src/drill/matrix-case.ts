// One case of the attack-shape matrix against a loopback gateway: its legitimate clients from the start,
// its attack after the warm-up, the origin's own count of the attack's arrivals read all along, and the
// gateway's automatic decisions when its control plane is given. Bounded like every drill: it stops by
// itself after the attack and a short drain, and a hard stop ends it whatever happens.

import { mulberry32 } from '../seeded-random.js';
import { DecisionWatch } from './decision-watch.js';
import type { ControlPlane } from './detection-watch.js';
import { caseAddresses } from './matrix-addresses.js';
import { brokenInvariants, type CaseFigures, mitigationAtOrigin } from './matrix-figures.js';
import {
  GOOD_STANDING_KINDS,
  type KindTally,
  LEGIT_KINDS,
  type LegitKind,
  MatrixLegit,
} from './matrix-legit.js';
import { matrixRequest } from './matrix-requests.js';
import type { MatrixCase } from './matrix-shapes.js';
import { OriginCount } from './origin-count.js';
import { Pacer } from './pacer.js';
import type { PuzzleSolver } from './puzzle-solver.js';
import { RequestFlood } from './request-flood.js';
import { LIMITS } from './scenarios.js';
import type { DrillTarget } from './target.js';
import { Timeline } from './timeline.js';

export interface MatrixCaseOptions {
  matrixCase: MatrixCase;
  target: DrillTarget;
  /** The demo origin behind the gateway, whose own counters say what of the attack reached it. */
  origin: DrillTarget;
  /** Where to read the gateway's automatic decisions; without it the decision check is skipped. */
  control?: ControlPlane;
  warmupS: number;
  durationS: number;
  solver: PuzzleSolver;
  signal?: AbortSignal;
  /** Called once a second with a status line. */
  onProgress?: (line: string) => void;
}

export interface CaseResult {
  case: MatrixCase;
  warmupS: number;
  durationS: number;
  stoppedBy: 'duration' | 'interrupted' | 'hard-stop';
  legit: Record<LegitKind, KindTally>;
  attack: {
    sent: number;
    /** Due by the pacing but not sent: every slot (in-flight bound) was taken. */
    notSent: number;
    /** What the origin received from the attack's addresses over the whole attack. */
    reachedOrigin: number;
    /** Answers the drill got that came from the edge (blocked, challenged, throttled, shed). */
    stoppedAtEdge: number;
    /** Requests that got no answer in time, or were still open when the case ended. */
    unanswered: number;
    /** Per attack second: requests sent, and requests the origin received. */
    perSecond: { sent: number[]; reached: number[] };
  };
  figures: CaseFigures;
  /** Every automatic decision the gateway took during the case; null without --control. */
  decisions: string[] | null;
  /** Prefix decisions holding a client in good standing (the edge must carve them out); null without --control. */
  decisionsAroundGoodStanding: string[] | null;
  /** Invariants this case breaks on its own (legitimate success against the unprotected origin needs the bench). */
  broken: string[];
  notes: string[];
}

/** How often the pacers are given the clock. */
const TICK_MS = 5;
/** Attack requests in flight at once: enough that a slow origin does not hold a 600 req/s attack back. */
const MAX_IN_FLIGHT = 2_048;

export async function runMatrixCase(o: MatrixCaseOptions): Promise<CaseResult> {
  const c = o.matrixCase;
  const random = mulberry32(c.seed);
  const addresses = caseAddresses(c, MatrixLegit.visitorCount(c.legit, o.durationS));
  const originCount = new OriginCount(o.origin, addresses.attackRanges);
  await originCount.start();
  const decisions = o.control ? new DecisionWatch(o.control) : undefined;
  decisions?.start();

  const t0 = performance.now();
  const attackStart = t0 + o.warmupS * 1000;
  let attackEnd = attackStart + o.durationS * 1000;
  const timeline = new Timeline(t0);
  const neighbourArrivals: number[] = [];
  const flood = new RequestFlood({
    name: 'matrix',
    rate: c.rate,
    target: o.target,
    sources: addresses.attack,
    maxInFlight: MAX_IN_FLIGHT,
    make: matrixRequest(c.route, c.agents, random),
    random,
    record: { sent: () => timeline.attackSent(), outcome: (outcome) => timeline.attackOutcome(outcome) },
  });
  const pacer = new Pacer(c.rate, () => flood.fire(), attackStart);
  const legit = new MatrixLegit({
    target: o.target,
    addresses,
    mix: c.legit,
    startedAt: t0,
    attackStart,
    attackEnd,
    solver: o.solver,
    random,
    neighbourArrived: () => neighbourArrivals.push(performance.now()),
  });

  let stoppedBy: CaseResult['stoppedBy'] = 'duration';
  const onAbort = () => {
    stoppedBy = 'interrupted';
    attackEnd = Math.min(attackEnd, performance.now());
  };
  if (o.signal?.aborted) onAbort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  const totalS = o.warmupS + o.durationS;
  let reported = 0;
  let drainingSince: number | undefined;
  let loop: NodeJS.Timeout | undefined;
  let hardStop: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve) => {
      hardStop = setTimeout(
        () => {
          stoppedBy = 'hard-stop';
          resolve();
        },
        totalS * 1000 + LIMITS.drainMs + LIMITS.hardStopGraceMs,
      );
      loop = setInterval(() => {
        const now = performance.now();
        if (now < attackEnd) {
          legit.tick(now);
          if (now >= attackStart) pacer.tick(now);
        } else {
          drainingSince ??= now;
          if (flood.pending() + legit.pending() === 0 || now - drainingSince >= LIMITS.drainMs) resolve();
        }
        const elapsed = Math.floor((now - t0) / 1000);
        if (elapsed > reported && o.onProgress) {
          reported = elapsed;
          o.onProgress(progressLine(c, elapsed, totalS, timeline, legit));
        }
      }, TICK_MS);
    });
  } finally {
    clearInterval(loop);
    clearTimeout(hardStop);
    o.signal?.removeEventListener('abort', onAbort);
    await Promise.allSettled([flood.close(), legit.close()]);
    await Promise.allSettled([originCount.stop(), decisions?.stop()]);
  }

  const seconds = Math.max(1, Math.ceil((attackEnd - attackStart) / 1000));
  const sent = Array.from({ length: seconds }, (_, s) => timeline.seconds[o.warmupS + s]?.attack.sent ?? 0);
  // what the neighbours inside the attack's /24s brought to the origin is not the attack's
  const reached = originCount.perSecond(attackStart, seconds, neighbourArrivals);

  const goodStanding = GOOD_STANDING_KINDS.flatMap((kind) => addressesOf(kind, addresses));
  const over = decisions && decisions.unavailable === undefined ? decisions.over(goodStanding) : undefined;
  const figures: CaseFigures = {
    legitSuccess: legitSuccess(legit.tally),
    mitigation: mitigationAtOrigin(sent, reached),
    decisionsOnGoodStanding: over?.named ?? null,
    goodStandingTurnedAway: GOOD_STANDING_KINDS.reduce((n, kind) => n + legit.tally[kind].turnedAway, 0),
  };
  const notes: string[] = [];
  if (decisions?.unavailable) notes.push(`decisions not checked: ${decisions.unavailable}`);
  if (!o.control) notes.push('decisions not checked: no --control given');
  return {
    case: c,
    warmupS: o.warmupS,
    durationS: o.durationS,
    stoppedBy,
    legit: legit.tally,
    attack: {
      sent: timeline.attack.sent,
      notSent: pacer.notSent,
      reachedOrigin: reached.reduce((a, b) => a + b, 0),
      stoppedAtEdge: timeline.attack.stopped,
      unanswered: timeline.attack.unanswered,
      perSecond: { sent, reached },
    },
    figures,
    decisions: over ? decisions!.lines() : null,
    decisionsAroundGoodStanding: over?.around ?? null,
    broken: brokenInvariants(figures),
    notes,
  };
}

function addressesOf(kind: LegitKind, a: ReturnType<typeof caseAddresses>): string[] {
  return kind === 'browsers'
    ? a.browsers
    : kind === 'app'
      ? a.app
      : kind === 'neighbours'
        ? a.neighbours
        : a.visitors;
}

function legitSuccess(tally: Record<LegitKind, KindTally>): CaseFigures['legitSuccess'] {
  let served = 0;
  let finished = 0;
  const byKind: CaseFigures['legitSuccess']['byKind'] = {};
  for (const kind of LEGIT_KINDS) {
    const t = tally[kind];
    if (t.clients === 0) continue;
    const done = t.served + t.failed;
    served += t.served;
    finished += done;
    byKind[kind] = {
      finished: done,
      rate: done === 0 ? null : Math.round((t.served / done) * 10_000) / 10_000,
    };
  }
  return { all: finished === 0 ? null : Math.round((served / finished) * 10_000) / 10_000, byKind };
}

function progressLine(
  c: MatrixCase,
  elapsed: number,
  totalS: number,
  timeline: Timeline,
  legit: MatrixLegit,
) {
  const last = timeline.seconds[elapsed - 1];
  const served = LEGIT_KINDS.reduce((n, k) => n + legit.tally[k].served, 0);
  const failed = LEGIT_KINDS.reduce((n, k) => n + legit.tally[k].failed, 0);
  return (
    `case ${c.number} [${String(elapsed).padStart(3)}/${totalS} s] attack ${last?.attack.sent ?? 0}/s ` +
    `stopped at the edge ${last?.attack.stopped ?? 0} | legit served ${served} failed ${failed}`
  );
}
