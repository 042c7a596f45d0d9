// SIGHUP on `breakwater serve`, alone and with two workers: the configuration file read again. A changed
// origin takes the requests that come next, also on a keep-alive connection opened before the reload; a
// request in flight across it completes on the origin it started with; a setting that needs a restart
// is named in the log; the health report lists the origins in force; a broken file is refused with a
// clear line and the gateway goes on as it was.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './support/cli.js';
import { type Serving, startServing, stopChild } from './support/cluster-run.js';
import {
  get,
  logLine,
  type NamedOrigin,
  namedOrigin,
  oneConnection,
  writeConfig,
} from './support/serve-signals.js';

const SLOW_MS = 2_500;

// Building takes minutes on a busy machine when the sources changed since the last build.
beforeAll(() => ensureBuilt(), 300_000);

describe.each([1, 2])('SIGHUP with --workers %i', { timeout: 60_000 }, (workers) => {
  let workDir: string;
  let file: string;
  let first: NamedOrigin;
  let second: NamedOrigin;
  let serve: Serving;
  let token: string;

  /** The origins GET /api/v1/health reports, with a viewer's token. */
  const healthOrigins = async () => {
    const res = await fetch(`${serve.controlUrl}/api/v1/health`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const report = (await res.json()) as { origins: { url: string }[] };
    return report.origins.map((origin) => new URL(origin.url).port);
  };

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'breakwater-reload-'));
    file = join(workDir, 'breakwater.yaml');
    [first, second] = await Promise.all([namedOrigin('first', SLOW_MS), namedOrigin('second', SLOW_MS)]);
    writeConfig(file, { data: join(workDir, 'data'), upstreams: [first.url] });
    const created = await runCli(['token', 'create', '--role', 'viewer', '--config', file], { cwd: workDir });
    token = created.stdout.trim();
    serve = await startServing(['--config', file, '--workers', String(workers)], {
      cwd: workDir,
      startMs: 180_000,
    });
  }, 240_000);

  afterAll(async () => {
    await stopChild(serve?.child);
    await Promise.all([first?.close(), second?.close()]);
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('sends new requests to a changed origin; open connections and requests in flight go on', async () => {
    const kept = oneConnection();
    expect(await get(serve.url, '/', kept.agent)).toEqual({ status: 200, id: 'first' });
    const slow = get(serve.url, '/slow');
    await expect.poll(() => first.slowArrived, { timeout: 5_000 }).toBe(1);

    const seen = serve.log.length;
    writeConfig(file, {
      data: join(workDir, 'data'),
      upstreams: [second.url],
      limits: { maxHeaders: 50 },
    });
    serve.child.kill('SIGHUP');
    const reloaded = await logLine(serve, /configuration reloaded/, 10_000, seen);
    expect(reloaded).toContain('applied=upstreams');
    if (workers > 1) expect(reloaded).toContain(`workers=${workers}`);
    expect(await logLine(serve, /take effect on a restart/, 5_000, seen)).toContain(
      'settings=limits.maxHeaders',
    );

    // The keep-alive connection opened before the reload, and fresh ones (every worker), meet the new origin.
    expect(await get(serve.url, '/', kept.agent)).toEqual({ status: 200, id: 'second' });
    const fresh = await Promise.all(Array.from({ length: 6 }, () => get(serve.url, '/')));
    expect(fresh.map((a) => a.id)).toEqual(Array(6).fill('second'));
    expect(kept.connections()).toBe(1);
    // The request in flight across the reload was answered by the origin it was sent to.
    expect(await slow).toEqual({ status: 200, id: 'first' });
    kept.agent.destroy();
    // The health report (and every worker's health checks) follow the origins in force.
    expect(await healthOrigins()).toEqual([new URL(second.url).port]);
  });

  it('refuses a broken configuration with a clear line and keeps the running one', async () => {
    const seen = serve.log.length;
    writeConfig(file, { data: join(workDir, 'data'), upstreams: ['ftp://nowhere'] });
    serve.child.kill('SIGHUP');
    const refused = await logLine(serve, /configuration not reloaded/, 10_000, seen);
    expect(refused).toContain('the running one stays');
    expect(refused).toContain('upstreams');
    expect(serve.child.exitCode).toBeNull();
    const after = await Promise.all(Array.from({ length: 4 }, () => get(serve.url, '/')));
    expect(after.map((a) => a.id)).toEqual(Array(4).fill('second'));
    expect(await healthOrigins()).toEqual([new URL(second.url).port]);
  });
});
