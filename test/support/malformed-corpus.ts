// Deterministic corpus of malformed HTTP/1.1 requests: seeded mutations of valid requests, each checked
import { mulberry32 } from '../../src/seeded-random.js';
// by a strict classifier so that only requests certainly invalid (or certainly incomplete) are kept.

/** Limits of the gateway under test; the classifier needs them to know what must be refused. */
export interface CorpusLimits {
  maxHeaderBytes: number;
  maxHeaders: number;
  maxBodyBytes: number;
}

/**
 * What the gateway must do with a case:
 * - refused: a 4xx or a closed connection, nothing forwarded;
 * - incomplete: the request stops short; the gateway must time it out (408) or close, nothing forwarded;
 * - served-then-refused: a valid request (which may be served) followed by bytes that must be refused.
 */
export type Expectation = 'refused' | 'incomplete' | 'served-then-refused';

export interface MalformedCase {
  id: number;
  mutation: string;
  bytes: Buffer;
  expect: Expectation;
  /** Send FIN after the bytes. */
  halfClose: boolean;
  /** Path of the valid request a served-then-refused case starts with. */
  servedPath?: string;
}

export type Verdict = 'valid' | 'invalid' | 'incomplete' | 'valid-then-more' | 'uncertain';

export interface Classification {
  verdict: Verdict;
  reason: string;
}

// --- the classifier -------------------------------------------------------------------------------

const TCHAR = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Methods Node's parser knows; any other token is refused by it, but we only rely on what we know. */
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE']);

const isCtl = (b: number) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f;
const owsTrim = (s: string) => s.replace(/^[ \t]+|[ \t]+$/g, '');

/**
 * Strict classification of one connection's bytes as a single HTTP/1.1 request. `invalid` means RFC 9112
 * (and the gateway's own framing rules) require a refusal; `uncertain` means a lenient parser may accept
 * it, so a corpus must not count on a refusal.
 */
export function classify(bytes: Buffer, limits: CorpusLimits): Classification {
  if (bytes.length === 0) return { verdict: 'incomplete', reason: 'no bytes' };
  if (bytes[0] === 0x0d || bytes[0] === 0x0a) return { verdict: 'uncertain', reason: 'leading empty line' };
  const headEnd = bytes.indexOf('\r\n\r\n', 0, 'latin1');
  const headBytes = headEnd < 0 ? bytes.length : headEnd + 4;
  const margin = 2048;
  if (headBytes > limits.maxHeaderBytes + margin) return { verdict: 'invalid', reason: 'head too large' };
  for (let i = 0; i < (headEnd < 0 ? bytes.length : headEnd + 2); i++) {
    const b = bytes[i];
    if (isCtl(b)) return { verdict: 'invalid', reason: `control byte 0x${b.toString(16)} in the head` };
    if (b === 0x0d && i + 1 < bytes.length && bytes[i + 1] !== 0x0a)
      return { verdict: 'invalid', reason: 'bare CR' };
    if (b === 0x0a && (i === 0 || bytes[i - 1] !== 0x0d)) return { verdict: 'invalid', reason: 'bare LF' };
  }
  const headText = bytes.subarray(0, headEnd < 0 ? bytes.length : headEnd).toString('latin1');
  const lines = headText.split('\r\n');
  // lines[last] is unterminated when the head is incomplete: only whole lines are judged then
  const whole = headEnd < 0 ? lines.slice(0, -1) : lines;
  if (whole.length === 0) return { verdict: 'incomplete', reason: 'request line cut short' };

  const requestLine = whole[0];
  const parts = /^([^ ]+) ([^ ]+) ([^ ]+)$/.exec(requestLine);
  if (!parts) {
    if (/^[^ ]+ +[^ ]+ +[^ ]+ *$/.test(requestLine)) return { verdict: 'uncertain', reason: 'extra spaces' };
    return { verdict: 'invalid', reason: 'request line is not method SP target SP version' };
  }
  const [, method, target, version] = parts;
  if (!TCHAR.test(method)) return { verdict: 'invalid', reason: 'method is not a token' };
  if (!KNOWN_METHODS.has(method)) return { verdict: 'uncertain', reason: 'unknown method token' };
  for (let i = 0; i < target.length; i++) {
    const c = target.charCodeAt(i);
    if (c >= 0x7f || c <= 0x20) return { verdict: 'invalid', reason: 'non-printable byte in the target' };
  }
  if (!target.startsWith('/')) {
    const absolute = /^https?:\/\//i.test(target) && URL.canParse(target);
    if (!absolute)
      return { verdict: 'invalid', reason: 'target is neither origin-form nor http(s) absolute-form' };
  }
  if (version !== 'HTTP/1.1' && version !== 'HTTP/1.0') return { verdict: 'invalid', reason: 'HTTP version' };

  const fields: [string, string][] = [];
  for (const line of whole.slice(1)) {
    if (line.startsWith(' ') || line.startsWith('\t')) return { verdict: 'invalid', reason: 'obs-fold' };
    const colon = line.indexOf(':');
    if (colon < 0) return { verdict: 'invalid', reason: 'header line without a colon' };
    const name = line.slice(0, colon);
    if (!TCHAR.test(name)) return { verdict: 'invalid', reason: 'header name is not a token' };
    fields.push([name.toLowerCase(), owsTrim(line.slice(colon + 1))]);
  }
  if (fields.length > limits.maxHeaders) return { verdict: 'invalid', reason: 'too many header fields' };
  if (headEnd < 0) return { verdict: 'incomplete', reason: 'head cut short' };
  if (headBytes > limits.maxHeaderBytes - margin)
    return { verdict: 'uncertain', reason: 'head size near the limit' };

  const all = (n: string) => fields.filter(([name]) => name === n).map(([, v]) => v);
  const hosts = all('host');
  if (hosts.length > 1) return { verdict: 'invalid', reason: 'two Host fields' };
  if (hosts.length === 0 && version === 'HTTP/1.1') return { verdict: 'invalid', reason: 'no Host field' };
  if (all('upgrade').length > 0 || all('expect').length > 0)
    return { verdict: 'uncertain', reason: 'upgrade/expect' };
  const lengths = all('content-length');
  const codings = all('transfer-encoding');
  if (lengths.length > 1) return { verdict: 'invalid', reason: 'two Content-Length fields' };
  if (codings.length > 0) {
    if (version === 'HTTP/1.0') return { verdict: 'invalid', reason: 'Transfer-Encoding in HTTP/1.0' };
    if (codings.length > 1 || lengths.length > 0)
      return { verdict: 'invalid', reason: 'conflicting framing' };
    if (codings[0].toLowerCase() !== 'chunked')
      return { verdict: 'invalid', reason: 'coding other than chunked' };
  }
  const body = bytes.subarray(headEnd + 4);
  if (lengths.length === 1) {
    if (!/^[0-9]+$/.test(lengths[0])) return { verdict: 'invalid', reason: 'Content-Length is not digits' };
    if (lengths[0].length > 15 || Number(lengths[0]) > limits.maxBodyBytes)
      return { verdict: 'invalid', reason: 'Content-Length over the body limit' };
    const n = Number(lengths[0]);
    if (body.length < n) return { verdict: 'incomplete', reason: 'body cut short' };
    return body.length === n
      ? { verdict: 'valid', reason: 'content-length body' }
      : { verdict: 'valid-then-more', reason: 'bytes after the body' };
  }
  if (codings.length === 1) return classifyChunked(body);
  return body.length === 0
    ? { verdict: 'valid', reason: 'no body' }
    : { verdict: 'valid-then-more', reason: 'bytes after a bodiless request' };
}

/** A chunked body in its plainest form (no extensions, no trailers); anything else is uncertain. */
function classifyChunked(body: Buffer): Classification {
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at, 'latin1');
    if (lineEnd < 0) return { verdict: 'incomplete', reason: 'chunk size line cut short' };
    const sizeText = body.subarray(at, lineEnd).toString('latin1');
    if (!/^[0-9a-fA-F]{1,8}$/.test(sizeText))
      return { verdict: 'uncertain', reason: 'unusual chunk size line' };
    const size = Number.parseInt(sizeText, 16);
    at = lineEnd + 2;
    if (size === 0) {
      if (body.length < at + 2) return { verdict: 'incomplete', reason: 'last chunk cut short' };
      if (body[at] !== 0x0d || body[at + 1] !== 0x0a) return { verdict: 'uncertain', reason: 'trailers' };
      return at + 2 === body.length
        ? { verdict: 'valid', reason: 'chunked body' }
        : { verdict: 'valid-then-more', reason: 'bytes after the last chunk' };
    }
    if (body.length < at + size + 2) return { verdict: 'incomplete', reason: 'chunk cut short' };
    if (body[at + size] !== 0x0d || body[at + size + 1] !== 0x0a)
      return { verdict: 'uncertain', reason: 'chunk data longer than its size' };
    at += size + 2;
  }
}

// --- valid requests to start from -----------------------------------------------------------------

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

interface Base {
  /** The head without its final empty line. */
  head: string;
  body: string;
}

const USER_AGENTS = ['Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0', 'curl/8.5.0', 'okhttp/4.12.0'];

function baseRequest(rand: Rand, path: string): Base {
  const common = [
    `User-Agent: ${pick(rand, USER_AGENTS)}`,
    'Accept: */*',
    `X-Request-Id: ${int(rand, 1, 1e9)}`,
  ];
  const kind = int(rand, 0, 6);
  const form = `user=alice&pass=${int(rand, 0, 1e6)}`;
  const json = JSON.stringify({ to: 'bob@example.org', subject: 'hi', n: int(rand, 0, 1e6) });
  switch (kind) {
    case 0:
      return {
        head: [`GET ${path}?q=${int(rand, 0, 99)} HTTP/1.1`, 'Host: localhost', ...common].join('\r\n'),
        body: '',
      };
    case 1:
      return { head: [`HEAD ${path} HTTP/1.1`, 'Host: localhost', ...common].join('\r\n'), body: '' };
    case 2:
      return {
        head: [
          `POST ${path} HTTP/1.1`,
          'Host: localhost',
          ...common,
          'Content-Type: application/x-www-form-urlencoded',
          `Content-Length: ${form.length}`,
        ].join('\r\n'),
        body: form,
      };
    case 3: {
      const cut = int(rand, 1, json.length - 1);
      const chunks = [json.slice(0, cut), json.slice(cut)]
        .map((c) => `${c.length.toString(16)}\r\n${c}\r\n`)
        .join('');
      return {
        head: [`POST ${path} HTTP/1.1`, 'Host: localhost', ...common, 'Transfer-Encoding: chunked'].join(
          '\r\n',
        ),
        body: `${chunks}0\r\n\r\n`,
      };
    }
    case 4:
      return {
        head: [
          `PUT ${path} HTTP/1.1`,
          'Host: localhost',
          'Content-Type: application/json',
          `Content-Length: ${json.length}`,
        ].join('\r\n'),
        body: json,
      };
    case 5:
      return {
        head: [
          `GET http://localhost${path} HTTP/1.1`,
          'Host: localhost',
          ...common,
          'Cookie: session=abc; theme=dark',
        ].join('\r\n'),
        body: '',
      };
    default:
      return { head: [`GET ${path} HTTP/1.0`, ...common].join('\r\n'), body: '' };
  }
}

const serialize = (b: Base) => Buffer.from(`${b.head}\r\n\r\n${b.body}`, 'latin1');

/** Replaces the value of every `name` field (case-insensitive), or adds the field when absent. */
function withField(head: string, name: string, value: string): string {
  const lines = head.split('\r\n');
  const i = lines.findIndex((l, n) => n > 0 && l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  if (i < 0) lines.push(`${name}: ${value}`);
  else lines[i] = `${name}: ${value}`;
  return lines.join('\r\n');
}

// --- mutations ------------------------------------------------------------------------------------

const CTLS = [
  ...Array.from({ length: 0x20 }, (_, i) => i).filter((b) => b !== 0x09 && b !== 0x0a && b !== 0x0d),
  0x7f,
];
/** Bytes that can never start a request: not a token character, not an empty line. */
const NON_STARTERS = [
  ...CTLS,
  0x22,
  0x28,
  0x29,
  0x2c,
  0x2f,
  0x3a,
  0x3b,
  0x3c,
  0x3d,
  0x3e,
  0x3f,
  0x40,
  0x5b,
  0x5d,
  0x7b,
  0x7d,
  0x80,
  0x16,
  0xff,
];

function randomBytes(rand: Rand, n: number): Buffer {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rand() * 256);
  return out;
}

interface Draft {
  bytes: Buffer;
  /** When set, the case's expectation is known by construction and the classifier is not consulted. */
  crafted?: Expectation;
  halfClose?: boolean;
  servedPath?: string;
}

type Mutation = (rand: Rand, base: Base, path: string, limits: CorpusLimits) => Draft;

const headLength = (b: Base) => b.head.length + 2; // up to and including the last header's CRLF

const MUTATIONS: Record<string, { weight: number; make: Mutation }> = {
  'byte-replace': {
    weight: 14,
    make: (rand, base) => {
      const bytes = serialize(base);
      const i = int(rand, 0, headLength(base) + 1);
      bytes[i] = (bytes[i] + int(rand, 1, 255)) & 0xff;
      return { bytes };
    },
  },
  'bit-flip': {
    weight: 10,
    make: (rand, base) => {
      const bytes = serialize(base);
      for (let n = int(rand, 1, 3); n > 0; n--)
        bytes[int(rand, 0, headLength(base) + 1)] ^= 1 << int(rand, 0, 7);
      return { bytes };
    },
  },
  truncation: {
    weight: 8,
    make: (rand, base) => {
      const bytes = serialize(base);
      const end = int(rand, 1, bytes.length - 1);
      const inHead = end < headLength(base) + 2;
      // A client that stops mid-head and waits must be timed out; one that hangs up must be let go.
      return { bytes: bytes.subarray(0, end), halfClose: inHead ? rand() < 0.5 : true };
    },
  },
  'control-bytes': {
    weight: 10,
    make: (rand, base) => {
      let bytes = serialize(base);
      for (let n = int(rand, 1, 4); n > 0; n--) {
        const i = int(rand, 0, headLength(base));
        bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from([pick(rand, CTLS)]), bytes.subarray(i)]);
      }
      return { bytes };
    },
  },
  'bad-length': {
    weight: 8,
    make: (rand, base, _path, limits) => {
      const value = pick(rand, [
        '-1',
        `-${int(rand, 1, 1e6)}`,
        `+${base.body.length}`,
        '1e3',
        `0x${base.body.length.toString(16)}`,
        `${base.body.length}.0`,
        '',
        `${base.body.length} ${base.body.length}`,
        `${base.body.length}, ${base.body.length}`,
        'abc',
        `${limits.maxBodyBytes + int(rand, 1, 1e6)}`,
        '18446744073709551616',
        '99999999999999999999999999999',
        `${int(rand, 1, 9)}${'0'.repeat(int(rand, 16, 40))}`,
      ]);
      const head = withField(
        base.head.replace(/\r\nTransfer-Encoding: chunked/i, ''),
        'Content-Length',
        value,
      );
      return { bytes: Buffer.from(`${head}\r\n\r\n${base.body}`, 'latin1') };
    },
  },
  'conflicting-framing': {
    weight: 6,
    make: (rand, base) => {
      const extra = pick(rand, [
        'Transfer-Encoding: chunked\r\nContent-Length: 5',
        'Content-Length: 5\r\nContent-Length: 6',
        'Content-Length: 0\r\nContent-Length: 0',
        'Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked',
        'Transfer-Encoding: identity',
        'Transfer-Encoding: gzip, chunked',
        'Transfer-Encoding: chunked, gzip',
        'Transfer-Encoding: xchunked',
        'Host: evil.example',
      ]);
      const head = base.head.replace(/\r\n(Content-Length|Transfer-Encoding): [^\r]*/gi, '');
      return { bytes: Buffer.from(`${head}\r\n${extra}\r\n\r\n${base.body}`, 'latin1') };
    },
  },
  'header-syntax': {
    weight: 8,
    make: (rand, base) => {
      const lines = base.head.split('\r\n');
      const i = int(rand, 1, lines.length - 1);
      const line = lines[i];
      const colon = line.indexOf(':');
      lines[i] = pick(rand, [
        `${line.slice(0, colon)} ${line.slice(colon)}`, // space before the colon
        `${line.slice(0, colon)}\t${line.slice(colon)}`,
        `${line}\r\n ${'folded'}`, // obs-fold
        `${line}\r\n\tfolded`,
        line.replace(':', ''), // no colon
        `${line.slice(0, 1)}${pick(rand, ['(', ')', '<', '@', ',', ';', '"', '/', '[', ']', '?', '=', '{', '}', ' '])}${line.slice(1)}`,
        `: ${line}`, // empty name
        `${line}\n`, // bare LF
        `${line}\r`, // bare CR before CRLF
        `${line.slice(0, colon + 2)}\r${line.slice(colon + 2)}`,
      ]);
      const host = lines.findIndex((l, n) => n > 0 && /^host:/i.test(l));
      if (host > 0 && rand() < 0.15) lines.splice(host, 1); // and no Host at all
      return { bytes: Buffer.from(`${lines.join('\r\n')}\r\n\r\n${base.body}`, 'latin1') };
    },
  },
  'broken-chunking': {
    weight: 8,
    make: (rand, base) => {
      const head = withField(
        base.head.replace(/\r\nContent-Length: [^\r]*/i, '').replace(/^HTTP\/1\.0/, 'HTTP/1.1'),
        'Transfer-Encoding',
        'chunked',
      );
      const data = 'x'.repeat(int(rand, 1, 200));
      const size = data.length.toString(16);
      const body = pick(rand, [
        `zz\r\n${data}\r\n0\r\n\r\n`,
        `-${size}\r\n${data}\r\n0\r\n\r\n`,
        `${'f'.repeat(int(rand, 17, 40))}\r\n${data}\r\n0\r\n\r\n`,
        `1${'0'.repeat(16)}\r\n${data}\r\n0\r\n\r\n`,
        `0x${size}\r\n${data}\r\n0\r\n\r\n`,
        ` ${size}\r\n${data}\r\n0\r\n\r\n`,
        `${size}\n${data}\r\n0\r\n\r\n`,
        `${size}\r${data}\r\n0\r\n\r\n`,
        `${(data.length - 1).toString(16)}\r\n${data}\r\n0\r\n\r\n`, // data longer than its size
        `${size}\r\n${data}XX0\r\n\r\n`, // no CRLF after the data
        `${size};a\0b\r\n${data}\r\n0\r\n\r\n`,
        `${size};a=\x7f\r\n${data}\r\n0\r\n\r\n`,
        `${size};\x01\r\n${data}\r\n0\r\n\r\n`,
        `${size}\r\n${data}\r\n0\r\nBad Trailer\r\n\r\n`,
        `${size}\r\n${data}\r\n0\r\nX-T: a\0b\r\n\r\n`,
        `${size}\r\n${data}\r\n${randomBytes(rand, 8)
          .toString('latin1')
          .replace(/[0-9a-fA-F\r\n]/g, 'g')}\r\n`,
      ]);
      return { bytes: Buffer.from(`${head}\r\n\r\n${body}`, 'latin1'), crafted: 'refused' };
    },
  },
  oversized: {
    weight: 5,
    make: (rand, base, _path, limits) => {
      const big = (n: number) => 'a'.repeat(n);
      const over = limits.maxHeaderBytes + int(rand, 2048, 3 * limits.maxHeaderBytes);
      const lines = base.head.split('\r\n');
      switch (int(rand, 0, 3)) {
        case 0:
          lines[0] = lines[0].replace(
            / (\S+) /,
            (_m, t: string) => ` ${t}${t.includes('?') ? '&' : '?'}pad=${big(over)} `,
          );
          break;
        case 1:
          lines.push(`X-Pad: ${big(over)}`);
          break;
        case 2:
          for (let i = 0; i * 200 < over; i++) lines.push(`X-Pad-${i}: ${big(190)}`);
          break;
        default:
          for (let i = 0; i <= limits.maxHeaders; i++) lines.push(`X-N${i}: ${i}`);
      }
      return { bytes: Buffer.from(`${lines.join('\r\n')}\r\n\r\n${base.body}`, 'latin1') };
    },
  },
  'garbage-method': {
    weight: 6,
    make: (rand, base) => {
      const n = int(rand, 1, 12);
      const method = randomBytes(rand, n)
        .toString('latin1')
        .replace(/[ \r\n]/g, '!');
      // at least one byte that is not a token character, so no parser can take it for a method
      const bad = String.fromCharCode(
        pick(rand, [...CTLS, 0x22, 0x28, 0x2c, 0x2f, 0x3a, 0x40, 0x5b, 0x7b, 0x80, 0xff]),
      );
      const at = int(rand, 0, method.length);
      const garbage = method.slice(0, at) + bad + method.slice(at);
      return {
        bytes: Buffer.from(`${base.head.replace(/^\S+/, () => garbage)}\r\n\r\n${base.body}`, 'latin1'),
      };
    },
  },
  'bad-version': {
    weight: 6,
    make: (rand, base) => {
      const version = pick(rand, [
        'HTTP/1.2',
        'HTTP/2.0',
        'HTTP/2',
        'HTTP/3.0',
        'HTTP/0.9',
        'HTTP/1.1.1',
        'HTTP/11',
        'HTTP/1',
        'http/1.1',
        'HTTP/1.x',
        'HTTPS/1.1',
        'HTTP/-1.1',
        'HTTP/1.01',
        'HTTP\\1.1',
        'HTXP/1.1',
        '',
        randomBytes(rand, int(rand, 1, 10))
          .toString('latin1')
          .replace(/[ \r\n]/g, '_'),
      ]);
      const head = base.head.replace(/HTTP\/1\.[01]/, () => version);
      return { bytes: Buffer.from(`${head}\r\n\r\n${base.body}`, 'latin1') };
    },
  },
  'bad-target': {
    weight: 5,
    make: (rand, base) => {
      const target = pick(rand, [
        'ftp://localhost/x',
        'file:///etc/passwd',
        'javascript:alert(1)',
        '*',
        'localhost:80',
        'x/y',
        '/a b',
        '/a\tb',
        `/caf\xe9`,
        `/${'\xff'.repeat(int(rand, 1, 8))}`,
        `/a\x00b`,
      ]);
      const head = base.head.replace(/ \S+ /, () => ` ${target} `);
      return { bytes: Buffer.from(`${head}\r\n\r\n${base.body}`, 'latin1') };
    },
  },
  'junk-after-valid': {
    weight: 5,
    make: (rand, base, path) => {
      const junk = Buffer.concat([
        Buffer.from([pick(rand, NON_STARTERS)]),
        randomBytes(rand, int(rand, 0, 300)),
      ]);
      return {
        bytes: Buffer.concat([serialize(base), junk]),
        crafted: 'served-then-refused',
        servedPath: path,
      };
    },
  },
  'random-binary': {
    weight: 5,
    make: (rand) => {
      const bytes = randomBytes(rand, int(rand, 1, 4000));
      bytes[0] = pick(rand, NON_STARTERS);
      return { bytes, crafted: 'refused', halfClose: rand() < 0.3 };
    },
  },
};

const TOTAL_WEIGHT = Object.values(MUTATIONS).reduce((sum, m) => sum + m.weight, 0);

function pickMutation(rand: Rand): [string, Mutation] {
  let r = rand() * TOTAL_WEIGHT;
  for (const [name, m] of Object.entries(MUTATIONS)) {
    r -= m.weight;
    if (r < 0) return [name, m.make];
  }
  return ['random-binary', MUTATIONS['random-binary'].make];
}

export interface CorpusStats {
  /** Drafts thrown away because the classifier could not call them certainly invalid. */
  discarded: Record<string, number>;
  byMutation: Record<string, number>;
}

/**
 * `count` malformed requests from `seed`. Every case's expectation comes from construction (crafted
 * mutations) or from `classify`: drafts it calls valid or uncertain are discarded and drawn again.
 */
export function generateCorpus(
  count: number,
  seed: number,
  limits: CorpusLimits,
): { cases: MalformedCase[]; stats: CorpusStats } {
  const rand = mulberry32(seed);
  const cases: MalformedCase[] = [];
  const stats: CorpusStats = { discarded: {}, byMutation: {} };
  while (cases.length < count) {
    const id = cases.length;
    const path = `/c/${id}`;
    const [mutation, make] = pickMutation(rand);
    const draft = make(rand, baseRequest(rand, path), path, limits);
    let expect = draft.crafted;
    if (expect === undefined) {
      const { verdict } = classify(draft.bytes, limits);
      if (verdict === 'invalid') expect = 'refused';
      else if (verdict === 'incomplete') expect = 'incomplete';
    }
    if (expect === undefined) {
      stats.discarded[mutation] = (stats.discarded[mutation] ?? 0) + 1;
      continue;
    }
    stats.byMutation[mutation] = (stats.byMutation[mutation] ?? 0) + 1;
    cases.push({
      id,
      mutation,
      bytes: draft.bytes,
      expect,
      // an incomplete request that is not a deliberate truncation hangs up, rather than wait to be cut
      halfClose: draft.halfClose ?? expect === 'incomplete',
      servedPath: draft.servedPath,
    });
  }
  return { cases, stats };
}

/** A few valid requests from the same grammar, for checking that the harness notices a served request. */
export function validSamples(
  count: number,
  seed: number,
  limits: CorpusLimits,
): { path: string; bytes: Buffer }[] {
  const rand = mulberry32(seed);
  const out: { path: string; bytes: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const path = `/valid/${i}`;
    const bytes = serialize(baseRequest(rand, path));
    if (classify(bytes, limits).verdict !== 'valid')
      throw new Error(`sample ${i} is not valid: ${bytes.toString('latin1')}`);
    out.push({ path, bytes });
  }
  return out;
}
