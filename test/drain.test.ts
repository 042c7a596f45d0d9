// SIGTERM on `breakwater serve`, alone and with two workers: the gateway stops accepting at once, closes
// an idle keep-alive connection, lets a slow request in flight finish and exits 0, saying what it did.
// A second signal during the drain exits at once.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectionRefused, ensureBuilt } from './support/cli.js';
import { type Serving, startServing, stopChild } from './support/cluster-run.js';
import {
  get,
  logLine,
  type NamedOrigin,
  namedOrigin,
  oneConnection,
  writeConfig,
} from './support/serve-signals.js';

const SLOW_MS = 3_000;

let workDir: string;
let origin: NamedOrigin;
let serve: Serving | undefined;

// Building takes minutes on a busy machine when the sources changed since the last build.
beforeAll(() => ensureBuilt(), 300_000);

afterEach(async () => {
  await stopChild(serve?.child);
  await origin?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function serving(workers: number): Promise<Serving> {
  workDir = mkdtempSync(join(tmpdir(), 'breakwater-drain-'));
  origin = await namedOrigin('origin', SLOW_MS);
  const file = join(workDir, 'breakwater.yaml');
  writeConfig(file, { data: join(workDir, 'data'), upstreams: [origin.url], timeouts: { shutdown: '20s' } });
  serve = await startServing(['--config', file, '--workers', String(workers)], {
    cwd: workDir,
    startMs: 180_000,
  });
  return serve;
}

const exited = (serve: Serving) =>
  new Promise<number | null>((resolve) => {
    if (serve.child.exitCode !== null) resolve(serve.child.exitCode);
    else serve.child.once('exit', (code) => resolve(code));
  });

describe.each([1, 2])('SIGTERM with --workers %i', { timeout: 240_000 }, (workers) => {
  it('refuses new connections, finishes the request in flight, closes idle ones and exits 0', async () => {
    const serve = await serving(workers);
    const port = Number(new URL(serve.url).port);
    const idle = oneConnection();
    expect((await get(serve.url, '/', idle.agent)).status).toBe(200);
    const idleClosed = new Promise<number>((resolve) =>
      idle.socket().once('close', () => resolve(Date.now())),
    );
    const slow = get(serve.url, '/slow').then((answer) => ({ ...answer, at: Date.now() }));
    await expect.poll(() => origin.slowArrived, { timeout: 5_000 }).toBe(1);

    const signalledAt = Date.now();
    const exit = exited(serve);
    serve.child.kill('SIGTERM');
    await expect.poll(() => connectionRefused(port), { timeout: 5_000, interval: 100 }).toBe(true);
    const refusedAt = Date.now();
    // The idle keep-alive connection is closed by the gateway while the slow request is still running.
    const idleClosedAt = await idleClosed;

    const answer = await slow;
    expect(answer).toMatchObject({ status: 200, id: 'origin' });
    expect(refusedAt).toBeLessThan(answer.at);
    expect(idleClosedAt).toBeLessThan(answer.at);
    expect(await exit).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(20_000);
    expect(await logLine(serve, /drained/)).toMatch(/inFlight=1 cut=0/);
    idle.agent.destroy();
  });
});

describe('a second signal while draining', { timeout: 240_000 }, () => {
  it('exits at once, without waiting for the request in flight', async () => {
    const serve = await serving(1);
    const slow = get(serve.url, '/slow').catch((error: Error) => error);
    await expect.poll(() => origin.slowArrived, { timeout: 5_000 }).toBe(1);
    const exit = exited(serve);
    serve.child.kill('SIGTERM');
    await logLine(serve, /draining/);
    serve.child.kill('SIGINT');
    expect(await exit).toBe(1);
    // It left before the origin answered: the request in flight was cut.
    expect(await slow).toBeInstanceOf(Error);
  });
});
