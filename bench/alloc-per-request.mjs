// Bytes the gateway allocates and promotes per request, whatever the machine's load: starts the built
// gateway (`breakwater serve`, one process) in front of a tiny origin, sends it a fixed number of requests
// over keep-alive connections, and reads V8's own accounts inside the gateway process:
// - allocated and promoted bytes, from a GC profile (node:v8 GCProfiler) between two forced full GCs:
//   allocated = growth of the used heap between collections, promoted = old-space growth across scavenges;
// - the top allocation sites, from the sampling heap profiler (collected objects included), by function
//   and by the nearest Breakwater frame (what of ours made Node or undici allocate);
// - in a third run, the sites of what survives a scavenge (objects dying young are left out of it).
// Each run sends the same requests after a warm-up of as many, so the young generation has grown to its
// working size. An idle stretch as long as the load is measured too, for what the gateway allocates unasked.
// Needs the build (npm run build):
//   node bench/alloc-per-request.mjs [--requests 20000] [--connections 16] [--path /api/health]
//        [--node-flag=--max-semi-space-size=32] [--dist DIR] [--access-log] [--json]
//        [--profile FILE.heapprofile]   (the sampled profile, for Chrome DevTools' Memory tab)
// The gateway runs with this file as an --import preload (ALLOC_PROBE set): it answers the commands below.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { Session } from 'node:inspector/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

const LOOPBACK = '127.0.0.1';
const SAMPLING_INTERVAL_BYTES = 256;

/** The gateway side: forced collections, a GC profile and a sampling heap profile, on command. */
async function probe() {
  const session = new Session();
  session.connect();
  let gcProfile;
  // A full GC that, unlike the inspector's, leaves the young generation's grown size alone.
  const collect = () => gc({ type: 'major' });
  const commands = {
    async begin({ sample }) {
      collect();
      collect();
      if (sample) {
        await session.post('HeapProfiler.startSampling', {
          samplingInterval: SAMPLING_INTERVAL_BYTES,
          includeObjectsCollectedByMajorGC: true,
          includeObjectsCollectedByMinorGC: sample === 'all',
        });
      }
      gcProfile = new v8.GCProfiler();
      gcProfile.start();
      return { used: v8.getHeapStatistics().used_heap_size, old: oldSpaceUsed() };
    },
    async end({ sample }) {
      if (sample === 'survivors') {
        // Two scavenges: what is young now dies (dropped) or is promoted (kept) before the profile stops.
        gc({ type: 'minor' });
        gc({ type: 'minor' });
      }
      collect();
      const gcs = gcProfile.stop().statistics;
      const profile = sample ? (await session.post('HeapProfiler.stopSampling')).profile : undefined;
      return { gcs, profile, rss: process.memoryUsage().rss };
    },
  };
  process.on('message', async (message) => {
    const reply = await commands[message.command](message);
    process.send({ id: message.id, ...reply });
  });
  process.channel?.unref();
}

/** The gc() that --expose-gc would give, without changing the gateway's command line. */
function gc(options) {
  v8.setFlagsFromString('--expose-gc');
  runInNewContext('gc')(options);
}

function oldSpaceUsed() {
  return v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_used_size;
}

/** What one GC profile says: bytes allocated, bytes promoted and scavenges between the two full GCs. */
function gcAccount(begin, gcs) {
  let allocated = 0;
  let promoted = 0;
  let scavenges = 0;
  let markCompacts = 0;
  let pauseUs = 0;
  let usedAfter = begin.used;
  const oldOf = (at) => at.heapSpaceStatistics.find((s) => s.spaceName === 'old_space').spaceUsedSize;
  for (const gc of gcs) {
    allocated += gc.beforeGC.heapStatistics.usedHeapSize - usedAfter;
    usedAfter = gc.afterGC.heapStatistics.usedHeapSize;
    pauseUs += gc.cost;
    if (gc.gcType === 'Scavenge' || gc.gcType === 'MinorMarkCompact') {
      scavenges++;
      promoted += oldOf(gc.afterGC) - oldOf(gc.beforeGC);
    } else if (gc.gcType === 'MarkSweepCompact') markCompacts++;
  }
  return { allocated, promoted, scavenges, markCompacts, pauseUs };
}

/** The sampled allocations by (function, file:line), and by the nearest frame in Breakwater's build. */
function allocationSites(profile, dist) {
  const own = (url) => url.startsWith(pathToFileURL(dist).href) || url.startsWith(dist);
  const short = (frame) => {
    const file = frame.url.replace(/^.*\/(dist|node_modules)\//, '$1/').replace(/^node:/, 'node:');
    return `${frame.functionName || '(anonymous)'} ${file || '(native)'}:${frame.lineNumber + 1}`;
  };
  const bySelf = new Map();
  const byOwn = new Map();
  let total = 0;
  const walk = (node, ownFrame) => {
    const frame = node.callFrame;
    const nearest = own(frame.url) ? short(frame) : ownFrame;
    if (node.selfSize > 0) {
      total += node.selfSize;
      const self = short(frame);
      bySelf.set(self, (bySelf.get(self) ?? 0) + node.selfSize);
      const key = nearest ?? '(no Breakwater frame)';
      byOwn.set(key, (byOwn.get(key) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child, nearest);
  };
  walk(profile.head, undefined);
  const top = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([site, bytes]) => ({ site, bytes }));
  return { total, bySelf: top(bySelf), byOwn: top(byOwn) };
}

function freePort() {
  return new Promise((done, fail) => {
    const server = net.createServer();
    server.once('error', fail);
    server.listen(0, LOOPBACK, () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** A tiny origin: a 2-byte JSON answer to everything. */
async function startOrigin() {
  const body = Buffer.from('{}');
  const server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
  await new Promise((done) => server.listen(0, LOOPBACK, done));
  return server;
}

/** `count` GETs over `connections` keep-alive connections, each connection one request at a time. */
async function sendRequests(url, count, connections) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  let next = 0;
  let failed = 0;
  const one = () =>
    new Promise((done) => {
      const req = http.get(url, { agent }, (res) => {
        if (res.statusCode !== 200) failed++;
        res.resume();
        res.once('end', done);
      });
      req.once('error', () => {
        failed++;
        done();
      });
    });
  const lane = async () => {
    while (next < count) {
      next++;
      await one();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, lane));
  agent.destroy();
  return { ms: performance.now() - started, failed };
}

async function waitForPort(port, child) {
  for (let tries = 0; tries < 300; tries++) {
    if (child.exitCode !== null) throw new Error(`the gateway exited (${child.exitCode})`);
    const open = await new Promise((done) => {
      const socket = net.connect({ host: LOOPBACK, port }, () => {
        socket.destroy();
        done(true);
      });
      socket.once('error', () => done(false));
    });
    if (open) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the gateway did not listen on ${port}`);
}

function configText(accessLog, scratch) {
  return [
    'logLevel: error',
    'limits:',
    '  maxConnectionsPerAddress: 4096',
    '  maxConnections: 20000',
    'responder:',
    `  allowlist: [${LOOPBACK}]`,
    ...(accessLog ? ['accessLog:', `  path: ${join(scratch, 'access.log')}`] : []),
    '',
  ].join('\n');
}

async function startGateway(opts, originUrl, scratch) {
  const configFile = join(scratch, 'breakwater.yaml');
  writeFileSync(configFile, configText(opts.accessLog, scratch));
  const [port, controlPort] = [await freePort(), await freePort()];
  const child = spawn(
    process.execPath,
    [
      ...opts.nodeFlags,
      '--import',
      import.meta.url,
      join(opts.dist, 'cli', 'main.js'),
      'serve',
      ...['--config', configFile, '--upstream', originUrl, '--data', join(scratch, 'data')],
      ...['--listen', `${LOOPBACK}:${port}`, '--control', `${LOOPBACK}:${controlPort}`],
    ],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, ALLOC_PROBE: '1' } },
  );
  await waitForPort(port, child);
  let ids = 0;
  const ask = (command, args = {}) =>
    new Promise((done) => {
      const id = ++ids;
      const onMessage = (message) => {
        if (message.id !== id) return;
        child.off('message', onMessage);
        done(message);
      };
      child.on('message', onMessage);
      child.send({ id, command, ...args });
    });
  return { child, url: `http://${LOOPBACK}:${port}`, ask };
}

/** Measures `what` (a load or an idle wait) in the gateway: GC account, and the sampled sites if asked. */
async function measured(gateway, sample, what) {
  const begin = await gateway.ask('begin', { sample });
  const done = await what();
  const end = await gateway.ask('end', { sample });
  return { ...done, ...gcAccount(begin, end.gcs), profile: end.profile, rss: end.rss };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;

async function main() {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '20000' },
      connections: { type: 'string', default: '16' },
      path: { type: 'string', default: '/api/health' },
      'node-flag': { type: 'string', multiple: true, default: [] },
      dist: { type: 'string', default: resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist') },
      'access-log': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      profile: { type: 'string' },
    },
  });
  const count = Number(values.requests);
  const connections = Number(values.connections);
  if (!Number.isInteger(count) || count < 1000) throw new Error('--requests: a whole number from 1000');
  if (!Number.isInteger(connections) || connections < 1) throw new Error('--connections: a whole number');
  const opts = {
    dist: resolve(values.dist),
    nodeFlags: values['node-flag'],
    accessLog: values['access-log'],
  };
  const scratch = mkdtempSync(join(tmpdir(), 'bw-alloc-'));
  const origin = await startOrigin();
  const originUrl = `http://${LOOPBACK}:${origin.address().port}`;
  const gateway = await startGateway(opts, originUrl, scratch);
  try {
    const url = `${gateway.url}${values.path}`;
    await sendRequests(url, count, connections); // warm-up: JIT, connections, the young generation grown
    const load = await measured(gateway, false, () => sendRequests(url, count, connections));
    const sampled = await measured(gateway, 'all', () => sendRequests(url, count, connections));
    const sites = allocationSites(sampled.profile, opts.dist);
    const kept = await measured(gateway, 'survivors', () => sendRequests(url, count, connections));
    const survivors = allocationSites(kept.profile, opts.dist);
    const idle = await measured(
      gateway,
      false,
      () => new Promise((done) => setTimeout(() => done({ ms: load.ms, failed: 0 }), load.ms)),
    );
    if (values.profile) {
      writeFileSync(values.profile, JSON.stringify(sampled.profile));
      writeFileSync(
        values.profile.replace(/(\.heapprofile)?$/, '-survivors.heapprofile'),
        JSON.stringify(kept.profile),
      );
    }
    const idlePerMs = idle.allocated / idle.ms;
    const result = {
      requests: count,
      connections,
      path: values.path,
      nodeFlags: opts.nodeFlags,
      failed: load.failed,
      loadMs: Math.round(load.ms),
      allocatedPerRequest: Math.round(load.allocated / count),
      allocatedPerRequestLessIdle: Math.round((load.allocated - idlePerMs * load.ms) / count),
      promotedPerRequest: Math.round(load.promoted / count),
      scavenges: load.scavenges,
      markCompacts: load.markCompacts,
      gcPauseMs: Math.round(load.pauseUs / 1000),
      idleAllocatedPerSecond: Math.round(idlePerMs * 1000),
      sampledPerRequest: Math.round(sites.total / count),
      rssAfter: load.rss,
      topBySite: sites.bySelf,
      topByBreakwaterFrame: sites.byOwn,
      survivingPerRequest: Math.round(survivors.total / count),
      topSurvivingBySite: survivors.bySelf,
      topSurvivingByBreakwaterFrame: survivors.byOwn,
    };
    if (values.json) {
      console.log(JSON.stringify(result));
      return;
    }
    console.log(
      `${count} requests to ${values.path} over ${connections} connections in ${result.loadMs} ms` +
        ` (${load.failed} failed), node flags: ${opts.nodeFlags.join(' ') || 'none'}`,
    );
    console.log(
      `allocated per request: ${kib(result.allocatedPerRequest)}` +
        ` (${kib(result.allocatedPerRequestLessIdle)} less the idle rate of ${kib(result.idleAllocatedPerSecond)}/s)`,
    );
    console.log(
      `promoted per request: ${kib(result.promotedPerRequest)} in ${load.scavenges} scavenges,` +
        ` ${load.markCompacts} mark-compacts (the forced one included); GC pauses ${result.gcPauseMs} ms in all` +
        " (wall time: the machine's load weighs on it)",
    );
    console.log(`sampled allocation per request (second run): ${kib(result.sampledPerRequest)}`);
    const show = (title, rows) => {
      console.log(title);
      for (const { site, bytes } of rows) console.log(`  ${kib(bytes / count).padStart(12)}  ${site}`);
    };
    show('top allocation sites, per request:', sites.bySelf);
    show('by the nearest Breakwater frame, per request:', sites.byOwn);
    console.log(`sampled, surviving a scavenge (third run), per request: ${kib(result.survivingPerRequest)}`);
    show('top sites of what survives a scavenge, per request:', survivors.bySelf);
    show('by the nearest Breakwater frame, per request:', survivors.byOwn);
  } finally {
    gateway.child.kill('SIGTERM');
    await new Promise((done) => {
      const force = setTimeout(() => gateway.child.kill('SIGKILL'), 10_000);
      gateway.child.once('exit', () => {
        clearTimeout(force);
        done();
      });
    });
    origin.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.env.ALLOC_PROBE) await probe();
else await main();
