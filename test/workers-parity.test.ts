// Gateway workers do what one gateway process does: `breakwater serve --workers 2` on loopback. The verdict
// endpoint answers (its socket shared by the workers like the gateway's); a cache bypass from 40 addresses,
// their connections spread over both workers, meets the primary's budget of new queries in both (the
// addresses are on the responder's allowlist, so the budget alone keeps the flood off the origin); every
// request either worker answered has its line in the one access log; and the evidence package of the
// incident lists every refusal either worker made. Bounded: one flood of 8 s at 80 requests a second.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unpackArchive } from '../src/evidence/archive.js';
import { ensureBuilt, freePort, runCli } from './support/cli.js';
import { send } from './support/client.js';
import { type Serving, sleep, startServing, stopChild, until, workerPids } from './support/cluster-run.js';
import { addDecision, callApi } from './support/control-api.js';
import { startTinyOrigin, type TinyOrigin } from './support/tiny-origin.js';

/** The flood's sources: one keep-alive connection each, spread over the workers. */
const SOURCES = Array.from({ length: 40 }, (_, i) => `127.0.10.${i + 1}`);
const PER_SOURCE_GAP_MS = 500;
const FLOOD_MS = 8_000;

let workDir: string;
let origin: TinyOrigin;
let serve: Serving;
let verdictUrl: string;
let token: string;
/** Flood requests the origin answered, by the time they arrived. */
const arrivals: number[] = [];

beforeAll(async () => {
  ensureBuilt();
  workDir = mkdtempSync(join(tmpdir(), 'breakwater-workers-parity-'));
  origin = await startTinyOrigin((req, res) => {
    if (req.url?.startsWith('/api/search?')) arrivals.push(Date.now());
    res.setHeader('content-type', 'application/json');
    res.end('{"results":[]}');
  });
  const verdictPort = await freePort();
  verdictUrl = `http://127.0.0.1:${verdictPort}`;
  const config = join(workDir, 'breakwater.yaml');
  writeFileSync(
    config,
    [
      'verdict:',
      `  listen: 127.0.0.1:${verdictPort}`,
      'trustedProxies: [127.0.0.1]',
      'accessLog:',
      `  path: ${join(workDir, 'access.log')}`,
      '  perSecond: 1000',
      'responder:',
      '  allowlist: [127.0.10.0/24]',
      '',
    ].join('\n'),
  );
  const data = join(workDir, 'data');
  token = (
    await runCli(['token', 'create', '--role', 'admin', '--data', data], { cwd: workDir })
  ).stdout.trim();
  serve = await startServing(
    ['--workers', '2', '--upstream', origin.url, '--data', data, '--config', config],
    { cwd: workDir },
  );
}, 120_000);

afterAll(async () => {
  await stopChild(serve?.child);
  await origin?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Asks the verdict endpoint about a client, as nginx's auth_request does, on a fresh connection. */
async function verdictFor(client: string): Promise<number> {
  const answer = await send(verdictUrl, '/verdict', {
    headers: [
      ['x-original-uri', '/inbox'],
      ['x-forwarded-for', client],
    ],
  });
  return answer.status;
}

interface Sent {
  source: string;
  path: string;
  status: number;
  at: number;
}

/** One source's paced searches, each with a query never seen before, as an API client. */
async function searches(source: string, stop: () => boolean, out: Sent[]): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const headers: [string, string][] = [
    ['accept', 'application/json'],
    ['user-agent', `search-client/${source}`],
  ];
  while (!stop()) {
    const started = Date.now();
    const path = `/api/search?q=${randomBytes(6).toString('hex')}`;
    const answer = await send(serve.url, path, {
      agent,
      headers,
      localAddress: source,
      timeoutMs: 2_000,
    }).catch(() => undefined);
    if (answer !== undefined) out.push({ source, path, status: answer.status, at: Date.now() });
    await sleep(Math.max(0, PER_SOURCE_GAP_MS - (Date.now() - started)));
  }
  agent.destroy();
}

describe('serve --workers 2 does what one process does', () => {
  it('answers on the verdict endpoint: block for a blocked address, allow for another', async () => {
    expect(workerPids(serve.child.pid)).toHaveLength(2);
    await addDecision(serve.controlUrl, token, {
      scope: 'ip',
      value: '198.51.100.9',
      action: 'block',
      ttl: '10m',
    });
    await sleep(200);
    // Fresh connections are handed to the workers in turn: twelve of them meet both.
    const blocked = await Promise.all(Array.from({ length: 12 }, () => verdictFor('198.51.100.9')));
    expect(blocked).toEqual(Array(12).fill(403));
    const allowed = await Promise.all(Array.from({ length: 12 }, () => verdictFor('198.51.100.10')));
    expect(allowed).toEqual(Array(12).fill(200));
  });

  it('budgets a cache bypass in both workers, logs every request, and witnesses every refusal', async () => {
    const sent: Sent[] = [];
    let stopped = false;
    setTimeout(() => {
      stopped = true;
    }, FLOOD_MS);
    await Promise.all(SOURCES.map((source) => searches(source, () => stopped, sent)));
    await sleep(1_500); // the last tick's witness reaches the primary; the access log is written

    // The budget: once the route was guarded (first refusal) and the guard had reached both workers (a
    // second later), what reached the origin is a small part of what was sent (the budget is 2 new
    // queries a second; were one worker unbudgeted, about half would reach it).
    const refusals = sent.filter((s) => s.status === 429);
    expect(refusals.length).toBeGreaterThan(50);
    const guardedFrom = Math.min(...refusals.map((s) => s.at)) + 1_000;
    const sentGuarded = sent.filter((s) => s.at >= guardedFrom).length;
    const reachedGuarded = arrivals.filter((at) => at >= guardedFrom).length;
    expect(sentGuarded).toBeGreaterThan(200);
    expect(reachedGuarded / sentGuarded).toBeLessThan(0.2);
    // …and not a decision: the allowlist kept the responder off these addresses.
    const decisions = await callApi<{ decisions: { source: string }[] }>(
      serve.controlUrl,
      'GET',
      '/api/v1/decisions',
      { token },
    );
    expect(decisions.body.decisions.filter((d) => d.source === 'detector')).toEqual([]);

    // The access log: one whole line for every request answered, whichever worker answered it.
    const lines = readFileSync(join(workDir, 'access.log'), 'utf8').split('\n').filter(Boolean);
    const combined =
      /^127\.0\.10\.\d+ - - \[[^\]]+\] "GET (\/api\/search\?q=[0-9a-f]{12}) HTTP\/1\.1" (\d{3}) \d+ /;
    const logged = new Map<string, number>();
    for (const line of lines) {
      const m = combined.exec(line);
      if (m !== null) logged.set(m[1], Number(m[2]));
    }
    expect(lines.filter((line) => line.includes('/api/search') && !combined.test(line))).toEqual([]);
    for (const s of sent) expect(logged.get(s.path), s.path).toBe(s.status);

    // The witness: the incident's evidence package lists every refusal, from both workers.
    const incident = await until(
      'the incident of the cache bypass',
      async () => {
        const list = await callApi<{ incidents: { id: string; attackClasses: string[] }[] }>(
          serve.controlUrl,
          'GET',
          '/api/v1/incidents',
          { token },
        );
        return list.body.incidents?.find((i) => i.attackClasses.includes('cache-bypass'));
      },
      10_000,
    );
    const res = await fetch(`${serve.controlUrl}/api/v1/incidents/${incident.id}/evidence`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const files = await unpackArchive(Buffer.from(await res.arrayBuffer()));
    const sources = JSON.parse(files.get(`${incident.id}/sources.json`)?.toString() ?? '{}') as {
      refused: { address: string; requests: number }[];
    };
    const refusedBy = new Map<string, number>();
    for (const r of refusals) refusedBy.set(r.source, (refusedBy.get(r.source) ?? 0) + 1);
    const flood = (address: string) => address.startsWith('127.0.10.');
    const witnessed = new Map(
      sources.refused.filter((s) => flood(s.address)).map((s) => [s.address, s.requests]),
    );
    expect(witnessed).toEqual(refusedBy);
    const heads = JSON.parse(files.get(`${incident.id}/request-heads.json`)?.toString() ?? '{}') as {
      heads: { address: string; verdict: string }[];
    };
    const floodHeads = heads.heads.filter((h) => flood(h.address));
    expect(floodHeads).toHaveLength(refusals.length);
    expect(new Set(floodHeads.map((h) => h.address))).toEqual(new Set(refusedBy.keys()));
  }, 60_000);
});
