// Monitoring records, one table per kind of source data. Every record carries:
//   natural_key  what makes a re-import idempotent (unique per table)
//   region_code  GB/T 2260 county the record is attributed to (null when it cannot be placed)
//   date         YYYY-MM-DD the record describes (text compares correctly on both engines)
//   import_id    the import that wrote it; is_demo 1 for generated demo data
// Measured values that may be below the detection limit live in items_json as numbers or as
// strings like "<0.01" / "未检出", never turned into 0.
import type { CreateTableBuilder, Kysely } from 'kysely';
import { engineOf, withId } from '../engine.ts';

type Builder = CreateTableBuilder<string, 'id'>;

function common(t: Builder): Builder {
  return t
    .addColumn('natural_key', 'text', (c) => c.notNull().unique())
    .addColumn('region_code', 'varchar(6)')
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('import_id', 'integer', (c) => c.references('imports.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0));
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the schema types apply
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const table = (name: string) => withId(engine, db.schema.createTable(name));
  const index = async (name: string, cols: string[]) => {
    await db.schema
      .createIndex(`${name}_${cols.join('_')}`)
      .on(name)
      .columns(cols)
      .execute();
  };

  await table('imports')
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('inserted', 'integer', (c) => c.notNull())
    .addColumn('updated', 'integer', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('actor_id', 'integer')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('started_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('finished_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await common(table('food_samples'))
    .addColumn('sample_no', 'text')
    .addColumn('producer_name', 'text')
    .addColumn('producer_address', 'text')
    .addColumn('producer_credit_code', 'varchar(18)')
    .addColumn('sampled_unit_name', 'text', (c) => c.notNull())
    .addColumn('sampled_unit_address', 'text')
    .addColumn('product_name', 'text', (c) => c.notNull())
    .addColumn('spec', 'text')
    .addColumn('brand', 'text')
    .addColumn('batch', 'text')
    .addColumn('category', 'text')
    .addColumn('notice_no', 'text')
    .addColumn('task_source', 'text')
    // 监督抽检 counts toward the pass rate; 风险监测 does not (indicators.md #4).
    .addColumn('sampling_type', 'varchar(16)', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('failed_items_json', 'text')
    .addColumn('lab', 'text')
    .addColumn('remark', 'text')
    .execute();
  await index('food_samples', ['date', 'region_code']);

  await common(table('agri_samples'))
    .addColumn('sample_no', 'text')
    .addColumn('product_name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('monitoring_type', 'varchar(16)', (c) => c.notNull())
    .addColumn('sampled_place', 'text')
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('failed_items_json', 'text')
    .execute();
  await index('agri_samples', ['date', 'region_code']);

  await common(table('product_checks'))
    .addColumn('product_name', 'text', (c) => c.notNull())
    // consumer | industrial
    .addColumn('product_type', 'varchar(16)', (c) => c.notNull())
    .addColumn('key_consumer', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('enterprise_name', 'text', (c) => c.notNull())
    .addColumn('enterprise_credit_code', 'varchar(18)')
    .addColumn('local_producer', 'integer', (c) => c.notNull().defaultTo(1))
    // 国抽 | 省抽 | 州抽 | 县抽
    .addColumn('level', 'varchar(8)', (c) => c.notNull())
    // 合格 | 不合格 | 拒检 | 涉嫌无证: the last two are excluded from pass rates but kept for notices.
    .addColumn('result', 'varchar(8)', (c) => c.notNull())
    .addColumn('failed_items', 'text')
    .addColumn('batch', 'text')
    .addColumn('lab', 'text')
    .execute();
  await index('product_checks', ['date', 'region_code']);

  await common(table('drug_samples'))
    .addColumn('sample_no', 'text')
    .addColumn('drug_name', 'text', (c) => c.notNull())
    // generic name (通用名): the unit of 全品种 coverage
    .addColumn('variety', 'text', (c) => c.notNull())
    .addColumn('sample_kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('enterprise_name', 'text')
    .addColumn('batch', 'text')
    .addColumn('passed', 'integer', (c) => c.notNull())
    .execute();
  await index('drug_samples', ['date', 'region_code']);

  await table('essential_drugs')
    .addColumn('variety', 'text', (c) => c.notNull().unique())
    .addColumn('in_scope', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('note', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await common(table('drug_manufacturers'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('credit_code', 'varchar(18)')
    .addColumn('has_qc_lab', 'integer', (c) => c.notNull())
    .execute();

  await common(table('construction_acceptances'))
    .addColumn('project_code', 'text', (c) => c.notNull())
    .addColumn('project_name', 'text', (c) => c.notNull())
    // 大型 | 中型 | 小型
    .addColumn('size', 'varchar(8)', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .execute();
  await index('construction_acceptances', ['date', 'region_code']);

  await common(table('water_projects'))
    .addColumn('project_code', 'text', (c) => c.notNull())
    .addColumn('project_name', 'text', (c) => c.notNull())
    .addColumn('size', 'varchar(8)', (c) => c.notNull())
    // 在建 | 完工
    .addColumn('status', 'varchar(8)', (c) => c.notNull())
    .addColumn('end_date', 'varchar(10)')
    .execute();

  await common(table('water_project_checks'))
    .addColumn('project_code', 'text', (c) => c.notNull())
    // 质量评定 | 检测抽检
    .addColumn('check_kind', 'varchar(8)', (c) => c.notNull())
    // 优良 | 合格 | 不合格 for 质量评定; 合格 | 不合格 for 检测抽检
    .addColumn('grade', 'varchar(8)', (c) => c.notNull())
    .execute();
  await index('water_project_checks', ['date', 'region_code']);

  await common(table('air_hourly'))
    .addColumn('station', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('hour', 'integer', (c) => c.notNull())
    .addColumn('so2', 'double precision')
    .addColumn('no2', 'double precision')
    .addColumn('pm10', 'double precision')
    .addColumn('co', 'double precision')
    .addColumn('o3', 'double precision')
    .addColumn('pm25', 'double precision')
    .execute();
  await index('air_hourly', ['region_code', 'date']);

  await common(table('air_daily'))
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('so2', 'double precision')
    .addColumn('no2', 'double precision')
    .addColumn('pm10', 'double precision')
    .addColumn('co', 'double precision')
    .addColumn('o3_8h', 'double precision')
    .addColumn('o3_1h', 'double precision')
    .addColumn('pm25', 'double precision')
    .addColumn('reported_aqi', 'integer')
    .execute();
  await index('air_daily', ['region_code', 'date']);

  await common(table('water_samples'))
    .addColumn('site_name', 'text', (c) => c.notNull())
    // 国控断面 | 集中式饮用水水源地 | …
    .addColumn('site_type', 'text', (c) => c.notNull())
    // 河流 | 湖库: decides which reference items apply to a drinking-water source
    .addColumn('water_body', 'varchar(8)')
    .addColumn('items_json', 'text', (c) => c.notNull())
    .execute();
  await index('water_samples', ['date', 'region_code']);

  await common(table('effluent_samples'))
    .addColumn('plant_name', 'text', (c) => c.notNull())
    .addColumn('items_json', 'text', (c) => c.notNull())
    .execute();
  await index('effluent_samples', ['date', 'region_code']);

  await common(table('sewage_volumes'))
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('treated', 'double precision', (c) => c.notNull())
    .addColumn('total', 'double precision', (c) => c.notNull())
    .execute();

  await common(table('survey_responses'))
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('respondent', 'text', (c) => c.notNull())
    .addColumn('items_json', 'text', (c) => c.notNull())
    .addColumn('weight', 'double precision', (c) => c.notNull().defaultTo(1))
    .execute();
  await index('survey_responses', ['date', 'region_code']);

  await common(table('reported_values'))
    .addColumn('indicator_code', 'varchar(32)', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('reporter', 'text')
    .addColumn('evidence', 'text')
    .addColumn('note', 'text')
    .execute();
  await index('reported_values', ['indicator_code', 'date']);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'reported_values',
    'survey_responses',
    'sewage_volumes',
    'effluent_samples',
    'water_samples',
    'air_daily',
    'air_hourly',
    'water_project_checks',
    'water_projects',
    'construction_acceptances',
    'drug_manufacturers',
    'essential_drugs',
    'drug_samples',
    'product_checks',
    'agri_samples',
    'food_samples',
    'imports',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
