// The drain's bookkeeping of HTTP/1 answers in flight: the answer being written when the drain begins is
// finished (saying Connection: close), an idle connection is closed at once, and a connection with
// requests pipelined behind a slow one is closed once its answers are done, not held to the deadline.

import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionDrain } from './drain.js';

let server: http.Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A server whose answers each take `ms`, with the drain listening to its requests. */
async function slowServer(drain: ConnectionDrain, ms: number) {
  const sockets = new Set<Socket>();
  let arrived = 0;
  server = http.createServer((req, res) => {
    arrived++;
    setTimeout(() => res.end(`answer to ${req.url}`), ms);
  });
  server.on('request', drain.request);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, sockets, arrived: () => arrived };
}

describe('ConnectionDrain', () => {
  it('finishes the answer in flight, then closes its connection; pipelined requests do not hold it', async () => {
    const drain = new ConnectionDrain();
    const { port, sockets, arrived } = await slowServer(drain, 150);
    const client = net.connect(port, '127.0.0.1');
    let received = '';
    client.on('data', (chunk) => {
      received += chunk;
    });
    const closed = new Promise((resolve) => client.once('close', resolve));
    client.write('GET /one HTTP/1.1\r\nHost: a\r\n\r\nGET /two HTTP/1.1\r\nHost: a\r\n\r\n');
    while (arrived() === 0) await new Promise((resolve) => setTimeout(resolve, 5));

    const outcome = await drain.drain({
      deadlineMs: 3_000,
      http1: () => sockets,
      sessions: [],
      open: () => sockets.size,
      cut: () => sockets.size,
    });
    await closed;

    expect(received).toContain('answer to /one');
    expect(received.toLowerCase()).toContain('connection: close');
    expect(outcome.inFlight).toBeGreaterThanOrEqual(1);
    expect(outcome.cut).toBe(0);
    expect(outcome.ms).toBeLessThan(2_000);
  });

  it('closes an idle keep-alive connection at once', async () => {
    const drain = new ConnectionDrain();
    const { port, sockets } = await slowServer(drain, 0);
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve) =>
      http.get({ port, host: '127.0.0.1', path: '/', agent }, (res) => res.resume().on('end', resolve)),
    );
    const outcome = await drain.drain({
      deadlineMs: 5_000,
      http1: () => sockets,
      sessions: [],
      open: () => sockets.size,
      cut: () => sockets.size,
    });
    agent.destroy();
    expect(outcome).toMatchObject({ inFlight: 0, cut: 0 });
    expect(outcome.ms).toBeLessThan(1_000);
  });
});
