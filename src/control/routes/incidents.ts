// /api/v1/incidents: incidents with their timelines and figures, responders' changes and notes, and the
// post-incident report as Markdown or HTML.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncidentDesk } from '../../incidents/desk.js';
import { type IncidentEdit, IncidentRefusal } from '../../incidents/edit.js';
import {
  INCIDENT_KINDS,
  INCIDENT_STATUSES,
  type Incident,
  type IncidentKind,
  type IncidentStatus,
  SEVERITIES,
  TIMELINE_KINDS,
} from '../../incidents/incident.js';
import { gatherReport } from '../../incidents/report/gather.js';
import { REPORT_FORMATS, type ReportFormat, renderReport } from '../../incidents/report/index.js';
import { DETECTION_KINDS } from '../../sentinel/detection.js';
import type { Store } from '../../store/index.js';
import type { RoleGuard } from '../bearer-auth.js';
import { ApiError } from '../errors.js';
import { authErrorResponses, bearerSecurity, errorRef, idParams } from '../schemas.js';
import { parseTime } from './detections.js';

export interface IncidentRouteDeps {
  store: Pick<Store, 'incidents' | 'traffic'>;
  desk: IncidentDesk;
  now: () => number;
  authorize: RoleGuard;
}

const TIME_DESCRIPTION =
  'An ISO 8601 date or date-time (with `Z` or an offset), or milliseconds since the epoch.';
const nullableTime = {
  type: ['integer', 'null'],
  description: 'Milliseconds since the epoch; null until then.',
};

const sourceCountSchema = {
  type: 'object',
  required: ['scope', 'value', 'rate'],
  properties: {
    scope: { type: 'string', enum: ['ip', 'cidr', 'fingerprint'] },
    value: { type: 'string' },
    rate: { type: 'number', description: 'Requests per second at the peak.' },
  },
} as const;

const figuresSchema = {
  type: 'object',
  description:
    'How the incident went. Attack requests stopped and legitimate requests affected are estimates from ' +
    'the traffic history (see docs/incidents.md).',
  required: [
    'attackStartedAt',
    'detectedAt',
    'mitigatedAt',
    'recoveredAt',
    'timeToDetectMs',
    'timeToMitigateMs',
    'timeToRecoverMs',
    'peakAttackRate',
    'attackRequestsStopped',
    'legitimateRequestsAffected',
  ],
  properties: {
    attackStartedAt: { type: 'integer', description: 'Start of the first window that showed the attack.' },
    detectedAt: { type: 'integer', description: 'When the first detection was confirmed.' },
    mitigatedAt: nullableTime,
    recoveredAt: nullableTime,
    timeToDetectMs: { type: 'integer' },
    timeToMitigateMs: { type: ['integer', 'null'] },
    timeToRecoverMs: { type: ['integer', 'null'] },
    peakAttackRate: { type: 'number', description: 'Requests per second.' },
    attackRequestsStopped: { type: 'integer' },
    legitimateRequestsAffected: { type: 'integer' },
  },
} as const;

const incidentSchema = {
  type: 'object',
  description: 'One attack, from its first detection (or its campaign of reported mail) to its resolution.',
  required: [
    'id',
    'kind',
    'title',
    'severity',
    'severityLocked',
    'status',
    'services',
    'attackClasses',
    'topSources',
    'topFingerprints',
    'detectionIds',
    'decisionIds',
    'assignee',
    'publicUpdate',
    'openedAt',
    'updatedAt',
    'resolvedAt',
    'closedAt',
    'figures',
  ],
  properties: {
    id: { type: 'string', description: 'Numbered per year: `INC-2026-0001`.' },
    kind: {
      type: 'string',
      enum: [...INCIDENT_KINDS],
      description:
        '`flood`: opened by a detection, its status follows the traffic. `phishing`: opened by a campaign of ' +
        'reported mail (no attack classes or detections); only responders and its campaign move it.',
    },
    title: { type: 'string' },
    severity: { type: 'string', enum: [...SEVERITIES], description: 'SEV1 is the worst.' },
    severityLocked: {
      type: 'boolean',
      description: 'A responder set the severity; it no longer follows the impact.',
    },
    status: { type: 'string', enum: [...INCIDENT_STATUSES] },
    services: { type: 'array', items: { type: 'string' } },
    attackClasses: { type: 'array', items: { type: 'string', enum: [...DETECTION_KINDS] } },
    topSources: { type: 'array', items: sourceCountSchema },
    topFingerprints: { type: 'array', items: sourceCountSchema },
    detectionIds: { type: 'array', items: { type: 'string' } },
    decisionIds: { type: 'array', items: { type: 'string' } },
    assignee: { type: ['string', 'null'] },
    publicUpdate: { type: ['string', 'null'], description: 'Shown on the public status page.' },
    openedAt: { type: 'integer' },
    updatedAt: { type: 'integer' },
    resolvedAt: nullableTime,
    closedAt: nullableTime,
    figures: figuresSchema,
  },
} as const;

const timelineEntrySchema = {
  type: 'object',
  required: ['seq', 'incidentId', 'at', 'kind', 'author', 'text', 'public'],
  properties: {
    seq: { type: 'integer', description: 'The timeline is ordered by it.' },
    incidentId: { type: 'string' },
    at: { type: 'integer', description: 'Never earlier than the previous entry’s.' },
    kind: { type: 'string', enum: [...TIMELINE_KINDS] },
    author: { type: 'string', description: '`breakwater`, or the person (token name or email).' },
    text: { type: 'string' },
    data: { type: 'object', additionalProperties: true },
    public: { type: 'boolean' },
  },
} as const;

interface ListQuery {
  kind?: IncidentKind;
  status?: string;
  since?: string;
  until?: string;
  limit: number;
}

const storeUnavailable = (what: string) =>
  new ApiError(503, 'store_unavailable', `${what}: the store is unavailable; try again`);

function invalid(field: string, message: string): ApiError {
  return new ApiError(400, 'invalid_request', `${field} ${message}`, [{ field, message }]);
}

function parseStatuses(text: string): IncidentStatus[] {
  const statuses = text.split(',').map((s) => s.trim());
  for (const status of statuses) {
    if (!(INCIDENT_STATUSES as readonly string[]).includes(status)) {
      throw invalid(
        'querystring/status',
        `must be a comma-separated list of ${INCIDENT_STATUSES.join(', ')}`,
      );
    }
  }
  return statuses as IncidentStatus[];
}

/** Who is acting: the console user's email or the API token's name. */
const authorOf = (request: FastifyRequest) => request.actor?.name ?? 'unknown';

async function reading<T>(request: FastifyRequest, what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    request.log.error({ err }, `${what} failed`);
    throw storeUnavailable(what);
  }
}

/** Desk refusals become 404 or 409 answers; anything else is the store failing. */
async function changing<T>(request: FastifyRequest, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (err) {
    if (err instanceof IncidentRefusal) {
      if (err.reason === 'not_found') throw new ApiError(404, 'not_found', err.message);
      const details = err.field === undefined ? undefined : [{ field: err.field, message: err.message }];
      throw new ApiError(409, 'conflict', err.message, details);
    }
    request.log.error({ err }, 'changing an incident failed');
    throw storeUnavailable('the incident was not changed');
  }
}

export function incidentRoutes({ store, desk, now, authorize }: IncidentRouteDeps) {
  const find = async (request: FastifyRequest, id: string): Promise<Incident> => {
    const incident = await reading(request, 'reading an incident', () => store.incidents.get(id));
    if (incident === undefined) throw new ApiError(404, 'not_found', `no incident has id ${id}`);
    return incident;
  };

  return async (app: FastifyInstance) => {
    app.get<{ Querystring: ListQuery }>(
      '/api/v1/incidents',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['incidents'],
          summary: 'List incidents',
          description:
            'Needs the viewer role. Filters combine. `since` keeps incidents still open or resolved at or ' +
            'after it, `until` those opened at or before it.',
          security: bearerSecurity,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              kind: {
                type: 'string',
                enum: [...INCIDENT_KINDS],
                description: 'Only incidents of this kind.',
              },
              status: {
                type: 'string',
                maxLength: 200,
                description: `Comma-separated statuses: ${INCIDENT_STATUSES.join(', ')}.`,
              },
              since: { type: 'string', maxLength: 64, description: TIME_DESCRIPTION },
              until: { type: 'string', maxLength: 64, description: TIME_DESCRIPTION },
              limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
            },
          },
          response: {
            200: {
              description: 'The matching incidents, newest first.',
              type: 'object',
              required: ['incidents'],
              properties: { incidents: { type: 'array', items: incidentSchema } },
            },
            400: { description: 'A filter is invalid; `details` names it.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request) => {
        const { kind, status, since, until, limit } = request.query;
        const filter = {
          ...(kind !== undefined && { kind }),
          ...(status !== undefined && { status: parseStatuses(status) }),
          ...(since !== undefined && { since: parseTime(since, 'since') }),
          ...(until !== undefined && { until: parseTime(until, 'until') }),
          limit,
        };
        return { incidents: await reading(request, 'listing incidents', () => store.incidents.list(filter)) };
      },
    );

    app.get<{ Params: { id: string } }>(
      '/api/v1/incidents/:id',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['incidents'],
          summary: 'Get one incident with its timeline',
          description: 'Needs the viewer role. The figures are in `incident.figures`.',
          security: bearerSecurity,
          params: idParams,
          response: {
            200: {
              description: 'The incident and its timeline in the order it was written.',
              type: 'object',
              required: ['incident', 'timeline'],
              properties: {
                incident: incidentSchema,
                timeline: { type: 'array', items: timelineEntrySchema },
              },
            },
            404: { description: 'No incident has this id.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request) => {
        const incident = await find(request, request.params.id);
        const timeline = await reading(request, 'reading a timeline', () =>
          store.incidents.timeline(incident.id),
        );
        return { incident, timeline };
      },
    );

    app.patch<{ Params: { id: string }; Body: IncidentEdit }>(
      '/api/v1/incidents/:id',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['incidents'],
          summary: 'Change an incident',
          description:
            'Needs the responder role. Each change is written to the timeline under your name. Setting the ' +
            'severity stops it following the impact. Statuses: any open status may move to another or to ' +
            '`resolved`; `resolved` may be reopened or `closed`; `closed` is final (409 otherwise).',
          security: bearerSecurity,
          params: idParams,
          body: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: {
              status: { type: 'string', enum: [...INCIDENT_STATUSES] },
              severity: { type: 'string', enum: [...SEVERITIES] },
              assignee: {
                type: ['string', 'null'],
                format: 'email',
                maxLength: 254,
                description: 'Email of the responder in charge; null unassigns.',
              },
              title: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' },
              publicUpdate: {
                type: ['string', 'null'],
                minLength: 1,
                maxLength: 2000,
                pattern: '\\S',
                description: 'Shown on the public status page; null returns to the default line.',
              },
            },
          },
          response: {
            200: { ...incidentSchema, description: 'The incident as it now is.' },
            400: { description: 'The body is invalid; `details` names the field.', ...errorRef },
            404: { description: 'No incident has this id.', ...errorRef },
            409: { description: 'The lifecycle does not allow this status change.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request) =>
        changing(request, () => desk.edit(request.params.id, request.body, authorOf(request))),
    );

    app.post<{ Params: { id: string }; Body: { text: string } }>(
      '/api/v1/incidents/:id/notes',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['incidents'],
          summary: 'Add a note to the timeline',
          description: 'Needs the responder role. The note is written under your name.',
          security: bearerSecurity,
          params: idParams,
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['text'],
            properties: { text: { type: 'string', minLength: 1, maxLength: 5000, pattern: '\\S' } },
          },
          response: {
            201: { description: 'The timeline entry written.', ...timelineEntrySchema },
            400: { description: 'The body is invalid; `details` names the field.', ...errorRef },
            404: { description: 'No incident has this id.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request, reply) => {
        const entry = await changing(request, () =>
          desk.addNote(request.params.id, request.body.text, authorOf(request)),
        );
        return reply.code(201).send(entry);
      },
    );

    app.get<{ Params: { id: string }; Querystring: { format: ReportFormat } }>(
      '/api/v1/incidents/:id/report',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['incidents'],
          summary: 'The post-incident report',
          description:
            'Needs the viewer role. Markdown (`text/markdown`) or a self-contained HTML page (`text/html`), ' +
            'sent as a download named after the incident.',
          security: bearerSecurity,
          params: idParams,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { format: { type: 'string', enum: [...REPORT_FORMATS], default: 'md' } },
          },
          produces: ['text/markdown', 'text/html'],
          response: {
            200: { description: 'The report.', type: 'string' },
            400: { description: 'The format is invalid.', ...errorRef },
            404: { description: 'No incident has this id.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request, reply) => {
        const { format } = request.query;
        const incident = await find(request, request.params.id);
        const input = await reading(request, 'reading an incident', () =>
          gatherReport(store, incident, now()),
        );
        const report = renderReport(input, format);
        return reply
          .header(
            'content-type',
            format === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8',
          )
          .header('content-disposition', `attachment; filename="${incident.id}.${format}"`)
          .send(report);
      },
    );
  };
}
