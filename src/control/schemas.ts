// JSON schemas shared by control routes; they validate requests, shape responses and feed the OpenAPI document.
// Each has an `$id`, which becomes its name under `components.schemas`.
import { ACTIONS, SCOPES, SOURCES } from '../responder/decision.js';
import { MAX_DIFFICULTY, MAX_REASON_LENGTH } from '../responder/decision-input.js';
import { MAX_ROUTE_LENGTH } from '../responder/decision-route.js';
import { DETECTION_KINDS, RESPONSE_CEILINGS } from '../sentinel/detection.js';
import { API_ERRORS, type ApiErrorCode, describeErrorCodes } from './error-codes.js';

export const errorSchema = {
  $id: 'Error',
  type: 'object',
  description: 'Every error answer has this shape.',
  required: ['error', 'message'],
  properties: {
    error: {
      type: 'string',
      description: `Stable machine-readable code, from this catalogue (HTTP status in brackets):\n${describeErrorCodes()}`,
    },
    message: { type: 'string', description: 'What went wrong, for a person.' },
    details: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: {
          field: { type: 'string', description: 'Where the problem is, as `body/action`.' },
          message: { type: 'string' },
        },
      },
    },
  },
} as const;

export const throttleRateSchema = {
  $id: 'ThrottleRate',
  type: 'object',
  required: ['rate', 'burst'],
  additionalProperties: false,
  properties: {
    rate: { type: 'number', exclusiveMinimum: 0, description: 'Sustained requests per second.' },
    burst: { type: 'integer', minimum: 0, description: 'Requests allowed in a burst above the rate.' },
  },
} as const;

export const decisionSchema = {
  $id: 'Decision',
  type: 'object',
  description: 'What the edge does with traffic from one scope, on every route or on one.',
  required: ['id', 'scope', 'value', 'action', 'reason', 'source', 'createdAt', 'expiresAt'],
  properties: {
    id: { type: 'string' },
    scope: { type: 'string', enum: [...SCOPES] },
    value: { type: 'string', description: 'Canonical address, prefix, or fingerprint id.' },
    action: {
      type: 'string',
      enum: [...ACTIONS],
      description: '`allow` always wins over every other action.',
    },
    throttle: { $ref: 'ThrottleRate#' },
    difficulty: { type: 'integer', description: 'Proof-of-work difficulty in leading zero bits.' },
    reason: { type: 'string' },
    source: { type: 'string', enum: [...SOURCES] },
    createdAt: { type: 'integer', description: 'Milliseconds since the epoch.' },
    expiresAt: {
      type: ['integer', 'null'],
      description: 'Milliseconds since the epoch; null never expires.',
    },
    detectionId: { type: 'string' },
    route: {
      type: 'string',
      description:
        'The route it applies to: a path prefix covering that path and those below it. Absent: every route.',
    },
  },
} as const;

export const decisionInputSchema = {
  $id: 'DecisionInput',
  type: 'object',
  description:
    'A decision to enforce. Give `ttl` or `expiresAt`, or neither for a decision that never expires. ' +
    'The value is checked against the scope and stored in canonical form.',
  required: ['scope', 'value', 'action'],
  additionalProperties: false,
  properties: {
    scope: { type: 'string', enum: [...SCOPES] },
    value: {
      type: 'string',
      minLength: 1,
      maxLength: 512,
      description: 'An address, a CIDR prefix, or a fingerprint id.',
    },
    action: { type: 'string', enum: [...ACTIONS] },
    throttle: { $ref: 'ThrottleRate#', description: 'Required when action is throttle, refused otherwise.' },
    difficulty: {
      type: 'integer',
      minimum: 1,
      maximum: MAX_DIFFICULTY,
      description: 'Proof-of-work bits; only with action challenge.',
    },
    reason: { type: 'string', maxLength: MAX_REASON_LENGTH },
    ttl: {
      type: ['number', 'string'],
      description: "Lifetime: seconds, or a duration such as '90s', '15m', '2h', '7d'.",
    },
    expiresAt: {
      type: ['integer', 'string'],
      description: 'Absolute expiry: milliseconds since the epoch, or an ISO 8601 date.',
    },
    source: { type: 'string', enum: [...SOURCES], default: 'manual' },
    detectionId: { type: 'string', minLength: 1, description: 'The detection that led to this decision.' },
    route: {
      type: 'string',
      maxLength: MAX_ROUTE_LENGTH,
      description:
        "Apply it to one route only: a path starting with '/', without query or '%' escapes (e.g. " +
        '`/api/search`), covering that path and those below it. Absent: every route. Bouncers, which ' +
        'see no paths, are not given decisions on one route.',
    },
  },
} as const;

export const detectionSchema = {
  $id: 'Detection',
  type: 'object',
  description: 'An attack the sentinel has followed across windows; active until it goes quiet.',
  required: ['id', 'kind', 'startedAt', 'lastSeenAt', 'state', 'targets', 'maxAction', 'evidence'],
  properties: {
    id: {
      type: 'string',
      description:
        '`kind:path:startedAt`, such as `http-flood:/search:1700000000000`; `*` when there is no path.',
    },
    kind: { type: 'string', enum: [...DETECTION_KINDS] },
    startedAt: {
      type: 'integer',
      description: 'Start of the first window that showed it; ms since the epoch.',
    },
    lastSeenAt: {
      type: 'integer',
      description: 'End of the latest window that showed it; ms since the epoch.',
    },
    state: { type: 'string', enum: ['active', 'cleared'] },
    path: { type: 'string', description: 'The request path under attack, without its query string.' },
    routeKind: { type: 'string', enum: ['api', 'browser'] },
    targets: {
      type: 'array',
      description: 'What the responder acts on, from the latest window that showed the attack.',
      items: {
        type: 'object',
        required: ['scope', 'value', 'share', 'rate'],
        properties: {
          scope: { type: 'string', enum: ['ip', 'cidr', 'fingerprint'] },
          value: { type: 'string' },
          share: { type: 'number', description: 'Share of the window’s relevant requests, 0 to 1.' },
          rate: { type: 'number', description: 'Per second; for pending connections, the count.' },
        },
      },
    },
    maxAction: {
      type: 'string',
      enum: [...RESPONSE_CEILINGS],
      description: 'The strongest answer the responder may give; `observe` records only.',
    },
    evidence: {
      type: 'object',
      required: ['windowMs', 'observedRate', 'baselineRate', 'topKeys', 'summary'],
      properties: {
        windowMs: { type: 'integer' },
        observedRate: { type: 'number' },
        baselineRate: { type: 'number' },
        topKeys: {
          type: 'array',
          items: {
            type: 'object',
            required: ['key', 'count', 'share'],
            properties: {
              key: {
                type: 'string',
                description: 'With its scope: `ip:…`, `cidr:…`, `fingerprint:…`, `path:…`.',
              },
              count: { type: 'number' },
              share: { type: 'number' },
            },
          },
        },
        summary: { type: 'string', description: 'One sentence for a person.' },
      },
    },
  },
} as const;

export const healthReportSchema = {
  $id: 'HealthReport',
  type: 'object',
  required: ['status', 'origins', 'uptimeSeconds', 'version'],
  properties: {
    status: { type: 'string', enum: ['ok', 'degraded'] },
    origins: {
      type: 'array',
      items: {
        type: 'object',
        required: ['url', 'healthy'],
        properties: {
          url: { type: 'string' },
          healthy: { type: 'boolean' },
          lastError: { type: 'string', description: 'Why the last check or request failed.' },
        },
      },
    },
    uptimeSeconds: { type: 'number' },
    version: { type: 'string' },
  },
} as const;

export const sharedSchemas = [
  errorSchema,
  throttleRateSchema,
  decisionSchema,
  decisionInputSchema,
  detectionSchema,
  healthReportSchema,
];

export const errorRef = { $ref: 'Error#' } as const;
export const decisionRef = { $ref: 'Decision#' } as const;
export const detectionRef = { $ref: 'Detection#' } as const;
export const healthReportRef = { $ref: 'HealthReport#' } as const;

/** The OpenAPI response of a catalogued error: what it means here (the catalogue's meaning unless said), its code. */
export function errorResponse(code: ApiErrorCode, description: string = API_ERRORS[code].message) {
  return { description: `${description} (\`${code}\`)`, ...errorRef };
}

/** Error answers every authenticated route can give. */
export const authErrorResponses = {
  401: errorResponse('unauthorized', 'Missing, malformed, unknown, revoked or expired token.'),
  403: errorResponse('forbidden', 'The token’s role is too low.'),
  503: errorResponse('store_unavailable', 'The store is unavailable.'),
} as const;

/** Route parameters of a resource named by an `:id` of up to 64 characters. */
export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

export const bearerSecurity = [{ bearerAuth: [] }];
