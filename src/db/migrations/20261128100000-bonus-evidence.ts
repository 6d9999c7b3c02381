// Files that prove an assessment bonus (the 质量奖 certificate, the 命名文件 of a brand or a 5A
// site): content-addressed under <dataDir>/evidence like progress and disposal evidence, listed
// here per bonus. The bonus keeps its text reference (文号); these are the documents behind it.
import type { Kysely } from 'kysely';
import { engineOf, withId } from '../engine.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the schema types apply
export async function up(db: Kysely<any>): Promise<void> {
  await withId(engineOf(db), db.schema.createTable('assessment_bonus_evidence'))
    .addColumn('bonus_id', 'integer', (c) => c.notNull().references('assessment_bonuses.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_by_name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('assessment_bonus_evidence_bonus')
    .on('assessment_bonus_evidence')
    .column('bonus_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('assessment_bonus_evidence').execute();
}
