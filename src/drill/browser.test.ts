// The scripted browser meets a real challenge page (the edge's Challenge class, served by a tiny
// server), solves it, posts the form, and carries on with the pass cookie, signing in like a person.

import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Challenge } from '../edge/challenge/index.js';
import { ScriptedBrowser } from './browser.js';
import { CHROME, FIREFOX } from './browser-profiles.js';
import { startPuzzleSolver } from './puzzle-solver.js';
import { resolveLoopbackTarget } from './target.js';

const challenge = new Challenge({
  secret: randomBytes(32),
  defaultDifficulty: 10,
  passTtlMs: 60_000,
  secureCookie: false,
});
const seen: { method: string; path: string; address: string; headers: string[] }[] = [];
let verified = 0;
let server: http.Server;
let url: string;

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
  });
}

/** Everything behind the challenge; a small sign-in flow after it. */
beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    const address = req.socket.remoteAddress ?? '';
    const userAgent = req.headers['user-agent'] ?? '';
    const path = req.url ?? '/';
    seen.push({
      method: req.method ?? '',
      path,
      address,
      headers: req.rawHeaders.filter((_, i) => i % 2 === 0),
    });
    if (req.method === 'POST' && path === challenge.verifyPath) {
      const answer = challenge.verify({
        prefix: address,
        userAgent,
        body: await body(req),
        contentType: req.headers['content-type'],
      });
      if (answer.status === 303) verified++;
      res.writeHead(answer.status, answer.headers).end(answer.body);
      return;
    }
    if (challenge.passFrom(req.headers.cookie, address, userAgent) === undefined) {
      const page = challenge.page({ prefix: address, userAgent, returnTo: path });
      res.writeHead(page.status, page.headers).end(page.body);
      return;
    }
    if (req.method === 'POST' && path === '/login') {
      const form = new URLSearchParams((await body(req)).toString());
      const ok =
        form.get('user') === 'alice@example.test' && form.get('password') === 'correct-horse-battery';
      res
        .writeHead(ok ? 303 : 401, ok ? { location: '/inbox', 'set-cookie': 'session=s1; Path=/' } : {})
        .end();
      return;
    }
    if (path === '/inbox' && !req.headers.cookie?.includes('session=s1')) {
      res.writeHead(303, { location: '/login' }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('ScriptedBrowser', () => {
  it('solves the challenge, gets the pass cookie and reaches the page', async () => {
    const target = await resolveLoopbackTarget(url);
    const solver = startPuzzleSolver();
    const browser = new ScriptedBrowser({
      target,
      localAddress: '127.3.0.41',
      profile: CHROME,
      solver,
      random: () => 0.1,
    });
    try {
      const first = await browser.navigate('GET', '/login');
      expect(first).toEqual({ served: true, status: 200, path: '/login', challenged: true });
      expect(verified).toBe(1);
      expect(browser.jar.has('bw_pass')).toBe(true);

      const signIn = await browser.signIn();
      expect(signIn).toMatchObject({ served: true, status: 200, path: '/inbox', challenged: false });
      const next = await browser.browse(); // signed in: roll 0.1 opens the inbox
      expect(next).toMatchObject({ served: true, path: '/inbox', challenged: false });
      expect(verified).toBe(1);

      const mine = seen.filter((r) => r.address === '127.3.0.41');
      expect(mine.map((r) => `${r.method} ${r.path}`)).toEqual([
        'GET /login',
        `POST ${challenge.verifyPath}`,
        'GET /login',
        'POST /login',
        'GET /inbox',
        'GET /inbox',
      ]);
      // Chrome's HTTP/1.1 header order: Host, Connection, then the client hints
      expect(mine[0].headers.slice(0, 4).map((h) => h.toLowerCase())).toEqual([
        'host',
        'connection',
        'sec-ch-ua',
        'sec-ch-ua-mobile',
      ]);
    } finally {
      await browser.close();
      await solver.close();
    }
  });

  it('shares one solve between navigations challenged at the same time', async () => {
    const target = await resolveLoopbackTarget(url);
    const solver = startPuzzleSolver();
    const browser = new ScriptedBrowser({
      target,
      localAddress: '127.3.0.42',
      profile: FIREFOX,
      solver,
      random: () => 0.5,
    });
    const before = verified;
    try {
      const visits = await Promise.all([
        browser.navigate('GET', '/a'),
        browser.navigate('GET', '/b'),
        browser.navigate('GET', '/c'),
      ]);
      expect(visits.every((v) => v.served && v.challenged)).toBe(true);
      expect(verified - before).toBe(1);
    } finally {
      await browser.close();
      await solver.close();
    }
  });
});
