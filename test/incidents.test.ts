// Incidents across a crash: Breakwater runs as its own process, a short flood from one loopback address
// opens an incident (with a decision on its timeline), the process is killed with SIGKILL, and after a
// restart on the same data directory the incident and its timeline are still there, readable through
// the API and the `incidents` commands.

import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/tokens.js';
import type { Incident, TimelineEntry } from '../src/incidents/incident.js';
import { openStore } from '../src/store/index.js';
import { ensureBuilt, finished, freePort, runCli, startCli } from './support/cli.js';
import { eventually, send } from './support/client.js';
import { callApi } from './support/control-api.js';
import { type TestSchema, testDatabase } from './support/postgres.js';
import { startTinyOrigin, type TinyOrigin } from './support/tiny-origin.js';

const ATTACKER = '127.0.0.9';
const workDir = mkdtempSync(join(tmpdir(), 'breakwater-incidents-'));
const dataDir = join(workDir, 'data');
let origin: TinyOrigin;
let token: string;
/** On PostgreSQL (BREAKWATER_TEST_DATABASE), both runs share one schema. */
let schema: TestSchema | undefined;
const children: ChildProcess[] = [];

beforeAll(async () => {
  ensureBuilt();
  origin = await startTinyOrigin((_req, res) => res.end('ok'));
  schema = await testDatabase();
  const store = await openStore({ dataDir, database: schema?.url ?? null });
  token = (await createToken({ store, role: 'admin', name: 'incident-drill', now: Date.now })).token;
  await store.close();
}, 300_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await origin?.close();
  await schema?.drop();
  rmSync(workDir, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  /** What it has written to stderr so far (its error log). */
  stderr: () => string;
  controlUrl: string;
  gatewayUrl: string;
}

/** Starts `breakwater serve` on fresh ports over the shared data directory, and waits until it answers. */
async function serve(): Promise<Running> {
  const [listen, control] = [await freePort(), await freePort()];
  const file = join(workDir, 'breakwater.yaml');
  writeFileSync(
    file,
    JSON.stringify({
      listen: `127.0.0.1:${listen}`,
      control: `127.0.0.1:${control}`,
      data: dataDir,
      database: schema?.url ?? null,
      upstreams: [origin.url],
      logLevel: 'error',
      services: [{ name: 'Webmail', paths: ['/'] }],
    }),
  );
  const child = startCli(['serve', '--config', file], { cwd: workDir });
  children.push(child);
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const controlUrl = `http://127.0.0.1:${control}`;
  const up = await eventually(
    () =>
      fetch(`${controlUrl}/api/v1/health`)
        .then((r) => r.ok)
        .catch(() => false),
    30_000,
    200,
  );
  expect(up, 'breakwater answered its health check').toBe(true);
  return { child, stderr: () => stderr, controlUrl, gatewayUrl: `http://127.0.0.1:${listen}` };
}

/** Floods the gateway from one address with a few connections until `done` or `withinMs`. */
async function flood(gatewayUrl: string, done: () => boolean, withinMs: number): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const deadline = Date.now() + withinMs;
  const worker = async () => {
    while (!done() && Date.now() < deadline) {
      await send(gatewayUrl, '/search', { agent, localAddress: ATTACKER, timeoutMs: 2_000 }).catch(
        () => new Promise((resolve) => setTimeout(resolve, 5)),
      );
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  agent.destroy();
}

async function incidentWithDecision(
  controlUrl: string,
): Promise<{ incident: Incident; timeline: TimelineEntry[] } | undefined> {
  const list = await callApi<{ incidents: Incident[] }>(controlUrl, 'GET', '/api/v1/incidents', { token });
  const incident = list.body.incidents?.[0];
  if (incident === undefined) return undefined;
  const one = await callApi<{ incident: Incident; timeline: TimelineEntry[] }>(
    controlUrl,
    'GET',
    `/api/v1/incidents/${incident.id}`,
    { token },
  );
  return one.body.timeline.some((e) => e.kind === 'decision') ? one.body : undefined;
}

describe('incidents across a crash', () => {
  it('keeps the incident and its timeline after SIGKILL and a restart', async () => {
    const first = await serve();
    let seen: { incident: Incident; timeline: TimelineEntry[] } | undefined;
    let done = false;
    const watching = (async () => {
      await eventually(
        async () => {
          seen = await incidentWithDecision(first.controlUrl).catch(() => undefined);
          return seen !== undefined;
        },
        20_000,
        250,
      );
      done = true;
    })();
    await flood(first.gatewayUrl, () => done, 20_000);
    done = true;
    await watching;
    expect(seen, `no incident with a decision on its timeline; log:\n${first.stderr()}`).toBeDefined();
    const before = seen as { incident: Incident; timeline: TimelineEntry[] };
    expect(before.incident).toMatchObject({ services: ['Webmail'], attackClasses: ['http-flood'] });
    expect(before.incident.topSources[0]).toMatchObject({ scope: 'ip', value: ATTACKER });

    first.child.kill('SIGKILL');
    expect((await finished(first.child, 10_000)).signal).toBe('SIGKILL');

    const second = await serve();
    const after = await callApi<{ incident: Incident; timeline: TimelineEntry[] }>(
      second.controlUrl,
      'GET',
      `/api/v1/incidents/${before.incident.id}`,
      { token },
    );
    expect(after.status).toBe(200);
    expect(after.body.incident).toMatchObject({
      id: before.incident.id,
      openedAt: before.incident.openedAt,
      detectionIds: before.incident.detectionIds,
      attackClasses: before.incident.attackClasses,
    });
    expect(after.body.timeline.slice(0, before.timeline.length)).toEqual(before.timeline);

    const cli = (args: string[]) =>
      runCli(['incidents', ...args, '--control', second.controlUrl, '--token', token], { cwd: workDir });
    const shown = await cli(['show', before.incident.id]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(before.incident.id);
    expect(shown.stdout).toMatch(/Timeline:\n.*opened/);
    const listed = await cli(['list']);
    expect(listed.stdout).toMatch(new RegExp(`${before.incident.id}  flood `));
    expect((await cli(['list', '--kind', 'phishing'])).stdout).toBe('no incidents\n');
    expect(shown.stdout).toMatch(/ {2}kind {12}flood\n/);
    const output = join(workDir, 'report.html');
    const report = await cli(['report', before.incident.id, '--format', 'html', '--output', output]);
    expect(report.code, report.stderr).toBe(0);
    expect(readFileSync(output, 'utf8')).toContain(before.incident.id);
    const unknown = await cli(['show', 'INC-1999-0001']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/404 no incident has id INC-1999-0001/);

    second.child.kill('SIGTERM');
    await finished(second.child, 15_000);
  }, 180_000);
});
