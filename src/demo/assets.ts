// The demo's static assets (stylesheet, script, favicon), served with long-lived caching and
// ETag revalidation answered by 304.
import { createHash } from 'node:crypto';
import type { Exchange } from './exchange.js';
import { sendText } from './reply.js';

const CSS = `:root { font-family: system-ui, sans-serif; color: #1d2733; background: #f4f6f8; }
body { margin: 0; }
header { display: flex; gap: 1rem; align-items: center; padding: .6rem 1rem; background: #0b3d5c; color: #fff; }
header a, header span { color: #fff; }
header form { margin: 0; }
.brand { font-weight: 700; text-decoration: none; margin-right: auto; }
.brand small { font-weight: 400; background: #f2a900; color: #0b3d5c; border-radius: 3px; padding: 0 .3rem; }
.search input { width: 18rem; padding: .3rem .5rem; }
main { max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
.messages { list-style: none; padding: 0; background: #fff; border: 1px solid #d8dee4; }
.messages li { border-bottom: 1px solid #eef1f4; }
.messages a { display: grid; grid-template-columns: 12rem 1fr 6rem; gap: .2rem 1rem; padding: .5rem .8rem;
  color: inherit; text-decoration: none; }
.messages a:hover { background: #eef5fb; }
.messages .preview { grid-column: 2; color: #5b6875; font-size: .9em; }
.messages time { grid-column: 3; grid-row: 1; text-align: right; color: #5b6875; }
.unread .subject, .unread .from { font-weight: 700; }
.message { background: #fff; border: 1px solid #d8dee4; padding: 1rem 1.5rem; }
.message dl { display: grid; grid-template-columns: 4rem 1fr; color: #5b6875; }
.message dd { margin: 0; }
.login { max-width: 22rem; margin: 3rem auto; background: #fff; padding: 1.5rem; border: 1px solid #d8dee4; }
.login label { display: block; margin: .8rem 0; }
.login input { display: block; width: 100%; box-sizing: border-box; padding: .4rem; }
.error { color: #a4161a; font-weight: 600; }
.hint, footer, .pager span { color: #5b6875; font-size: .9em; }
.pager { display: flex; gap: 1rem; justify-content: center; }
footer { text-align: center; padding: 2rem 1rem; }
`;

const JS = `// Breakwater Mail demo: marks the search words in result lists.
document.addEventListener('DOMContentLoaded', () => {
  const box = document.querySelector('input[name="q"]');
  const words = (box && box.value.toLowerCase().split(/\\s+/).filter(Boolean)) || [];
  if (words.length === 0) return;
  for (const el of document.querySelectorAll('.messages .subject')) {
    if (words.some((w) => el.textContent.toLowerCase().includes(w))) el.style.background = '#fff3c4';
  }
});
`;

interface Asset {
  type: string;
  body: Buffer;
  etag: string;
}

function asset(type: string, text: string): Asset {
  const body = Buffer.from(text, 'utf8');
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
  return { type, body, etag };
}

const ASSETS = new Map<string, Asset>([
  ['app.css', asset('text/css; charset=utf-8', CSS)],
  ['app.js', asset('text/javascript; charset=utf-8', JS)],
]);

const CACHE = 'public, max-age=3600';

/** GET /static/:file */
export function serveAsset(x: Exchange): void {
  const found = ASSETS.get(x.params['file']);
  if (!found) {
    sendText(x.res, 404, 'no such asset\n');
    return;
  }
  const headers = { etag: found.etag, 'cache-control': CACHE, 'x-content-type-options': 'nosniff' };
  if (matchesEtag(x.req.headers['if-none-match'], found.etag)) {
    x.res.writeHead(304, headers);
    x.res.end();
    return;
  }
  x.res.writeHead(200, {
    ...headers,
    'content-type': found.type,
    'content-length': String(found.body.length),
  });
  x.res.end(found.body);
}

/** GET /favicon.ico: no icon, cacheably. */
export function serveFavicon(x: Exchange): void {
  x.res.writeHead(204, { 'cache-control': 'public, max-age=86400' });
  x.res.end();
}

/** If-None-Match: a list of tags, weak or strong (weak comparison), or `*`. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}
