// CPU a proxied request costs: Breakwater's gateway beside the least a Node.js proxy can do (node:http
// server, an undici pool, no check of any kind) and, when installed, nginx, all in front of the same demo
// origin. Each is driven in turn by wrk at saturation, rounds interleaved, and its process's user and system
// CPU from /proc is divided by the requests wrk completed. The gap between the first two is what
// Breakwater's defence costs; the rest is Node.js's HTTP server and undici, told apart by a fourth row: the
// same node:http server answering /api/health's body itself, with no upstream. With --rates, the benchmark's
// paced client then measures each (and the origin direct) at those fixed rates, rounds interleaved.
// Needs the build (npm run build, and tsc -p bench/tsconfig.json for --rates) and wrk:
//   node bench/cpu-per-request.mjs [--rounds 3] [--seconds 8] [--connections 50] [--path /api/health]
//        [--rates 3000,6000]
// With `--serve-bare PORT UPSTREAM` it is the bare proxy itself, with `--serve-self PORT` the server that
// answers itself (the script starts them that way).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';

const LOOPBACK = '127.0.0.1';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The gateway's own V8 flags (src/runtime/v8-flags.ts), given to both Node.js proxies alike. */
const FLAGS = ['--min-semi-space-size=16', '--max-semi-space-size=32', '--no-memory-reducer'];
const TICKS_PER_SECOND = 100;

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

async function freePort() {
  const server = net.createServer();
  await new Promise((ok) => server.listen(0, LOOPBACK, ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

async function waitFor(url, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${child.spawnargs.join(' ')} exited (${child.exitCode})`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within 10 s`);
}

/** User and system CPU seconds of a process and its threads (fields 14 and 15 of /proc/PID/stat). */
function cpuOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { user: Number(fields[11]) / TICKS_PER_SECOND, system: Number(fields[12]) / TICKS_PER_SECOND };
}

/** Requests wrk completed, from its summary. */
function wrk(url, seconds, connections) {
  const run = spawnSync('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, url], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr || run.error?.message}`);
  const done = /(\d+) requests in/.exec(run.stdout);
  if (done === null) throw new Error(`wrk printed no request count:\n${run.stdout}`);
  return Number(done[1]);
}

function nginxConfig(dir, port, upstreamPort) {
  const file = join(dir, 'nginx.conf');
  writeFileSync(
    file,
    `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 4096; }
http { access_log off; client_body_temp_path ${dir}; proxy_temp_path ${dir};
  upstream origin { server ${LOOPBACK}:${upstreamPort}; keepalive 128; }
  server { listen ${LOOPBACK}:${port};
    location / { proxy_pass http://origin; proxy_http_version 1.1; proxy_set_header Connection ""; } } }
`,
  );
  return file;
}

/** The paced client (dist/bench/clients/paced-load.js) through each contender at each rate. */
function paced(contenders, rates, rounds, seconds) {
  const client = join(ROOT, 'dist/bench/clients/paced-load.js');
  console.log(
    `\npaced client, 64 connections, ${seconds} s after 1 s of warm-up, ${rounds} rounds interleaved`,
  );
  console.log('| rate | server | round | achieved | p50 ms | p99 ms | sent late |');
  console.log('|---:|---|---:|---:|---:|---:|---:|');
  for (const rate of rates) {
    for (let round = 1; round <= rounds; round++) {
      for (const c of round % 2 === 1 ? contenders : [...contenders].reverse()) {
        const args = [
          client,
          '--url',
          c.url,
          '--rate',
          String(rate),
          '--seconds',
          String(seconds),
          '--warmup',
          '1',
        ];
        const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
        if (run.status !== 0) throw new Error(`paced client failed: ${run.stderr}`);
        const r = JSON.parse(run.stdout);
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
      'serve-self': { type: 'string' },
    },
    allowPositionals: true,
  });
  if (values['serve-bare'] !== undefined) {
    serveBare(Number(values['serve-bare']), positionals[0]);
    return;
  }
  if (values['serve-self'] !== undefined) {
    serveSelf(Number(values['serve-self']));
    return;
  }
  const rounds = Number(values.rounds);
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const scratch = mkdtempSync(join(tmpdir(), 'breakwater-cpu-'));
  const children = [];
  const start = (command, args) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(child);
    return child;
  };
  /** This script again, in one of its server modes, with the gateway's V8 flags. */
  const startThis = (...args) => start(process.execPath, [...FLAGS, fileURLToPath(import.meta.url), ...args]);
  try {
    const originPort = await freePort();
    const origin = start(process.execPath, [
      join(ROOT, 'dist/demo/main.js'),
      ...['--host', LOOPBACK, '--port', String(originPort), '--concurrency', '64', '--cpu-ms', '0'],
    ]);
    const originUrl = `http://${LOOPBACK}:${originPort}`;
    await waitFor(`${originUrl}${values.path}`, origin);

    const config = join(scratch, 'breakwater.yaml');
    writeFileSync(config, `logLevel: error\nresponder:\n  allowlist: [${LOOPBACK}]\n`);
    const [gatewayPort, controlPort, barePort, nginxPort, selfPort] = [
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    const contenders = [
      {
        name: 'Breakwater gateway',
        port: gatewayPort,
        child: start(process.execPath, [
          ...FLAGS,
          join(ROOT, 'dist/cli/main.js'),
          ...['serve', '--config', config, '--upstream', originUrl, '--listen', `${LOOPBACK}:${gatewayPort}`],
          ...['--control', `${LOOPBACK}:${controlPort}`, '--data', join(scratch, 'data')],
        ]),
      },
      {
        name: 'bare Node.js proxy',
        port: barePort,
        child: startThis('--serve-bare', String(barePort), originUrl),
      },
    ];
    const self = {
      name: 'node:http answering itself (no upstream)',
      port: selfPort,
      child: startThis('--serve-self', String(selfPort)),
    };
    if (spawnSync('nginx', ['-v']).status === 0) {
      const conf = nginxConfig(scratch, nginxPort, originPort);
      contenders.push({ name: 'nginx (1 worker)', port: nginxPort, child: start('nginx', ['-c', conf]) });
    }
    contenders.push(self);
    for (const c of contenders) {
      c.url = `http://${LOOPBACK}:${c.port}${values.path}`;
      await waitFor(c.url, c.child);
      wrk(c.url, 2, connections); // warm-up
      c.runs = [];
    }
    /** nginx's worker is a child of its master: its CPU is read from the master's children too. */
    const pidsOf = (c) => {
      const kids = spawnSync('pgrep', ['-P', String(c.child.pid)], { encoding: 'utf8' }).stdout.split('\n');
      return [c.child.pid, ...kids.filter(Boolean).map(Number)];
    };
    for (let round = 1; round <= rounds; round++) {
      for (const c of round % 2 === 1 ? contenders : [...contenders].reverse()) {
        const pids = pidsOf(c);
        const before = pids.map(cpuOf);
        const requests = wrk(c.url, seconds, connections);
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
    if (rates.length > 0)
      paced(
        [{ name: 'origin direct', url: `${originUrl}${values.path}` }, ...contenders],
        rates,
        rounds,
        seconds,
      );
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`cpu-per-request: ${error.message}`);
  process.exitCode = 1;
});
