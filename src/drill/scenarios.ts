// The drill's scenarios, their defaults, and the bounds every run is held to.

export const SCENARIOS = [
  'http-flood',
  'distributed-flood',
  'cache-bypass',
  'slowloris',
  'slow-post',
  'h2-rapid-reset',
  'credential-stuffing',
  'mixed',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface ScenarioDefaults {
  /** Requests (or new connections, or streams) per second. */
  rate: number;
  sources: number;
  /** One line for the help text. */
  summary: string;
}

export const SCENARIO_DEFAULTS: Record<ScenarioName, ScenarioDefaults> = {
  'http-flood': { rate: 2_000, sources: 1, summary: 'GET flood of pages and API calls from few sources' },
  'distributed-flood': {
    rate: 2_000,
    sources: 2_000,
    summary: 'the same flood spread over many sources, each slow',
  },
  'cache-bypass': { rate: 1_000, sources: 200, summary: 'random query strings on /search and /api/search' },
  slowloris: { rate: 200, sources: 50, summary: 'new connections per second that trickle headers forever' },
  'slow-post': { rate: 50, sources: 50, summary: 'new connections per second that send bodies at 4 bytes/s' },
  'h2-rapid-reset': {
    rate: 2_000,
    sources: 10,
    summary: 'HTTP/2 streams opened and reset at once (https target)',
  },
  'credential-stuffing': {
    rate: 200,
    sources: 500,
    summary: 'POST /login with many usernames and wrong passwords',
  },
  mixed: { rate: 2_000, sources: 2_000, summary: 'several of the above at once' },
};

/** Hard bounds: a drill is always short, finite and small enough to share a machine. */
export const LIMITS = {
  durationS: { min: 1, max: 300, default: 30 },
  warmupS: { min: 0, max: 60, default: 0 },
  /** 0: no attack at all, legitimate traffic alone (to run beside an outside attack tool). */
  rate: { min: 0, max: 20_000 },
  legitRate: { min: 0, max: 200, default: 20 },
  /** Attack requests in flight at once (request floods). */
  maxInFlight: { min: 1, max: 4_096, default: 512 },
  /** Slow connections held open at once. */
  maxOpen: { min: 1, max: 4_000, default: 1_000 },
  /** Time given to requests in flight after sending stops, before everything is closed. */
  drainMs: 3_000,
  /** Beyond duration + drain, the hard stop closes everything whatever is still running. */
  hardStopGraceMs: 5_000,
} as const;

export function isScenario(name: string): name is ScenarioName {
  return (SCENARIOS as readonly string[]).includes(name);
}
