// A tiny loopback origin that records every request it receives (head, body, whether the body ended)
// and every raw byte that reaches it, so tests can prove what the gateway did or did not forward.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** The body ended normally (the whole request reached the origin). */
  complete: boolean;
}

export interface RecordingOrigin {
  url: string;
  /** Requests other than the gateway's own health checks, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Health-check requests seen (they are not in `requests`). */
  readonly healthChecks: number;
  /** Every byte any connection delivered to the origin, health checks included. */
  rawBytes(): Buffer;
  /** Requests whose URL, headers or body contain `marker`. */
  matching(marker: string): RecordedRequest[];
  close(): Promise<void>;
}

export const HEALTH_PATH = '/__origin-health';

export async function startRecordingOrigin(): Promise<RecordingOrigin> {
  const requests: RecordedRequest[] = [];
  const raw: Buffer[] = [];
  let healthChecks = 0;
  const server = http.createServer((req, res) => {
    if (req.url === HEALTH_PATH) {
      healthChecks++;
      req.resume();
      res.end('ok');
      return;
    }
    const entry: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.alloc(0),
      complete: false,
    };
    requests.push(entry);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      entry.body = Buffer.concat(chunks);
    });
    req.on('end', () => {
      entry.complete = true;
      res.setHeader('content-type', 'text/plain');
      res.end(`origin saw ${entry.method} ${entry.url}`);
    });
    req.on('error', () => {});
  });
  server.on('connection', (socket) => {
    socket.on('data', (chunk: Buffer) => raw.push(chunk));
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get healthChecks() {
      return healthChecks;
    },
    rawBytes: () => Buffer.concat(raw),
    matching(marker) {
      return requests.filter(
        (r) =>
          r.url.includes(marker) ||
          r.body.toString('latin1').includes(marker) ||
          JSON.stringify(r.headers).includes(marker),
      );
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
