// The TAXII 2.1 server under /taxii2/: discovery, one API root (/taxii2/api/), its collections, objects,
// manifests, versions and statuses. HTTP Basic accounts with rights per collection; a collection an
// account has no right to answers 404, like one that does not exist. TLP decides what each reader sees.

import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { stixObjectProblem } from '../../intel/stix/check.js';
import type { StixObject } from '../../intel/stix/objects.js';
import { stixTimestamp } from '../../intel/stix/timestamps.js';
import { classifyTlp, readableLevels } from '../../intel/stix/tlp.js';
import { basicAuthenticate } from '../../intel/taxii/basic-auth.js';
import { installTaxiiErrorHandlers, TaxiiError } from '../../intel/taxii/errors.js';
import { type Filters, nextCursor, type RawQuery, readFilters } from '../../intel/taxii/filters.js';
import {
  acceptsTaxii,
  isTaxiiContentType,
  STIX_MEDIA_TYPE,
  TAXII_MEDIA_TYPE,
} from '../../intel/taxii/media-types.js';
import type {
  StatusDetail,
  StixPage,
  Store,
  StoredStixObject,
  TaxiiAccount,
  TaxiiStatus,
} from '../../store/index.js';

export interface TaxiiCollectionConfig {
  id: string;
  title: string;
  description?: string | null;
  alias?: string | null;
}

export interface TaxiiRouteDeps {
  store: Pick<Store, 'stixObjects' | 'taxiiAccounts' | 'taxiiStatuses'>;
  collections: TaxiiCollectionConfig[];
  /** Largest POST body, bytes. */
  maxContentLength: number;
  now: () => number;
}

export const TAXII_PREFIX = '/taxii2';
const API_ROOT = 'api';

interface CollectionParams {
  collectionId: string;
}
interface ObjectParams extends CollectionParams {
  objectId: string;
}

const notFound = (what: string) => new TaxiiError(404, 'Not found', what);
const forbidden = (what: string) => new TaxiiError(403, 'Forbidden', what);

export function taxiiRoutes({ store, collections, maxContentLength, now }: TaxiiRouteDeps) {
  return async (app: FastifyInstance) => {
    installTaxiiErrorHandlers(app);
    // TAXII is specified by OASIS, not by the control API's OpenAPI document.
    app.addHook('onRoute', (route) => {
      route.schema = { ...route.schema, hide: true };
    });
    const accounts = new WeakMap<FastifyRequest, TaxiiAccount>();
    const accountOf = (request: FastifyRequest) => accounts.get(request) as TaxiiAccount;

    app.addHook('onRequest', async (request) => {
      const account = await basicAuthenticate(request, store);
      accounts.set(request, account);
      request.auditAs = { kind: 'taxii', id: account.name, name: account.name };
      if (!acceptsTaxii(request.headers.accept)) {
        throw new TaxiiError(406, 'Not acceptable', `this server answers only ${TAXII_MEDIA_TYPE}`);
      }
      if (request.method === 'POST' && !isTaxiiContentType(request.headers['content-type'])) {
        throw new TaxiiError(415, 'Unsupported media type', `send the objects as ${TAXII_MEDIA_TYPE}`);
      }
    });
    app.addHook('onSend', async (_request, reply) => {
      reply.header('content-type', TAXII_MEDIA_TYPE);
    });
    app.addContentTypeParser(
      'application/taxii+json',
      { parseAs: 'string', bodyLimit: maxContentLength },
      (_request, body, done) => {
        try {
          done(null, JSON.parse(body as string));
        } catch {
          done(new TaxiiError(400, 'Bad request', 'the body is not valid JSON'), undefined);
        }
      },
    );

    /** The collection, if this account may see it (read or write); 404 otherwise. */
    const visible = (request: FastifyRequest<{ Params: CollectionParams }>) => {
      const account = accountOf(request);
      const id = request.params.collectionId;
      const collection = collections.find((c) => c.id === id);
      if (!collection || !(account.read.includes(id) || account.write.includes(id))) {
        throw notFound(`no collection ${id}`);
      }
      return {
        collection,
        account,
        canRead: account.read.includes(id),
        canWrite: account.write.includes(id),
      };
    };
    const readable = (request: FastifyRequest<{ Params: CollectionParams }>) => {
      const seen = visible(request);
      if (!seen.canRead) throw forbidden('this account may not read this collection');
      return seen;
    };
    const describe = (c: TaxiiCollectionConfig, account: TaxiiAccount) => ({
      id: c.id,
      title: c.title,
      ...(c.description ? { description: c.description } : {}),
      ...(c.alias ? { alias: c.alias } : {}),
      can_read: account.read.includes(c.id),
      can_write: account.write.includes(c.id),
      media_types: [STIX_MEDIA_TYPE],
    });
    const page = (collectionId: string, account: TaxiiAccount, filters: Filters) =>
      store.stixObjects.query({ collectionId, ...filters, tlp: readableLevels(account.amber) });
    /**
     * The answer for one page: `more`, `next` when truncated, and the items under `list`. The date-added
     * headers go on every page: an empty one names the point it was asked to start after (the epoch when
     * none), so a reader that checkpoints on X-TAXII-Date-Added-Last stays where it was.
     */
    const answer = (
      reply: FastifyReply,
      { objects, more }: StixPage,
      filters: Filters,
      list: 'objects' | 'versions',
      item: (stored: StoredStixObject) => unknown,
    ) => {
      if (objects.length === 0) {
        const since = stixTimestamp(filters.addedAfter ?? 0);
        reply.header('x-taxii-date-added-first', since);
        reply.header('x-taxii-date-added-last', since);
        return { more: false };
      }
      const last = objects[objects.length - 1].dateAdded;
      reply.header('x-taxii-date-added-first', stixTimestamp(objects[0].dateAdded));
      reply.header('x-taxii-date-added-last', stixTimestamp(last));
      return { more, ...(more ? { next: nextCursor(last) } : {}), [list]: objects.map(item) };
    };
    /** 404 unless the reader can see some version of the object. */
    const mustExist = async (collectionId: string, account: TaxiiAccount, objectId: string) => {
      const found = await page(collectionId, account, { ids: [objectId], versions: ['all'], limit: 1 });
      if (found.objects.length === 0) throw notFound(`no object ${objectId} in this collection`);
    };

    // Claims every other path under /taxii2/, so that no catch-all elsewhere answers it in another shape.
    app.all('/*', async (request) => {
      throw notFound(`no TAXII resource at ${request.url.split('?')[0]}`);
    });

    app.get('/', async (request) => {
      const base = `${request.protocol}://${request.host}${TAXII_PREFIX}`;
      return {
        title: 'Breakwater TAXII server',
        description: 'Indicators, attack patterns, sightings and campaigns from a Breakwater gateway.',
        default: `${base}/${API_ROOT}/`,
        api_roots: [`${base}/${API_ROOT}/`],
      };
    });

    app.get(`/${API_ROOT}/`, async () => ({
      title: 'Breakwater',
      description: 'What this Breakwater gateway detects and decides, as STIX 2.1.',
      versions: [TAXII_MEDIA_TYPE],
      max_content_length: maxContentLength,
    }));

    app.get<{ Params: { statusId: string } }>(`/${API_ROOT}/status/:statusId/`, async (request) => {
      const status = await store.taxiiStatuses.find(request.params.statusId, accountOf(request).name);
      if (!status) throw notFound(`no status ${request.params.statusId}`);
      return status;
    });

    app.get(`/${API_ROOT}/collections/`, async (request) => {
      const account = accountOf(request);
      const shown = collections
        .filter((c) => account.read.includes(c.id) || account.write.includes(c.id))
        .map((c) => describe(c, account));
      return shown.length > 0 ? { collections: shown } : {};
    });

    app.get<{ Params: CollectionParams }>(`/${API_ROOT}/collections/:collectionId/`, async (request) => {
      const { collection, account } = visible(request);
      return describe(collection, account);
    });

    app.get<{ Params: CollectionParams; Querystring: RawQuery }>(
      `/${API_ROOT}/collections/:collectionId/objects/`,
      async (request, reply) => {
        const { collection, account } = readable(request);
        const filters = readFilters(request.query);
        const result = await page(collection.id, account, filters);
        return answer(reply, result, filters, 'objects', (o) => o.object);
      },
    );

    app.post<{ Params: CollectionParams; Body: unknown }>(
      `/${API_ROOT}/collections/:collectionId/objects/`,
      { bodyLimit: maxContentLength },
      async (request, reply) => {
        const { collection, account, canWrite } = visible(request);
        if (!canWrite) throw forbidden('this account may not write to this collection');
        const status = await addEnvelope(collection.id, request.body, now(), account.name);
        await store.taxiiStatuses.save(status, account.name, collection.id);
        return reply.code(202).send(status);
      },
    );

    app.get<{ Params: ObjectParams; Querystring: RawQuery }>(
      `/${API_ROOT}/collections/:collectionId/objects/:objectId/`,
      async (request, reply) => {
        const { collection, account } = readable(request);
        await mustExist(collection.id, account, request.params.objectId);
        const filters = { ...readFilters(request.query), ids: [request.params.objectId] };
        const result = await page(collection.id, account, filters);
        return answer(reply, result, filters, 'objects', (o) => o.object);
      },
    );

    app.delete<{ Params: ObjectParams; Querystring: RawQuery }>(
      `/${API_ROOT}/collections/:collectionId/objects/:objectId/`,
      async (request, reply) => {
        const { collection, account, canWrite } = readable(request);
        if (!canWrite) throw forbidden('this account may not delete from this collection');
        await mustExist(collection.id, account, request.params.objectId);
        const creator = await store.stixObjects.creatorOf(collection.id, request.params.objectId);
        if (creator !== account.name)
          throw forbidden('only the account that created this object may delete it');
        const filters = readFilters(request.query, { defaultVersions: ['all'] });
        const removed = await store.stixObjects.remove(collection.id, request.params.objectId, {
          ...filters,
          tlp: readableLevels(account.amber),
        });
        if (removed === 0) throw notFound(`no version of ${request.params.objectId} matches`);
        return reply.code(200).send();
      },
    );

    app.get<{ Params: ObjectParams; Querystring: RawQuery }>(
      `/${API_ROOT}/collections/:collectionId/objects/:objectId/versions/`,
      async (request, reply) => {
        const { collection, account } = readable(request);
        await mustExist(collection.id, account, request.params.objectId);
        const filters = {
          ...readFilters(request.query),
          ids: [request.params.objectId],
          versions: ['all' as const],
        };
        const result = await page(collection.id, account, filters);
        return answer(reply, result, filters, 'versions', (o) => o.version);
      },
    );

    app.get<{ Params: CollectionParams; Querystring: RawQuery }>(
      `/${API_ROOT}/collections/:collectionId/manifest/`,
      async (request, reply) => {
        const { collection, account } = readable(request);
        const filters = readFilters(request.query);
        const result = await page(collection.id, account, filters);
        return answer(reply, result, filters, 'objects', (o) => ({
          id: o.object.id,
          date_added: stixTimestamp(o.dateAdded),
          version: o.version,
          media_type: STIX_MEDIA_TYPE,
        }));
      },
    );
  };

  /** Stores the valid objects of an envelope in one go and lists every failure; the status resource. */
  async function addEnvelope(
    collectionId: string,
    body: unknown,
    at: number,
    writer: string,
  ): Promise<TaxiiStatus> {
    const objects = (body as { objects?: unknown } | null)?.objects;
    if (typeof body !== 'object' || body === null || Array.isArray(body) || !Array.isArray(objects)) {
      throw new TaxiiError(422, 'Unprocessable entity', 'the body must be an envelope: { "objects": [ … ] }');
    }
    const valid: StixObject[] = [];
    const failures: StatusDetail[] = [];
    objects.forEach((object: unknown, index) => {
      const problem = stixObjectProblem(object);
      if (problem === undefined) valid.push(object as StixObject);
      else failures.push({ ...detailOf(object, index), message: `objects[${index}] ${problem}` });
    });
    // What cannot be classified is refused whole, rather than stored under a guessed level.
    const unclassified = valid.flatMap((object) => {
      const tlp = classifyTlp(object);
      return tlp.ok ? [] : [`${object.id}: ${tlp.problem}`];
    });
    if (unclassified.length > 0) {
      throw new TaxiiError(422, 'Unprocessable entity', `nothing was stored: ${unclassified.join('; ')}`);
    }
    const results = valid.length > 0 ? await store.stixObjects.add(collectionId, valid, writer) : [];
    const successes = results.flatMap((r, index) => ('refused' in r ? [] : [detailOf(r.object, index)]));
    results.forEach((r, index) => {
      if ('refused' in r && r.refused) failures.push({ ...detailOf(r.object, index), message: r.refused });
    });
    return {
      id: randomUUID(),
      status: 'complete',
      request_timestamp: stixTimestamp(at),
      total_count: objects.length,
      success_count: successes.length,
      ...(successes.length > 0 ? { successes } : {}),
      failure_count: failures.length,
      ...(failures.length > 0 ? { failures } : {}),
      pending_count: 0,
    };
  }
}

function detailOf(object: unknown, index: number): StatusDetail {
  const o = (typeof object === 'object' && object !== null ? object : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 200) : undefined);
  return {
    id: text(o.id) ?? `objects[${index}]`,
    version: text(o.modified) ?? text(o.created) ?? '',
  };
}
