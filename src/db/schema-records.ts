// Kysely types of the monitoring-record tables (migration 20261128010000-records).
import type { Generated } from 'kysely';

type Id = Generated<number>;

interface RecordBase {
  id: Id;
  natural_key: string;
  region_code: string | null;
  date: string;
  import_id: number | null;
  is_demo: Generated<number>;
}

export interface ImportTable {
  id: Id;
  kind: string;
  file_name: string;
  sha256: string;
  row_count: number;
  inserted: number;
  updated: number;
  is_demo: Generated<number>;
  actor_id: number | null;
  actor_name: string;
  started_at: string;
  finished_at: string;
}

export interface FoodSampleTable extends RecordBase {
  sample_no: string | null;
  producer_name: string | null;
  producer_address: string | null;
  producer_credit_code: string | null;
  sampled_unit_name: string;
  sampled_unit_address: string | null;
  product_name: string;
  spec: string | null;
  brand: string | null;
  batch: string | null;
  category: string | null;
  notice_no: string | null;
  task_source: string | null;
  sampling_type: string;
  passed: number;
  failed_items_json: string | null;
  lab: string | null;
  remark: string | null;
}

export interface AgriSampleTable extends RecordBase {
  sample_no: string | null;
  product_name: string;
  category: string;
  monitoring_type: string;
  sampled_place: string | null;
  passed: number;
  failed_items_json: string | null;
}

export interface ProductCheckTable extends RecordBase {
  product_name: string;
  product_type: string;
  key_consumer: Generated<number>;
  enterprise_name: string;
  enterprise_credit_code: string | null;
  local_producer: Generated<number>;
  level: string;
  result: string;
  failed_items: string | null;
  batch: string | null;
  lab: string | null;
}

export interface DrugSampleTable extends RecordBase {
  sample_no: string | null;
  drug_name: string;
  variety: string;
  sample_kind: string;
  enterprise_name: string | null;
  batch: string | null;
  passed: number;
}

export interface EssentialDrugTable {
  id: Id;
  variety: string;
  in_scope: Generated<number>;
  note: string | null;
  is_demo: Generated<number>;
}

export interface DrugManufacturerTable extends RecordBase {
  name: string;
  credit_code: string | null;
  has_qc_lab: number;
}

export interface ConstructionAcceptanceTable extends RecordBase {
  project_code: string;
  project_name: string;
  size: string;
  attempt: number;
  passed: number;
}

export interface WaterProjectTable extends RecordBase {
  project_code: string;
  project_name: string;
  size: string;
  status: string;
  end_date: string | null;
}

export interface WaterProjectCheckTable extends RecordBase {
  project_code: string;
  check_kind: string;
  grade: string;
}

export interface AirHourlyTable extends RecordBase {
  station: string;
  city: string;
  hour: number;
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  co: number | null;
  o3: number | null;
  pm25: number | null;
}

export interface AirDailyTable extends RecordBase {
  city: string;
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  co: number | null;
  o3_8h: number | null;
  o3_1h: number | null;
  pm25: number | null;
  reported_aqi: number | null;
}

export interface WaterSampleTable extends RecordBase {
  site_name: string;
  site_type: string;
  water_body: string | null;
  items_json: string;
}

export interface EffluentSampleTable extends RecordBase {
  plant_name: string;
  items_json: string;
}

export interface SewageVolumeTable extends RecordBase {
  area: string;
  treated: number;
  total: number;
}

export interface SurveyResponseTable extends RecordBase {
  sector: string;
  respondent: string;
  items_json: string;
  weight: Generated<number>;
}

export interface ReportedValueTable extends RecordBase {
  indicator_code: string;
  value: number;
  unit: string;
  reporter: string | null;
  evidence: string | null;
  note: string | null;
}

export interface RecordTables {
  imports: ImportTable;
  food_samples: FoodSampleTable;
  agri_samples: AgriSampleTable;
  product_checks: ProductCheckTable;
  drug_samples: DrugSampleTable;
  essential_drugs: EssentialDrugTable;
  drug_manufacturers: DrugManufacturerTable;
  construction_acceptances: ConstructionAcceptanceTable;
  water_projects: WaterProjectTable;
  water_project_checks: WaterProjectCheckTable;
  air_hourly: AirHourlyTable;
  air_daily: AirDailyTable;
  water_samples: WaterSampleTable;
  effluent_samples: EffluentSampleTable;
  sewage_volumes: SewageVolumeTable;
  survey_responses: SurveyResponseTable;
  reported_values: ReportedValueTable;
}
