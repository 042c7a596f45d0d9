// One bouncer's pull of the decisions stream: what it must add and delete to hold what we publish now,
// given what it was handed before, after the filters it asked for (LAPI's `scopes`, `origins`,
// `scenarios_containing`, `scenarios_not_containing`). `startup` hands over everything again.
import type { LapiDecision } from './lapi-decision.js';

export interface StreamFilter {
  /** Lower case: `ip`, `range`. */
  scopes?: string[];
  origins?: string[];
  scenariosContaining?: string[];
  scenariosNotContaining?: string[];
}

export interface StreamDelta {
  new: LapiDecision[];
  deleted: LapiDecision[];
  /** Of `new`, those the bouncer did not hold yet (at startup, `new` repeats what it holds). */
  added: LapiDecision[];
}

/** LAPI's comma-separated list parameters; undefined when absent or empty. */
export function listParameter(text: string | undefined): string[] | undefined {
  const items = text
    ?.split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items?.length ? items : undefined;
}

export function matchesFilter(decision: LapiDecision, filter: StreamFilter): boolean {
  if (filter.scopes && !filter.scopes.some((s) => s.toLowerCase() === decision.scope.toLowerCase()))
    return false;
  if (filter.origins && !filter.origins.includes(decision.origin)) return false;
  if (filter.scenariosContaining && !filter.scenariosContaining.some((s) => decision.scenario.includes(s))) {
    return false;
  }
  if (filter.scenariosNotContaining?.some((s) => decision.scenario.includes(s))) return false;
  return true;
}

export function streamDelta(
  current: readonly LapiDecision[],
  held: ReadonlyMap<number, LapiDecision>,
  startup: boolean,
): StreamDelta {
  const currentIds = new Set<number>();
  const added: LapiDecision[] = [];
  for (const d of current) {
    currentIds.add(d.id);
    if (!held.has(d.id)) added.push(d);
  }
  const deleted: LapiDecision[] = [];
  for (const [id, d] of held) if (!currentIds.has(id)) deleted.push(d);
  return { new: startup ? [...current] : added, deleted, added };
}
