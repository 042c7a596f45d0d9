// /api/v1/decisions: list, add and remove decisions by hand.
// A new decision is saved to the store first and enforced only once saved, so a restart never forgets it.
import type { FastifyInstance } from 'fastify';
import { ACTIONS, type Decision, SCOPES, SOURCES } from '../../responder/decision.js';
import { validateDecision } from '../../responder/decision-input.js';
import { checkRoute } from '../../responder/decision-route.js';
import type { DecisionTable } from '../../responder/decision-table.js';
import type { Store } from '../../store/index.js';
import type { RoleGuard } from '../bearer-auth.js';
import { ApiError } from '../errors.js';
import { authErrorResponses, bearerSecurity, decisionRef, errorRef } from '../schemas.js';

export interface DecisionRouteDeps {
  table: DecisionTable;
  store: Pick<Store, 'decisions'>;
  now: () => number;
  authorize: RoleGuard;
}

interface ListQuery {
  scope?: Decision['scope'];
  action?: Decision['action'];
  source?: Decision['source'];
  value?: string;
  route?: string;
}

const storeUnavailable = (what: string) =>
  new ApiError(503, 'store_unavailable', `${what}: the store is unavailable; nothing was changed, try again`);

export function decisionRoutes({ table, store, now, authorize }: DecisionRouteDeps) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: ListQuery }>(
      '/api/v1/decisions',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['decisions'],
          summary: 'List the decisions in force',
          description: 'Needs the viewer role. Filters combine; expired decisions are never listed.',
          security: bearerSecurity,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              scope: { type: 'string', enum: [...SCOPES] },
              action: { type: 'string', enum: [...ACTIONS] },
              source: { type: 'string', enum: [...SOURCES] },
              value: {
                type: 'string',
                maxLength: 512,
                description: 'Only decisions whose value starts with this.',
              },
              route: {
                type: 'string',
                maxLength: 512,
                description: "Only decisions on this route; '*' for those on every route.",
              },
            },
          },
          response: {
            200: {
              description: 'The matching decisions, newest first.',
              type: 'object',
              required: ['decisions'],
              properties: { decisions: { type: 'array', items: decisionRef } },
            },
            400: { description: 'A filter is invalid.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request) => {
        const { scope, action, source, value } = request.query;
        const asked = request.query.route;
        // the filter is read as the decisions' routes are written ('/search/' is '/search')
        const canonical = asked === undefined || asked === '*' ? undefined : checkRoute(asked);
        const route = canonical?.ok ? canonical.route : asked;
        const decisions = table
          .list()
          .filter(
            (d) =>
              (scope === undefined || d.scope === scope) &&
              (action === undefined || d.action === action) &&
              (source === undefined || d.source === source) &&
              (value === undefined || d.value.startsWith(value)) &&
              (route === undefined || (d.route ?? '*') === route),
          )
          .sort((a, b) => b.createdAt - a.createdAt);
        return { decisions };
      },
    );

    app.post<{ Body: unknown }>(
      '/api/v1/decisions',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['decisions'],
          summary: 'Add a decision',
          description:
            'Needs the responder role. The decision is saved before it is enforced; if it cannot be saved, ' +
            'the answer is 503 and it is not enforced.',
          security: bearerSecurity,
          body: { $ref: 'DecisionInput#' },
          response: {
            201: { description: 'Saved and enforced.', ...decisionRef },
            400: { description: 'The body is invalid; `details` names each field.', ...errorRef },
            413: { description: 'The body is larger than 1 MiB.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request, reply) => {
        const parsed = validateDecision(request.body, { now });
        if (!parsed.ok) {
          const details = parsed.errors.map((e) => ({
            field: e.path ? `body/${e.path.replaceAll('.', '/')}` : 'body',
            message: e.message,
          }));
          const message = details.map((d) => `${d.field} ${d.message}`).join('; ');
          throw new ApiError(400, 'invalid_request', message, details);
        }
        const decision = parsed.decision;
        try {
          await store.decisions.put(decision);
        } catch (err) {
          request.log.error({ err }, 'saving a decision failed');
          throw storeUnavailable('the decision was not saved and is not enforced');
        }
        table.put(decision);
        return reply.code(201).send(decision);
      },
    );

    app.delete<{ Params: { id: string } }>(
      '/api/v1/decisions/:id',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['decisions'],
          summary: 'Remove a decision',
          description: 'Needs the responder role. Removed from the store first, then no longer enforced.',
          security: bearerSecurity,
          params: {
            type: 'object',
            required: ['id'],
            properties: { id: { type: 'string', minLength: 1, maxLength: 128 } },
          },
          response: {
            204: { description: 'Removed; the edge no longer enforces it.', type: 'null' },
            404: { description: 'No decision has this id.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        let removedFromStore: boolean;
        try {
          removedFromStore = await store.decisions.remove(id);
        } catch (err) {
          request.log.error({ err }, 'removing a decision failed');
          throw storeUnavailable('the decision was not removed and is still enforced');
        }
        const removedFromTable = table.remove(id) !== undefined;
        if (!removedFromStore && !removedFromTable) {
          throw new ApiError(404, 'not_found', `no decision has id ${id}`);
        }
        return reply.code(204).send();
      },
    );
  };
}
