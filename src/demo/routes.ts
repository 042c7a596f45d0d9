// Every route of the demo origin in one table. Metered routes share the origin's bounded capacity
// and cost `cpuMs` of work; the rest (static files, health, proxy probes, the origin's own counters at
// GET /.well-known/demo-origin/stats, to direct requests only) answer straight away.
import { apiNotFound, health, listMessages, postMessage, readMessage, searchMessages } from './api.js';
import { serveAsset, serveFavicon } from './assets.js';
import { ORIGIN_STATS_PATH, originStats } from './origin-stats.js';
import { home, inbox, login, logout, message, notFound, searchMail, showLogin } from './pages.js';
import { echo, slow, status, stream } from './probes.js';
import type { Route } from './router.js';

export const ROUTES: readonly Route[] = [
  { method: 'GET', pattern: '/', metered: true, handle: home },
  { method: 'GET', pattern: '/login', metered: true, handle: showLogin },
  { method: 'POST', pattern: '/login', metered: true, handle: login },
  { method: 'POST', pattern: '/logout', metered: true, handle: logout },
  { method: 'GET', pattern: '/inbox', metered: true, handle: inbox },
  { method: 'GET', pattern: '/message/:id', metered: true, handle: message },
  { method: 'GET', pattern: '/search', metered: true, handle: searchMail },
  { method: 'GET', pattern: '/static/:file', metered: false, handle: serveAsset },
  { method: 'GET', pattern: '/favicon.ico', metered: false, handle: serveFavicon },
  { method: 'GET', pattern: '/api/health', metered: false, handle: health },
  { method: 'GET', pattern: '/api/messages', metered: true, handle: listMessages },
  { method: 'POST', pattern: '/api/messages', metered: true, handle: postMessage },
  { method: 'GET', pattern: '/api/messages/:id', metered: true, handle: readMessage },
  { method: 'GET', pattern: '/api/search', metered: true, handle: searchMessages },
  { method: 'ANY', pattern: '/echo', metered: false, handle: echo },
  { method: 'GET', pattern: '/stream', metered: false, handle: stream },
  { method: 'GET', pattern: '/status/:code', metered: true, handle: status },
  { method: 'GET', pattern: '/slow', metered: true, handle: slow },
  { method: 'GET', pattern: ORIGIN_STATS_PATH, metered: false, handle: originStats },
];

/** Answers paths no route matches: JSON under /api, HTML elsewhere. Metered, like any page. */
export const NOT_FOUND: Route = {
  method: 'ANY',
  pattern: '(unmatched)',
  metered: true,
  handle: (x) => (x.path.startsWith('/api/') ? apiNotFound(x) : notFound(x)),
};
