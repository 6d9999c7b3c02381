// Migrations are listed here rather than discovered on disk, so they run the same under tsx,
// in tests and from a bundle. Names sort by their timestamp prefix.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as foundation from './migrations/20261128000000-foundation.ts';
import * as records from './migrations/20261128010000-records.ts';
import * as progress from './migrations/20261128020000-progress.ts';
import * as enterprises from './migrations/20261128030000-enterprises.ts';
import * as trace from './migrations/20261128040000-trace.ts';
import * as assessment from './migrations/20261128050000-assessment.ts';
import * as indicatorIndexes from './migrations/20261128060000-indicator-indexes.ts';
import * as drawHistoryIndex from './migrations/20261128070000-draw-history-index.ts';
import * as disposalEvidence from './migrations/20261128080000-disposal-evidence.ts';
import * as assessmentReviewer from './migrations/20261128090000-assessment-reviewer.ts';
import * as bonusEvidence from './migrations/20261128100000-bonus-evidence.ts';

const MIGRATIONS: Record<string, Migration> = {
  '20261128000000-foundation': foundation,
  '20261128010000-records': records,
  '20261128020000-progress': progress,
  '20261128030000-enterprises': enterprises,
  '20261128040000-trace': trace,
  '20261128050000-assessment': assessment,
  '20261128060000-indicator-indexes': indicatorIndexes,
  '20261128070000-draw-history-index': drawHistoryIndex,
  '20261128080000-disposal-evidence': disposalEvidence,
  '20261128090000-assessment-reviewer': assessmentReviewer,
  '20261128100000-bonus-evidence': bonusEvidence,
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
