// Gathers the facts every subject is scored on, each from the service that owns it: indicator
// values from ONE call of the indicator service (the same numbers the dashboard shows at that
// moment), report timeliness and progress from the progress facts, incidents and overdue
// disposal cases from their summaries. Scoring itself is pure (src/core/assessment).
import type { BonusEntry, IndicatorFact, SubjectFacts } from '../../core/assessment/facts.ts';
import type { SubjectKind } from '../../core/assessment/rule-set.ts';
import type { Comparator } from '../../core/plan/types.ts';
import type { IndicatorItem, IndicatorService } from '../indicators/indicator-service.ts';
import type { Unit } from '../org/org-repository.ts';
import type { Ctx } from '../shared/context.ts';
import type { Store } from '../store.ts';
import type { ProgressFactsSource } from './progress-facts.ts';

/** What assessment reads from the incident register (incidents.summary). */
export interface IncidentSummarySource {
  summary(
    q: { year?: number },
    ctx: Ctx,
  ): Promise<{ items: { regionCode: string | null; bySeverity: Record<string, number> }[] }>;
}

/** What assessment reads from 核查处置 (disposal.summary). */
export interface DisposalSummarySource {
  summary(q: { year?: number }, ctx: Ctx): Promise<{ items: { regionCode: string | null; overdue: number }[] }>;
}

export interface FactsDeps {
  store: Store;
  indicators: IndicatorService;
  progress: ProgressFactsSource;
  incidents: IncidentSummarySource;
  disposal: DisposalSummarySource;
}

export interface SubjectInfo {
  key: string;
  name: string;
  kind: SubjectKind;
  regionCode: string | null;
  unitIds: number[];
}

export interface GatheredFacts {
  subjects: SubjectFacts[];
  /** The indicator service's answer the values came from. */
  indicators: {
    computedAt: string;
    period: string;
    periodLabel: string;
    dataThrough: string | null;
    region: string;
  };
  plan: { id: number; version: number } | null;
  progressAsOf: string | null;
}

export const departmentKey = (unitId: number) => `unit-${unitId}`;

function toFact(
  item: IndicatorItem,
  v: {
    region: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    records: number;
    status: IndicatorItem['status'];
    statusReason: string;
  },
  period: string,
): IndicatorFact {
  return {
    code: item.code,
    name: item.name,
    unit: item.unit,
    region: v.region,
    period,
    value: v.value,
    numerator: v.numerator,
    denominator: v.denominator,
    records: v.records,
    status: v.status,
    statusReason: v.statusReason,
    target: { comparator: item.target.comparator as Comparator, value: item.target.value, unit: item.target.unit },
  };
}

/** The subjects of a kind: the eight counties, or the 州直 departments that lead a task of the year's plan. */
export async function subjectsOf(
  deps: Pick<FactsDeps, 'store' | 'progress'>,
  kind: SubjectKind,
  year: number,
): Promise<SubjectInfo[]> {
  const [regions, units] = await Promise.all([deps.store.org.listRegions(), deps.store.org.listUnits()]);
  if (kind === 'county') {
    return regions
      .filter((r) => r.level === 'county')
      .map((r) => ({
        key: r.code,
        name: r.name,
        kind,
        regionCode: r.code,
        unitIds: units.filter((u) => u.kind === 'county_government' && u.regionCode === r.code).map((u) => u.id),
      }));
  }
  const plan = await deps.progress.forYear(year);
  const leads = new Set<number>();
  for (const t of plan?.tasks ?? []) for (const [id, role] of t.units) if (role === 'lead') leads.add(id);
  return units
    .filter((u: Unit) => u.kind !== 'county_government' && leads.has(u.id))
    .map((u) => ({ key: departmentKey(u.id), name: u.name, kind, regionCode: null, unitIds: [u.id] }));
}

export async function gatherFacts(
  deps: FactsDeps,
  q: { kind: SubjectKind; year: number; period: string; bonuses: readonly (BonusEntry & { subjectKey: string })[] },
  ctx: Ctx,
): Promise<GatheredFacts> {
  const subjects = await subjectsOf(deps, q.kind, q.year);
  // One call: every value below is the dashboard's for this region × period at this moment.
  const list = await deps.indicators.list({ year: q.year, period: q.period });
  const plan = await deps.progress.forYear(q.year);
  const counties = q.kind === 'county';
  const [incidents, disposal] = counties
    ? await Promise.all([deps.incidents.summary({ year: q.year }, ctx), deps.disposal.summary({ year: q.year }, ctx)])
    : [null, null];

  // Plan target id → indicator code, as the indicator service linked them.
  const codeOfTarget = new Map<number, string>();
  for (const item of list.items) for (const id of item.target.planTargetIds) codeOfTarget.set(id, item.code);

  const facts = subjects.map((s): SubjectFacts => {
    const indicators = new Map<string, IndicatorFact>();
    const linkedIndicators: IndicatorFact[] = [];
    if (counties) {
      for (const item of list.items) {
        const v = item.byRegion?.find((r) => r.region === s.regionCode);
        if (v) indicators.set(item.code, toFact(item, v, list.period));
      }
    } else {
      const codes = new Set<string>();
      for (const t of plan?.tasks ?? []) {
        if (!s.unitIds.some((id) => t.units.get(id) === 'lead')) continue;
        for (const targetId of t.targetIds) {
          const code = codeOfTarget.get(targetId);
          if (code) codes.add(code);
        }
      }
      for (const item of list.items)
        if (codes.has(item.code)) linkedIndicators.push(toFact(item, { ...item, region: list.region }, list.period));
    }
    const progress = plan?.forUnits(s.unitIds) ?? { reports: [], targets: [] };
    return {
      ...s,
      indicators,
      linkedIndicators,
      reports: progress.reports,
      targets: progress.targets,
      incidents: counties
        ? { bySeverity: incidents?.items.find((i) => i.regionCode === s.regionCode)?.bySeverity ?? {} }
        : null,
      overdueDisposal: counties ? (disposal?.items.find((i) => i.regionCode === s.regionCode)?.overdue ?? 0) : null,
      bonuses: q.bonuses.filter((b) => b.subjectKey === s.key),
    };
  });
  return {
    subjects: facts,
    indicators: {
      computedAt: list.computedAt,
      period: list.period,
      periodLabel: list.periodInfo.label,
      dataThrough: list.dataThrough,
      region: list.region,
    },
    plan: plan ? { id: plan.planId, version: plan.planVersion } : null,
    progressAsOf: plan?.asOf ?? null,
  };
}
