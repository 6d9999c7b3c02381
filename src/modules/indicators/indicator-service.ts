// Computes every indicator for a region × period on request: the inputs come from one aggregate
// per record table (cached until the table changes), every region and period is then derived in
// memory, and each value is judged against the plan's target where the plan sets one.
//
// Every request first reads the data stamp (one query: the per-table data versions, the plans'
// and regions' identity). Computed results — the board, an indicator's detail, the matrix — are
// cached under that stamp and "today", so an unchanged database answers a repeated request with
// a map lookup, and a write (which bumps its tables' versions in its own transaction) is seen by
// the very next request. Concurrent requests for the same result share one computation.

import { AppError } from '../../core/errors/app-error.ts';
import { CATALOGUE, type IndicatorDef, indicatorByCode } from '../../core/indicators/catalogue.ts';
import {
  type EffectiveTarget,
  effectiveTarget,
  evaluateIndicator,
  type IndicatorValue,
} from '../../core/indicators/evaluate.ts';
import { lastDataMonth } from '../../core/indicators/inputs.ts';
import {
  type EngineOptions,
  type IndicatorEngine,
  prepareIndicators,
  type RegionScope,
} from '../../core/indicators/measures.ts';
import {
  chinaDate,
  isComplete,
  isPeriodKey,
  monthsOfYear,
  type Period,
  periodsOfYear,
  resolvePeriod,
} from '../../core/indicators/periods.ts';
import { linkPlanTargets, type PlanLinks, type PlanTargetRef } from '../../core/indicators/plan-links.ts';
import {
  classifyDrinkingSample,
  classifySection,
  isDrinkingSource,
  isStateSection,
  type RecordResult,
} from '../../core/indicators/record-results.ts';
import type { Region } from '../org/org-repository.ts';
import { nowIso } from '../shared/clock.ts';
import type { Store } from '../store.ts';
import { inputsCache } from './indicator-inputs.ts';
import { type DrillPage, drillDown } from './indicator-records.ts';
import { type DataStamp, STAMPED_TABLES, type StampedTable } from './indicator-repository.ts';
import { MAX_EXPORT_ROWS, recordsWorkbook } from './indicator-xlsx.ts';
import { LruCache } from './lru-cache.ts';

export interface IndicatorServiceOptions {
  /** The clock (tests fix "today"). */
  now?: () => Date;
  engine?: EngineOptions;
}

export interface IndicatorQuery {
  year?: number;
  region?: string;
  /** 2023-05 | 2023-Q2 | 2023-YTD | 2023; defaults to the year. */
  period?: string;
}

export interface RegionValue {
  region: string;
  regionName: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  records: number;
  status: IndicatorValue['status'];
  statusReason: string;
}

export interface IndicatorItem extends IndicatorValue {
  byRegion?: RegionValue[];
}

export interface PlanTargetView {
  id: number;
  indicator: string;
  text: string;
  comparator: string;
  value: number;
  unit: string;
}

type Links = { plan: { id: number; version: number; title: string } | null } & PlanLinks<PlanTargetRef>;

const MAX_ENGINES = 4;
/** Boards, details and matrices kept (~100 kB each); each is keyed by the data it was computed from. */
const MAX_RESULTS = 128;

interface RegionList {
  prefecture: Region;
  counties: Region[];
  byCode: Map<string, Region>;
}

interface PreparedEngine {
  engine: IndicatorEngine;
  lastMonth: string | null;
}

/** One string naming every version in a stamp (equal strings: equal data). */
function stampKey(stamp: DataStamp): string {
  return `${STAMPED_TABLES.map((t) => stamp[t]).join('|')}|p${stamp.plans}|r${stamp.regions}`;
}

/** Cached results are shared by every caller: freezing makes an accidental edit throw instead of corrupting them. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function indicatorService(store: Store, options: IndicatorServiceOptions = {}) {
  const repo = store.indicators;
  const cache = inputsCache(repo);
  const engines = new LruCache<string, PreparedEngine>(MAX_ENGINES);
  const results = new LruCache<string, Promise<unknown>>(MAX_RESULTS);
  const linksCache = new LruCache<string, Promise<Links>>(8);
  let regionsCache: { stamp: string; value: Promise<RegionList> } | null = null;
  const now = options.now ?? (() => new Date());

  function regionList(stamp: DataStamp): Promise<RegionList> {
    if (regionsCache?.stamp === stamp.regions) return regionsCache.value;
    const value = (async () => {
      const all = await store.org.listRegions();
      const prefecture = all.find((r) => r.level === 'prefecture');
      if (!prefecture) throw new AppError('REGION_NOT_FOUND', '尚未配置州(市)级地区');
      return {
        prefecture,
        counties: all.filter((r) => r.level === 'county'),
        byCode: new Map(all.map((r) => [r.code, r])),
      };
    })();
    const entry = { stamp: stamp.regions, value };
    value.catch(() => {
      if (regionsCache === entry) regionsCache = null;
    });
    regionsCache = entry;
    return value;
  }

  async function engineFor(year: number, prefecture: string, stamp: DataStamp): Promise<PreparedEngine> {
    const { inputs, key: inputsKey } = await cache.load(year, prefecture, stamp);
    const key = `${year}|${prefecture}|${inputsKey}`;
    let prepared = engines.get(key);
    if (!prepared) {
      prepared = { engine: prepareIndicators(inputs, options.engine ?? {}), lastMonth: lastDataMonth(inputs) };
      engines.set(key, prepared);
    }
    return prepared;
  }

  /** The plan whose year is the requested one (latest version), and its targets linked to indicators. */
  function planLinks(year: number, stamp: DataStamp): Promise<Links> {
    // Plans are immutable versions: the highest plan id names the whole set.
    const key = `${year}|${stamp.plans}`;
    const hit = linksCache.get(key);
    if (hit) return hit;
    const value = loadPlanLinks(year);
    linksCache.set(key, value);
    value.catch(() => linksCache.deleteIf(key, value));
    return value;
  }

  async function loadPlanLinks(year: number) {
    const header = (await store.plans.listHeaders()).find((h) => h.year === year) ?? null;
    const plan = header ? await store.plans.load(header.id) : null;
    const targets: PlanTargetRef[] = (plan?.targets ?? []).map((t) => ({
      id: t.id,
      text: t.text,
      indicator: t.indicator,
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
    }));
    return {
      plan: header ? { id: header.id, version: header.version, title: header.title } : null,
      ...linkPlanTargets(targets, CATALOGUE),
    };
  }

  /**
   * A result computed once per key: concurrent callers share the computation, a failure is not
   * kept, and the value is frozen (every later caller is handed the same object).
   */
  function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = results.get(key);
    if (hit) return hit as Promise<T>;
    const value = compute().then(deepFreeze);
    results.set(key, value);
    value.catch(() => results.deleteIf(key, value));
    return value;
  }

  function parseQuery(q: IndicatorQuery, today: string): { year: number; periodKey: string } {
    const key = q.period?.trim();
    if (key !== undefined && key !== '') {
      if (!isPeriodKey(key))
        throw new AppError('PERIOD_INVALID', `期间「${key}」格式不正确, 应为 2023、2023-05、2023-Q2 或 2023-YTD`);
      const year = Number(key.slice(0, 4));
      if (q.year !== undefined && q.year !== year)
        throw new AppError('PERIOD_INVALID', `期间 ${key} 不在 ${q.year} 年内`);
      return { year, periodKey: key };
    }
    const year = q.year ?? Number(today.slice(0, 4));
    return { year, periodKey: String(year) };
  }

  async function context(q: IndicatorQuery, stamp?: DataStamp, at?: string) {
    const today = at ?? chinaDate(now());
    const { year, periodKey } = parseQuery(q, today);
    const st = stamp ?? (await cache.stamp());
    const regions = await regionList(st);
    const code = q.region ?? regions.prefecture.code;
    const region = regions.byCode.get(code);
    if (!region) throw new AppError('REGION_NOT_FOUND', `地区代码 ${code} 不存在`);
    const scope: RegionScope = { code, isPrefecture: region.level === 'prefecture' };
    const { engine, lastMonth } = await engineFor(year, regions.prefecture.code, st);
    const period = resolvePeriod(periodKey, { today, lastDataMonth: lastMonth });
    return { today, year, regions, region, scope, engine, period, lastMonth, stamp: st };
  }

  /** The cache key of a query's result: what was asked, "today", and the data it is computed from. */
  async function resultKey(kind: string, q: IndicatorQuery): Promise<{ key: string; stamp: DataStamp; today: string }> {
    const today = chinaDate(now());
    // Parsed first, so a malformed period is rejected before anything is read.
    const { year, periodKey } = parseQuery(q, today);
    const stamp = await cache.stamp();
    // No region (the 州) and an empty one (an error) must not share a key.
    const region = q.region === undefined ? '-' : `=${q.region}`;
    return { key: `${kind}|${year}|${region}|${periodKey}|${today}|${stampKey(stamp)}`, stamp, today };
  }

  function indicatorOf(code: string): IndicatorDef {
    const def = indicatorByCode(code);
    if (!def) throw new AppError('INDICATOR_NOT_FOUND', `指标「${code}」不存在`);
    return def;
  }

  function targetOf(def: IndicatorDef, l: Links): EffectiveTarget {
    return effectiveTarget(def, l.byCode.get(def.code) ?? [], options.engine ?? {});
  }

  function evaluate(
    engine: IndicatorEngine,
    def: IndicatorDef,
    target: EffectiveTarget,
    scope: RegionScope,
    period: Period,
    today: string,
  ) {
    return evaluateIndicator(def, target, engine.measure(def, scope, period.months), period, today);
  }

  function regionValue(v: IndicatorValue, r: Region): RegionValue {
    return {
      region: r.code,
      regionName: r.name,
      value: v.value,
      numerator: v.numerator,
      denominator: v.denominator,
      records: v.records,
      status: v.status,
      statusReason: v.statusReason,
    };
  }

  function periodView(p: Period, today: string) {
    return {
      key: p.key,
      kind: p.kind,
      label: p.label,
      start: p.start,
      end: p.end,
      months: p.months,
      complete: isComplete(p, today),
    };
  }

  function unlinkedView(t: PlanTargetRef): PlanTargetView {
    return { id: t.id, indicator: t.indicator, text: t.text, comparator: t.comparator, value: t.value, unit: t.unit };
  }

  async function computeList(q: IndicatorQuery, stamp: DataStamp, today: string) {
    const c = await context(q, stamp, today);
    const links = await planLinks(c.year, stamp);
    const items: IndicatorItem[] = CATALOGUE.map((def) => {
      const target = targetOf(def, links);
      const item: IndicatorItem = evaluate(c.engine, def, target, c.scope, c.period, c.today);
      if (c.scope.isPrefecture) {
        item.byRegion = c.regions.counties.map((r) =>
          regionValue(evaluate(c.engine, def, target, { code: r.code, isPrefecture: false }, c.period, c.today), r),
        );
      }
      return item;
    });
    return {
      year: c.year,
      region: c.region.code,
      regionName: c.region.name,
      period: c.period.key,
      periodInfo: periodView(c.period, c.today),
      dataThrough: c.lastMonth,
      computedAt: nowIso(now()),
      plan: links.plan,
      items,
      unlinkedPlanTargets: links.unlinked.map(unlinkedView),
    };
  }

  async function computeDetail(def: IndicatorDef, q: IndicatorQuery, stamp: DataStamp, today: string) {
    const c = await context(q, stamp, today);
    const links = await planLinks(c.year, stamp);
    const target = targetOf(def, links);
    const value = evaluate(c.engine, def, target, c.scope, c.period, c.today);
    const monthly = monthsOfYear(c.year).map((m) => {
      const p = resolvePeriod(m, { today: c.today });
      const v = evaluate(c.engine, def, target, c.scope, p, c.today);
      return {
        month: m,
        value: v.value,
        numerator: v.numerator,
        denominator: v.denominator,
        records: v.records,
        status: v.status,
      };
    });
    const regions = [c.regions.prefecture, ...c.regions.counties].map((r) =>
      regionValue(
        evaluate(c.engine, def, target, { code: r.code, isPrefecture: r.level === 'prefecture' }, c.period, c.today),
        r,
      ),
    );
    return {
      ...value,
      year: c.year,
      region: c.region.code,
      regionName: c.region.name,
      period: c.period.key,
      periodInfo: periodView(c.period, c.today),
      computedAt: nowIso(now()),
      definition: def.definition,
      formula: def.formula,
      sources: def.sources,
      regionRule: def.regionRule,
      standardClause: def.standard,
      minRecords: def.minRecords,
      statusRule: def.statusRule,
      monthly,
      regions,
    };
  }

  async function computeMatrix(year: number, today: string, stamp: DataStamp) {
    const regions = await regionList(stamp);
    const { engine, lastMonth } = await engineFor(year, regions.prefecture.code, stamp);
    const links = await planLinks(year, stamp);
    const periods = periodsOfYear(year, { today, lastDataMonth: lastMonth });
    const scopes = [regions.prefecture, ...regions.counties].map((r) => ({
      code: r.code,
      isPrefecture: r.level === 'prefecture',
    }));
    const values: {
      code: string;
      region: string;
      period: string;
      value: number | null;
      status: IndicatorValue['status'];
    }[] = [];
    for (const def of CATALOGUE) {
      const target = targetOf(def, links);
      for (const scope of scopes) {
        for (const p of periods) {
          const v = evaluate(engine, def, target, scope, p, today);
          values.push({ code: def.code, region: scope.code, period: p.key, value: v.value, status: v.status });
        }
      }
    }
    return { year, computedAt: nowIso(now()), values };
  }

  return {
    /**
     * For writers outside a Store transaction (scripts, benchmarks): new data versions for the
     * tables written — every record table when not told which. Writers with a transaction call
     * store.indicators.bumpDataVersion inside it instead.
     */
    bumpDataVersion: (tables?: StampedTable | readonly StampedTable[]) =>
      repo.bumpDataVersion(tables === undefined ? STAMPED_TABLES : typeof tables === 'string' ? [tables] : tables),

    /** Loads per input source so far (tests: a food write must not recompute the air). */
    inputLoads: () => cache.loads(),

    catalogue: () => CATALOGUE,

    /** Every indicator for one region × period, with the counties beside the 州's values. */
    async list(q: IndicatorQuery) {
      const { key, stamp, today } = await resultKey('list', q);
      return cached(key, () => computeList(q, stamp, today));
    },

    /** One indicator: its definition, the 12 monthly values of the year, and every region for the period. */
    async detail(code: string, q: IndicatorQuery) {
      const def = indicatorOf(code);
      const { key, stamp, today } = await resultKey(`detail:${def.code}`, q);
      return cached(key, () => computeDetail(def, q, stamp, today));
    },
    /** The records behind a value, a page at a time, each with its outcome and why. */
    async records(
      code: string,
      q: IndicatorQuery & { page: number; pageSize: number; result?: RecordResult; level?: string },
    ): Promise<
      DrillPage & {
        code: string;
        name: string;
        region: string;
        period: string;
        page: number;
        pageSize: number;
        rows: (DrillPage['rows'][number] & { regionName: string | null })[];
      }
    > {
      const def = indicatorOf(code);
      const c = await context(q);
      const result = await drillDown(repo, c.engine, {
        def,
        scope: c.scope,
        period: c.period,
        ...(q.result ? { result: q.result } : {}),
        ...(q.level ? { level: q.level } : {}),
        offset: (q.page - 1) * q.pageSize,
        limit: q.pageSize,
      });
      return {
        ...result,
        code: def.code,
        name: def.name,
        region: c.region.code,
        period: c.period.key,
        page: q.page,
        pageSize: q.pageSize,
        rows: result.rows.map((r) => ({
          ...r,
          regionName: r.region === null ? null : (c.regions.byCode.get(r.region)?.name ?? r.region),
        })),
      };
    },

    /** The same records as an Excel workbook (up to MAX_EXPORT_ROWS), with a sheet saying what they are. */
    async recordsXlsx(
      code: string,
      q: IndicatorQuery & { result?: RecordResult; level?: string },
    ): Promise<{ fileName: string; bytes: Buffer }> {
      const def = indicatorOf(code);
      const c = await context(q);
      const page = await drillDown(repo, c.engine, {
        def,
        scope: c.scope,
        period: c.period,
        ...(q.result ? { result: q.result } : {}),
        ...(q.level ? { level: q.level } : {}),
        offset: 0,
        limit: MAX_EXPORT_ROWS,
      });
      const bytes = await recordsWorkbook({
        name: def.name,
        code: def.code,
        regionName: c.region.name,
        periodLabel: c.period.label,
        counts: page.counts,
        total: page.total,
        columns: page.columns,
        rows: page.rows.map((r) => ({
          ...r,
          regionName: r.region === null ? null : (c.regions.byCode.get(r.region)?.name ?? r.region),
        })),
        generatedAt: nowIso(now()),
      });
      return { fileName: `${def.name}-${c.region.name}-${c.period.label}.xlsx`, bytes };
    },

    /** Per city and day: AQI, category, colour, primary pollutants, validity and standard (the AQI calendar). */
    async airDaily(q: { year?: number; region?: string }) {
      const c = await context({
        ...(q.year === undefined ? {} : { year: q.year }),
        ...(q.region ? { region: q.region } : {}),
      });
      const days = c.engine.airDays(c.scope, monthsOfYear(c.year));
      return {
        year: c.year,
        region: c.region.code,
        items: days.map((d) => ({
          city: d.city,
          region: d.region,
          regionName: d.region === null ? null : (c.regions.byCode.get(d.region)?.name ?? d.region),
          date: d.date,
          aqi: d.aqi,
          level: d.level,
          category: d.category,
          colour: d.colour,
          primaryPollutants: d.primaryPollutants,
          valid: d.valid,
          good: d.good,
          standard: d.standard,
          source: d.source,
          concentrations: d.concentrations,
          iaqi: d.iaqi,
          validity: d.validity,
          missing: d.missing,
          reportedAqi: d.reportedAqi,
          aqiMismatch: d.aqiMismatch,
          notes: d.notes,
        })),
      };
    },

    /** Each water site of the period: class of the period means, deciding items, compliance. */
    async waterSites(q: IndicatorQuery) {
      const c = await context(q);
      const wanted = new Set(c.period.months);
      const bySite = new Map<string, typeof c.engine.inputs.waterSamples>();
      for (const s of c.engine.inputs.waterSamples) {
        if (!wanted.has(s.date.slice(0, 7))) continue;
        const list = bySite.get(s.siteName) ?? [];
        list.push(s);
        bySite.set(s.siteName, list);
      }
      const items = [];
      for (const [site, samples] of bySite) {
        const last = samples[samples.length - 1];
        if (!last || !(c.scope.isPrefecture || last.region === c.scope.code)) continue;
        const section = classifySection(samples, c.engine.options.belowDetectionInMeans);
        const d = section.detail;
        const drinking = isDrinkingSource(last.siteType);
        let sampleCompliance: Record<RecordResult, number> | null = null;
        let meets: boolean | null;
        if (drinking) {
          sampleCompliance = { passed: 0, failed: 0, excluded: 0 };
          for (const s of samples) sampleCompliance[classifyDrinkingSample(s).result] += 1;
          meets = sampleCompliance.failed > 0 ? false : sampleCompliance.passed > 0 ? true : null;
        } else {
          meets = section.result === 'excluded' ? null : section.result === 'passed';
        }
        items.push({
          site,
          siteType: last.siteType,
          kind: drinking
            ? ('drinking' as const)
            : isStateSection(last.siteType)
              ? ('section' as const)
              : ('other' as const),
          region: last.region,
          regionName: last.region === null ? null : (c.regions.byCode.get(last.region)?.name ?? last.region),
          samples: samples.length,
          class: d?.class ?? null,
          bestPossibleClass: d?.bestPossibleClass ?? null,
          worstPossibleClass: d?.worstPossibleClass ?? null,
          grade: d?.grade ?? null,
          decidingItems: (d?.items ?? [])
            .filter((i) => d?.limitingItems.includes(i.item))
            .map((i) => ({ item: i.item, name: i.name, class: i.class })),
          mainPollutants: (d?.mainPollutants ?? []).map((p) => p.label),
          meets,
          sampleCompliance,
          reason: section.reason,
          standard: 'GB 3838-2002',
        });
      }
      items.sort((a, b) => a.kind.localeCompare(b.kind) || a.site.localeCompare(b.site, 'zh'));
      return {
        year: c.year,
        region: c.region.code,
        period: c.period.key,
        periodInfo: periodView(c.period, c.today),
        items,
      };
    },

    /**
     * Every indicator × the 州 and each county × every month, quarter, the year to date and the
     * year, from one load of the inputs (what the benchmark times).
     */
    async matrix(year: number) {
      const today = chinaDate(now());
      const stamp = await cache.stamp();
      return cached(`matrix|${year}|${today}|${stampKey(stamp)}`, () => computeMatrix(year, today, stamp));
    },
  };
}

export type IndicatorService = ReturnType<typeof indicatorService>;
