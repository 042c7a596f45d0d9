// Tests for Breakwater Mail over real loopback sockets: sign-in, pages, JSON API and static assets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessagePage, SearchHit } from './mailbox.js';
import { type DemoOrigin, startDemoOrigin } from './origin.js';

let origin: DemoOrigin;
let clock = Date.parse('2024-06-03T12:00:00Z');

beforeAll(async () => {
  origin = await startDemoOrigin({ port: 0, cpuMs: 0, now: () => clock });
});
afterAll(async () => {
  await origin.close();
});

const get = (path: string, init: RequestInit = {}) =>
  fetch(origin.url + path, { redirect: 'manual', ...init });

function postForm(path: string, form: Record<string, string>, cookie?: string) {
  return get(path, {
    method: 'POST',
    body: new URLSearchParams(form).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
  });
}

async function signIn(): Promise<string> {
  const res = await postForm('/login', { user: 'alice@example.test', password: 'correct-horse-battery' });
  const [setCookie] = res.headers.getSetCookie();
  return setCookie.split(';')[0];
}

describe('sign-in', () => {
  it('sends visitors without a session to /login and shows the form', async () => {
    const home = await get('/');
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe('/login');
    expect((await get('/inbox')).headers.get('location')).toBe('/login');

    const form = await get('/login');
    expect(form.status).toBe(200);
    expect(form.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await form.text()).toContain('name="password"');
  });

  it('answers a wrong password with 401 and the failure marker', async () => {
    const res = await postForm('/login', { user: 'alice@example.test', password: 'wrong' });
    expect(res.status).toBe(401);
    expect(res.headers.getSetCookie()).toEqual([]);
    const html = await res.text();
    expect(html).toContain('Invalid email or password');
    expect(html).toContain('value="alice@example.test"');
    expect((await postForm('/login', { user: 'mallory@example.test', password: 'x' })).status).toBe(401);
  });

  it('signs in with a HttpOnly, SameSite=Lax session cookie and signs out', async () => {
    const res = await postForm('/login', { user: 'alice@example.test', password: 'correct-horse-battery' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/inbox');
    const [setCookie] = res.headers.getSetCookie();
    expect(setCookie).toMatch(/^bw_demo_session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax/);
    const cookie = setCookie.split(';')[0];
    expect((await get('/', { headers: { cookie } })).headers.get('location')).toBe('/inbox');

    const out = await postForm('/logout', {}, cookie);
    expect(out.status).toBe(303);
    expect(out.headers.getSetCookie()[0]).toContain('Max-Age=0');
    expect((await get('/inbox', { headers: { cookie } })).status).toBe(303);
  });

  it('expires sessions on the injected clock', async () => {
    const cookie = await signIn();
    expect((await get('/inbox', { headers: { cookie } })).status).toBe(200);
    clock += 9 * 60 * 60 * 1000;
    expect((await get('/inbox', { headers: { cookie } })).status).toBe(303);
  });
});

describe('pages', () => {
  let cookie: string;
  beforeAll(async () => {
    cookie = await signIn();
  });

  it('lists the inbox page by page, never cached', async () => {
    const res = await get('/inbox?page=2', { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('Page 2 of 10');
    expect(html.match(/<li class=/g)).toHaveLength(20);
    expect((await get('/inbox?page=zero', { headers: { cookie } })).status).toBe(400);
  });

  it('shows one message, and 404 for an unknown one', async () => {
    const res = await get('/message/42', { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Back to inbox');
    expect((await get('/message/999', { headers: { cookie } })).status).toBe(404);
  });

  it('searches the mailbox and escapes the query', async () => {
    const res = await get(`/search?q=${encodeURIComponent('invoice <b>')}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/\d+ messages? for <mark>invoice &#60;b&#62;<\/mark>/);
    expect(html).not.toContain('<b>');
    const tooLong = await get(`/search?q=${'a'.repeat(300)}`, { headers: { cookie } });
    expect(tooLong.status).toBe(400);
  });

  it('answers unknown paths 404 and wrong methods 405', async () => {
    expect((await get('/nope')).status).toBe(404);
    const wrong = await get('/inbox', { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('JSON API', () => {
  it('lists, reads and searches messages as application/json', async () => {
    const list = await get('/api/messages?page=1');
    expect(list.headers.get('content-type')).toBe('application/json');
    const page = (await list.json()) as MessagePage;
    expect(page).toMatchObject({ page: 1, pageSize: 20, pages: 10, total: 200 });
    expect(page.messages[0].id).toBe(200);

    const one = await get('/api/messages/7');
    expect(one.headers.get('content-type')).toBe('application/json');
    expect(await one.json()).toMatchObject({ id: 7, to: 'you@example.test' });

    const missing = await get('/api/messages/7000');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/json');

    const found = (await (await get('/api/search?q=meeting')).json()) as {
      total: number;
      results: SearchHit[];
    };
    expect(found.total).toBeGreaterThan(0);
    expect(found.results[0].score).toBeGreaterThan(0);

    const unknown = await get('/api/nothing');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/json');
  });

  it('echoes a posted message with an id; 400 on bad JSON; 413 over 1 MiB', async () => {
    const post = (body: string) =>
      get('/api/messages', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    const created = await post(JSON.stringify({ subject: 'hello', body: 'world' }));
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toBe('application/json');
    const value = (await created.json()) as { id: number };
    expect(value).toMatchObject({ subject: 'hello', body: 'world' });
    expect(value.id).toBeGreaterThan(200);

    const bad = await post('{not json');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/json');
    expect((await post('[1,2]')).status).toBe(400);

    const big = await post(JSON.stringify({ blob: 'x'.repeat(1024 * 1024) }));
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toBe('application/json');
  });

  it('refuses a streamed body that grows past 1 MiB with 413', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 20) return controller.close();
        sent++;
        controller.enqueue(chunk);
      },
    });
    const res = await get('/api/messages', { method: 'POST', body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'request body is over 1048576 bytes' });
  });

  it('answers the health check', async () => {
    const res = await get('/api/health');
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ status: 'ok', inFlight: 0, queued: 0 });
  });
});

describe('static assets', () => {
  it('serves CSS and JS with a cacheable ETag and answers 304 on a match', async () => {
    for (const [path, type] of [
      ['/static/app.css', 'text/css; charset=utf-8'],
      ['/static/app.js', 'text/javascript; charset=utf-8'],
    ]) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
      const etag = res.headers.get('etag')!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      await res.arrayBuffer();
      const again = await get(path, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect((await get(path, { headers: { 'if-none-match': `"other", W/${etag}` } })).status).toBe(304);
      expect((await get(path, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
    }
    const head = await get('/static/app.css', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(100);
    expect(await head.text()).toBe('');
    expect((await get('/static/missing.css')).status).toBe(404);
    expect((await get('/favicon.ico')).status).toBe(204);
  });

  it('counts what it served per route', () => {
    const stats = origin.stats();
    expect(stats.served).toBeGreaterThan(10);
    expect(stats.rejected).toBe(0);
    expect(stats.byRoute['GET /static/:file']).toBeGreaterThan(0);
    expect(stats.byRoute['POST /login']).toBeGreaterThan(0);
  });
});
