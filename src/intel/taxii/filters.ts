// Reads the TAXII 2.1 query parameters of the objects, manifest and versions endpoints: added_after,
// limit, next and match[id|type|version|spec_version]. Anything malformed is a 400 naming the parameter.

import type { VersionMatch } from '../../store/index.js';
import { readTimestamp } from '../stix/timestamps.js';
import { TaxiiError } from './errors.js';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

export type RawQuery = Record<string, string | string[] | undefined>;

export interface Filters {
  ids?: string[];
  types?: string[];
  versions?: VersionMatch[];
  specVersions?: string[];
  /** Strictly after this, ms: the later of added_after and the `next` cursor. */
  addedAfter?: number;
  limit: number;
}

const badRequest = (parameter: string, expected: string) =>
  new TaxiiError(400, 'Bad request', `the query parameter ${parameter} must be ${expected}`);

/** The values of a parameter, whether repeated or comma-separated. */
function list(query: RawQuery, name: string): string[] | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  const values = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(',')).map((v) => v.trim());
  if (values.some((v) => v === '')) throw badRequest(name, 'a comma-separated list without empty items');
  return values;
}

function single(query: RawQuery, name: string): string | undefined {
  const raw = query[name];
  if (Array.isArray(raw)) throw badRequest(name, 'given once');
  return raw;
}

/** The `next` value that continues after an object added at `dateAdded`. */
export function nextCursor(dateAdded: number): string {
  return Buffer.from(`after:${dateAdded}`).toString('base64url');
}

function readCursor(text: string): number {
  const match = /^after:(\d{1,16})$/.exec(Buffer.from(text, 'base64url').toString('utf8'));
  if (!match) throw badRequest('next', 'a value from the `next` of an earlier page');
  return Number(match[1]);
}

export function readFilters(query: RawQuery, options: { defaultVersions?: VersionMatch[] } = {}): Filters {
  const filters: Filters = { limit: DEFAULT_PAGE_SIZE };
  const limit = single(query, 'limit');
  if (limit !== undefined) {
    if (!/^\d{1,7}$/.test(limit) || Number(limit) < 1) throw badRequest('limit', 'a whole number from 1');
    filters.limit = Math.min(Number(limit), MAX_PAGE_SIZE);
  }
  const addedAfter = single(query, 'added_after');
  if (addedAfter !== undefined) {
    const at = readTimestamp(addedAfter);
    if (!at) throw badRequest('added_after', 'a timestamp such as 2026-01-31T12:00:00.000Z');
    filters.addedAfter = at.ms;
  }
  const next = single(query, 'next');
  if (next !== undefined) filters.addedAfter = Math.max(filters.addedAfter ?? 0, readCursor(next));
  filters.ids = list(query, 'match[id]');
  filters.types = list(query, 'match[type]');
  filters.specVersions = list(query, 'match[spec_version]');
  const versions = list(query, 'match[version]');
  filters.versions =
    versions?.map((v): VersionMatch => {
      if (v === 'last' || v === 'first' || v === 'all') return v;
      if (!readTimestamp(v)) throw badRequest('match[version]', 'last, first, all or a timestamp');
      return { at: v };
    }) ?? options.defaultVersions;
  return filters;
}
