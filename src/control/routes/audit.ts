// /api/v1/audit: the audit log for admins, newest first in pages, or the whole log oldest first as
// JSON lines (`?format=jsonl`) to keep elsewhere or check with `breakwater audit verify`.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { AuditEntry, Store } from '../../store/index.js';
import type { RoleGuard } from '../bearer-auth.js';
import { authErrorResponses, bearerSecurity } from '../schemas.js';

export interface AuditRouteDeps {
  store: Pick<Store, 'audit'>;
  authorize: RoleGuard;
}

interface AuditQuery {
  before?: number;
  limit: number;
  format: 'json' | 'jsonl';
}

const MAX_PAGE = 500;

const entrySchema = {
  type: 'object',
  required: ['seq', 'at', 'actor', 'address', 'action', 'target', 'detail', 'prevHash', 'hash'],
  properties: {
    seq: { type: 'integer', description: 'Position in the log, from 1.' },
    at: { type: 'integer' },
    actor: {
      type: 'object',
      required: ['kind', 'id', 'name'],
      properties: {
        kind: { type: 'string', enum: ['user', 'token', 'taxii', 'anonymous', 'system'] },
        id: { type: ['string', 'null'] },
        name: { type: ['string', 'null'], description: 'The user’s email or the token’s name.' },
      },
    },
    address: { type: ['string', 'null'] },
    action: {
      type: 'string',
      description: 'Such as `login`, `login_failed`, `DELETE /api/v1/decisions/:id`.',
    },
    target: { type: 'object', additionalProperties: true },
    detail: { type: 'object', additionalProperties: true },
    prevHash: { type: 'string' },
    hash: {
      type: 'string',
      description:
        'HMAC-SHA256, under the audit key derived from the store key, of prevHash and the entry’s ' +
        'canonical JSON (plain SHA-256 on entries written before the chain was keyed).',
    },
    keyed: { type: 'boolean', description: 'False on entries written before the chain was keyed.' },
  },
} as const;

async function* jsonLines(entries: AsyncIterable<AuditEntry>): AsyncGenerator<string> {
  for await (const entry of entries) yield `${JSON.stringify(entry)}\n`;
}

export function auditRoutes({ store, authorize }: AuditRouteDeps) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: AuditQuery }>(
      '/api/v1/audit',
      {
        onRequest: authorize('admin'),
        schema: {
          tags: ['audit'],
          summary: 'Read the audit log',
          description:
            'Needs the admin role. JSON: a page of entries, newest first; pass `nextBefore` as `before` for ' +
            'the next page. `format=jsonl`: every entry, oldest first, one JSON object a line.',
          security: bearerSecurity,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              before: { type: 'integer', minimum: 1, description: 'Only entries with a lower seq.' },
              limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 100 },
              format: { type: 'string', enum: ['json', 'jsonl'], default: 'json' },
            },
          },
          response: {
            200: {
              type: 'object',
              required: ['entries', 'nextBefore'],
              properties: {
                entries: { type: 'array', items: entrySchema },
                nextBefore: { type: ['integer', 'null'], description: 'null on the last page.' },
              },
            },
            ...authErrorResponses,
          },
        },
      },
      async (request, reply) => {
        const { before, limit, format } = request.query;
        if (format === 'jsonl') {
          return reply
            .type('application/x-ndjson')
            .header('content-disposition', 'attachment; filename="breakwater-audit.jsonl"')
            .send(Readable.from(jsonLines(store.audit.entries())));
        }
        const entries = await store.audit.page({ before, limit });
        const last = entries.at(-1);
        return { entries, nextBefore: entries.length === limit && last && last.seq > 1 ? last.seq : null };
      },
    );
  };
}
