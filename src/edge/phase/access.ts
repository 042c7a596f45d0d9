// Phase 3b, access: the request chosen (or not) for the access log (../access-log.ts).

import type { Exchange, Step } from '../exchange.js';

/**
 * Phase 3b, access. Only with an access log: asks it whether this request's line is written (the first
 * ones each second, then a sample), and for those only, writes the line when the answer has gone, with
 * its status, size and the verdict. O(1) and nothing allocated for the requests not written. Answers
 * nothing.
 */
export function access(x: Exchange): Step {
  const log = x.parts.accessLog;
  const { res } = x;
  if (log === undefined || res === undefined) return 'continue';
  const sampling = log.choose();
  if (sampling === 0) return 'continue';
  res.once('finish', () => {
    const who = x.client;
    const length = res.getHeader('content-length');
    log.write(
      {
        address: who.client.address,
        method: x.method,
        target: who.path,
        httpVersion: x.req.httpVersion,
        status: res.statusCode,
        bytes: length === undefined ? undefined : Number(length),
        referer: x.req.headers.referer,
        userAgent: who.client.userAgent,
        verdict: x.verdict,
      },
      sampling,
    );
  });
  return 'continue';
}
