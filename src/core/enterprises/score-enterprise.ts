// Scores one enterprise under a risk model, keeping the reason for every point: for each
// indicator, the value, the rule that turned it into points, its weight, its share of the score
// and the records or events it counted. The contributions add up to the score.
import type { CreditEventKind, SampleOutcome } from './credit-events.ts';
import {
  classOfScore,
  RISK_INDICATORS,
  type RiskClass,
  type RiskIndicatorId,
  type RiskModel,
  type RiskScoring,
} from './risk-model.ts';

export interface SampleFact {
  table: string;
  id: number;
  date: string;
  outcome: SampleOutcome;
  label: string;
}

export interface EventFact {
  id: number;
  kind: CreditEventKind;
  date: string;
  points: number | null;
  label: string;
}

export interface EnterpriseFacts {
  samples: readonly SampleFact[];
  events: readonly EventFact[];
}

export interface SourceRef {
  table: string;
  id: number;
  date: string;
  label: string;
}

export interface ExplanationItem {
  dimensionId: string;
  dimension: string;
  indicatorId: string;
  indicator: RiskIndicatorId;
  name: string;
  value: number | null;
  points: number;
  /** Dimension weight × indicator weight. */
  weight: number;
  contribution: number;
  rule: string;
  sources: SourceRef[];
}

export interface RiskAssessment {
  score: number;
  riskClass: RiskClass;
  asOf: string;
  windowStart: string;
  items: ExplanationItem[];
}

/** YYYY-MM-DD `months` before `date` (clamped to the month's last day). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const fmt = (x: number) => String(r2(x));

interface Measured {
  value: number | null;
  sources: SourceRef[];
}

function sampleRef(s: SampleFact): SourceRef {
  return { table: s.table, id: s.id, date: s.date, label: s.label };
}

function eventRef(e: EventFact): SourceRef {
  return { table: 'credit_events', id: e.id, date: e.date, label: e.label };
}

function measure(id: RiskIndicatorId, facts: EnterpriseFacts): Measured {
  const samples = (o: SampleOutcome) => facts.samples.filter((s) => s.outcome === o);
  const events = (k: CreditEventKind) => facts.events.filter((e) => e.kind === k);
  const count = (list: SampleFact[] | EventFact[]): Measured => ({
    value: list.length,
    sources: list.map((x) => ('outcome' in x ? sampleRef(x) : eventRef(x))),
  });
  const points = (list: EventFact[]): Measured => ({
    value: list.reduce((a, e) => a + (e.points ?? 0), 0),
    sources: list.filter((e) => (e.points ?? 0) !== 0).map(eventRef),
  });
  switch (id) {
    case 'sampling_fail_count':
      return count(samples('fail'));
    case 'sampling_fail_rate': {
      const tested = facts.samples.filter((s) => s.outcome !== 'refused');
      const failed = tested.filter((s) => s.outcome === 'fail');
      return { value: tested.length === 0 ? null : failed.length / tested.length, sources: tested.map(sampleRef) };
    }
    case 'sampling_refusal_count':
      return count(samples('refused'));
    case 'penalty_count':
      return count(events('penalty'));
    case 'penalty_points':
      return points(events('penalty'));
    case 'disposal_count':
      return count(events('disposal'));
    case 'incident_count':
      return count(events('incident'));
    case 'complaint_count':
      return count(events('complaint'));
    case 'inspection_problem_count':
      return count(events('inspection').filter((e) => (e.points ?? 0) > 0));
    case 'inspection_points':
      return points(events('inspection'));
    case 'certification_count':
      return count(events('certification'));
    case 'award_count':
      return count(events('award'));
    case 'standard_declaration_count':
      return count(events('standard_declaration'));
  }
}

/** Points for a value under a rule, and the rule in words. */
export function applyScoring(s: RiskScoring, value: number, unit: string): { points: number; rule: string } {
  const v = `${fmt(value)}${unit}`;
  if (s.type === 'steps') {
    let hit: { min: number; points: number } | null = null;
    for (const step of s.steps) if (value >= step.min) hit = step;
    const table = s.steps.map((st) => `≥${fmt(st.min)}${unit}→${fmt(st.points)}分`).join(',');
    return hit
      ? { points: hit.points, rule: `分档(${table}):${v} 达到 ≥${fmt(hit.min)}${unit},得 ${fmt(hit.points)} 分` }
      : { points: 0, rule: `分档(${table}):${v} 未达到最低档,得 0 分` };
  }
  const t = Math.min(1, Math.max(0, (value - s.zeroAt) / (s.fullAt - s.zeroAt)));
  const points = r2(100 * t);
  return {
    points,
    rule: `线性(${fmt(s.zeroAt)}${unit} 得 0 分,${fmt(s.fullAt)}${unit} 得 100 分):${v} 得 ${fmt(points)} 分`,
  };
}

export function scoreEnterprise(model: RiskModel, facts: EnterpriseFacts, asOf: string): RiskAssessment {
  const windowStart = monthsBefore(asOf, model.lookbackMonths);
  const inWindow = <T extends { date: string }>(xs: readonly T[]) =>
    xs.filter((x) => x.date >= windowStart && x.date <= asOf);
  const windowed: EnterpriseFacts = { samples: inWindow(facts.samples), events: inWindow(facts.events) };
  const items: ExplanationItem[] = [];
  let score = 0;
  for (const d of model.dimensions) {
    for (const ind of d.indicators) {
      const id = ind.indicator as RiskIndicatorId;
      const meta = RISK_INDICATORS[id];
      const { value, sources } = measure(id, windowed);
      const { points, rule } =
        value === null
          ? { points: ind.whenNoData, rule: `无可计算的数据,按规定得 ${fmt(ind.whenNoData)} 分` }
          : applyScoring(ind.scoring, value, meta.unit);
      const weight = d.weight * ind.weight;
      // Rounded before summing, so the listed contributions add up to the score exactly.
      const contribution = r2(weight * points);
      score += contribution;
      items.push({
        dimensionId: d.id,
        dimension: d.name,
        indicatorId: ind.id,
        indicator: id,
        name: ind.name ?? meta.name,
        value: value === null ? null : r2(value * 10000) / 10000,
        points,
        weight: r2(weight * 10000) / 10000,
        contribution,
        rule,
        sources,
      });
    }
  }
  const total = r2(score);
  return { score: total, riskClass: classOfScore(total, model.thresholds), asOf, windowStart, items };
}
