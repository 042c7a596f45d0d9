// HTTP clients for cross-process tests: requests from a chosen loopback source address with an exact
// header list (so a request's fingerprint is known), raw connection probes, and a small cookie jar.

import http, { type IncomingHttpHeaders } from 'node:http';
import net from 'node:net';

export interface SendOptions {
  method?: string;
  /** Headers in the order they go on the wire; host first and connection last are added when missing. */
  headers?: ReadonlyArray<readonly [string, string]>;
  body?: string | Buffer;
  /** Source address of the connection, e.g. '127.0.0.9'. */
  localAddress?: string;
  /** Reuse connections through this agent (keep-alive); without one each request has its own connection. */
  agent?: http.Agent;
  timeoutMs?: number;
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The header pairs exactly as sent, in order. */
  sent: Array<[string, string]>;
  /** True when the request went over a connection an earlier request had used. */
  reusedSocket: boolean;
}

/** The header list a request goes out with: host first, the given ones, content-length, connection last. */
export function wireHeaders(
  url: URL,
  headers: ReadonlyArray<readonly [string, string]>,
  body: string | Buffer | undefined,
  keepAlive: boolean,
): Array<[string, string]> {
  const has = (name: string) => headers.some(([n]) => n.toLowerCase() === name);
  const sent: Array<[string, string]> = [];
  if (!has('host')) sent.push(['host', url.host]);
  for (const [name, value] of headers) sent.push([name, value]);
  if (body !== undefined && !has('content-length'))
    sent.push(['content-length', String(Buffer.byteLength(body))]);
  if (!has('connection')) sent.push(['connection', keepAlive ? 'keep-alive' : 'close']);
  return sent;
}

/** Sends one HTTP/1.1 request to `base` + `path` and reads the whole answer. */
export function send(base: string, path: string, options: SendOptions = {}): Promise<Answer> {
  const url = new URL(path, base);
  const sent = wireHeaders(url, options.headers ?? [], options.body, options.agent !== undefined);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: options.method ?? 'GET',
        headers: sent.flat(),
        setHost: false,
        localAddress: options.localAddress,
        agent: options.agent ?? false,
        timeout: options.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            sent,
            reusedSocket: req.reusedSocket,
          }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer to ${req.method} ${path} in time`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

export interface ConnectionOutcome {
  /** Every byte the server sent before the connection ended. */
  received: Buffer;
  /** The socket error that ended it (ECONNRESET for a reset), if any. */
  errorCode: string | undefined;
  /** False when the connection was still open after `waitMs` (the probe then closes it). */
  closedByServer: boolean;
}

/**
 * Opens a TCP connection from `localAddress`, writes a complete GET request and collects what comes
 * back until the server closes or resets the connection, or `waitMs` passes.
 */
export function probeConnection(
  base: string,
  localAddress: string,
  waitMs = 2_000,
): Promise<ConnectionOutcome> {
  const url = new URL(base);
  return new Promise((resolve) => {
    const received: Buffer[] = [];
    let errorCode: string | undefined;
    let settled = false;
    const socket = net.connect({ host: url.hostname, port: Number(url.port), localAddress });
    const finish = (closedByServer: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ received: Buffer.concat(received), errorCode, closedByServer });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('connect', () => {
      socket.write(
        `GET /login HTTP/1.1\r\nhost: ${url.host}\r\naccept: text/html\r\nconnection: close\r\n\r\n`,
      );
    });
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      errorCode = error.code;
    });
    socket.on('close', () => finish(true));
  });
}

/** Resolves once `socket`-level keep-alive connections of the agent have all closed, or after `waitMs`. */
export async function agentSocketsClosed(agent: http.Agent, waitMs = 2_000): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  const open = () =>
    Object.values(agent.sockets).some((list) => (list?.length ?? 0) > 0) ||
    Object.values(agent.freeSockets).some((list) => (list?.length ?? 0) > 0);
  while (open()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

/** A minimal cookie jar: name=value pairs from Set-Cookie, sent back as one Cookie header. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Stores the cookies an answer sets; returns the names set. */
  take(headers: IncomingHttpHeaders): string[] {
    const names: string[] = [];
    for (const line of headers['set-cookie'] ?? []) {
      const pair = line.split(';', 1)[0];
      const at = pair.indexOf('=');
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      this.cookies.set(name, pair.slice(at + 1).trim());
      names.push(name);
    }
    return names;
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** The Cookie header pair to send, or none when the jar is empty. */
  header(): Array<[string, string]> {
    if (this.cookies.size === 0) return [];
    return [['cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')]];
  }
}

/** Polls `check` every `everyMs` until it returns true or `withinMs` passes; returns its last result. */
export async function eventually(
  check: () => Promise<boolean>,
  withinMs: number,
  everyMs = 100,
): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
