// Command-line flags and BREAKWATER_* environment variables that override the file: listen, control, data,
// upstreams and database. Each value is checked like the file's, and named by its flag or variable when wrong.

import { resolve } from 'node:path';
import { type ConfigIssue, describeFound } from './error.js';
import { readHostPort } from './host-port.js';
import { readDatabaseUrl, readOrigin, readRedisUrl } from './origin.js';
import type { Config } from './schema.js';

export interface ConfigOverrides {
  listen?: string;
  control?: string;
  data?: string;
  /** Replaces the file's upstreams; an empty list overrides nothing. */
  upstreams?: string[];
  database?: string;
  /** cluster.workers: a whole number, or auto. */
  workers?: string;
  /** cluster.redis */
  redis?: string;
}

type Key = keyof ConfigOverrides;

/** Where overrides came from, and what each one is called there. */
export interface OverrideLayer {
  overrides: ConfigOverrides;
  names: Record<Key, string>;
}

export const FLAG_NAMES: Record<Key, string> = {
  listen: '--listen',
  control: '--control',
  data: '--data',
  upstreams: '--upstream',
  database: '--database',
  workers: '--workers',
  redis: '--redis',
};

export const ENV_NAMES: Record<Key, string> = {
  listen: 'BREAKWATER_LISTEN',
  control: 'BREAKWATER_CONTROL',
  data: 'BREAKWATER_DATA',
  upstreams: 'BREAKWATER_UPSTREAMS',
  database: 'BREAKWATER_DATABASE',
  workers: 'BREAKWATER_WORKERS',
  redis: 'BREAKWATER_REDIS',
};

/** Overrides from BREAKWATER_* variables; BREAKWATER_UPSTREAMS lists URLs separated by commas or spaces. */
export function overridesFromEnv(env: NodeJS.ProcessEnv): ConfigOverrides {
  const value = (key: Key) => env[ENV_NAMES[key]]?.trim() || undefined;
  const upstreams = value('upstreams')
    ?.split(/[\s,]+/)
    .filter(Boolean);
  return {
    listen: value('listen'),
    control: value('control'),
    data: value('data'),
    upstreams,
    database: value('database'),
    workers: value('workers'),
    redis: value('redis'),
  };
}

/** `config` with the layer's overrides applied (relative data paths resolved against `cwd`), and any issues. */
export function applyOverrides(
  config: Config,
  { overrides, names }: OverrideLayer,
  cwd: string,
): { config: Config; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const next = { ...config };
  const wrong = (key: Key, value: string, expected: string) =>
    issues.push({ path: names[key], expected, found: describeFound(value) });

  for (const key of ['listen', 'control'] as const) {
    const text = overrides[key];
    if (text === undefined) continue;
    const result = readHostPort(text);
    if ('problem' in result) wrong(key, text, result.problem);
    else next[key] = result;
  }
  if (overrides.data !== undefined) {
    if (overrides.data.trim()) next.data = resolve(cwd, overrides.data);
    else wrong('data', overrides.data, 'a path to a directory, such as ./.breakwater or /var/lib/breakwater');
  }
  if (overrides.upstreams && overrides.upstreams.length > 0) {
    const origins: string[] = [];
    for (const text of overrides.upstreams) {
      const result = readOrigin(text);
      if ('problem' in result) wrong('upstreams', text, result.problem);
      else origins.push(result.origin);
    }
    next.upstreams = origins;
  }
  if (overrides.database !== undefined) {
    const result = readDatabaseUrl(overrides.database);
    if ('problem' in result) wrong('database', overrides.database, result.problem);
    else next.database = result.url;
  }
  if (overrides.workers !== undefined) {
    const text = overrides.workers.trim();
    const count = Number(text);
    if (text === 'auto') next.cluster = { ...next.cluster, workers: 'auto' };
    else if (/^\d+$/.test(text) && count >= 1 && count <= 256)
      next.cluster = { ...next.cluster, workers: count };
    else wrong('workers', overrides.workers, 'auto, or a whole number from 1 to 256');
  }
  if (overrides.redis !== undefined) {
    const result = readRedisUrl(overrides.redis);
    if ('problem' in result) wrong('redis', overrides.redis, result.problem);
    else next.cluster = { ...next.cluster, redis: result.url };
  }
  return { config: next, issues };
}
