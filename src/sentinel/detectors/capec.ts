// CAPEC entries (https://capec.mitre.org) more than one detector's attack pattern cites.

import type { Capec } from './module.js';

export const CAPEC = {
  flooding: { id: 125, name: 'Flooding' },
  httpFlood: { id: 488, name: 'HTTP Flood' },
} as const satisfies Record<string, Capec>;
