// The small answers the edge gives on its own: block, throttle, shed, origin failure, bad request.
// HTML for browser routes, JSON for API routes; never anything internal.

import type { RouteKind } from './route-policy.js';

export interface EdgeAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  403: 'Access denied',
  408: 'Request timeout',
  413: 'Request too large',
  429: 'Too many requests',
  431: 'Request headers too large',
  502: 'Service unavailable',
  503: 'Service busy',
  504: 'Service timed out',
};

const CODES: Record<number, string> = {
  400: 'bad_request',
  403: 'blocked',
  408: 'request_timeout',
  413: 'payload_too_large',
  429: 'rate_limited',
  431: 'headers_too_large',
  502: 'bad_gateway',
  503: 'overloaded',
  504: 'gateway_timeout',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function edgeAnswer(
  status: number,
  message: string,
  kind: RouteKind,
  retryAfterSeconds?: number,
): EdgeAnswer {
  const title = TITLES[status] ?? 'Error';
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (retryAfterSeconds !== undefined)
    headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfterSeconds)));
  if (kind === 'api') {
    headers['content-type'] = 'application/json';
    return { status, headers, body: JSON.stringify({ error: CODES[status] ?? 'error', message }) };
  }
  headers['content-type'] = 'text/html; charset=utf-8';
  headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'";
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${status} ${title}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1d2330}h1{font-size:1.4rem}</style></head><body><main><h1>${title}</h1><p>${escapeHtml(message)}</p></main></body></html>`;
  return { status, headers, body };
}
