// Every benchmark scenario by name, in the order `all` runs them; a new scenario is added here.
import type { Scenario } from '../scenario.js';
import { ATTACK_SCENARIOS } from './attacks.js';
import { baseline } from './baseline.js';
import { refuse } from './refuse.js';

export const SCENARIOS: readonly Scenario[] = [baseline, refuse, ...ATTACK_SCENARIOS];
