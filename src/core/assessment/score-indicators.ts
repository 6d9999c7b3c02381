// Indicator attainment points. Full points when the dashboard says 达标; for a near miss a
// linear rule gives part of the points between a floor and the target; 数据不足 follows the
// rule's whenNoData. The status and value are the indicator service's, never recomputed here.
import { meetsTarget, targetText } from '../indicators/attainment.ts';
import type { IndicatorFact } from './facts.ts';
import type { IndicatorRule, IndicatorScoring, LinkedIndicatorsRule } from './rule-set.ts';
import { type ItemSource, num, pts, type ScoreItem } from './score-item.ts';

export interface Attainment {
  /** Share of the points earned, 0–1; null when there is no value to judge (数据不足). */
  fraction: number | null;
  /** How the share was found, in words. */
  how: string;
}

/** Lower-is-better targets (≤) read the floor above the target; everything else below it. */
function floorOf(s: Extract<IndicatorScoring, { type: 'linear' }>, target: number, lowerIsBetter: boolean): number {
  if (s.floor !== undefined) return s.floor;
  const ratio = s.floorRatio ?? 0;
  return lowerIsBetter ? target * (2 - ratio) : target * ratio;
}

export function attainment(f: IndicatorFact, scoring: IndicatorScoring): Attainment {
  if (f.status === '达标') return { fraction: 1, how: '达标, 得满分' };
  if (f.status === '数据不足') return { fraction: null, how: '数据不足' };
  return byValue(f, scoring);
}

/** Judges the value itself: met → full, else the rule's partial points (met-only rules: none). */
function byValue(f: IndicatorFact, scoring: IndicatorScoring): Attainment {
  if (f.value !== null && meetsTarget(f.value, f.target)) return { fraction: 1, how: '数值达到目标, 得满分' };
  if (scoring.type === 'met' || f.value === null) return { fraction: 0, how: `${f.status}, 按"达标得分"规则不得分` };
  const { comparator, value: target } = f.target;
  if (comparator === '=') return { fraction: 0, how: `${f.status}, 该目标只有达到与未达到两种结果` };
  const lowerIsBetter = comparator === '<=';
  const floor = floorOf(scoring, target, lowerIsBetter);
  const span = lowerIsBetter ? floor - target : target - floor;
  if (!(span > 0)) return { fraction: 0, how: `${f.status}, 计分下限 ${num(floor)}${f.unit} 不低于目标, 不得分` };
  const raw = lowerIsBetter ? (floor - f.value) / span : (f.value - floor) / span;
  const fraction = Math.max(0, Math.min(1, raw));
  const where = lowerIsBetter ? `高于下限 ${num(floor)}${f.unit} 不得分` : `低于下限 ${num(floor)}${f.unit} 不得分`;
  return {
    fraction,
    how:
      fraction === 0
        ? `${f.status}, ${where}`
        : `${f.status}, 在下限 ${num(floor)}${f.unit} 与目标之间按线性比例得 ${num(fraction * 100, 1)}%`,
  };
}

function valueText(f: IndicatorFact): string {
  if (f.value === null) return '无数值';
  const nd = f.numerator !== null && f.denominator !== null ? `(${num(f.numerator)}/${num(f.denominator)})` : '';
  return `${num(f.value)}${f.unit}${nd}`;
}

export function factLine(f: IndicatorFact): string {
  return `${f.name}: ${valueText(f)}, 目标 ${targetText(f.target)}, ${f.status}`;
}

const source = (f: IndicatorFact): ItemSource => ({
  kind: 'indicator',
  code: f.code,
  region: f.region,
  period: f.period,
});

/**
 * Attainment with the rule's 数据不足 policy applied: zero, full ("无此项工作的不扣分"), `value`
 * (judge the value the few records give; none at all scores nothing) or, for averages, `skip`.
 */
export function noDataAware(
  f: IndicatorFact,
  scoring: IndicatorScoring,
  whenNoData: 'zero' | 'full' | 'value' | 'skip',
): Attainment {
  const a = attainment(f, scoring);
  if (a.fraction !== null) return a;
  const why = `数据不足(${f.statusReason})`;
  switch (whenNoData) {
    case 'zero':
      return { fraction: 0, how: `${why}, 按规则不得分` };
    case 'full':
      return { fraction: 1, how: `${why}, 按规则计满分` };
    case 'skip':
      return { fraction: null, how: `${why}, 不计入` };
    case 'value': {
      if (f.value === null) return { fraction: 0, how: `${why}且无数值, 不得分` };
      const v = byValue(f, scoring);
      return { fraction: v.fraction, how: `${why}, 按现有数值判定: ${v.how.replace(/^数据不足, /, '')}` };
    }
  }
}

/** One fixed indicator rule for one subject. A missing fact (not computed for the region) is 数据不足. */
export function scoreIndicatorRule(rule: IndicatorRule, label: string, f: IndicatorFact | undefined): ScoreItem {
  if (!f) {
    const points = rule.whenNoData === 'full' ? rule.points : 0;
    return {
      ruleId: rule.id,
      category: 'indicator',
      label,
      max: rule.points,
      points,
      basis: `未取得该指标的值, 按规则${rule.whenNoData === 'full' ? '计满分' : '不得分'}, 得 ${num(points)}/${num(rule.points)} 分`,
      details: [],
      sources: [],
    };
  }
  const a = noDataAware(f, rule.scoring, rule.whenNoData);
  const points = pts(rule.points * (a.fraction ?? 0));
  const how = a.how;
  return {
    ruleId: rule.id,
    category: 'indicator',
    label,
    max: rule.points,
    points,
    basis: `${f.name} ${valueText(f)}, 目标 ${targetText(f.target)}; ${how}, 得 ${num(points)}/${num(rule.points)} 分`,
    details: [f.statusReason],
    sources: [source(f)],
  };
}

/** Departments: the average attainment of the indicators linked to the tasks they lead. */
export function scoreLinkedIndicators(rule: LinkedIndicatorsRule, facts: readonly IndicatorFact[]): ScoreItem {
  const details: string[] = [];
  const shares: number[] = [];
  for (const f of facts) {
    const a = noDataAware(f, rule.scoring, rule.whenNoData);
    details.push(`${factLine(f)}: ${a.how}`);
    if (a.fraction !== null) shares.push(a.fraction);
  }
  const none = shares.length === 0;
  const mean = none ? 0 : shares.reduce((a, b) => a + b, 0) / shares.length;
  const points = none ? (rule.whenNoData === 'zero' ? 0 : rule.points) : pts(rule.points * mean);
  const basis = none
    ? facts.length === 0
      ? `牵头任务未关联可计算的指标, 按规则${points > 0 ? '计满分' : '不得分'}, 得 ${num(points)}/${num(rule.points)} 分`
      : `关联指标均数据不足, 按规则${points > 0 ? '计满分' : '不得分'}, 得 ${num(points)}/${num(rule.points)} 分`
    : `关联指标 ${shares.length} 项, 平均完成度 ${num(mean * 100, 1)}%, 得 ${num(points)}/${num(rule.points)} 分`;
  return {
    ruleId: rule.id,
    category: 'indicator',
    label: rule.label,
    max: rule.points,
    points,
    basis,
    details,
    sources: facts.map(source),
  };
}
