import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { type Engine, engineOf } from './engine.ts';
import type { Database } from './schema.ts';

export interface DbHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** Where the data lives, for the start-up message (password-free for PostgreSQL). */
  location: string;
  close(): Promise<void>;
}

// PostgreSQL returns BIGINT/NUMERIC as strings by default; our ids are INTEGER and our measures
// DOUBLE PRECISION, so only COUNT(*) (bigint) needs parsing. Counts stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export interface OpenOptions {
  databaseUrl: string | null;
  dataDir: string;
  sqliteFile?: string;
  onIdleError?: (err: Error) => void;
}

export function openDatabase(opts: OpenOptions): DbHandle {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle client's connection can drop (server restart, admin termination); without a
    // listener that error would crash the process. The pool replaces the client on next use.
    pool.on('error', (err) => opts.onIdleError?.(err));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const url = new URL(opts.databaseUrl);
    return {
      db,
      engine: 'postgres',
      location: `postgres://${url.host}${url.pathname}`,
      close: () => db.destroy(),
    };
  }
  const file = opts.sqliteFile ?? join(opts.dataDir, 'zhiliang.sqlite');
  if (file !== ':memory:') mkdirSync(opts.dataDir, { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets the dashboard read while an import writes; foreign keys are off by default in SQLite.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, engine: engineOf(db), location: file, close: () => db.destroy() };
}
