// Where each kind's records live, what makes a row unique, and which columns the records browser
// searches. The migration (20261128010000-records) is the source of the columns.
import type { KindId } from '../../core/records/kind-spec.ts';
import type { RecordTables } from '../../db/schema-records.ts';

export type RecordTableName = Exclude<keyof RecordTables, 'imports'>;

export interface RecordTable {
  table: RecordTableName;
  /** The unique column the upsert conflicts on. */
  keyColumn: string;
  /** Whether the table has the common record columns (region, date, import_id). */
  dated: boolean;
  /** Text columns the browser's q= searches. */
  search: readonly string[];
  /** JSON text columns, parsed for the browser. */
  json: readonly string[];
}

const t = (table: RecordTableName, search: string[], json: string[] = []): RecordTable => ({
  table,
  keyColumn: 'natural_key',
  dated: true,
  search,
  json,
});

export const RECORD_TABLES: Readonly<Record<KindId, RecordTable>> = {
  food: t(
    'food_samples',
    ['product_name', 'sampled_unit_name', 'producer_name', 'sample_no', 'notice_no', 'category'],
    ['failed_items_json'],
  ),
  agri: t('agri_samples', ['product_name', 'sampled_place', 'sample_no', 'category'], ['failed_items_json']),
  product: t('product_checks', ['product_name', 'enterprise_name', 'failed_items']),
  drug: t('drug_samples', ['drug_name', 'variety', 'enterprise_name', 'sample_no']),
  'essential-drugs': {
    table: 'essential_drugs',
    keyColumn: 'variety',
    dated: false,
    search: ['variety', 'note'],
    json: [],
  },
  'drug-manufacturers': t('drug_manufacturers', ['name', 'credit_code']),
  construction: t('construction_acceptances', ['project_code', 'project_name']),
  'water-projects': t('water_projects', ['project_code', 'project_name']),
  'water-project-checks': t('water_project_checks', ['project_code']),
  'air-hourly': t('air_hourly', ['station', 'city']),
  'air-daily': t('air_daily', ['city']),
  water: t('water_samples', ['site_name', 'site_type'], ['items_json']),
  effluent: t('effluent_samples', ['plant_name'], ['items_json']),
  sewage: t('sewage_volumes', ['area']),
  survey: t('survey_responses', ['sector', 'respondent'], ['items_json']),
  reported: t('reported_values', ['indicator_code', 'reporter', 'unit']),
};
