// What a reload (SIGHUP) of the configuration can do: the settings a running gateway takes at once, and
// those that need a restart. The configuration that runs after a reload is the one started with, its
// live settings taken from the file read again; the others stay as started until a restart.

import type { Config } from '../config/index.js';

/**
 * Settings applied without a restart, as `section.key` or a whole section. `tls` is live while TLS stays
 * on (its files are read again on every reload); turning it on or off needs a restart.
 */
export const LIVE_SETTINGS: readonly string[] = [
  'upstreams',
  'healthCheck',
  'timeouts.upstreamConnect',
  'timeouts.upstreamResponse',
  'timeouts.shutdown',
  'routes',
  'trustedProxies',
  'challenge.verifiedRate',
  'challenge.verifiedBurst',
  'tls',
  'logLevel',
];

export interface ReloadPlan {
  /** The configuration to run: as started, with the live settings of the file read again. */
  config: Config;
  /** Live settings that differ from those running, applied now. */
  applied: string[];
  /** Settings in the file that differ from those started with: they take effect on a restart. */
  needRestart: string[];
}

type Section = Record<string, unknown>;

const isSection = (value: unknown): value is Section =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The settings that differ, as `section.key` within sections and the key itself elsewhere. */
export function changedSettings(from: Config, to: Config): string[] {
  const changed: string[] = [];
  const a = from as unknown as Section;
  const b = to as unknown as Section;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const [before, after] = [a[key], b[key]];
    if (isSection(before) && isSection(after) && !LIVE_SETTINGS.includes(key)) {
      for (const inner of new Set([...Object.keys(before), ...Object.keys(after)])) {
        if (!same(before[inner], after[inner])) changed.push(`${key}.${inner}`);
      }
    } else if (!same(before, after)) changed.push(key);
  }
  return changed;
}

function isLive(setting: string, started: Config, next: Config): boolean {
  if (setting === 'tls') return (started.tls === null) === (next.tls === null);
  return LIVE_SETTINGS.includes(setting);
}

/** Sets `setting` (`key` or `section.key`) of `target` to its value in `source`. */
function take(target: Section, source: Section, setting: string): void {
  const [key, inner] = setting.split('.');
  if (inner === undefined) target[key] = source[key];
  else target[key] = { ...(target[key] as Section), [inner]: (source[key] as Section)[inner] };
}

export function planReload(started: Config, running: Config, next: Config): ReloadPlan {
  const config = { ...running } as unknown as Section;
  const applied: string[] = [];
  for (const setting of changedSettings(running, next)) {
    if (!isLive(setting, started, next)) continue;
    take(config, next as unknown as Section, setting);
    applied.push(setting);
  }
  const needRestart = changedSettings(started, next).filter((s) => !isLive(s, started, next));
  return { config: config as unknown as Config, applied, needRestart };
}
