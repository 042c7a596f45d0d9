// Runs each request through its phases (phases.ts) and answers what the listeners' parsers refuse. The
// listeners in gateway.ts hand HTTP/1.1 and HTTP/2 requests, upgrades and parser errors here.

import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { canonicalAddress, clientPrefix } from '../net/ip.js';
import { give, rawAnswer, refusal } from './answer.js';
import { edgeAnswer } from './error-page.js';
import {
  type EdgeParts,
  type EdgeRequest,
  type EdgeResponse,
  Exchange,
  type Phase,
  type Step,
} from './exchange.js';
import { clientErrorStatus } from './framing.js';
import { REQUEST_PHASES, UPGRADE_PHASES } from './phases.js';

export interface Journey {
  onRequest(req: EdgeRequest, res: EdgeResponse): void;
  onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  onClientError(error: NodeJS.ErrnoException, socket: Duplex): void;
  /** The parts the phases use, for the verdict endpoint's phases. */
  parts: EdgeParts;
}

/** Runs the phases from the i-th until one answers or finishes the exchange. */
function run(x: Exchange, phases: readonly Phase[], i: number): void {
  try {
    for (; i < phases.length; i++) {
      const step = phases[i](x);
      if (step === 'continue') continue;
      if (step instanceof Promise) {
        const next = i + 1;
        step.then(
          (s) => (s === 'continue' ? run(x, phases, next) : end(x, s)),
          (error: Error) => fail(x, error),
        );
        return;
      }
      end(x, step);
      return;
    }
  } catch (error) {
    fail(x, error as Error);
  }
}

function end(x: Exchange, step: Exclude<Step, 'continue'>): void {
  if (step !== 'done') give(x, step);
}

function fail(x: Exchange, error: Error): void {
  x.parts.log.error('request failed inside the edge', { error: error.message });
  give(x, refusal(edgeAnswer(502, 'The request could not be handled.', 'api')));
}

export function createJourney(parts: Omit<EdgeParts, 'closing'>): Journey {
  const edge: EdgeParts = { ...parts, closing: new WeakSet<object>() };

  function onRequest(req: EdgeRequest, res: EdgeResponse): void {
    run(new Exchange(edge, req, res, undefined), REQUEST_PHASES, 0);
  }

  function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    run(new Exchange(edge, req, undefined, { socket, head }), UPGRADE_PHASES, 0);
  }

  function onClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
    const code = error.code;
    if (code === 'ECONNRESET' || code === 'EPIPE' || !socket.writable) {
      socket.destroy();
      return;
    }
    if (edge.closing.has(socket)) {
      socket.end(); // already answered; the bytes after the refused request are not parsed further
      return;
    }
    const status = clientErrorStatus(code);
    if (status === 408) {
      edge.stats.slowClientsClosed++;
      const peer = canonicalAddress((socket as Socket).remoteAddress ?? '');
      if (peer !== null) edge.tally.slowClosed(peer, clientPrefix(peer) ?? peer);
    } else edge.stats.rejectedMalformed++;
    rawAnswer(socket, status);
  }

  return { onRequest, onUpgrade, onClientError, parts: edge };
}
