// GET /api/v1/cluster: this gateway within its cluster: its workers, whether it leads detection, the
// other gateways heard from, Redis and the store, and how long decisions take to arrive from the others.
import type { FastifyInstance } from 'fastify';
import type { WorkerState } from '../../cluster/worker-pool.js';
import type { RoleGuard } from '../bearer-auth.js';
import { bearerSecurity } from '../schemas.js';

export interface ClusterReport {
  gateway: string;
  /** This gateway reports detections and decides (it holds the lease, or stands alone). */
  leading: boolean;
  /** The lease holder as Redis has it; null alone or while Redis is away. */
  leader: string | null;
  redis: 'up' | 'down' | 'none';
  store: 'postgresql' | 'sqlite';
  workers: WorkerState[];
  workerRestarts: number;
  /** Other gateways whose windows arrived in the last few ticks. */
  peers: { gateway: string; lastWindowAt: number }[];
  decisions: {
    /** Time from a change on another gateway to its enforcement here, over those received. */
    lagP50Ms: number;
    lagP99Ms: number;
    received: number;
    /** Own changes waiting for Redis. */
    pending: number;
    /** Malformed announcements dropped. */
    dropped: number;
  };
  /** Malformed windows dropped. */
  windowsDropped: number;
  /** Shared throttle budgets and good standing (docs/scale-out.md), in a cluster. */
  shared?: SharedReport;
}

export interface SharedReport {
  /** Flushes of this gateway's spend to Redis that answered, and that failed. */
  budgetFlushes: number;
  budgetErrors: number;
  /** Times the budgets fell back to this gateway's 1/G share with Redis away, and whether they are now. */
  budgetFallbacks: number;
  budgetFallback: boolean;
  /** Budgets this gateway holds a count of. */
  budgets: number;
  /** Clients whose standing this gateway announced, adopted from others, and standing messages dropped. */
  standingAnnounced: number;
  standingAdopted: number;
  standingDropped: number;
}

export interface ClusterRouteDeps {
  report: () => Promise<ClusterReport>;
  authorize: RoleGuard;
}

const count = { type: 'number', minimum: 0 } as const;

const reportSchema = {
  type: 'object',
  additionalProperties: false,
  required: [
    'gateway',
    'leading',
    'leader',
    'redis',
    'store',
    'workers',
    'workerRestarts',
    'peers',
    'decisions',
  ],
  properties: {
    gateway: { type: 'string' },
    leading: { type: 'boolean' },
    leader: { type: ['string', 'null'] },
    redis: { type: 'string', enum: ['up', 'down', 'none'] },
    store: { type: 'string', enum: ['postgresql', 'sqlite'] },
    workers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'pid',
          'ready',
          'startedAt',
          'requests',
          'openConnections',
          'rssBytes',
          'loopDelayP99Ms',
        ],
        properties: {
          id: count,
          pid: { type: ['number', 'null'] },
          ready: { type: 'boolean' },
          startedAt: count,
          requests: count,
          openConnections: count,
          rssBytes: { type: ['number', 'null'], minimum: 0 },
          loopDelayP99Ms: { type: ['number', 'null'], minimum: 0 },
        },
      },
    },
    workerRestarts: count,
    peers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['gateway', 'lastWindowAt'],
        properties: { gateway: { type: 'string' }, lastWindowAt: count },
      },
    },
    decisions: {
      type: 'object',
      additionalProperties: false,
      required: ['lagP50Ms', 'lagP99Ms', 'received', 'pending', 'dropped'],
      properties: { lagP50Ms: count, lagP99Ms: count, received: count, pending: count, dropped: count },
    },
    windowsDropped: count,
    shared: {
      type: 'object',
      additionalProperties: false,
      required: [
        'budgetFlushes',
        'budgetErrors',
        'budgetFallbacks',
        'budgetFallback',
        'budgets',
        'standingAnnounced',
        'standingAdopted',
        'standingDropped',
      ],
      properties: {
        budgetFlushes: count,
        budgetErrors: count,
        budgetFallbacks: count,
        budgetFallback: { type: 'boolean' },
        budgets: count,
        standingAnnounced: count,
        standingAdopted: count,
        standingDropped: count,
      },
    },
  },
} as const;

export function clusterRoutes({ report, authorize }: ClusterRouteDeps) {
  return async (app: FastifyInstance) => {
    app.get(
      '/api/v1/cluster',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['cluster'],
          summary: 'This gateway in its cluster',
          description:
            'Workers, leadership of detection, the other gateways heard from, Redis and store health, and ' +
            'the lag of decisions announced by other gateways. A gateway alone reports `redis: none`. ' +
            'Needs the viewer role.',
          security: bearerSecurity,
          response: { 200: { description: 'The gateway in its cluster.', ...reportSchema } },
        },
      },
      async () => report(),
    );
  };
}
