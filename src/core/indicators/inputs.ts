// What the indicator engine computes from: monthly aggregates of the large record tables (one
// GROUP BY region × month per table, done by the repository) and the rows of the small ones
// (water, effluent, survey, registries, reports), already parsed. Region null = the record could
// not be placed in a county: it counts for the 州 and for no county.

import type { Gb18918Item } from '../standards/index.ts';
import type { CityDay } from './air-days.ts';
import type { ParsedItems, WaterItem } from './measured-values.ts';

interface Cell {
  region: string | null;
  /** YYYY-MM */
  month: string;
  /** Records in the cell. */
  n: number;
}

/** food_samples 监督抽检 (风险监测 is filtered out in SQL: indicators.md #4). */
export interface FoodCell extends Cell {
  passed: number;
}

export interface ProductCheckCell extends Cell {
  productType: string;
  keyConsumer: boolean;
  localProducer: boolean;
  level: string;
  /** 合格 | 不合格 | 拒检 | 涉嫌无证 */
  result: string;
}

export interface AgriCell extends Cell {
  monitoringType: string;
  category: string;
  passed: number;
}

export interface DrugSampleCell extends Cell {
  variety: string;
  /** sample_kind: 评价性抽检 | 监督抽检 | … */
  kind: string;
}

export interface ConstructionCell extends Cell {
  size: string;
  firstAttempt: boolean;
  passed: number;
}

export interface WaterProjectCheckCell extends Cell {
  projectCode: string;
  checkKind: string;
  grade: string;
}

export interface SewageCell extends Cell {
  treated: number;
  total: number;
}

export interface WaterProject {
  id: number;
  code: string;
  name: string;
  region: string | null;
  /** Start of construction (the record's date). */
  start: string;
  endDate: string | null;
  size: string;
  status: string;
}

export interface DrugManufacturer {
  id: number;
  name: string;
  region: string | null;
  /** Registered on (the record's date). */
  date: string;
  hasQcLab: boolean;
}

export interface SurveyResponse {
  id: number;
  region: string | null;
  date: string;
  sector: string;
  respondent: string;
  weight: number;
  /** Parsed items_json. */
  items: Record<string, unknown>;
}

export interface WaterSampleRecord {
  id: number;
  region: string | null;
  date: string;
  siteName: string;
  siteType: string;
  waterBody: string | null;
  items: ParsedItems<WaterItem>;
}

export interface EffluentRecord {
  id: number;
  region: string | null;
  date: string;
  plantName: string;
  items: ParsedItems<Gb18918Item>;
}

export interface ReportedRecord {
  id: number;
  region: string | null;
  date: string;
  code: string;
  value: number;
  unit: string;
  reporter?: string | null;
  evidence?: string | null;
  note?: string | null;
}

export interface IndicatorInputs {
  year: number;
  /** The 州's own code: a record attributed to it counts for the 州 only. */
  prefecture: string;
  food: FoodCell[];
  products: ProductCheckCell[];
  agri: AgriCell[];
  drugSamples: DrugSampleCell[];
  /** Essential-drug varieties in scope (essential_drugs.in_scope = 1). */
  essentialDrugs: string[];
  drugManufacturers: DrugManufacturer[];
  construction: ConstructionCell[];
  waterProjects: WaterProject[];
  waterProjectChecks: WaterProjectCheckCell[];
  /** City-days of the year and of the year before (for the PM comparison). */
  airDays: CityDay[];
  waterSamples: WaterSampleRecord[];
  effluent: EffluentRecord[];
  sewage: SewageCell[];
  survey: SurveyResponse[];
  /** Reports of the year and of the year before (for growth against last year). */
  reported: ReportedRecord[];
}

export function emptyInputs(year: number, prefecture: string): IndicatorInputs {
  return {
    year,
    prefecture,
    food: [],
    products: [],
    agri: [],
    drugSamples: [],
    essentialDrugs: [],
    drugManufacturers: [],
    construction: [],
    waterProjects: [],
    waterProjectChecks: [],
    airDays: [],
    waterSamples: [],
    effluent: [],
    sewage: [],
    survey: [],
    reported: [],
  };
}

/** The last month (YYYY-MM) of `year` that has any record, for the year to date. */
export function lastDataMonth(inputs: IndicatorInputs): string | null {
  const prefix = `${inputs.year}-`;
  let last: string | null = null;
  const see = (month: string) => {
    if (month.startsWith(prefix) && (last === null || month > last)) last = month;
  };
  for (const list of [
    inputs.food,
    inputs.products,
    inputs.agri,
    inputs.drugSamples,
    inputs.construction,
    inputs.waterProjectChecks,
    inputs.sewage,
  ]) {
    for (const c of list) see(c.month);
  }
  for (const list of [inputs.airDays, inputs.waterSamples, inputs.effluent, inputs.survey, inputs.reported]) {
    for (const r of list) see(r.date.slice(0, 7));
  }
  return last;
}
