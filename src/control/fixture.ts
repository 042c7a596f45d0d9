// A control app over real parts for tests: a store in a fresh temp directory (or a fresh PostgreSQL schema
// when BREAKWATER_TEST_DATABASE is set), a decision table, edge counters, an event bus, a driveable clock
// and health report, and tokens of every role. Tests only: left out of the build.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { testDatabase } from '../../test/support/store.js';
import { createToken, type Role } from '../auth/tokens.js';
import { EdgeStats } from '../edge/stats.js';
import { EventBus } from '../events.js';
import { DecisionTable } from '../responder/decision-table.js';
import { openStore, type Store } from '../store/index.js';
import { buildControlApp, type ControlAppDeps } from './app.js';
import type { HealthReport } from './health.js';

export interface ControlFixture {
  readonly app: FastifyInstance;
  store: Store;
  table: DecisionTable;
  stats: EdgeStats;
  events: EventBus;
  /** Mutable: what the health callback returns. */
  health: HealthReport;
  clock: { now: number };
  tokens: Record<Role, string>;
  /** `{ authorization: 'Bearer …' }` for a role's token. */
  as(role: Role): { authorization: string };
  close(): Promise<void>;
}

export type ControlFixtureOptions = Pick<ControlAppDeps, 'eventKeepAliveMs' | 'mailer' | 'evidence'>;

export async function startControlFixture(options: ControlFixtureOptions = {}): Promise<ControlFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'breakwater-control-'));
  const clock = { now: Date.UTC(2025, 0, 1) };
  const now = () => clock.now;
  const database = await testDatabase();
  const store = await openStore({ dataDir: dir, database: database?.url, now });
  const table = new DecisionTable(now);
  const stats = new EdgeStats();
  const events = new EventBus();
  const tokens = {} as Record<Role, string>;
  for (const role of ['viewer', 'responder', 'admin'] as const) {
    tokens[role] = (await createToken({ store, role, name: role, now })).token;
  }
  let app: FastifyInstance | undefined;
  const fixture: ControlFixture = {
    get app() {
      if (!app) throw new Error('the control app is still being built');
      return app;
    },
    store,
    table,
    stats,
    events,
    clock,
    health: {
      status: 'ok',
      origins: [{ url: 'http://127.0.0.1:8081', healthy: true }],
      uptimeSeconds: 12,
      version: '0.1.0',
    },
    tokens,
    as: (role) => ({ authorization: `Bearer ${tokens[role]}` }),
    async close() {
      await app?.close();
      await store.close();
      await database?.drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  app = await buildControlApp({ ...options, table, store, stats, events, health: () => fixture.health, now });
  return fixture;
}
