// zod schemas of the assessment API. Explicit at the edge (the result is frozen JSON, so these
// also say exactly what a client may rely on).
import { z } from 'zod';

export const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

const Source = z.union([
  z.object({ kind: z.literal('indicator'), code: z.string(), region: z.string(), period: z.string() }),
  z.object({ kind: z.literal('reports'), unitIds: z.array(z.number()), year: z.number() }),
  z.object({ kind: z.literal('incidents'), region: z.string(), year: z.number() }),
  z.object({ kind: z.literal('disposal'), region: z.string(), year: z.number() }),
  z.object({ kind: z.literal('bonus') }),
]);

export const ScoreItemSchema = z.object({
  ruleId: z.string(),
  category: z.enum(['indicator', 'task', 'deduction', 'bonus', 'veto']),
  label: z.string(),
  max: z.number().nullable(),
  points: z.number(),
  basis: z.string(),
  details: z.array(z.string()),
  sources: z.array(Source),
});

export const SubjectScoreSchema = z.object({
  key: z.string(),
  name: z.string(),
  kind: z.enum(['county', 'department']),
  regionCode: z.string().nullable(),
  unitIds: z.array(z.number()),
  base: z.number(),
  deductions: z.number(),
  bonus: z.number(),
  total: z.number(),
  grade: z.string(),
  vetoed: z.boolean(),
  rank: z.number(),
  summary: z.string(),
  selfScore: z.number().nullable(),
  items: z.array(ScoreItemSchema),
});

const Grades = z.array(z.object({ grade: z.string(), min: z.number() }));

const IndicatorsRead = z.object({
  computedAt: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  dataThrough: z.string().nullable(),
  region: z.string(),
});

export const AssessmentResultSchema = z.object({
  year: z.number(),
  kind: z.enum(['county', 'department']),
  computedAt: z.string(),
  ruleSet: z.object({ id: z.number().nullable(), name: z.string(), version: z.number().nullable() }),
  scale: z.number(),
  grades: Grades,
  indicators: IndicatorsRead,
  plan: z.object({ id: z.number(), version: z.number() }).nullable(),
  progressAsOf: z.string().nullable(),
  subjects: z.array(SubjectScoreSchema),
});

export const RuleSetHeaderSchema = z.object({
  id: z.number(),
  name: z.string(),
  version: z.number(),
  kind: z.enum(['county', 'department']),
  year: z.number(),
  fileName: z.string(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedByName: z.string(),
});

export const RuleSetUploadSchema = z.object({
  fileName: z.string().trim().min(1).max(200),
  content: z
    .string()
    .min(1)
    .max(256 * 1024),
});

const SelfItemSchema = z.object({
  ruleId: z.string().min(1).max(64),
  points: z.number().min(-100).max(200).nullable(),
  note: z.string().max(2000),
});

export const SelfEvaluationSchema = z.object({
  id: z.number(),
  roundId: z.number(),
  subjectKey: z.string(),
  status: z.enum(['draft', 'submitted']),
  selfScore: z.number().nullable(),
  text: z.string(),
  items: z.array(SelfItemSchema),
  version: z.number(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
});

export const SelfInputSchema = z.object({
  version: z.number().int().positive().optional(),
  selfScore: z.number().min(0).max(200).nullable(),
  text: z.string().max(20_000),
  items: z.array(SelfItemSchema).max(200),
  submit: z.boolean(),
});

/** A file behind a bonus (certificate, 命名文件); listed for the office only, never published. */
export const BonusFileSchema = z.object({
  id: z.number(),
  bonusId: z.number(),
  fileName: z.string(),
  kind: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
});

const BonusSchema = z.object({
  id: z.number(),
  roundId: z.number(),
  subjectKey: z.string(),
  ruleId: z.string(),
  title: z.string(),
  count: z.number(),
  evidence: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  files: z.array(BonusFileSchema),
});

export const BonusInputSchema = z.object({
  version: z.number().int().positive(),
  subjectKey: z.string().min(1).max(32),
  ruleId: z.string().min(1).max(64),
  title: z.string().trim().min(1).max(200),
  count: z.number().int().min(1).max(20).default(1),
  evidence: z.string().trim().min(1).max(500),
});

export const VersionBody = z.object({ version: z.number().int().positive() });
export const ReturnBody = z.object({
  version: z.number().int().positive(),
  reason: z.string().trim().min(1).max(1000),
});
export const SubjectParam = z.object({ id: z.coerce.number().int().positive(), subject: z.string().min(1).max(32) });
export const BonusParam = z.object({
  id: z.coerce.number().int().positive(),
  bonusId: z.coerce.number().int().positive(),
});

const Status = z.enum(['self_evaluation', 'scored', 'reviewed', 'published']);
const RuleSetRef = z.object({ id: z.number(), name: z.string(), version: z.number() }).nullable();

export const RoundSummarySchema = z.object({
  id: z.number(),
  year: z.number(),
  kind: z.enum(['county', 'department']),
  title: z.string(),
  status: Status,
  statusLabel: z.string(),
  version: z.number(),
  ruleSet: RuleSetRef,
  createdAt: z.string(),
  scoredAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});

export const RoundViewSchema = z.object({
  id: z.number(),
  year: z.number(),
  kind: z.enum(['county', 'department']),
  title: z.string(),
  status: Status,
  statusLabel: z.string(),
  version: z.number(),
  ruleSet: RuleSetRef,
  returnReason: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  scoredAt: z.string().nullable(),
  scoredBy: z.string().nullable(),
  // The web disables 复核 for this user: the scorer may not review (四眼原则). `can.review` is
  // the round's state only; the server refuses the scorer with ASSESSMENT_REVIEWER_IS_SCORER.
  scoredById: z.number().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  result: z
    .object({
      computedAt: z.string(),
      indicators: IndicatorsRead,
      plan: z.object({ id: z.number(), version: z.number() }).nullable(),
      progressAsOf: z.string().nullable(),
      scale: z.number(),
      grades: Grades,
    })
    .nullable(),
  subjects: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      regionCode: z.string().nullable(),
      unitIds: z.array(z.number()),
      self: SelfEvaluationSchema.nullable(),
      bonuses: z.array(BonusSchema),
      score: SubjectScoreSchema.nullable(),
      canSelfEvaluate: z.boolean(),
    }),
  ),
  ranking: z.array(SubjectScoreSchema),
  can: z.object({
    score: z.boolean(),
    bonus: z.boolean(),
    review: z.boolean(),
    return: z.boolean(),
    publish: z.boolean(),
  }),
});

export const CreateRoundSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  ruleSetId: z.number().int().positive(),
  title: z.string().max(200).optional(),
});

export const PublicAssessmentSchema = z.object({
  id: z.number(),
  year: z.number(),
  kind: z.enum(['county', 'department']),
  title: z.string(),
  publishedAt: z.string(),
  computedAt: z.string(),
  indicatorsComputedAt: z.string(),
  periodLabel: z.string(),
  ruleSet: z.object({ name: z.string(), version: z.number().nullable() }),
  scale: z.number(),
  grades: Grades,
  subjects: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      rank: z.number(),
      base: z.number(),
      deductions: z.number(),
      bonus: z.number(),
      total: z.number(),
      grade: z.string(),
      vetoed: z.boolean(),
      summary: z.string(),
      items: z.array(
        z.object({
          ruleId: z.string(),
          category: z.enum(['indicator', 'task', 'deduction', 'bonus', 'veto']),
          label: z.string(),
          max: z.number().nullable(),
          points: z.number(),
          basis: z.string(),
        }),
      ),
    }),
  ),
});

export const PublicAssessmentListSchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      year: z.number(),
      kind: z.enum(['county', 'department']),
      title: z.string(),
      publishedAt: z.string(),
    }),
  ),
});
