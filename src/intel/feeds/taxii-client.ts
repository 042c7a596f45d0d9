// A TAXII 2.1 client for one peer's collection: get a page of objects, add objects, read a status.
// Every request has a deadline and a size cap; an answer that is not TAXII (wrong media type, not JSON,
// not an envelope) is an error, never half-read. Credentials are never sent across a redirect.

import { readTimestamp } from '../stix/timestamps.js';

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
/** Largest answer read from a peer. */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

export interface PeerEndpoint {
  /** The API root URL, ending with '/'. */
  apiRoot: string;
  collectionId: string;
  username: string | null;
  password: string | null;
}

export interface ObjectsPage {
  objects: unknown[];
  more: boolean;
  next: string | null;
  /** `X-TAXII-Date-Added-Last`: the checkpoint to pull after. */
  dateAddedLast: string | null;
}

export interface TaxiiStatus {
  id: string;
  status: 'pending' | 'complete';
  totalCount: number;
  successCount: number;
  failureCount: number;
  pendingCount: number;
}

/** A peer's TAXII server could not be reached, or answered what TAXII 2.1 does not allow. */
export class TaxiiPeerError extends Error {
  override name = 'TaxiiPeerError';
}

export class TaxiiClient {
  constructor(
    private readonly peer: PeerEndpoint,
    private readonly timeoutMs: number,
  ) {}

  /** One page of the collection's indicators added after `addedAfter`, continuing from `next`. */
  async getObjects(query: { addedAfter: string | null; next: string | null }): Promise<ObjectsPage> {
    const url = this.collectionUrl('objects/');
    url.searchParams.set('match[type]', 'indicator');
    if (query.addedAfter !== null) url.searchParams.set('added_after', query.addedAfter);
    if (query.next !== null) url.searchParams.set('next', query.next);
    const { body, headers } = await this.request('GET', url);
    const envelope = asRecord(body, 'the answer is not a TAXII envelope');
    const objects = envelope.objects ?? [];
    if (!Array.isArray(objects)) throw new TaxiiPeerError('the envelope’s objects is not a list');
    if (envelope.more !== undefined && typeof envelope.more !== 'boolean') {
      throw new TaxiiPeerError('the envelope’s more is not true or false');
    }
    if (envelope.next !== undefined && typeof envelope.next !== 'string') {
      throw new TaxiiPeerError('the envelope’s next is not a string');
    }
    const last = headers.get('x-taxii-date-added-last');
    return {
      objects,
      more: envelope.more === true,
      next: typeof envelope.next === 'string' && envelope.next !== '' ? envelope.next : null,
      dateAddedLast: last !== null && readTimestamp(last.trim()) !== undefined ? last.trim() : null,
    };
  }

  /** Posts objects to the collection; the peer answers 202 with a status resource. */
  async addObjects(objects: unknown[]): Promise<TaxiiStatus> {
    const { body, status } = await this.request('POST', this.collectionUrl('objects/'), { objects });
    if (status !== 202) throw new TaxiiPeerError(`the peer answered ${status}, not 202 Accepted`);
    return readStatus(body);
  }

  async getStatus(id: string): Promise<TaxiiStatus> {
    const { body } = await this.request(
      'GET',
      new URL(`status/${encodeURIComponent(id)}/`, this.peer.apiRoot),
    );
    return readStatus(body);
  }

  private collectionUrl(rest: string): URL {
    return new URL(`collections/${encodeURIComponent(this.peer.collectionId)}/${rest}`, this.peer.apiRoot);
  }

  private async request(
    method: 'GET' | 'POST',
    url: URL,
    payload?: unknown,
  ): Promise<{ status: number; headers: Headers; body: unknown }> {
    const headers: Record<string, string> = { accept: TAXII_MEDIA_TYPE };
    if (this.peer.username !== null) {
      const basic = Buffer.from(`${this.peer.username}:${this.peer.password ?? ''}`).toString('base64');
      headers.authorization = `Basic ${basic}`;
    }
    if (payload !== undefined) headers['content-type'] = TAXII_MEDIA_TYPE;
    const signal = AbortSignal.timeout(this.timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: payload === undefined ? undefined : JSON.stringify(payload),
        redirect: 'error',
        signal,
      });
      text = await readCapped(response, MAX_ANSWER_BYTES);
    } catch (error) {
      if (signal.aborted)
        throw new TaxiiPeerError(`${method} ${url.pathname} timed out after ${this.timeoutMs} ms`);
      if (error instanceof TaxiiPeerError) throw error;
      const cause = (error as { cause?: { message?: string } }).cause?.message;
      throw new TaxiiPeerError(`${method} ${url.pathname} failed: ${cause ?? (error as Error).message}`);
    }
    if (!response.ok) {
      const title = taxiiErrorTitle(text);
      throw new TaxiiPeerError(
        `${method} ${url.pathname} answered ${response.status}${title ? `: ${title}` : ''}`,
      );
    }
    const type = response.headers.get('content-type') ?? '';
    if (!isTaxiiMediaType(type)) {
      throw new TaxiiPeerError(
        `${method} ${url.pathname} answered ${type || 'no content type'}, not ${TAXII_MEDIA_TYPE}`,
      );
    }
    try {
      return { status: response.status, headers: response.headers, body: JSON.parse(text) };
    } catch {
      throw new TaxiiPeerError(`${method} ${url.pathname} answered something that is not JSON`);
    }
  }
}

/** True for `application/taxii+json` with version 2.1 or no version. */
export function isTaxiiMediaType(header: string): boolean {
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/taxii+json') return false;
  const version = params.find((p) => p.startsWith('version='));
  return version === undefined || version.slice('version='.length).replace(/"/g, '') === '2.1';
}

async function readCapped(response: Response, max: number): Promise<string> {
  if (response.body === null) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > max) {
      await response.body.cancel().catch(() => undefined);
      throw new TaxiiPeerError(`the answer is larger than ${max} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function taxiiErrorTitle(text: string): string | undefined {
  try {
    const title = (JSON.parse(text) as { title?: unknown }).title;
    return typeof title === 'string' ? title.slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}

function asRecord(value: unknown, problem: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TaxiiPeerError(problem);
  return value as Record<string, unknown>;
}

function readStatus(body: unknown): TaxiiStatus {
  const s = asRecord(body, 'the answer is not a TAXII status resource');
  const count = (key: string) => (typeof s[key] === 'number' ? (s[key] as number) : 0);
  if (typeof s.id !== 'string' || (s.status !== 'pending' && s.status !== 'complete')) {
    throw new TaxiiPeerError('the answer is not a TAXII status resource (id, status)');
  }
  return {
    id: s.id,
    status: s.status,
    totalCount: count('total_count'),
    successCount: count('success_count'),
    failureCount: count('failure_count'),
    pendingCount: count('pending_count'),
  };
}
