// GET /.well-known/demo-origin/stats: the origin's own counters as JSON (DemoOriginStats, requests by
// source range included), for a benchmark that reads them from the origin's port. Only a direct request
// gets them: one that came through a proxy (it carries X-Forwarded-For or Forwarded) gets a plain 404,
// so the counters never leak to clients of the proxy in front.
import type { Exchange } from './exchange.js';
import { notFound } from './pages.js';
import { sendJson } from './reply.js';

export const ORIGIN_STATS_PATH = '/.well-known/demo-origin/stats';

export function originStats(x: Exchange): void {
  const { headers } = x.req;
  if (headers['x-forwarded-for'] !== undefined || headers.forwarded !== undefined) {
    notFound(x);
    return;
  }
  sendJson(x.res, 200, x.origin.stats());
}
