// Pushes our sightings and indicators to a peer's collection: envelopes of objects POSTed to it (202 and
// a status resource each), then the statuses polled until the peer has handled every object or the
// deadline passes.

import type { PeerEndpoint, TaxiiStatus } from './taxii-client.js';
import { TaxiiClient } from './taxii-client.js';

/** Objects in one envelope, so that an envelope stays well under a peer's usual 1 MiB limit. */
export const OBJECTS_PER_ENVELOPE = 200;
const POLL_MS = 250;

export interface PushResult {
  objects: number;
  successes: number;
  failures: number;
  pending: number;
  /** True when the peer finished every envelope before the deadline. */
  complete: boolean;
}

export async function pushObjects(
  peer: PeerEndpoint,
  objects: readonly unknown[],
  options: { timeoutMs: number; now: () => number },
): Promise<PushResult> {
  const client = new TaxiiClient(peer, options.timeoutMs);
  const deadline = options.now() + options.timeoutMs;
  const statuses: TaxiiStatus[] = [];
  for (let i = 0; i < objects.length; i += OBJECTS_PER_ENVELOPE) {
    statuses.push(await client.addObjects(objects.slice(i, i + OBJECTS_PER_ENVELOPE)));
  }
  for (let k = 0; k < statuses.length; k++) {
    while (statuses[k].status !== 'complete' && options.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      statuses[k] = await client.getStatus(statuses[k].id);
    }
  }
  const sum = (key: 'successCount' | 'failureCount' | 'pendingCount') =>
    statuses.reduce((total, status) => total + status[key], 0);
  return {
    objects: objects.length,
    successes: sum('successCount'),
    failures: sum('failureCount'),
    pending: sum('pendingCount'),
    complete: statuses.every((status) => status.status === 'complete'),
  };
}
