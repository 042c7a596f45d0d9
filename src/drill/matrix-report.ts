// The matrix in words: one block per case (its shape, legitimate success by kind of client, the attack
// sent and what reached the origin, time to mitigate, broken invariants), then medians and the worst case.

import type { CaseResult } from './matrix-case.js';
import { percent } from './matrix-figures.js';
import { LEGIT_KINDS } from './matrix-legit.js';
import type { MatrixReport } from './matrix-run.js';
import { describeCase } from './matrix-shapes.js';

/** Decisions listed per case; the JSON has them all. */
const SHOWN_DECISIONS = 6;
const seconds = (value: number | null): string => (value === null ? 'not reached' : `${value} s`);

export function caseText(r: CaseResult): string {
  const { mitigation, legitSuccess } = r.figures;
  const kinds = LEGIT_KINDS.filter((k) => r.legit[k].clients > 0)
    .map((k) => {
      const t = r.legit[k];
      const failures = Object.entries(t.failures)
        .map(([why, n]) => `${n}× ${why}`)
        .join(', ');
      return `${k} ${percent(legitSuccess.byKind[k]?.rate ?? null)} of ${t.served + t.failed}${failures ? ` [failed: ${failures}]` : ''}`;
    })
    .join(', ');
  const lines = [
    `case ${r.case.number}: ${describeCase(r.case)}`,
    `  legitimate:  ${percent(legitSuccess.all)} (${kinds})`,
    `  attack:      sent ${r.attack.sent} (not sent ${r.attack.notSent}), stopped at the edge ${r.attack.stoppedAtEdge}, ` +
      `unanswered ${r.attack.unanswered}, reached the origin ${r.attack.reachedOrigin}, ` +
      `after mitigation ${mitigation.reachedAfter} of ${mitigation.sentAfter} (${percent(mitigation.shareAfter)})`,
    `  time to mitigate (at the origin): ${seconds(mitigation.timeToMitigateS)}`,
  ];
  if (r.decisions !== null) {
    const shown = r.decisions.slice(0, SHOWN_DECISIONS).join('; ');
    const more =
      r.decisions.length > SHOWN_DECISIONS ? `; and ${r.decisions.length - SHOWN_DECISIONS} more` : '';
    lines.push(`  automatic decisions: ${r.decisions.length}${shown ? `: ${shown}${more}` : ''}`);
  }
  if (r.decisionsAroundGoodStanding && r.decisionsAroundGoodStanding.length > 0) {
    lines.push(
      `  prefix decisions holding clients in good standing: ${r.decisionsAroundGoodStanding.join('; ')}`,
    );
  }
  lines.push(`  invariants:  ${r.broken.length === 0 ? 'all held' : `BROKEN: ${r.broken.join('; ')}`}`);
  for (const note of r.notes) lines.push(`  note: ${note}`);
  return `${lines.join('\n')}\n`;
}

/** One line as a case ends. */
export function caseLine(r: CaseResult): string {
  const { mitigation, legitSuccess } = r.figures;
  return (
    `case ${r.case.number} done: legitimate ${percent(legitSuccess.all)}, time to mitigate ` +
    `${seconds(mitigation.timeToMitigateS)}, reached after mitigation ${percent(mitigation.shareAfter)}, ` +
    `${r.broken.length === 0 ? 'invariants held' : `${r.broken.length} invariant(s) broken`}`
  );
}

export function matrixText(m: MatrixReport): string {
  const worst = (w: MatrixReport['worst']['legitSuccess'], show: (v: number | null) => string) =>
    w === null ? '–' : `${show(w.value)} (case ${w.case})`;
  const lines = [
    `attack-shape matrix, seed ${m.seed}, ${m.results.length} of ${m.cases} cases against ${m.target} ` +
      `(origin ${m.origin}), ${m.warmupS} s warm-up and ${m.durationS} s attack each`,
    "(a case's origin capacity is part of its shape, applied only by `npm run bench -- matrix`; here the origin is as it runs)",
    '',
    ...m.results.map(caseText),
    `medians:  legitimate ${percent(m.medians.legitSuccess)}, time to mitigate ${seconds(m.medians.timeToMitigateS)}, ` +
      `reached after mitigation ${percent(m.medians.reachedAfterShare)}`,
    `worst:    legitimate ${worst(m.worst.legitSuccess, percent)}, time to mitigate ${worst(m.worst.timeToMitigateS, seconds)}, ` +
      `reached after mitigation ${worst(m.worst.reachedAfterShare, percent)}`,
    `cases breaking an invariant: ${
      m.results
        .filter((r) => r.broken.length > 0)
        .map((r) => r.case.number)
        .join(', ') || 'none'
    }${m.broken.length > 0 ? `; the matrix: ${m.broken.join('; ')}` : ''}`,
  ];
  return `${lines.join('\n')}\n`;
}
