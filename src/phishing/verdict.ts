// The verdict of a report from its signals: phishing, suspicious, spam or clean, with a score from 0 to
// 100 (the phishing signals' weights added up, capped) and the reasons, strongest first.
import type { Signal } from './analysers/index.js';

export const VERDICTS = ['phishing', 'suspicious', 'spam', 'clean'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Scores at or above these are phishing, and suspicious. */
export const PHISHING_SCORE = 60;
export const SUSPICIOUS_SCORE = 35;
/** Weight of spam signals from which a report that is not suspicious is spam. */
const SPAM_SCORE = 25;

export interface Judgement {
  verdict: Verdict;
  score: number;
  /** The signals, strongest first. */
  reasons: Signal[];
}

export function judge(signals: readonly Signal[]): Judgement {
  const reasons = [...signals].sort((a, b) => b.weight - a.weight);
  const sum = (towards: Signal['towards']) =>
    reasons.filter((s) => s.towards === towards).reduce((total, s) => total + s.weight, 0);
  const score = Math.min(100, sum('phishing'));
  const verdict: Verdict =
    score >= PHISHING_SCORE
      ? 'phishing'
      : score >= SUSPICIOUS_SCORE
        ? 'suspicious'
        : sum('spam') >= SPAM_SCORE
          ? 'spam'
          : 'clean';
  return { verdict, score, reasons };
}

/** The worse of two verdicts. */
export function worseVerdict(a: Verdict, b: Verdict): Verdict {
  return VERDICTS.indexOf(a) <= VERDICTS.indexOf(b) ? a : b;
}
