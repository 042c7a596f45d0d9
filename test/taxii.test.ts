// The TAXII 2.1 server on a running Breakwater: discovery, collections, objects, manifests, versions,
// statuses; HTTP Basic accounts with rights per collection; TLP; media types and every error path.

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/index.js';
import { addDecision, callApi } from './support/control-api.js';
import { type Stack, startStack } from './support/stack.js';

const TAXII = 'application/taxii+json;version=2.1';
const STIX = 'application/stix+json;version=2.1';
const PUBLISHED = '6f1c8e2a-4d3b-4a5e-9b7c-1e2d3f4a5b6c';
const INBOX = '2a7d9c1e-5b3f-4e6a-8d2c-9f1e0a3b4c5d';
const ROOT = '/taxii2/api';
const MARKING = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

type Credentials = [name: string, secret: string];

interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

interface RequestOptions {
  as?: Credentials;
  method?: string;
  accept?: string | null;
  contentType?: string;
  body?: string;
  authorization?: string;
}

let stack: Stack;
const accounts: Record<'reader' | 'amber' | 'writer' | 'rival' | 'writeOnly' | 'outsider', Credentials> =
  {} as never;

async function taxii<T = Record<string, unknown>>(
  path: string,
  options: RequestOptions = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (options.accept !== null) headers.accept = options.accept ?? TAXII;
  if (options.contentType !== undefined) headers['content-type'] = options.contentType;
  if (options.authorization !== undefined) headers.authorization = options.authorization;
  else if (options.as) {
    headers.authorization = `Basic ${Buffer.from(options.as.join(':')).toString('base64')}`;
  }
  const response = await fetch(new URL(path, stack.controlUrl), {
    method: options.method ?? 'GET',
    headers,
    body: options.body,
    signal: AbortSignal.timeout(20_000),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : {}) as T };
}

function post(collection: string, envelope: unknown, as: Credentials = accounts.writer) {
  return taxii(`${ROOT}/collections/${collection}/objects/`, {
    as,
    method: 'POST',
    contentType: TAXII,
    body: JSON.stringify(envelope),
  });
}

function indicator(value: string, marking: string = MARKING.green, id = `indicator--${randomUUID()}`) {
  return {
    type: 'indicator',
    spec_version: '2.1',
    id,
    created: '2026-11-01T00:00:00.000Z',
    modified: '2026-11-01T00:00:00.000Z',
    pattern: `[ipv4-addr:value = '${value}']`,
    pattern_type: 'stix',
    valid_from: '2026-11-01T00:00:00Z',
    object_marking_refs: [marking],
  };
}

/** An answer that is a TAXII error with this status, under the TAXII media type. */
function expectTaxiiError(answer: Answer, status: number): void {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toBe(TAXII);
  expect(answer.body).toMatchObject({ http_status: String(status), title: expect.any(String) });
  expect(typeof answer.body.description).toBe('string');
}

beforeAll(async () => {
  stack = await startStack({
    config: {
      intel: {
        identity: 'Example Mail Ltd',
        collections: [
          { id: PUBLISHED, title: 'Example indicators', alias: 'indicators' },
          { id: INBOX, title: 'Shared with us', description: 'What peers post.' },
        ],
        maxContentLength: '2mb',
      },
    },
  });
  const add = async (name: string, read: string[], write: string[], amber = false): Promise<Credentials> => [
    name,
    (await stack.bw.store.taxiiAccounts.add({ name, read, write, amber })).secret,
  ];
  accounts.reader = await add('reader', [PUBLISHED, INBOX], []);
  accounts.amber = await add('amber-reader', [PUBLISHED, INBOX], [], true);
  accounts.writer = await add('writer', [INBOX], [INBOX]);
  accounts.rival = await add('rival', [INBOX], [INBOX]);
  accounts.writeOnly = await add('drop-box', [], [INBOX]);
  accounts.outsider = await add('outsider', [], []);
}, 60_000);

afterAll(async () => {
  await stack?.stop();
});

describe('authentication and media types', () => {
  it('asks for HTTP Basic credentials, and refuses unknown accounts and wrong secrets alike', async () => {
    const answers = [
      await taxii('/taxii2/'),
      await taxii('/taxii2/', { as: ['nobody', 'x'] }),
      await taxii('/taxii2/', { as: [accounts.reader[0], 'wrong'] }),
      await taxii('/taxii2/', { authorization: `Bearer ${stack.tokens.admin}` }),
    ];
    for (const answer of answers) {
      expectTaxiiError(answer, 401);
      expect(answer.headers.get('www-authenticate')).toMatch(/^Basic realm="/);
    }
    expect(answers[1].body).toEqual(answers[2].body);
  });

  it('serves discovery and the API root under the exact TAXII media type', async () => {
    const discovery = await taxii('/taxii2/', { as: accounts.reader });
    expect(discovery.status).toBe(200);
    expect(discovery.headers.get('content-type')).toBe(TAXII);
    expect(discovery.body.api_roots).toEqual([`${stack.controlUrl}${ROOT}/`]);
    expect(discovery.body.default).toBe(`${stack.controlUrl}${ROOT}/`);

    const root = await taxii(`${ROOT}/`, { as: accounts.reader });
    expect(root.status).toBe(200);
    expect(root.headers.get('content-type')).toBe(TAXII);
    expect(root.body).toMatchObject({ versions: [TAXII], max_content_length: 2 * 1024 * 1024 });
  });

  it('answers an unversioned TAXII Accept (and none) with 2.1, and refuses others with 406', async () => {
    for (const accept of ['application/taxii+json', 'application/taxii+json; version=2.1', '*/*', null]) {
      const answer = await taxii(`${ROOT}/`, { as: accounts.reader, accept });
      expect(answer.status, String(accept)).toBe(200);
      expect(answer.headers.get('content-type')).toBe(TAXII);
    }
    for (const accept of ['application/json', 'application/taxii+json;version=2.0', 'text/html']) {
      expectTaxiiError(await taxii(`${ROOT}/`, { as: accounts.reader, accept }), 406);
    }
  });

  it('answers unknown paths with a TAXII 404, not the control API error shape', async () => {
    const answer = await taxii('/taxii2/api/nothing-here/', { as: accounts.reader });
    expectTaxiiError(answer, 404);
    expect(answer.body.error).toBeUndefined();
  });
});

describe('configuration', () => {
  it('refuses collections without a UUID or with the same id twice, naming the key', () => {
    expect(() => parseConfig({ intel: { collections: [{ id: 'indicators', title: 'Ours' }] } })).toThrow(
      /intel\.collections\[0\]\.id: expected a UUID/,
    );
    const twice = { id: PUBLISHED, title: 'Ours' };
    expect(() => parseConfig({ intel: { collections: [twice, twice] } })).toThrow(/different ids/);
    expect(() => parseConfig({ intel: { tlp: 'white' } })).toThrow(/intel\.tlp/);
  });
});

describe('collections and rights', () => {
  it('lists only the collections an account has rights to, with those rights', async () => {
    const reader = await taxii<{ collections: Record<string, unknown>[] }>(`${ROOT}/collections/`, {
      as: accounts.reader,
    });
    expect(reader.body.collections.map((c) => c.id)).toEqual([PUBLISHED, INBOX]);
    expect(reader.body.collections[0]).toEqual({
      id: PUBLISHED,
      title: 'Example indicators',
      alias: 'indicators',
      can_read: true,
      can_write: false,
      media_types: [STIX],
    });
    const writer = await taxii<{ collections: Record<string, unknown>[] }>(`${ROOT}/collections/`, {
      as: accounts.writer,
    });
    expect(writer.body.collections).toEqual([
      expect.objectContaining({
        id: INBOX,
        can_read: true,
        can_write: true,
        description: 'What peers post.',
      }),
    ]);
    const outsider = await taxii(`${ROOT}/collections/`, { as: accounts.outsider });
    expect(outsider.status).toBe(200);
    expect(outsider.body).toEqual({});
  });

  it('hides a collection an account has no right to exactly as if it did not exist', async () => {
    const unknown = randomUUID();
    for (const path of ['', 'objects/', 'manifest/', `objects/indicator--${randomUUID()}/`]) {
      const hidden = await taxii(`${ROOT}/collections/${PUBLISHED}/${path}`, { as: accounts.writer });
      const missing = await taxii(`${ROOT}/collections/${unknown}/${path}`, { as: accounts.writer });
      expectTaxiiError(hidden, 404);
      expect(hidden.body.description).toBe(String(missing.body.description).replace(unknown, PUBLISHED));
    }
    expectTaxiiError(await post(PUBLISHED, { objects: [indicator('192.0.2.1')] }), 404);
  });

  it('refuses with 403 what a visible collection does not allow this account', async () => {
    expectTaxiiError(await taxii(`${ROOT}/collections/${INBOX}/objects/`, { as: accounts.writeOnly }), 403);
    expectTaxiiError(await post(INBOX, { objects: [indicator('192.0.2.1')] }, accounts.reader), 403);
    const id = `indicator--${randomUUID()}`;
    await post(INBOX, { objects: [indicator('192.0.2.2', MARKING.green, id)] });
    const deleting = await taxii(`${ROOT}/collections/${INBOX}/objects/${id}/`, {
      as: accounts.reader,
      method: 'DELETE',
    });
    expectTaxiiError(deleting, 403);
  });
});

describe('what Breakwater publishes', () => {
  it('serves a decision as an indicator, and its removal as a revoked version', async () => {
    const decision = await addDecision(stack.controlUrl, stack.tokens.responder, {
      scope: 'ip',
      value: '198.51.100.77',
      action: 'block',
      ttl: '1h',
      reason: 'scanning the login page',
    });
    await stack.bw.publisher.idle();
    const listed = await taxii<{ objects: Record<string, unknown>[] }>(
      `${ROOT}/collections/${PUBLISHED}/objects/?match[type]=indicator`,
      { as: accounts.reader },
    );
    expect(listed.status).toBe(200);
    const published = listed.body.objects.find((o) => String(o.pattern).includes('198.51.100.77'));
    expect(published).toMatchObject({
      pattern: "[ipv4-addr:value = '198.51.100.77']",
      description: 'scanning the login page',
      object_marking_refs: [MARKING.green],
    });

    await callApi(stack.controlUrl, 'DELETE', `/api/v1/decisions/${decision.id}`, {
      token: stack.tokens.responder,
    });
    await stack.bw.publisher.idle();
    const objectPath = `${ROOT}/collections/${PUBLISHED}/objects/${published?.id}/`;
    const latest = await taxii<{ objects: Record<string, unknown>[] }>(objectPath, { as: accounts.reader });
    expect(latest.body.objects).toEqual([expect.objectContaining({ id: published?.id, revoked: true })]);

    const versions = await taxii<{ versions: string[]; more: boolean }>(`${objectPath}versions/`, {
      as: accounts.reader,
    });
    expect(versions.body.versions).toHaveLength(2);
    expect(versions.body.more).toBe(false);
    expect(versions.headers.get('x-taxii-date-added-first')).toMatch(/Z$/);
    const all = await taxii<{ objects: Record<string, unknown>[] }>(`${objectPath}?match[version]=all`, {
      as: accounts.reader,
    });
    expect(all.body.objects.map((o) => o.modified)).toEqual(versions.body.versions);
    const first = await taxii<{ objects: Record<string, unknown>[] }>(`${objectPath}?match[version]=first`, {
      as: accounts.reader,
    });
    expect(first.body.objects).toEqual([expect.not.objectContaining({ revoked: true })]);
    const exact = await taxii<{ objects: Record<string, unknown>[] }>(
      `${objectPath}?match[version]=${versions.body.versions[0]}`,
      { as: accounts.reader },
    );
    expect(exact.body.objects).toEqual(first.body.objects);
  });

  it('lists a manifest entry per object with its date added, version and media type', async () => {
    const manifest = await taxii<{ objects: Record<string, unknown>[] }>(
      `${ROOT}/collections/${PUBLISHED}/manifest/`,
      { as: accounts.reader },
    );
    expect(manifest.status).toBe(200);
    expect(manifest.body.objects.length).toBeGreaterThan(2);
    for (const entry of manifest.body.objects) {
      expect(entry).toEqual({
        id: expect.any(String),
        date_added: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        version: expect.any(String),
        media_type: STIX,
      });
    }
    expect(manifest.headers.get('x-taxii-date-added-first')).toBe(manifest.body.objects[0].date_added);
    expect(manifest.headers.get('x-taxii-date-added-last')).toBe(manifest.body.objects.at(-1)?.date_added);
  });
});

describe('adding objects', () => {
  it('stores an envelope, lists each failure in the status resource, and keeps the status', async () => {
    const good = indicator('192.0.2.10');
    const posted = await post(INBOX, {
      objects: [
        good,
        { ...indicator('192.0.2.11'), type: 'x-made-up', id: `x-made-up--${randomUUID()}` },
        { ...indicator('192.0.2.12'), id: 'indicator--nope' },
        { ...indicator('192.0.2.13'), spec_version: '2.0' },
        'not an object',
      ],
    });
    expect(posted.status).toBe(202);
    expect(posted.headers.get('content-type')).toBe(TAXII);
    expect(posted.body).toMatchObject({
      status: 'complete',
      total_count: 5,
      success_count: 1,
      successes: [{ id: good.id, version: good.modified }],
      failure_count: 4,
      pending_count: 0,
    });
    const failures = posted.body.failures as { message: string }[];
    expect(failures[0].message).toContain("unknown STIX type 'x-made-up'");
    expect(failures[1].message).toContain('indicator--<UUID>');
    expect(failures[2].message).toContain('spec_version 2.1');

    const status = await taxii(`${ROOT}/status/${posted.body.id}/`, { as: accounts.writer });
    expect(status.status).toBe(200);
    expect(status.body).toEqual(posted.body);
    expectTaxiiError(await taxii(`${ROOT}/status/${posted.body.id}/`, { as: accounts.reader }), 404);

    const stored = await taxii<{ objects: Record<string, unknown>[] }>(
      `${ROOT}/collections/${INBOX}/objects/${good.id}/`,
      { as: accounts.writer },
    );
    expect(stored.body.objects).toEqual([good]);
  });

  it('refuses a wrong Content-Type (415), malformed JSON (400), a non-envelope (422) and an oversized body (413)', async () => {
    const path = `${ROOT}/collections/${INBOX}/objects/`;
    const body = JSON.stringify({ objects: [indicator('192.0.2.20')] });
    for (const contentType of [
      'application/json',
      'application/taxii+json',
      'application/stix+json;version=2.1',
    ]) {
      expectTaxiiError(await taxii(path, { as: accounts.writer, method: 'POST', contentType, body }), 415);
    }
    expectTaxiiError(
      await taxii(path, { as: accounts.writer, method: 'POST', contentType: TAXII, body: '{"objects": [' }),
      400,
    );
    for (const envelope of [[], { objects: 'none' }, {}, null]) {
      expectTaxiiError(await post(INBOX, envelope), 422);
    }
    const huge = { objects: [{ ...indicator('192.0.2.21'), description: 'x'.repeat(3 * 1024 * 1024) }] };
    expectTaxiiError(await post(INBOX, huge), 413);
    // The server is still there and nothing was lost.
    expect((await taxii(`${ROOT}/`, { as: accounts.writer })).status).toBe(200);
  });

  it('deletes an object, after which it is gone', async () => {
    const doomed = indicator('192.0.2.30');
    await post(INBOX, { objects: [doomed] });
    const path = `${ROOT}/collections/${INBOX}/objects/${doomed.id}/`;
    const deleted = await taxii(path, { as: accounts.writer, method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(deleted.headers.get('content-type')).toBe(TAXII);
    expectTaxiiError(await taxii(path, { as: accounts.writer }), 404);
    expectTaxiiError(await taxii(path, { as: accounts.writer, method: 'DELETE' }), 404);
    expectTaxiiError(await taxii(`${path}versions/`, { as: accounts.writer }), 404);
  });

  it('lets only its creator version an object or delete it', async () => {
    const original = indicator('192.0.2.40');
    await post(INBOX, { objects: [original] });
    const takeover = {
      ...original,
      modified: '2026-11-02T00:00:00.000Z',
      pattern: "[ipv4-addr:value = '10.0.0.1']",
    };
    const refused = await post(INBOX, { objects: [takeover] }, accounts.rival);
    expect(refused.body).toMatchObject({ success_count: 0, failure_count: 1 });
    expect((refused.body.failures as { message: string }[])[0].message).toMatch(
      /only its creator \(writer\)/,
    );
    const path = `${ROOT}/collections/${INBOX}/objects/${original.id}/`;
    const read = await taxii<{ objects: { pattern: string }[] }>(path, { as: accounts.reader });
    expect(read.body.objects.map((o) => o.pattern)).toEqual([original.pattern]);
    expectTaxiiError(await taxii(path, { as: accounts.rival, method: 'DELETE' }), 403);

    const update = {
      ...original,
      modified: '2026-11-03T00:00:00.000Z',
      pattern: "[ipv4-addr:value = '192.0.2.41']",
    };
    expect((await post(INBOX, { objects: [update] })).body).toMatchObject({ success_count: 1 });
  });

  it('deletes only the versions the caller may see', async () => {
    const seen = indicator('192.0.2.50');
    const hidden = { ...seen, modified: '2026-11-02T00:00:00.000Z', object_marking_refs: [MARKING.amber] };
    await post(INBOX, { objects: [seen, hidden] });
    const path = `${ROOT}/collections/${INBOX}/objects/${seen.id}/`;
    expect((await taxii(path, { as: accounts.writer, method: 'DELETE' })).status).toBe(200);
    const left = await taxii<{ objects: { modified: string }[] }>(`${path}?match[version]=all`, {
      as: accounts.amber,
    });
    expect(left.body.objects.map((o) => o.modified)).toEqual([hidden.modified]);
  });

  it('audits reads, once a minute per account and route', async () => {
    for (let i = 0; i < 5; i++) await taxii(`${ROOT}/collections/`, { as: accounts.amber });
    const entries = await stack.bw.store.audit.page({ limit: 500 });
    const reads = entries.filter((e) => e.action === 'taxii_read' && e.actor.name === 'amber-reader');
    expect(reads.filter((e) => e.target.route === '/taxii2/api/collections/')).toHaveLength(1);
    expect(reads[0].actor.kind).toBe('taxii');
  });

  it('refuses malformed query parameters with 400', async () => {
    const path = `${ROOT}/collections/${INBOX}/objects/`;
    for (const query of [
      'limit=0',
      'limit=abc',
      'added_after=yesterday',
      'next=bogus',
      'match[version]=newest',
    ]) {
      expectTaxiiError(await taxii(`${path}?${query}`, { as: accounts.writer }), 400);
    }
  });
});

describe('TLP', () => {
  it('never serves TLP:RED, serves AMBER only to accounts cleared for it, and GREEN and CLEAR to all', async () => {
    const marked = Object.fromEntries(
      Object.entries(MARKING).map(([level, marking]) => [level, indicator('203.0.113.9', marking)]),
    );
    await post(INBOX, { objects: Object.values(marked) });
    const seen = async (as: Credentials) => {
      const ids = new Set<string>();
      for (const id of Object.values(marked).map((o) => o.id)) {
        const answer = await taxii(`${ROOT}/collections/${INBOX}/objects/${id}/`, { as });
        if (answer.status === 200) ids.add(id);
        else expectTaxiiError(answer, 404);
      }
      return Object.entries(marked)
        .filter(([, o]) => ids.has(o.id))
        .map(([level]) => level);
    };
    expect(await seen(accounts.reader)).toEqual(['clear', 'green']);
    expect(await seen(accounts.amber)).toEqual(['clear', 'green', 'amber']);
    const listed = await taxii<{ objects: { id: string }[] }>(
      `${ROOT}/collections/${INBOX}/objects/?match[id]=${marked.red.id},${marked.amber.id}`,
      { as: accounts.amber },
    );
    expect(listed.body.objects.map((o) => o.id)).toEqual([marked.amber.id]);
  });

  /** Every TLP marking id STIX 2.1 knows: the TLP 1.0 set of §7.2.1.4 and the TLP 2.0 extension's. */
  const EVERY_MARKING: [set: string, level: string, id: string][] = [
    ['1.0', 'clear', 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9'],
    ['1.0', 'green', 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da'],
    ['1.0', 'amber', 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82'],
    ['1.0', 'red', 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed'],
    ['2.0', 'clear', MARKING.clear],
    ['2.0', 'green', MARKING.green],
    ['2.0', 'amber', MARKING.amber],
    ['2.0', 'amber+strict', 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003'],
    ['2.0', 'red', MARKING.red],
  ];
  const readers = { uncleared: ['clear', 'green'], amber: ['clear', 'green', 'amber', 'amber+strict'] };
  const served = async (id: string, as: Credentials) =>
    (await taxii(`${ROOT}/collections/${INBOX}/objects/${id}/`, { as })).status === 200;

  it.each(EVERY_MARKING)(
    'classifies TLP %s %s, object-wide or granular, and serves it only to those cleared',
    async (_set, level, marking) => {
      const whole = indicator('203.0.113.10', marking);
      // A GREEN object whose pattern alone carries the marking travels under the stricter of the two.
      const granular = {
        ...indicator('203.0.113.11', MARKING.green),
        granular_markings: [{ marking_ref: marking, selectors: ['pattern'] }],
      };
      const stored = await post(INBOX, { objects: [whole, granular] });
      expect(stored.body.success_count).toBe(2);
      const strictest = level === 'clear' ? 'green' : level;
      for (const [reader, as] of [
        ['uncleared', accounts.reader],
        ['amber', accounts.amber],
      ] as const) {
        expect(await served(whole.id, as), `${reader} reads ${level} object`).toBe(
          readers[reader].includes(level),
        );
        expect(await served(granular.id, as), `${reader} reads ${strictest} granular`).toBe(
          readers[reader].includes(strictest),
        );
      }
    },
  );

  it('refuses with 422, storing nothing, an object whose marking it cannot classify', async () => {
    const unknown = indicator('203.0.113.12', `marking-definition--${randomUUID()}`);
    const fine = indicator('203.0.113.13', MARKING.green);
    const answer = await post(INBOX, { objects: [fine, unknown] });
    expectTaxiiError(answer, 422);
    expect(String(answer.body.description)).toContain(unknown.object_marking_refs[0]);
    expect(await served(fine.id, accounts.amber)).toBe(false);
  });
});

describe('paging', () => {
  const COUNT = 2_000;
  let posted: Set<string>;

  beforeAll(async () => {
    posted = new Set();
    for (let batch = 0; batch < COUNT / 500; batch++) {
      const objects = Array.from({ length: 500 }, (_, i) => {
        const n = batch * 500 + i;
        return indicator(`10.${(n >> 8) & 255}.${n & 255}.1`, MARKING.clear);
      });
      const answer = await post(INBOX, { objects });
      expect(answer.body.success_count).toBe(500);
      for (const o of objects) posted.add(o.id);
    }
  }, 120_000);

  const path = `${ROOT}/collections/${INBOX}/objects/?match[type]=indicator&limit=47`;

  it('pages with next through every object once, with date-added headers on every page', async () => {
    const ids: string[] = [];
    let next: string | undefined;
    let pages = 0;
    do {
      const answer = await taxii<{ objects: { id: string }[]; more: boolean; next?: string }>(
        next ? `${path}&next=${encodeURIComponent(next)}` : path,
        { as: accounts.writer },
      );
      expect(answer.status).toBe(200);
      expect(answer.body.objects.length).toBeLessThanOrEqual(47);
      expect(answer.headers.get('x-taxii-date-added-first')).toMatch(/Z$/);
      expect(answer.headers.get('x-taxii-date-added-last')).toMatch(/Z$/);
      ids.push(...answer.body.objects.map((o) => o.id));
      expect(answer.body.more).toBe(answer.body.next !== undefined);
      next = answer.body.next;
      pages++;
    } while (next !== undefined);
    expect(pages).toBeGreaterThan(COUNT / 47);
    expect(ids.length).toBe(new Set(ids).size);
    for (const id of posted) expect(ids).toContain(id);
  }, 120_000);

  it('pages with added_after from the last date-added header, missing and repeating nothing', async () => {
    const ids: string[] = [];
    let after: string | undefined;
    for (;;) {
      const answer = await taxii<{ objects?: { id: string }[]; more: boolean }>(
        after ? `${path}&added_after=${after}` : path,
        { as: accounts.writer },
      );
      expect(answer.status).toBe(200);
      if (!answer.body.objects) {
        // The page after the last: empty, nothing more, and date-added headers that keep the reader's place.
        expect(answer.body).toEqual({ more: false });
        expect(answer.headers.get('x-taxii-date-added-first')).toBe(after);
        expect(answer.headers.get('x-taxii-date-added-last')).toBe(after);
        expect(answer.headers.get('content-type')).toBe(TAXII);
        break;
      }
      ids.push(...answer.body.objects.map((o) => o.id));
      after = answer.headers.get('x-taxii-date-added-last') ?? undefined;
      expect(after).toBeDefined();
    }
    expect(ids.length).toBe(new Set(ids).size);
    for (const id of posted) expect(ids).toContain(id);
  }, 120_000);

  it('treats added_after as strictly exclusive, at second or millisecond precision', async () => {
    const manifest = await taxii<{ objects: { id: string; date_added: string }[] }>(
      `${ROOT}/collections/${INBOX}/manifest/?limit=1000`,
      { as: accounts.writer },
    );
    const entry = manifest.body.objects[500];
    const after = await taxii<{ objects: { id: string; date_added: string }[] }>(
      `${ROOT}/collections/${INBOX}/manifest/?limit=1&added_after=${entry.date_added}`,
      { as: accounts.writer },
    );
    expect(after.body.objects[0].date_added > entry.date_added).toBe(true);
    expect(after.body.objects[0].id).toBe(manifest.body.objects[501].id);
    const second = entry.date_added.replace(/\.\d{3}Z$/, 'Z');
    const bySecond = await taxii<{ objects: { date_added: string }[] }>(
      `${ROOT}/collections/${INBOX}/manifest/?limit=1&added_after=${second}`,
      { as: accounts.writer },
    );
    expect(bySecond.body.objects[0].date_added > second.replace('Z', '.000Z')).toBe(true);
  });
});
