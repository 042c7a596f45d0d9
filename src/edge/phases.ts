// The journey of one request through the edge, phase by phase, in the order they run. journey.ts runs
// phases 2 to 7 for each request; gateway.ts holds the listeners and the accept phase.
// Each phase has one job and a contract: what it may read, what it may answer, what it records.
//
// 1. accept   (accept.ts)      A TCP connection arrives. Reads: the peer address, the decision table,
//                              per-address and total connection counts. Answers: nothing — a blocked
//                              address or one over its cap is reset before a byte is read. Records:
//                              refused and open connection counts.
// 2. read     (framing.ts, body-guard.ts, h2-guard.ts)
//                              Headers and body arrive under deadlines: header timeout, minimum body rate,
//                              idle keep-alive limit, header size and count limits; strict framing
//                              (smuggling vectors). HTTP/2: concurrent-stream cap and a reset-rate cap
//                              (Rapid Reset). Answers: 400/408/413/431 with the connection closed, or
//                              GOAWAY. Records: malformed and slow-client counts.
// 3. identify (identify.ts)    Who is this: the client address (through trusted proxies), its /24 or /48
//                              prefix, a fingerprint (header order, user-agent family, protocol), and a
//                              verified-client id from a challenge pass. Answers nothing.
// 4. judge    (judge.ts)       One verdict: allow, throttle, challenge, block, or shed when no origin can
//                              take the request. Reads the decision table and the route's policy (an API
//                              route is throttled, never shown an HTML challenge). Answers: 403 block
//                              page, challenge page, 429 or 503 with Retry-After.
// 5. tally    (journey.ts, ../sentinel/tally.ts)
//                              O(1) update of the counters the control plane and the detectors read.
//                              No I/O, no allocation beyond need.
// 6. forward  (forward.ts)     Stream the request to a healthy origin through a pooled client with
//                              timeouts, stream the answer back; hop-by-hop headers removed, forwarding
//                              headers set. Answers 502/504 with a small page when the origin fails.
// 7. record   (forward.ts)     Outcome (status, latency, origin errors) goes back into the tally.

export {};
