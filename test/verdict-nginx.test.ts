// Debian's real nginx, configured with docs/integrations/nginx.conf, asks Breakwater's verdict endpoint
// about each request (auth_request) in front of the demo origin, all on loopback. The client comes from
// 127.0.0.5, nginx reaches Breakwater from 127.0.0.1 (the one trusted proxy). Allow, block, throttle and
// the challenge with its pass cookie; failing open when Breakwater cannot be asked; and the endpoint's
// own answers to Traefik and Envoy, to a bad head and to a stranger.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { puzzleFromPage, solvePuzzle } from '../src/edge/challenge/index.js';
import { freePort } from './support/cli.js';
import { addDecision } from './support/control-api.js';
import { type Stack, startStack } from './support/stack.js';

const CLIENT = '127.0.0.5';
let stack: Stack;
let nginxPort: number;
let verdictUrl: string;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        localAddress: options.from ?? CLIENT,
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const viaNginx = (path: string, options: Parameters<typeof send>[1] = {}) =>
  send(`http://127.0.0.1:${nginxPort}${path}`, options);

async function decide(body: Record<string, unknown>): Promise<string> {
  return (
    await addDecision(stack.controlUrl, stack.tokens.responder, {
      scope: 'ip',
      value: CLIENT,
      ttl: 600,
      ...body,
    })
  ).id;
}

async function undecide(id: string): Promise<void> {
  await fetch(`${stack.controlUrl}/api/v1/decisions/${id}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${stack.tokens.responder}` },
  });
}

interface Nginx {
  port: number;
  process: ChildProcess;
  dir: string;
}

/** Debian's nginx on a free loopback port with the documented site, asking `verdictHost`. */
async function startNginx(verdictHost: string): Promise<Nginx> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'breakwater-nginx-'));
  await mkdir(join(dir, 'temp'));
  const documented = await readFile(new URL('../docs/integrations/nginx.conf', import.meta.url), 'utf8');
  const site = documented
    .replace('server 127.0.0.1:3000;', `server ${new URL(stack.origin?.url as string).host};`)
    .replace('server 127.0.0.1:9401;', `server ${verdictHost};`)
    .replace('listen 8080;', `listen 127.0.0.1:${port};`);
  const temp = (name: string) => `${name} ${join(dir, 'temp', name)};`;
  const temps = [
    'client_body_temp_path',
    'proxy_temp_path',
    'fastcgi_temp_path',
    'uwsgi_temp_path',
    'scgi_temp_path',
  ];
  await writeFile(
    join(dir, 'nginx.conf'),
    [
      'user root;',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 128; }',
      'http {',
      '  access_log off;',
      ...temps.map(temp),
      site,
      '}',
    ].join('\n'),
  );
  const child = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: 'ignore',
  });
  started.push({ port, process: child, dir });
  for (let i = 0; i < 100; i++) {
    const up = await send(`http://127.0.0.1:${port}/login`).then(
      () => true,
      () => false,
    );
    if (up) return { port, process: child, dir };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not start: ${await readFile(join(dir, 'error.log'), 'utf8').catch(() => '')}`);
}

const started: Nginx[] = [];

beforeAll(async () => {
  stack = await startStack({
    config: {
      verdict: { listen: '127.0.0.1:0' },
      trustedProxies: ['127.0.0.1'],
      challenge: { difficulty: 8 },
    },
  });
  verdictUrl = stack.bw.gateway.verdictUrl as string;
  nginxPort = (await startNginx(new URL(verdictUrl).host)).port;
});

afterAll(async () => {
  for (const n of started) n.process.kill('SIGQUIT');
  await stack?.stop();
  for (const n of started) await rm(n.dir, { recursive: true, force: true });
});

describe('nginx auth_request in front of the demo origin', () => {
  it('serves the origin when Breakwater allows, and counts the request as the edge would', async () => {
    const before = stack.bw.stats.requestsFor('allow');
    const res = await viaNginx('/login');
    expect(res.status).toBe(200);
    expect(res.body).toContain('Breakwater Mail');
    expect(stack.bw.stats.requestsFor('allow')).toBe(before + 1);
  });

  it('answers a block with 403, and a throttle with 429 and Retry-After', async () => {
    const block = await decide({ action: 'block' });
    expect((await viaNginx('/login')).status).toBe(403);
    await undecide(block);
    const throttle = await decide({ action: 'throttle', throttle: { rate: 0.01, burst: 0 } });
    const throttled = await viaNginx('/login', { headers: { accept: 'application/json' } });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    await undecide(throttle);
    expect((await viaNginx('/login')).status).toBe(200);
  });

  it('sends a challenged browser to the page, and lets it through with the pass it earns', async () => {
    const challenge = await decide({ action: 'challenge' });
    const html = { accept: 'text/html', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0' };
    const sent = await viaNginx('/inbox?folder=1', { headers: html });
    expect(sent.status).toBe(302);
    const location = new URL(sent.headers.location as string, `http://127.0.0.1:${nginxPort}`);
    expect(location.pathname).toBe('/.well-known/breakwater/challenge');
    const page = await viaNginx(`${location.pathname}${location.search}`, { headers: html });
    const puzzle = puzzleFromPage(page.body);
    expect(puzzle).toMatchObject({ returnTo: '/inbox?folder=1' });
    const form = new URLSearchParams({
      token: puzzle!.token,
      counter: String(solvePuzzle(puzzle!)),
      returnTo: puzzle!.returnTo,
    });
    const verified = await viaNginx(puzzle!.action, {
      method: 'POST',
      headers: { ...html, 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(verified.status).toBe(303);
    expect(verified.headers.location).toBe('/inbox?folder=1');
    const cookie = (verified.headers['set-cookie'] ?? [])[0].split(';')[0];
    const back = await viaNginx('/login', { headers: { ...html, cookie } });
    expect(back.status).toBe(200);
    expect((await viaNginx('/login', { headers: html })).status).toBe(302);
    await undecide(challenge);
  });
});

describe('nginx when Breakwater cannot be asked', () => {
  it('fails open as the documented config says: the origin answers', async () => {
    const dead = await freePort();
    const failingOpen = await startNginx(`127.0.0.1:${dead}`);
    const res = await send(`http://127.0.0.1:${failingOpen.port}/login`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('Breakwater Mail');
  });
});

describe('the verdict endpoint itself', () => {
  it('fails open on a head it cannot read, and never falls over', async () => {
    for (const uri of ['no-slash', `/${'a'.repeat(9000)}`, '']) {
      const res = await send(`${verdictUrl}/nginx`, {
        from: '127.0.0.1',
        headers: { 'x-original-uri': uri },
      });
      expect(res.status, uri.slice(0, 20)).toBe(200);
      expect(res.headers['x-breakwater-error']).toBe('unreadable-head');
    }
    const odd = await send(`${verdictUrl}/verdict`, {
      from: '127.0.0.1',
      headers: {
        'x-forwarded-uri': '/ok',
        'x-forwarded-method': 'G E T',
        'x-forwarded-for': 'not an address, , ::zz',
      },
    });
    expect(odd.status).toBe(200);
    expect(
      (
        await send(`${verdictUrl}/verdict/inbox`, {
          from: '127.0.0.1',
          headers: { 'x-forwarded-for': '198.51.100.9' },
        })
      ).status,
    ).toBe(200);
  });

  it('answers Traefik and Envoy with the status the client should get', async () => {
    const asked = (path: string, headers: Record<string, string> = {}) =>
      send(`${verdictUrl}${path}`, {
        from: '127.0.0.1',
        headers: { 'x-forwarded-for': CLIENT, 'user-agent': 'Mozilla/5.0 Firefox/128.0', ...headers },
      });
    const throttle = await decide({ action: 'throttle', throttle: { rate: 0.01, burst: 0 } });
    const throttled = await asked('/verdict', { 'x-forwarded-uri': '/api/list', accept: 'application/json' });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    await undecide(throttle);
    const challenge = await decide({ action: 'challenge' });
    const challenged = await asked('/verdict/inbox?folder=2', { accept: 'text/html' });
    expect(challenged.status).toBe(302);
    expect(challenged.headers.location).toBe(
      '/.well-known/breakwater/challenge?return=%2Finbox%3Ffolder%3D2',
    );
    await undecide(challenge);
    const block = await decide({ action: 'block' });
    expect((await asked('/verdict/inbox')).status).toBe(403);
    await undecide(block);
    expect((await asked('/verdict/inbox')).headers['x-breakwater-verdict']).toBe('allow');
  });

  it('refuses to judge for a peer that is not a trusted proxy', async () => {
    const res = await send(`${verdictUrl}/verdict`, { headers: { 'x-forwarded-for': '198.51.100.9' } });
    expect(res.status).toBe(403);
    expect(res.headers['x-breakwater-error']).toBe('untrusted-proxy');
  });
});
