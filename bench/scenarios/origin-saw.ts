// What the origin itself received in an attack run, read from its own port once the load is over: the
// demo origin counts every request on arrival by the client's source range (the leftmost X-Forwarded-For
// entry, which every proxy adds, else the socket's peer), and the drill sends each kind of traffic from
// a range of its own. The range table and the stats path come from the build the harness runs (dist/),
// since the harness compiles apart from src/.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Service } from '../contenders/service.js';
import { ROOT } from '../paths.js';

/** Requests the origin received from the drill's legitimate range, and from all its attack ranges. */
export interface OriginSaw {
  legit: number;
  attack: number;
}

/** A module of the built gateway, typed by the exports the harness reads. */
export async function built<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(join(ROOT, 'dist', path)).href)) as T;
}

export async function readOriginSaw(origin: Service): Promise<OriginSaw> {
  const { SOURCE_RANGES } = await built<{ SOURCE_RANGES: Record<string, number> }>('drill/sources.js');
  const { ORIGIN_STATS_PATH } = await built<{ ORIGIN_STATS_PATH: string }>('demo/origin-stats.js');
  const res = await fetch(origin.url + ORIGIN_STATS_PATH, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`bench: the origin answered ${res.status} to ${ORIGIN_STATS_PATH}`);
  const { bySource } = (await res.json()) as { bySource: Record<string, number> };
  // Drill sources are 127.<range>.x.y; 127.0 (the harness, the proxies' health checks) is in no range.
  const from = (range: number) => bySource[`127.${range}`] ?? 0;
  let attack = 0;
  for (const [kind, range] of Object.entries(SOURCE_RANGES)) {
    if (kind !== 'legit') attack += from(range);
  }
  return { legit: from(SOURCE_RANGES.legit), attack };
}
