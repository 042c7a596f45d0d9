// Writing the audit log from the control plane: explicit entries for sign-in events, and one entry for
// every state-changing API request that succeeded (method and route pattern, route parameters, actor).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditActor, Store } from '../store/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** What a route adds to its request's audit entry: the id it created, the fields it changed. */
    auditNote?: { target?: Record<string, unknown>; detail?: Record<string, unknown> };
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
 * client that saw the answer finds the entry in the log.
 */
export function installAuditTrail(app: FastifyInstance, store: Pick<Store, 'audit'>): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!STATE_CHANGING.has(request.method) || reply.statusCode >= 400) return payload;
    const route = request.routeOptions.url;
    if (route === undefined || !route.startsWith('/api/') || request.routeOptions.config.audit === false) {
      return payload;
    }
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
