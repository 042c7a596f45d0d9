// A small promise-based HTTP/1.1 client on node:http (and node:https) for cross-process tests:
// one request, the whole answer back as status, headers and body bytes.

import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
  /** The body as JSON. */
  json<T = unknown>(): T;
  text(): string;
}

export interface RequestOptions {
  method?: string;
  headers?: http.OutgoingHttpHeaders;
  /** Sent as is; a Readable is piped (chunked unless a content-length header is given). */
  body?: string | Buffer | Readable;
  agent?: http.Agent | false;
  /** For https URLs: trusted CA certificates. */
  ca?: string | Buffer;
  timeoutMs?: number;
}

export function request(url: string, options: RequestOptions = {}): Promise<Reply> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  const send = secure ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: options.agent ?? false,
        ...(secure ? { ca: options.ca } : {}),
        timeout: options.timeoutMs ?? 15_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('error', reject);
        res.once('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            rawHeaders: res.rawHeaders,
            body,
            json: <T>() => JSON.parse(body.toString('utf8')) as T,
            text: () => body.toString('utf8'),
          });
        });
      },
    );
    req.once('error', reject);
    req.once('timeout', () => req.destroy(new Error(`no answer from ${url} in time`)));
    const body = options.body;
    if (body === undefined) req.end();
    else if (typeof body === 'string' || Buffer.isBuffer(body)) req.end(body);
    else body.pipe(req);
  });
}

/** What the demo origin's /echo reports about the request it received. */
export interface Echo {
  method: string;
  url: string;
  httpVersion: string;
  headers: Record<string, string | string[] | undefined>;
  rawHeaders: string[];
  body: string;
  bodyBytes: number;
}
