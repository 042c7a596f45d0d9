// GET /api/v1/traffic: the traffic rollups over a time range, merged into steps, for charts.
import type { FastifyInstance } from 'fastify';
import { formatDuration, parseDuration } from '../../config/duration.js';
import type { Store, TrafficPoint } from '../../store/index.js';
import type { RoleGuard } from '../bearer-auth.js';
import { ApiError } from '../errors.js';
import { authErrorResponses, bearerSecurity, errorRef } from '../schemas.js';
import { parseTime } from './detections.js';

export interface TrafficRouteDeps {
  store: Pick<Store, 'traffic'>;
  now: () => number;
  authorize: RoleGuard;
}

interface TrafficQuery {
  since?: string;
  until?: string;
  step?: string;
}

/** Most points one answer holds. */
export const MAX_TRAFFIC_POINTS = 1000;
/** The range shown when `since` is not given. */
export const DEFAULT_TRAFFIC_SPAN_MS = 15 * 60_000;
const MIN_STEP_MS = 1000;
const MAX_STEP_MS = 30 * 86_400_000;
/** Steps chosen when none is given: the finest that keeps the answer within MAX_TRAFFIC_POINTS. */
const STEPS = [
  '1s',
  '5s',
  '10s',
  '15s',
  '30s',
  '1m',
  '5m',
  '10m',
  '15m',
  '30m',
  '1h',
  '3h',
  '6h',
  '12h',
  '1d',
].map((step) => parseDuration(step) as number);

const TIME_DESCRIPTION =
  'An ISO 8601 date or date-time (with `Z` or an offset), or milliseconds since the epoch.';

const pointSchema = {
  type: 'object',
  description:
    'Traffic in one step. Counts are summed over the step; each latency percentile is the highest of the ' +
    "step's seconds (its worst second), in ms, or null when no request was forwarded.",
  required: [
    'at',
    'stepMs',
    'allowed',
    'challenged',
    'throttled',
    'blocked',
    'shed',
    'originErrors',
    'latencyP50Ms',
    'latencyP95Ms',
    'latencyP99Ms',
  ],
  properties: {
    at: { type: 'integer', description: 'Start of the step, milliseconds since the epoch.' },
    stepMs: {
      type: 'integer',
      description: 'Length of the step; larger than asked where only per-minute rollups are kept.',
    },
    allowed: { type: 'integer' },
    challenged: { type: 'integer' },
    throttled: { type: 'integer' },
    blocked: { type: 'integer' },
    shed: { type: 'integer', description: 'Turned away while the origin was saturated.' },
    originErrors: { type: 'integer', description: 'Origin errors and timeouts.' },
    latencyP50Ms: { type: ['number', 'null'] },
    latencyP95Ms: { type: ['number', 'null'] },
    latencyP99Ms: { type: ['number', 'null'] },
  },
} as const;

function badQuery(field: string, message: string): ApiError {
  const problem = { field: `querystring/${field}`, message };
  return new ApiError(400, 'invalid_request', `${problem.field} ${message}`, [problem]);
}

/** The finest step from STEPS (or whole days beyond) that keeps `span` within MAX_TRAFFIC_POINTS. */
function defaultStep(span: number): number {
  const fits = (step: number) => Math.ceil(span / step) <= MAX_TRAFFIC_POINTS;
  const day = STEPS[STEPS.length - 1];
  return STEPS.find(fits) ?? Math.ceil(span / MAX_TRAFFIC_POINTS / day) * day;
}

function readStep(text: string, span: number): number {
  const step = parseDuration(text);
  if (step === undefined || step < MIN_STEP_MS || step > MAX_STEP_MS) {
    throw badQuery('step', 'must be a duration from 1s to 30d, such as 1s, 10s or 1m');
  }
  if (Math.ceil(span / step) > MAX_TRAFFIC_POINTS) {
    throw badQuery(
      'step',
      `is too fine for the range: at most ${MAX_TRAFFIC_POINTS} points; use ${formatDuration(defaultStep(span))} or more`,
    );
  }
  return step;
}

export function trafficRoutes({ store, now, authorize }: TrafficRouteDeps) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: TrafficQuery }>(
      '/api/v1/traffic',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['traffic'],
          summary: 'Traffic over time',
          description:
            'Needs the viewer role. Requests by verdict, origin errors and latency percentiles, one point ' +
            `per step over [since, until). Without \`since\`, the last ${DEFAULT_TRAFFIC_SPAN_MS / 60_000} ` +
            `minutes; without \`until\`, now; without \`step\`, the finest step that gives at most ` +
            `${MAX_TRAFFIC_POINTS} points. Points start at multiples of the step (so \`since\` is moved back ` +
            'to one); steps in which nothing was recorded are left out. Seconds are kept for a day, then ' +
            'minutes until `traffic.retention`. Each second is also sent live on /api/v1/events as ' +
            '`event: traffic`.',
          security: bearerSecurity,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              since: { type: 'string', maxLength: 64, description: TIME_DESCRIPTION },
              until: { type: 'string', maxLength: 64, description: TIME_DESCRIPTION },
              step: {
                type: 'string',
                maxLength: 32,
                description: 'A duration from 1s to 30d, such as `1s`, `10s`, `1m` or `1h`.',
              },
            },
          },
          response: {
            200: {
              description: 'The points, oldest first.',
              type: 'object',
              required: ['since', 'until', 'stepMs', 'points'],
              properties: {
                since: { type: 'integer', description: 'Start of the first step, ms since the epoch.' },
                until: { type: 'integer', description: 'End of the range, ms since the epoch.' },
                stepMs: { type: 'integer' },
                points: { type: 'array', items: pointSchema },
              },
            },
            400: { description: 'A parameter is invalid; `details` names it.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request) => {
        const query = request.query;
        const until = query.until === undefined ? now() : parseTime(query.until, 'until');
        const since =
          query.since === undefined ? until - DEFAULT_TRAFFIC_SPAN_MS : parseTime(query.since, 'since');
        if (since >= until) throw badQuery('since', 'must be before until');
        const stepMs =
          query.step === undefined ? defaultStep(until - since) : readStep(query.step, until - since);
        const start = since - (since % stepMs);
        let points: TrafficPoint[];
        try {
          points = await store.traffic.range({ since: start, until, stepMs });
        } catch (err) {
          request.log.error({ err }, 'reading traffic failed');
          throw new ApiError(
            503,
            'store_unavailable',
            'traffic cannot be read right now: the store is unavailable',
          );
        }
        return { since: start, until, stepMs, points };
      },
    );
  };
}
