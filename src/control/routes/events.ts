// GET /api/v1/events: every event on the bus, live, as a Server-Sent Events stream; slow readers are cut off.
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { BreakwaterEvent, EventBus } from '../../events.js';
import type { RoleGuard } from '../bearer-auth.js';
import { authErrorResponses, bearerSecurity } from '../schemas.js';

export interface EventRouteDeps {
  events: EventBus;
  authorize: RoleGuard;
  /** Interval of `: keep-alive` comments; 15 s unless given. */
  keepAliveMs?: number;
  /** Events a stream may hold unsent before the client is dropped as too slow; 1,000 unless given. */
  maxQueued?: number;
}

export const KEEP_ALIVE_MS = 15_000;
export const MAX_QUEUED_EVENTS = 1000;
/** How long a browser waits before reconnecting, sent once at the start of each stream. */
export const RETRY_MS = 2000;

// One number per event for the whole process, so every stream shows the same event under the same id.
let lastEventId = 0;
const eventIds = new WeakMap<BreakwaterEvent, number>();

function idOf(event: BreakwaterEvent): number {
  let id = eventIds.get(event);
  if (id === undefined) {
    id = ++lastEventId;
    eventIds.set(event, id);
  }
  return id;
}

/** One SSE message; JSON.stringify escapes line breaks, so `data:` is always a single line. */
export function frame(event: BreakwaterEvent): string {
  return `id: ${idOf(event)}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

export function eventRoutes({ events, authorize, keepAliveMs, maxQueued }: EventRouteDeps) {
  const keepAlive = keepAliveMs ?? KEEP_ALIVE_MS;
  const queueLimit = maxQueued ?? MAX_QUEUED_EVENTS;

  return async (app: FastifyInstance) => {
    // Open streams never end by themselves; closing the app ends them so the server can close.
    const open = new Set<ServerResponse>();
    app.addHook('preClose', async () => {
      // A stream that is backed up would hold the close until its client reads; cut it instead.
      for (const res of open) {
        if (res.writableNeedDrain) res.destroy();
        else res.end();
      }
    });

    app.get(
      '/api/v1/events',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['events'],
          summary: 'Stream detections, decisions, incidents and traffic',
          description:
            'Needs the viewer role: a bearer token (`Authorization: Bearer <token>`) or a console ' +
            'session cookie, which is how browsers’ EventSource reads it. A Server-Sent Events stream: ' +
            '`event: detection`, `decision`, `incident` or `traffic` (one point a second), an `id:` ' +
            'that rises for the life of the process, and `data:` holding the event as one line of JSON ' +
            '(`{ type, at, detection }`, `{ type, at, change, decision, dryRun }`, ' +
            '`{ type, at, change, incident, previous? }` or `{ type, at, point }`). Only events ' +
            `published after connecting are sent; \`Last-Event-ID\` is not replayed. A \`: keep-alive\` ` +
            `comment comes every ${KEEP_ALIVE_MS / 1000} s. A client more than ${MAX_QUEUED_EVENTS} ` +
            'events behind is disconnected.',
          security: bearerSecurity,
          response: {
            200: {
              description: 'The event stream; it ends only when the client or the server closes it.',
              content: { 'text/event-stream': { schema: { type: 'string' } } },
            },
            ...authErrorResponses,
          },
        },
      },
      async (request, reply) => {
        // From here on this handler alone writes the response; fastify sends nothing more.
        reply.hijack();
        const res = reply.raw;
        // The client may have gone while its token was checked; then 'close' has fired already.
        if (res.destroyed || !res.socket || res.socket.destroyed) {
          res.destroy();
          return;
        }
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          'x-accel-buffering': 'no',
        });

        let queued = 0;
        const write = (chunk: string, counts: boolean) => {
          if (res.destroyed || res.writableEnded) return;
          if (res.write(chunk)) return;
          // The socket is backed up: count what waits, and give up on a client that stays behind.
          if (counts) queued++;
          if (queued > queueLimit) {
            request.log.warn({ queued }, 'event stream client too slow; disconnecting');
            res.destroy();
          }
        };
        res.on('drain', () => {
          queued = 0;
        });

        const unsubscribe = events.subscribe((event) => write(frame(event), true));
        const timer = setInterval(() => write(': keep-alive\n\n', false), keepAlive);
        timer.unref();
        open.add(res);
        const cleanup = () => {
          unsubscribe();
          clearInterval(timer);
          open.delete(res);
        };
        res.on('close', cleanup);
        res.on('error', cleanup);
        request.raw.on('error', cleanup);

        write(`retry: ${RETRY_MS}\n\n`, false);
      },
    );
  };
}
