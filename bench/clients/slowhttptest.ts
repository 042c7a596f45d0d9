// Runs slowhttptest (the slow HTTP attack tool, Debian package slowhttptest) against a loopback target as
// a bounded child process, and reads the connection states it wrote for every second of the test.
//
// slowhttptest opens every connection from one address, 127.0.0.1: a proxy's per-address connection cap
// applies to all of them. That is the real single-host slow attack such caps are made for, so it is fair
// to every contender; a slow attack spread over many addresses is the drill's `mixed` scenario.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { runProcess } from '../processes.js';
import { makeScratch } from '../scratch.js';

/** slowhttptest's test modes used here: a request head that never ends (-H), or a body (-B). */
export type SlowMode = 'slow-headers' | 'slow-body';

export interface SlowAttack {
  mode: SlowMode;
  /** Path of the URL attacked, e.g. '/' or '/login'. */
  path: string;
  /** Connections opened in all (-c); slowhttptest does not reopen those a server closes. */
  connections: number;
  /** New connections per second (-r). */
  rate: number;
  /** Seconds between two trickles of header lines or body bytes on each connection (-i). */
  intervalS: number;
  /** Length of the test (-l). */
  seconds: number;
}

/** Connections in each state at one second of the test (slowhttptest's CSV, -g -o). */
export interface SlowSecond {
  second: number;
  closed: number;
  pending: number;
  connected: number;
}

export interface SlowHttpTestResult {
  /** Connections opened by the end: closed, pending or connected (its CSV does not count failed ones). */
  opened: number;
  /** Most connections held open at once. */
  heldAtPeak: number;
  /** Connections still held open at the last second. */
  heldAtEnd: number;
  /** First second from which at most 10% of the connections opened so far were held open; null if never. */
  closedMostS: number | null;
  /** slowhttptest's reason for ending, e.g. 'Hit test time limit' or 'No open connections left'. */
  exitStatus: string;
  states: SlowSecond[];
}

const MODE_FLAG: Record<SlowMode, string> = { 'slow-headers': '-H', 'slow-body': '-B' };
/** Longest random name and value in each trickle (-x): `X-name: value` header lines, `&name=value` bodies. */
const TRICKLE_CHARS = 4;
/** Content-Length a slow body announces (-s): far more than it sends in any test. */
const BODY_LENGTH = 8_192;
/** Time slowhttptest may take beyond its test length to connect, report and exit. */
const SLACK_S = 20;
/** slowhttptest's exit status when the server left it no connection open; it stops attacking then. */
const ALL_CLOSED = 'No open connections left';
/** A connection share at or below which the defender has closed "most" of the attack. */
const MOSTLY_CLOSED = 0.1;

/** slowhttptest's arguments; `url` is the full target URL, `outPrefix` where its CSV and HTML go. */
export function slowhttptestArgs(attack: SlowAttack, url: string, outPrefix: string): string[] {
  return [
    MODE_FLAG[attack.mode],
    '-c',
    String(attack.connections),
    '-r',
    String(attack.rate),
    '-i',
    String(attack.intervalS),
    '-x',
    String(TRICKLE_CHARS),
    ...(attack.mode === 'slow-body' ? ['-s', String(BODY_LENGTH)] : []),
    '-l',
    String(attack.seconds),
    '-u',
    url,
    '-g',
    '-o',
    outPrefix,
  ];
}

/** Only 127.0.0.1 over plain HTTP: slowhttptest is an attack tool and must never leave this machine. */
function loopbackUrl(base: string, path: string): string {
  const url = new URL(path, base);
  if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1') {
    throw new Error(`bench: slowhttptest may only target http://127.0.0.1, not ${url.href}`);
  }
  return url.href;
}

function readStates(csv: string): SlowSecond[] {
  const [header = '', ...lines] = csv.trim().split('\n');
  const names = header.split(',').map((name) => name.trim().toLowerCase());
  const column = (name: string) => {
    const index = names.indexOf(name);
    if (index < 0) throw new Error(`bench: slowhttptest's CSV has no '${name}' column: ${header}`);
    return index;
  };
  const [second, closed, pending, connected] = ['seconds', 'closed', 'pending', 'connected'].map(column);
  return lines.map((line) => {
    const cells = line.split(',').map(Number);
    return {
      second: cells[second],
      closed: cells[closed],
      pending: cells[pending],
      connected: cells[connected],
    };
  });
}

function summarizeStates(states: readonly SlowSecond[]): Omit<SlowHttpTestResult, 'exitStatus' | 'states'> {
  const opened = (s: SlowSecond) => s.closed + s.pending + s.connected;
  const last = states.at(-1);
  let closedMostS: number | null = null;
  for (const s of states) {
    const mostlyClosed = opened(s) > 0 && s.connected <= MOSTLY_CLOSED * opened(s);
    if (!mostlyClosed) closedMostS = null;
    else closedMostS ??= s.second;
  }
  return {
    opened: last === undefined ? 0 : opened(last),
    heldAtPeak: Math.max(0, ...states.map((s) => s.connected)),
    heldAtEnd: last?.connected ?? 0,
    closedMostS,
  };
}

/** Runs one slowhttptest attack on `base` + the attack's path and reads what it saw. */
export async function runSlowHttpTest(
  tool: string,
  attack: SlowAttack,
  base: string,
): Promise<SlowHttpTestResult> {
  const url = loopbackUrl(base, attack.path);
  const outPrefix = join(makeScratch('slowhttptest'), 'states');
  const child = await runProcess({
    name: `slowhttptest ${MODE_FLAG[attack.mode]}`,
    command: tool,
    args: slowhttptestArgs(attack, url, outPrefix),
    deadlineMs: (attack.seconds + SLACK_S) * 1000,
  });
  const output = stripVTControlCharacters(child.tail());
  const exitStatus = /Exit status:\s*(.+)/.exec(output)?.[1].trim() ?? 'unknown';
  const states = readStates(readFileSync(`${outPrefix}.csv`, 'utf8'));
  const last = states.at(-1);
  if (exitStatus === ALL_CLOSED && last !== undefined) {
    // The CSV's last row predates the end: at the end, every connection it had opened was closed.
    const ended = Number(/Test ended on (\d+)/.exec(output)?.[1] ?? last.second + 1);
    states.push({
      second: ended,
      closed: last.closed + last.pending + last.connected,
      pending: 0,
      connected: 0,
    });
  }
  return { ...summarizeStates(states), exitStatus, states };
}
