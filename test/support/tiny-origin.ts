// A tiny HTTP origin on loopback for tests that need answers the demo origin does not give
// (odd response headers, an identity per origin); it can stop and come back on the same port.

import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import net, { type AddressInfo } from 'node:net';

export interface TinyOrigin {
  url: string;
  port: number;
  /** Requests answered since start, health checks included. */
  readonly requests: number;
  /** Stops listening and drops every connection. */
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Starts an origin on 127.0.0.1 (`port` 0 picks a free one). */
export async function startTinyOrigin(handler: Handler, port = 0): Promise<TinyOrigin> {
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** An origin that names itself in every answer: `{"id": id}`, any method, any path. */
export function identityOrigin(id: string, port = 0): Promise<TinyOrigin> {
  return startTinyOrigin((req, res) => {
    req.resume();
    req.once('end', () => {
      const body = JSON.stringify({ id, method: req.method, url: req.url });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  }, port);
}

/** A loopback port with nothing listening on it (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
