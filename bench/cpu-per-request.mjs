// CPU a proxied request costs: Breakwater's gateway beside the least a Node.js proxy can do (node:http
// server, an undici pool, no check of any kind) and, when installed, nginx, all in front of the same demo
// origin. Each is driven in turn by wrk at saturation, rounds interleaved, and its process's user and system
// CPU from /proc is divided by the requests wrk completed. The gap between the first two is what
// Breakwater's defence costs; the rest is Node.js's HTTP server and undici, told apart by a fourth row: the
// same node:http server answering /api/health's body itself, with no upstream. With --rates, the benchmark's
// paced client then measures each (and the origin direct) at those fixed rates, rounds interleaved.
// Starts everything through the benchmark harness (its demo origin, gateway and nginx contenders, wrk, the
// paced client), so it needs both builds (npm run build, tsc -p bench/tsconfig.json) and wrk:
//   node bench/cpu-per-request.mjs [--rounds 3] [--seconds 8] [--connections 50] [--path /api/health]
//        [--rates 3000,6000]
// With `--serve-bare UPSTREAM PORT` it is the bare proxy itself, with `--serve-self PORT` the server that
// answers itself (the script starts them that way).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';

const LOOPBACK = '127.0.0.1';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TICKS_PER_SECOND = 100;
/** The benchmark harness's own parts (dist/bench, from `tsc -p bench/tsconfig.json`). */
const harness = (path) => import(pathToFileURL(join(ROOT, 'dist/bench', path)).href);

/** node:http answering every request with the demo origin's /api/health body, without an upstream. */
function serveSelf(port) {
  const body = Buffer.from('{"status":"ok","inFlight":0,"queued":0}');
  const headers = { 'content-type': 'application/json', 'content-length': body.length };
  http.createServer((_req, res) => res.writeHead(200, headers).end(body)).listen(port, LOOPBACK);
}

/** The bare proxy: every request to the upstream through one pool, the answer piped back. */
function serveBare(port, upstream) {
  const pool = new Pool(upstream, { connections: 128 });
  http
    .createServer((req, res) => {
      pool.request({ path: req.url, method: req.method, headers: req.headers }).then(
        ({ statusCode, headers, body }) => {
          delete headers.connection;
          delete headers['keep-alive'];
          res.writeHead(statusCode, headers);
          body.pipe(res);
        },
        () => res.writeHead(502).end(),
      );
    })
    .listen(port, LOOPBACK);
}

/** User and system CPU seconds of a process and its threads (fields 14 and 15 of /proc/PID/stat). */
function cpuOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { user: Number(fields[11]) / TICKS_PER_SECOND, system: Number(fields[12]) / TICKS_PER_SECOND };
}

/** The benchmark's paced client through each contender at each rate. */
async function paced(contenders, rates, rounds, seconds) {
  const { runPacedLoad } = await harness('clients/paced-load-result.js');
  console.log(
    `\npaced client, 64 connections, ${seconds} s after 1 s of warm-up, ${rounds} rounds interleaved`,
  );
  console.log('| rate | server | round | achieved | p50 ms | p99 ms | sent late |');
  console.log('|---:|---|---:|---:|---:|---:|---:|');
  for (const rate of rates) {
    for (let round = 1; round <= rounds; round++) {
      for (const c of round % 2 === 1 ? contenders : [...contenders].reverse()) {
        const r = await runPacedLoad({ url: c.url, rate, seconds, warmup: 1, connections: 64 });
        console.log(
          `| ${rate} | ${c.name} | ${round} | ${Math.round(r.achievedRate)} | ${r.latencyMs.p50.toFixed(1)} | ` +
            `${r.latencyMs.p99.toFixed(1)} | ${r.behind} |`,
        );
      }
    }
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '8' },
      connections: { type: 'string', default: '50' },
      path: { type: 'string', default: '/api/health' },
      rates: { type: 'string', default: '' },
      'serve-bare': { type: 'string' },
      'serve-self': { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (values['serve-bare'] !== undefined) {
    serveBare(Number(positionals[0]), values['serve-bare']);
    return;
  }
  if (values['serve-self']) {
    serveSelf(Number(positionals[0]));
    return;
  }
  const rounds = Number(values.rounds);
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const [
    { freePort, waitForPort },
    { gatewayNodeFlags },
    { startProcess, stopAll },
    { runWrk },
    { findTool },
  ] = await Promise.all(['net.js', 'paths.js', 'processes.js', 'wrk.js', 'tools.js'].map(harness));
  const { startOrigin } = await harness('contenders/origin.js');
  const { startBreakwater } = await harness('contenders/breakwater.js');
  const { startNginx } = await harness('contenders/nginx.js');
  const { GENEROUS_LIMITS } = await harness('scenarios/baseline.js');
  const wrk = findTool('wrk');
  if (wrk === undefined) throw new Error('wrk is not installed (apt-get install wrk)');
  /** This script again, in one of its server modes, with the gateway's V8 flags. */
  const startThis = async (name, ...args) => {
    const port = await freePort();
    const child = await startProcess({
      name,
      command: process.execPath,
      args: [...gatewayNodeFlags(), fileURLToPath(import.meta.url), ...args, String(port)],
      deadlineMs: 30 * 60_000,
    });
    await waitForPort(port, child);
    return { name, url: `http://${LOOPBACK}:${port}`, child };
  };
  const requestsOf = async (url, runSeconds) =>
    (await runWrk(wrk, { url, threads: 1, connections, seconds: runSeconds })).requests;
  try {
    const origin = await startOrigin({ concurrency: 64, cpuMs: 0 });
    const gateway = await startBreakwater({
      originUrl: origin.url,
      maxConnectionsPerAddress: GENEROUS_LIMITS.connectionsPerAddress,
      allowlist: [LOOPBACK],
    });
    const contenders = [
      { name: 'Breakwater gateway', url: gateway.url, child: gateway.child },
      await startThis('bare Node.js proxy', '--serve-bare', origin.url),
    ];
    const nginx = findTool('nginx');
    if (nginx !== undefined) {
      const service = await startNginx(nginx, origin.port, GENEROUS_LIMITS, undefined, 1);
      contenders.push({ name: 'nginx (1 worker)', url: service.url, child: service.child });
    }
    const self = await startThis('node:http answering itself (no upstream)', '--serve-self');
    contenders.push(self);
    for (const c of contenders) {
      c.url = `${c.url}${values.path}`;
      await requestsOf(c.url, 2); // warm-up
      c.runs = [];
    }
    /** Every process of a server's group: nginx's worker, the gateway's threads' process. */
    const pidsOf = (c) =>
      spawnSync('pgrep', ['-g', String(c.child.pid)], { encoding: 'utf8' })
        .stdout.split('\n')
        .filter(Boolean)
        .map(Number);
    for (let round = 1; round <= rounds; round++) {
      for (const c of round % 2 === 1 ? contenders : [...contenders].reverse()) {
        const pids = pidsOf(c);
        const before = pids.map(cpuOf);
        const requests = await requestsOf(c.url, seconds);
        const after = pids.map(cpuOf);
        const sum = (key) => after.reduce((s, a, i) => s + a[key] - before[i][key], 0);
        c.runs.push({ requests, user: sum('user'), system: sum('system') });
      }
    }
    const us = (s, n) => ((s / n) * 1e6).toFixed(1);
    const rows = contenders.map((c) => {
      const n = c.runs.reduce((s, r) => s + r.requests, 0);
      const user = c.runs.reduce((s, r) => s + r.user, 0);
      const system = c.runs.reduce((s, r) => s + r.system, 0);
      return { c, n, user, system, perRequest: (user + system) / n };
    });
    console.log(`wrk -t1 -c${connections} -d${seconds}s on ${values.path}, ${rounds} rounds interleaved`);
    console.log(
      '| server | req/s | user µs/request | system µs/request | total µs/request | of the bare proxy |',
    );
    console.log('|---|---:|---:|---:|---:|---:|');
    const bare = rows[1].perRequest;
    for (const r of rows) {
      console.log(
        `| ${r.c.name} | ${Math.round(r.n / (seconds * rounds))} | ${us(r.user, r.n)} | ${us(r.system, r.n)} | ` +
          `${us(r.user + r.system, r.n)} | ${((100 * r.perRequest) / bare).toFixed(0)}% |`,
      );
    }
    const rates = values.rates.split(',').filter(Boolean).map(Number);
    const direct = { name: 'origin direct', url: `${origin.url}${values.path}` };
    if (rates.length > 0) await paced([direct, ...contenders], rates, rounds, seconds);
  } finally {
    await stopAll();
  }
}

main().catch((error) => {
  console.error(`cpu-per-request: ${error.message}`);
  process.exitCode = 1;
});
