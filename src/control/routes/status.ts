// The public status page: GET /status (HTML), /status.json and /status/feed.atom (Atom 1.0). No token
// needed; they show only the public view (src/status/public-view.ts) and may be cached for a few seconds.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { COMPONENT_STATUSES } from '../../status/component-status.js';
import { renderStatusFeed } from '../../status/feed.js';
import { renderStatusPage } from '../../status/page.js';
import { PUBLIC_STAGES, type PublicStatus } from '../../status/public-view.js';
import { STATUS_CACHE_MS, type StatusSource } from '../../status/status-source.js';
import { ApiError } from '../errors.js';
import { errorRef } from '../schemas.js';

export interface StatusRouteDeps {
  source: StatusSource;
}

/** The page needs only its own inline style: no script, no frame, no form, nothing fetched. */
export const STATUS_PAGE_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const text = { type: 'string' } as const;
const status = { type: 'string', enum: [...COMPONENT_STATUSES] } as const;
const incident = {
  type: 'object',
  required: ['id', 'name', 'impact', 'stage', 'components', 'startedAt', 'resolvedAt', 'updates'],
  properties: {
    id: text,
    name: text,
    impact: status,
    stage: { type: 'string', enum: [...PUBLIC_STAGES] },
    components: { type: 'array', items: text },
    startedAt: { type: 'string', format: 'date-time' },
    resolvedAt: { type: ['string', 'null'], format: 'date-time' },
    updates: {
      type: 'array',
      description: 'Newest first.',
      items: {
        type: 'object',
        required: ['at', 'stage', 'text'],
        properties: {
          at: { type: 'string', format: 'date-time' },
          stage: { type: 'string', enum: [...PUBLIC_STAGES] },
          text,
        },
      },
    },
  },
} as const;
const publicStatusSchema = {
  type: 'object',
  required: ['generatedAt', 'status', 'description', 'components', 'incidents', 'history', 'pastIncidents'],
  properties: {
    generatedAt: { type: 'string', format: 'date-time' },
    status,
    description: text,
    components: {
      type: 'array',
      items: { type: 'object', required: ['name', 'status'], properties: { name: text, status } },
    },
    incidents: { type: 'array', description: 'Open incidents, newest first.', items: incident },
    history: {
      type: 'object',
      required: ['days', 'components'],
      properties: {
        days: {
          type: 'array',
          description: 'UTC dates, oldest first.',
          items: { type: 'string', format: 'date' },
        },
        components: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'days'],
            properties: { name: text, days: { type: 'array', items: status } },
          },
        },
      },
    },
    pastIncidents: { type: 'array', description: 'Resolved incidents, newest first.', items: incident },
  },
} as const;

const HOST = /^[A-Za-z0-9.:[\]-]{1,255}$/;

/** The scheme and host the client used, for the feed's absolute links; empty (relative links) when odd. */
function baseOf(request: FastifyRequest): string {
  return HOST.test(request.host) ? `${request.protocol}://${request.host}` : '';
}

export function statusRoutes({ source }: StatusRouteDeps) {
  const view = async (request: FastifyRequest): Promise<PublicStatus> => {
    try {
      return await source.view();
    } catch (err) {
      request.log.error({ err }, 'reading the status failed');
      throw new ApiError(
        503,
        'store_unavailable',
        'the status cannot be read right now: the store is unavailable',
      );
    }
  };
  const cached = (reply: FastifyReply, contentType: string) =>
    reply
      .header('content-type', contentType)
      .header('cache-control', `public, max-age=${STATUS_CACHE_MS / 1000}`)
      .header('x-content-type-options', 'nosniff');
  const unavailable = { 503: { description: 'The store cannot be read.', ...errorRef } };

  return async (app: FastifyInstance) => {
    app.get(
      '/status',
      {
        schema: {
          tags: ['status'],
          summary: 'Public status page',
          description: 'No token needed. The protected services, current incidents and 90 days of history.',
          response: {
            200: { description: 'The page, without script.', content: { 'text/html': { schema: text } } },
            ...unavailable,
          },
        },
      },
      async (request, reply) =>
        cached(reply, 'text/html; charset=utf-8')
          .header('content-security-policy', STATUS_PAGE_CSP)
          .send(renderStatusPage(await view(request))),
    );

    app.get(
      '/status.json',
      {
        schema: {
          tags: ['status'],
          summary: 'Public status as JSON',
          description: 'No token needed. What the status page shows.',
          response: { 200: { description: 'The public status.', ...publicStatusSchema }, ...unavailable },
        },
      },
      async (request, reply) => cached(reply, 'application/json; charset=utf-8').send(await view(request)),
    );

    app.get(
      '/status/feed.atom',
      {
        schema: {
          tags: ['status'],
          summary: 'Public status updates as an Atom feed',
          description: 'No token needed. An entry per public incident update, newest first.',
          response: {
            200: {
              description: 'Atom 1.0.',
              content: { 'application/atom+xml': { schema: text } },
            },
            ...unavailable,
          },
        },
      },
      async (request, reply) =>
        cached(reply, 'application/atom+xml; charset=utf-8').send(
          renderStatusFeed(await view(request), baseOf(request)),
        ),
    );
  };
}
