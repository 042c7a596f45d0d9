// Reads from the store what a post-incident report is made of: the timeline, the decisions, and the
// traffic from a baseline before the attack to a baseline after it ended (or now).
import type { Store } from '../../store/index.js';
import { BASELINE_MS, trafficStep } from '../figures.js';
import type { Incident } from '../incident.js';
import type { ReportInput } from './input.js';

export async function gatherReport(
  store: Pick<Store, 'incidents' | 'traffic'>,
  incident: Incident,
  now: number,
): Promise<ReportInput> {
  const since = incident.figures.attackStartedAt - BASELINE_MS;
  const until = (incident.resolvedAt ?? now) + BASELINE_MS;
  const [timeline, decisions, traffic] = await Promise.all([
    store.incidents.timeline(incident.id),
    store.incidents.decisions(incident.id),
    store.traffic.range({ since, until, stepMs: trafficStep(since, until) }),
  ]);
  return { incident, timeline, traffic, decisions, generatedAt: now };
}
