// Chooses the store's database: SQLite in the data directory, or PostgreSQL when a postgres:// URL is
// given. Either way the caller gets a Kysely instance over the same tables. The PostgreSQL driver is
// loaded only when asked for, so a gateway on SQLite does not carry it in memory.
import type { Kysely } from 'kysely';
import { openSqliteDatabase } from './dialect-sqlite.js';
import type { Database } from './schema.js';

export interface OpenedDatabase {
  db: Kysely<Database>;
  /** Where the data lives, for messages: the file's path, or the URL without its password. */
  location: string;
  /** What a person may choose instead when this database cannot be used, such as 'another data directory'. */
  elsewhere: string;
  /** PostgreSQL: the schema the tables (the migration tables included) live in. */
  schema?: string;
}

export async function openDatabase(options: {
  dataDir: string;
  database?: string | null;
}): Promise<OpenedDatabase> {
  if (!options.database) return openSqliteDatabase(options.dataDir);
  const { openPostgresDatabase } = await import('./dialect-postgres.js');
  return openPostgresDatabase(options.database);
}
