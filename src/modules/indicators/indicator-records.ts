// Drill-down: the exact records behind a value, each with its outcome (passed / failed /
// excluded) and why. Large tables are paged in SQL with a CASE that mirrors the core rules; the
// small ones are classified in memory by the same core functions the values come from.
import type { IndicatorDef } from '../../core/indicators/catalogue.ts';
import type { IndicatorEngine, RegionScope } from '../../core/indicators/measures.ts';
import { isEvaluativeSampling, underConstruction } from '../../core/indicators/measures.ts';
import type { Period } from '../../core/indicators/periods.ts';
import {
  AGRI_COUNTED_TYPE,
  classifyAgri,
  classifyConstruction,
  classifyDrinkingSample,
  classifyEffluent,
  classifyFood,
  classifyLargeWaterProjectEvaluation,
  classifyProductCheck,
  classifySurvey,
  classifyWaterProjectEvaluation,
  EVALUATION_KIND,
  FOOD_COUNTED_TYPE,
  isDrinkingSource,
  LARGE_MEDIUM,
  type RecordResult,
  TEST_KIND,
} from '../../core/indicators/record-results.ts';
import { formatMeasurement, type Measurement } from '../../core/standards/index.ts';
import { type IndicatorRepository, outcomeSql, type PagedTable } from './indicator-repository.ts';

export type FieldValue = string | number | boolean | null;

export interface DrillRow {
  id: number | null;
  date: string | null;
  region: string | null;
  result: RecordResult;
  reason: string;
  fields: Record<string, FieldValue>;
}

export interface DrillColumn {
  key: string;
  label: string;
}

export interface DrillPage {
  total: number;
  counts: Record<RecordResult, number>;
  columns: DrillColumn[];
  rows: DrillRow[];
}

export interface DrillQuery {
  def: IndicatorDef;
  scope: RegionScope;
  period: Period;
  result?: RecordResult;
  /** 抽查层级 (国抽/省抽/州抽/县抽), product checks only. */
  level?: string;
  offset: number;
  limit: number;
}

const col = (key: string, label: string): DrillColumn => ({ key, label });

interface PagedSpec {
  table: PagedTable;
  outcome: ReturnType<typeof outcomeSql.food>;
  columns: DrillColumn[];
  reason: (r: Record<string, unknown>) => string;
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const n = (v: unknown) => Number(v ?? 0);

function pagedSpec(def: IndicatorDef, agriCategories: readonly string[]): PagedSpec | null {
  switch (def.code) {
    case 'food_pass_rate':
      return {
        table: 'food_samples',
        outcome: outcomeSql.food(FOOD_COUNTED_TYPE),
        columns: [
          col('sample_no', '抽样编号'),
          col('product_name', '食品名称'),
          col('category', '食品大类'),
          col('sampled_unit_name', '被抽样单位'),
          col('producer_name', '标称生产企业'),
          col('sampling_type', '抽检类型'),
          col('failed_items_json', '不合格项目'),
          col('notice_no', '公告号'),
          col('lab', '检验机构'),
        ],
        reason: (r) => classifyFood({ samplingType: str(r.sampling_type), passed: n(r.passed) }).reason,
      };
    case 'key_consumer_pass_rate':
    case 'manufacturing_pass_rate': {
      const code = def.code;
      return {
        table: 'product_checks',
        outcome: code === 'key_consumer_pass_rate' ? outcomeSql.keyConsumer() : outcomeSql.manufacturing(),
        columns: [
          col('product_name', '产品名称'),
          col('enterprise_name', '生产企业'),
          col('level', '抽查层级'),
          col('result', '抽查结果'),
          col('failed_items', '主要不合格项目'),
          col('batch', '生产日期/批号'),
          col('lab', '承检机构'),
        ],
        reason: (r) =>
          classifyProductCheck(code, {
            productType: str(r.product_type),
            keyConsumer: n(r.key_consumer) === 1,
            localProducer: n(r.local_producer) === 1,
            result: str(r.result),
          }).reason,
      };
    }
    case 'agri_pass_rate':
      return {
        table: 'agri_samples',
        outcome: outcomeSql.agri(AGRI_COUNTED_TYPE, agriCategories),
        columns: [
          col('sample_no', '样品编号'),
          col('product_name', '产品名称'),
          col('category', '类别'),
          col('monitoring_type', '监测类型'),
          col('sampled_place', '抽样地点'),
          col('failed_items_json', '不合格项目'),
        ],
        reason: (r) =>
          classifyAgri(
            { monitoringType: str(r.monitoring_type), category: str(r.category), passed: n(r.passed) },
            agriCategories,
          ).reason,
      };
    case 'construction_first_pass_rate':
      return {
        table: 'construction_acceptances',
        outcome: outcomeSql.construction(LARGE_MEDIUM),
        columns: [
          col('project_code', '工程编号'),
          col('project_name', '工程名称'),
          col('size', '规模'),
          col('attempt', '验收次数'),
        ],
        reason: (r) => classifyConstruction({ size: str(r.size), attempt: n(r.attempt), passed: n(r.passed) }).reason,
      };
    case 'water_project_pass_rate':
      return {
        table: 'water_project_checks',
        outcome: outcomeSql.waterProjectEvaluation(EVALUATION_KIND),
        columns: [col('project_code', '工程编号'), col('check_kind', '类别'), col('grade', '评定等级')],
        reason: (r) => classifyWaterProjectEvaluation({ checkKind: str(r.check_kind), grade: str(r.grade) }).reason,
      };
    default:
      return null;
  }
}

const EMPTY_COUNTS = (): Record<RecordResult, number> => ({ passed: 0, failed: 0, excluded: 0 });

/** Filters, counts and pages rows classified in memory. */
function page(rows: DrillRow[], columns: DrillColumn[], q: DrillQuery): DrillPage {
  const counts = EMPTY_COUNTS();
  for (const r of rows) counts[r.result] += 1;
  const hits = q.result === undefined ? rows : rows.filter((r) => r.result === q.result);
  return { total: hits.length, counts, columns, rows: hits.slice(q.offset, q.offset + q.limit) };
}

function measurementText(v: Measurement | undefined): FieldValue {
  return v === undefined ? null : typeof v === 'number' ? v : formatMeasurement(v);
}

const inScope = (region: string | null, scope: RegionScope) => scope.isPrefecture || region === scope.code;

export async function drillDown(repo: IndicatorRepository, engine: IndicatorEngine, q: DrillQuery): Promise<DrillPage> {
  const { def, scope, period } = q;
  const months = period.months;
  const wanted = new Set(months);
  const inPeriod = (date: string) => wanted.has(date.slice(0, 7));
  const region = scope.isPrefecture ? null : scope.code;

  const spec = pagedSpec(def, engine.options.agriCategories);
  if (spec) {
    const { rows, counts } = await repo.pagedRecords({
      table: spec.table,
      outcome: spec.outcome,
      start: period.start,
      end: period.end,
      region,
      ...(scope.isPrefecture && (period.kind === 'year' || period.kind === 'ytd') ? { months } : {}),
      ...(q.result ? { result: q.result } : {}),
      ...(q.level ? { level: q.level } : {}),
      offset: q.offset,
      limit: q.limit,
    });
    const total = q.result === undefined ? counts.passed + counts.failed + counts.excluded : counts[q.result];
    return {
      total,
      counts,
      columns: spec.columns,
      rows: rows.map((r) => ({
        id: n(r.id),
        date: str(r.date),
        region: (r.region_code as string | null) ?? null,
        result: r.outcome as RecordResult,
        reason: spec.reason(r),
        fields: Object.fromEntries(spec.columns.map((c) => [c.key, (r[c.key] as FieldValue) ?? null])),
      })),
    };
  }

  const inputs = engine.inputs;
  switch (def.code) {
    case 'large_water_project_excellent_rate': {
      const sizeOf = new Map(inputs.waterProjects.map((p) => [p.code, p.size]));
      const rows = (await repo.waterProjectChecks(period.start, period.end, region)).map((r): DrillRow => {
        const size = sizeOf.get(r.project_code) ?? null;
        const k = classifyLargeWaterProjectEvaluation({ checkKind: r.check_kind, grade: r.grade }, size);
        return {
          id: r.id,
          date: r.date,
          region: r.region_code,
          ...k,
          fields: { project_code: r.project_code, size, check_kind: r.check_kind, grade: r.grade },
        };
      });
      return page(
        rows,
        [col('project_code', '工程编号'), col('size', '规模'), col('check_kind', '类别'), col('grade', '评定等级')],
        q,
      );
    }
    case 'water_project_test_rate': {
      const tested = new Map<string, number>();
      for (const c of inputs.waterProjectChecks) {
        if (c.checkKind === TEST_KIND && wanted.has(c.month))
          tested.set(c.projectCode, (tested.get(c.projectCode) ?? 0) + c.n);
      }
      const rows = inputs.waterProjects
        .filter((p) => inScope(p.region, scope) && underConstruction(p, period.start, period.end))
        .map((p): DrillRow => {
          const times = tested.get(p.code) ?? 0;
          return {
            id: p.id,
            date: p.start,
            region: p.region,
            result: times > 0 ? 'passed' : 'failed',
            reason: times > 0 ? `本期检测抽检 ${times} 次` : '本期在建但无检测抽检',
            fields: {
              project_code: p.code,
              project_name: p.name,
              size: p.size,
              status: p.status,
              end_date: p.endDate,
              tests: times,
            },
          };
        });
      return page(
        rows,
        [
          col('project_code', '工程编号'),
          col('project_name', '工程名称'),
          col('size', '规模'),
          col('status', '状态'),
          col('end_date', '完工日期'),
          col('tests', '检测抽检次数'),
        ],
        q,
      );
    }
    case 'essential_drug_coverage':
    case 'drug_evaluation_coverage': {
      const onlyEvaluative = def.code === 'drug_evaluation_coverage';
      const batches = new Map<string, number>();
      for (const c of inputs.drugSamples) {
        if (onlyEvaluative && !isEvaluativeSampling(c.kind)) continue;
        if (wanted.has(c.month) && inScope(c.region, scope))
          batches.set(c.variety.trim(), (batches.get(c.variety.trim()) ?? 0) + c.n);
      }
      const scopeSet = new Set(inputs.essentialDrugs.map((v) => v.trim()));
      const rows: DrillRow[] = [...scopeSet].map((variety) => {
        const k = batches.get(variety) ?? 0;
        return {
          id: null,
          date: null,
          region: null,
          result: k > 0 ? 'passed' : 'failed',
          reason: k > 0 ? `本期抽检 ${k} 批` : '本期未抽检',
          fields: { variety, batches: k },
        };
      });
      for (const [variety, k] of batches) {
        if (!scopeSet.has(variety))
          rows.push({
            id: null,
            date: null,
            region: null,
            result: 'excluded',
            reason: '不在基本药物品种范围内',
            fields: { variety, batches: k },
          });
      }
      return page(rows, [col('variety', '品种(通用名)'), col('batches', '抽检批次')], q);
    }
    case 'drug_qc_lab_rate': {
      const rows = inputs.drugManufacturers
        .filter((m) => m.date <= period.end && inScope(m.region, scope))
        .map(
          (m): DrillRow => ({
            id: m.id,
            date: m.date,
            region: m.region,
            result: m.hasQcLab ? 'passed' : 'failed',
            reason: m.hasQcLab ? '已建立规范化质量控制实验室' : '尚未建立规范化质量控制实验室',
            fields: { name: m.name },
          }),
        );
      return page(rows, [col('name', '企业名称')], q);
    }
    case 'air_good_days_ratio':
    case 'pm10_decrease':
    case 'pm25_decrease': {
      const isRatio = def.code === 'air_good_days_ratio';
      const pm = def.code === 'pm10_decrease' ? 'PM10' : 'PM2.5';
      const lastYear = new Set(months.map((m) => `${Number(m.slice(0, 4)) - 1}${m.slice(4)}`));
      const days = inputs.airDays.filter(
        (d) => inScope(d.region, scope) && (inPeriod(d.date) || (!isRatio && lastYear.has(d.date.slice(0, 7)))),
      );
      const rows = days.map((d): DrillRow => {
        let result: RecordResult;
        let reason: string;
        if (isRatio) {
          result = !d.valid ? 'excluded' : d.good ? 'passed' : 'failed';
          reason = !d.valid ? `AQI 无效(缺 ${d.missing.join('、')})` : `AQI ${d.aqi} ${d.category}`;
        } else {
          const v = d.concentrations[pm];
          const when = inPeriod(d.date) ? '本期' : '上年同期';
          result = v === null ? 'excluded' : 'passed';
          reason =
            v === null ? `${when}: ${pm} 日均值无效` : `${when}: ${pm} 日均值 ${Number(v.toFixed(1))} μg/m³ 计入均值`;
        }
        return {
          id: null,
          date: d.date,
          region: d.region,
          result,
          reason,
          fields: {
            city: d.city,
            aqi: d.aqi,
            category: d.category,
            primary: d.primaryPollutants.join('、'),
            PM10: d.concentrations.PM10,
            'PM2.5': d.concentrations['PM2.5'],
            source: d.source === 'hourly' ? '小时数据' : '日报',
            standard: d.standard,
          },
        };
      });
      return page(
        rows,
        [
          col('city', '城市'),
          col('aqi', 'AQI'),
          col('category', '类别'),
          col('primary', '首要污染物'),
          col('PM10', 'PM10(μg/m³)'),
          col('PM2.5', 'PM2.5(μg/m³)'),
          col('source', '数据来源'),
          col('standard', '标准'),
        ],
        q,
      );
    }
    case 'drinking_water_rate': {
      const rows = inputs.waterSamples
        .filter((s) => isDrinkingSource(s.siteType) && inPeriod(s.date) && inScope(s.region, scope))
        .map((s): DrillRow => {
          const k = classifyDrinkingSample(s);
          return {
            id: s.id,
            date: s.date,
            region: s.region,
            result: k.result,
            reason: k.reason,
            fields: {
              site: s.siteName,
              class: k.detail?.table1.class ?? null,
              deciding: k.detail?.table1.limitingItems.join('、') ?? null,
              NH3N: measurementText(s.items.values['NH3-N']),
              CODMn: measurementText(s.items.values.CODMn),
              TP: measurementText(s.items.values.TP),
            },
          };
        });
      return page(
        rows,
        [
          col('site', '水源地'),
          col('class', '单因子类别'),
          col('deciding', '定类项目'),
          col('NH3N', '氨氮'),
          col('CODMn', '高锰酸盐指数'),
          col('TP', '总磷'),
        ],
        q,
      );
    }
    case 'state_section_rate': {
      const rows = engine.sections(scope, months).map(
        (s): DrillRow => ({
          id: null,
          date: null,
          region: s.region,
          result: s.result.result,
          reason: s.result.reason,
          fields: {
            site: s.site,
            samples: s.result.samples,
            class: s.result.detail?.class ?? null,
            deciding: s.result.detail?.limitingItems.join('、') ?? null,
            main: s.result.detail?.mainPollutants.map((p) => p.label).join('、') ?? null,
          },
        }),
      );
      return page(
        rows,
        [
          col('site', '断面'),
          col('samples', '监测次数'),
          col('class', '均值类别'),
          col('deciding', '定类项目'),
          col('main', '主要污染指标'),
        ],
        q,
      );
    }
    case 'effluent_1a_rate': {
      const rows = inputs.effluent
        .filter((e) => inPeriod(e.date) && inScope(e.region, scope))
        .map((e): DrillRow => {
          const k = classifyEffluent(e);
          return {
            id: e.id,
            date: e.date,
            region: e.region,
            result: k.result,
            reason: k.reason,
            fields: {
              plant: e.plantName,
              COD: measurementText(e.items.values.COD),
              NH3N: measurementText(e.items.values['NH3-N']),
              TP: measurementText(e.items.values.TP),
              SS: measurementText(e.items.values.SS),
            },
          };
        });
      return page(
        rows,
        [col('plant', '污水处理厂'), col('COD', 'COD'), col('NH3N', '氨氮'), col('TP', '总磷'), col('SS', '悬浮物')],
        q,
      );
    }
    case 'sewage_treatment_rate': {
      const rows = (await repo.sewageRows(period.start, period.end, region)).map(
        (r): DrillRow => ({
          id: r.id,
          date: r.date,
          region: r.region_code,
          result: 'passed',
          reason: `处理量 ${r.treated}, 总量 ${r.total}: 计入合计`,
          fields: { area: r.area, treated: r.treated, total: r.total },
        }),
      );
      return page(rows, [col('area', '县城'), col('treated', '处理量'), col('total', '排放总量')], q);
    }
    case 'service_satisfaction': {
      const rows = inputs.survey
        .filter((r) => inPeriod(r.date) && inScope(r.region, scope))
        .map((r): DrillRow => {
          const k = classifySurvey(r);
          return {
            id: r.id,
            date: r.date,
            region: r.region,
            result: k.result,
            reason: k.reason,
            fields: {
              sector: r.sector,
              respondent: r.respondent,
              weight: r.weight,
              score: k.score === null ? null : Number(k.score.toFixed(2)),
            },
          };
        });
      return page(
        rows,
        [col('sector', '领域'), col('respondent', '受访者'), col('weight', '权重'), col('score', '问卷得分')],
        q,
      );
    }
    default: {
      // Reported values (sums, latest values, growth, milestones).
      const rows = engine.reportRows(def, scope, months).map(
        ({ record, used, reason }): DrillRow => ({
          id: record.id,
          date: record.date,
          region: record.region,
          result: used ? 'passed' : 'excluded',
          reason,
          fields: {
            value: record.value,
            unit: record.unit,
            reporter: record.reporter ?? null,
            evidence: record.evidence ?? null,
            note: record.note ?? null,
          },
        }),
      );
      return page(
        rows,
        [
          col('value', '报送值'),
          col('unit', '单位'),
          col('reporter', '报送单位'),
          col('evidence', '佐证材料'),
          col('note', '备注'),
        ],
        q,
      );
    }
  }
}
