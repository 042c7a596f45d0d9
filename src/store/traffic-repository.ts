// Traffic rollups on disk: a point per second as the recorder writes it, merged into steps for charts,
// down-sampled to a point per minute after a day and deleted after the retention period.
//
// Merging rows into one step sums the counts; each latency percentile is the highest among the rows (the
// worst second of the step), so a latency spike is never averaged away by quiet seconds around it.
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { Database } from './schema.js';
import type { TrafficTable } from './tables/traffic.js';

export interface TrafficPoint {
  /** Start of the step, ms since the epoch. */
  at: number;
  stepMs: number;
  allowed: number;
  challenged: number;
  throttled: number;
  blocked: number;
  shed: number;
  /** Origin errors and timeouts. */
  originErrors: number;
  /** Latency percentiles of forwarded requests, in ms; null when none was forwarded. */
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  latencyP99Ms: number | null;
}

export interface TrafficRange {
  /** Rows starting at or after this (ms). */
  since: number;
  /** Rows starting before this (ms). */
  until: number;
  /** Step of the points returned (ms); each starts at a multiple of it. */
  stepMs: number;
}

/** How long a second keeps its own row before it is merged into its minute. */
export const TRAFFIC_FINE_FOR_MS = 86_400_000;
export const TRAFFIC_COMPACT_STEP_MS = 60_000;
/** How long rollups are kept by default. */
export const TRAFFIC_RETENTION_MS = 30 * 86_400_000;

const COUNTS = ['allowed', 'challenged', 'throttled', 'blocked', 'shed', 'origin_errors'] as const;
const LATENCIES = ['latency_p50_ms', 'latency_p95_ms', 'latency_p99_ms'] as const;

type TrafficRow = Selectable<TrafficTable>;

export class TrafficRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
  ) {}

  async record(point: TrafficPoint): Promise<void> {
    await this.db.insertInto('traffic').values(toRow(point)).execute();
  }

  /**
   * Points of `stepMs` over [since, until), oldest first; steps with no row are left out (nothing was
   * recorded then). A point's `stepMs` is larger than asked where it holds coarser, compacted rows.
   */
  async range({ since, until, stepMs }: TrafficRange): Promise<TrafficPoint[]> {
    if (!Number.isSafeInteger(stepMs) || stepMs <= 0) {
      throw new RangeError(`stepMs must be a positive whole number of ms; got ${stepMs}`);
    }
    const rows = await this.db
      .selectFrom('traffic')
      .where('at', '>=', since)
      .where('at', '<', until)
      .select((eb) => [
        stepStart(eb, stepMs).as('at'),
        eb.fn.max('step_ms').as('step_ms'),
        ...COUNTS.map((column) => eb.fn.sum(column).as(column)),
        ...LATENCIES.map((column) => eb.fn.max(column).as(column)),
      ])
      .groupBy((eb) => stepStart(eb, stepMs))
      .orderBy('at')
      .execute();
    return rows.map((row) => {
      const point = toPoint(row as unknown as TrafficRow);
      return { ...point, stepMs: Math.max(stepMs, point.stepMs) };
    });
  }

  /**
   * Merges the rows older than a day into one row per minute, and deletes rows older than the retention.
   * Safe to run at any time and from several processes: merged minutes are left alone.
   */
  async compact(now: number = this.now(), retentionMs: number = TRAFFIC_RETENTION_MS): Promise<void> {
    const step = TRAFFIC_COMPACT_STEP_MS;
    const cutoff = Math.floor((now - TRAFFIC_FINE_FOR_MS) / step) * step;
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('traffic')
        .where('at', '<', now - retentionMs)
        .execute();
      const fine = trx.selectFrom('traffic').where('at', '<', cutoff).where('step_ms', '<', step);
      await trx
        .insertInto('traffic')
        .columns(['at', 'step_ms', ...COUNTS, ...LATENCIES])
        .expression(
          fine
            .select((eb) => [
              stepStart(eb, step).as('at'),
              eb.lit(step).as('step_ms'),
              ...COUNTS.map((column) => eb.fn.sum(column).as(column)),
              ...LATENCIES.map((column) => eb.fn.max(column).as(column)),
            ])
            .groupBy((eb) => stepStart(eb, step)),
        )
        .execute();
      await trx.deleteFrom('traffic').where('at', '<', cutoff).where('step_ms', '<', step).execute();
    });
  }
}

/** The start of the step a row's `at` falls in; the step is inlined so SELECT and GROUP BY match. */
function stepStart(eb: ExpressionBuilder<Database, 'traffic'>, stepMs: number) {
  return eb('at', '-', eb('at', '%', eb.lit(stepMs)));
}

function toRow(point: TrafficPoint): TrafficTable {
  return {
    at: point.at,
    step_ms: point.stepMs,
    allowed: point.allowed,
    challenged: point.challenged,
    throttled: point.throttled,
    blocked: point.blocked,
    shed: point.shed,
    origin_errors: point.originErrors,
    latency_p50_ms: point.latencyP50Ms,
    latency_p95_ms: point.latencyP95Ms,
    latency_p99_ms: point.latencyP99Ms,
  };
}

const nullableNumber = (value: number | string | null) => (value === null ? null : Number(value));

function toPoint(row: TrafficRow): TrafficPoint {
  return {
    at: Number(row.at),
    stepMs: Number(row.step_ms),
    allowed: Number(row.allowed),
    challenged: Number(row.challenged),
    throttled: Number(row.throttled),
    blocked: Number(row.blocked),
    shed: Number(row.shed),
    originErrors: Number(row.origin_errors),
    latencyP50Ms: nullableNumber(row.latency_p50_ms),
    latencyP95Ms: nullableNumber(row.latency_p95_ms),
    latencyP99Ms: nullableNumber(row.latency_p99_ms),
  };
}
