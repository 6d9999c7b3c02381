// Why each record counts: passed (in the numerator), failed (in the denominator only) or
// excluded (in neither), with a Chinese reason. The monthly aggregates and the drill-down lists
// use the same rules, so the records listed are exactly the ones counted.
import {
  type DrinkingWaterSourceResult,
  type EffluentComplianceResult,
  effluentCompliance,
  evaluateWaterClass,
  formatMeasurement,
  type Measurement,
  meetsDrinkingWaterSource,
  type WaterBody,
  type WaterClassResult,
  type WaterSample,
} from '../standards/index.ts';
import type { EffluentRecord, SurveyResponse, WaterSampleRecord } from './inputs.ts';
import { type BelowDetectionInMeans, meanMeasurement, type WaterItem } from './measured-values.ts';

export type RecordResult = 'passed' | 'failed' | 'excluded';
export const RECORD_RESULTS: readonly RecordResult[] = ['passed', 'failed', 'excluded'];
export const RESULT_LABELS: Record<RecordResult, string> = {
  passed: '计入(合格/达标)',
  failed: '计入(不合格/未达标)',
  excluded: '不计入',
};

export interface Classified {
  result: RecordResult;
  reason: string;
}

const passed = (reason: string): Classified => ({ result: 'passed', reason });
const failed = (reason: string): Classified => ({ result: 'failed', reason });
const excluded = (reason: string): Classified => ({ result: 'excluded', reason });

// ---- sampling tables (their SQL counterparts live in the indicator repository) ----

export const FOOD_COUNTED_TYPE = '监督抽检';

export function classifyFood(r: { samplingType: string; passed: number }): Classified {
  if (r.samplingType !== FOOD_COUNTED_TYPE)
    return excluded(`${r.samplingType || '未注明抽检类型'}不计入合格率(仅统计监督抽检)`);
  return r.passed === 1 ? passed('监督抽检合格') : failed('监督抽检不合格');
}

export const PRODUCT_COUNTED_RESULTS = ['合格', '不合格'] as const;

export function classifyProductCheck(
  code: 'key_consumer_pass_rate' | 'manufacturing_pass_rate',
  r: { productType: string; keyConsumer: boolean; localProducer: boolean; result: string },
): Classified {
  if (code === 'key_consumer_pass_rate' && !r.keyConsumer) return excluded('不在重点消费品目录');
  if (code === 'manufacturing_pass_rate') {
    if (r.productType !== 'industrial') return excluded('非工业产品');
    if (!r.localProducer) return excluded('非本地生产企业产品');
  }
  if (r.result === '合格') return passed('抽查合格');
  if (r.result === '不合格') return failed('抽查不合格');
  if (r.result === '拒检' || r.result === '涉嫌无证') return excluded(`${r.result}批次不计入分子分母`);
  return excluded(`抽查结果「${r.result}」无法判定`);
}

/** indicators.md #3: 蔬菜、水果、茶叶、畜禽产品、水产品 (matched as prefixes: 畜禽 covers 畜禽产品/畜禽肉). */
export const DEFAULT_AGRI_CATEGORIES = ['蔬菜', '水果', '茶叶', '畜禽', '水产'];
export const AGRI_COUNTED_TYPE = '例行监测';

export function isMainAgriCategory(category: string, categories: readonly string[] = DEFAULT_AGRI_CATEGORIES): boolean {
  return categories.some((c) => category.startsWith(c));
}

export function classifyAgri(
  r: { monitoringType: string; category: string; passed: number },
  categories: readonly string[] = DEFAULT_AGRI_CATEGORIES,
): Classified {
  if (r.monitoringType !== AGRI_COUNTED_TYPE) return excluded(`${r.monitoringType}不计入(仅统计例行监测)`);
  if (!isMainAgriCategory(r.category, categories)) return excluded(`「${r.category}」不属于主要农产品`);
  return r.passed === 1 ? passed('监测合格') : failed('监测不合格');
}

export const LARGE_MEDIUM = ['大型', '中型'];

export function classifyConstruction(r: { size: string; attempt: number; passed: number }): Classified {
  if (!LARGE_MEDIUM.includes(r.size)) return excluded(`${r.size || '规模未注明'}工程不计入(仅统计大中型)`);
  if (r.attempt !== 1) return excluded(`第 ${r.attempt} 次验收, 只以首次验收计`);
  return r.passed === 1 ? passed('首次验收合格') : failed('首次验收不合格');
}

export const EVALUATION_KIND = '质量评定';
export const TEST_KIND = '检测抽检';

export function classifyWaterProjectEvaluation(r: { checkKind: string; grade: string }): Classified {
  if (r.checkKind !== EVALUATION_KIND) return excluded(`${r.checkKind}不属于质量评定`);
  if (r.grade === '优良' || r.grade === '合格') return passed(`质量评定为${r.grade}`);
  return failed(`质量评定为${r.grade || '未注明'}`);
}

export function classifyLargeWaterProjectEvaluation(
  r: { checkKind: string; grade: string },
  size: string | null,
): Classified {
  if (r.checkKind !== EVALUATION_KIND) return excluded(`${r.checkKind}不属于质量评定`);
  if (size === null) return excluded('工程不在水利工程名录中, 规模未知');
  if (size !== '大型') return excluded(`${size}工程不计入(仅统计大型)`);
  return r.grade === '优良' ? passed('质量评定为优良') : failed(`质量评定为${r.grade || '未注明'}, 未达到优良`);
}

// ---- water (GB 3838—2002) ----

export function isDrinkingSource(siteType: string): boolean {
  return siteType.includes('饮用水');
}

export function isStateSection(siteType: string): boolean {
  return siteType.includes('国控');
}

export function waterBodyOf(s: string | null): WaterBody {
  return s !== null && /湖|库/.test(s) ? 'lake' : 'river';
}

function onlyEvaluated(items: Partial<Record<WaterItem, Measurement>>): WaterSample {
  return items as WaterSample;
}

export interface DrinkingSampleResult extends Classified {
  detail: DrinkingWaterSourceResult | null;
}

/** indicators.md #14: Table 1 (without 水温/总氮/粪大肠菌群) Class III or better, and Table 2 met. */
export function classifyDrinkingSample(s: WaterSampleRecord): DrinkingSampleResult {
  if (!isDrinkingSource(s.siteType)) return { ...excluded(`${s.siteType}不是集中式饮用水水源地`), detail: null };
  if (s.items.errors.length > 0) {
    return {
      ...excluded(`测定值无法识别: ${s.items.errors.map((e) => `${e.item} ${e.error}`).join('; ')}`),
      detail: null,
    };
  }
  const detail = meetsDrinkingWaterSource(onlyEvaluated(s.items.values), { waterBody: waterBodyOf(s.waterBody) });
  const t1 = detail.table1;
  if (t1.items.length === 0) return { ...excluded('样品无表1基本项目测定值'), detail };
  const cls = t1.class ?? `${t1.bestPossibleClass}–${t1.worstPossibleClass}`;
  if (detail.meets === true) return { ...passed(`单因子类别 ${cls} 类, 表2补充项目均未超标`), detail };
  if (detail.meets === false) {
    const why = [
      ...(detail.table1MeetsClassIII === false
        ? [`单因子类别 ${cls} 类(${t1.mainPollutants.map((p) => p.label).join('、') || t1.limitingItems.join('、')})`]
        : []),
      ...detail.table2Exceedances.map((c) => `${c.name} ${formatMeasurement(c.value)} 超过 ${c.limit}`),
    ];
    return { ...failed(`未达标: ${why.join('; ')}`), detail };
  }
  return {
    ...excluded(`检出限高于标准限值, 无法判定是否达标(${[...t1.undecidedItems].join('、') || '表2项目'})`),
    detail,
  };
}

export interface SectionResult extends Classified {
  samples: number;
  mean: WaterSample;
  detail: WaterClassResult | null;
}

/** indicators.md #15: the class of a section from its period means (评价办法 2011 数据统计). */
export function classifySection(
  samples: readonly WaterSampleRecord[],
  policy: BelowDetectionInMeans = 'half-limit',
): SectionResult {
  const first = samples[0];
  if (first === undefined) return { ...excluded('本期无监测数据'), samples: 0, mean: {}, detail: null };
  const values = new Map<WaterItem, Measurement[]>();
  for (const s of samples) {
    for (const [item, v] of Object.entries(s.items.values) as [WaterItem, Measurement][]) {
      const list = values.get(item);
      if (list) list.push(v);
      else values.set(item, [v]);
    }
  }
  const mean: Partial<Record<WaterItem, Measurement>> = {};
  for (const [item, list] of values) {
    const m = meanMeasurement(list, policy);
    if (m !== null) mean[item] = m;
  }
  const detail = evaluateWaterClass(onlyEvaluated(mean), { waterBody: waterBodyOf(first.waterBody) });
  const n = samples.length;
  if (detail.items.length === 0) return { ...excluded('无表1基本项目测定值'), samples: n, mean, detail };
  if (detail.class === null) {
    return {
      ...excluded(`检出限使类别无法确定(${detail.bestPossibleClass}–${detail.worstPossibleClass} 类)`),
      samples: n,
      mean,
      detail,
    };
  }
  const label = `${n} 次监测均值 ${detail.class} 类`;
  if (['I', 'II', 'III'].includes(detail.class)) return { ...passed(`${label}, 水质优良`), samples: n, mean, detail };
  return {
    ...failed(`${label}, 主要污染指标 ${detail.mainPollutants.map((p) => p.label).join('、')}`),
    samples: n,
    mean,
    detail,
  };
}

// ---- effluent (GB 18918—2002) ----

export interface EffluentResult extends Classified {
  detail: EffluentComplianceResult | null;
}

/** indicators.md #17: every GB 18918 一级A basic control item present meets its limit. */
export function classifyEffluent(e: EffluentRecord): EffluentResult {
  if (e.items.errors.length > 0) {
    return {
      ...excluded(`测定值无法识别: ${e.items.errors.map((x) => `${x.item} ${x.error}`).join('; ')}`),
      detail: null,
    };
  }
  if (Object.keys(e.items.values).length === 0) return { ...excluded('样品无 GB 18918 控制项目测定值'), detail: null };
  const detail = effluentCompliance(e.items.values, '1A', {
    date: e.date,
    ...(e.items.waterTemperatureC === undefined ? {} : { waterTemperatureC: e.items.waterTemperatureC }),
    ...(e.items.plantBuiltOn === undefined ? {} : { plantBuiltOn: e.items.plantBuiltOn }),
  });
  if (detail.compliant === true) return { ...passed('各项目均达到一级A标准'), detail };
  if (detail.compliant === false) {
    return {
      ...failed(
        `超标: ${detail.exceedances.map((x) => `${x.name} ${formatMeasurement(x.value)}(限值 ${Array.isArray(x.limit) ? x.limit.join('~') : x.limit})`).join('; ')}`,
      ),
      detail,
    };
  }
  return { ...excluded(`无法判定: ${detail.undecided.map((u) => `${u.name} ${u.reason}`).join('; ')}`), detail };
}

// ---- satisfaction survey ----

/**
 * A response's score: the weighted mean of its item scores (0–100). Items are `{题目: 分数}` or
 * `{题目: {score, weight}}`; without weights every item counts the same.
 */
export function surveyScore(items: Record<string, unknown>): { score: number | null; reason: string } {
  let sum = 0;
  let weights = 0;
  const bad: string[] = [];
  for (const [name, v] of Object.entries(items)) {
    let score: unknown = v;
    let weight: unknown = 1;
    if (typeof v === 'object' && v !== null) {
      score = (v as { score?: unknown }).score;
      weight = (v as { weight?: unknown }).weight ?? 1;
    }
    const s = typeof score === 'string' ? Number(score) : score;
    const w = typeof weight === 'string' ? Number(weight) : weight;
    if (typeof s !== 'number' || !Number.isFinite(s) || s < 0 || s > 100 || typeof w !== 'number' || !(w >= 0)) {
      bad.push(name);
      continue;
    }
    sum += s * w;
    weights += w;
  }
  if (bad.length > 0) return { score: null, reason: `题目得分无效(应为 0–100): ${bad.join('、')}` };
  if (weights === 0) return { score: null, reason: '问卷没有有效题目得分' };
  return { score: sum / weights, reason: '' };
}

export function classifySurvey(r: SurveyResponse): Classified & { score: number | null } {
  const { score, reason } = surveyScore(r.items);
  if (score === null) return { ...excluded(reason), score };
  if (!(r.weight > 0)) return { ...excluded('问卷权重不为正数'), score };
  return { ...passed(`问卷得分 ${Number(score.toFixed(2))}`), score };
}
