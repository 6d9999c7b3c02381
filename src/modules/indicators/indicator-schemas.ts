// zod schemas of the indicator API: explicit at the edge, so the OpenAPI document says exactly
// what a client gets.
import { z } from 'zod';
import { STATUSES } from '../../core/indicators/attainment.ts';
import { RECORD_RESULTS } from '../../core/indicators/record-results.ts';
import { Paging } from '../shared/schemas.ts';

export const IndicatorQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  region: z
    .string()
    .regex(/^\d{6}$/, '地区代码应为 6 位数字')
    .optional(),
  period: z.string().trim().max(16).optional(),
});

export const RecordsQuerySchema = IndicatorQuerySchema.extend(Paging.shape).extend({
  result: z.enum(RECORD_RESULTS as unknown as [string, ...string[]]).optional(),
  level: z.string().trim().max(8).optional(),
});

export const ExportQuerySchema = IndicatorQuerySchema.extend({
  result: z.enum(RECORD_RESULTS as unknown as [string, ...string[]]).optional(),
  level: z.string().trim().max(8).optional(),
});

export const CodeParam = z.object({ code: z.string().regex(/^[a-z0-9_]{1,64}$/, '指标代码格式不正确') });

const Status = z.enum(STATUSES as unknown as [string, ...string[]]);

const TargetSchema = z.object({
  comparator: z.string(),
  value: z.number(),
  unit: z.string(),
  source: z.enum(['plan', 'catalogue']),
  planTargetId: z.number().nullable(),
  planTargetIds: z.array(z.number()),
  text: z.string().nullable(),
});

const ProjectionSchema = z.object({
  elapsed: z.number(),
  expectedByNow: z.number(),
  projectedAtEnd: z.number().nullable(),
  projectedReachDate: z.string().nullable(),
  reached: z.boolean(),
  onPace: z.boolean(),
});

const ComparisonSchema = z.object({
  current: z.number().nullable(),
  previous: z.number().nullable(),
  unit: z.string(),
  currentRecords: z.number(),
  previousRecords: z.number(),
});

export const RegionValueSchema = z.object({
  region: z.string(),
  regionName: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  records: z.number(),
  status: Status,
  statusReason: z.string(),
});

export const IndicatorItemSchema = z.object({
  code: z.string(),
  row: z.number(),
  name: z.string(),
  kind: z.enum(['rate', 'standard', 'survey', 'trend', 'reported', 'milestone']),
  unit: z.string(),
  target: TargetSchema,
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  records: z.number(),
  excluded: z.number(),
  status: Status,
  statusReason: z.string(),
  interval: z.object({ low: z.number(), high: z.number() }).optional(),
  projection: ProjectionSchema.optional(),
  standard: z.string().optional(),
  comparison: ComparisonSchema.optional(),
  breakdown: z.array(z.object({ label: z.string(), records: z.number(), value: z.number().nullable() })).optional(),
  byRegion: z.array(RegionValueSchema).optional(),
});

export const PeriodInfoSchema = z.object({
  key: z.string(),
  kind: z.enum(['month', 'quarter', 'ytd', 'year']),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  months: z.array(z.string()),
  complete: z.boolean(),
});

export const IndicatorListSchema = z.object({
  year: z.number(),
  region: z.string(),
  regionName: z.string(),
  period: z.string(),
  periodInfo: PeriodInfoSchema,
  dataThrough: z.string().nullable(),
  computedAt: z.string(),
  plan: z.object({ id: z.number(), version: z.number(), title: z.string() }).nullable(),
  items: z.array(IndicatorItemSchema),
  unlinkedPlanTargets: z.array(
    z.object({
      id: z.number(),
      indicator: z.string(),
      text: z.string(),
      comparator: z.string(),
      value: z.number(),
      unit: z.string(),
    }),
  ),
});

export const IndicatorDetailSchema = IndicatorItemSchema.extend({
  year: z.number(),
  region: z.string(),
  regionName: z.string(),
  period: z.string(),
  periodInfo: PeriodInfoSchema,
  computedAt: z.string(),
  definition: z.string(),
  formula: z.string(),
  sources: z.array(z.string()),
  regionRule: z.string(),
  standardClause: z.string().nullable(),
  minRecords: z.number(),
  statusRule: z.string(),
  monthly: z.array(
    z.object({
      month: z.string(),
      value: z.number().nullable(),
      numerator: z.number().nullable(),
      denominator: z.number().nullable(),
      records: z.number(),
      status: Status,
    }),
  ),
  regions: z.array(RegionValueSchema),
});

const FieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const RecordsPageSchema = z.object({
  code: z.string(),
  name: z.string(),
  region: z.string(),
  period: z.string(),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  counts: z.object({ passed: z.number(), failed: z.number(), excluded: z.number() }),
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  rows: z.array(
    z.object({
      id: z.number().nullable(),
      date: z.string().nullable(),
      region: z.string().nullable(),
      regionName: z.string().nullable(),
      result: z.enum(['passed', 'failed', 'excluded']),
      reason: z.string(),
      fields: z.record(z.string(), FieldValue),
    }),
  ),
});

const Nullable = z.number().nullable();

export const AirDailySchema = z.object({
  year: z.number(),
  region: z.string(),
  items: z.array(
    z.object({
      city: z.string(),
      region: z.string().nullable(),
      regionName: z.string().nullable(),
      date: z.string(),
      aqi: Nullable,
      level: z.string().nullable(),
      category: z.string().nullable(),
      colour: z.string().nullable(),
      primaryPollutants: z.array(z.string()),
      valid: z.boolean(),
      good: z.boolean().nullable(),
      standard: z.string(),
      source: z.enum(['hourly', 'daily']),
      concentrations: z.record(z.string(), Nullable),
      iaqi: z.record(z.string(), Nullable),
      validity: z.record(z.string(), z.object({ count: z.number(), required: z.number(), valid: z.boolean() })),
      missing: z.array(z.string()),
      reportedAqi: Nullable,
      aqiMismatch: z.boolean(),
      notes: z.array(z.string()),
    }),
  ),
});

export const WaterSitesSchema = z.object({
  year: z.number(),
  region: z.string(),
  period: z.string(),
  periodInfo: PeriodInfoSchema,
  items: z.array(
    z.object({
      site: z.string(),
      siteType: z.string(),
      kind: z.enum(['drinking', 'section', 'other']),
      region: z.string().nullable(),
      regionName: z.string().nullable(),
      samples: z.number(),
      class: z.string().nullable(),
      bestPossibleClass: z.string().nullable(),
      worstPossibleClass: z.string().nullable(),
      grade: z.string().nullable(),
      decidingItems: z.array(z.object({ item: z.string(), name: z.string(), class: z.string().nullable() })),
      mainPollutants: z.array(z.string()),
      meets: z.boolean().nullable(),
      sampleCompliance: z.object({ passed: z.number(), failed: z.number(), excluded: z.number() }).nullable(),
      reason: z.string(),
      standard: z.string(),
    }),
  ),
});
