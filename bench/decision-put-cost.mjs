// Cost of a step of the responder that makes many decisions while the incident desk follows the attack
// they answer: N address blocks put in the decision table at once and saved together, as the defence
// loop does, each taken for the incident's detection, timed until the desk has written them down (links,
// timeline, incident) in a SQLite store.
// Then the cost of the desk's sweep (once a second) over an incident holding SWEEP_LINKS decisions: a
// sweep in which nothing changed, and one after a traffic point that changes the incident's figures.
// Each count of decisions runs twice: the desk alone, and the desk with the threat intelligence publisher
// on (an indicator, alias and relationship per decision, in the same SQLite store).
// Counts the SQL statements run per decision and per sweep (load-independent) and the transactions they
// made (each `begin`, and each write outside one), and gives the wall time and the longest the event
// loop was held meanwhile (both depend on the machine's load).
// Needs the build (npm run build):  node bench/decision-put-cost.mjs [N ...]   (default 100 200 500)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { EventBus } from '../dist/events.js';
import { IncidentDesk } from '../dist/incidents/desk.js';
import { Publisher } from '../dist/intel/publisher.js';
import { silentLog } from '../dist/log.js';
import { DecisionTable } from '../dist/responder/decision-table.js';
import { openStore } from '../dist/store/index.js';

let statements = 0;
let transactions = 0;
let inTransaction = false;
const prepare = BetterSqlite3.prototype.prepare;
BetterSqlite3.prototype.prepare = function counted(...args) {
  statements++;
  const word = String(args[0]).trim().split(/\s/, 1)[0].toLowerCase();
  if (word === 'begin') {
    transactions++;
    inTransaction = true;
  } else if (word === 'commit' || word === 'rollback') inTransaction = false;
  else if (['insert', 'update', 'delete'].includes(word) && !inTransaction) transactions++;
  return prepare.apply(this, args);
};

const T0 = Date.UTC(2026, 2, 1, 12);
/** The TAXII collection the publisher publishes into. */
const COLLECTION = '0d5c2a8e-3f47-4b1e-9c6a-7e2f81b4d093';

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

/**
 * A SQLite store in a fresh directory and an incident desk following it, with one flood incident open;
 * with `publishing`, the threat intelligence publisher too (its identity, marking, attack pattern and
 * sighting published already).
 */
async function deskOnStore(publishing = false) {
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
    traffic: store.traffic,
    events,
    table,
    services: [{ name: 'Site', paths: ['/'] }],
    resolveAfterMs: 30_000,
    log: silentLog,
    now,
    sweepMs: 3_600_000,
  });
  await desk.start();
  const publisher = publishing
    ? new Publisher({
        store,
        events,
        collectionId: COLLECTION,
        identity: 'Bench Ltd',
        tlp: 'green',
        log: silentLog,
        now,
      })
    : undefined;
  publisher?.start();
  /** Until the desk and the publisher have done what they were given. */
  const settled = () => Promise.all([desk.settled(), publisher?.idle()]);
  const counter = { announced: 0 };
  events.subscribe((e) => {
    if (e.type === 'incident') counter.announced++;
  });
  const detection = floodDetection(T0);
  events.publish({ type: 'detection', at: T0, detection });
  await settled();
  const [{ id: incidentId }] = await store.incidents.list({});
  /** Puts `count` blocks for the incident's detection in the table and the store at once, as the loop does. */
  async function decide(count) {
    const decisions = Array.from({ length: count }, (_, i) => block(i, detection.id, clock.now));
    for (const decision of decisions) table.put(decision);
    await Promise.all([store.decisions.putAll(decisions), settled()]);
  }
  async function close() {
    publisher?.stop();
    await publisher?.idle();
    await desk.stop();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { store, desk, clock, counter, incidentId, decide, close };
}

async function round(count, publishing) {
  const { store, clock, counter, incidentId, decide, close } = await deskOnStore(publishing);
  clock.now += 1_000;
  statements = 0;
  transactions = 0;
  counter.announced = 0;
  const started = performance.now();
  const held = await longestHold(() => decide(count));
  const ms = performance.now() - started;
  const linked = (await store.incidents.decisions(incidentId)).length;
  const stored = (await store.decisions.list()).length;
  const indicators = publishing
    ? (
        await store.stixObjects.query({
          collectionId: COLLECTION,
          types: ['indicator'],
          tlp: ['green'],
          limit: 1e6,
        })
      ).objects.length
    : undefined;
  await close();
  return {
    decisions: count,
    publisher: publishing,
    stored,
    linked,
    indicators,
    statements,
    statementsPerDecision: Number((statements / count).toFixed(2)),
    transactions,
    incidentEvents: counter.announced,
    ms: Math.round(ms),
    msPerDecision: Number((ms / count).toFixed(3)),
    longestHoldMs: Math.round(held),
  };
}

/** Incident links held by the incident the sweep round follows. */
const SWEEP_LINKS = 2_000;

/** A second of traffic in which the edge blocked `blocked` requests. */
function trafficSecond(at, blocked) {
  const point = { at, stepMs: 1_000, allowed: 100, challenged: 0, throttled: 0, blocked, shed: 0 };
  return { ...point, originErrors: 0, latencyP50Ms: 10, latencyP95Ms: 30, latencyP99Ms: 40 };
}

/** Statements, wall time and event-loop hold of one sweep a second after the last. */
async function timedSweep(desk, clock) {
  clock.now += 1_000;
  statements = 0;
  const started = performance.now();
  const held = await longestHold(() => desk.sweep());
  return {
    statements,
    ms: Number((performance.now() - started).toFixed(2)),
    longestHoldMs: Math.round(held),
  };
}

async function sweepRound() {
  const { store, desk, clock, incidentId, decide, close } = await deskOnStore();
  clock.now += 1_000;
  await decide(SWEEP_LINKS - 1);
  await desk.sweep();
  const links = (await store.incidents.get(incidentId)).decisionIds.length + 1;
  const unchanged = await timedSweep(desk, clock);
  await store.traffic.record(trafficSecond(clock.now - 1_000, 5_000));
  const figuresChanged = await timedSweep(desk, clock);
  const { figures } = await store.incidents.get(incidentId);
  await close();
  return {
    sweepOverLinks: links,
    unchanged,
    figuresChanged: { ...figuresChanged, attackRequestsStoppedSaved: figures.attackRequestsStopped },
  };
}

const counts = process.argv.slice(2).map(Number);
for (const count of counts.length > 0 ? counts : [100, 200, 500]) {
  for (const publishing of [false, true]) console.log(JSON.stringify(await round(count, publishing)));
}
console.log(JSON.stringify(await sweepRound()));
