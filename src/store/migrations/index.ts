// Every migration, in order, for Kysely's Migrator. A new migration is a file NNNN-name.ts and a line here.
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';

export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
