// Separation of duties in the assessment (四眼原则): the person who scored a round may not review
// it. Display names are not unique and can change, so the round records the scorer's and the
// reviewer's user ids beside their names. Nullable: rounds scored before this migration have a
// name only, and the built-in system actor has no user row.
// One column per statement: SQLite's ALTER TABLE adds a single column at a time.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the schema types apply
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('assessment_rounds').addColumn('scored_by_id', 'integer').execute();
  await db.schema.alterTable('assessment_rounds').addColumn('reviewed_by_id', 'integer').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('assessment_rounds').dropColumn('reviewed_by_id').execute();
  await db.schema.alterTable('assessment_rounds').dropColumn('scored_by_id').execute();
}
