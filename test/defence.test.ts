// Automatic defence end to end: every drill scenario against the demo origin behind a gateway whose
// responder enforces. The attack must be stopped within seconds, the drill's legitimate browsers and API
// clients must keep being served, and no decision may name them. One stack per scenario, one at a time.

import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type DrillSummary, runDrill } from '../src/drill/run.js';
import type { ScenarioName } from '../src/drill/scenarios.js';
import { coversLegit, describeDecisions, harmingLegit, recordDefence } from './support/defence-record.js';
import { startStack } from './support/stack.js';

const certPath = fileURLToPath(new URL('./fixtures/tls/cert.pem', import.meta.url));
const keyPath = fileURLToPath(new URL('./fixtures/tls/key.pem', import.meta.url));

const WARMUP_S = 3;
const ATTACK_S = 10;
const LEGIT_RATE = 20;
/** Attack start → the first second with 90% of the attack stopped. */
const MITIGATE_WITHIN_S = 10;
const LEGIT_SUCCESS = 0.95;

interface Case {
  scenario: ScenarioName;
  rate: number;
  sources?: number;
  tls?: boolean;
}

/** Rates a two-core machine runs with the gateway, the origin and the drill in one process tree. */
const CASES: Case[] = [
  { scenario: 'http-flood', rate: 1_000 },
  { scenario: 'distributed-flood', rate: 1_200, sources: 2_000 },
  { scenario: 'cache-bypass', rate: 800 },
  { scenario: 'slowloris', rate: 100 },
  { scenario: 'slow-post', rate: 50 },
  { scenario: 'h2-rapid-reset', rate: 1_000, tls: true },
  { scenario: 'credential-stuffing', rate: 200 },
  { scenario: 'mixed', rate: 1_200, sources: 2_000 },
];

function brief(s: DrillSummary): string {
  const seconds = s.timeline
    .map(
      (t) =>
        `${t.second}: attack ${t.attack.stopped}/${t.attack.stopped + t.attack.reached + t.attack.unanswered} stopped, legit ${t.legit.served}/${t.legit.served + t.legit.failed}`,
    )
    .join('\n');
  return `${JSON.stringify({ legitimate: s.legitimate, attack: s.attack, timeToDetectS: s.timeToDetectS, timeToMitigateS: s.timeToMitigateS, notes: s.notes })}\n${seconds}`;
}

describe.sequential('the defence against each drill scenario', () => {
  for (const c of CASES) {
    it(`${c.scenario}: mitigated within ${MITIGATE_WITHIN_S} s, legitimate clients served and never named`, {
      timeout: 60_000,
    }, async () => {
      const stack = await startStack({
        config: {
          responder: { mode: 'enforce' },
          ...(c.tls && { tls: { cert: certPath, key: keyPath } }),
        },
      });
      const record = recordDefence(stack.bw);
      let summary: DrillSummary;
      try {
        summary = await runDrill({
          scenario: c.scenario,
          target: stack.gatewayUrl,
          warmupS: WARMUP_S,
          durationS: ATTACK_S,
          rate: c.rate,
          legitRate: LEGIT_RATE,
          ...(c.sources !== undefined && { sources: c.sources }),
          control: { url: stack.controlUrl, token: stack.tokens.viewer },
        });
      } finally {
        record.stop();
        await stack.stop();
        rmSync(stack.dataDir, { recursive: true, force: true });
      }
      const why = `${brief(summary)}\ndecisions:\n${describeDecisions(record.decisions)}`;

      expect(summary.stoppedBy, why).toBe('duration');
      expect(summary.timeToMitigateS, why).not.toBeNull();
      expect(summary.timeToMitigateS!, why).toBeLessThanOrEqual(MITIGATE_WITHIN_S);
      expect(summary.legitimate.successRate!, why).toBeGreaterThanOrEqual(LEGIT_SUCCESS);
      expect(harmingLegit([...record.decisions, ...stack.bw.table.list()]), why).toEqual([]);
    });
  }
});

describe('the README demo', () => {
  it('cache-bypass at its defaults: the demo’s own searching browsers served, none of them named', {
    timeout: 60_000,
  }, async () => {
    // breakwater demo: the demo origin behind a gateway with the default configuration (enforcing)
    const stack = await startStack({ config: { responder: { mode: 'enforce' } } });
    const record = recordDefence(stack.bw);
    let summary: DrillSummary;
    try {
      summary = await runDrill({
        scenario: 'cache-bypass',
        target: stack.gatewayUrl,
        warmupS: WARMUP_S,
        durationS: ATTACK_S,
        legitRate: LEGIT_RATE,
      });
    } finally {
      record.stop();
      await stack.stop();
      rmSync(stack.dataDir, { recursive: true, force: true });
    }
    const why = `${brief(summary)}\ndecisions:\n${describeDecisions(record.decisions)}`;
    expect(summary.legitimate.successRate!, why).toBeGreaterThanOrEqual(0.99);
    expect(record.decisions.filter(coversLegit), why).toEqual([]);
  });
});
