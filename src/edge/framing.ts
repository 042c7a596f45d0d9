// Phase 2, read: strict request framing beyond what Node's parser already refuses.
// Catches the request-smuggling vectors the parser lets through, before anything is forwarded.

import type { IncomingMessage } from 'node:http';

/** Why a request's framing is refused, or undefined when it is sound. */
export function framingFault(req: IncomingMessage, maxHeaders: number): string | undefined {
  if (req.httpVersionMajor !== 1) return 'unsupported HTTP version';
  const raw = req.rawHeaders;
  if (raw.length > maxHeaders * 2) return 'too many header fields';
  let hosts = 0;
  let transferEncodings = 0;
  let contentLengths = 0;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    // Compare lengths first so that most names cost one integer check.
    if (name.length === 4 && name.toLowerCase() === 'host') hosts++;
    else if (name.length === 17 && name.toLowerCase() === 'transfer-encoding') transferEncodings++;
    else if (name.length === 14 && name.toLowerCase() === 'content-length') contentLengths++;
  }
  if (hosts > 1) return 'more than one Host header';
  if (contentLengths > 1) return 'more than one Content-Length header';
  if (transferEncodings > 0) {
    if (req.httpVersionMinor === 0) return 'Transfer-Encoding in an HTTP/1.0 request';
    if (transferEncodings > 1 || contentLengths > 0) return 'conflicting message lengths';
    const te = req.headers['transfer-encoding'];
    if (te === undefined || te.trim().toLowerCase() !== 'chunked')
      return 'Transfer-Encoding other than chunked';
  }
  return undefined;
}

/** The status to answer a parser error code from Node's `clientError` event with. */
export function clientErrorStatus(code: string | undefined): 400 | 408 | 431 {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return 431;
    case 'ERR_HTTP_REQUEST_TIMEOUT':
    case 'HPE_HEADERS_TIMEOUT':
      return 408;
    default:
      return 400;
  }
}
