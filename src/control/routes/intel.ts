// /api/v1/intel: the peers we pull from (never their passwords), pulls and pushes on demand, what was
// imported and the trust policy's verdicts, our collections, and plain block lists in and out.
import type { FastifyInstance } from 'fastify';
import { type IntelFeeds, PeerError } from '../../intel/feeds/feeds.js';
import { publicPeer } from '../../intel/feeds/public-peer.js';
import { UnknownPeerError } from '../../intel/feeds/pull.js';
import { TaxiiPeerError } from '../../intel/feeds/taxii-client.js';
import { IMPORT_STATUSES, type ImportStatus, refusal } from '../../intel/feeds/trust-policy.js';
import { readList, writeList } from '../../intel/lists.js';
import type { Decision } from '../../responder/decision.js';
import { newDecisionId } from '../../responder/decision-id.js';
import { MAX_REASON_LENGTH, ttlSeconds } from '../../responder/decision-input.js';
import type { DecisionTable } from '../../responder/decision-table.js';
import { DecisionRepository } from '../../store/decision-repository.js';
import type { Store } from '../../store/index.js';
import type { RoleGuard } from '../bearer-auth.js';
import { ApiError } from '../errors.js';
import { authErrorResponses, bearerSecurity, errorRef } from '../schemas.js';

export interface IntelRouteDeps {
  feeds: IntelFeeds;
  store: Pick<Store, 'db' | 'intelFeeds' | 'importedIndicators' | 'stixObjects'>;
  table: DecisionTable;
  now: () => number;
  authorize: RoleGuard;
}

const peerSchema = {
  type: 'object',
  required: ['name', 'url', 'collection', 'trust', 'enabled', 'checkpoint', 'lastPullAt', 'lastError'],
  properties: {
    name: { type: 'string' },
    url: { type: 'string', description: 'The TAXII 2.1 API root.' },
    collection: { type: 'string' },
    username: {
      type: ['string', 'null'],
      description: 'Basic user name we present; the password is never shown.',
    },
    trust: { type: 'integer', minimum: 0, maximum: 100 },
    enabled: { type: 'boolean' },
    checkpoint: { type: ['string', 'null'], description: '`added_after` of the next pull.' },
    lastPullAt: { type: ['integer', 'null'] },
    lastError: { type: ['string', 'null'] },
  },
} as const;

const pullSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    peer: { type: 'string' },
    startedAt: { type: 'integer' },
    finishedAt: { type: 'integer' },
    status: { type: 'string', enum: ['ok', 'error'] },
    pages: { type: 'integer' },
    objects: { type: 'integer' },
    imported: { type: 'integer' },
    duplicates: { type: 'integer' },
    revoked: { type: 'integer' },
    unsupported: { type: 'integer' },
    invalid: { type: 'integer' },
    error: { type: ['string', 'null'] },
  },
} as const;

const indicatorSchema = {
  type: 'object',
  properties: {
    peer: { type: 'string' },
    indicatorId: { type: 'string' },
    value: { type: 'string', description: "Address or prefix; '' when the pattern is unsupported." },
    scope: { type: 'string' },
    pattern: { type: 'string' },
    confidence: { type: ['integer', 'null'], description: 'As the peer stated it.' },
    modified: { type: 'integer' },
    validUntil: { type: ['integer', 'null'] },
    status: { type: 'string', enum: [...IMPORT_STATUSES] },
    reason: { type: 'string' },
    poisoning: { type: 'boolean' },
    importedAt: { type: 'integer' },
  },
} as const;

const nameParams = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

interface PeerBody {
  name: string;
  url: string;
  collection: string;
  username?: string;
  password?: string;
  trust?: number;
  enabled?: boolean;
  read?: string[];
  write?: string[];
  amber?: boolean;
}

function apiErrorOf(error: unknown): unknown {
  if (error instanceof PeerError) {
    const status = error.code === 'conflict' ? 409 : error.code === 'not_found' ? 404 : 400;
    const details = error.field ? [{ field: `body/${error.field}`, message: error.message }] : undefined;
    return new ApiError(
      status,
      error.code === 'invalid' ? 'invalid_request' : error.code,
      error.message,
      details,
    );
  }
  if (error instanceof UnknownPeerError) return new ApiError(404, 'not_found', error.message);
  if (error instanceof TaxiiPeerError) return new ApiError(502, 'peer_failed', error.message);
  return error;
}

export function intelRoutes({ feeds, store, table, now, authorize }: IntelRouteDeps) {
  return async (app: FastifyInstance) => {
    app.get(
      '/api/v1/intel/peers',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['intel'],
          summary: 'List the peers whose collections are pulled',
          description: 'Needs the viewer role. Passwords are never shown.',
          security: bearerSecurity,
          response: {
            200: { type: 'object', properties: { peers: { type: 'array', items: peerSchema } } },
            ...authErrorResponses,
          },
        },
      },
      async () => ({ peers: (await store.intelFeeds.listPeers()).map(publicPeer) }),
    );

    app.post<{ Body: PeerBody }>(
      '/api/v1/intel/peers',
      {
        onRequest: authorize('admin'),
        schema: {
          tags: ['intel'],
          summary: 'Add a peer to pull from',
          description:
            'Needs the admin role. With `read`, `write` or `amber` an account for the peer on our TAXII ' +
            'server is opened too, named as the peer; its secret is in the answer, this once.',
          security: bearerSecurity,
          body: {
            type: 'object',
            required: ['name', 'url', 'collection'],
            additionalProperties: false,
            properties: {
              name: { type: 'string', minLength: 1, maxLength: 64 },
              url: {
                type: 'string',
                minLength: 1,
                maxLength: 2048,
                description: 'The peer’s TAXII 2.1 API root.',
              },
              collection: { type: 'string', minLength: 1, maxLength: 128 },
              username: { type: 'string', minLength: 1, maxLength: 256 },
              password: { type: 'string', maxLength: 1024, description: 'Stored as given: we present it.' },
              trust: { type: 'integer', minimum: 0, maximum: 100 },
              enabled: { type: 'boolean' },
              read: { type: 'array', maxItems: 100, items: { type: 'string', minLength: 1, maxLength: 128 } },
              write: {
                type: 'array',
                maxItems: 100,
                items: { type: 'string', minLength: 1, maxLength: 128 },
              },
              amber: { type: 'boolean' },
            },
          },
          response: {
            201: {
              type: 'object',
              properties: {
                peer: peerSchema,
                account: {
                  type: 'object',
                  properties: { name: { type: 'string' }, secret: { type: 'string' } },
                },
              },
            },
            400: { description: 'The body is invalid.', ...errorRef },
            409: { description: 'A peer or TAXII account has this name.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request, reply) => {
        const { read, write, amber, ...peer } = request.body;
        const account =
          read !== undefined || write !== undefined || amber !== undefined
            ? { read: read ?? [], write: write ?? [], amber: amber ?? false }
            : undefined;
        try {
          const added = await feeds.addPeer({ ...peer, account });
          const body: Record<string, unknown> = { peer: publicPeer(added.peer) };
          if (added.secret !== undefined) body.account = { name: added.peer.name, secret: added.secret };
          return reply.code(201).send(body);
        } catch (error) {
          throw apiErrorOf(error);
        }
      },
    );

    app.delete<{ Params: { name: string } }>(
      '/api/v1/intel/peers/:name',
      {
        onRequest: authorize('admin'),
        schema: {
          tags: ['intel'],
          summary: 'Remove a peer',
          description:
            'Needs the admin role. What was imported from the peer is forgotten (its decisions end unless ' +
            'other peers back them), and its account on our TAXII server is removed.',
          security: bearerSecurity,
          params: nameParams,
          response: { 204: { type: 'null' }, 404: errorRef, ...authErrorResponses },
        },
      },
      async (request, reply) => {
        if (!(await feeds.removePeer(request.params.name))) {
          throw new ApiError(404, 'not_found', `no peer is named ${request.params.name}`);
        }
        return reply.code(204).send();
      },
    );

    app.post<{ Params: { name: string } }>(
      '/api/v1/intel/peers/:name/pull',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['intel'],
          summary: 'Pull a peer now',
          description:
            'Needs the responder role. Waits for the pull (or the one already running) and answers its ' +
            'record; a peer that failed gives status error with the reason.',
          security: bearerSecurity,
          params: nameParams,
          response: { 200: pullSchema, 404: errorRef, ...authErrorResponses },
        },
      },
      async (request) => {
        try {
          return await feeds.pull(request.params.name);
        } catch (error) {
          throw apiErrorOf(error);
        }
      },
    );

    app.post<{ Params: { name: string } }>(
      '/api/v1/intel/peers/:name/push',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['intel'],
          summary: 'Push our sightings and indicators to a peer',
          description:
            'Needs the responder role. Waits until the peer has handled them or the timeout passes.',
          security: bearerSecurity,
          params: nameParams,
          response: {
            200: {
              type: 'object',
              properties: {
                objects: { type: 'integer' },
                successes: { type: 'integer' },
                failures: { type: 'integer' },
                pending: { type: 'integer' },
                complete: { type: 'boolean' },
              },
            },
            404: errorRef,
            502: { description: 'The peer failed or refused.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request) => {
        try {
          return await feeds.push(request.params.name);
        } catch (error) {
          throw apiErrorOf(error);
        }
      },
    );

    app.get<{ Querystring: { peer?: string; limit?: number } }>(
      '/api/v1/intel/pulls',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['intel'],
          summary: 'The latest pulls and their results',
          security: bearerSecurity,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              peer: { type: 'string', minLength: 1, maxLength: 64 },
              limit: { type: 'integer', minimum: 1, maximum: 1000, default: 50 },
            },
          },
          response: {
            200: { type: 'object', properties: { pulls: { type: 'array', items: pullSchema } } },
            ...authErrorResponses,
          },
        },
      },
      async (request) => ({
        pulls: await store.intelFeeds.listPulls({
          peer: request.query.peer,
          limit: request.query.limit ?? 50,
        }),
      }),
    );

    app.get<{ Querystring: { status?: ImportStatus; peer?: string; value?: string; limit?: number } }>(
      '/api/v1/intel/indicators',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['intel'],
          summary: 'Indicators imported from peers, with the trust policy’s verdicts',
          description:
            'Needs the viewer role. `enforced`: a block decision; `observe`: recorded only (observe-only, or ' +
            'too few peers); `refused`: too little confidence, too broad, or poisoning; `unsupported`: a ' +
            'pattern Breakwater cannot act on.',
          security: bearerSecurity,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              status: { type: 'string', enum: [...IMPORT_STATUSES] },
              peer: { type: 'string', minLength: 1, maxLength: 64 },
              value: { type: 'string', minLength: 1, maxLength: 64 },
              limit: { type: 'integer', minimum: 1, maximum: 10_000, default: 500 },
            },
          },
          response: {
            200: { type: 'object', properties: { indicators: { type: 'array', items: indicatorSchema } } },
            ...authErrorResponses,
          },
        },
      },
      async (request) => ({
        indicators: await store.importedIndicators.list({
          ...request.query,
          limit: request.query.limit ?? 500,
        }),
      }),
    );

    app.get(
      '/api/v1/intel/collections',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['intel'],
          summary: 'Our TAXII collections, as peers see them',
          security: bearerSecurity,
          response: {
            200: {
              type: 'object',
              properties: {
                collections: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      id: { type: 'string' },
                      title: { type: 'string' },
                      description: { type: 'string' },
                      alias: { type: 'string' },
                    },
                  },
                },
              },
            },
            ...authErrorResponses,
          },
        },
      },
      async () => ({ collections: feeds.collections() }),
    );

    app.get<{ Querystring: { format?: 'plain' | 'stix' } }>(
      '/api/v1/intel/blocklist',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['intel'],
          summary: 'Active block decisions as a plain list, or our indicators as a STIX bundle',
          description:
            'Needs the viewer role. `plain` (text/plain): one address or prefix per line under a `#` header. ' +
            '`stix` (application/json): a STIX 2.1 bundle of the indicators we publish.',
          security: bearerSecurity,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { format: { type: 'string', enum: ['plain', 'stix'], default: 'plain' } },
          },
          response: { 200: { description: 'The list.' }, ...authErrorResponses },
        },
      },
      async (request, reply) => {
        if (request.query.format === 'stix') {
          return reply.type('application/json').send(await feeds.bundle());
        }
        return reply.type('text/plain; charset=utf-8').send(writeList(table.list(), now()));
      },
    );

    app.post<{ Body: string; Querystring: { ttl?: string; reason?: string; skipInvalid?: boolean } }>(
      '/api/v1/intel/blocklist',
      {
        onRequest: authorize('responder'),
        schema: {
          tags: ['intel'],
          summary: 'Block the addresses and prefixes of a plain list',
          description:
            'Needs the responder role. The body (text/plain) holds one address or prefix per line; `#` ' +
            'starts a comment. If any line is invalid (or touches a protected range, or is too broad) ' +
            'nothing is imported and `details` names each line, unless `skipInvalid` is true.',
          security: bearerSecurity,
          consumes: ['text/plain'],
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              ttl: { type: 'string', default: '24h', description: "Lifetime such as '24h', '7d'." },
              reason: { type: 'string', maxLength: MAX_REASON_LENGTH },
              skipInvalid: { type: 'boolean', default: false },
            },
          },
          body: { type: 'string' },
          response: {
            201: {
              type: 'object',
              properties: {
                imported: { type: 'integer' },
                skipped: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      line: { type: 'integer' },
                      text: { type: 'string' },
                      problem: { type: 'string' },
                    },
                  },
                },
              },
            },
            400: { description: 'Invalid lines; nothing was imported.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request, reply) => {
        const seconds = ttlSeconds(request.query.ttl ?? '24h');
        if (seconds === undefined) {
          throw new ApiError(400, 'invalid_request', "querystring/ttl expected a duration such as '24h'", [
            { field: 'querystring/ttl', message: "expected a duration such as '24h'" },
          ]);
        }
        const { entries, invalid } = readList(request.body);
        const accepted = entries.filter((entry) => {
          const refused = refusal(entry.value, feeds.settings);
          if (refused !== null)
            invalid.push({ line: entry.line, text: entry.value, problem: refused.reason });
          return refused === null;
        });
        invalid.sort((a, b) => a.line - b.line);
        if (invalid.length > 0 && !request.query.skipInvalid) {
          const details = invalid.map((bad) => ({
            field: `body/line ${bad.line}`,
            message: `${bad.text}: ${bad.problem}`,
          }));
          throw new ApiError(
            400,
            'invalid_request',
            `${invalid.length} invalid line(s); nothing was imported`,
            details,
          );
        }
        const at = now();
        const decisions: Decision[] = accepted.map((entry) => ({
          id: newDecisionId(),
          scope: entry.scope,
          value: entry.value,
          action: 'block',
          reason: request.query.reason ?? 'imported block list',
          source: 'intel',
          createdAt: at,
          expiresAt: at + Math.round(seconds * 1000),
        }));
        await store.db.transaction().execute(async (trx) => {
          const repository = new DecisionRepository(trx, now);
          for (const decision of decisions) await repository.put(decision);
        });
        for (const decision of decisions) table.put(decision);
        return reply.code(201).send({ imported: decisions.length, skipped: invalid });
      },
    );
  };
}
