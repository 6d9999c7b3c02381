// Migrations are listed here rather than discovered on disk, so they run the same under tsx,
// in tests and from a bundle. Names sort by their timestamp prefix.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as foundation from './migrations/20261128000000-foundation.ts';
import * as records from './migrations/20261128010000-records.ts';

const MIGRATIONS: Record<string, Migration> = {
  '20261128000000-foundation': foundation,
  '20261128010000-records': records,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the schema types apply
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`数据库迁移失败${failed ? `(${failed.migrationName})` : ''}: ${String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
