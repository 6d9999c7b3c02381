// Assessment (考核) and public disclosure (一公开).
//   assessment_rule_sets         validated rule-set files, versioned by name
//   assessment_rounds            one year's assessment of the counties or the departments:
//                                status, and the scored result (JSON, frozen when scored)
//   assessment_self_evaluations  a subject's self-evaluation (one per round × subject)
//   assessment_bonuses           bonuses entered by the office with their evidence
//   public_releases              indicator snapshots and sampling-result lists the office
//                                publishes; the public reads only published ones
import type { Kysely } from 'kysely';
import { engineOf, withId } from '../engine.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the schema types apply
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const table = (name: string) => withId(engine, db.schema.createTable(name));

  await table('assessment_rule_sets')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('body_json', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer')
    .addColumn('uploaded_by_name', 'text', (c) => c.notNull())
    .addUniqueConstraint('assessment_rule_sets_name_version', ['name', 'version'])
    .execute();

  await table('assessment_rounds')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('rule_set_id', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('result_json', 'text')
    .addColumn('return_reason', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('scored_at', 'varchar(32)')
    .addColumn('scored_by', 'text')
    .addColumn('reviewed_at', 'varchar(32)')
    .addColumn('reviewed_by', 'text')
    .addColumn('published_at', 'varchar(32)')
    .addColumn('published_by', 'text')
    .execute();
  await db.schema.createIndex('assessment_rounds_year').on('assessment_rounds').columns(['year', 'status']).execute();

  await table('assessment_self_evaluations')
    .addColumn('round_id', 'integer', (c) => c.notNull())
    .addColumn('subject_key', 'varchar(32)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('self_score', 'double precision')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('items_json', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'varchar(32)')
    .addColumn('submitted_by', 'text')
    .addUniqueConstraint('assessment_self_evaluations_subject', ['round_id', 'subject_key'])
    .execute();

  await table('assessment_bonuses')
    .addColumn('round_id', 'integer', (c) => c.notNull())
    .addColumn('subject_key', 'varchar(32)', (c) => c.notNull())
    .addColumn('rule_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assessment_bonuses_round').on('assessment_bonuses').column('round_id').execute();

  await table('public_releases')
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period', 'varchar(16)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(6)')
    .addColumn('params_json', 'text', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('data_as_of', 'varchar(32)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('published_at', 'varchar(32)')
    .addColumn('published_by', 'text')
    .addColumn('withdrawn_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('public_releases_kind').on('public_releases').columns(['kind', 'status']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the schema types apply
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'public_releases',
    'assessment_bonuses',
    'assessment_self_evaluations',
    'assessment_rounds',
    'assessment_rule_sets',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
