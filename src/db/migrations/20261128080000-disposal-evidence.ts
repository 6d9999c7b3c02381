// Files that prove a disposal step or a case's closure (下架 photos, 召回 notices, 立案 decisions,
// 复检 reports): content-addressed under <dataDir>/evidence like progress evidence, listed here
// per case and, where given, per action.
import type { Kysely } from 'kysely';
import { engineOf, withId } from '../engine.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the schema types apply
export async function up(db: Kysely<any>): Promise<void> {
  await withId(engineOf(db), db.schema.createTable('disposal_evidence'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('disposal_cases.id'))
    .addColumn('action_id', 'integer', (c) => c.references('disposal_actions.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_by_name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disposal_evidence_case').on('disposal_evidence').column('case_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('disposal_evidence').execute();
}
