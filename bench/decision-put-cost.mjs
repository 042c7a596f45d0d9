// Cost of a step of the responder that makes many decisions while the incident desk follows the attack
// they answer: N address blocks put in the decision table at once and saved together, as the defence
// loop does, each taken for the incident's detection, timed until the desk has written them down (links,
// timeline, incident) in a SQLite store.
// Counts the SQL statements run per decision (load-independent), and gives the wall time and the longest
// the event loop was held meanwhile (both depend on the machine's load).
// Needs the build (npm run build):  node bench/decision-put-cost.mjs [N ...]   (default 100 500)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { EventBus } from '../dist/events.js';
import { IncidentDesk } from '../dist/incidents/desk.js';
import { silentLog } from '../dist/log.js';
import { DecisionTable } from '../dist/responder/decision-table.js';
import { openStore } from '../dist/store/index.js';

let statements = 0;
const prepare = BetterSqlite3.prototype.prepare;
BetterSqlite3.prototype.prepare = function counted(...args) {
  statements++;
  return prepare.apply(this, args);
};

const T0 = Date.UTC(2026, 2, 1, 12);

function floodDetection(at) {
  return {
    id: `http-flood:/:${at}`,
    kind: 'http-flood',
    startedAt: at,
    lastSeenAt: at + 2_000,
    state: 'active',
    path: '/',
    routeKind: 'browser',
    targets: [{ scope: 'ip', value: '203.0.113.7', share: 0.5, rate: 400 }],
    maxAction: 'block',
    evidence: {
      windowMs: 1_000,
      observedRate: 4_000,
      baselineRate: 20,
      topKeys: [{ key: 'ip:203.0.113.7', count: 400, share: 0.5 }],
      summary: '/ at 4000 req/s from many sources.',
    },
  };
}

function block(i, detectionId, at) {
  return {
    id: `bench-${i}`,
    scope: 'ip',
    value: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    action: 'block',
    reason: 'flooding',
    source: 'detector',
    createdAt: at,
    expiresAt: at + 600_000,
    detectionId,
  };
}

/** The longest gap between ticks of a 1 ms timer while `work` runs. */
async function longestHold(work) {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const at = performance.now();
    longest = Math.max(longest, at - last);
    last = at;
  }, 1);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

async function round(count) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bw-decision-cost-'));
  const clock = { now: T0 };
  const now = () => clock.now;
  const store = await openStore({ dataDir, now, env: {} });
  const table = new DecisionTable(now);
  const events = new EventBus();
  table.onChange((c) =>
    events.publish({ type: 'decision', at: now(), change: c.type, decision: c.decision, dryRun: false }),
  );
  const desk = new IncidentDesk({
    store,
    events,
    table,
    services: [{ name: 'Site', paths: ['/'] }],
    resolveAfterMs: 30_000,
    log: silentLog,
    now,
    sweepMs: 3_600_000,
  });
  await desk.start();
  let announced = 0;
  events.subscribe((e) => {
    if (e.type === 'incident') announced++;
  });
  const detection = floodDetection(T0);
  events.publish({ type: 'detection', at: T0, detection });
  await desk.settled();
  clock.now += 1_000;
  statements = 0;
  announced = 0;
  const started = performance.now();
  const held = await longestHold(async () => {
    const decisions = Array.from({ length: count }, (_, i) => block(i, detection.id, clock.now));
    for (const decision of decisions) table.put(decision);
    await Promise.all([store.decisions.putAll(decisions), desk.settled()]);
  });
  const ms = performance.now() - started;
  const [incident] = await store.incidents.list({});
  const linked = (await store.incidents.decisions(incident.id)).length;
  const stored = (await store.decisions.list()).length;
  await desk.stop();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
  return {
    decisions: count,
    stored,
    linked,
    statements,
    statementsPerDecision: Number((statements / count).toFixed(2)),
    incidentEvents: announced,
    ms: Math.round(ms),
    msPerDecision: Number((ms / count).toFixed(3)),
    longestHoldMs: Math.round(held),
  };
}

const counts = process.argv.slice(2).map(Number);
for (const count of counts.length > 0 ? counts : [100, 500]) console.log(JSON.stringify(await round(count)));
