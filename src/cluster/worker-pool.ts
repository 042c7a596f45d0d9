// Workers per core: the primary forks N worker processes (node:cluster, one shared listening socket) that
// run the data path, and keeps everything else once: the decision table, the sentinel, the control plane.
//
// - Decisions: every change of the primary's table is announced to every worker, numbered (DecisionFeed),
//   so it reaches their tables within milliseconds, well inside one tick.
// - Detection: each tick the primary asks every worker for its window and merges them (mergeWindows) into
//   the one window its sentinel reads; a worker that does not answer within half a tick is left out of it.
// - The loop's answers reach the workers with each tick's ask: admission by priority and the query budgets
//   of guarded routes, each worker taking its share (1/N) of the gateway's budgets. The refusals each
//   witnessed come back with its window into the primary's witness: nothing crosses per request.
// - A worker that dies is forked again; it loads the table before it listens, so it refuses from its
//   first connection what the others refuse.
//
// Why node:cluster and not one listener per worker with SO_REUSEPORT: Node 20 has no reusePort option on
// net.Server (it came in Node 22.12), so the shared socket of node:cluster is the way to share a port.

import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/index.js';
import type { Admission } from '../edge/admission.js';
import type { DrainOutcome } from '../edge/drain.js';
import type { Gateway } from '../edge/gateway.js';
import type { QueryBudget } from '../edge/query-budget.js';
import type { EdgeStats } from '../edge/stats.js';
import type { Witness } from '../edge/witness.js';
import type { Log } from '../log.js';
import type { DecisionTable } from '../responder/decision-table.js';
import type { Reach } from '../responder/reach.js';
import { sketchSeeds } from '../sentinel/sketch/hash.js';
import type { TallyWindow } from '../sentinel/tally.js';
import { DecisionFeed } from './decision-feed.js';
import { EdgeTotals } from './edge-figures.js';
import type { SharedBudgets } from './shared-budget.js';
import type { StandingHub } from './shared-standing.js';
import { decodeWindow, WireError } from './window-wire.js';
import type { FromWorker, ToWorker } from './worker-messages.js';
import type { WorkerVitals } from './worker-vitals.js';

export interface WorkerPoolOptions {
  workers: number;
  config: Config;
  /** The gateway's one decision table; workers hold replicas. */
  table: DecisionTable;
  challengeSecret: Buffer;
  /** The challenge key before the last rotation, still accepted. */
  challengePreviousSecret?: Buffer;
  /** Admission by priority as the defence loop sets it; carried to the workers each tick. */
  admission: Admission;
  /** Budgets of new queries on guarded routes as the defence loop sets them; carried each tick. */
  queries?: QueryBudget;
  /** The gateway's witness: what the workers witnessed goes in, each tick. */
  witness?: Witness;
  /** Written with the workers' summed counters, for /metrics. */
  stats: EdgeStats;
  /** The primary's count of what reaches the origin (the closed loop's measure): workers' counts go in. */
  reach?: Reach;
  /** Whether an attack is underway (no client earns good standing meanwhile); carried each tick. */
  underAttack?: () => boolean;
  onAbuse: (address: string, what: 'h2-rapid-reset') => void;
  /** The gateway's shared throttle budgets: workers flush their spend to it (shared-budget.ts). */
  budgets?: SharedBudgets;
  /** The gateway's good standing: workers report whom they saw, and hold whom it announces. */
  standing?: StandingHub;
  log: Log;
  /** How long to wait for a worker's window; default 100 ms. */
  windowWaitMs?: number;
}

export interface WorkerState {
  id: number;
  pid: number | null;
  ready: boolean;
  startedAt: number;
  /** Requests it answered, by its latest report. */
  requests: number;
  openConnections: number;
  /** Resident memory and the event loop's delay (p99 over the last tick); null before its first report. */
  rssBytes: number | null;
  loopDelayP99Ms: number | null;
}

/** `auto` is one worker per core. */
export function workerCount(setting: number | 'auto'): number {
  return setting === 'auto' ? availableParallelism() : setting;
}

interface Member {
  worker: Worker;
  startedAt: number;
  /** It has the table image: announcements after it follow in order. */
  initialised: boolean;
  ready: boolean;
  /** Its memory and event-loop delay, by its latest report. */
  vitals?: WorkerVitals;
}

/** Workers dying within this long of their start are restarted after a growing pause. */
const QUICK_DEATH_MS = 2_000;

export class WorkerPool implements Gateway {
  private readonly members = new Map<number, Member>();
  private readonly feed: DecisionFeed;
  private readonly totals: EdgeTotals;
  private readonly waiting = new Map<number, (window: TallyWindow | undefined) => void>();
  private tick = 0;
  private closing = false;
  private restartPause = 100;
  private listening: { url: string; port: number; verdictUrl?: string } | undefined;
  /** Restarts so far, for the log and the cluster view. */
  restarts = 0;

  constructor(private readonly opts: WorkerPoolOptions) {
    this.totals = new EdgeTotals(opts.stats);
    this.feed = new DecisionFeed(opts.table, (announcement) => {
      for (const m of this.members.values()) {
        if (m.initialised) this.send(m.worker, { t: 'announce', announcement });
      }
    });
    if (opts.standing) {
      opts.standing.toWorkers = (entries) => {
        for (const m of this.members.values())
          if (m.initialised) this.send(m.worker, { t: 'standing', entries });
      };
    }
  }

  get url(): string {
    return this.listening?.url ?? '';
  }

  get port(): number {
    return this.listening?.port ?? 0;
  }

  /** The verdict endpoint's base URL, when the workers run it (they share its socket as the gateway's). */
  get verdictUrl(): string | undefined {
    return this.listening?.verdictUrl;
  }

  /** Forks the workers and resolves once every one listens; rejects (all stopped) if one cannot. */
  async start(): Promise<void> {
    cluster.setupPrimary({
      exec: fileURLToPath(new URL('./worker.js', import.meta.url)),
      serialization: 'advanced',
    });
    try {
      await Promise.all(Array.from({ length: this.opts.workers }, () => this.fork()));
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  /** The workers: id, pid, whether they listen, and their latest counts of requests and open connections. */
  workers(): WorkerState[] {
    return [...this.members.values()].map((m) => {
      const figures = this.totals.of(m.worker.id);
      return {
        id: m.worker.id,
        pid: m.worker.process.pid ?? null,
        ready: m.ready,
        startedAt: m.startedAt,
        requests: figures?.requests.reduce((sum, n) => sum + n, 0) ?? 0,
        openConnections: figures?.openConnections ?? 0,
        rssBytes: m.vitals?.rssBytes ?? null,
        loopDelayP99Ms: m.vitals?.loopDelayP99Ms ?? null,
      };
    });
  }

  /** Asks every ready worker for its window; resolves with those that came in time, decoded. */
  async collect(): Promise<TallyWindow[]> {
    const tick = ++this.tick;
    const distressed = this.opts.admission.distressed;
    const underAttack = this.opts.underAttack?.() ?? false;
    const guards = this.opts.queries?.inForce() ?? [];
    const asked = [...this.members.values()].filter((m) => m.ready);
    const windows = await Promise.all(
      asked.map(
        (m) =>
          new Promise<TallyWindow | undefined>((resolve) => {
            const key = m.worker.id * 1_000_000 + (tick % 1_000_000);
            const timer = setTimeout(() => {
              this.waiting.delete(key);
              resolve(undefined);
            }, this.opts.windowWaitMs ?? 100);
            this.waiting.set(key, (window) => {
              clearTimeout(timer);
              this.waiting.delete(key);
              resolve(window);
            });
            this.send(m.worker, { t: 'cut', tick, distressed, underAttack, guards });
          }),
      ),
    );
    return windows.filter((w): w is TallyWindow => w !== undefined);
  }

  /**
   * A reload: every worker takes the live settings of `config`, and a worker started later gets it whole.
   * In place rather than by replacing the workers one by one: connections open on a worker stay open,
   * and what each worker has learnt (token buckets, clients in good standing) stays with it.
   * Resolves with the workers that applied it and why the others did not.
   */
  async reloadWorkers(config: Config): Promise<{ applied: number; failed: string[] }> {
    this.opts.config = config;
    const replies = await this.ask({ t: 'reload', config }, 'reloaded', 5_000);
    const failed = replies
      .filter(({ reply }) => reply === undefined || reply.error !== undefined)
      .map(({ id, reply }) => `worker ${id}: ${reply?.error ?? 'no answer'}`);
    return { applied: replies.length - failed.length, failed };
  }

  /** Every worker stops accepting and lets its requests in flight finish, for up to `deadlineMs`. */
  async drain(deadlineMs: number): Promise<DrainOutcome> {
    this.closing = true; // a worker that exits now is not replaced
    const startedAt = Date.now();
    const replies = await this.ask({ t: 'drain', deadlineMs }, 'drained', deadlineMs + 2_000);
    let [inFlight, cut] = [0, 0];
    for (const { reply } of replies) {
      inFlight += reply?.outcome.inFlight ?? 0;
      cut += reply?.outcome.cut ?? 0;
    }
    return { inFlight, cut, ms: Date.now() - startedAt };
  }

  /** Sends `message` to every ready worker and waits up to `waitMs` for each one's answer of kind `answer`. */
  private ask<K extends FromWorker['t']>(message: ToWorker, answer: K, waitMs: number) {
    type Reply = Extract<FromWorker, { t: K }>;
    const ready = [...this.members.values()].filter((m) => m.ready);
    return Promise.all(
      ready.map(
        ({ worker }) =>
          new Promise<{ id: number; reply: Reply | undefined }>((resolve) => {
            const done = (reply?: Reply) => {
              clearTimeout(timer);
              worker.off('message', heard).off('exit', gone);
              resolve({ id: worker.id, reply });
            };
            const heard = (reply: FromWorker) => {
              if (reply.t === answer) done(reply as Reply);
            };
            const gone = () => done();
            const timer = setTimeout(gone, waitMs);
            worker.on('message', heard).on('exit', gone);
            this.send(worker, message);
          }),
      ),
    );
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      [...this.members.values()].map(
        ({ worker }) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            const killer = setTimeout(() => worker.process.kill('SIGKILL'), 5_000);
            worker.once('exit', () => {
              clearTimeout(killer);
              resolve();
            });
            this.send(worker, { t: 'stop' });
          }),
      ),
    );
  }

  private fork(): Promise<void> {
    const worker = cluster.fork();
    const member: Member = { worker, startedAt: Date.now(), initialised: false, ready: false };
    this.members.set(worker.id, member);
    const { log } = this.opts;
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (message: FromWorker) => {
        switch (message.t) {
          case 'hello':
            member.initialised = true;
            this.send(worker, {
              t: 'init',
              config: this.opts.config,
              challengeSecret: this.opts.challengeSecret.toString('base64'),
              challengePreviousSecret: this.opts.challengePreviousSecret?.toString('base64'),
              seeds: sketchSeeds(),
              image: this.feed.image(),
              workers: this.opts.workers,
            });
            if (this.opts.standing) this.send(worker, { t: 'standing', entries: this.opts.standing.image() });
            break;
          case 'ready':
            member.ready = true;
            this.listening ??= { url: message.url, port: message.port, verdictUrl: message.verdictUrl };
            log.debug('worker listening', { worker: worker.id, pid: worker.process.pid });
            resolve();
            break;
          case 'failed':
            reject(new Error(`gateway worker could not start: ${message.error}`));
            break;
          default:
            this.heard(member, message);
        }
      });
      worker.on('exit', (code, signal) => {
        this.members.delete(worker.id);
        this.totals.retire(worker.id);
        if (!member.ready) reject(new Error(`gateway worker exited before listening (${signal ?? code})`));
        if (this.closing || !member.ready) return;
        log.warn('worker exited: restarting it', { worker: worker.id, code: code ?? undefined, signal });
        this.restart(member.startedAt);
      });
    });
  }

  private restart(startedAt: number): void {
    this.restartPause =
      Date.now() - startedAt < QUICK_DEATH_MS ? Math.min(this.restartPause * 2, 5_000) : 100;
    setTimeout(() => {
      if (this.closing) return;
      this.restarts++;
      this.fork().catch((error: Error) => {
        this.opts.log.error('restarting a worker failed', { error: error.message });
        this.restart(Date.now());
      });
    }, this.restartPause).unref();
  }

  private heard(member: Member, message: FromWorker): void {
    const { worker } = member;
    switch (message.t) {
      case 'window': {
        this.totals.report(worker.id, message.figures);
        this.opts.reach?.absorb(message.reach);
        if (message.witness !== undefined) this.opts.witness?.absorb(message.witness);
        member.vitals = message.vitals;
        const waiter = this.waiting.get(worker.id * 1_000_000 + (message.tick % 1_000_000));
        try {
          waiter?.(decodeWindow(message.window));
        } catch (error) {
          if (!(error instanceof WireError)) throw error;
          this.opts.log.warn('window dropped', { worker: worker.id, error: error.message });
          waiter?.(undefined);
        }
        break;
      }
      case 'gap': {
        const changes = this.feed.since(message.seq);
        this.send(worker, changes ? { t: 'catch-up', changes } : { t: 'image', image: this.feed.image() });
        break;
      }
      case 'abuse':
        this.opts.onAbuse(message.address, message.what);
        break;
      case 'budget': {
        const { budgets } = this.opts;
        if (budgets === undefined) break;
        const totals = budgets.settle({ keys: message.keys, counts: message.counts });
        this.send(worker, { t: 'budget', seq: message.seq, totals, scale: budgets.scale });
        break;
      }
      case 'seen':
        this.opts.standing?.absorb(message.batch);
        break;
    }
  }

  private send(worker: Worker, message: ToWorker): void {
    // A worker that just died: its exit handler restarts it; the message is moot.
    if (worker.isConnected()) worker.send(message, undefined, () => {});
  }
}
