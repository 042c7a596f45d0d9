// The wire format of a tally window, as workers send it to their gateway's sentinel and gateways publish
// it to the cluster's leader: compact (sparse sketches when mostly empty), checked in full on arrival.
//
// Layout, little-endian:
//   'BWW1'  u32 seed tag  u32 header length  header (UTF-8 JSON: the snapshot and the paths' API counts)
//   then each sketch in a fixed order (7 count-mins, 2 HyperLogLogs, the latency histogram, then each
//   path's 2 HyperLogLogs), each as: u8 encoding (0 dense, 1 sparse)  u32 cells  u32 entries (sparse
//   only)  the cells, or `entries` pairs of u32 index and a cell.
// Count-mins and latency cells are u32, HyperLogLog registers u8. A window with a few thousand requests
// is a few tens of KiB; a dense one (a flood of distinct sources) about 850 KiB.
// The seed tag names the hash seeds the sketches were built with: windows built with other seeds cannot
// be merged and are refused.

import { mix32, sketchSeeds } from '../sentinel/sketch/hash.js';
import { LatencyHistogram } from '../sentinel/sketch/latency-histogram.js';
import {
  COUNT_MINS,
  type CountMinName,
  DISTINCT_PRECISION,
  LOGIN_DISTINCT_PRECISION,
  type TallyWindow,
} from '../sentinel/tally.js';
import { PATH_PRECISION } from '../sentinel/tally-paths.js';
import type { WindowSnapshot } from '../sentinel/window.js';

const MAGIC = 0x31575742; // 'BWW1' read as a little-endian u32
const DENSE = 0;
const SPARSE = 1;
/** Largest window accepted: a dense window is under 1 MiB. */
export const MAX_WINDOW_BYTES = 4 * 1024 * 1024;
const MAX_LIST = 1024;
const MAX_PATHS = 1024;
const MAX_KEY_LENGTH = 4096;
const LATENCY_CELLS = new LatencyHistogram().copyBuckets().length;
const COUNT_MIN_NAMES = Object.keys(COUNT_MINS) as CountMinName[];

/** A message that is not a well-formed window: dropped and logged by whoever received it. */
export class WireError extends Error {
  override name = 'WireError';
}

/** The tag of this process's sketch seeds. */
export function seedTag(): number {
  const [a, b] = sketchSeeds();
  return mix32(mix32(a) ^ b);
}

export function encodeWindow(window: TallyWindow): Buffer {
  const { snapshot, sketches } = window;
  const header = Buffer.from(
    JSON.stringify({ snapshot, paths: sketches.paths.map((p) => ({ path: p.path, api: p.api })) }),
  );
  const parts: Buffer[] = [];
  const intro = Buffer.alloc(12);
  intro.writeUInt32LE(MAGIC, 0);
  intro.writeUInt32LE(seedTag(), 4);
  intro.writeUInt32LE(header.length, 8);
  parts.push(intro, header);
  for (const name of COUNT_MIN_NAMES) parts.push(section(sketches.counts[name]));
  parts.push(section(sketches.distinct), section(sketches.loginDistinct), section(sketches.latency));
  for (const p of sketches.paths) parts.push(section(p.queries), section(p.sources));
  return Buffer.concat(parts);
}

function section(cells: Uint32Array | Uint8Array): Buffer {
  const width = cells.BYTES_PER_ELEMENT;
  let entries = 0;
  for (let i = 0; i < cells.length; i++) if (cells[i] !== 0) entries++;
  const sparse = entries * (4 + width) < cells.length * width;
  const out = Buffer.alloc(sparse ? 9 + entries * (4 + width) : 5 + cells.length * width);
  out.writeUInt8(sparse ? SPARSE : DENSE, 0);
  out.writeUInt32LE(cells.length, 1);
  let at = 5;
  const put = (value: number) => {
    if (width === 4) out.writeUInt32LE(value, at);
    else out.writeUInt8(value, at);
    at += width;
  };
  if (sparse) {
    out.writeUInt32LE(entries, at);
    at += 4;
    for (let i = 0; i < cells.length; i++) {
      if (cells[i] === 0) continue;
      out.writeUInt32LE(i, at);
      at += 4;
      put(cells[i]);
    }
  } else {
    for (let i = 0; i < cells.length; i++) put(cells[i]);
  }
  return out;
}

/** Reads a window; throws WireError naming what is wrong, never anything else. */
export function decodeWindow(bytes: Uint8Array): TallyWindow {
  try {
    return read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    if (error instanceof WireError) throw error;
    throw new WireError(`malformed window: ${(error as Error).message}`);
  }
}

function read(buf: Buffer): TallyWindow {
  if (buf.length > MAX_WINDOW_BYTES) throw new WireError(`window of ${buf.length} bytes is too large`);
  if (buf.length < 12 || buf.readUInt32LE(0) !== MAGIC) throw new WireError('not a window (bad magic)');
  if (buf.readUInt32LE(4) !== seedTag()) {
    throw new WireError('window built with other sketch seeds: the sender is not of this cluster');
  }
  const headerEnd = 12 + buf.readUInt32LE(8);
  if (headerEnd > buf.length) throw new WireError('header runs past the end');
  const header = JSON.parse(buf.toString('utf8', 12, headerEnd)) as unknown;
  if (!isRecord(header)) throw new WireError('header is not an object');
  const snapshot = checkSnapshot(header.snapshot);
  const pathsMeta = header.paths;
  if (!Array.isArray(pathsMeta) || pathsMeta.length > MAX_PATHS) throw new WireError('paths: not a list');

  const cursor = { at: headerEnd };
  const counts = {} as Record<CountMinName, Uint32Array>;
  for (const name of COUNT_MIN_NAMES) {
    const { width, depth } = COUNT_MINS[name];
    counts[name] = readCells(buf, cursor, new Uint32Array(width * depth), name);
  }
  const distinct = readRegisters(buf, cursor, DISTINCT_PRECISION, 'distinct');
  const loginDistinct = readRegisters(buf, cursor, LOGIN_DISTINCT_PRECISION, 'loginDistinct');
  const latency = readCells(buf, cursor, new Uint32Array(LATENCY_CELLS), 'latency');
  const paths = pathsMeta.map((meta: unknown, i) => {
    if (!isRecord(meta) || !isKey(meta.path) || !isCount(meta.api)) {
      throw new WireError(`paths[${i}]: expected { path, api }`);
    }
    return {
      path: meta.path,
      api: meta.api,
      queries: readRegisters(buf, cursor, PATH_PRECISION, `paths[${i}].queries`),
      sources: readRegisters(buf, cursor, PATH_PRECISION, `paths[${i}].sources`),
    };
  });
  if (cursor.at !== buf.length) throw new WireError(`${buf.length - cursor.at} bytes after the last sketch`);
  return { snapshot, sketches: { counts, distinct, loginDistinct, latency, paths } };
}

function readRegisters(buf: Buffer, cursor: { at: number }, precision: number, name: string): Uint8Array {
  const registers = readCells(buf, cursor, new Uint8Array(2 ** precision), name);
  const top = 33 - precision;
  for (let i = 0; i < registers.length; i++) {
    if (registers[i] > top) throw new WireError(`${name}: register above ${top}`);
  }
  return registers;
}

function readCells<T extends Uint32Array | Uint8Array>(
  buf: Buffer,
  cursor: { at: number },
  into: T,
  name: string,
): T {
  const width = into.BYTES_PER_ELEMENT;
  const need = (bytes: number) => {
    if (cursor.at + bytes > buf.length) throw new WireError(`${name}: runs past the end`);
  };
  need(5);
  const encoding = buf.readUInt8(cursor.at);
  const cells = buf.readUInt32LE(cursor.at + 1);
  cursor.at += 5;
  if (cells !== into.length) throw new WireError(`${name}: expected ${into.length} cells, found ${cells}`);
  const get = () => {
    const value = width === 4 ? buf.readUInt32LE(cursor.at) : buf.readUInt8(cursor.at);
    cursor.at += width;
    return value;
  };
  if (encoding === DENSE) {
    need(cells * width);
    for (let i = 0; i < cells; i++) into[i] = get();
  } else if (encoding === SPARSE) {
    need(4);
    const entries = buf.readUInt32LE(cursor.at);
    cursor.at += 4;
    need(entries * (4 + width));
    for (let e = 0; e < entries; e++) {
      const index = buf.readUInt32LE(cursor.at);
      cursor.at += 4;
      if (index >= cells) throw new WireError(`${name}: cell ${index} out of range`);
      into[index] = get();
    }
  } else {
    throw new WireError(`${name}: unknown encoding ${encoding}`);
  }
  return into;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

function isKey(v: unknown): v is string {
  return typeof v === 'string' && v.length <= MAX_KEY_LENGTH;
}

/** Checks every field a detector reads; names the first one that is wrong. */
function checkSnapshot(v: unknown): WindowSnapshot {
  const fail = (path: string, expected: string): never => {
    throw new WireError(`snapshot.${path}: expected ${expected}`);
  };
  const record = (value: unknown, path: string) => (isRecord(value) ? value : fail(path, 'an object'));
  const counts = (value: unknown, path: string, keys: readonly string[]) => {
    const r = record(value, path);
    for (const key of keys) if (!isCount(r[key])) fail(`${path}.${key}`, 'a count ≥ 0');
  };
  const list = (value: unknown, path: string) => {
    if (!Array.isArray(value) || value.length > MAX_LIST) fail(path, `a list of at most ${MAX_LIST}`);
    (value as unknown[]).forEach((item, i) => {
      if (!isRecord(item) || !isKey(item.key) || !isCount(item.count))
        fail(`${path}[${i}]`, '{ key, count }');
    });
  };
  const s = record(v, '');
  counts(s, '', ['start', 'end', 'requests', 'distinctSources', 'newSources', 'newSourceRequests']);
  counts(s, '', ['verifiedRequests']);
  counts(s.byVerdict, 'byVerdict', ['allow', 'throttle', 'challenge', 'block', 'shed']);
  for (const name of ['topSources', 'topPrefixes', 'topFingerprints']) list(s[name], name);
  if (!Array.isArray(s.paths) || s.paths.length > MAX_PATHS) fail('paths', 'a list');
  (s.paths as unknown[]).forEach((p, i) => {
    counts(p, `paths[${i}]`, ['requests', 'withQuery', 'distinctQueries', 'distinctSources']);
    const path = p as Record<string, unknown>;
    if (!isKey(path.path)) fail(`paths[${i}].path`, 'a string');
    if (path.kind !== 'api' && path.kind !== 'browser') fail(`paths[${i}].kind`, "'api' or 'browser'");
  });
  counts(s.outcomes, 'outcomes', [
    'status2xx',
    'status3xx',
    'status4xx',
    'status5xx',
    'originErrors',
    'latencyP50Ms',
    'latencyP99Ms',
    'latencyCount',
  ]);
  counts(s.logins, 'logins', ['failures', 'successes', 'distinctSources']);
  const logins = s.logins as Record<string, unknown>;
  list(logins.topSources, 'logins.topSources');
  list(logins.topPrefixes, 'logins.topPrefixes');
  counts(s.slow, 'slow', ['closed', 'pending']);
  const slow = s.slow as Record<string, unknown>;
  for (const name of ['topSources', 'topPrefixes', 'pendingTopSources', 'pendingTopPrefixes']) {
    list(slow[name], `slow.${name}`);
  }
  return s as unknown as WindowSnapshot;
}
