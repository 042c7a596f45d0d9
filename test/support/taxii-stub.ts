// A tiny TAXII 2.1 peer for tests: one collection of objects with date_added, paged by `next` or by
// `added_after`, behind optional Basic credentials; it can also be told to hang, send garbage, or send
// the wrong media type. It records the queries it was asked.

import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const STUB_COLLECTION = '9c2d7a52-1b8e-4f4e-8a5d-3c6f0e9b1a27';
const MEDIA = 'application/taxii+json;version=2.1';

export type StubMode = 'normal' | 'hang' | 'garbage' | 'wrong-type';

export interface TaxiiStub {
  /** The API root URL. */
  apiRoot: string;
  /** Adds objects; each gets the next date_added. */
  add(...objects: Record<string, unknown>[]): void;
  mode: StubMode;
  /** From this page on (1-based) the answers follow `mode`; earlier pages are normal. */
  modeFromPage: number;
  /** Objects per page. */
  pageSize: number;
  /** Page by `next` (true) or leave the client to use `added_after` (false). */
  useNext: boolean;
  /** Query strings of the object requests received, in order. */
  queries: URLSearchParams[];
  close(): Promise<void>;
}

let clock = Date.UTC(2026, 0, 1);

/** A STIX 2.1 indicator with a fresh id (or the id given) for a pattern. */
export function indicator(pattern: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  const at = new Date(clock).toISOString();
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${randomUUID()}`,
    created: at,
    modified: at,
    pattern,
    pattern_type: 'stix',
    valid_from: at,
    confidence: 90,
    ...over,
  };
}

export async function startTaxiiStub(credentials?: {
  username: string;
  password: string;
}): Promise<TaxiiStub> {
  const held: { dateAdded: number; object: Record<string, unknown> }[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stub');
    const expected =
      credentials &&
      `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    if (expected !== undefined && request.headers.authorization !== expected) {
      response.writeHead(401, { 'content-type': MEDIA });
      response.end(JSON.stringify({ title: 'Unauthorized' }));
      return;
    }
    if (url.pathname !== `/api/collections/${STUB_COLLECTION}/objects/`) {
      response.writeHead(404, { 'content-type': MEDIA });
      response.end(JSON.stringify({ title: 'Not found' }));
      return;
    }
    stub.queries.push(url.searchParams);
    const page = stub.queries.length;
    if (page >= stub.modeFromPage && stub.mode === 'hang') return; // never answers
    if (page >= stub.modeFromPage && stub.mode === 'garbage') {
      response.writeHead(200, { 'content-type': MEDIA });
      response.end('{"objects": [ this is not json');
      return;
    }
    const after = url.searchParams.get('added_after');
    const next = url.searchParams.get('next');
    const from = Math.max(after === null ? 0 : Date.parse(after) + 1, next === null ? 0 : Number(next));
    const matching = held.filter((h) => h.dateAdded >= from);
    const slice = matching.slice(0, stub.pageSize);
    const more = matching.length > slice.length;
    const headers: Record<string, string> = {
      'content-type': page >= stub.modeFromPage && stub.mode === 'wrong-type' ? 'application/json' : MEDIA,
    };
    if (slice.length > 0) {
      headers['x-taxii-date-added-first'] = new Date(slice[0].dateAdded).toISOString();
      headers['x-taxii-date-added-last'] = new Date(slice[slice.length - 1].dateAdded).toISOString();
    }
    const envelope: Record<string, unknown> = { more, objects: slice.map((h) => h.object) };
    if (more && stub.useNext) envelope.next = String(slice[slice.length - 1].dateAdded + 1);
    response.writeHead(200, headers);
    response.end(JSON.stringify(envelope));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const stub: TaxiiStub = {
    apiRoot: `http://127.0.0.1:${port}/api/`,
    add(...objects) {
      for (const object of objects) {
        clock += 1_000;
        held.push({ dateAdded: clock, object });
      }
    },
    mode: 'normal',
    modeFromPage: 1,
    pageSize: 100,
    useNext: true,
    queries: [],
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return stub;
}
