// Which open incident a new detection belongs to, so that one attack is one incident: the one that
// already names one of its sources (an address, prefix or fingerprint among its targets), else one
// on a service it touches that was last active within the window (config `incidents.resolveAfter`).
// A detection that fits none opens an incident of its own.

import type { Detection } from '../sentinel/detection.js';

export interface OpenIncidentView {
  id: string;
  services: readonly string[];
  /** `scope:value` of every target its detections named. */
  sources: ReadonlySet<string>;
  /** Latest lastSeenAt among its detections. */
  lastActiveAt: number;
}

export const sourceKey = (t: { scope: string; value: string }) => `${t.scope}:${t.value}`;

export function incidentFor(
  detection: Detection,
  services: readonly string[],
  open: readonly OpenIncidentView[],
  windowMs: number,
): string | undefined {
  const sources = detection.targets.map(sourceKey);
  const bySource = open.find((i) => sources.some((s) => i.sources.has(s)));
  if (bySource !== undefined) return bySource.id;
  const byService = open
    .filter((i) => detection.startedAt - i.lastActiveAt <= windowMs)
    .filter((i) => i.services.some((s) => services.includes(s)))
    .sort((a, b) => b.lastActiveAt - a.lastActiveAt);
  return byService[0]?.id;
}
