// Loopback ports for the processes a benchmark starts: a free one to listen on, and waiting until one answers.
import net from 'node:net';
import type { Child } from './processes.js';

export const LOOPBACK = '127.0.0.1';

/** A port nothing listens on right now (the kernel's pick). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: LOOPBACK, port });
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Resolves once `port` accepts connections; fails with the child's output if it exits or takes too long. */
export async function waitForPort(port: number, child: Child, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child.hasExited)
      throw new Error(`bench: ${child.name} exited before listening on ${port}:\n${child.tail()}`);
    if (await connects(port)) return;
    if (Date.now() > until) {
      throw new Error(
        `bench: ${child.name} did not listen on ${port} within ${timeoutMs} ms:\n${child.tail()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
