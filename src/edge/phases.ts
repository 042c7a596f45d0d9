// The journey of one request through the edge, as the ordered lists of phases journey.ts runs. Each phase
// takes the exchange (exchange.ts) and answers the client or lets it go on; its contract — what it reads,
// what it may answer, what it records — is its doc comment, in phase/<name>.ts.
//
// Before any request: 1. accept (accept.ts, run by gateway.ts for each TCP connection) — a blocked
// address or one over its connection cap is reset before a byte is read. Node's parser and h2-guard.ts
// then hold the head to its deadline, size and count limits, and an HTTP/2 session to its stream and
// reset caps; what they refuse never becomes a request (journey.ts answers their errors).

import type { Phase } from './exchange.js';
import { access } from './phase/access.js';
import { body } from './phase/body.js';
import { answerChallenge } from './phase/challenge-answer.js';
import { forward } from './phase/forward.js';
import { identify } from './phase/identify.js';
import { judge } from './phase/judge.js';
import { read } from './phase/read.js';
import { refuse } from './phase/refuse.js';
import { tally } from './phase/tally.js';
import { upgrade } from './phase/upgrade.js';
import { witness } from './phase/witness.js';

/** An HTTP/1.1 or HTTP/2 request. */
export const REQUEST_PHASES: readonly Phase[] = [
  read, // 2. framing checks (HTTP/1)
  identify, // 3. who sent it
  access, // 3b. chosen, or not, for the access log
  judge, // 4. one verdict, and the origin
  tally, // 5. the verdict counted and recorded for the sentinel
  witness, // 5b. a refused request remembered for evidence
  refuse, // 6. the answer to any verdict but allow
  answerChallenge, // 7. a challenge's answer verified, never forwarded
  body, // 8. the body under its size and rate limits
  forward, // 9–10. to the origin and back, the outcome recorded
];

/** An HTTP/1.1 upgrade (WebSocket): the same phases up to the verdict, then the sockets spliced. */
export const UPGRADE_PHASES: readonly Phase[] = [read, identify, judge, tally, witness, refuse, upgrade];

/**
 * A request head a proxy in front asks about (verdict-endpoint.ts): who, one verdict, counted and
 * remembered as inline; the proxy gives the answer and forwards.
 */
export const VERDICT_PHASES: readonly Phase[] = [identify, judge, tally, witness];
