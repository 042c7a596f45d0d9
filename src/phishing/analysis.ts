// Runs every registered analyser on a reported message, each on its own (one failing or running out of
// time leaves a gap, never the whole analysis), and turns the signals into a verdict. The analysis is
// partial when anything could not be read or checked, and it says what.
import { ANALYSERS, type Analyser, type AnalysisContext, type Signal } from './analysers/index.js';
import type { Report } from './message.js';
import { type Judgement, judge } from './verdict.js';

export interface Analysis extends Judgement {
  /** True when some part of the message could not be read or checked; `gaps` says which. */
  partial: boolean;
  gaps: string[];
  /** How the message came: attached, inline, or uploaded as it is. */
  form: Report['form'];
  /** Time the analysers took, ms. */
  tookMs: number;
}

/** Time one analyser may take before its part is given up. */
export const ANALYSER_BUDGET_MS = 4_000;

export async function analyse(
  report: Report,
  context: Omit<AnalysisContext, 'gap'>,
  analysers: readonly Analyser[] = ANALYSERS,
  clock: () => number = Date.now,
): Promise<Analysis> {
  const started = clock();
  const gaps = [...report.gaps];
  const full: AnalysisContext = { ...context, gap: (text) => gaps.push(text) };
  const results = await Promise.all(analysers.map((a) => run(a, report, full, gaps)));
  const judgement = judge(results.flat());
  return { ...judgement, partial: gaps.length > 0, gaps, form: report.form, tookMs: clock() - started };
}

async function run(
  analyser: Analyser,
  report: Report,
  context: AnalysisContext,
  gaps: string[],
): Promise<Signal[]> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ANALYSER_BUDGET_MS);
  });
  try {
    const result = await Promise.race([analyser.analyse(report.reported, context), late]);
    if (result === 'late') {
      gaps.push(`The ${analyser.name} checks took too long and were left out.`);
      return [];
    }
    return result;
  } catch (error) {
    gaps.push(`The ${analyser.name} checks failed: ${(error as Error).message}.`);
    return [];
  } finally {
    clearTimeout(timer);
  }
}
