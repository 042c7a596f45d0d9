// What every part of Breakwater shares: the store, the decision table loaded from it and pruned with it,
// the event bus, and the teardown each part registers its stop in.

import type { Config } from '../config/index.js';
import { logAudit, logEvents } from '../event-log.js';
import { EventBus } from '../events.js';
import type { Log } from '../log.js';
import { DecisionTable } from '../responder/decision-table.js';
import { openStore, type Store } from '../store/index.js';
import type { Teardown } from './teardown.js';

/** How often expired decisions are pruned from the table and the store. */
const PRUNE_INTERVAL_MS = 5_000;

export interface Core {
  config: Config;
  log: Log;
  now: () => number;
  /** When Breakwater started (by `now`). */
  startedAt: number;
  teardown: Teardown;
  store: Store;
  table: DecisionTable;
  events: EventBus;
}

/** Opens the store, loads the decisions, and publishes every change of the table as an event. */
export async function openCore(
  config: Config,
  log: Log,
  now: () => number,
  teardown: Teardown,
): Promise<Core> {
  const startedAt = now();
  const store = await openStore({ dataDir: config.data, database: config.database, now });
  teardown.add(() => store.close());
  const table = new DecisionTable(now);
  for (const decision of await store.decisions.list()) table.put(decision);
  log.info('decisions loaded', { count: table.size });

  const events = new EventBus();
  teardown.add(logEvents(events, log));
  teardown.add(logAudit(store.audit, log));
  table.onChange((change) =>
    events.publish({
      type: 'decision',
      at: now(),
      change: change.type,
      decision: change.decision,
      dryRun: false,
    }),
  );
  const stopPruning = table.pruneEvery(PRUNE_INTERVAL_MS, (expired) => {
    if (expired.length > 0) log.info('decisions expired', { count: expired.length });
    store.decisions
      .pruneExpired(now())
      .catch((error: Error) => log.error('pruning the store failed', { error: error.message }));
  });
  teardown.add(stopPruning);
  return { config, log, now, startedAt, teardown, store, table, events };
}
