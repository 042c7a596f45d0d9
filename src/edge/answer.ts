// The edge's own answers, written one way: an HTTP answer (closing the connection when the answer says
// so), or for an upgrade and a request Node could not parse, a raw status line on the socket.

import { type ServerResponse, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { EdgeResponse, Exchange } from './exchange.js';
import { isHttp2 } from './identify.js';

export interface Answer {
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
  /** A refusal ends more than the exchange: the HTTP/1 connection, or also an HTTP/2 session (a block). */
  ends?: 'connection' | 'session';
}

/** The answer, marked to end the connection after it is written. */
export function refusal(answer: Answer, ends: 'connection' | 'session' = 'connection'): Answer {
  answer.ends = ends;
  return answer;
}

/** Writes an answer the edge makes itself, if the response is still open. */
export function sendAnswer(res: EdgeResponse, answer: Answer, close = false): void {
  if (res.headersSent || res.destroyed) return;
  if (close && 'shouldKeepAlive' in res) res.shouldKeepAlive = false;
  (res as ServerResponse).writeHead(answer.status, answer.headers);
  res.end(answer.body);
}

/** Writes a status line alone and closes the socket: the answer on a connection that is not (or no longer) HTTP. */
export function rawAnswer(socket: Duplex, status: number): void {
  if (socket.destroyed) return;
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
}

/** Gives the exchange's client the answer. */
export function give(x: Exchange, answer: Answer): void {
  if (x.res === undefined) {
    if (x.upgrade !== undefined) rawAnswer(x.upgrade.socket, answer.status);
    return;
  }
  const { ends } = answer;
  const { req } = x;
  if (ends === undefined) {
    sendAnswer(x.res, answer);
    return;
  }
  if (!isHttp2(req)) x.parts.closing.add(req.socket);
  sendAnswer(x.res, answer, true);
  // An HTTP/1 connection closes after a refusal; an HTTP/2 session is sent away too (GOAWAY) on a block,
  // so a client blocked while connected has to come back through the accept phase, which refuses it.
  if (ends === 'session' && isHttp2(req)) req.stream.session?.close();
}
