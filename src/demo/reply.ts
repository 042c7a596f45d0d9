// Writing the demo origin's answers: HTML, JSON and text with the right content types and the
// headers every page carries.
import type { ServerResponse } from 'node:http';

const PAGE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
};

export type Headers = Record<string, string | string[]>;

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Headers = {}): void {
  send(res, status, 'text/html; charset=utf-8', html, {
    ...PAGE_HEADERS,
    'cache-control': 'no-store',
    ...headers,
  });
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Headers = {}): void {
  send(res, status, 'application/json', JSON.stringify(value), {
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...headers,
  });
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Headers = {}): void {
  send(res, status, 'text/plain; charset=utf-8', text, { 'x-content-type-options': 'nosniff', ...headers });
}

export function redirect(res: ServerResponse, location: string, headers: Headers = {}): void {
  res.writeHead(303, { location, 'cache-control': 'no-store', 'content-length': '0', ...headers });
  res.end();
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Headers): void {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, { 'content-type': type, 'content-length': String(bytes.length), ...headers });
  res.end(bytes);
}
