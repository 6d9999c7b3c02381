// Values of every indicator for any region × period, derived in memory from one set of inputs.
// Additive indicators keep per-(month, region) sums, so a quarter, the year to date, the year,
// the 州 and each county are sums over cells — no record is read twice. The few non-additive
// ones (coverage, section classes, latest reports) work on their small row lists.
import type { CityDay } from './air-days.ts';
import { CATALOGUE, type IndicatorDef } from './catalogue.ts';
import type { IndicatorInputs, ReportedRecord, WaterSampleRecord } from './inputs.ts';
import type { BelowDetectionInMeans } from './measured-values.ts';

/** sample_kind spellings of 药品评价性抽检 (what 评价性抽检覆盖率 counts); both are in use. */
const EVALUATIVE_KINDS = new Set(['评价性抽检', '评价抽检']);

export function isEvaluativeSampling(kind: string): boolean {
  return EVALUATIVE_KINDS.has(kind.trim());
}

import {
  type Classified,
  classifyAgri,
  classifyConstruction,
  classifyDrinkingSample,
  classifyEffluent,
  classifyLargeWaterProjectEvaluation,
  classifyProductCheck,
  classifySection,
  classifySurvey,
  classifyWaterProjectEvaluation,
  DEFAULT_AGRI_CATEGORIES,
  isDrinkingSource,
  isStateSection,
  type SectionResult,
  TEST_KIND,
} from './record-results.ts';

export interface RegionScope {
  code: string;
  /** The 州: every record, including unplaced ones and those attributed to the 州 itself. */
  isPrefecture: boolean;
}

export interface Comparison {
  current: number | null;
  previous: number | null;
  unit: string;
  currentRecords: number;
  previousRecords: number;
}

export interface Measure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Records the value rests on (compared with the indicator's minimum). */
  records: number;
  /** Records of the source read but not counted (refusals, risk monitoring, invalid days …). */
  excluded: number;
  comparison?: Comparison;
  breakdown?: { label: string; records: number; value: number | null }[];
  /** Standard editions the value was computed with, e.g. HJ 633-2012. */
  standards?: string[];
}

export interface EngineOptions {
  /** "明显下降" of PM10/PM2.5: a decrease of at least this many percent (default 5). */
  pmDecreaseThreshold?: number;
  agriCategories?: readonly string[];
  belowDetectionInMeans?: BelowDetectionInMeans;
}

export const DEFAULT_PM_DECREASE_THRESHOLD = 5;

/**
 * Sums of number vectors per month and region ('' = not placed). A total adds cell by cell in
 * month, then region order (float sums — volumes, weighted scores, PM — depend on that order,
 * so it is kept as it always was).
 */
class Cells {
  private readonly byMonth = new Map<string, Map<string, number[]>>();
  constructor(private readonly width: number) {}

  add(month: string, region: string | null, values: readonly number[]): void {
    let regions = this.byMonth.get(month);
    if (!regions) {
      regions = new Map();
      this.byMonth.set(month, regions);
    }
    const key = region ?? '';
    let v = regions.get(key);
    if (!v) {
      v = new Array(this.width).fill(0);
      regions.set(key, v);
    }
    for (let i = 0; i < this.width; i++) (v as number[])[i] = ((v as number[])[i] as number) + (values[i] ?? 0);
  }

  total(months: readonly string[], scope: RegionScope): number[] {
    const out = new Array<number>(this.width).fill(0);
    const w = this.width;
    for (const m of months) {
      const regions = this.byMonth.get(m);
      if (!regions) continue;
      if (scope.isPrefecture) {
        for (const v of regions.values()) for (let i = 0; i < w; i++) out[i] = (out[i] as number) + (v[i] as number);
      } else {
        const v = regions.get(scope.code);
        if (v) for (let i = 0; i < w; i++) out[i] = (out[i] as number) + (v[i] as number);
      }
    }
    return out;
  }
}

const inScope = (region: string | null, scope: RegionScope) => scope.isPrefecture || region === scope.code;
const monthOf = (date: string) => date.slice(0, 7);

/** [counted, passed, excluded] from a classification. */
function countVector(c: Classified, n = 1): number[] {
  return c.result === 'excluded' ? [0, 0, n] : [n, c.result === 'passed' ? n : 0, 0];
}

function proportion([counted, pass, excl]: number[]): Measure {
  const n = counted ?? 0;
  return {
    value: n > 0 ? ((pass ?? 0) / n) * 100 : null,
    numerator: pass ?? 0,
    denominator: n,
    records: n,
    excluded: excl ?? 0,
  };
}

export interface IndicatorEngine {
  inputs: IndicatorInputs;
  measure(def: IndicatorDef, scope: RegionScope, months: readonly string[]): Measure;
  /** The class of each state-controlled section over some months (for the water sites view). */
  sections(
    scope: RegionScope,
    months: readonly string[],
  ): { site: string; region: string | null; result: SectionResult }[];
  airDays(scope: RegionScope, months: readonly string[]): CityDay[];
  /** The reports an indicator read for a region × period, each marked used or not, with why. */
  reportRows(
    def: IndicatorDef,
    scope: RegionScope,
    months: readonly string[],
  ): { record: ReportedRecord; used: boolean; reason: string }[];
  options: Required<EngineOptions>;
}

/** Indexes the inputs once; every measure afterwards is a sum over cells or a pass over small lists. */
export function prepareIndicators(inputs: IndicatorInputs, options: EngineOptions = {}): IndicatorEngine {
  const opts: Required<EngineOptions> = {
    pmDecreaseThreshold: options.pmDecreaseThreshold ?? DEFAULT_PM_DECREASE_THRESHOLD,
    agriCategories: options.agriCategories ?? DEFAULT_AGRI_CATEGORIES,
    belowDetectionInMeans: options.belowDetectionInMeans ?? 'half-limit',
  };
  const cells = new Map<string, Cells>();
  const cellsOf = (code: string, width = 3) => {
    let c = cells.get(code);
    if (!c) {
      c = new Cells(width);
      cells.set(code, c);
    }
    return c;
  };

  const food = cellsOf('food_pass_rate');
  for (const c of inputs.food) food.add(c.month, c.region, [c.n, c.passed, 0]);

  for (const code of ['key_consumer_pass_rate', 'manufacturing_pass_rate'] as const) {
    const target = cellsOf(code);
    for (const c of inputs.products) target.add(c.month, c.region, countVector(classifyProductCheck(code, c), c.n));
  }

  const agri = cellsOf('agri_pass_rate');
  for (const c of inputs.agri) {
    const counted = classifyAgri({ ...c, passed: 1 }, opts.agriCategories);
    // A cell holds n samples of which `passed` passed: split it into its two outcomes.
    if (counted.result === 'excluded') agri.add(c.month, c.region, [0, 0, c.n]);
    else agri.add(c.month, c.region, [c.n, c.passed, 0]);
  }

  const construction = cellsOf('construction_first_pass_rate');
  for (const c of inputs.construction) {
    const k = classifyConstruction({ size: c.size, attempt: c.firstAttempt ? 1 : 2, passed: 1 });
    if (k.result === 'excluded') construction.add(c.month, c.region, [0, 0, c.n]);
    else construction.add(c.month, c.region, [c.n, c.passed, 0]);
  }

  const sizeOf = new Map(inputs.waterProjects.map((p) => [p.code, p.size]));
  const wpPass = cellsOf('water_project_pass_rate');
  const wpLarge = cellsOf('large_water_project_excellent_rate');
  for (const c of inputs.waterProjectChecks) {
    wpPass.add(c.month, c.region, countVector(classifyWaterProjectEvaluation(c), c.n));
    wpLarge.add(
      c.month,
      c.region,
      countVector(classifyLargeWaterProjectEvaluation(c, sizeOf.get(c.projectCode) ?? null), c.n),
    );
  }

  const drinking = cellsOf('drinking_water_rate');
  const sectionSamples: WaterSampleRecord[] = [];
  for (const s of inputs.waterSamples) {
    if (isStateSection(s.siteType)) sectionSamples.push(s);
    // Samples of other site types are not records of this indicator at all.
    if (isDrinkingSource(s.siteType)) drinking.add(monthOf(s.date), s.region, countVector(classifyDrinkingSample(s)));
  }

  const effluent = cellsOf('effluent_1a_rate');
  for (const e of inputs.effluent) effluent.add(monthOf(e.date), e.region, countVector(classifyEffluent(e)));

  const sewage = cellsOf('sewage_treatment_rate');
  for (const c of inputs.sewage) sewage.add(c.month, c.region, [c.n, c.treated, c.total]);

  // Survey: per sector [responses, Σw, Σw·score, excluded].
  const surveyBySector = new Map<string, Cells>();
  for (const r of inputs.survey) {
    let c = surveyBySector.get(r.sector);
    if (!c) {
      c = new Cells(4);
      surveyBySector.set(r.sector, c);
    }
    const k = classifySurvey(r);
    if (k.result === 'excluded' || k.score === null) c.add(monthOf(r.date), r.region, [0, 0, 0, 1]);
    else c.add(monthOf(r.date), r.region, [1, r.weight, r.weight * k.score, 0]);
  }

  // Air: [days, valid, good, PM10 Σ, PM10 n, PM2.5 Σ, PM2.5 n] and the editions used per month.
  const air = cellsOf('air', 7);
  const airStandards = new Map<string, Set<string>>();
  for (const d of inputs.airDays) {
    const pm10 = d.concentrations.PM10;
    const pm25 = d.concentrations['PM2.5'];
    air.add(monthOf(d.date), d.region, [
      1,
      d.valid ? 1 : 0,
      d.good === true ? 1 : 0,
      pm10 ?? 0,
      pm10 === null ? 0 : 1,
      pm25 ?? 0,
      pm25 === null ? 0 : 1,
    ]);
    const set = airStandards.get(monthOf(d.date)) ?? new Set();
    set.add(d.standard);
    airStandards.set(monthOf(d.date), set);
  }
  const standardsIn = (months: readonly string[]) =>
    [...new Set(months.flatMap((m) => [...(airStandards.get(m) ?? [])]))].sort();

  // Reported sums per code: [reports, Σ value].
  const reportedSums = new Map<string, Cells>();
  const reportedByCode = new Map<string, ReportedRecord[]>();
  for (const r of inputs.reported) {
    let c = reportedSums.get(r.code);
    if (!c) {
      c = new Cells(2);
      reportedSums.set(r.code, c);
    }
    c.add(monthOf(r.date), r.region, [1, r.value]);
    const list = reportedByCode.get(r.code) ?? [];
    list.push(r);
    reportedByCode.set(r.code, list);
  }
  for (const list of reportedByCode.values()) list.sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);

  const essential = new Set(inputs.essentialDrugs.map((v) => v.trim()));
  // Drug sample cells by month: [region, samples, essential variety or null], trimmed once.
  const drugCellsByMonth = new Map<
    string,
    { region: string | null; n: number; variety: string | null; evaluative: boolean }[]
  >();
  for (const c of inputs.drugSamples) {
    const variety = c.variety.trim();
    const list = drugCellsByMonth.get(c.month) ?? [];
    list.push({
      region: c.region,
      n: c.n,
      variety: essential.has(variety) ? variety : null,
      evaluative: isEvaluativeSampling(c.kind),
    });
    drugCellsByMonth.set(c.month, list);
  }
  // Survey sectors in the order a breakdown lists them.
  const surveySectors = [...surveyBySector].sort(([a], [b]) => a.localeCompare(b, 'zh'));
  // Water projects with a 检测 check, by month.
  const testedByMonth = new Map<string, Set<string>>();
  for (const c of inputs.waterProjectChecks) {
    if (c.checkKind !== TEST_KIND) continue;
    const set = testedByMonth.get(c.month) ?? new Set<string>();
    set.add(c.projectCode);
    testedByMonth.set(c.month, set);
  }

  /** Latest report of a code in a date range for a region (the 州: its own or unplaced reports). */
  function latestReport(code: string, scope: RegionScope, from: string, to: string): ReportedRecord | null {
    const own = (r: ReportedRecord) =>
      scope.isPrefecture ? r.region === null || r.region === inputs.prefecture : r.region === scope.code;
    let best: ReportedRecord | null = null;
    for (const r of reportedByCode.get(code) ?? []) if (r.date >= from && r.date <= to && own(r)) best = r;
    return best;
  }

  /** For counts: the 州's own latest report, or else the sum of each county's latest. */
  function latestCount(
    code: string,
    scope: RegionScope,
    from: string,
    to: string,
  ): { value: number | null; records: number } {
    const own = latestReport(code, scope, from, to);
    if (own || !scope.isPrefecture) return { value: own?.value ?? null, records: own ? 1 : 0 };
    const perRegion = new Map<string, ReportedRecord>();
    for (const r of reportedByCode.get(code) ?? [])
      if (r.date >= from && r.date <= to && r.region !== null) perRegion.set(r.region, r);
    if (perRegion.size === 0) return { value: null, records: 0 };
    return { value: [...perRegion.values()].reduce((s, r) => s + r.value, 0), records: perRegion.size };
  }

  const periodBounds = (months: readonly string[]) => ({
    from: `${months[0] ?? `${inputs.year}-01`}-01`,
    to: `${months[months.length - 1] ?? `${inputs.year}-12`}-31`,
  });
  const lastYear = (months: readonly string[]) => months.map((m) => `${Number(m.slice(0, 4)) - 1}${m.slice(4)}`);

  // A section's class over some months does not depend on who asks: classified once per set of
  // months (a matrix asks for each of 18 periods from 9 regions), filtered per region.
  const sectionsByMonths = new Map<string, { site: string; region: string | null; result: SectionResult }[]>();

  function allSections(months: readonly string[]) {
    const key = months.join(',');
    const hit = sectionsByMonths.get(key);
    if (hit) return hit;
    const wanted = new Set(months);
    const bySite = new Map<string, WaterSampleRecord[]>();
    for (const s of sectionSamples) {
      if (!wanted.has(monthOf(s.date))) continue;
      const list = bySite.get(s.siteName) ?? [];
      list.push(s);
      bySite.set(s.siteName, list);
    }
    const out: { site: string; region: string | null; result: SectionResult }[] = [];
    for (const [site, list] of bySite) {
      // A section belongs where its latest sample of the period places it.
      const region = [...list].sort((a, b) => a.date.localeCompare(b.date)).at(-1)?.region ?? null;
      out.push({ site, region, result: classifySection(list, opts.belowDetectionInMeans) });
    }
    out.sort((a, b) => a.site.localeCompare(b.site, 'zh'));
    sectionsByMonths.set(key, out);
    return out;
  }

  function sections(scope: RegionScope, months: readonly string[]) {
    return allSections(months).filter((s) => inScope(s.region, scope));
  }

  function airDays(scope: RegionScope, months: readonly string[]): CityDay[] {
    const wanted = new Set(months);
    return inputs.airDays.filter((d) => wanted.has(monthOf(d.date)) && inScope(d.region, scope));
  }

  function measure(def: IndicatorDef, scope: RegionScope, months: readonly string[]): Measure {
    const simple = cells.get(def.code);
    switch (def.code) {
      case 'food_pass_rate':
      case 'key_consumer_pass_rate':
      case 'manufacturing_pass_rate':
      case 'agri_pass_rate':
      case 'construction_first_pass_rate':
      case 'water_project_pass_rate':
      case 'large_water_project_excellent_rate':
      case 'drinking_water_rate':
      case 'effluent_1a_rate':
        return proportion((simple as Cells).total(months, scope));

      case 'sewage_treatment_rate': {
        const [n = 0, treated = 0, total = 0] = (simple as Cells).total(months, scope);
        return {
          value: total > 0 ? (treated / total) * 100 : null,
          numerator: treated,
          denominator: total,
          records: n,
          excluded: 0,
        };
      }

      case 'air_good_days_ratio': {
        const [days = 0, valid = 0, good = 0] = air.total(months, scope);
        return {
          value: valid > 0 ? (good / valid) * 100 : null,
          numerator: good,
          denominator: valid,
          records: valid,
          excluded: days - valid,
          standards: standardsIn(months),
        };
      }

      case 'pm10_decrease':
      case 'pm25_decrease': {
        const [sumI, nI] = def.code === 'pm10_decrease' ? [3, 4] : [5, 6];
        const cur = air.total(months, scope);
        const prevMonths = lastYear(months);
        const prev = air.total(prevMonths, scope);
        const mean = (v: number[]) => ((v[nI] as number) > 0 ? (v[sumI] as number) / (v[nI] as number) : null);
        const c = mean(cur);
        const p = mean(prev);
        return {
          value: c !== null && p !== null && p > 0 ? ((p - c) / p) * 100 : null,
          numerator: null,
          denominator: null,
          records: Math.min(cur[nI] as number, prev[nI] as number),
          excluded: 0,
          comparison: {
            current: c,
            previous: p,
            unit: 'μg/m³',
            currentRecords: cur[nI] as number,
            previousRecords: prev[nI] as number,
          },
          standards: standardsIn([...prevMonths, ...months]),
        };
      }

      case 'service_satisfaction': {
        const breakdown: NonNullable<Measure['breakdown']> = [];
        let weighted = 0;
        let responses = 0;
        let excl = 0;
        for (const [sector, c] of surveySectors) {
          const [n = 0, w = 0, ws = 0, x = 0] = c.total(months, scope);
          excl += x;
          if (n === 0) continue;
          const index = w > 0 ? ws / w : null;
          breakdown.push({ label: sector, records: n, value: index });
          if (index !== null) {
            weighted += n * index;
            responses += n;
          }
        }
        return {
          value: responses > 0 ? weighted / responses : null,
          numerator: null,
          denominator: null,
          records: responses,
          excluded: excl,
          breakdown,
        };
      }

      case 'essential_drug_coverage':
      case 'drug_evaluation_coverage': {
        // The same variety scope; evaluation coverage counts 评价性抽检 samples only.
        const onlyEvaluative = def.code === 'drug_evaluation_coverage';
        const covered = new Set<string>();
        let samples = 0;
        for (const m of new Set(months)) {
          for (const c of drugCellsByMonth.get(m) ?? []) {
            if (!inScope(c.region, scope) || (onlyEvaluative && !c.evaluative)) continue;
            samples += c.n;
            if (c.variety !== null) covered.add(c.variety);
          }
        }
        const n = essential.size;
        return {
          value: n > 0 ? (covered.size / n) * 100 : null,
          numerator: covered.size,
          denominator: n,
          records: n,
          excluded: samples,
        };
      }

      case 'water_project_test_rate': {
        const { from, to } = periodBounds(months);
        const tested = new Set<string>();
        for (const m of months) for (const code of testedByMonth.get(m) ?? []) tested.add(code);
        const building = inputs.waterProjects.filter((p) => inScope(p.region, scope) && underConstruction(p, from, to));
        const covered = building.filter((p) => tested.has(p.code)).length;
        return {
          value: building.length > 0 ? (covered / building.length) * 100 : null,
          numerator: covered,
          denominator: building.length,
          records: building.length,
          excluded: 0,
        };
      }

      case 'drug_qc_lab_rate': {
        const { to } = periodBounds(months);
        const listed = inputs.drugManufacturers.filter((m) => m.date <= to && inScope(m.region, scope));
        const withLab = listed.filter((m) => m.hasQcLab).length;
        return {
          value: listed.length > 0 ? (withLab / listed.length) * 100 : null,
          numerator: withLab,
          denominator: listed.length,
          records: listed.length,
          excluded: 0,
        };
      }

      case 'state_section_rate': {
        const list = sections(scope, months);
        const counted = list.filter((s) => s.result.result !== 'excluded');
        const good = counted.filter((s) => s.result.result === 'passed').length;
        return {
          value: counted.length > 0 ? (good / counted.length) * 100 : null,
          numerator: good,
          denominator: counted.length,
          records: counted.length,
          excluded: list.length - counted.length,
          standards: ['GB 3838-2002'],
        };
      }

      case 'certified_products_growth': {
        const { to } = periodBounds(months);
        const cur = latestCount(def.code, scope, `${inputs.year}-01-01`, to);
        const prev = latestCount(def.code, scope, `${inputs.year - 1}-01-01`, `${inputs.year - 1}-12-31`);
        const value =
          cur.value !== null && prev.value !== null && prev.value > 0
            ? ((cur.value - prev.value) / prev.value) * 100
            : null;
        return {
          value,
          numerator: null,
          denominator: null,
          records: cur.records > 0 && prev.records > 0 ? cur.records : 0,
          excluded: 0,
          comparison: {
            current: cur.value,
            previous: prev.value,
            unit: '个',
            currentRecords: cur.records,
            previousRecords: prev.records,
          },
        };
      }

      case 'quality_level_milestone': {
        const { to } = periodBounds(months);
        const r = latestReport(def.code, scope, `${inputs.year}-01-01`, to);
        return {
          value: r === null ? null : r.value >= 1 ? 1 : 0,
          numerator: null,
          denominator: null,
          records: r ? 1 : 0,
          excluded: 0,
        };
      }

      default: {
        if (def.aggregate === 'latest') {
          const { from, to } = periodBounds(months);
          const r = latestReport(def.code, scope, from, to);
          return { value: r?.value ?? null, numerator: null, denominator: null, records: r ? 1 : 0, excluded: 0 };
        }
        const c = reportedSums.get(def.code);
        const [n = 0, sum = 0] = c ? c.total(months, scope) : [0, 0];
        return { value: n > 0 ? sum : null, numerator: null, denominator: null, records: n, excluded: 0 };
      }
    }
  }

  function reportRows(def: IndicatorDef, scope: RegionScope, months: readonly string[]) {
    const { from, to } = periodBounds(months);
    const all = (reportedByCode.get(def.code) ?? []).filter((r) => inScope(r.region, scope));
    if (def.aggregate !== 'latest') {
      return all
        .filter((r) => r.date >= from && r.date <= to)
        .map((record) => ({ record, used: true, reason: '本期报送, 计入合计' }));
    }
    // Latest-value indicators: the report each window uses, and the ones it superseded.
    const windows =
      def.code === 'certified_products_growth'
        ? [
            { from: `${inputs.year}-01-01`, to, label: '本年最新报送' },
            { from: `${inputs.year - 1}-01-01`, to: `${inputs.year - 1}-12-31`, label: '上年最新报送(比较基数)' },
          ]
        : [{ from: def.code === 'quality_level_milestone' ? `${inputs.year}-01-01` : from, to, label: '本期最新报送' }];
    const out: { record: ReportedRecord; used: boolean; reason: string }[] = [];
    for (const w of windows) {
      const inWindow = all.filter((r) => r.date >= w.from && r.date <= w.to);
      const own = latestReport(def.code, scope, w.from, w.to);
      const used = new Set<number>();
      if (own) used.add(own.id);
      else if (scope.isPrefecture && def.code === 'certified_products_growth') {
        const perRegion = new Map<string, ReportedRecord>();
        for (const r of inWindow) if (r.region !== null) perRegion.set(r.region, r);
        for (const r of perRegion.values()) used.add(r.id);
      }
      for (const record of inWindow) {
        const isUsed = used.has(record.id);
        const reason = isUsed
          ? own
            ? w.label
            : `${w.label}(全州无州级报送, 按各县最新报送合计)`
          : scope.isPrefecture && record.region !== null && record.region !== inputs.prefecture && own
            ? '全州取州级报送, 县级报送不计入'
            : '已被更晚的报送取代';
        out.push({ record, used: isUsed, reason });
      }
    }
    return out;
  }

  return { inputs, measure, sections, airDays, reportRows, options: opts };
}

/** A project is under construction in [from, to] if it started by `to` and had not finished before `from`. */
export function underConstruction(
  p: { start: string; endDate: string | null; status: string },
  from: string,
  to: string,
): boolean {
  if (p.start > to) return false;
  if (p.endDate !== null) return p.endDate >= from;
  return p.status !== '完工';
}

/** Every catalogue indicator's code, for callers that want the whole set. */
export const ALL_CODES = CATALOGUE.map((d) => d.code);
