// An assessment rule set (考核细则) is a versioned JSON file: a 100-point scale split between
// indicator attainment and task performance, deductions, bonuses entered by the office, a
// one-vote veto and grade bands. It is validated on load; a rule set whose points do not add up
// to the scale, or that names an indicator the catalogue does not compute, is refused with a
// message naming the rule — a silent rescale or a silent zero would mis-grade every county.
import { z } from 'zod';
import { SEVERITIES } from '../incidents/incident-rules.ts';

export const RULE_SET_FORMAT = 'zhiliang-assessment-rules/1';
export const SUBJECT_KINDS = ['county', 'department'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
export const SUBJECT_KIND_LABELS: Record<SubjectKind, string> = { county: '县市', department: '州直部门' };

const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, '规则编号只能使用小写字母、数字和下划线,以字母开头');
const Points = z.number().positive().max(100);
const Label = z.string().trim().min(1).max(60);

/** Full points when the target is met; partial ones between the target and a floor (linear). */
const MetScoring = z.object({ type: z.literal('met') });
const LinearScoring = z.object({
  type: z.literal('linear'),
  /** Value (in the indicator's unit) that scores 0; between it and the target points rise linearly. */
  floor: z.number().optional(),
  /** The floor as a share of the target (0.9 = 90% of the target), for rules over many indicators. */
  floorRatio: z.number().min(0).max(2).optional(),
});
const IndicatorScoring = z.discriminatedUnion('type', [MetScoring, LinearScoring]);
export type IndicatorScoring = z.infer<typeof IndicatorScoring>;

const IndicatorRule = z.object({
  id: Id,
  /** Catalogue code (src/core/indicators/catalogue.ts), e.g. food_pass_rate. */
  indicator: z.string().min(1),
  label: Label.optional(),
  points: Points,
  scoring: IndicatorScoring,
  /**
   * 数据不足: no points; full points ("无此项工作的不扣分"); or `value`: judge the value the
   * few records give against the target (no value at all: no points).
   */
  whenNoData: z.enum(['zero', 'full', 'value']).default('zero'),
});
export type IndicatorRule = z.infer<typeof IndicatorRule>;

/** Departments: the indicators linked to the tasks a department leads, at the 州 level, averaged. */
const LinkedIndicatorsRule = z.object({
  id: Id,
  label: Label.default('牵头任务关联指标完成情况'),
  points: Points,
  scoring: IndicatorScoring,
  /** An indicator without data: counts 0, counts full, is judged on its value, or is left out of the average. */
  whenNoData: z.enum(['zero', 'full', 'value', 'skip']).default('skip'),
});
export type LinkedIndicatorsRule = z.infer<typeof LinkedIndicatorsRule>;

export const TASK_RULE_KINDS = ['reports_on_time', 'reports_accepted', 'target_progress', 'evidence'] as const;
export type TaskRuleKind = (typeof TASK_RULE_KINDS)[number];
export const TASK_RULE_LABELS: Record<TaskRuleKind, string> = {
  reports_on_time: '进展报告按时报送',
  reports_accepted: '进展报告审核通过',
  target_progress: '目标任务完成进度',
  evidence: '佐证材料',
};

const TaskRule = z.object({
  id: Id,
  kind: z.enum(TASK_RULE_KINDS),
  label: Label.optional(),
  points: Points,
  /** Which of the subject's task roles count (departments: lead only). */
  roles: z
    .array(z.enum(['lead', 'responsible']))
    .min(1)
    .default(['lead', 'responsible']),
  /** Credit for a report submitted after its due date (reports_on_time). */
  lateCredit: z.number().min(0).max(1).default(0.5),
  /** No report due, no target value reported: full points (nothing was owed) or none. */
  whenNoData: z.enum(['zero', 'full']).default('full'),
});
export type TaskRule = z.infer<typeof TaskRule>;

const IncidentDeduction = z.object({
  id: Id,
  kind: z.literal('incidents'),
  label: Label.default('质量安全事故'),
  /** Points per incident of each severity (missing severities deduct nothing). */
  perSeverity: z.partialRecord(z.enum(SEVERITIES), z.number().min(0).max(100)),
  max: Points,
});
const DisposalDeduction = z.object({
  id: Id,
  kind: z.literal('overdue_disposal'),
  label: Label.default('核查处置逾期'),
  each: z.number().min(0).max(100),
  max: Points,
});
const Deduction = z.discriminatedUnion('kind', [IncidentDeduction, DisposalDeduction]);
export type DeductionRule = z.infer<typeof Deduction>;

const BonusRule = z.object({
  id: Id,
  label: Label,
  /** Points for one entry (one award, one brand, one 5A scenic area). */
  pointsEach: z.number().positive().max(100),
  /** Most points this rule can give a subject. */
  max: Points,
  description: z.string().max(200).optional(),
});
export type BonusRule = z.infer<typeof BonusRule>;

const GRADE_NAME = z.string().regex(/^[A-Z]$/, '等次须为一个大写字母');

export const RuleSetSchema = z
  .object({
    format: z.literal(RULE_SET_FORMAT, { error: `format 须为 "${RULE_SET_FORMAT}"` }),
    name: z.string().trim().min(1).max(100),
    year: z.number().int().min(2000).max(2100),
    kind: z.enum(SUBJECT_KINDS),
    description: z.string().max(1000).optional(),
    /** Points the indicator and task rules add up to. */
    scale: z.number().positive().default(100),
    /** Indicator period (2023, 2023-YTD …); the year when absent. */
    indicatorPeriod: z.string().optional(),
    indicators: z.array(IndicatorRule).default([]),
    linkedIndicators: LinkedIndicatorsRule.optional(),
    tasks: z.array(TaskRule).default([]),
    deductions: z.array(Deduction).default([]),
    bonuses: z.object({ max: z.number().min(0).max(100), rules: z.array(BonusRule) }).default({ max: 0, rules: [] }),
    veto: z
      .object({ incidentSeverities: z.array(z.enum(SEVERITIES)).min(1), grade: GRADE_NAME.default('D') })
      .optional(),
    /** Lowest total of each grade, highest grade first; the last should start at 0. */
    grades: z.array(z.object({ grade: GRADE_NAME, min: z.number().min(0) })).min(2),
  })
  .superRefine((r, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const ids = new Map<string, string>();
    const claim = (id: string, path: (string | number)[]) => {
      if (ids.has(id)) issue(path, `规则编号「${id}」重复(已用于 ${ids.get(id)})`);
      else ids.set(id, path.join('.'));
    };
    r.indicators.forEach((x, i) => {
      claim(x.id, ['indicators', i, 'id']);
      if (x.scoring.type === 'linear' && (x.scoring.floor === undefined) === (x.scoring.floorRatio === undefined))
        issue(['indicators', i, 'scoring'], `指标规则「${x.id}」的线性计分须给出 floor 或 floorRatio 之一`);
    });
    if (r.linkedIndicators) {
      claim(r.linkedIndicators.id, ['linkedIndicators', 'id']);
      const s = r.linkedIndicators.scoring;
      if (s.type === 'linear' && (s.floor !== undefined || s.floorRatio === undefined))
        issue(
          ['linkedIndicators', 'scoring'],
          `规则「${r.linkedIndicators.id}」涉及多个指标, 线性计分只能用 floorRatio`,
        );
    }
    for (const [i, x] of r.tasks.entries()) claim(x.id, ['tasks', i, 'id']);
    for (const [i, x] of r.deductions.entries()) claim(x.id, ['deductions', i, 'id']);
    for (const [i, x] of r.bonuses.rules.entries()) claim(x.id, ['bonuses', 'rules', i, 'id']);

    const parts = [
      ...r.indicators.map((x) => `${x.id} ${x.points}`),
      ...(r.linkedIndicators ? [`${r.linkedIndicators.id} ${r.linkedIndicators.points}`] : []),
      ...r.tasks.map((x) => `${x.id} ${x.points}`),
    ];
    const total = sumPoints(r);
    if (Math.abs(total - r.scale) > 1e-6) {
      issue(
        ['indicators'],
        `指标与任务规则的分值合计须为 ${r.scale} 分, 当前为 ${round(total)} 分(${parts.join(' + ') || '无规则'})`,
      );
    }
    if (r.kind === 'county' && r.linkedIndicators)
      issue(['linkedIndicators'], '县市考核按县级指标值计分, 请用 indicators 逐项列出指标, 不能用 linkedIndicators');

    for (let i = 1; i < r.grades.length; i++) {
      const prev = r.grades[i - 1];
      const cur = r.grades[i];
      if (prev && cur && !(cur.min < prev.min))
        issue(
          ['grades', i, 'min'],
          `等次须从高到低排列, 「${cur.grade}」的下限 ${cur.min} 须低于「${prev.grade}」的 ${prev.min}`,
        );
    }
    const names = r.grades.map((g) => g.grade);
    if (new Set(names).size !== names.length) issue(['grades'], `等次名称重复: ${names.join('、')}`);
    const last = r.grades[r.grades.length - 1];
    if (last && last.min !== 0) issue(['grades', r.grades.length - 1, 'min'], `最低等次「${last.grade}」的下限须为 0`);
    if (r.veto && !names.includes(r.veto.grade))
      issue(['veto', 'grade'], `一票否决的等次「${r.veto.grade}」不在等次表(${names.join('、')})中`);
  });

export type RuleSet = z.infer<typeof RuleSetSchema>;

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function sumPoints(r: Pick<RuleSet, 'indicators' | 'linkedIndicators' | 'tasks'>): number {
  let total = 0;
  for (const x of r.indicators) total += x.points;
  if (r.linkedIndicators) total += r.linkedIndicators.points;
  for (const x of r.tasks) total += x.points;
  return total;
}

export interface RuleProblem {
  /** JSON path of the offending part ("indicators.3.indicator"). */
  path: string;
  /** The rule's id when the problem is inside one rule. */
  rule: string | null;
  message: string;
}

function ruleAt(input: unknown, path: readonly PropertyKey[]): string | null {
  let node: unknown = input;
  let id: string | null = null;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    if (node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string')
      id = (node as { id: string }).id;
  }
  return id;
}

function describe(path: string, rule: string | null, message: string): string {
  return rule ? `规则「${rule}」(${path}): ${message}` : path ? `${path}: ${message}` : message;
}

/**
 * Parses and validates a rule set. `knownIndicators` is the catalogue's codes (passed in so the
 * rule stays pure and testable); every problem names the rule it is in.
 */
export function parseRuleSet(
  input: unknown,
  knownIndicators: ReadonlySet<string>,
): { ok: true; rules: RuleSet } | { ok: false; problems: RuleProblem[] } {
  const r = RuleSetSchema.safeParse(input);
  const problems: RuleProblem[] = r.success
    ? []
    : r.error.issues.map((i) => {
        const path = i.path.map(String).join('.');
        const rule = ruleAt(input, i.path);
        return { path, rule, message: describe(path, rule, i.message) };
      });
  const indicators = Array.isArray((input as { indicators?: unknown } | null)?.indicators)
    ? ((input as { indicators: unknown[] }).indicators as unknown[])
    : [];
  indicators.forEach((x, i) => {
    const code = (x as { indicator?: unknown } | null)?.indicator;
    const id = typeof (x as { id?: unknown } | null)?.id === 'string' ? (x as { id: string }).id : null;
    if (typeof code === 'string' && !knownIndicators.has(code)) {
      const path = `indicators.${i}.indicator`;
      problems.push({ path, rule: id, message: describe(path, id, `未知指标代码「${code}」, 指标目录中没有此指标`) });
    }
  });
  if (problems.length > 0 || !r.success) return { ok: false, problems };
  return { ok: true, rules: r.data };
}

/** The label a rule is shown with. */
export function indicatorRuleLabel(rule: IndicatorRule, indicatorName: (code: string) => string): string {
  return rule.label ?? indicatorName(rule.indicator);
}

export function taskRuleLabel(rule: TaskRule): string {
  return rule.label ?? TASK_RULE_LABELS[rule.kind];
}
