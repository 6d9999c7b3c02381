// Runs the same tests on SQLite and PostgreSQL: each test database is fresh (an in-memory
// SQLite database, or a new PostgreSQL database created on the shared throwaway server).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type DbHandle, openDatabase } from '../../src/db/connection.ts';
import type { Engine } from '../../src/db/engine.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

export function testEngines(): Engine[] {
  return inject('pgAdminUrl') ? ['sqlite', 'postgres'] : ['sqlite'];
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('pgAdminUrl') ?? undefined });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A migrated, empty database of the given engine; close() drops it. */
export async function freshDatabase(engine: Engine): Promise<DbHandle> {
  if (engine === 'sqlite') {
    const handle = openDatabase({ databaseUrl: null, dataDir: '.', sqliteFile: ':memory:' });
    await migrateToLatest(handle.db);
    return handle;
  }
  const admin = inject('pgAdminUrl');
  if (!admin) throw new Error('PostgreSQL is not available for this run');
  const name = `zl_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const handle = openDatabase({ databaseUrl: url.toString(), dataDir: '.' });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
