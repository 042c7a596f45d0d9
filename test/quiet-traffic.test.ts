// Two minutes of normal traffic with nothing but the drill's legitimate browsers and API clients, its
// rate stepping up and down and a flash crowd of new visitors signing in at once, against a gateway
// whose responder enforces: nothing may be decided, and nothing detected above `observe`.

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LegitTraffic } from '../src/drill/legit-traffic.js';
import { Pacer } from '../src/drill/pacer.js';
import { startPuzzleSolver } from '../src/drill/puzzle-solver.js';
import { resolveLoopbackTarget } from '../src/drill/target.js';
import { seededRandom } from '../src/seeded-random.js';
import { type DefenceRecord, describeDecisions, recordDefence } from './support/defence-record.js';
import { type Stack, startStack } from './support/stack.js';

interface Phase {
  seconds: number;
  /** Requests per second from the site's regular clients. */
  regular: number;
  /** Requests per second from a crowd of clients the site has never seen. */
  crowd?: number;
}

/** 120 s in all; the first phase outlasts the sentinel's 20 s warm-up. */
const PHASES: Phase[] = [
  { seconds: 25, regular: 5 },
  { seconds: 25, regular: 40 },
  { seconds: 20, regular: 10 },
  { seconds: 15, regular: 60 },
  { seconds: 15, regular: 20, crowd: 80 },
  { seconds: 20, regular: 15 },
];
/** Regular clients are sized for this rate (64 browsers, 8 API clients); the crowd for regular + crowd. */
const REGULAR_SIZE = 40;
const CROWD_SIZE = 120;
const TICK_MS = 5;

let stack: Stack;
let record: DefenceRecord;
const results = { sent: 0, served: 0, failed: 0 };

beforeAll(async () => {
  stack = await startStack({ config: { responder: { mode: 'enforce' } } });
  record = recordDefence(stack.bw);
});

afterAll(async () => {
  record?.stop();
  await stack?.stop();
  if (stack) rmSync(stack.dataDir, { recursive: true, force: true });
});

/** Plays the phases: each one's traffic paced at its rate, one phase after the other. */
async function play(): Promise<void> {
  const target = await resolveLoopbackTarget(stack.gatewayUrl);
  const solver = startPuzzleSolver();
  const random = seededRandom(20230605).next;
  const recorder = {
    sent: () => results.sent++,
    done: (served: boolean) => (served ? results.served++ : results.failed++),
  };
  const regular = new LegitTraffic({ target, rate: REGULAR_SIZE, solver, random, record: recorder });
  // Sized larger, the crowd's clients reach past the regulars' addresses: most of them are new.
  const crowd = new LegitTraffic({ target, rate: CROWD_SIZE, solver, random, record: recorder });
  try {
    for (const phase of PHASES) {
      const start = performance.now();
      const pacers = [new Pacer(phase.regular, () => regular.fire(), start)];
      if (phase.crowd) pacers.push(new Pacer(phase.crowd, () => crowd.fire(), start));
      const end = start + phase.seconds * 1000;
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          const now = performance.now();
          for (const pacer of pacers) pacer.tick(Math.min(now, end));
          if (now >= end) {
            clearInterval(timer);
            resolve();
          }
        }, TICK_MS);
      });
    }
    const drained = performance.now();
    while (regular.pending() + crowd.pending() > 0 && performance.now() - drained < 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await Promise.all([regular.close(), crowd.close(), solver.close()]);
  }
}

describe('two minutes of varying legitimate traffic', () => {
  it('decides nothing and detects nothing above observe', { timeout: 180_000 }, async () => {
    await play();

    const decisions = [...record.decisions, ...stack.bw.table.list()];
    expect(decisions, describeDecisions(decisions)).toEqual([]);
    const loud = record.detections.filter((d) => d.maxAction !== 'observe');
    expect(
      loud.map((d) => `${d.id} ${d.maxAction}: ${d.evidence.summary}`),
      'detections above observe',
    ).toEqual([]);
    expect(results.sent).toBeGreaterThan(3_000);
    expect(results.served / (results.served + results.failed)).toBeGreaterThanOrEqual(0.99);
  });
});
