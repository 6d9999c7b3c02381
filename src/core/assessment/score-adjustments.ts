// Deductions (quality safety incidents, overdue disposal cases), bonuses the office enters with
// evidence (质量奖, brands, 5A and similar milestones) and the one-vote veto. Each is capped by
// its rule so one bad month cannot take a county below zero on a single line.
import type { BonusEntry, IncidentFact } from './facts.ts';
import type { BonusRule, DeductionRule, RuleSet } from './rule-set.ts';
import { num, pts, type ScoreItem } from './score-item.ts';

export function scoreDeduction(
  rule: DeductionRule,
  facts: { incidents: IncidentFact | null; overdueDisposal: number | null; region: string | null; year: number },
): ScoreItem {
  const base = { ruleId: rule.id, category: 'deduction' as const, label: rule.label, max: null };
  if (facts.region === null)
    return { ...base, points: 0, basis: '该考核对象不按地区统计, 不适用', details: [], sources: [] };
  if (rule.kind === 'incidents') {
    const counts = facts.incidents?.bySeverity ?? {};
    let raw = 0;
    const details: string[] = [];
    for (const [severity, each] of Object.entries(rule.perSeverity)) {
      const n = counts[severity] ?? 0;
      if (n > 0 && each !== undefined) {
        raw += n * each;
        details.push(`${severity}事故 ${n} 起 × ${num(each)} 分`);
      }
    }
    const points = -pts(Math.min(raw, rule.max));
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return {
      ...base,
      points,
      basis:
        total === 0
          ? '考核年度内无质量安全事故报告, 不扣分'
          : `考核年度内质量安全事故 ${total} 起, 扣 ${num(-points)} 分${raw > rule.max ? `(已达上限 ${num(rule.max)} 分)` : ''}`,
      details,
      sources: [{ kind: 'incidents', region: facts.region, year: facts.year }],
    };
  }
  const n = facts.overdueDisposal ?? 0;
  const raw = n * rule.each;
  const points = -pts(Math.min(raw, rule.max));
  return {
    ...base,
    points,
    basis:
      n === 0
        ? '无逾期未办结的核查处置案件, 不扣分'
        : `逾期未办结的核查处置案件 ${n} 件 × ${num(rule.each)} 分, 扣 ${num(-points)} 分${raw > rule.max ? `(已达上限 ${num(rule.max)} 分)` : ''}`,
    details: [],
    sources: [{ kind: 'disposal', region: facts.region, year: facts.year }],
  };
}

/** Bonus items per rule, then the overall cap (applied in the order the rules are listed). */
export function scoreBonuses(rules: RuleSet['bonuses'], entries: readonly BonusEntry[]): ScoreItem[] {
  let room = rules.max;
  const out: ScoreItem[] = [];
  for (const rule of rules.rules as BonusRule[]) {
    const mine = entries.filter((e) => e.ruleId === rule.id);
    if (mine.length === 0) continue;
    const raw = mine.reduce((t, e) => t + e.count * rule.pointsEach, 0);
    const capped = Math.min(raw, rule.max, room);
    room -= capped;
    const points = pts(capped);
    const why =
      capped < raw
        ? capped < Math.min(raw, rule.max)
          ? `, 受加分总上限 ${num(rules.max)} 分限制`
          : `, 本项上限 ${num(rule.max)} 分`
        : '';
    out.push({
      ruleId: rule.id,
      category: 'bonus',
      label: rule.label,
      max: null,
      points,
      basis: `${mine.length} 项, 每项 ${num(rule.pointsEach)} 分, 加 ${num(points)} 分${why}`,
      details: mine.map((e) => `${e.title}${e.count !== 1 ? ` × ${e.count}` : ''}(佐证: ${e.evidence})`),
      sources: [{ kind: 'bonus' }],
    });
  }
  return out;
}

export function vetoItem(
  veto: NonNullable<RuleSet['veto']>,
  incidents: IncidentFact | null,
  region: string | null,
  year: number,
): ScoreItem | null {
  if (!incidents || region === null) return null;
  const hits = veto.incidentSeverities.filter((s) => (incidents.bySeverity[s] ?? 0) > 0);
  if (hits.length === 0) return null;
  return {
    ruleId: 'veto',
    category: 'veto',
    label: '一票否决',
    max: null,
    points: 0,
    basis: `发生${hits.map((s) => `${s}质量安全事故 ${incidents.bySeverity[s]} 起`).join('、')}, 实行一票否决, 等次定为 ${veto.grade}`,
    details: [],
    sources: [{ kind: 'incidents', region, year }],
  };
}

/** The first band whose minimum the total reaches (bands are listed from the highest). */
export function gradeOf(total: number, grades: RuleSet['grades']): string {
  for (const g of grades) if (total >= g.min) return g.grade;
  return grades[grades.length - 1]?.grade ?? 'D';
}
