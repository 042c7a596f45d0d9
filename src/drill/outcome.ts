// What became of one attack request: the rule that tells the edge's own answers from the origin's.
//
// The rule, in order:
//  1. No answer: refused, reset or closed by the peer before a status line → blocked (the accept or read
//     phase cut it; runDrill first checks that the target listens, so a refusal is not a dead target).
//     Timed out, or still open when the drill ended → unanswered.
//  2. 429 → throttled (the demo origin never sends 429).
//  3. 403 whose body holds the verify path '/.well-known/breakwater/verify' → challenged; any other 403 →
//     blocked (the demo origin never sends 403).
//  4. An answer bearing the edge's signature — its HTML pages carry the CSP "default-src 'none';
//     style-src 'unsafe-inline'", its JSON answers are exactly {error: <edge code>, message}, its raw
//     read-phase answers are 400/408/431 with an empty body and `connection: close` — is:
//       503 → shed; 502/504 → reached (the edge forwarded it and the origin failed);
//       400/408/413/431 → blocked (cut in the read phase); anything else → reached.
//  5. Everything else is the origin's answer → reached (2xx/3xx/4xx/5xx alike, origin 503 included).

export const ATTACK_OUTCOMES = [
  'reached',
  'blocked',
  'challenged',
  'throttled',
  'shed',
  'unanswered',
] as const;
export type AttackOutcome = (typeof ATTACK_OUTCOMES)[number];

/** Outcomes that mean the edge stopped the request before the origin. */
export const STOPPED_OUTCOMES: ReadonlySet<AttackOutcome> = new Set([
  'blocked',
  'challenged',
  'throttled',
  'shed',
]);

export const CHALLENGE_MARKER = '/.well-known/breakwater/verify';
const EDGE_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'";
const EDGE_CODES = new Set([
  'bad_request',
  'blocked',
  'request_timeout',
  'payload_too_large',
  'rate_limited',
  'headers_too_large',
  'bad_gateway',
  'overloaded',
  'gateway_timeout',
]);
const READ_PHASE = new Set([400, 408, 413, 431]);

export type AnswerHeaders = Record<string, string | string[] | undefined>;

export interface Answer {
  status: number;
  /** Lower-case names. */
  headers: AnswerHeaders;
  /** The body as text, or '' when it was not read (see bodyNeeded). */
  body: string;
}

/** Statuses whose classification looks at the body; other bodies can be discarded unread. */
export function bodyNeeded(status: number): boolean {
  return status === 403 || status === 503 || status === 502 || status === 504 || READ_PHASE.has(status);
}

function header(headers: AnswerHeaders, name: string): string {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

/** True when the answer was made by the edge itself rather than relayed from the origin. */
export function isEdgeAnswer(answer: Answer): boolean {
  if (header(answer.headers, 'content-security-policy') === EDGE_HTML_CSP) return true;
  const body = answer.body;
  if (body.charCodeAt(0) === 123 /* '{' */ && header(answer.headers, 'content-type').includes('json')) {
    try {
      const parsed = JSON.parse(body) as Record<string, unknown>;
      const keys = Object.keys(parsed);
      return (
        keys.length === 2 &&
        typeof parsed.message === 'string' &&
        typeof parsed.error === 'string' &&
        EDGE_CODES.has(parsed.error)
      );
    } catch {
      return false;
    }
  }
  return (
    body.length === 0 &&
    (answer.status === 400 || answer.status === 408 || answer.status === 431) &&
    header(answer.headers, 'connection').toLowerCase() === 'close'
  );
}

export function classifyAnswer(answer: Answer): AttackOutcome {
  const { status } = answer;
  if (status === 429) return 'throttled';
  if (status === 403) return answer.body.includes(CHALLENGE_MARKER) ? 'challenged' : 'blocked';
  if (!bodyNeeded(status) || !isEdgeAnswer(answer)) return 'reached';
  if (status === 503) return 'shed';
  if (READ_PHASE.has(status)) return 'blocked';
  return 'reached';
}

const CUT_BY_PEER = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'UND_ERR_SOCKET',
  'ERR_HTTP2_GOAWAY_SESSION',
  'ERR_HTTP2_SESSION_ERROR',
  'ERR_HTTP2_STREAM_CANCEL',
  'ERR_HTTP2_INVALID_SESSION',
  'ERR_HTTP2_ERROR',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

/** The outcome of a request that got no answer, from its error (undici, node:net or node:http2). */
export function classifyFailure(error: unknown): AttackOutcome {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (code !== undefined && CUT_BY_PEER.has(code)) return 'blocked';
    current = (current as Error & { cause?: unknown }).cause;
  }
  return 'unanswered';
}
