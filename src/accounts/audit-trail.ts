// Writing the audit log from the control plane: explicit entries for sign-in events, one entry for every
// state-changing API request that succeeded (method and route pattern, route parameters, actor), and,
// within an allowance, requests refused with 401 or 403 and TAXII reads.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditActor, Store } from '../store/index.js';
import { AuditAllowance } from './audit-allowance.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** What a route adds to its request's audit entry: the id it created, the fields it changed. */
    auditNote?: { target?: Record<string, unknown>; detail?: Record<string, unknown> };
    /** Who made the request when it was neither a token nor a console user: a TAXII account. */
    auditAs?: AuditActor;
  }
  interface FastifyContextConfig {
    /** False for routes that write their own audit entries. */
    audit?: boolean;
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function auditActor(request: FastifyRequest): AuditActor {
  const actor = request.actor;
  if (actor) return { kind: actor.kind, id: actor.id, name: actor.name };
  if (request.auditAs) return request.auditAs;
  const signedIn = request.consoleSession;
  if (signedIn) return { kind: 'user', id: signedIn.user.id, name: signedIn.user.email };
  return { kind: 'anonymous', id: null, name: null };
}

/** Appends one entry about this request; a failure to write is logged, never thrown at the client. */
export async function recordAudit(
  store: Pick<Store, 'audit'>,
  request: FastifyRequest,
  action: string,
  target: Record<string, unknown> = {},
  detail: Record<string, unknown> = {},
  actor: AuditActor = auditActor(request),
): Promise<void> {
  try {
    await store.audit.append({ actor, address: request.ip, action, target, detail });
  } catch (err) {
    request.log.error({ err, action }, 'writing the audit log failed');
  }
}

/**
 * Every successful POST, PUT, PATCH or DELETE under /api/ is recorded before its answer leaves, so a
 * client that saw the answer finds the entry in the log. Requests refused with 401 or 403 (under /api/ and
 * /taxii2/) and TAXII reads are recorded within the allowance (audit-allowance.ts).
 */
export function installAuditTrail(
  app: FastifyInstance,
  store: Pick<Store, 'audit'>,
  now: () => number = Date.now,
): void {
  const allowance = new AuditAllowance(now);
  app.addHook('onSend', async (request, reply, payload) => {
    const route = request.routeOptions.url;
    const status = reply.statusCode;
    if (route === undefined || request.routeOptions.config.audit === false) return payload;
    const taxii = route.startsWith('/taxii2/');
    if ((status === 401 || status === 403) && (taxii || route.startsWith('/api/'))) {
      const skipped = allowance.admit(`refused ${status} ${request.ip}`);
      if (skipped !== undefined) {
        await recordAudit(store, request, 'refused', { route }, { method: request.method, status, skipped });
      }
      return payload;
    }
    if (taxii && request.method === 'GET' && status < 400) {
      const actor = auditActor(request);
      const skipped = allowance.admit(`taxii ${actor.name} ${route}`);
      if (skipped !== undefined) {
        const params = (request.params ?? {}) as Record<string, unknown>;
        await recordAudit(store, request, 'taxii_read', { route, ...params }, { status, skipped });
      }
      return payload;
    }
    if (!STATE_CHANGING.has(request.method) || status >= 400 || !route.startsWith('/api/')) return payload;
    const params = (request.params ?? {}) as Record<string, unknown>;
    await recordAudit(
      store,
      request,
      `${request.method} ${route}`,
      { ...params, ...request.auditNote?.target },
      { status: reply.statusCode, ...request.auditNote?.detail },
    );
    return payload;
  });
}
