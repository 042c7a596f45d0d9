// A gateway worker process, forked by WorkerPool: the data path alone. It loads the decision table the
// primary sends before it listens (so it refuses from its first connection what the others refuse),
// applies the primary's announcements in order (asking for what it missed on a gap), sends its tally
// window and the refusals it witnessed when the primary's tick asks, takes the tick's admission and query
// budgets, and reports abuse it caught for the primary's responder.
// Listening goes through node:cluster, so every worker accepts on the one shared socket.

import { DecisionTable } from '../responder/decision-table.js';
import { WorkerOperations, workerLog } from '../runtime/reload-worker.js';
import { adoptSketchSeeds } from '../sentinel/sketch/hash.js';
import { Tally } from '../sentinel/tally.js';
import { DecisionReplica } from './decision-feed.js';
import { figuresOf } from './edge-figures.js';
import { encodeWindow } from './window-wire.js';
import { startEdge } from './worker-edge.js';
import type { FromWorker, ToWorker } from './worker-messages.js';
import { WorkerSharing } from './worker-sharing.js';
import { VitalSigns } from './worker-vitals.js';

const send = (message: FromWorker) => process.send?.(message);

const table = new DecisionTable();
const replica = new DecisionReplica(table);
/** Expiry is not announced: each table drops its expired decisions itself, as the primary's does. */
const PRUNE_INTERVAL_MS = 5_000;
table.pruneEvery(PRUNE_INTERVAL_MS, () => {});
let started: ReturnType<typeof startEdge> | undefined;
/** Shared throttle budgets and good standing, with the primary. */
const sharing = new WorkerSharing(send);
const vitals = new VitalSigns();
/** Reloads and the drain, once the edge has started. */
let operations: Promise<WorkerOperations> | undefined;

process.on('message', (message: ToWorker) => {
  switch (message.t) {
    case 'init':
      started ??= begin(message);
      break;
    case 'announce':
      if (replica.apply(message.announcement) === 'gap') send({ t: 'gap', seq: replica.seq });
      break;
    case 'catch-up':
      for (const announcement of message.changes) replica.apply(announcement);
      break;
    case 'image':
      replica.load(message.image);
      break;
    case 'budget':
    case 'standing':
      sharing.heard(message);
      break;
    case 'cut':
      void started?.then((edge) => {
        if (message.distressed) edge.admission.renew();
        else edge.admission.clear();
        edge.standing.underAttack = message.underAttack;
        edge.queries.follow(message.guards, edge.share);
        send({
          t: 'window',
          tick: message.tick,
          window: encodeWindow(edge.tally.cut()),
          figures: figuresOf(edge.stats),
          reach: edge.reach.rotate(),
          witness: edge.witness?.drain(),
          vitals: vitals.take(),
        });
        sharing.report();
      });
      break;
    case 'reload':
      void operations?.then((ops) => send({ t: 'reloaded', error: ops.reload(message.config) }));
      break;
    case 'drain':
      void operations?.then(async (ops) =>
        send({ t: 'drained', outcome: await ops.drain(message.deadlineMs) }),
      );
      break;
    case 'stop':
      void (started ?? Promise.reject(new Error('not started')))
        .then((edge) => edge.close())
        .catch(() => {})
        .finally(() => process.exit(0));
      break;
  }
});

send({ t: 'hello' });
// The primary stops its workers (message 'stop') when it is told to; a worker whose primary is gone exits.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});
process.on('SIGHUP', () => {}); // a reload is the primary's: it sends the settings
process.on('disconnect', () => process.exit(0));

function begin(init: Extract<ToWorker, { t: 'init' }>): ReturnType<typeof startEdge> {
  adoptSketchSeeds(init.seeds);
  replica.load(init.image);
  const log = workerLog(init.config.logLevel);
  const edge = startEdge({
    config: init.config,
    table,
    challengeSecret: Buffer.from(init.challengeSecret, 'base64'),
    challengePreviousSecret:
      init.challengePreviousSecret === undefined
        ? undefined
        : Buffer.from(init.challengePreviousSecret, 'base64'),
    tally: new Tally({ now: Date.now, loginRoutes: init.config.sentinel.loginRoutes }),
    workers: init.workers,
    sharing,
    onAbuse: (address, what) => send({ t: 'abuse', address, what }),
    log,
  });
  operations = edge.then((e) => new WorkerOperations(e.gateway, e.origins, log));
  operations.catch(() => {}); // a failed start is answered below
  edge.then(
    (e) => send({ t: 'ready', port: e.gateway.port, url: e.gateway.url, verdictUrl: e.gateway.verdictUrl }),
    (error: Error) => {
      send({ t: 'failed', error: error.message });
      process.exitCode = 1;
      process.disconnect?.();
    },
  );
  return edge;
}
