// Tests for the /ws echo with a raw-socket client: handshake, masked frames, ping, close, refusals.
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoOrigin, startDemoOrigin } from './origin.js';
import { acceptKey } from './websocket.js';

let origin: DemoOrigin;

beforeAll(async () => {
  origin = await startDemoOrigin({ port: 0, cpuMs: 0 });
});
afterAll(async () => {
  await origin.close();
});

/** A masked client frame, as RFC 6455 requires from clients. */
function clientFrame(opcode: number, payload: Buffer, fin = true): Buffer {
  const mask = randomBytes(4);
  const n = payload.length;
  const head = n < 126 ? Buffer.alloc(2) : n < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  head[0] = (fin ? 0x80 : 0) | opcode;
  if (n < 126) head[1] = 0x80 | n;
  else if (n < 65536) {
    head[1] = 0x80 | 126;
    head.writeUInt16BE(n, 2);
  } else {
    head[1] = 0x80 | 127;
    head.writeBigUInt64BE(BigInt(n), 2);
  }
  const body = Buffer.from(payload);
  for (let i = 0; i < n; i++) body[i] ^= mask[i & 3];
  return Buffer.concat([head, mask, body]);
}

/** Reads the server's bytes: the handshake head, then unmasked frames. */
class RawClient {
  private bytes = Buffer.alloc(0);
  private waiters: Array<() => void> = [];
  closed = false;

  constructor(readonly socket: Socket) {
    socket.on('data', (chunk) => {
      this.bytes = Buffer.concat([this.bytes, chunk]);
      this.wake();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
  }

  static async open(
    url: string,
    headers: Record<string, string> = {},
  ): Promise<{ client: RawClient; head: string; key: string }> {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    const client = new RawClient(socket);
    const key = randomBytes(16).toString('base64');
    const lines = {
      host: `${hostname}:${port}`,
      upgrade: 'websocket',
      connection: 'Upgrade',
      'sec-websocket-key': key,
      'sec-websocket-version': '13',
      ...headers,
    };
    const path = headers['x-path'] ?? '/ws';
    socket.write(
      `GET ${path} HTTP/1.1\r\n${Object.entries(lines)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('')}\r\n`,
    );
    const head = await client.until((b) => {
      const end = b.indexOf('\r\n\r\n');
      return end === -1 ? undefined : [b.subarray(0, end).toString('latin1'), end + 4];
    });
    return { client, head, key };
  }

  async frame(): Promise<{ opcode: number; fin: boolean; masked: boolean; payload: Buffer }> {
    return this.until((b) => {
      if (b.length < 2) return undefined;
      let length = b[1] & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (b.length < 4) return undefined;
        length = b.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (b.length < 10) return undefined;
        length = Number(b.readBigUInt64BE(2));
        offset = 10;
      }
      if (b.length < offset + length) return undefined;
      const frame = {
        opcode: b[0] & 0x0f,
        fin: (b[0] & 0x80) !== 0,
        masked: (b[1] & 0x80) !== 0,
        payload: Buffer.from(b.subarray(offset, offset + length)),
      };
      return [frame, offset + length];
    });
  }

  private async until<T>(take: (b: Buffer) => [T, number] | undefined): Promise<T> {
    for (;;) {
      const got = take(this.bytes);
      if (got) {
        this.bytes = this.bytes.subarray(got[1]);
        return got[0];
      }
      if (this.closed) throw new Error('socket closed');
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

describe('/ws', () => {
  it('completes the handshake with the right Sec-WebSocket-Accept', async () => {
    expect(acceptKey('dGhlIHNhbXBsZSBub25jZQ==')).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
    const { client, head, key } = await RawClient.open(origin.url);
    expect(head).toMatch(/^HTTP\/1\.1 101 /);
    expect(head.toLowerCase()).toContain(`sec-websocket-accept: ${acceptKey(key)}`.toLowerCase());
    client.socket.destroy();
  });

  it('echoes text and binary frames unmasked, answers ping with pong, and close with close', async () => {
    const { client } = await RawClient.open(origin.url);
    client.socket.write(clientFrame(0x1, Buffer.from('hello, breakwater ✓')));
    const text = await client.frame();
    expect(text).toMatchObject({ opcode: 0x1, fin: true, masked: false });
    expect(text.payload.toString('utf8')).toBe('hello, breakwater ✓');

    const blob = randomBytes(70_000);
    client.socket.write(clientFrame(0x2, blob));
    const bin = await client.frame();
    expect(bin.opcode).toBe(0x2);
    expect(bin.payload.equals(blob)).toBe(true);

    client.socket.write(
      Buffer.concat([clientFrame(0x1, Buffer.from('frag'), false), clientFrame(0x0, Buffer.from('ment'))]),
    );
    expect((await client.frame()).payload.toString()).toBe('fragment');

    client.socket.write(clientFrame(0x9, Buffer.from('are you there')));
    const pong = await client.frame();
    expect(pong.opcode).toBe(0xa);
    expect(pong.payload.toString()).toBe('are you there');

    const code = Buffer.alloc(2);
    code.writeUInt16BE(1000);
    client.socket.write(clientFrame(0x8, code));
    const close = await client.frame();
    expect(close.opcode).toBe(0x8);
    expect(close.payload.readUInt16BE(0)).toBe(1000);
  });

  it('closes with 1002 on an unmasked client frame', async () => {
    const { client } = await RawClient.open(origin.url);
    client.socket.write(Buffer.from([0x81, 0x02, 0x68, 0x69]));
    const close = await client.frame();
    expect(close.opcode).toBe(0x8);
    expect(close.payload.readUInt16BE(0)).toBe(1002);
  });

  it('refuses a bad handshake and other paths', async () => {
    const wrongVersion = await RawClient.open(origin.url, { 'sec-websocket-version': '8' });
    expect(wrongVersion.head).toMatch(/^HTTP\/1\.1 426 /);
    const wrongPath = await RawClient.open(origin.url, { 'x-path': '/elsewhere' });
    expect(wrongPath.head).toMatch(/^HTTP\/1\.1 404 /);
  });
});
