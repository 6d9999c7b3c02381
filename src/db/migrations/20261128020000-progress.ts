// Progress reporting and supervision: per-plan schedule, reports with every revision kept,
// per-target progress values, evidence files (stored by sha256 under the data directory),
// 督办单 and task–target link changes. Frozen once committed.
import type { Kysely } from 'kysely';
import { engineOf, withId } from '../engine.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the schema types apply
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const table = (name: string) => withId(engine, db.schema.createTable(name));

  await db.schema
    .createTable('progress_settings')
    .addColumn('plan_id', 'integer', (c) => c.primaryKey().references('plans.id').onDelete('cascade'))
    .addColumn('frequency', 'varchar(16)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('start_month', 'integer', (c) => c.notNull())
    .addColumn('due_day', 'integer', (c) => c.notNull())
    .addColumn('warn_days', 'integer', (c) => c.notNull())
    .addColumn('due_overrides_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .execute();

  await table('progress_reports')
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('task_id', 'integer', (c) => c.notNull().references('plan_tasks.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('role', 'varchar(16)', (c) => c.notNull())
    .addColumn('period', 'varchar(16)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('submitted_at', 'varchar(32)')
    .execute();
  // One report per unit, task and period: a second "create" loses with a conflict.
  await db.schema
    .createIndex('progress_reports_task_unit_period')
    .on('progress_reports')
    .columns(['task_id', 'unit_id', 'period'])
    .unique()
    .execute();
  await db.schema
    .createIndex('progress_reports_plan_status')
    .on('progress_reports')
    .columns(['plan_id', 'status'])
    .execute();
  await db.schema.createIndex('progress_reports_unit').on('progress_reports').column('unit_id').execute();

  await table('progress_revisions')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('progress_reports.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('submitted_at', 'varchar(32)')
    .addColumn('submitted_by_name', 'text')
    .addColumn('reviewed_at', 'varchar(32)')
    .addColumn('reviewed_by_name', 'text')
    .addColumn('review_comment', 'text')
    .execute();
  await db.schema
    .createIndex('progress_revisions_report_revision')
    .on('progress_revisions')
    .columns(['report_id', 'revision'])
    .unique()
    .execute();

  await table('progress_values')
    .addColumn('revision_id', 'integer', (c) => c.notNull().references('progress_revisions.id').onDelete('cascade'))
    .addColumn('target_id', 'integer', (c) => c.notNull().references('plan_targets.id').onDelete('cascade'))
    .addColumn('value', 'double precision')
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('progress_values_revision').on('progress_values').column('revision_id').execute();
  await db.schema.createIndex('progress_values_target').on('progress_values').column('target_id').execute();

  await table('progress_evidence')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('progress_reports.id').onDelete('cascade'))
    .addColumn('revision_id', 'integer', (c) => c.notNull().references('progress_revisions.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'varchar(8)', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('uploaded_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('uploaded_by_name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('progress_evidence_revision').on('progress_evidence').column('revision_id').execute();

  await table('progress_notices')
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('task_id', 'integer', (c) => c.notNull().references('plan_tasks.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('period', 'varchar(16)')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('due_date', 'varchar(10)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('issued_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('issued_by', 'integer', (c) => c.references('users.id'))
    .addColumn('issued_by_name', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'varchar(32)')
    .addColumn('acknowledged_by_name', 'text')
    .addColumn('reply', 'text')
    .execute();
  await db.schema.createIndex('progress_notices_unit').on('progress_notices').columns(['unit_id', 'status']).execute();

  await table('progress_target_links')
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('task_id', 'integer', (c) => c.notNull().references('plan_tasks.id').onDelete('cascade'))
    .addColumn('target_id', 'integer', (c) => c.notNull().references('plan_targets.id').onDelete('cascade'))
    .addColumn('linked', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('progress_target_links_task_target')
    .on('progress_target_links')
    .columns(['task_id', 'target_id'])
    .unique()
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the schema types apply
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'progress_target_links',
    'progress_notices',
    'progress_evidence',
    'progress_values',
    'progress_revisions',
    'progress_reports',
    'progress_settings',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
