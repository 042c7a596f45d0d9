// Phase 4, judge: one verdict for the request (judge.ts), and the origin an allowed request goes to.

import type { Exchange, Step } from '../exchange.js';
import { tableVersion } from './rejudge.js';

/**
 * Phase 4, judge. Sets the verdict: allow, throttle, challenge or block from the decision table, the
 * route's policy, the client's challenge pass and admission under origin distress; shed when admission
 * turns the request away or no origin can take it. A challenge's answer is judged for a block alone (a
 * challenged or throttled client must be able to answer). Sets the origin of an allowed request.
 * Answers nothing: the verdict is recorded (tally) before it is answered (refuse). Notes the decision
 * table's version, so that a request still waiting for its origin when the table changes is judged again
 * (rejudge.ts).
 */
export function judge(x: Exchange): Step {
  const { parts } = x;
  const client = x.client.client;
  x.judgedAt = tableVersion(parts.judge.table);
  const j = x.challengeAnswer ? parts.judge.judgeAnswer(client) : parts.judge.judge(client);
  x.judgement = j;
  x.verdict = j.verdict;
  if (j.verdict === 'allow' && !x.challengeAnswer) {
    x.origin = parts.origins.pick();
    if (x.origin === undefined) x.verdict = 'shed';
  }
  return 'continue';
}
