// Counts the SQL statements a store runs, on SQLite and PostgreSQL alike, and the transactions they make:
// each `begin`, and each write run outside one (it commits on its own).
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';

export interface StatementCount {
  statements: number;
  transactions: number;
}

const WRITE = /^\s*(insert|update|delete)\b/i;

/** Counts from now until `stop()`, which gives the counts and puts the drivers back as they were. */
export function countStatements(): { stop(): StatementCount } {
  const count: StatementCount = { statements: 0, transactions: 0 };
  const inTransaction = new WeakSet<object>();
  const seen = (connection: object, text: unknown) => {
    if (typeof text !== 'string') return;
    count.statements++;
    const word = text.trim().split(/\s/, 1)[0].toLowerCase();
    if (word === 'begin') {
      count.transactions++;
      inTransaction.add(connection);
    } else if (word === 'commit' || word === 'rollback') inTransaction.delete(connection);
    else if (WRITE.test(text) && !inTransaction.has(connection)) count.transactions++;
  };
  const prepare = BetterSqlite3.prototype.prepare;
  const query = pg.Client.prototype.query;
  BetterSqlite3.prototype.prepare = function counted(this: BetterSqlite3.Database, source: string) {
    seen(this, source);
    return prepare.call(this, source);
  } as typeof prepare;
  pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
    seen(this, args[0]);
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  return {
    stop() {
      BetterSqlite3.prototype.prepare = prepare;
      pg.Client.prototype.query = query;
      return { ...count };
    },
  };
}
