// Reads the start of an HTTP/1.1 answer captured from a raw socket: status, headers and as much of
// the body as arrived (chunked framing removed), for outcome.ts to classify.

import type { Answer, AnswerHeaders } from './outcome.js';

/** The answer in `bytes`, or undefined when they hold no complete status line and head. */
export function parseRawAnswer(bytes: Buffer): Answer | undefined {
  const text = bytes.toString('latin1');
  const headEnd = text.indexOf('\r\n\r\n');
  if (headEnd < 0) return undefined;
  const lines = text.slice(0, headEnd).split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0]);
  if (!status) return undefined;
  const headers: AnswerHeaders = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const prior = headers[name];
    headers[name] = prior === undefined ? value : `${prior}, ${value}`;
  }
  // latin1 maps one byte to one character, so string offsets are byte offsets
  let body = bytes.subarray(headEnd + 4);
  if (String(headers['transfer-encoding'] ?? '').toLowerCase() === 'chunked') body = dechunk(body);
  return { status: Number(status[1]), headers, body: body.toString('utf8') };
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at, 'latin1');
    if (lineEnd < 0) break;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!(size > 0)) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
