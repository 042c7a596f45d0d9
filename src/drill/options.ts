// What runDrill accepts, and the checks that hold every run to the drill's bounds before anything starts.

import type { ControlPlane } from './detection-watch.js';
import { isScenario, LIMITS, SCENARIO_DEFAULTS, SCENARIOS, type ScenarioName } from './scenarios.js';
import { MAX_SOURCES } from './sources.js';
import type { SecondCounts } from './timeline.js';

/** An option outside what the drill allows. The CLI exits with code 2. */
export class DrillOptionError extends Error {
  readonly exitCode = 2;
}

export interface DrillProgress {
  /** Whole seconds since the drill started. */
  elapsedS: number;
  phase: 'warmup' | 'attack' | 'draining';
  /** The second that just ended. */
  last: SecondCounts;
  /** Totals so far. */
  totals: Omit<SecondCounts, 'second'>;
}

export interface DrillOptions {
  scenario: string;
  /** http(s) URL on loopback; anything else is refused (TargetRefused). */
  target: string;
  /** Attack duration, 1 to 300 s; default 30. */
  durationS?: number;
  /** Legitimate-only traffic before the attack, 0 to 60 s; default 0. */
  warmupS?: number;
  /** Attack source addresses; default per scenario. */
  sources?: number;
  /** Attack requests (connections, streams) per second, 0 for none (legitimate traffic alone); default per scenario. */
  rate?: number;
  /** Legitimate requests per second, 0 to 200; default 20. */
  legitRate?: number;
  /** Attack requests in flight at once; default 512. */
  maxInFlight?: number;
  /** Slow connections held open at once; default 1000. */
  maxOpen?: number;
  /** Where to read detections from, for time to detect. */
  control?: ControlPlane;
  /** Stops the drill early; the summary is still returned. */
  signal?: AbortSignal;
  /** Called once a second while the drill runs. */
  onProgress?: (progress: DrillProgress) => void;
  /** Randomness for paths, names and bodies; Math.random by default. */
  random?: () => number;
}

export interface ResolvedOptions {
  scenario: ScenarioName;
  durationS: number;
  warmupS: number;
  sources: number;
  rate: number;
  legitRate: number;
  maxInFlight: number;
  maxOpen: number;
}

export function resolveOptions(options: DrillOptions): ResolvedOptions {
  if (!isScenario(options.scenario)) {
    throw new DrillOptionError(
      `unknown scenario '${options.scenario}': expected one of ${SCENARIOS.join(', ')}`,
    );
  }
  const defaults = SCENARIO_DEFAULTS[options.scenario];
  return {
    scenario: options.scenario,
    durationS: bounded('--duration', options.durationS, LIMITS.durationS.default, LIMITS.durationS, false),
    warmupS: bounded('--warmup', options.warmupS, LIMITS.warmupS.default, LIMITS.warmupS, false),
    sources: bounded('--sources', options.sources, defaults.sources, { min: 1, max: MAX_SOURCES }, true),
    rate: bounded('--rate', options.rate, defaults.rate, LIMITS.rate, false),
    legitRate: bounded('--legit', options.legitRate, LIMITS.legitRate.default, LIMITS.legitRate, false),
    maxInFlight: bounded(
      'maxInFlight',
      options.maxInFlight,
      LIMITS.maxInFlight.default,
      LIMITS.maxInFlight,
      true,
    ),
    maxOpen: bounded('maxOpen', options.maxOpen, LIMITS.maxOpen.default, LIMITS.maxOpen, true),
  };
}

function bounded(
  name: string,
  value: number | undefined,
  fallback: number,
  range: { min: number; max: number },
  integer: boolean,
): number {
  const chosen = value ?? fallback;
  if (
    !Number.isFinite(chosen) ||
    chosen < range.min ||
    chosen > range.max ||
    (integer && !Number.isInteger(chosen))
  ) {
    const kind = integer ? 'a whole number' : 'a number';
    throw new DrillOptionError(`${name}: expected ${kind} from ${range.min} to ${range.max}, found ${value}`);
  }
  return chosen;
}
