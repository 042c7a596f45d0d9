// The attack-shape matrix: a seeded generator of attack cases that vary what a real botnet varies —
// address spread, user agents and header order, route kind, rate per address and in all, the origin's
// capacity — with a legitimate mix beside each. The same seed and count give the same cases everywhere.

import { mulberry32 } from '../seeded-random.js';

export const SPREADS = ['one-address', 'one-/24', 'few-/16s', 'scattered'] as const;
export type Spread = (typeof SPREADS)[number];

/** one-tool: a flood tool's agent and header order; browser-pool: real browsers' strings and order;
 * random: a random agent and header order per request; site-app: exactly the site's own mobile app. */
export const AGENT_STYLES = ['one-tool', 'browser-pool', 'random', 'site-app'] as const;
export type AgentStyle = (typeof AGENT_STYLES)[number];

/** page: HTML pages; api: the JSON API; login: sign-in posts; search: searches with random queries. */
export const ROUTE_KINDS = ['page', 'api', 'login', 'search'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

export interface OriginCapacity {
  /** Metered requests worked on at once (demo origin --concurrency). */
  concurrency: number;
  /** Requests waiting behind them before the origin refuses (--queue). */
  queue: number;
  /** CPU milliseconds per metered request (--cpu-ms). */
  cpuMs: number;
}

export interface LegitMix {
  /** Browsers signed in and browsing since the warm-up, solving any challenge they are shown. */
  browsers: number;
  /** The site's own API app, polling the message API from long-standing addresses since the warm-up. */
  appClients: number;
  /** New browsers arriving per second during the attack, each from an address never seen before. */
  newVisitorsPerS: number;
  /** Browsers since the warm-up on addresses inside the attack's /24s (a NAT, a carrier, a campus). */
  neighbours: number;
}

export interface MatrixCase {
  /** 1-based place in its matrix. */
  number: number;
  spread: Spread;
  agents: AgentStyle;
  route: RouteKind;
  /** Attack source addresses. */
  sources: number;
  /** Attack requests per second from each address. */
  perAddressRate: number;
  /** Attack requests per second in all: sources × perAddressRate. */
  rate: number;
  origin: OriginCapacity;
  legit: LegitMix;
  /** Seeds this case's addresses and requests. */
  seed: number;
}

/**
 * What this two-core loopback machine can generate and serve beside the gateway and the origin: an
 * attack of 20 to 600 requests a second in all, from at most 2,000 addresses, at 0.2 to 100 requests a
 * second each; legitimate traffic of about 35 requests a second at most.
 */
export const MATRIX_BOUNDS = {
  rate: { min: 20, max: 600 },
  perAddressRate: { min: 0.2, max: 100 },
  sources: { max: 2_000 },
  cases: { min: 1, max: 64, default: 24 },
} as const;

/** Per spread: how many addresses and how fast each sends (log-uniform between the bounds). */
const SPREAD_SHAPES: Record<Spread, { sources: [number, number]; perAddress: [number, number] }> = {
  'one-address': { sources: [1, 1], perAddress: [30, 100] },
  'one-/24': { sources: [20, 250], perAddress: [1, 30] },
  'few-/16s': { sources: [200, 1_500], perAddress: [0.3, 3] },
  scattered: { sources: [500, MATRIX_BOUNDS.sources.max], perAddress: [0.2, 1] },
};

/** Small, medium and large origins: about 250, 500 and 1,000 metered requests a second of one core. */
const ORIGINS: readonly OriginCapacity[] = [
  { concurrency: 8, queue: 32, cpuMs: 4 },
  { concurrency: 16, queue: 64, cpuMs: 2 },
  { concurrency: 32, queue: 128, cpuMs: 1 },
];

const LEGIT_MIXES: readonly LegitMix[] = [
  { browsers: 8, appClients: 20, newVisitorsPerS: 0, neighbours: 0 },
  { browsers: 6, appClients: 10, newVisitorsPerS: 1, neighbours: 3 },
  { browsers: 10, appClients: 5, newVisitorsPerS: 0.5, neighbours: 4 },
  { browsers: 4, appClients: 20, newVisitorsPerS: 1, neighbours: 0 },
];

/** `count` cases from `seed`; every value of each dimension appears about equally often. */
export function generateMatrix(seed: number, count: number = MATRIX_BOUNDS.cases.default): MatrixCase[] {
  const random = mulberry32(seed);
  const spreads = balanced(SPREADS, count, random);
  const agents = balanced(AGENT_STYLES, count, random);
  const routes = balanced(ROUTE_KINDS, count, random);
  const origins = balanced(ORIGINS, count, random);
  const mixes = balanced(LEGIT_MIXES, count, random);
  return Array.from({ length: count }, (_, i) => {
    const shape = SPREAD_SHAPES[spreads[i]];
    const sources = Math.round(logUniform(shape.sources, random));
    const { rate: bounds } = MATRIX_BOUNDS;
    const wanted = logUniform(shape.perAddress, random);
    const perAddressRate = floor2(Math.min(bounds.max / sources, Math.max(bounds.min / sources, wanted)));
    return {
      number: i + 1,
      spread: spreads[i],
      agents: agents[i],
      route: routes[i],
      sources,
      perAddressRate,
      rate: floor2(sources * perAddressRate),
      origin: origins[i],
      legit: mixes[i],
      seed: Math.floor(random() * 2 ** 31),
    };
  });
}

/** One line naming a case's shape, for tables. */
export function describeCase(c: MatrixCase): string {
  const { browsers, appClients, newVisitorsPerS, neighbours } = c.legit;
  return (
    `${c.spread} ×${c.sources} @${c.perAddressRate}/s = ${c.rate}/s, ${c.agents}, ${c.route}, ` +
    `origin ${c.origin.concurrency}×${c.origin.cpuMs}ms; legit ${browsers} browsers, ${appClients} app, ` +
    `${newVisitorsPerS} new/s, ${neighbours} neighbours`
  );
}

/** `count` values cycling through `values`, shuffled: each appears ⌊count/n⌋ or ⌈count/n⌉ times. */
function balanced<T>(values: readonly T[], count: number, random: () => number): T[] {
  return shuffle(
    Array.from({ length: count }, (_, i) => values[i % values.length]),
    random,
  );
}

/** Shuffles `items` in place (Fisher–Yates) and returns it. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function logUniform([low, high]: readonly [number, number], random: () => number): number {
  return low * (high / low) ** random();
}

/** Rounded down to hundredths, so a rate at its bound never rounds past it. */
function floor2(value: number): number {
  return Math.floor(value * 100 + 1e-9) / 100;
}
