// Decision input from the API and the CLI: checks the fields, canonicalises the value and the route,
// and turns a ttl or expiry into a complete Decision with a fresh id, or a list of errors naming each
// field.

import { z } from 'zod';
import { canonicalAddress, checkCidr } from '../net/ip.js';
import { ACTIONS, type Decision, SCOPES, SOURCES } from './decision.js';
import { newDecisionId } from './decision-id.js';
import { checkRoute } from './decision-route.js';

/** Highest proof-of-work difficulty accepted, in leading zero bits. */
export const MAX_DIFFICULTY = 32;
export const MAX_REASON_LENGTH = 500;
const FINGERPRINT_PATTERN = /^[\x21-\x7e]{1,128}$/;
const TTL_PATTERN = /^(\d+(?:\.\d+)?)(s|m|h|d)?$/;
const TTL_UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3_600, d: 86_400 };

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `'${value.length > 64 ? `${value.slice(0, 61)}...` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

const expected = (what: string) => (issue: { input?: unknown }) =>
  `expected ${what}, found ${shown(issue.input)}`;

/** The fields a person may send; `validateDecision` adds the cross-field rules and builds the Decision. */
export const decisionInputSchema = z.strictObject({
  scope: z.enum(SCOPES, { error: expected(`one of ${SCOPES.join(', ')}`) }),
  value: z.string({ error: expected('a string') }).min(1, { error: 'must not be empty' }),
  action: z.enum(ACTIONS, { error: expected(`one of ${ACTIONS.join(', ')}`) }),
  throttle: z
    .strictObject({
      rate: z
        .number({ error: expected('requests per second') })
        .positive({ error: expected('a rate above 0') }),
      burst: z
        .number({ error: expected('a whole number of requests') })
        .int({ error: expected('a whole number of requests') })
        .min(0, { error: expected('0 or more') }),
    })
    .optional(),
  difficulty: z
    .number({ error: expected(`a whole number of bits from 1 to ${MAX_DIFFICULTY}`) })
    .int({ error: expected(`a whole number of bits from 1 to ${MAX_DIFFICULTY}`) })
    .min(1, { error: expected(`a whole number of bits from 1 to ${MAX_DIFFICULTY}`) })
    .max(MAX_DIFFICULTY, { error: expected(`a whole number of bits from 1 to ${MAX_DIFFICULTY}`) })
    .optional(),
  reason: z
    .string({ error: expected('a string') })
    .max(MAX_REASON_LENGTH, { error: `must be at most ${MAX_REASON_LENGTH} characters` })
    .optional(),
  /** Lifetime: seconds as a number, or text such as '90s', '15m', '2h', '7d'. */
  ttl: z
    .union([z.number(), z.string()], { error: expected("seconds or a duration such as '15m'") })
    .optional(),
  /** Absolute expiry: milliseconds since the epoch or an ISO 8601 date. */
  expiresAt: z
    .union([z.number(), z.string()], { error: expected('milliseconds since the epoch or an ISO 8601 date') })
    .optional(),
  source: z.enum(SOURCES, { error: expected(`one of ${SOURCES.join(', ')}`) }).default('manual'),
  detectionId: z
    .string({ error: expected('a string') })
    .min(1, { error: 'must not be empty' })
    .optional(),
  /** The route it applies to (a path prefix); absent for every route. */
  route: z.string({ error: expected("a path starting with '/'") }).optional(),
});

export type DecisionInput = z.input<typeof decisionInputSchema>;

export interface DecisionInputError {
  /** Dotted path of the field (`throttle.rate`), or '' for the input as a whole. */
  path: string;
  message: string;
}

export type DecisionValidation =
  | { ok: true; decision: Decision }
  | { ok: false; errors: DecisionInputError[] };

export interface ValidateDecisionOptions {
  now?: () => number;
  newId?: () => string;
}

/** Checks API or CLI input and builds the Decision it describes (id and createdAt filled in). */
export function validateDecision(input: unknown, options: ValidateDecisionOptions = {}): DecisionValidation {
  const parsed = decisionInputSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.flatMap(toInputErrors) };
  }
  const fields = parsed.data;
  const now = (options.now ?? Date.now)();
  const errors: DecisionInputError[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });

  let value = fields.value;
  if (fields.scope === 'ip') {
    const canonical = canonicalAddress(value);
    if (canonical === null) {
      const hint = value.includes('/') ? ' (use scope cidr for a prefix)' : '';
      fail('value', `expected an IP address, found ${shown(value)}${hint}`);
    } else {
      value = canonical;
    }
  } else if (fields.scope === 'cidr') {
    const check = checkCidr(value);
    if (check.ok) value = check.cidr.text;
    else fail('value', check.error);
  } else if (!FINGERPRINT_PATTERN.test(value)) {
    fail(
      'value',
      `expected a fingerprint id (1 to 128 printable characters, no spaces), found ${shown(value)}`,
    );
  }

  let route = fields.route;
  if (route !== undefined) {
    const check = checkRoute(route);
    if (check.ok) route = check.route;
    else fail('route', check.error);
  }

  if (fields.action === 'throttle' && fields.throttle === undefined) {
    fail('throttle', 'required when action is throttle: { rate, burst }');
  }
  if (fields.action !== 'throttle' && fields.throttle !== undefined) {
    fail('throttle', `applies only to action throttle, not ${fields.action}`);
  }
  if (fields.action !== 'challenge' && fields.difficulty !== undefined) {
    fail('difficulty', `applies only to action challenge, not ${fields.action}`);
  }

  let expiresAt: number | null = null;
  if (fields.ttl !== undefined && fields.expiresAt !== undefined) {
    fail('ttl', 'give either ttl or expiresAt, not both');
  } else if (fields.ttl !== undefined) {
    const seconds = ttlSeconds(fields.ttl);
    if (seconds === undefined)
      fail('ttl', `expected seconds above 0 or a duration such as '15m', found ${shown(fields.ttl)}`);
    else expiresAt = now + Math.round(seconds * 1000);
  } else if (fields.expiresAt !== undefined) {
    const at = typeof fields.expiresAt === 'number' ? fields.expiresAt : Date.parse(fields.expiresAt);
    if (!Number.isFinite(at)) {
      fail(
        'expiresAt',
        `expected milliseconds since the epoch or an ISO 8601 date, found ${shown(fields.expiresAt)}`,
      );
    } else if (at <= now) {
      fail('expiresAt', `is in the past: ${new Date(at).toISOString()}`);
    } else {
      expiresAt = Math.round(at);
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  const decision: Decision = {
    id: (options.newId ?? newDecisionId)(),
    scope: fields.scope,
    value,
    action: fields.action,
    reason: fields.reason ?? '',
    source: fields.source,
    createdAt: now,
    expiresAt,
  };
  if (fields.throttle !== undefined)
    decision.throttle = { rate: fields.throttle.rate, burst: fields.throttle.burst };
  if (fields.difficulty !== undefined) decision.difficulty = fields.difficulty;
  if (fields.detectionId !== undefined) decision.detectionId = fields.detectionId;
  if (route !== undefined) decision.route = route;
  return { ok: true, decision };
}

/** Seconds from a number of seconds or text like '90', '90s', '15m', '2h', '7d'; undefined when invalid. */
export function ttlSeconds(ttl: number | string): number | undefined {
  let seconds: number;
  if (typeof ttl === 'number') {
    seconds = ttl;
  } else {
    const match = TTL_PATTERN.exec(ttl.trim());
    if (match === null) return undefined;
    seconds = Number(match[1]) * TTL_UNIT_SECONDS[match[2] ?? 's'];
  }
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

function toInputErrors(issue: z.core.$ZodIssue): DecisionInputError[] {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, message: 'unknown field' }));
  }
  if (issue.code === 'invalid_type' && issue.input === undefined && path !== '') {
    return [{ path, message: 'required' }];
  }
  return [{ path, message: issue.message }];
}
