// Before a drill: is anything listening at the target? On loopback a refused connection means nothing
// is, and a drill against nothing would report every request as refused, that is, as stopped.

import net from 'node:net';
import type { DrillTarget } from './target.js';

/** Nothing accepts connections at the target. The CLI exits with code 1. */
export class TargetUnreachable extends Error {
  readonly exitCode = 1;
}

const CONNECT_TIMEOUT_MS = 3_000;

export function checkReachable(target: DrillTarget): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: target.address, port: target.port });
    const fail = (reason: string) => {
      socket.destroy();
      reject(
        new TargetUnreachable(
          `nothing accepts connections at ${target.url.host} (${target.address}): ${reason}`,
        ),
      );
    };
    socket.setTimeout(CONNECT_TIMEOUT_MS, () => fail('no answer to the connection'));
    socket.once('error', (error) => fail(error.message));
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
  });
}
