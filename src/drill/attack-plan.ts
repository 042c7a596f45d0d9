// Turns a scenario into the attack generators that play it: which generator, at what share of the
// rate, from which source range. `mixed` runs several at once.

import {
  cacheBypassRequest,
  credentialStuffingRequest,
  floodRequest,
  type Random,
  type RequestMaker,
} from './attack-requests.js';
import { RapidReset } from './rapid-reset.js';
import { RequestFlood } from './request-flood.js';
import type { ScenarioName } from './scenarios.js';
import { SlowConnections, type SlowKind } from './slow-connections.js';
import { loopbackSources, SOURCE_RANGES } from './sources.js';
import type { DrillTarget } from './target.js';
import type { AttackPart, AttackRecorder } from './traffic.js';

export interface PlanInput {
  scenario: ScenarioName;
  rate: number;
  sources: number;
  target: DrillTarget;
  maxInFlight: number;
  maxOpen: number;
  random: Random;
  record: AttackRecorder;
}

export interface PlannedPart {
  part: AttackPart;
  /** Distinct source addresses it uses. */
  sources: number;
}

type Generator = Exclude<ScenarioName, 'mixed'>;

const REQUEST_MAKERS: Partial<Record<Generator, RequestMaker>> = {
  'http-flood': floodRequest,
  'distributed-flood': floodRequest,
  'cache-bypass': cacheBypassRequest,
  'credential-stuffing': credentialStuffingRequest,
};

/** `mixed`: each generator's share of the rate, most sources it uses, and share of slow-connection slots. */
const MIXED: { name: Generator; share: number; sources: number; slots?: number }[] = [
  { name: 'distributed-flood', share: 0.5, sources: Number.POSITIVE_INFINITY },
  { name: 'cache-bypass', share: 0.25, sources: 200 },
  { name: 'http-flood', share: 0.1, sources: 1 },
  { name: 'credential-stuffing', share: 0.1, sources: 500 },
  { name: 'slowloris', share: 0.025, sources: 50, slots: 0.6 },
  { name: 'slow-post', share: 0.01, sources: 50, slots: 0.4 },
];
const MIXED_RAPID_RESET = { share: 0.2, sources: 10 };

/** No parts at rate 0: the drill then sends legitimate traffic alone. */
export function planAttack(input: PlanInput): PlannedPart[] {
  if (input.rate === 0) return [];
  if (input.scenario !== 'mixed') return [generator(input, input.scenario, input.rate, input.sources, 1, 1)];
  const requestShare = MIXED.filter((m) => m.slots === undefined).reduce((sum, m) => sum + m.share, 0);
  const parts = MIXED.map((m) =>
    generator(
      input,
      m.name,
      Math.max(1, input.rate * m.share),
      Math.min(input.sources, m.sources),
      m.slots === undefined ? m.share / requestShare : 1,
      m.slots ?? 1,
    ),
  );
  if (input.target.tls) {
    parts.push(
      generator(
        input,
        'h2-rapid-reset',
        input.rate * MIXED_RAPID_RESET.share,
        Math.min(input.sources, MIXED_RAPID_RESET.sources),
        1,
        1,
      ),
    );
  }
  return parts;
}

function generator(
  input: PlanInput,
  name: Generator,
  rate: number,
  sourceCount: number,
  inFlightShare: number,
  slotShare: number,
): PlannedPart {
  const { target, random, record } = input;
  const sources = loopbackSources(target, SOURCE_RANGES[name], sourceCount);
  const make = REQUEST_MAKERS[name];
  let part: AttackPart;
  if (make !== undefined) {
    part = new RequestFlood({
      name,
      rate,
      target,
      sources,
      maxInFlight: Math.max(1, Math.round(input.maxInFlight * inFlightShare)),
      make,
      random,
      record,
    });
  } else if (name === 'h2-rapid-reset') {
    part = new RapidReset({ rate, target, sources, random, record });
  } else {
    part = new SlowConnections({
      name: name as SlowKind,
      rate,
      target,
      sources,
      maxOpen: Math.max(1, Math.round(input.maxOpen * slotShare)),
      random,
      record,
    });
  }
  return { part, sources: sources.length };
}
