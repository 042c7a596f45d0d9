// Reads wrk's `--latency` report: requests per second, latency percentiles, socket errors and non-2xx/3xx answers.

export interface WrkFigures {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p75: number; p90: number; p99: number };
  socketErrors: { connect: number; read: number; write: number; timeout: number };
  /** Answers whose status was not 2xx or 3xx. */
  badStatus: number;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** '1.49ms' → 1.49, '812.00us' → 0.812, '1.02s' → 1020. */
export function durationMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text.trim());
  if (!match) throw new Error(`bench: unreadable wrk duration '${text}'`);
  return Number(match[1]) * UNIT_MS[match[2]];
}

function need(match: RegExpExecArray | null, what: string, output: string): RegExpExecArray {
  if (!match) throw new Error(`bench: wrk's output has no ${what}:\n${output}`);
  return match;
}

export function parseWrk(output: string): WrkFigures {
  const percentile = (p: number) =>
    durationMs(need(new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm').exec(output), `${p}% latency`, output)[1]);
  const total = need(/(\d+) requests in ([\d.]+\w+),/.exec(output), 'request count', output);
  const rps = need(/^Requests\/sec:\s+([\d.]+)/m.exec(output), 'Requests/sec line', output);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const bad = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  return {
    requests: Number(total[1]),
    seconds: durationMs(total[2]) / 1000,
    requestsPerSecond: Number(rps[1]),
    latencyMs: { p50: percentile(50), p75: percentile(75), p90: percentile(90), p99: percentile(99) },
    socketErrors: {
      connect: Number(socket?.[1] ?? 0),
      read: Number(socket?.[2] ?? 0),
      write: Number(socket?.[3] ?? 0),
      timeout: Number(socket?.[4] ?? 0),
    },
    badStatus: Number(bad?.[1] ?? 0),
  };
}

/** Every failed request: socket errors plus non-2xx/3xx answers. */
export function errorCount(figures: WrkFigures): number {
  const s = figures.socketErrors;
  return s.connect + s.read + s.write + s.timeout + figures.badStatus;
}
