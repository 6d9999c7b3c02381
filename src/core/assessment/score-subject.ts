// A subject's whole score: base points (indicators + tasks, out of the scale), minus deductions,
// plus bonuses, graded by the bands; a veto sets the grade whatever the points. Ranking puts
// vetoed subjects last and gives ties the same rank (1, 2, 2, 4).
import type { SubjectFacts } from './facts.ts';
import { type RuleSet, SUBJECT_KIND_LABELS } from './rule-set.ts';
import { gradeOf, scoreBonuses, scoreDeduction, vetoItem } from './score-adjustments.ts';
import { scoreIndicatorRule, scoreLinkedIndicators } from './score-indicators.ts';
import { num, pts, type ScoreItem } from './score-item.ts';
import { scoreTaskRule } from './score-tasks.ts';

export interface SubjectScore {
  key: string;
  name: string;
  kind: SubjectFacts['kind'];
  regionCode: string | null;
  unitIds: number[];
  base: number;
  deductions: number;
  bonus: number;
  total: number;
  grade: string;
  vetoed: boolean;
  rank: number;
  items: ScoreItem[];
  summary: string;
}

export function scoreSubject(
  rules: RuleSet,
  f: SubjectFacts,
  ctx: { year: number; indicatorName: (code: string) => string },
): SubjectScore {
  const items: ScoreItem[] = [];
  for (const r of rules.indicators)
    items.push(scoreIndicatorRule(r, r.label ?? ctx.indicatorName(r.indicator), f.indicators.get(r.indicator)));
  if (rules.linkedIndicators) items.push(scoreLinkedIndicators(rules.linkedIndicators, f.linkedIndicators));
  for (const r of rules.tasks)
    items.push(scoreTaskRule(r, { reports: f.reports, targets: f.targets, unitIds: f.unitIds, year: ctx.year }));
  for (const r of rules.deductions)
    items.push(
      scoreDeduction(r, {
        incidents: f.incidents,
        overdueDisposal: f.overdueDisposal,
        region: f.regionCode,
        year: ctx.year,
      }),
    );
  items.push(...scoreBonuses(rules.bonuses, f.bonuses));
  const veto = rules.veto ? vetoItem(rules.veto, f.incidents, f.regionCode, ctx.year) : null;
  if (veto) items.push(veto);

  const sum = (c: ScoreItem['category']) =>
    pts(items.filter((i) => i.category === c).reduce((t, i) => t + i.points, 0));
  const base = pts(sum('indicator') + sum('task'));
  const deductions = sum('deduction');
  const bonus = sum('bonus');
  const total = pts(Math.max(0, base + deductions + bonus));
  const grade = veto && rules.veto ? rules.veto.grade : gradeOf(total, rules.grades);
  const summary = `基本分 ${num(base)}/${num(rules.scale)}, 扣分 ${num(-deductions)}, 加分 ${num(bonus)}, 总分 ${num(total)}, 等次 ${grade}${veto ? '(一票否决)' : ''}`;
  return {
    key: f.key,
    name: f.name,
    kind: f.kind,
    regionCode: f.regionCode,
    unitIds: f.unitIds,
    base,
    deductions,
    bonus,
    total,
    grade,
    vetoed: veto !== null,
    rank: 0,
    items,
    summary,
  };
}

/** Sorted by total, vetoed last; equal totals share a rank. */
export function rankScores(scores: readonly SubjectScore[]): SubjectScore[] {
  const sorted = [...scores].sort(
    (a, b) => Number(a.vetoed) - Number(b.vetoed) || b.total - a.total || a.name.localeCompare(b.name, 'zh'),
  );
  let rank = 0;
  return sorted.map((s, i) => {
    const prev = sorted[i - 1];
    if (!prev || prev.total !== s.total || prev.vetoed !== s.vetoed) rank = i + 1;
    return { ...s, rank };
  });
}

export function subjectKindLabel(kind: SubjectFacts['kind']): string {
  return SUBJECT_KIND_LABELS[kind];
}
