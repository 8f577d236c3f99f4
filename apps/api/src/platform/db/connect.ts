import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, type Kysely as K } from 'kysely';
import pg from 'pg';
import type { DB } from './schema';
import { sqliteDialect } from './sqlite-driver';

export type Db = Kysely<DB>;
export type Dialect = 'sqlite' | 'postgres';

// int8 (count(*), bigint seq) as JS numbers on PostgreSQL, like SQLite returns them.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export function connect(databaseUrl: string): { db: Db; dialect: Dialect } {
  if (databaseUrl.startsWith('file:')) {
    const file = databaseUrl.slice('file:'.length);
    const path = file === ':memory:' ? file : resolve(file);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const sqlite = new Database(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    return { db: new Kysely<DB>({ dialect: sqliteDialect(sqlite) }), dialect: 'sqlite' };
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(process.env.ZHIFA_PG_POOL_MAX ?? 10) });
  // An idle client dropped by the server (restart, failover) must not crash the process; the
  // pool replaces it on the next checkout.
  pool.on('error', (err) => console.error(`PostgreSQL 连接中断：${err.message}`));
  return { db: new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against an untyped Kysely
export function dialectOf(db: K<any>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
