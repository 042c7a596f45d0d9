// Tests of the console's serving: the app's pages, cached hashed assets, the CSP, and no shadowing of
// the API, status, TAXII or metrics paths.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installErrorHandlers } from '../errors.js';
import { CONSOLE_CSP, consoleRoutes } from './console.js';

const INDEX = '<!doctype html><script type="module" src="/assets/index-abc123.js"></script>';

function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'breakwater-console-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(tmpdir(), 'breakwater-console-secret.txt'), 'outside');
  return dir;
}

async function appServing(dir: string): Promise<FastifyInstance> {
  const app = Fastify();
  installErrorHandlers(app);
  app.get('/api/v1/health', async () => ({ status: 'ok' }));
  app.get('/status', async () => 'status page');
  await app.register(consoleRoutes({ dir }));
  return app;
}

let app: FastifyInstance;
beforeEach(async () => {
  app = await appServing(fakeBuild());
});
afterEach(async () => {
  await app.close();
});

describe('the console route', () => {
  it.each(['/', '/incidents', '/incidents/INC-2026-0001', '/setup', '/login?next=%2Fdecisions'])(
    'answers %s with the app, not cached, under a strict CSP',
    async (url) => {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toBe(INDEX);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toBe(CONSOLE_CSP);
      expect(CONSOLE_CSP).toContain("default-src 'self'");
      expect(res.headers['x-frame-options']).toBe('DENY');
    },
  );

  it('serves hashed assets for a year and other files for an hour', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('answers a missing file with the JSON 404, not the app', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/gone-000.js' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not_found' });
  });

  it('never leaves the build directory', async () => {
    for (const url of [
      '/../breakwater-console-secret.txt',
      '/%2e%2e/breakwater-console-secret.txt',
      '/a%00.js',
    ]) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain('outside');
    }
  });

  it('leaves the API, status, TAXII and metrics paths to their routes', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ method: 'GET', url: '/status' })).body).toBe('status page');
    for (const url of ['/api/v1/nothing', '/api', '/status/x', '/taxii2/', '/metrics']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json(), url).toMatchObject({ error: 'not_found' });
    }
  });

  it('says how to build the console when it is not built', async () => {
    const unbuilt = await appServing(mkdtempSync(join(tmpdir(), 'breakwater-console-empty-')));
    const res = await unbuilt.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build');
    await unbuilt.close();
  });
});
