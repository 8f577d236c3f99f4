import type Database from 'better-sqlite3';
import { SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase, type SqliteDialectConfig } from 'kysely';

/**
 * SQLite has one connection, so Kysely serialises its use with a mutex — but Kysely's wakes every
 * waiter on each release (they all re-check and all but one wait again), which under 50 concurrent
 * requests costs more than the queries. This driver keeps Kysely's connection and statement
 * handling and replaces only the lock with a first-come-first-served queue: a release hands the
 * connection straight to the next waiter. A transaction still holds the connection until it ends,
 * so no other query can slip into it.
 */
class QueuedSqliteDriver extends SqliteDriver {
  #connection: DatabaseConnection | undefined;
  #busy = false;
  readonly #waiting: (() => void)[] = [];

  override async init(): Promise<void> {
    await super.init();
    // Take Kysely's own lock once for good; from here on the queue below decides who goes next.
    this.#connection = await super.acquireConnection();
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#busy) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#busy = true;
    return this.#connection!;
  }

  override async releaseConnection(): Promise<void> {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#busy = false;
  }
}

class QueuedSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new QueuedSqliteDriver(this.#config);
  }
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew, and compiling SQL is a large part of a short query's cost on
 * SQLite. This keeps prepared statements by SQL text (the least recently used dropped beyond 500)
 * and reuses one unless it is still busy (an open iterator), in which case a fresh one is
 * prepared. SQLite re-prepares a statement itself after a schema change, so reuse stays correct.
 */
export function withStatementCache(sqlite: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (text: string) => {
      const hit = cache.get(text);
      if (hit && !hit.busy) {
        cache.delete(text);
        cache.set(text, hit);
        return hit;
      }
      const stmt = sqlite.prepare(text);
      if (!hit) {
        cache.set(text, stmt);
        if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      return stmt;
    },
  };
}

/** The Kysely dialect for a better-sqlite3 database: cached statements, a fair connection queue. */
export function sqliteDialect(sqlite: Database.Database): SqliteDialect {
  return new QueuedSqliteDialect({ database: withStatementCache(sqlite) });
}
