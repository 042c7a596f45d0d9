// CrowdSec's Local API for bouncers: `GET /v1/decisions/stream` and `GET /v1/decisions`, authenticated
// with a bouncer's `X-Api-Key`, so the bouncers people already run (firewall, nginx, HAProxy, Traefik,
// Caddy, Cloudflare) enforce our address and range decisions unchanged. Plus `GET /api/v1/bouncers`, the
// registered bouncers and their last pull, for the console. A wrong key gets 403 and an audit entry (one a
// minute per address at most, counting those left out).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuditAllowance } from '../../accounts/audit-allowance.js';
import { recordAudit } from '../../accounts/audit-trail.js';
import { hashToken } from '../../auth/tokens.js';
import { listParameter, matchesFilter, streamDelta } from '../../bouncers/decision-stream.js';
import { handedOut, type LapiDecision, overlaps, published } from '../../bouncers/lapi-decision.js';
import type { DecisionTable } from '../../responder/decision-table.js';
import type { Store, StoredBouncer } from '../../store/index.js';
import type { RoleGuard } from '../bearer-auth.js';
import { authErrorResponses, bearerSecurity } from '../schemas.js';

export interface CrowdsecRouteDeps {
  table: Pick<DecisionTable, 'list' | 'forAddress'>;
  store: Pick<Store, 'bouncers' | 'audit'>;
  now: () => number;
  authorize: RoleGuard;
}

declare module 'fastify' {
  interface FastifyRequest {
    bouncer?: StoredBouncer;
  }
}

const TAGS = ['bouncers'];
const apiKeySecurity = [{ bouncerKey: [] }];

const lapiDecisionSchema = {
  type: 'object',
  required: ['id', 'origin', 'type', 'scope', 'value', 'duration', 'scenario'],
  properties: {
    id: { type: 'integer' },
    origin: { type: 'string' },
    type: { type: 'string', enum: ['ban', 'captcha', 'throttle'] },
    scope: { type: 'string', enum: ['Ip', 'Range'] },
    value: { type: 'string' },
    duration: { type: 'string', description: 'Time left, as Go writes a duration: `3h59m58s`.' },
    scenario: { type: 'string' },
    simulated: { type: 'boolean' },
  },
} as const;

const lapiError = {
  type: 'object',
  required: ['message'],
  properties: { message: { type: 'string' } },
} as const;

interface StreamQuery {
  startup?: string;
  scopes?: string;
  origins?: string;
  scenarios_containing?: string;
  scenarios_not_containing?: string;
}

interface DecisionsQuery {
  ip?: string;
  range?: string;
  scope?: string;
  value?: string;
  type?: string;
  contains?: string;
}

export function crowdsecRoutes({ table, store, now, authorize }: CrowdsecRouteDeps) {
  const refusals = new AuditAllowance(now);
  /** Pulls of one bouncer run one after another, so none hands out what another is about to. */
  const pulling = new Map<string, Promise<unknown>>();
  /**
   * What each bouncer holds, read from the store at its first pull and kept since, so a pull reads no more
   * than the table. By name and registration time: a bouncer removed and added again starts afresh.
   */
  const holdings = new Map<string, Map<number, LapiDecision>>();

  async function heldBy(bouncer: StoredBouncer): Promise<Map<number, LapiDecision>> {
    const key = `${bouncer.name}\n${bouncer.createdAt}`;
    let held = holdings.get(key);
    if (held === undefined) {
      held = new Map((await store.bouncers.delivered(bouncer.name)).map((d) => [d.id, d]));
      holdings.set(key, held);
    }
    return held;
  }

  async function bouncerKey(request: FastifyRequest, reply: FastifyReply) {
    const key = request.headers['x-api-key'];
    const found =
      typeof key === 'string' && key !== '' ? await store.bouncers.findByKeyHash(hashToken(key)) : undefined;
    if (found === undefined) {
      // Within the allowance, as other refused requests: a flood of wrong keys cannot fill the audit log.
      const skipped = refusals.admit(`bouncer key ${request.ip}`);
      if (skipped !== undefined) {
        await recordAudit(
          store,
          request,
          'bouncer_key_refused',
          {},
          { path: request.routeOptions.url, skipped },
        );
      }
      return reply.code(403).send({ message: 'access forbidden' });
    }
    request.bouncer = found;
  }

  async function pull(bouncer: StoredBouncer, request: FastifyRequest<{ Querystring: StreamQuery }>) {
    const q = request.query;
    const filter = {
      scopes: listParameter(q.scopes),
      origins: listParameter(q.origins),
      scenariosContaining: listParameter(q.scenarios_containing),
      scenariosNotContaining: listParameter(q.scenarios_not_containing),
    };
    const at = now();
    const current = (await published(table.list(), at)).filter((d) => matchesFilter(d, filter));
    const held = await heldBy(bouncer);
    const delta = streamDelta(current, held, q.startup === 'true');
    const userAgent = request.headers['user-agent']?.slice(0, 200) ?? null;
    await store.bouncers.recordPull(
      bouncer.name,
      { at, address: request.ip, userAgent },
      delta.added,
      delta.deleted,
    );
    for (const d of delta.deleted) held.delete(d.id);
    for (const d of delta.added) held.set(d.id, d);
    return { new: delta.new, deleted: delta.deleted };
  }

  /**
   * For one address (a bouncer in live mode asks about each client): the decision the edge itself would
   * apply to it, found in the table's index — an allow entry winning means none. Otherwise all of them.
   */
  async function decisionsFor(query: DecisionsQuery): Promise<LapiDecision[]> {
    if (query.ip === undefined || query.contains === 'false') return published(table.list(), now());
    const winner = table.forAddress(query.ip);
    const lapi = winner === undefined ? null : handedOut(winner, now());
    return lapi === null ? [] : [lapi];
  }

  return async (app: FastifyInstance) => {
    app.get<{ Querystring: StreamQuery }>(
      '/v1/decisions/stream',
      {
        onRequest: bouncerKey,
        schema: {
          tags: TAGS,
          summary: 'Decisions added and deleted since this bouncer’s last pull (CrowdSec LAPI)',
          description:
            'With `startup=true`, every active decision. Blocks are `ban`, challenges `captcha`, throttles ' +
            '`throttle`; allow entries, fingerprints and automatic prefix decisions are not handed out.',
          security: apiKeySecurity,
          querystring: {
            type: 'object',
            properties: {
              startup: { type: 'string', enum: ['true', 'false'] },
              scopes: { type: 'string', description: 'Comma-separated: `ip`, `range`.' },
              origins: { type: 'string' },
              scenarios_containing: { type: 'string' },
              scenarios_not_containing: { type: 'string' },
            },
          },
          response: {
            200: {
              type: 'object',
              required: ['new', 'deleted'],
              properties: {
                new: { type: 'array', items: lapiDecisionSchema },
                deleted: { type: 'array', items: lapiDecisionSchema },
              },
            },
            403: { description: 'No bouncer has this key.', ...lapiError },
          },
        },
      },
      async (request) => {
        const bouncer = request.bouncer as StoredBouncer;
        const previous = pulling.get(bouncer.name) ?? Promise.resolve();
        const next = previous.catch(() => undefined).then(() => pull(bouncer, request));
        pulling.set(bouncer.name, next);
        try {
          return await next;
        } finally {
          if (pulling.get(bouncer.name) === next) pulling.delete(bouncer.name);
        }
      },
    );

    app.get<{ Querystring: DecisionsQuery }>(
      '/v1/decisions',
      {
        onRequest: bouncerKey,
        schema: {
          tags: TAGS,
          summary: 'Active decisions, filtered (CrowdSec LAPI); `null` when none',
          description:
            '`ip` gives the decision the edge itself applies to that address (through the ranges that ' +
            'contain it; an allow entry winning gives none), unless `contains=false` asks for decisions on ' +
            'the address alone; `range` matches that prefix and the ranges that contain it.',
          security: apiKeySecurity,
          querystring: {
            type: 'object',
            properties: {
              ip: { type: 'string' },
              range: { type: 'string' },
              scope: { type: 'string' },
              value: { type: 'string' },
              type: { type: 'string' },
              contains: { type: 'string', enum: ['true', 'false'] },
            },
          },
          response: {
            200: { type: ['array', 'null'], items: lapiDecisionSchema },
            403: { description: 'No bouncer has this key.', ...lapiError },
          },
        },
      },
      async (request, reply) => {
        const found = (await decisionsFor(request.query)).filter((d) => matchesQuery(d, request.query));
        return reply.type('application/json').send(found.length === 0 ? 'null' : JSON.stringify(found));
      },
    );

    app.post(
      '/v1/usage-metrics',
      {
        onRequest: bouncerKey,
        schema: {
          tags: TAGS,
          summary: 'Usage metrics newer bouncers send (CrowdSec LAPI); accepted and not kept',
          security: apiKeySecurity,
          body: { type: 'object' },
          response: {
            201: { type: 'null', description: 'Accepted.' },
            403: { description: 'No bouncer has this key.', ...lapiError },
          },
        },
      },
      async (_request, reply) => reply.code(201).send(),
    );

    app.get(
      '/api/v1/bouncers',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: TAGS,
          summary: 'Registered bouncers and their last pull',
          security: bearerSecurity,
          response: {
            200: {
              type: 'object',
              required: ['bouncers'],
              properties: {
                bouncers: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['name', 'createdAt', 'lastPullAt', 'lastAddress', 'userAgent'],
                    properties: {
                      name: { type: 'string' },
                      createdAt: { type: 'integer' },
                      lastPullAt: { type: ['integer', 'null'] },
                      lastAddress: { type: ['string', 'null'] },
                      userAgent: { type: ['string', 'null'] },
                    },
                  },
                },
              },
            },
            ...authErrorResponses,
          },
        },
      },
      async () => ({
        bouncers: (await store.bouncers.list()).map(({ keyHash: _hash, ...bouncer }) => bouncer),
      }),
    );
  };
}

function matchesQuery(decision: LapiDecision, query: DecisionsQuery): boolean {
  if (query.type !== undefined && decision.type !== query.type) return false;
  if (query.scope !== undefined && decision.scope.toLowerCase() !== query.scope.toLowerCase()) return false;
  if (query.value !== undefined && decision.value !== query.value) return false;
  const target = query.ip ?? query.range;
  if (target === undefined) return true;
  if (decision.value === target) return true;
  // A range that contains the address or prefix asked about.
  return query.contains !== 'false' && decision.scope === 'Range' && covers(decision.value, target);
}

function covers(range: string, target: string): boolean {
  return overlaps(range, target) && prefixLength(range) <= prefixLength(target);
}

function prefixLength(value: string): number {
  const slash = value.indexOf('/');
  return slash < 0 ? 128 : Number(value.slice(slash + 1));
}
