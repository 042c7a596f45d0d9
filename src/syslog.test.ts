// Log lines reach a real collector on loopback as RFC 5424 messages: over UDP, over TCP with octet
// counting, and over TLS; lines sent while the collector is away wait, bounded, and are delivered.
import dgram from 'node:dgram';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { SyslogSink } from './syslog.js';

const cert = readFileSync(new URL('../test/fixtures/tls/cert.pem', import.meta.url));
const key = readFileSync(new URL('../test/fixtures/tls/key.pem', import.meta.url));
const RFC5424 = /^<(\d+)>1 (\S+) (\S+) breakwater (\d+) - - (.*)$/;
const closers: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function until<T>(get: () => T | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = get();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('nothing arrived');
}

/** Splits octet-counted frames: `LEN SP MSG`. */
function frames(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    const space = rest.indexOf(' ');
    const length = Number(rest.slice(0, space));
    out.push(rest.slice(space + 1, space + 1 + length));
    rest = rest.slice(space + 1 + length);
  }
  return out;
}

function streamCollector(server: net.Server): Promise<{ port: number; received: () => string }> {
  let text = '';
  server.on(server instanceof tls.Server ? 'secureConnection' : 'connection', (socket: net.Socket) =>
    socket.on('data', (chunk) => {
      text += chunk.toString();
    }),
  );
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      closers.push(() => new Promise((r) => server.close(r)));
      resolve({ port: (server.address() as net.AddressInfo).port, received: () => text });
    }),
  );
}

describe('SyslogSink', () => {
  it('sends a datagram per line over UDP, with facility and level as the priority', async () => {
    const server = dgram.createSocket('udp4');
    const got: string[] = [];
    server.on('message', (m) => got.push(m.toString()));
    await new Promise<void>((resolve) => server.bind(0, '127.0.0.1', resolve));
    closers.push(() => server.close());
    const sink = new SyslogSink({
      url: `udp://127.0.0.1:${server.address().port}`,
      facility: 16,
      appName: 'breakwater',
    });
    closers.push(() => sink.close());
    sink.send('{"message":"attack detected"}\n', 'warn');
    const message = await until(() => got[0]);
    const [, pri, time, , pid, msg] = RFC5424.exec(message) ?? [];
    expect(Number(pri)).toBe(16 * 8 + 4);
    expect(new Date(time).toISOString()).toBe(time);
    expect(Number(pid)).toBe(process.pid);
    expect(msg).toBe('{"message":"attack detected"}');
  });

  it('frames lines over TCP, queued while the connection is made; a dead collector costs nothing', async () => {
    const sink = new SyslogSink({ url: 'tcp://127.0.0.1:1', facility: 1, appName: 'breakwater' });
    closers.push(() => sink.close());
    const collector = await streamCollector(net.createServer());
    const late = new SyslogSink({
      url: `tcp://127.0.0.1:${collector.port}`,
      facility: 1,
      appName: 'breakwater',
    });
    closers.push(() => late.close());
    late.send('first line\n', 'info');
    late.send('second line with spaces\n', 'error');
    sink.send('to nowhere\n', 'info'); // a dead collector costs the caller nothing
    const got = await until(() => {
      const f = frames(collector.received());
      return f.length === 2 ? f : undefined;
    });
    expect(got.map((m) => RFC5424.exec(m)?.[5])).toEqual(['first line', 'second line with spaces']);
    expect(got.map((m) => Number(RFC5424.exec(m)?.[1]))).toEqual([8 + 6, 8 + 3]);
  });

  it('speaks TLS to a collector whose CA it is given', async () => {
    const collector = await streamCollector(tls.createServer({ cert, key }));
    const sink = new SyslogSink({
      url: `tls://127.0.0.1:${collector.port}`,
      facility: 16,
      appName: 'breakwater',
      ca: cert,
    });
    closers.push(() => sink.close());
    sink.send('over tls\n', 'info');
    const got = await until(() => frames(collector.received())[0]);
    expect(RFC5424.exec(got)?.[5]).toBe('over tls');
  });

  it('refuses a URL it cannot use', () => {
    expect(() => new SyslogSink({ url: 'http://127.0.0.1:514', facility: 16, appName: 'b' })).toThrow(
      /udp:\/\//,
    );
  });
});
