// A minimal RFC 6455 WebSocket client on a bare socket: the opening handshake (checking
// Sec-WebSocket-Accept), masked client frames out, server frames in.

import { createHash, randomBytes } from 'node:crypto';
import { RawConnection, type RawResponse } from './raw-http.js';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export const OPCODE = { text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;

export interface Frame {
  fin: boolean;
  opcode: number;
  masked: boolean;
  payload: Buffer;
}

/** The Sec-WebSocket-Accept a server must answer for `key`. */
export function expectedAccept(key: string): string {
  return createHash('sha1')
    .update(key + GUID)
    .digest('base64');
}

/** Encodes one final, masked client frame. */
export function maskedFrame(opcode: number, payload: Buffer): Buffer {
  const n = payload.length;
  const head = n < 126 ? Buffer.alloc(2) : n < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  head[0] = 0x80 | opcode;
  if (n < 126) head[1] = 0x80 | n;
  else if (n < 65536) {
    head[1] = 0x80 | 126;
    head.writeUInt16BE(n, 2);
  } else {
    head[1] = 0x80 | 127;
    head.writeBigUInt64BE(BigInt(n), 2);
  }
  const mask = randomBytes(4);
  const body = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) body[i] = payload[i] ^ mask[i & 3];
  return Buffer.concat([head, mask, body]);
}

/** Takes one whole frame off the front of `buf`, or undefined when more bytes are needed. */
export function decodeFrame(buf: Buffer): { value: Frame; consumed: number } | undefined {
  if (buf.length < 2) return undefined;
  const masked = (buf[1] & 0x80) !== 0;
  let length = buf[1] & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buf.length < 4) return undefined;
    length = buf.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buf.length < 10) return undefined;
    length = Number(buf.readBigUInt64BE(2));
    offset = 10;
  }
  const maskBytes = masked ? 4 : 0;
  if (buf.length < offset + maskBytes + length) return undefined;
  const payload = Buffer.from(buf.subarray(offset + maskBytes, offset + maskBytes + length));
  if (masked) {
    const mask = buf.subarray(offset, offset + 4);
    for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
  }
  return {
    value: { fin: (buf[0] & 0x80) !== 0, opcode: buf[0] & 0x0f, masked, payload },
    consumed: offset + maskBytes + length,
  };
}

export interface WebSocketClient {
  /** The answer to the opening handshake, whatever its status. */
  handshake: RawResponse;
  key: string;
  conn: RawConnection;
  send(opcode: number, payload: Buffer | string): void;
  /** The next frame from the server; rejects if the connection closes or nothing comes in time. */
  nextFrame(timeoutMs?: number): Promise<Frame>;
}

/** Opens a WebSocket to `path` through `baseUrl` (http://host:port). */
export async function openWebSocket(
  baseUrl: string,
  path: string,
  extraHeaders: Record<string, string> = {},
): Promise<WebSocketClient> {
  const conn = await RawConnection.open(baseUrl);
  const key = randomBytes(16).toString('base64');
  let head =
    `GET ${path} HTTP/1.1\r\nHost: ${new URL(baseUrl).host}\r\nUpgrade: websocket\r\n` +
    `Connection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n`;
  for (const [name, value] of Object.entries(extraHeaders)) head += `${name}: ${value}\r\n`;
  conn.send(`${head}\r\n`);
  const handshake = await conn.readResponse({ bodiless: true });
  return {
    handshake,
    key,
    conn,
    send: (opcode, payload) =>
      conn.send(maskedFrame(opcode, typeof payload === 'string' ? Buffer.from(payload) : payload)),
    nextFrame: (timeoutMs = 5000) => conn.read(decodeFrame, timeoutMs),
  };
}
