// Every migration, in order, for Kysely's Migrator. A new migration is a file NNNN-name.ts and a line here.
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';
import * as detections from './0002-detections.js';
import * as traffic from './0003-traffic.js';
import * as incidents from './0004-incidents.js';
import * as accounts from './0005-accounts.js';
import * as intel from './0006-intel.js';
import * as intelFeeds from './0007-intel-feeds.js';
import * as security from './0008-security.js';
import * as bouncers from './0009-bouncers.js';
import * as phishing from './0010-phishing.js';
import * as incidentKinds from './0011-incident-kinds.js';
import * as decisionRoutes from './0012-decision-routes.js';

export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-detections': detections,
  '0003-traffic': traffic,
  '0004-incidents': incidents,
  '0005-accounts': accounts,
  '0006-intel': intel,
  '0007-intel-feeds': intelFeeds,
  '0008-security': security,
  '0009-bouncers': bouncers,
  '0010-phishing': phishing,
  '0011-incident-kinds': incidentKinds,
  '0012-decision-routes': decisionRoutes,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
