// Request-smuggling vectors against the gateway over raw TCP: each one is refused with 400 (or the
// connection is closed) and nothing of it, nor a request hidden in its body, ever reaches the origin.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RawTarget, sendRaw, targetOf } from './support/raw-client.js';
import { HEALTH_PATH, type RecordingOrigin, startRecordingOrigin } from './support/recording-origin.js';
import { type Stack, startStack } from './support/stack.js';

/** A complete request hidden in a body; if the gateway misreads the framing, the origin would see it. */
const SMUGGLED = 'GET /smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n';

interface Vector {
  name: string;
  /** The exact bytes, latin1. `{id}` is replaced by a per-vector marker that lands in the target. */
  bytes: string;
}

const chunk = (data: string) => `${data.length.toString(16)}\r\n${data}\r\n`;

function post(head: string, body: string, version = '1.1'): string {
  return `POST /v/{id} HTTP/${version}\r\nHost: localhost\r\n${head}\r\n${body}`;
}

const VECTORS: Vector[] = [
  // Content-Length and Transfer-Encoding together, in both orders
  {
    name: 'CL+TE (CL.TE desync)',
    bytes: post(
      `Content-Length: ${`0\r\n\r\n${SMUGGLED}`.length}\r\nTransfer-Encoding: chunked\r\n`,
      `0\r\n\r\n${SMUGGLED}`,
    ),
  },
  {
    name: 'TE+CL (TE.CL desync)',
    bytes: post('Transfer-Encoding: chunked\r\nContent-Length: 4\r\n', `${chunk(SMUGGLED)}0\r\n\r\n`),
  },
  // Content-Length oddities
  {
    name: 'duplicate Content-Length, same value',
    bytes: post('Content-Length: 5\r\nContent-Length: 5\r\n', 'hello'),
  },
  {
    name: 'duplicate Content-Length, different values',
    bytes: post(`Content-Length: 0\r\nContent-Length: ${SMUGGLED.length}\r\n`, SMUGGLED),
  },
  { name: 'Content-Length list "4, 4"', bytes: post('Content-Length: 4, 4\r\n', 'abcd') },
  { name: 'negative Content-Length', bytes: post('Content-Length: -5\r\n', SMUGGLED) },
  { name: '+prefixed Content-Length', bytes: post('Content-Length: +5\r\n', 'hello') },
  { name: 'hex Content-Length', bytes: post('Content-Length: 0x5\r\n', 'hello') },
  // Transfer-Encoding values other than a lone chunked
  { name: 'TE identity', bytes: post('Transfer-Encoding: identity\r\n', SMUGGLED) },
  {
    name: 'TE "chunked, identity"',
    bytes: post('Transfer-Encoding: chunked, identity\r\n', `0\r\n\r\n${SMUGGLED}`),
  },
  {
    name: 'TE "identity, chunked"',
    bytes: post('Transfer-Encoding: identity, chunked\r\n', `0\r\n\r\n${SMUGGLED}`),
  },
  {
    name: 'TE "chunked, chunked"',
    bytes: post('Transfer-Encoding: chunked, chunked\r\n', `0\r\n\r\n${SMUGGLED}`),
  },
  { name: 'TE xchunked', bytes: post('Transfer-Encoding: xchunked\r\n', `0\r\n\r\n${SMUGGLED}`) },
  {
    name: 'TE chunked with leading junk',
    bytes: post('Transfer-Encoding: x chunked\r\n', `0\r\n\r\n${SMUGGLED}`),
  },
  {
    name: 'TE chunked with trailing junk',
    bytes: post('Transfer-Encoding: chunked x\r\n', `0\r\n\r\n${SMUGGLED}`),
  },
  {
    name: 'TE chunked with trailing ;',
    bytes: post('Transfer-Encoding: chunked;\r\n', `0\r\n\r\n${SMUGGLED}`),
  },
  { name: 'TE quoted "chunked"', bytes: post('Transfer-Encoding: "chunked"\r\n', `0\r\n\r\n${SMUGGLED}`) },
  {
    name: 'TE ,chunked (empty first element)',
    bytes: post('Transfer-Encoding: ,chunked\r\n', `0\r\n\r\n${SMUGGLED}`),
  },
  // String.prototype.trim() strips \v and \f, which are not HTTP whitespace
  {
    name: 'TE chunked with trailing form feed',
    bytes: post('Transfer-Encoding: chunked\f\r\n', `0\r\n\r\n${SMUGGLED}`),
  },
  {
    name: 'TE chunked with leading vertical tab',
    bytes: post('Transfer-Encoding: \vchunked\r\n', `0\r\n\r\n${SMUGGLED}`),
  },
  {
    name: 'duplicate TE headers (chunked twice)',
    bytes: post('Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n', `0\r\n\r\n${SMUGGLED}`),
  },
  {
    name: 'duplicate TE headers (chunked, identity)',
    bytes: post('Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n', `0\r\n\r\n${SMUGGLED}`),
  },
  { name: 'TE in HTTP/1.0', bytes: post('Transfer-Encoding: chunked\r\n', `0\r\n\r\n${SMUGGLED}`, '1.0') },
  // header syntax
  { name: 'space before colon (TE)', bytes: post('Transfer-Encoding : chunked\r\n', `0\r\n\r\n${SMUGGLED}`) },
  { name: 'space before colon (CL)', bytes: post(`Content-Length : ${SMUGGLED.length}\r\n`, SMUGGLED) },
  { name: 'tab before colon', bytes: post('Transfer-Encoding\t: chunked\r\n', `0\r\n\r\n${SMUGGLED}`) },
  { name: 'obs-fold in TE', bytes: post('Transfer-Encoding:\r\n chunked\r\n', `0\r\n\r\n${SMUGGLED}`) },
  {
    name: 'obs-fold in an ordinary header',
    bytes: 'GET /v/{id} HTTP/1.1\r\nHost: localhost\r\nX-A: a\r\n\tb\r\n\r\n',
  },
  { name: 'bare LF line endings', bytes: 'GET /v/{id} HTTP/1.1\nHost: localhost\n\n' },
  { name: 'bare LF after one header', bytes: 'GET /v/{id} HTTP/1.1\r\nHost: localhost\nX-A: b\r\n\r\n' },
  { name: 'bare CR line endings', bytes: 'GET /v/{id} HTTP/1.1\rHost: localhost\r\r' },
  {
    name: 'bare CR inside a header value',
    bytes: 'GET /v/{id} HTTP/1.1\r\nHost: localhost\r\nX-A: a\rb\r\n\r\n',
  },
  {
    name: 'bare CR inside TE value',
    bytes: post('Transfer-Encoding: chunked\rX: y\r\n', `0\r\n\r\n${SMUGGLED}`),
  },
  { name: 'NUL in a header name', bytes: 'GET /v/{id} HTTP/1.1\r\nHost: localhost\r\nX-A\0B: c\r\n\r\n' },
  { name: 'NUL in a header value', bytes: 'GET /v/{id} HTTP/1.1\r\nHost: localhost\r\nX-A: b\0c\r\n\r\n' },
  {
    name: 'control byte 0x01 in a header value',
    bytes: 'GET /v/{id} HTTP/1.1\r\nHost: localhost\r\nX-A: b\x01c\r\n\r\n',
  },
  { name: 'DEL in a header value', bytes: 'GET /v/{id} HTTP/1.1\r\nHost: localhost\r\nX-A: b\x7fc\r\n\r\n' },
  { name: 'ESC in a header name', bytes: 'GET /v/{id} HTTP/1.1\r\nHost: localhost\r\nX\x1bA: c\r\n\r\n' },
  { name: 'header name with "("', bytes: 'GET /v/{id} HTTP/1.1\r\nHost: localhost\r\nX(A): c\r\n\r\n' },
  { name: 'header name with "@"', bytes: 'GET /v/{id} HTTP/1.1\r\nHost: localhost\r\nX@A: c\r\n\r\n' },
  { name: 'header name with "/"', bytes: 'GET /v/{id} HTTP/1.1\r\nHost: localhost\r\nX/A: c\r\n\r\n' },
  { name: 'header name with "[]"', bytes: 'GET /v/{id} HTTP/1.1\r\nHost: localhost\r\nX[1]: c\r\n\r\n' },
  { name: 'header name with a quote', bytes: 'GET /v/{id} HTTP/1.1\r\nHost: localhost\r\n"X": c\r\n\r\n' },
  {
    name: 'header name with non-ASCII',
    bytes: 'GET /v/{id} HTTP/1.1\r\nHost: localhost\r\nX\xe9: c\r\n\r\n',
  },
  { name: 'empty header name', bytes: 'GET /v/{id} HTTP/1.1\r\nHost: localhost\r\n: c\r\n\r\n' },
  // chunked body faults
  {
    name: 'chunk size not hex',
    bytes: post('Transfer-Encoding: chunked\r\n', `zz\r\nhello\r\n0\r\n\r\n${SMUGGLED}`),
  },
  {
    name: 'negative chunk size',
    bytes: post('Transfer-Encoding: chunked\r\n', `-1\r\nhello\r\n0\r\n\r\n${SMUGGLED}`),
  },
  {
    name: 'chunk size overflow (2^64+)',
    bytes: post('Transfer-Encoding: chunked\r\n', `1${'0'.repeat(16)}5\r\nhello\r\n0\r\n\r\n${SMUGGLED}`),
  },
  {
    name: 'chunk size 0x-prefixed',
    bytes: post('Transfer-Encoding: chunked\r\n', `0x5\r\nhello\r\n0\r\n\r\n${SMUGGLED}`),
  },
  {
    name: 'chunk size with leading space',
    bytes: post('Transfer-Encoding: chunked\r\n', ` 5\r\nhello\r\n0\r\n\r\n${SMUGGLED}`),
  },
  {
    name: 'chunk data longer than its size',
    bytes: post('Transfer-Encoding: chunked\r\n', `3\r\nhello\r\n0\r\n\r\n${SMUGGLED}`),
  },
  {
    name: 'chunk size line with bare LF',
    bytes: post('Transfer-Encoding: chunked\r\n', `5\nhello\r\n0\r\n\r\n${SMUGGLED}`),
  },
  {
    name: 'chunk extension with NUL',
    bytes: post('Transfer-Encoding: chunked\r\n', `5;a\0b\r\nhello\r\n0\r\n\r\n${SMUGGLED}`),
  },
  {
    name: 'chunk extension with bare CR',
    bytes: post('Transfer-Encoding: chunked\r\n', `5;a=b\rc\r\nhello\r\n0\r\n\r\n${SMUGGLED}`),
  },
  {
    name: 'chunk extension with DEL',
    bytes: post('Transfer-Encoding: chunked\r\n', `5;a=\x7f\r\nhello\r\n0\r\n\r\n${SMUGGLED}`),
  },
  // Host
  {
    name: 'two Host headers',
    bytes: 'GET /v/{id} HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n',
  },
  { name: 'missing Host in HTTP/1.1', bytes: 'GET /v/{id} HTTP/1.1\r\nX-A: b\r\n\r\n' },
  // request line
  { name: 'HTTP/0.9 request line', bytes: 'GET /v/{id}\r\n\r\n' },
  { name: 'HTTP/2.0 request line over plain TCP', bytes: 'GET /v/{id} HTTP/2.0\r\nHost: localhost\r\n\r\n' },
  { name: 'HTTP/2 connection preface over plain TCP', bytes: 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n' },
  { name: 'HTTP/1.2 request line', bytes: 'GET /v/{id} HTTP/1.2\r\nHost: localhost\r\n\r\n' },
  { name: 'HTTP/3.0 request line', bytes: 'GET /v/{id} HTTP/3.0\r\nHost: localhost\r\n\r\n' },
  {
    name: 'absolute-form with ftp scheme',
    bytes: 'GET ftp://localhost/v/{id} HTTP/1.1\r\nHost: localhost\r\n\r\n',
  },
  { name: 'absolute-form with file scheme', bytes: 'GET file:///v/{id} HTTP/1.1\r\nHost: localhost\r\n\r\n' },
  {
    name: 'absolute-form with javascript scheme',
    bytes: 'GET javascript:/v/{id} HTTP/1.1\r\nHost: localhost\r\n\r\n',
  },
  { name: 'space inside the target', bytes: 'GET /v/{id} /x HTTP/1.1\r\nHost: localhost\r\n\r\n' },
  { name: 'tab inside the target', bytes: 'GET /v/{id}\t/x HTTP/1.1\r\nHost: localhost\r\n\r\n' },
  { name: 'tab as the request-line separator', bytes: 'GET\t/v/{id}\tHTTP/1.1\r\nHost: localhost\r\n\r\n' },
];

let origin: RecordingOrigin;
let stack: Stack;
let gateway: RawTarget;

beforeAll(async () => {
  origin = await startRecordingOrigin();
  stack = await startStack({
    upstreams: [origin.url],
    config: { healthCheck: { path: HEALTH_PATH, interval: '1s', timeout: '500ms' } },
  });
  gateway = targetOf(stack.gatewayUrl);
});

afterAll(async () => {
  await stack?.stop();
  await origin?.close();
});

describe('request smuggling vectors', () => {
  it('the recording origin sees a well-formed request through the gateway (the check can fail)', async () => {
    const answer = await sendRaw(gateway, 'GET /v/control HTTP/1.1\r\nHost: localhost\r\n\r\n', {
      stopAfterResponses: 1,
    });
    expect(answer.status).toBe(200);
    expect(origin.matching('/v/control')).toHaveLength(1);
    // A well-formed request carrying the same hidden request in its body reaches the origin once,
    // as a body, and the hidden request is never read as a request of its own.
    const carried = await sendRaw(
      gateway,
      `POST /v/carrier HTTP/1.1\r\nHost: localhost\r\nContent-Length: ${SMUGGLED.length}\r\n\r\n${SMUGGLED}`,
      { stopAfterResponses: 1 },
    );
    expect(carried.status).toBe(200);
    expect(origin.matching('/v/carrier')).toHaveLength(1);
    expect(origin.requests.filter((r) => r.url === '/smuggled')).toHaveLength(0);
  });

  it('well-formed chunked bodies, small and large, reach the origin whole and re-framed', async () => {
    const small = 'a'.repeat(1000);
    const large = Buffer.alloc(100_000, 'b').toString('latin1');
    for (const [path, data] of [
      ['/v/chunked-small', small],
      ['/v/chunked-large', large],
    ] as const) {
      const chunks = [data.slice(0, 7), data.slice(7, 40_000), data.slice(40_000)]
        .filter((c) => c)
        .map(chunk);
      const answer = await sendRaw(
        gateway,
        `POST ${path} HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n${chunks.join('')}0\r\n\r\n`,
        { stopAfterResponses: 1, timeoutMs: 5000 },
      );
      expect(answer.status, path).toBe(200);
      const [seen] = origin.matching(path);
      expect(seen.complete).toBe(true);
      expect(seen.body.toString('latin1') === data, `${path} body arrived intact`).toBe(true);
    }
  });

  it('pipelined well-formed requests are each answered (refusing one is what stops the rest)', async () => {
    const get = (path: string) => `GET ${path} HTTP/1.1\r\nHost: localhost\r\n\r\n`;
    const answer = await sendRaw(gateway, get('/v/pipe-1') + get('/v/pipe-2'), { stopAfterResponses: 2 });
    expect(answer.responses.map((r) => r.status)).toEqual([200, 200]);
    const refused = await sendRaw(
      gateway,
      `${get('/v/pipe-3').replace('Host', 'Host: a\r\nHost')}${get('/v/pipe-4')}`,
    );
    expect(refused.responses.map((r) => r.status)).toEqual([400]);
    expect(refused.closed).toBe(true);
    expect(origin.matching('/v/pipe-4')).toEqual([]);
  });

  it.each(VECTORS.map((v, i) => ({ ...v, id: `vec${i}` })))('$name: refused, never forwarded', async (v) => {
    const before = origin.requests.length;
    const answer = await sendRaw(gateway, v.bytes.replaceAll('{id}', v.id), { timeoutMs: 3000 });
    // Give a forwarded request time to land at the origin before looking.
    await new Promise((r) => setTimeout(r, 100));
    expect(answer.timedOut, `${v.name}: the gateway neither answered nor closed`).toBe(false);
    const statuses = answer.responses.map((r) => r.status);
    if (statuses.length > 0) expect(statuses, v.name).toEqual([400]);
    else expect(answer.closed).toBe(true);
    expect(origin.requests.slice(before), `${v.name} reached the origin`).toEqual([]);
    expect(origin.requests.filter((r) => r.url === '/smuggled')).toEqual([]);
  });

  it('no byte of any vector, nor the hidden request, reached the origin', () => {
    const raw = origin.rawBytes().toString('latin1');
    // exactly once: inside the well-formed carrier's body, where it belongs
    expect(raw.split('GET /smuggled ').length - 1).toBe(1);
    for (let i = 0; i < VECTORS.length; i++) expect(raw).not.toContain(`/v/vec${i} `);
    expect(raw).toContain('/v/control'); // the recorder does see what was forwarded
  });

  it('a normal request on a new connection is still served afterwards', async () => {
    const res = await fetch(`${stack.gatewayUrl}/v/after`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('origin saw GET /v/after');
    expect(stack.bw.stats.rejectedMalformed).toBeGreaterThan(0);
  });
});
