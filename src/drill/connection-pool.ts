// An undici Pool to the drill's target from one source address: keep-alive HTTP/1.1 connections,
// bound to that address, with TLS certificates unchecked (the target is this machine).

import { Pool } from 'undici';
import type { DrillTarget } from './target.js';

/** Time for a response head, and between body chunks, before a request counts as unanswered. */
export const ANSWER_TIMEOUT_MS = 10_000;
const CONNECT_TIMEOUT_MS = 5_000;

export function openPool(target: DrillTarget, localAddress: string | undefined, connections: number): Pool {
  return new Pool(target.connectOrigin, {
    connections,
    pipelining: 1,
    headersTimeout: ANSWER_TIMEOUT_MS,
    bodyTimeout: ANSWER_TIMEOUT_MS,
    ...(localAddress === undefined ? {} : { localAddress }),
    connect: {
      timeout: CONNECT_TIMEOUT_MS,
      ...(target.tls ? { rejectUnauthorized: false, servername: target.servername } : {}),
    },
  });
}
