// /api/v1/detections: the attacks the sentinel has reported, read from the store, filtered and one by one.
import type { FastifyInstance } from 'fastify';
import { DETECTION_KINDS, type Detection } from '../../sentinel/detection.js';
import type { Store } from '../../store/index.js';
import type { RoleGuard } from '../bearer-auth.js';
import { ApiError } from '../errors.js';
import { authErrorResponses, bearerSecurity, detectionRef, errorRef } from '../schemas.js';

export interface DetectionRouteDeps {
  store: Pick<Store, 'detections'>;
  authorize: RoleGuard;
}

/** Longest detection id the API looks up; ids carry the attacked path, which the edge bounds far below this. */
export const MAX_DETECTION_ID_LENGTH = 8192;

interface ListQuery {
  since?: string;
  until?: string;
  kind?: Detection['kind'];
  state?: Detection['state'];
  limit: number;
}

const TIME_DESCRIPTION =
  'An ISO 8601 date or date-time (with `Z` or an offset), or milliseconds since the epoch.';
const MILLIS = /^\d{1,16}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** `since`/`until` as ms since the epoch; a 400 naming the field when it is neither form. */
export function parseTime(value: string, field: string): number {
  let ms = Number.NaN;
  if (MILLIS.test(value)) ms = Number(value);
  // Date.parse alone accepts many informal forms and reads a bare date-time as server-local time.
  else if (ISO_DATE.test(value) || ISO_DATE_TIME.test(value)) ms = Date.parse(value);
  if (!Number.isSafeInteger(ms)) {
    const problem = {
      field: `querystring/${field}`,
      message: 'must be an ISO 8601 date or date-time with Z or an offset, or milliseconds since the epoch',
    };
    throw new ApiError(400, 'invalid_request', `${problem.field} ${problem.message}`, [problem]);
  }
  return ms;
}

const storeUnavailable = () =>
  new ApiError(503, 'store_unavailable', 'detections cannot be read right now: the store is unavailable');

export function detectionRoutes({ store, authorize }: DetectionRouteDeps) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: ListQuery }>(
      '/api/v1/detections',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['detections'],
          summary: 'List detections',
          description:
            'Needs the viewer role. Filters combine. `since` keeps detections last seen at or after it, ' +
            '`until` those that started at or before it, so together they select detections overlapping ' +
            'the interval.',
          security: bearerSecurity,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              since: { type: 'string', maxLength: 64, description: TIME_DESCRIPTION },
              until: { type: 'string', maxLength: 64, description: TIME_DESCRIPTION },
              kind: { type: 'string', enum: [...DETECTION_KINDS] },
              state: { type: 'string', enum: ['active', 'cleared'] },
              limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
            },
          },
          response: {
            200: {
              description: 'The matching detections, newest first (by start).',
              type: 'object',
              required: ['detections'],
              properties: { detections: { type: 'array', items: detectionRef } },
            },
            400: { description: 'A filter is invalid; `details` names it.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request) => {
        const { since, until, kind, state, limit } = request.query;
        const filter = {
          ...(since !== undefined && { since: parseTime(since, 'since') }),
          ...(until !== undefined && { until: parseTime(until, 'until') }),
          ...(kind !== undefined && { kind }),
          ...(state !== undefined && { state }),
          limit,
        };
        try {
          return { detections: await store.detections.list(filter) };
        } catch (err) {
          request.log.error({ err }, 'listing detections failed');
          throw storeUnavailable();
        }
      },
    );

    app.get<{ Params: { id: string } }>(
      '/api/v1/detections/:id',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['detections'],
          summary: 'Get one detection',
          description:
            'Needs the viewer role. Ids contain `:` and `/`; URL-encode the id as one path segment, ' +
            'e.g. `http-flood%3A%2Fsearch%3A1700000000000`.',
          security: bearerSecurity,
          params: {
            type: 'object',
            required: ['id'],
            properties: { id: { type: 'string', minLength: 1, maxLength: MAX_DETECTION_ID_LENGTH } },
          },
          response: {
            200: { description: 'The detection.', ...detectionRef },
            404: { description: 'No detection has this id.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request) => {
        const { id } = request.params;
        let detection: Detection | undefined;
        try {
          detection = await store.detections.get(id);
        } catch (err) {
          request.log.error({ err }, 'reading a detection failed');
          throw storeUnavailable();
        }
        if (!detection) throw new ApiError(404, 'not_found', `no detection has id ${id}`);
        return detection;
      },
    );
  };
}
