// Rows the generators produce, named and shaped like the record tables' columns (see
// db/schema-records.ts) so the repository only adds import_id and is_demo. Kept here rather than
// imported from db because src/core depends on nothing outside it.

interface Base {
  natural_key: string;
  region_code: string | null;
  date: string;
}

/** One failed item as lists print it: 「name║result║limit」. */
export interface FailedItem {
  item: string;
  result: string;
  limit: string;
}

export interface FoodSampleRow extends Base {
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
  /** JSON of FailedItem[] when failed. */
  failed_items_json: string | null;
  lab: string | null;
  remark: string | null;
}

export interface AgriSampleRow extends Base {
  sample_no: string | null;
  product_name: string;
  category: string;
  monitoring_type: string;
  sampled_place: string | null;
  passed: number;
  failed_items_json: string | null;
}

export interface ProductCheckRow extends Base {
  product_name: string;
  product_type: 'consumer' | 'industrial';
  key_consumer: number;
  enterprise_name: string;
  enterprise_credit_code: string | null;
  local_producer: number;
  level: '国抽' | '省抽' | '州抽' | '县抽';
  result: '合格' | '不合格' | '拒检' | '涉嫌无证';
  failed_items: string | null;
  batch: string | null;
  lab: string | null;
}

export interface DrugSampleRow extends Base {
  sample_no: string | null;
  drug_name: string;
  variety: string;
  sample_kind: string;
  enterprise_name: string | null;
  batch: string | null;
  passed: number;
}

/** The essential-drug variety list has no key, region or date: it is a reference list. */
export interface EssentialDrugRow {
  variety: string;
  in_scope: number;
  note: string | null;
}

export interface DrugManufacturerRow extends Base {
  name: string;
  credit_code: string | null;
  has_qc_lab: number;
}

export interface ConstructionAcceptanceRow extends Base {
  project_code: string;
  project_name: string;
  size: '大型' | '中型' | '小型';
  attempt: number;
  passed: number;
}

export interface WaterProjectRow extends Base {
  project_code: string;
  project_name: string;
  size: '大型' | '中型' | '小型';
  status: '在建' | '完工';
  end_date: string | null;
}

export interface WaterProjectCheckRow extends Base {
  project_code: string;
  check_kind: '质量评定' | '检测抽检';
  grade: '优良' | '合格' | '不合格';
}

export interface AirHourlyRow extends Base {
  station: string;
  city: string;
  /** Hour-ending number 1…24 within the natural day `date` (24 = the hour ending at midnight). */
  hour: number;
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  /** mg/m³ */
  co: number | null;
  o3: number | null;
  pm25: number | null;
}

export interface AirDailyRow extends Base {
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

export interface WaterSampleRow extends Base {
  site_name: string;
  site_type: '国控断面' | '集中式饮用水水源地';
  water_body: '河流' | '湖库';
  /** JSON: GB 3838 item code → number, or text like "<0.01" / "未检出". */
  items_json: string;
}

export interface EffluentSampleRow extends Base {
  plant_name: string;
  /** JSON: GB 18918 item code → number (plus water_temperature, which selects the NH3-N limit). */
  items_json: string;
}

export interface SewageVolumeRow extends Base {
  area: string;
  /** 万立方米 in the month */
  treated: number;
  total: number;
}

export interface SurveyResponseRow extends Base {
  sector: string;
  respondent: string;
  /** JSON: item name → score 0–100. */
  items_json: string;
  weight: number;
}

export interface ReportedValueRow extends Base {
  indicator_code: string;
  value: number;
  unit: string;
  reporter: string | null;
  evidence: string | null;
  note: string | null;
}

/** Every table the demo writes, in insertion order. */
export interface DemoDataset {
  food_samples: FoodSampleRow[];
  agri_samples: AgriSampleRow[];
  product_checks: ProductCheckRow[];
  drug_samples: DrugSampleRow[];
  essential_drugs: EssentialDrugRow[];
  drug_manufacturers: DrugManufacturerRow[];
  construction_acceptances: ConstructionAcceptanceRow[];
  water_projects: WaterProjectRow[];
  water_project_checks: WaterProjectCheckRow[];
  air_hourly: AirHourlyRow[];
  air_daily: AirDailyRow[];
  water_samples: WaterSampleRow[];
  effluent_samples: EffluentSampleRow[];
  sewage_volumes: SewageVolumeRow[];
  survey_responses: SurveyResponseRow[];
  reported_values: ReportedValueRow[];
}

export type DemoTable = keyof DemoDataset;

export const DEMO_TABLES: readonly DemoTable[] = [
  'food_samples',
  'agri_samples',
  'product_checks',
  'drug_samples',
  'essential_drugs',
  'drug_manufacturers',
  'construction_acceptances',
  'water_projects',
  'water_project_checks',
  'air_hourly',
  'air_daily',
  'water_samples',
  'effluent_samples',
  'sewage_volumes',
  'survey_responses',
  'reported_values',
];
