// Every benchmark scenario by name, in the order `all` runs them; a new scenario is added here.
import type { Scenario } from '../scenario.js';
import { ATTACK_SCENARIOS } from './attacks.js';
import { baseline } from './baseline.js';
import { dataPlane } from './data-plane.js';
import { gateways } from './gateways.js';
import { matrix } from './matrix.js';
import { phishing } from './phishing.js';
import { refuse } from './refuse.js';
import { SLOW_ATTACK_SCENARIOS } from './slow-attacks.js';

/** The slow attacks keep their place among the attacks: after cache-bypass, before credential-stuffing. */
const slowAt = ATTACK_SCENARIOS.findIndex((s) => s.name === 'cache-bypass') + 1;

export const SCENARIOS: readonly Scenario[] = [
  baseline,
  refuse,
  ...ATTACK_SCENARIOS.slice(0, slowAt),
  ...SLOW_ATTACK_SCENARIOS,
  ...ATTACK_SCENARIOS.slice(slowAt),
  phishing,
  dataPlane,
  gateways,
  matrix,
];

/** Scenarios `all` leaves out, as they take long: each is run by name. */
export const RUNS_ALONE: readonly Scenario[] = [matrix];
