// The JSON API under /api: list, read, search and post messages, and the health check. The API
// needs no session, so load tools and drills can call it directly.
import { MIB, readBody } from './body.js';
import type { Exchange } from './exchange.js';
import { findMessage, listPage, MAX_QUERY_LENGTH, parsePage, search } from './mailbox.js';
import { sendJson } from './reply.js';

export const API_BODY_LIMIT = MIB;

/** GET /api/messages?page=N */
export function listMessages(x: Exchange): void {
  const page = parsePage(x.query.get('page'));
  if (page === undefined) {
    sendJson(x.res, 400, { error: 'page must be a whole number >= 1' });
    return;
  }
  sendJson(x.res, 200, listPage(page));
}

/** GET /api/messages/:id */
export function readMessage(x: Exchange): void {
  const found = findMessage(Number(x.params['id']));
  if (!found) {
    sendJson(x.res, 404, { error: `no message with id ${x.params['id']}` });
    return;
  }
  sendJson(x.res, 200, found);
}

/** GET /api/search?q=… */
export function searchMessages(x: Exchange): void {
  const q = (x.query.get('q') ?? '').trim();
  if (q.length > MAX_QUERY_LENGTH) {
    sendJson(x.res, 400, { error: `q must be at most ${MAX_QUERY_LENGTH} characters` });
    return;
  }
  const results = search(q);
  sendJson(x.res, 200, { q, total: results.length, results });
}

/** POST /api/messages: a JSON object (≤ 1 MiB), echoed back with a new id; nothing is stored. */
export async function postMessage(x: Exchange): Promise<void> {
  const raw = await readBody(x.req, API_BODY_LIMIT);
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch (err) {
    return sendJson(x.res, 400, { error: `body is not valid JSON: ${(err as Error).message}` });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return sendJson(x.res, 400, { error: 'body must be a JSON object' });
  }
  const id = x.origin.nextMessageId();
  sendJson(x.res, 201, { ...value, id });
}

/** GET /api/health: cheap, unmetered, answers even when the origin is saturated. */
export function health(x: Exchange): void {
  sendJson(x.res, 200, { status: 'ok', inFlight: x.origin.inFlight(), queued: x.origin.queued() });
}

/** Any other path under /api. */
export function apiNotFound(x: Exchange): void {
  sendJson(x.res, 404, { error: `no API route ${x.req.method} ${x.path}` });
}
