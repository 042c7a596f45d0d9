// Every migration, in order, for Kysely's Migrator. A new migration is a file NNNN-name.ts and a line here.
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';
import * as detections from './0002-detections.js';

export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-detections': detections,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
