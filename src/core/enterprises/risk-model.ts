// The risk model is data: dimensions of weighted indicators, each scored 0–100 risk points by a
// rule, and thresholds that cut the weighted score into classes A (低风险) … D (高风险). Models
// are versioned; a stored one is JSON validated here. Weights must add up (a model whose weights
// do not add to 1 silently rescales every score), and every indicator must be one the code can
// compute — an unknown one is an error, never a silent zero.
import { z } from 'zod';

export const RISK_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

export const RISK_CLASS_LABELS: Record<RiskClass, string> = {
  A: '低风险',
  B: '一般风险',
  C: '较高风险',
  D: '高风险',
};

/** The indicators the scorer can compute, with what they count. */
export const RISK_INDICATORS = {
  sampling_fail_count: { name: '抽检抽查不合格批次', unit: '批' },
  sampling_fail_rate: { name: '抽检抽查不合格率', unit: '' },
  sampling_refusal_count: { name: '拒检或涉嫌无证', unit: '次' },
  penalty_count: { name: '行政处罚次数', unit: '次' },
  penalty_points: { name: '行政处罚分值', unit: '分' },
  disposal_count: { name: '核查处置次数', unit: '次' },
  incident_count: { name: '质量安全事故', unit: '起' },
  complaint_count: { name: '投诉举报', unit: '件' },
  inspection_problem_count: { name: '双随机抽查发现问题', unit: '次' },
  inspection_points: { name: '双随机抽查问题分值', unit: '分' },
  certification_count: { name: '质量认证', unit: '项' },
  award_count: { name: '质量奖励', unit: '项' },
  standard_declaration_count: { name: '标准自我声明', unit: '项' },
} as const;

export type RiskIndicatorId = keyof typeof RISK_INDICATORS;

export function isRiskIndicator(id: string): id is RiskIndicatorId {
  return Object.hasOwn(RISK_INDICATORS, id);
}

const Points = z.number().min(0).max(100);
const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, '只能使用小写字母、数字和下划线,以字母开头');

const StepsScoring = z.object({
  type: z.literal('steps'),
  /** The highest step whose min the value reaches gives the points; below the first, 0. */
  steps: z.array(z.object({ min: z.number(), points: Points })).min(1),
});

const LinearScoring = z.object({
  type: z.literal('linear'),
  /** Value that scores 0 and value that scores 100 (either may be the larger: fewer certificates, more risk). */
  zeroAt: z.number(),
  fullAt: z.number(),
});

const Scoring = z.discriminatedUnion('type', [StepsScoring, LinearScoring]);

const IndicatorSchema = z.object({
  id: Id,
  indicator: z.string(),
  name: z.string().trim().min(1).max(60).optional(),
  weight: z.number().positive(),
  scoring: Scoring,
  /** Points when the value cannot be computed (a rate without any sample). */
  whenNoData: Points.default(0),
});

const DimensionSchema = z.object({
  id: Id,
  name: z.string().trim().min(1).max(60),
  weight: z.number().positive(),
  indicators: z.array(IndicatorSchema).min(1),
});

const WEIGHT_TOLERANCE = 1e-6;

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

export const RiskModelSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    /** Records and events older than this many months before the scoring date do not count. */
    lookbackMonths: z.number().int().min(1).max(120).default(36),
    dimensions: z.array(DimensionSchema).min(1),
    /** Lowest score of each class above A. */
    thresholds: z.object({ B: z.number(), C: z.number(), D: z.number() }),
  })
  .superRefine((m, ctx) => {
    const dimTotal = sum(m.dimensions.map((d) => d.weight));
    if (Math.abs(dimTotal - 1) > WEIGHT_TOLERANCE) {
      ctx.addIssue({ code: 'custom', path: ['dimensions'], message: `各维度权重之和须为 1,当前为 ${round(dimTotal)}` });
    }
    const dimensionIds = new Set<string>();
    const ids = new Set<string>();
    m.dimensions.forEach((d, di) => {
      if (dimensionIds.has(d.id))
        ctx.addIssue({ code: 'custom', path: ['dimensions', di, 'id'], message: `维度编号「${d.id}」重复` });
      dimensionIds.add(d.id);
      const total = sum(d.indicators.map((i) => i.weight));
      if (Math.abs(total - 1) > WEIGHT_TOLERANCE) {
        ctx.addIssue({
          code: 'custom',
          path: ['dimensions', di, 'indicators'],
          message: `维度「${d.name}」内各指标权重之和须为 1,当前为 ${round(total)}`,
        });
      }
      d.indicators.forEach((ind, ii) => {
        const path = ['dimensions', di, 'indicators', ii];
        if (ids.has(ind.id))
          ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `指标编号「${ind.id}」重复` });
        ids.add(ind.id);
        if (!isRiskIndicator(ind.indicator)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'indicator'],
            message: `未知指标「${ind.indicator}」,可用指标:${Object.keys(RISK_INDICATORS).join('、')}`,
          });
        }
        if (ind.scoring.type === 'steps') {
          const mins = ind.scoring.steps.map((s) => s.min);
          if (mins.some((x, k) => k > 0 && x <= (mins[k - 1] as number))) {
            ctx.addIssue({ code: 'custom', path: [...path, 'scoring', 'steps'], message: '分档的下限须严格递增' });
          }
        } else if (ind.scoring.zeroAt === ind.scoring.fullAt) {
          ctx.addIssue({ code: 'custom', path: [...path, 'scoring'], message: '线性计分的 0 分点与满分点不能相同' });
        }
      });
    });
    const { B, C, D } = m.thresholds;
    if (!(B > 0 && B < C && C < D && D <= 100)) {
      ctx.addIssue({
        code: 'custom',
        path: ['thresholds'],
        message: `分类阈值须满足 0 < B < C < D ≤ 100,当前 B=${B}、C=${C}、D=${D}`,
      });
    }
  });

export type RiskModel = z.infer<typeof RiskModelSchema>;
export type RiskModelIndicator = RiskModel['dimensions'][number]['indicators'][number];
export type RiskScoring = RiskModelIndicator['scoring'];

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export interface ModelProblem {
  path: string;
  message: string;
}

/** Validates a model; problems name the JSON path ("dimensions.0.indicators.1.indicator"). */
export function parseRiskModel(
  input: unknown,
): { ok: true; model: RiskModel } | { ok: false; problems: ModelProblem[] } {
  const r = RiskModelSchema.safeParse(input);
  if (r.success) return { ok: true, model: r.data };
  return {
    ok: false,
    problems: r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  };
}

export function classOfScore(score: number, t: RiskModel['thresholds']): RiskClass {
  if (score >= t.D) return 'D';
  if (score >= t.C) return 'C';
  if (score >= t.B) return 'B';
  return 'A';
}
