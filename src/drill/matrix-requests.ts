// The requests of a matrix case's attack: its route kind decides the method, path and body, its agent
// style the user agent and the order of the headers (one tool's, real browsers', random, or exactly the
// site's own app's).

import { MESSAGE_COUNT } from '../demo/mailbox.js';
import { APP_HEADERS, appPath } from './api-client.js';
import { guessedSignIn, type Random, type RequestMaker, randomToken } from './attack-requests.js';
import { BROWSER_PROFILES } from './browser-profiles.js';
import type { AgentStyle, RouteKind } from './matrix-shapes.js';

/** Flood tools as they send by default: the agent and header order of each. */
const TOOLS: readonly string[][] = [
  ['user-agent', 'python-requests/2.31.0', 'accept-encoding', 'gzip, deflate', 'accept', '*/*'],
  ['user-agent', 'Go-http-client/1.1', 'accept-encoding', 'gzip'],
  ['user-agent', 'curl/8.5.0', 'accept', '*/*'],
  ['accept', '*/*', 'user-agent', 'Wget/1.21.4', 'accept-encoding', 'identity'],
];

/** Real browsers' agent strings, each sent with its family's header order (browser-profiles.ts). */
const BROWSER_AGENTS: Record<string, readonly string[]> = {
  chrome: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  ],
  firefox: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0',
  ],
};

/** Headers a random agent draws from, in a random order and number. */
const RANDOM_HEADERS: readonly [string, () => string][] = [
  ['accept', () => '*/*'],
  ['accept-language', () => 'en-US,en;q=0.8'],
  ['accept-encoding', () => 'gzip, br'],
  ['cache-control', () => 'no-cache'],
  ['pragma', () => 'no-cache'],
  ['dnt', () => '1'],
  ['upgrade-insecure-requests', () => '1'],
];

type Headers = (random: Random) => string[];

/** The header list of each agent style; `tool` is the case's one tool. */
function agentHeaders(style: AgentStyle, tool: readonly string[]): Headers {
  switch (style) {
    case 'one-tool':
      return () => [...tool];
    case 'site-app':
      return () => [...APP_HEADERS];
    case 'browser-pool':
      return (random) => {
        const profile = BROWSER_PROFILES[Math.floor(random() * BROWSER_PROFILES.length)];
        const agents = BROWSER_AGENTS[profile.name];
        const agent = agents[Math.floor(random() * agents.length)];
        const headers = profile.headers({
          method: 'GET',
          destination: 'document',
          referer: undefined,
          origin: '',
          cookie: undefined,
          contentType: undefined,
        });
        headers[headers.indexOf('user-agent') + 1] = agent;
        return headers;
      };
    case 'random':
      return (random) => {
        const out = [
          'user-agent',
          `Mozilla/5.0 (${randomToken(random, 6)}) ${randomToken(random, 5)}/${1 + Math.floor(random() * 99)}.0`,
        ];
        for (const [name, value] of RANDOM_HEADERS) {
          if (random() < 0.5) continue;
          const at = 2 * Math.floor(random() * (out.length / 2 + 1));
          out.splice(at, 0, name, value());
        }
        return out;
      };
  }
}

/** The request maker of a case: its route kind's requests with its agent style's headers. */
export function matrixRequest(route: RouteKind, style: AgentStyle, caseRandom: Random): RequestMaker {
  const headers = agentHeaders(style, TOOLS[Math.floor(caseRandom() * TOOLS.length)]);
  switch (route) {
    case 'page':
      return (random) => {
        const roll = random();
        const path =
          roll < 0.4 ? '/' : roll < 0.7 ? '/login' : `/message/${1 + Math.floor(random() * MESSAGE_COUNT)}`;
        return { method: 'GET', path, headers: headers(random) };
      };
    case 'api':
      return (random) => ({ method: 'GET', path: appPath(random), headers: headers(random) });
    case 'search':
      return (random) => {
        const page = random() < 0.5 ? '/search' : '/api/search';
        return { method: 'GET', path: `${page}?q=${randomToken(random, 7)}`, headers: headers(random) };
      };
    case 'login':
      return (random) => {
        const body = guessedSignIn(random);
        return {
          method: 'POST',
          path: '/login',
          headers: [
            ...headers(random),
            'content-type',
            'application/x-www-form-urlencoded',
            'content-length',
            String(Buffer.byteLength(body)),
          ],
          body,
        };
      };
  }
}
