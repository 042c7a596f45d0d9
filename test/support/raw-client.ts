// Raw TCP client for hostile-input tests: writes exact bytes (optionally trickled), collects the answer
// until the server closes or a deadline passes, and reports the status lines and how the socket ended.

import net from 'node:net';

export interface RawTarget {
  host: string;
  port: number;
}

export interface RawOptions {
  /** Give up (and destroy the socket) after this long. Default 2000 ms. */
  timeoutMs?: number;
  /** Write each piece of the payload this long after the previous one (trickling). Default 0. */
  gapMs?: number;
  /** Source address to bind, such as 127.0.0.2. */
  localAddress?: string;
  /** Stop waiting once this many complete responses have been read. */
  stopAfterResponses?: number;
  /** Half-close (send FIN) after the last piece, as a client that has nothing more to say. */
  halfClose?: boolean;
}

export interface RawResponse {
  status: number;
  statusLine: string;
  headers: Record<string, string>;
  body: Buffer;
  /** The whole response arrived (by its length, its last chunk, or the close that ends it). */
  complete: boolean;
}

export interface RawAnswer {
  /** Everything the server sent. */
  bytes: Buffer;
  /** Status of the first response, if any arrived. */
  status: number | undefined;
  statusLine: string | undefined;
  /** The responses parsed from `bytes` in order (a response cut short is still listed by its head). */
  responses: RawResponse[];
  /** The server ended or reset the connection before the deadline. */
  closed: boolean;
  /** The connection ended with an error such as ECONNRESET (implies closed). */
  reset: boolean;
  /** The deadline passed with the connection still open. */
  timedOut: boolean;
  /** Pieces of the payload actually written before the socket went away. */
  piecesWritten: number;
  elapsedMs: number;
}

export function targetOf(url: string): RawTarget {
  const u = new URL(url);
  return { host: u.hostname.replace(/^\[|\]$/g, ''), port: Number(u.port) };
}

const CRLFCRLF = Buffer.from('\r\n\r\n');

/** Parses as many HTTP/1.x responses as `bytes` holds; a response whose body is cut short is kept. */
export function parseResponses(bytes: Buffer): RawResponse[] {
  const out: RawResponse[] = [];
  let at = 0;
  while (at < bytes.length) {
    const headEnd = bytes.indexOf(CRLFCRLF, at);
    if (headEnd < 0) {
      const line = bytes.subarray(at).toString('latin1').split('\r\n')[0];
      const m = /^HTTP\/\d\.\d (\d{3})/.exec(line);
      if (m)
        out.push({
          status: Number(m[1]),
          statusLine: line,
          headers: {},
          body: Buffer.alloc(0),
          complete: false,
        });
      break;
    }
    const lines = bytes.subarray(at, headEnd).toString('latin1').split('\r\n');
    const m = /^HTTP\/\d\.\d (\d{3})/.exec(lines[0]);
    if (!m) break;
    const headers: Record<string, string> = {};
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    let bodyStart = headEnd + 4;
    let body: Buffer;
    let complete = true;
    const status = Number(m[1]);
    if (status < 200 && status !== 101) {
      out.push({ status, statusLine: lines[0], headers, body: Buffer.alloc(0), complete });
      at = bodyStart;
      continue;
    }
    if (headers['transfer-encoding']?.toLowerCase() === 'chunked') {
      const parts: Buffer[] = [];
      for (;;) {
        const lineEnd = bytes.indexOf('\r\n', bodyStart);
        const size = Number.parseInt(bytes.subarray(bodyStart, lineEnd).toString('latin1'), 16);
        if (lineEnd < 0 || !Number.isFinite(size)) {
          bodyStart = bytes.length;
          complete = false;
          break;
        }
        const dataStart = lineEnd + 2;
        parts.push(bytes.subarray(dataStart, Math.min(bytes.length, dataStart + size)));
        bodyStart = dataStart + size + 2;
        if (size === 0) break;
        if (bodyStart > bytes.length) {
          complete = false;
          break;
        }
      }
      body = Buffer.concat(parts);
    } else if (headers['content-length'] !== undefined) {
      const length = Number(headers['content-length']);
      body = bytes.subarray(bodyStart, bodyStart + length);
      complete = body.length === length;
      bodyStart += length;
    } else {
      body = bytes.subarray(bodyStart); // read until close
      bodyStart = bytes.length;
    }
    out.push({ status, statusLine: lines[0], headers, body, complete });
    at = bodyStart;
  }
  return out;
}

/**
 * Sends `payload` on a fresh connection and collects the answer. A string is sent as latin1 so every
 * byte value 0-255 can be written exactly. An array is written piece by piece, `gapMs` apart.
 */
export function sendRaw(
  target: RawTarget,
  payload: string | Buffer | readonly (string | Buffer)[],
  options: RawOptions = {},
): Promise<RawAnswer> {
  const timeoutMs = options.timeoutMs ?? 2000;
  const gapMs = options.gapMs ?? 0;
  const pieces = (Array.isArray(payload) ? payload : [payload]).map((p: string | Buffer) =>
    typeof p === 'string' ? Buffer.from(p, 'latin1') : p,
  );
  const startedAt = performance.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let closed = false;
    let reset = false;
    let timedOut = false;
    let piecesWritten = 0;
    let settled = false;
    let gapTimer: NodeJS.Timeout | undefined;
    const socket = net.connect({
      host: target.host,
      port: target.port,
      localAddress: options.localAddress,
      noDelay: true,
    });
    const deadline = setTimeout(() => {
      timedOut = true;
      finish();
    }, timeoutMs);
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearTimeout(gapTimer);
      socket.destroy();
      const bytes = Buffer.concat(chunks);
      const responses = parseResponses(bytes);
      resolve({
        bytes,
        status: responses[0]?.status,
        statusLine: responses[0]?.statusLine,
        responses,
        closed,
        reset,
        timedOut,
        piecesWritten,
        elapsedMs: performance.now() - startedAt,
      });
    };
    const writeNext = () => {
      if (settled || socket.destroyed || !socket.writable) return;
      const piece = pieces[piecesWritten];
      if (piece === undefined) return;
      piecesWritten++;
      socket.write(piece);
      if (piecesWritten < pieces.length) {
        if (gapMs > 0) gapTimer = setTimeout(writeNext, gapMs);
        else writeNext();
      } else if (options.halfClose) socket.end();
    };
    socket.once('connect', writeNext);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (
        options.stopAfterResponses !== undefined &&
        parseResponses(Buffer.concat(chunks)).filter((r) => r.status >= 200 && r.complete).length >=
          options.stopAfterResponses
      )
        finish();
    });
    socket.on('end', () => {
      closed = true;
      finish();
    });
    socket.on('error', () => {
      closed = true;
      reset = true;
      finish();
    });
    socket.on('close', () => {
      closed = true;
      finish();
    });
  });
}

/** Runs `tasks` with at most `limit` in flight; results in input order. */
export async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
