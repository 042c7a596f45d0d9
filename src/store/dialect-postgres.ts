// Opens the PostgreSQL store: a connection pool for the URL, checked with one query before anything else,
// so that an unreachable server, a refused login or a missing database is reported as such.
// bigint columns come back as numbers (timestamps in ms are well within the safe range).
import { Kysely, sql } from 'kysely';
import pg from 'pg';
import type { OpenedDatabase } from './dialect.js';
import { SchemaPostgresDialect } from './dialect-postgres-introspector.js';
import type { Database } from './schema.js';
import { messageOf, StoreError } from './store-error.js';

/** Connections kept open at most. */
const POOL_SIZE = 10;
/** A server that does not answer within this is reported unreachable. */
const CONNECT_TIMEOUT_MS = 10_000;

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? Number
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export async function openPostgresDatabase(url: string): Promise<OpenedDatabase> {
  const location = withoutPassword(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types,
  });
  // A pooled connection the server drops while idle is replaced on the next query; it must not crash us.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new SchemaPostgresDialect({ pool }) });
  let schema: string | null;
  try {
    const result = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
    schema = result.rows[0]?.schema ?? null;
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw new StoreError(failureMessage(error, location), location, { cause: error });
  }
  if (schema === null) {
    await db.destroy();
    throw new StoreError(
      `${location} has no schema in its search_path to keep Breakwater's tables in; create one, or set search_path in the URL (options=-c search_path=NAME)`,
      location,
    );
  }
  return { db, location, elsewhere: 'another database', schema };
}

function failureMessage(error: unknown, location: string): string {
  const code = (error as { code?: unknown }).code;
  const reason = messageOf(error);
  if ((typeof code === 'string' && UNREACHABLE.has(code)) || /timeout|terminated/i.test(reason)) {
    return `cannot reach PostgreSQL at ${location} (${reason}); check that it is running and that the host and port are right`;
  }
  if (code === '28P01' || code === '28000') {
    return `PostgreSQL at ${location} refused the login (${reason}); check the user name and password in the database URL`;
  }
  if (code === '3D000') {
    return `PostgreSQL at ${location}: ${reason}; create it (createdb) or correct the database URL`;
  }
  return `cannot open the PostgreSQL database ${location}: ${reason}`;
}

/** The URL as a person may see it in a log: the password replaced by '***'. */
function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
