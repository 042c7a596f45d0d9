// Routes for testing a proxy in front of the origin: echo a request back, stream a chunked answer,
// answer a chosen status, answer late.
import { MIB, readBody } from './body.js';
import type { Exchange } from './exchange.js';
import { sendJson, sendText } from './reply.js';

const ECHO_BODY_LIMIT = 16 * MIB;
const MAX_SLOW_MS = 30_000;

/** ANY /echo: the request as received — method, target, headers (both forms), body. */
export async function echo(x: Exchange): Promise<void> {
  const body = await readBody(x.req, ECHO_BODY_LIMIT);
  sendJson(x.res, 200, {
    method: x.req.method,
    url: x.req.url,
    httpVersion: x.req.httpVersion,
    headers: x.req.headers,
    rawHeaders: x.req.rawHeaders,
    body: body.toString('utf8'),
    bodyBytes: body.length,
  });
}

/** GET /stream?chunks=N&delayMs=D: N lines (1–1000, default 5), one every D ms (0–10000, default 100). */
export function stream(x: Exchange): void {
  const chunks = whole(x.query.get('chunks'), 5, 1, 1000);
  const delayMs = whole(x.query.get('delayMs'), 100, 0, 10_000);
  if (chunks === undefined || delayMs === undefined) {
    sendText(x.res, 400, 'chunks must be 1-1000 and delayMs 0-10000\n');
    return;
  }
  const { res } = x;
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.flushHeaders();
  let sent = 0;
  let timer: NodeJS.Timeout | undefined;
  const tick = (): void => {
    res.write(`chunk ${sent} of ${chunks}\n`);
    sent++;
    if (sent >= chunks) res.end();
    else timer = setTimeout(tick, delayMs);
  };
  res.once('close', () => clearTimeout(timer));
  tick();
}

/** GET /status/:code: answers that status (200–599). */
export function status(x: Exchange): void {
  const code = whole(x.params['code'], undefined, 200, 599);
  if (code === undefined) {
    sendText(x.res, 400, 'status must be a whole number from 200 to 599\n');
    return;
  }
  if (code === 204 || code === 304) {
    x.res.writeHead(code);
    x.res.end();
    return;
  }
  sendText(x.res, code, `status ${code}\n`, code === 503 || code === 429 ? { 'retry-after': '1' } : {});
}

/** GET /slow?ms=N: waits N ms (default 1000, at most 30 000) while holding its slot, then answers. */
export function slow(x: Exchange): void {
  const ms = whole(x.query.get('ms'), 1000, 0, Number.MAX_SAFE_INTEGER);
  if (ms === undefined) {
    sendJson(x.res, 400, { error: 'ms must be a whole number >= 0' });
    return;
  }
  const sleptMs = Math.min(ms, MAX_SLOW_MS);
  const timer = setTimeout(() => sendJson(x.res, 200, { sleptMs }), sleptMs);
  x.res.once('close', () => clearTimeout(timer));
}

/** A whole number in [min, max] from a query value; `fallback` when absent, undefined when invalid. */
function whole(raw: string | null | undefined, fallback: number | undefined, min: number, max: number) {
  if (raw === null || raw === undefined || raw === '') return fallback;
  if (!/^\d{1,16}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}
