// zod schemas of the 双随机 API. The public ones list every field they publish: the serializer
// drops anything else, so an internal field (a risk class) cannot reach a public answer even if
// a service returned it by mistake.
import { z } from 'zod';
import { OUTCOME_CODES } from '../../core/draws/inspection-outcomes.ts';
import { INDUSTRIES } from '../../core/enterprises/industries.ts';
import { RISK_CLASSES } from '../../core/enterprises/risk-model.ts';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const ItemBody = z.object({
  name: z.string().trim().min(1).max(200),
  legalBasis: z.string().trim().min(1).max(1000),
  industries: z.array(z.string()).max(20).optional(),
  active: z.boolean().optional(),
});

export const ItemSchema = z.object({
  id: z.number(),
  name: z.string(),
  legalBasis: z.string(),
  industries: z.array(z.string()),
  active: z.boolean(),
});

export const InspectorBody = z.object({
  name: z.string().trim().min(1).max(40),
  unit: z.string().trim().min(1).max(100),
  regionCode: z
    .string()
    .regex(/^\d{6}$/)
    .nullable()
    .optional(),
  qualifications: z.array(z.string()).min(1).max(20),
  conflicts: z
    .array(z.union([z.number().int().positive(), z.string().max(32)]))
    .max(200)
    .optional(),
  active: z.boolean().optional(),
});

export const InspectorSchema = z.object({
  id: z.number(),
  name: z.string(),
  unit: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  qualifications: z.array(z.string()),
  conflicts: z.array(z.string()),
  conflictNames: z.array(z.object({ creditCode: z.string(), name: z.string().nullable() })),
  active: z.boolean(),
});

const Shares = z.object({ A: z.number(), B: z.number(), C: z.number(), D: z.number() });

export const RulesSchema = z.object({
  shares: Shares,
  regionCodes: z.array(z.string()),
  industries: z.array(z.enum(INDUSTRIES)),
  inspectorsPerObject: z.number(),
  avoidHomeRegion: z.boolean(),
});

export const PlanBody = z.object({
  name: z.string().trim().min(1).max(200),
  rules: z.unknown(),
  itemIds: z.array(z.number().int().positive()).max(200),
});

export const PlanSchema = z.object({
  id: z.number(),
  name: z.string(),
  rules: RulesSchema,
  itemIds: z.array(z.number()),
  createdAt: z.string(),
  updatedAt: z.string(),
  drawCount: z.number(),
});

export const PublicDrawSchema = z.object({
  id: z.number(),
  status: z.enum(['frozen', 'revealed']),
  planName: z.string(),
  rules: z.object({
    shares: Shares,
    regions: z.array(z.string()),
    industries: z.array(z.string()),
    inspectorsPerObject: z.number(),
    avoidHomeRegion: z.boolean(),
  }),
  items: z.array(z.object({ name: z.string(), legalBasis: z.string() })),
  hashes: z.object({
    plan: z.string(),
    objects: z.string(),
    inspectors: z.string(),
    pools: z.string(),
    result: z.string().nullable(),
  }),
  seedCommitment: z.string(),
  seed: z.string().nullable(),
  objectCount: z.number(),
  inspectorCount: z.number(),
  drawnCount: z.number().nullable(),
  frozenAt: z.string(),
  revealedAt: z.string().nullable(),
});

export const PublicResultSchema = z.object({
  enterpriseName: z.string(),
  creditCode: z.string(),
  regionName: z.string().nullable(),
  industry: z.string(),
  inspectors: z.array(z.string()),
  outcome: z.string().nullable(),
  inspectedOn: z.string().nullable(),
});

export const InternalResultSchema = PublicResultSchema.extend({
  enterpriseId: z.number(),
  riskClass: z.enum(RISK_CLASSES),
  inspectorIds: z.array(z.number()),
  outcomeCode: z.string().nullable(),
  note: z.string().nullable(),
});

export const VerificationSchema = z.object({
  drawId: z.number(),
  verified: z.boolean(),
  complete: z.boolean(),
  verifiedAt: z.string(),
  checks: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      ok: z.boolean(),
      message: z.string(),
      expected: z.string().optional(),
      actual: z.string().optional(),
    }),
  ),
  differences: z.array(z.string()),
});

export const OutcomeBody = z.object({
  outcome: z.enum(OUTCOME_CODES),
  note: z.string().trim().max(500).nullable().optional(),
  inspectedOn: IsoDate,
});

export const OutcomeParams = z.object({
  id: z.coerce.number().int().positive(),
  enterpriseId: z.coerce.number().int().positive(),
});
