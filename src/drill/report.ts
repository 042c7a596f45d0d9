// The drill in words: the once-a-second status line and the final summary a person reads.

import type { DrillProgress } from './options.js';
import type { DrillSummary } from './summary.js';

const percent = (share: number | null): string => (share === null ? '–' : `${(share * 100).toFixed(1)}%`);
const ms = (value: number | null): string => (value === null ? '–' : `${value} ms`);
const seconds = (value: number | null): string => (value === null ? 'not reached' : `${value} s`);

/** One status line: the second that just ended, then the totals. */
export function progressLine(p: DrillProgress, totalS: number): string {
  const { attack, legit } = p.last;
  const finished = p.totals.legit.served + p.totals.legit.failed;
  const served = finished === 0 ? null : p.totals.legit.served / finished;
  return (
    `[${String(p.elapsedS).padStart(3)}/${totalS} s ${p.phase.padEnd(8)}] ` +
    `attack ${attack.sent}/s → origin ${attack.reached} stopped ${attack.stopped} ` +
    `(blocked ${attack.blocked} challenged ${attack.challenged} throttled ${attack.throttled} shed ${attack.shed}) | ` +
    `legit ${legit.sent}/s served ${legit.served} failed ${legit.failed} (all ${percent(served)})`
  );
}

export function summaryText(s: DrillSummary): string {
  const parts =
    s.parts.map((p) => `${p.name} ${p.rate}/s from ${p.sources}`).join(', ') ||
    'none (legitimate traffic alone)';
  const lines = [
    `drill ${s.scenario} against ${s.target} (${s.targetAddress}): ${s.durationS} s attack` +
      `${s.warmupS ? ` after ${s.warmupS} s warm-up` : ''}, stopped by ${s.stoppedBy} after ${s.elapsedS} s`,
    `  attack generators:  ${parts}`,
    `  legitimate:  sent ${s.legitimate.sent}, served ${s.legitimate.served}, failed ${s.legitimate.failed}, ` +
      `success ${percent(s.legitimate.successRate)}, p50 ${ms(s.legitimate.latencyMs.p50)}, p99 ${ms(s.legitimate.latencyMs.p99)}`,
    `  attack:      sent ${s.attack.sent} (not sent ${s.attack.notSent}), reached origin ${s.attack.reachedOrigin}, ` +
      `blocked ${s.attack.blocked}, challenged ${s.attack.challenged}, throttled ${s.attack.throttled}, ` +
      `shed ${s.attack.shed}, unanswered ${s.attack.unanswered} (stopped ${percent(s.attack.stoppedShare)})`,
    `  time to detect:   ${s.timeToDetectS === null ? 'unknown' : `${s.timeToDetectS} s`}`,
    `  time to mitigate: ${seconds(s.timeToMitigateS)}`,
  ];
  for (const note of s.notes) lines.push(`  note: ${note}`);
  return `${lines.join('\n')}\n`;
}
