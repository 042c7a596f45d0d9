// HTTP/2 Rapid Reset (CVE-2023-44487) against the TLS gateway: a stream-cancelling flood is sent away
// long before it is done, and well-behaved sessions keep getting 200s.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http2, { type ClientHttp2Session } from 'node:http2';
import net from 'node:net';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEALTH_PATH, type RecordingOrigin, startRecordingOrigin } from './support/recording-origin.js';
import { type Stack, startStack } from './support/stack.js';

const certPath = fileURLToPath(new URL('./fixtures/tls/cert.pem', import.meta.url));
const keyPath = fileURLToPath(new URL('./fixtures/tls/key.pem', import.meta.url));
const ca = readFileSync(certPath);

const MAX_RESETS_PER_SECOND = 50;
/** Not the default (100), so that seeing it proves the setting travels to the client. */
const MAX_CONCURRENT_STREAMS = 37;
const FLOOD_STREAMS = 2000;

let origin: RecordingOrigin;
let stack: Stack;

/** Each group gets a gateway of its own: what one group's floods leave behind cannot decide another's. */
function withOwnStack(): void {
  beforeAll(async () => {
    origin = await startRecordingOrigin();
    stack = await startStack({
      upstreams: [origin.url],
      config: {
        tls: { cert: certPath, key: keyPath },
        http2: { maxResetsPerSecond: MAX_RESETS_PER_SECOND, maxConcurrentStreams: MAX_CONCURRENT_STREAMS },
        healthCheck: { path: HEALTH_PATH, interval: '1s', timeout: '500ms' },
      },
    });
  });
  afterAll(async () => {
    await stack?.stop();
    await origin?.close();
  });
}

/**
 * Well-behaved clients connect from 127.0.1.2, outside the attackers' /24; each attacker from an address
 * of its own in 127.0.0.0/24. A flood gets its source refused at accept (the responder's decision),
 * which is not what these tests are about and must not touch the well-behaved clients.
 */
const WELL_BEHAVED = '127.0.1.2';

/** A TCP connection to the gateway from a chosen loopback source address. */
function tcpFrom(localAddress: string): net.Socket {
  const { hostname, port } = new URL(stack.gatewayUrl);
  return net.connect({ host: hostname, port: Number(port), localAddress });
}

function connect(localAddress = WELL_BEHAVED): Promise<ClientHttp2Session> {
  return new Promise((resolve, reject) => {
    const session = http2.connect(stack.gatewayUrl, {
      createConnection: () =>
        tls.connect({ socket: tcpFrom(localAddress), ca, servername: 'localhost', ALPNProtocols: ['h2'] }),
    });
    session.once('remoteSettings', () => {
      session.off('error', reject);
      session.on('error', () => {}); // a session the server ends is inspected by the test, not thrown
      resolve(session);
    });
    session.once('error', reject);
  });
}

/**
 * The node:http2 attacker, run in a process of its own like a real one (and so that its client-side state
 * cannot disturb the well-behaved clients in this one). It opens a stream and closes it at once with
 * CANCEL, in a fast loop, until it has done `streams` or the server hangs up. The TCP connection is read
 * by its own code: a node:http2 client flooding streams stops reading its socket while frames queue up,
 * and would never notice a GOAWAY or a closed connection, as an attack tool would.
 */
const NODE_ATTACKER = `
import http2 from 'node:http2';
import net from 'node:net';
import { Duplex } from 'node:stream';
import tls from 'node:tls';
const { url, ca, localAddress, streams } = JSON.parse(process.env.ATTACK);
const { hostname, port } = new URL(url);
const raw = net.connect({ port: Number(port), host: hostname, localAddress });
let wireClosed = false;
const wire = new Duplex({
  read() {},
  write(chunk, _encoding, callback) {
    if (raw.writable) raw.write(chunk, callback);
    else callback();
  },
  final(callback) { raw.end(); callback(); },
  destroy(error, callback) { raw.destroy(); callback(error); },
});
raw.on('data', (chunk) => wire.push(chunk));
raw.on('end', () => { wireClosed = true; wire.push(null); });
raw.on('close', () => { wireClosed = true; });
raw.on('error', () => {});
const session = http2.connect(url, {
  createConnection: () => tls.connect({ socket: wire, ca, servername: 'localhost', ALPNProtocols: ['h2'] }),
});
session.on('error', () => {});
let sent = 0;
let closedAfter;
let goawayCode;
session.on('goaway', (code) => { goawayCode ??= code; closedAfter ??= sent; });
session.on('close', () => { closedAfter ??= sent; });
const away = () => { if (wireClosed) closedAfter ??= sent; return closedAfter !== undefined; };
await new Promise((resolve) => session.once('remoteSettings', resolve));
while (sent < streams && !away() && !session.closed && !session.destroyed) {
  try {
    const stream = session.request({ ':path': '/reset/' + sent });
    stream.on('error', () => {});
    stream.close(http2.constants.NGHTTP2_CANCEL);
  } catch { break; }
  sent++;
  // yield to I/O now and then, so frames go out as they are made and an answer can come back
  if (sent % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
}
const deadline = Date.now() + 3000;
while (!away() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
process.stdout.write(JSON.stringify({ sent, closedAfter, goawayCode }));
session.destroy();
raw.destroy();
`;

function nodeRapidReset(
  localAddress: string,
  streams: number,
): Promise<{ sent: number; closedAfter?: number; goawayCode?: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', NODE_ATTACKER], {
      env: {
        ...process.env,
        ATTACK: JSON.stringify({ url: stack.gatewayUrl, ca: ca.toString(), localAddress, streams }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(killer);
      try {
        resolve(JSON.parse(out));
      } catch {
        reject(new Error(`the attacker process failed: ${err || out}`));
      }
    });
  });
}

/** One HTTP/2 frame (RFC 9113 §4.1). */
function frame(type: number, flags: number, streamId: number, payload = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(9);
  head.writeUIntBE(payload.length, 0, 3);
  head[3] = type;
  head[4] = flags;
  head.writeUInt32BE(streamId, 5);
  return Buffer.concat([head, payload]);
}

/**
 * Rapid Reset as an attack tool does it, frame by frame over TLS: HEADERS (GET /) then RST_STREAM
 * (CANCEL) for stream after stream, in batches of 10, until `streams` are sent or the server hangs up.
 * Reports what came back: the first GOAWAY's error code, and after how many streams the connection closed.
 */
function rawRapidReset(
  localAddress: string,
  streams: number,
): Promise<{ sent: number; goawayCode?: number; closedAfter?: number }> {
  // HPACK: :method GET, :scheme https, :path / (static table), :authority localhost (literal)
  const block = Buffer.concat([Buffer.from([0x82, 0x87, 0x84, 0x01, 9]), Buffer.from('localhost')]);
  const cancel = Buffer.alloc(4);
  cancel.writeUInt32BE(http2.constants.NGHTTP2_CANCEL);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let goawayCode: number | undefined;
    let closedAfter: number | undefined;
    let pending = Buffer.alloc(0);
    const socket = tls.connect(
      { socket: tcpFrom(localAddress), ca, servername: 'localhost', ALPNProtocols: ['h2'] },
      async () => {
        socket.write(Buffer.concat([Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'), frame(0x4, 0, 0)]));
        while (sent < streams && closedAfter === undefined && goawayCode === undefined) {
          const batch: Buffer[] = [];
          for (let i = 0; i < 10; i++, sent++) {
            const id = 2 * sent + 1;
            batch.push(frame(0x1, 0x5 /* END_STREAM | END_HEADERS */, id, block), frame(0x3, 0, id, cancel));
          }
          socket.write(Buffer.concat(batch));
          await new Promise((r) => setImmediate(r));
        }
        const deadline = performance.now() + 3000;
        while (closedAfter === undefined && performance.now() < deadline)
          await new Promise((r) => setTimeout(r, 20));
        socket.destroy();
        resolve({ sent, goawayCode, closedAfter });
      },
    );
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 9) {
        const length = pending.readUIntBE(0, 3);
        if (pending.length < 9 + length) break;
        if (pending[3] === 0x7 /* GOAWAY */ && goawayCode === undefined)
          goawayCode = pending.readUInt32BE(9 + 4);
        pending = pending.subarray(9 + length);
      }
    });
    socket.on('close', () => {
      closedAfter ??= sent;
    });
    socket.on('error', (error) => {
      if (sent === 0) reject(error);
    });
  });
}

function get(session: ClientHttp2Session, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const stream = session.request({ ':path': path });
    let status = 0;
    stream.once('response', (headers) => {
      status = Number(headers[':status']);
    });
    stream.resume();
    stream.once('end', () => resolve(status));
    stream.once('error', reject);
    stream.setTimeout(5000, () => stream.close(http2.constants.NGHTTP2_CANCEL));
  });
}

const close = (session: ClientHttp2Session) =>
  new Promise<void>((resolve) => {
    if (session.destroyed) resolve();
    else session.close(() => resolve());
    setTimeout(() => {
      session.destroy();
      resolve();
    }, 2000).unref();
  });

describe('HTTP/2 settings and ordinary cancels', () => {
  withOwnStack();

  it('advertises http2.maxConcurrentStreams in its SETTINGS', async () => {
    const session = await connect();
    expect(session.remoteSettings.maxConcurrentStreams).toBe(MAX_CONCURRENT_STREAMS);
    expect(session.alpnProtocol).toBe('h2');
    await close(session);
  });

  it('lets a session cancel streams below the rate, and keeps serving it', async () => {
    const session = await connect();
    for (let i = 0; i < 20; i++) {
      const stream = session.request({ ':path': `/calm-cancel/${i}` });
      stream.on('error', () => {});
      stream.close(http2.constants.NGHTTP2_CANCEL);
      await new Promise((r) => setTimeout(r, 25)); // about 40 a second, under the cap of 50
    }
    expect(session.closed || session.destroyed).toBe(false);
    expect(await get(session, '/calm-after')).toBe(200);
    await close(session);
  });
});

describe('HTTP/2 Rapid Reset, frame by frame as an attack tool sends it', () => {
  withOwnStack();

  it(`answers a frame-level flood with GOAWAY (ENHANCE_YOUR_CALM) well before ${FLOOD_STREAMS} streams`, async () => {
    const floodsBefore = stack.bw.stats.h2ResetFloodsClosed;
    const result = await rawRapidReset('127.0.0.11', FLOOD_STREAMS);
    const context = JSON.stringify(result);
    expect(result.goawayCode, context).toBe(http2.constants.NGHTTP2_ENHANCE_YOUR_CALM);
    expect(result.closedAfter, `the connection stayed open: ${context}`).toBeDefined();
    expect(result.sent, context).toBeLessThan(FLOOD_STREAMS);
    expect(stack.bw.stats.h2ResetFloodsClosed - floodsBefore, 'one flood, one session closed').toBe(1);
    const fresh = await connect();
    expect(await get(fresh, '/after-raw-flood')).toBe(200);
    await close(fresh);
  });
});

describe('HTTP/2 Rapid Reset from a node:http2 client', () => {
  withOwnStack();

  it(`sends a session away before ${FLOOD_STREAMS} open-and-cancel streams; others keep their 200s`, async () => {
    const bystander = await connect();
    expect(await get(bystander, '/bystander-before')).toBe(200);
    const floodsBefore = stack.bw.stats.h2ResetFloodsClosed;
    const judgedBefore = stack.bw.stats.requestsFor('allow');

    const { sent, closedAfter, goawayCode } = await nodeRapidReset('127.0.0.12', FLOOD_STREAMS);
    const context = JSON.stringify({ sent, closedAfter, goawayCode });
    expect(closedAfter, `the attacker was never sent away: ${context}`).toBeDefined();
    expect(closedAfter!, context).toBeLessThan(FLOOD_STREAMS);
    if (goawayCode !== undefined) expect(goawayCode, context).toBe(http2.constants.NGHTTP2_ENHANCE_YOUR_CALM);
    expect(stack.bw.stats.h2ResetFloodsClosed - floodsBefore, context).toBeGreaterThanOrEqual(1);
    // The gateway itself handled a few times the cap's worth of the attacker's streams, not thousands.
    const judged = stack.bw.stats.requestsFor('allow') - judgedBefore;
    expect(judged, context).toBeLessThan(10 * MAX_RESETS_PER_SECOND);

    // The session that behaved, on its own connection, was not touched.
    expect(bystander.closed || bystander.destroyed).toBe(false);
    expect(await get(bystander, '/bystander-after')).toBe(200);
    await close(bystander);

    // And a fresh, well-behaved session gets its 200s, several streams at once.
    const fresh = await connect();
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => get(fresh, `/fresh/${i}`)));
    expect(statuses).toEqual(Array(20).fill(200));
    await close(fresh);
  });
});

describe('HTTP/2 Rapid Reset of streams the edge answers itself', () => {
  withOwnStack();

  it(`sends a throttled session away before ${FLOOD_STREAMS} open-and-cancel streams`, async () => {
    // Throttled, every stream past the first is answered 429 as its HEADERS are read, before the
    // RST_STREAM that came with them: the edge has answered, so Node never reports the stream aborted.
    const attacker = '127.0.0.13';
    stack.bw.table.put({
      id: 'test-throttle-rapid-reset',
      scope: 'ip',
      value: attacker,
      action: 'throttle',
      throttle: { rate: 1, burst: 1 },
      reason: 'test',
      source: 'manual',
      createdAt: Date.now(),
      expiresAt: null,
    });
    const floodsBefore = stack.bw.stats.h2ResetFloodsClosed;

    const { sent, closedAfter, goawayCode } = await nodeRapidReset(attacker, FLOOD_STREAMS);
    const context = JSON.stringify({ sent, closedAfter, goawayCode });
    expect(closedAfter, `the attacker was never sent away: ${context}`).toBeDefined();
    expect(closedAfter!, context).toBeLessThan(FLOOD_STREAMS);
    if (goawayCode !== undefined) expect(goawayCode, context).toBe(http2.constants.NGHTTP2_ENHANCE_YOUR_CALM);
    expect(stack.bw.stats.h2ResetFloodsClosed - floodsBefore, context).toBe(1);
    expect(origin.matching('/reset/').length, 'streams that reached the origin').toBeLessThanOrEqual(1);
  });
});

describe('cancelled streams and the origin connections', () => {
  withOwnStack();

  it('streams cancelled below the reset cap do not hold origin connections (others are still served)', async () => {
    const floodsBefore = stack.bw.stats.h2ResetFloodsClosed;
    // Cancelling is ordinary (a browser navigating away does it): 6 clients x 40 cancels at ~40/s each,
    // every one under the per-session cap, 240 in all: more than the gateway's origin pool (128).
    const clients = await Promise.all(Array.from({ length: 6 }, (_, i) => connect(`127.0.0.${21 + i}`)));
    await Promise.all(
      clients.map(async (session, c) => {
        for (let i = 0; i < 40; i++) {
          const stream = session.request({ ':path': `/cancelled/${c}/${i}` });
          stream.on('error', () => {});
          stream.close(http2.constants.NGHTTP2_CANCEL);
          await new Promise((r) => setTimeout(r, 25));
        }
      }),
    );
    expect(stack.bw.stats.h2ResetFloodsClosed - floodsBefore, 'no client went over the cap').toBe(0);
    await Promise.all(clients.map(close));

    const fresh = await connect();
    const statuses = await Promise.all(
      Array.from({ length: 5 }, (_, i) => get(fresh, `/after-cancels/${i}`)),
    );
    expect(
      statuses,
      'requests after the cancels waited on origin connections held by cancelled streams',
    ).toEqual(Array(5).fill(200));
    await close(fresh);
  });
});
