// zod schemas of the enterprise registry and credit record API, explicit at the edge.
import { z } from 'zod';
import { CREDIT_EVENT_KINDS } from '../../core/enterprises/credit-events.ts';
import { RISK_CLASSES } from '../../core/enterprises/risk-model.ts';
import { Paging } from '../shared/schemas.ts';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const RegionCode = z.string().regex(/^\d{6}$/, '地区代码应为 6 位数字');

export const LicenceSchema = z.object({
  type: z.string().trim().min(1).max(40),
  number: z.string().trim().min(1).max(60),
});

export const EnterpriseQuerySchema = Paging.extend({
  q: z.string().trim().max(100).optional(),
  regionCode: RegionCode.optional(),
  industry: z.string().max(16).optional(),
  riskClass: z.enum(RISK_CLASSES).optional(),
});

export const EnterpriseBody = z.object({
  creditCode: z.string().trim().min(1).max(32),
  name: z.string().trim().min(1).max(200),
  regionCode: RegionCode.nullable().optional(),
  industry: z.string().trim().min(1).max(16),
  size: z.string().trim().max(8).nullable().optional(),
  address: z.string().trim().max(300).nullable().optional(),
  licences: z.array(LicenceSchema).max(20).optional(),
  aliases: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
});

export const EnterprisePatchBody = EnterpriseBody.omit({ creditCode: true }).partial();

export const EnterpriseSchema = z.object({
  id: z.number(),
  creditCode: z.string(),
  name: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  industry: z.string(),
  size: z.string().nullable(),
  address: z.string().nullable(),
  licences: z.array(LicenceSchema),
  aliases: z.array(z.string()),
  riskScore: z.number().nullable(),
  riskClass: z.enum(RISK_CLASSES).nullable(),
  riskModelVersion: z.number().nullable(),
  riskComputedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const ClassChangeSchema = z.object({
  enterpriseId: z.number(),
  from: z.enum(RISK_CLASSES).nullable(),
  to: z.enum(RISK_CLASSES),
  score: z.number(),
});

export const LinkReportSchema = z.object({
  scanned: z.number(),
  linked: z.number(),
  queued: z.number(),
  aliasesAdded: z.number(),
  unmatched: z.number(),
  classChanges: z.array(ClassChangeSchema),
});

const SourceRefSchema = z.object({ table: z.string(), id: z.number(), date: z.string(), label: z.string() });

export const AssessmentSchema = z.object({
  score: z.number(),
  riskClass: z.enum(RISK_CLASSES),
  asOf: z.string(),
  windowStart: z.string(),
  modelVersion: z.number().nullable(),
  items: z.array(
    z.object({
      dimensionId: z.string(),
      dimension: z.string(),
      indicatorId: z.string(),
      indicator: z.string(),
      name: z.string(),
      value: z.number().nullable(),
      points: z.number(),
      weight: z.number(),
      contribution: z.number(),
      rule: z.string(),
      sources: z.array(SourceRefSchema),
    }),
  ),
});

export const CreditEventSchema = z.object({
  id: z.number(),
  enterpriseId: z.number(),
  kind: z.enum(CREDIT_EVENT_KINDS),
  date: z.string(),
  description: z.string(),
  source: z.string(),
  points: z.number().nullable(),
  sourceTable: z.string().nullable().optional(),
  sourceId: z.number().nullable().optional(),
  createdBy: z.number().nullable(),
  createdAt: z.string(),
});

export const CreditEventBody = z.object({
  kind: z.enum(CREDIT_EVENT_KINDS),
  date: IsoDate,
  description: z.string().trim().min(1).max(500),
  source: z.string().trim().min(1).max(200),
  points: z.number().min(0).max(1000).nullable().optional(),
});

export const LinkedRecordSchema = z.object({
  table: z.string(),
  id: z.number(),
  date: z.string(),
  regionCode: z.string().nullable(),
  product: z.string(),
  result: z.string(),
  outcome: z.string(),
  detail: z.string().nullable(),
  role: z.string(),
  roleLabel: z.string(),
  method: z.string(),
  confidence: z.number(),
  reason: z.string(),
});

const DrawHistorySchema = z.object({
  drawId: z.number(),
  planName: z.string(),
  status: z.enum(['frozen', 'revealed']),
  frozenAt: z.string(),
  riskClass: z.enum(['A', 'B', 'C', 'D']),
  share: z.number(),
  drawn: z.boolean().nullable(),
  outcome: z.string().nullable(),
  inspectedOn: z.string().nullable(),
});

export const EnterpriseDetailSchema = z.object({
  enterprise: EnterpriseSchema,
  records: z.array(LinkedRecordSchema),
  events: z.array(CreditEventSchema),
  risk: AssessmentSchema.nullable(),
  draws: z.array(DrawHistorySchema),
});

export const CandidateSchema = z.object({
  enterpriseId: z.number(),
  name: z.string(),
  creditCode: z.string(),
  score: z.number(),
  reason: z.string(),
});

export const QueueItemSchema = z.object({
  id: z.number(),
  recordTable: z.string(),
  recordId: z.number(),
  role: z.string(),
  tableLabel: z.string(),
  roleLabel: z.string(),
  partyName: z.string().nullable(),
  partyCode: z.string().nullable(),
  regionCode: z.string().nullable(),
  candidates: z.array(CandidateSchema),
  reason: z.string(),
  status: z.enum(['pending', 'confirmed', 'rejected']),
  enterpriseId: z.number().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
  record: LinkedRecordSchema.omit({
    role: true,
    roleLabel: true,
    method: true,
    confidence: true,
    reason: true,
  }).nullable(),
});

export const QueueQuery = Paging.extend({ status: z.enum(['pending', 'confirmed', 'rejected']).default('pending') });

export const ImportReportSchema = z.object({
  file: z.string(),
  dryRun: z.boolean(),
  stored: z.boolean(),
  rows: z.number(),
  enterprises: z.number(),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  aliasesAdded: z.number(),
  warnings: z.array(
    z.object({ file: z.string(), row: z.number().optional(), column: z.string().optional(), message: z.string() }),
  ),
  linking: LinkReportSchema.nullable(),
});

export const DryRunQuery = z.object({
  dryRun: z
    .enum(['1', '0', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
});

export const ModelSchema = z.object({
  version: z.number(),
  name: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  definition: z.unknown(),
});
