// The requests each request-flood scenario sends: paths, methods, bodies and the header sets of
// flood tools (spoofed browser user agents, but a tool's header order and no browser-only headers).

export type Random = () => number;

export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  /** Flat [name, value, …] in sending order; the Host header is added by the sender. */
  headers: string[];
  body?: string;
}

export type RequestMaker = (random: Random) => RequestSpec;

const SPOOFED_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'python-requests/2.31.0',
  'Go-http-client/1.1',
];
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const JSON_ACCEPT = 'application/json';
const FIRST_NAMES = ['admin', 'info', 'support', 'john', 'maria', 'li', 'sales', 'test', 'ops', 'hr'];
const DOMAINS = ['example.test', 'mail.example.test', 'corp.example.test'];

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)];

/** A base-36 string of about `length` characters. */
export function randomToken(random: Random, length = 8): string {
  let out = '';
  while (out.length < length) out += Math.floor(random() * 2_176_782_336).toString(36);
  return out.slice(0, length);
}

function toolHeaders(random: Random, accept: string): string[] {
  return ['user-agent', pick(SPOOFED_AGENTS, random), 'accept', accept, 'accept-language', 'en-US,en;q=0.5'];
}

/** http-flood and distributed-flood: the login page, the home page and the message API. */
export const floodRequest: RequestMaker = (random) => {
  const roll = random();
  if (roll < 0.6) return { method: 'GET', path: '/login', headers: toolHeaders(random, HTML) };
  if (roll < 0.8) return { method: 'GET', path: '/', headers: toolHeaders(random, HTML) };
  const page = 1 + Math.floor(random() * 10);
  return { method: 'GET', path: `/api/messages?page=${page}`, headers: toolHeaders(random, JSON_ACCEPT) };
};

/** cache-bypass: a fresh query string on every request, so no cache can answer it. */
export const cacheBypassRequest: RequestMaker = (random) => {
  const q = randomToken(random, 6);
  const buster = randomToken(random, 10);
  if (random() < 0.5) {
    return { method: 'GET', path: `/search?q=${q}&_=${buster}`, headers: toolHeaders(random, HTML) };
  }
  return {
    method: 'GET',
    path: `/api/search?q=${q}&cb=${buster}`,
    headers: toolHeaders(random, JSON_ACCEPT),
  };
};

/** A sign-in form with a made-up username and a wrong password. */
export function guessedSignIn(random: Random): string {
  const user = `${pick(FIRST_NAMES, random)}${Math.floor(random() * 100_000)}@${pick(DOMAINS, random)}`;
  return new URLSearchParams({ user, password: randomToken(random, 12) }).toString();
}

/** credential-stuffing: a sign-in with a different username and a wrong password every time. */
export const credentialStuffingRequest: RequestMaker = (random) => {
  const body = guessedSignIn(random);
  return {
    method: 'POST',
    path: '/login',
    headers: [
      ...toolHeaders(random, HTML),
      'content-type',
      'application/x-www-form-urlencoded',
      'content-length',
      String(Buffer.byteLength(body)),
    ],
    body,
  };
};
