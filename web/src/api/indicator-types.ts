// Response shapes of the indicator APIs (/api/indicators, /api/air/daily, /api/water/sites),
// transcribed from src/modules/indicators/indicator-service.ts and indicator-records.ts. Kept
// apart from types.ts because another engineer owns those routes; the server is the source of
// truth.
import type { Comparator } from './types.ts';

export type IndicatorStatus = '达标' | '未达标' | '预警' | '数据不足';

export type IndicatorKind = 'rate' | 'standard' | 'survey' | 'trend' | 'reported' | 'milestone';

/** The target a value is judged against: the plan's own when linked, else the catalogue's. */
export interface IndicatorTarget {
  comparator: Comparator;
  value: number;
  unit: string;
  source: 'plan' | 'catalogue';
  planTargetId: number | null;
  planTargetIds?: number[];
  /** The plan's own words, when linked. */
  text?: string | null;
}

export interface Interval {
  low: number;
  high: number;
}

/** Straight-line pace towards a cumulative target (reported and trend indicators). */
export interface Projection {
  elapsed: number;
  expectedByNow: number;
  projectedAtEnd: number | null;
  projectedReachDate: string | null;
  reached: boolean;
  onPace: boolean;
}

/** This period against the same period last year (PM10, PM2.5, certified products). */
export interface Comparison {
  current: number | null;
  previous: number | null;
  unit: string;
  currentRecords: number;
  previousRecords: number;
}

export interface RegionValue {
  region: string;
  regionName: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  records: number;
  status: IndicatorStatus;
  statusReason: string;
}

export interface IndicatorValue {
  code: string;
  /** Row of the target table in indicators.md. */
  row?: number;
  name: string;
  kind: IndicatorKind;
  unit: string;
  target: IndicatorTarget;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Records the value rests on (n), and records excluded by the definition. */
  records: number;
  excluded?: number;
  status: IndicatorStatus;
  statusReason: string;
  interval?: Interval;
  projection?: Projection;
  /** The standard editions used ("HJ 633-2012"). */
  standard?: string;
  comparison?: Comparison;
  breakdown?: { label: string; records: number; value: number | null }[];
  /** The counties beside the 州's value (board for the 州 only). */
  byRegion?: RegionValue[];
}

export interface PeriodInfo {
  key: string;
  kind: 'month' | 'quarter' | 'ytd' | 'year';
  /** 2023年5月, 2023年第二季度, 2023年1—5月, 2023年. */
  label: string;
  start: string;
  end: string;
  months: string[];
  complete: boolean;
}

export interface UnlinkedPlanTarget {
  id: number;
  indicator: string;
  text: string;
  comparator: string;
  value: number;
  unit: string;
}

export interface IndicatorBoard {
  year: number;
  region: string;
  regionName: string;
  period: string;
  periodInfo: PeriodInfo;
  /** Last month with data (YYYY-MM), which ends the year to date. */
  dataThrough: string | null;
  computedAt: string;
  plan: { id: number; version: number; title: string } | null;
  items: IndicatorValue[];
  unlinkedPlanTargets: UnlinkedPlanTarget[];
}

export interface MonthPoint {
  /** `YYYY-MM`. */
  month: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  records: number;
  status: IndicatorStatus;
}

export interface IndicatorDetail extends IndicatorValue {
  year: number;
  region: string;
  regionName: string;
  period: string;
  periodInfo: PeriodInfo;
  computedAt: string;
  definition: string;
  formula: string;
  /** Record tables the value is computed from (food_samples, …). */
  sources: string[];
  regionRule: string;
  /** The standard and clause the method follows, when one does. */
  standardClause: string | null;
  minRecords: number;
  statusRule: string;
  /** The 12 months of the year. */
  monthly: MonthPoint[];
  /** The 州 and every county for the period. */
  regions: RegionValue[];
}

// --- Drill-down ---

export type RecordResult = 'passed' | 'failed' | 'excluded';

export type FieldValue = string | number | boolean | null;

export interface DrillColumn {
  key: string;
  label: string;
}

export interface DrillRow {
  id: number | null;
  date: string | null;
  region: string | null;
  regionName: string | null;
  result: RecordResult;
  /** Why the record counts for, against or not at all. */
  reason: string;
  fields: Record<string, FieldValue>;
}

export interface IndicatorRecordsQuery {
  year?: number;
  region?: string;
  period?: string;
  page?: number;
  pageSize?: number;
  result?: RecordResult;
  /** 抽查层级 (国抽/省抽/州抽/县抽), product checks only. */
  level?: string;
}

export interface IndicatorRecordsPage {
  code: string;
  name: string;
  region: string;
  period: string;
  page: number;
  pageSize: number;
  total: number;
  counts: Record<RecordResult, number>;
  columns: DrillColumn[];
  rows: DrillRow[];
}

// --- Air ---

export interface AirDay {
  city: string;
  region: string | null;
  regionName: string | null;
  date: string;
  aqi: number | null;
  level: string | null;
  category: string | null;
  /** Category colour (HJ 633 Appendix A). */
  colour: string | null;
  primaryPollutants: string[];
  /** AQI published (not NA): the day counts in the good-days ratio. */
  valid: boolean;
  good: boolean | null;
  /** HJ 633 edition applied that day. */
  standard: string;
  source: 'hourly' | 'daily';
  concentrations?: Record<string, number | null>;
  iaqi?: Record<string, number | null>;
  validity?: Record<string, { count: number; required: number; valid: boolean }>;
  missing: string[];
  reportedAqi: number | null;
  aqiMismatch: boolean;
  notes: string[];
}

export interface AirDailyResponse {
  year: number;
  region: string;
  items: AirDay[];
}

// --- Water ---

export type WaterClass = 'I' | 'II' | 'III' | 'IV' | 'V' | '劣V';

export interface WaterSite {
  site: string;
  siteType: string;
  kind: 'drinking' | 'section' | 'other';
  region: string | null;
  regionName: string | null;
  samples: number;
  /** Class of the period means; null when detection limits leave it undecided. */
  class: WaterClass | null;
  bestPossibleClass: WaterClass | null;
  worstPossibleClass: WaterClass | null;
  grade: string | null;
  /** Items that decide the class (GB 3838 single-factor evaluation). */
  decidingItems: { item: string; name: string; class: WaterClass | null }[];
  mainPollutants: string[];
  /** Meets its target (sources: every sample; sections: class I–III); null when undecided. */
  meets: boolean | null;
  sampleCompliance: Record<RecordResult, number> | null;
  reason: string;
  standard: string;
}

export interface WaterSitesResponse {
  year: number;
  region: string;
  period: string;
  periodInfo: PeriodInfo;
  items: WaterSite[];
}
