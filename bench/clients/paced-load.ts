// An open-loop load client: sends GET requests to one loopback URL at a fixed rate over a pool of keep-alive
// connections, timing each request from its scheduled send time (so a slow answer delays none of the later
// sends and queueing is counted), and prints one JSON line (a PacedResult). The schedule starts with unmeasured
// warm-up at the same rate, so the client's own start (JIT, new connections) stays out of the figures.
// `node dist/bench/clients/paced-load.js --url http://127.0.0.1:8080/api/health --rate 3000 --seconds 10 --warmup 1`
import net from 'node:net';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import type { PacedResult } from './paced-load-result.js';

/** A request without its whole answer after this long fails as a timeout (wrk's --timeout in the harness). */
const TIMEOUT_MS = 5_000;
/** After the schedule ends, requests still open this long are cut off and counted as unfinished. */
const DRAIN_MS = TIMEOUT_MS + 1_000;
/** A request sent later than this after its scheduled time means the client is not keeping up. */
const BEHIND_MS = 50;
const LONGEST_SECONDS = 60;
const HIGHEST_RATE = 50_000;

function loopbackUrl(text: string | undefined): URL {
  const url = new URL(text ?? '');
  const host = url.hostname;
  const loopback = (net.isIPv4(host) && host.startsWith('127.')) || host === '[::1]';
  if (url.protocol !== 'http:' || !loopback) {
    throw new Error(`--url: expected http:// to a loopback address (127.0.0.0/8 or [::1]), got '${text}'`);
  }
  return url;
}

function whole(text: string | undefined, flag: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${flag}: expected a whole number from ${min} to ${max}, got '${text}'`);
  }
  return value;
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Why a request got no whole answer, in a few words a table can show. */
function cause(error: unknown, stopped: boolean): string {
  if (stopped) return 'unfinished';
  const code = (error as { code?: string }).code;
  if (code !== undefined && TIMEOUT_CODES.has(code)) return 'timeout';
  return code ?? 'error';
}

/** The value below which `share` of the sorted values fall. */
function quantile(sorted: Float64Array, share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

interface Pace {
  rate: number;
  seconds: number;
  /** Unmeasured seconds at the same rate before the measured ones. */
  warmup: number;
  connections: number;
}

async function pace(url: URL, { rate, seconds, warmup, connections }: Pace): Promise<PacedResult> {
  const pool = new Pool(url.origin, {
    connections,
    pipelining: 1,
    connectTimeout: TIMEOUT_MS,
    headersTimeout: TIMEOUT_MS,
    bodyTimeout: TIMEOUT_MS,
  });
  const path = `${url.pathname}${url.search}`;
  const warm = Math.round(rate * warmup);
  const total = warm + Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies = new Float64Array(total - warm);
  /** Set when the drain time ran out and the pool was destroyed under the requests still open. */
  let stopped = false;
  const result: PacedResult = {
    rate,
    seconds,
    sent: 0,
    ok: 0,
    badStatus: 0,
    errors: {},
    latencyMs: { p50: 0, p90: 0, p99: 0, max: 0 },
    achievedRate: 0,
    behind: 0,
    maxLagMs: 0,
    cpuSeconds: 0,
  };
  let open = 0;
  let lastEnd = 0;
  let drained = () => {};
  let cpuBefore = process.cpuUsage();
  const t0 = performance.now();
  /** When the first measured request is due. */
  const measuredFrom = t0 + warm * interval;

  const send = (i: number): void => {
    const due = t0 + i * interval;
    const measured = i >= warm;
    if (i === warm) cpuBefore = process.cpuUsage();
    open++;
    const request = pool.request({ path, method: 'GET' });
    if (!measured) {
      request
        .then(({ body }) => body.dump())
        .catch(() => {})
        .finally(() => {
          if (--open === 0) drained();
        });
      return;
    }
    const lag = performance.now() - due;
    if (lag > BEHIND_MS) result.behind++;
    result.maxLagMs = Math.max(result.maxLagMs, lag);
    result.sent++;
    request
      .then(async ({ statusCode, body }) => {
        await body.dump();
        if (statusCode >= 200 && statusCode < 400) result.ok++;
        else result.badStatus++;
      })
      .catch((error: unknown) => {
        const why = cause(error, stopped);
        result.errors[why] = (result.errors[why] ?? 0) + 1;
      })
      .finally(() => {
        lastEnd = performance.now();
        latencies[i - warm] = lastEnd - due;
        if (--open === 0) drained();
      });
  };

  await new Promise<void>((resolve) => {
    let next = 0;
    const tick = (): void => {
      const now = performance.now();
      while (next < total && t0 + next * interval <= now) send(next++);
      if (next >= total) resolve();
      else setTimeout(tick, Math.max(0, t0 + next * interval - performance.now()));
    };
    tick();
  });
  if (open > 0) {
    const allDone = new Promise<void>((resolve) => {
      drained = resolve;
    });
    const limit = setTimeout(() => {
      stopped = true;
      void pool.destroy();
    }, DRAIN_MS);
    await allDone;
    clearTimeout(limit);
  }
  await pool.destroy();

  const cpu = process.cpuUsage(cpuBefore);
  const sorted = latencies.subarray(0, result.sent).sort();
  result.latencyMs = {
    p50: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    p99: quantile(sorted, 0.99),
    max: sorted.length > 0 ? sorted[sorted.length - 1] : Number.NaN,
  };
  result.achievedRate = result.ok / Math.max(seconds, (lastEnd - measuredFrom) / 1000);
  result.cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return result;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      rate: { type: 'string' },
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '1' },
      connections: { type: 'string', default: '64' },
    },
    strict: true,
  });
  const result = await pace(loopbackUrl(values.url), {
    rate: whole(values.rate, 'rate', 1, HIGHEST_RATE),
    seconds: whole(values.seconds, 'seconds', 1, LONGEST_SECONDS),
    warmup: whole(values.warmup, 'warmup', 0, LONGEST_SECONDS),
    connections: whole(values.connections, 'connections', 1, 1024),
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`paced-load: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
