// The /ws endpoint: a hand-written RFC 6455 handshake and an echo of text and binary messages.
// Client frames must be masked; server frames are not; pings get pongs; close is answered in kind.
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { splitTarget } from './exchange.js';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const MAX_MESSAGE = 1024 * 1024;
const LINGER_MS = 2000;

const OP = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;
const CLOSE = { protocolError: 1002, invalidPayload: 1007, tooBig: 1009 } as const;

/** The Sec-WebSocket-Accept value for a client's Sec-WebSocket-Key. */
export function acceptKey(key: string): string {
  return createHash('sha1')
    .update(key + GUID)
    .digest('base64');
}

/** Encodes one unmasked, final server frame. */
export function encodeFrame(opcode: number, payload: Buffer): Buffer {
  const n = payload.length;
  const head = n < 126 ? Buffer.alloc(2) : n < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  head[0] = 0x80 | opcode;
  if (n < 126) head[1] = n;
  else if (n < 65536) {
    head[1] = 126;
    head.writeUInt16BE(n, 2);
  } else {
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(n), 2);
  }
  return Buffer.concat([head, payload]);
}

/**
 * Handles an 'upgrade' event: refuses anything but a valid WebSocket handshake on /ws, otherwise
 * switches protocols and echoes. `open` holds live sockets so the origin can close them.
 */
export function acceptWebSocket(req: IncomingMessage, socket: Duplex, head: Buffer, open: Set<Duplex>): void {
  socket.on('error', () => socket.destroy());
  const refuse = (status: string, extra = ''): void => {
    socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n${extra}\r\n`);
  };
  if (splitTarget(req.url ?? '/').path !== '/ws') {
    refuse('404 Not Found');
    return;
  }
  const key = req.headers['sec-websocket-key'];
  const wantsWebSocket = (req.headers.upgrade ?? '')
    .toLowerCase()
    .split(/\s*,\s*/)
    .includes('websocket');
  if (req.method !== 'GET' || !wantsWebSocket || typeof key !== 'string') {
    refuse('400 Bad Request');
    return;
  }
  if (Buffer.from(key, 'base64').length !== 16) {
    refuse('400 Bad Request');
    return;
  }
  if (req.headers['sec-websocket-version'] !== '13') {
    refuse('426 Upgrade Required', 'sec-websocket-version: 13\r\n');
    return;
  }
  socket.write(
    'HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\n' +
      `sec-websocket-accept: ${acceptKey(key)}\r\n\r\n`,
  );
  open.add(socket);
  socket.once('close', () => open.delete(socket));
  const echo = new EchoConnection(socket);
  if (head.length > 0) echo.receive(head);
  socket.on('data', (chunk: Buffer) => echo.receive(chunk));
}

class EchoConnection {
  private buffer: Buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  private fragmentOpcode = -1;
  private fragmentBytes = 0;
  private closing = false;
  private readonly socket: Duplex;

  constructor(socket: Duplex) {
    this.socket = socket;
  }

  receive(chunk: Buffer): void {
    if (this.closing) return;
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    while (!this.closing && this.parseFrame()) {}
  }

  /** Takes one whole frame off the buffer; false when more bytes are needed. */
  private parseFrame(): boolean {
    const buf = this.buffer;
    if (buf.length < 2) return false;
    const fin = (buf[0] & 0x80) !== 0;
    const opcode = buf[0] & 0x0f;
    const masked = (buf[1] & 0x80) !== 0;
    let length = buf[1] & 0x7f;
    let offset = 2;
    if ((buf[0] & 0x70) !== 0 || !masked) return this.fail(CLOSE.protocolError);
    if (length === 126) {
      if (buf.length < 4) return false;
      length = buf.readUInt16BE(2);
      offset = 4;
    } else if (length === 127) {
      if (buf.length < 10) return false;
      const big = buf.readBigUInt64BE(2);
      if (big > BigInt(MAX_MESSAGE)) return this.fail(CLOSE.tooBig);
      length = Number(big);
      offset = 10;
    }
    if (length > MAX_MESSAGE) return this.fail(CLOSE.tooBig);
    if (buf.length < offset + 4 + length) return false;
    const mask = buf.subarray(offset, offset + 4);
    const payload = Buffer.allocUnsafe(length);
    for (let i = 0; i < length; i++) payload[i] = buf[offset + 4 + i] ^ mask[i & 3];
    this.buffer = buf.subarray(offset + 4 + length);
    this.frame(fin, opcode, payload);
    return true;
  }

  private frame(fin: boolean, opcode: number, payload: Buffer): void {
    if (opcode >= 0x8) {
      if (!fin || payload.length > 125) {
        this.fail(CLOSE.protocolError);
        return;
      }
      if (opcode === OP.close) {
        this.close(payload);
        return;
      }
      if (opcode === OP.ping) {
        this.socket.write(encodeFrame(OP.pong, payload));
        return;
      }
      if (opcode === OP.pong) return;
      this.fail(CLOSE.protocolError);
      return;
    }
    if (opcode === OP.text || opcode === OP.binary) {
      if (this.fragmentOpcode !== -1) {
        this.fail(CLOSE.protocolError);
        return;
      }
      if (fin) {
        this.deliver(opcode, payload);
        return;
      }
      this.fragmentOpcode = opcode;
      this.fragments = [payload];
      this.fragmentBytes = payload.length;
      return;
    }
    if (opcode !== OP.continuation || this.fragmentOpcode === -1) {
      this.fail(CLOSE.protocolError);
      return;
    }
    this.fragmentBytes += payload.length;
    if (this.fragmentBytes > MAX_MESSAGE) {
      this.fail(CLOSE.tooBig);
      return;
    }
    this.fragments.push(payload);
    if (!fin) return;
    const whole = Buffer.concat(this.fragments, this.fragmentBytes);
    const kind = this.fragmentOpcode;
    this.fragmentOpcode = -1;
    this.fragments = [];
    this.fragmentBytes = 0;
    this.deliver(kind, whole);
  }

  private deliver(opcode: number, payload: Buffer): void {
    if (opcode === OP.text && !isUtf8(payload)) {
      this.fail(CLOSE.invalidPayload);
      return;
    }
    this.socket.write(encodeFrame(opcode, payload));
  }

  /** Answers a close frame with the same status code, then ends the connection. */
  private close(payload: Buffer): void {
    if (payload.length === 1) {
      this.fail(CLOSE.protocolError);
      return;
    }
    this.shutDown(encodeFrame(OP.close, payload.subarray(0, 2)));
  }

  private fail(code: number): false {
    const payload = Buffer.alloc(2);
    payload.writeUInt16BE(code);
    this.shutDown(encodeFrame(OP.close, payload));
    return false;
  }

  private shutDown(closeFrame: Buffer): void {
    this.closing = true;
    this.buffer = Buffer.alloc(0);
    this.socket.end(closeFrame);
    setTimeout(() => this.socket.destroy(), LINGER_MS).unref();
  }
}
