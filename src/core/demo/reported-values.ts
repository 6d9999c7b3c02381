// Values responsible units report with evidence (indicators 18–22, 24–26). Quantities that add
// up (enterprises, 万亩, 座, 户, 亿元) are reported per county as the month's new amount; levels
// (机械化水平 %, 三品一标 count) are reported for the 州 as the level at quarter end, with last
// year's count for the trend, and the milestone (row 27) as 1 at year end. Codes are the
// indicator catalogue's. 农产品保鲜库 falls behind pace and ends the year short of 64.

import { indicatorByCode } from '../indicators/catalogue.ts';
import { allocate } from './allocate.ts';
import { daysInMonth, demoKey, isoDate } from './demo-calendar.ts';
import { DEMO_COUNTIES, DEMO_PREFECTURE } from './demo-regions.ts';
import type { ReportedValueRow } from './demo-rows.ts';
import type { Random } from './random.ts';

/** The reported quantity that ends the year behind its target. */
export const BEHIND_PACE_INDICATOR = 'cold_storage';

interface SumPlan {
  code: string;
  total: number;
  /** Decimals of the unit (0 for counts). */
  digits: number;
  /** County code → share (others share the rest equally); empty = by county weight. */
  shares: Record<string, number>;
  months: readonly number[];
  reporter: string;
  evidence: string;
}

const EVEN = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
const BUILDING_SEASON = [0, 0, 0.6, 1, 1, 1, 1, 1, 1, 1, 0.6, 0];
/** Hydropower runs high in the flood season. */
const HYDRO = [0.7, 0.65, 0.75, 0.85, 1, 1.25, 1.35, 1.35, 1.2, 0.95, 0.8, 0.7];

const PLANS: readonly SumPlan[] = [
  {
    code: 'leading_enterprises',
    total: 17,
    digits: 0,
    shares: {},
    months: [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    reporter: '农业农村局',
    evidence: '龙头企业认定文件',
  },
  {
    code: 'high_standard_farmland',
    total: 33.6,
    digits: 2,
    shares: {},
    months: BUILDING_SEASON,
    reporter: '农业农村局',
    evidence: '高标准农田建设项目验收单',
  },
  // Behind pace: 51 of 64 by December, built late in the season.
  {
    code: 'cold_storage',
    total: 51,
    digits: 0,
    shares: {},
    months: [0, 0, 0.3, 0.5, 0.7, 1, 1, 1.2, 1.2, 1.2, 1, 0.4],
    reporter: '农业农村局',
    evidence: '保鲜库建设验收表',
  },
  {
    code: 'sme_training',
    total: 38,
    digits: 0,
    shares: {},
    months: [0, 0, 1, 1, 1, 1, 0.5, 0.5, 1, 1, 1, 0.5],
    reporter: '工业和信息化局',
    evidence: '培训签到表及课件',
  },
  {
    code: 'sme_assistance',
    total: 22,
    digits: 0,
    shares: {},
    months: EVEN,
    reporter: '工业和信息化局',
    evidence: '帮扶台账',
  },
  {
    code: 'cluster_clean_energy',
    total: 108.4,
    digits: 2,
    shares: { '622923': 0.7, '622927': 0.14, '622926': 0.1, '622922': 0.06 },
    months: HYDRO,
    reporter: '工业和信息化局',
    evidence: '规上企业产值统计月报',
  },
  {
    code: 'cluster_building_materials',
    total: 53.2,
    digits: 2,
    shares: { '622921': 0.3, '622923': 0.25, '622901': 0.15 },
    months: BUILDING_SEASON.map((w) => w + 0.3),
    reporter: '工业和信息化局',
    evidence: '规上企业产值统计月报',
  },
  {
    code: 'cluster_food_processing',
    total: 55.1,
    digits: 2,
    shares: { '622924': 0.22, '622921': 0.16, '622901': 0.15 },
    months: EVEN,
    reporter: '工业和信息化局',
    evidence: '规上企业产值统计月报',
  },
  {
    code: 'cluster_leather_textile',
    total: 21.5,
    digits: 2,
    shares: { '622924': 0.7, '622901': 0.2, '622921': 0.1 },
    months: EVEN,
    reporter: '工业和信息化局',
    evidence: '规上企业产值统计月报',
  },
  {
    code: 'cluster_equipment_materials',
    total: 10.8,
    digits: 2,
    shares: { '622901': 0.5, '622923': 0.5 },
    months: EVEN,
    reporter: '工业和信息化局',
    evidence: '规上企业产值统计月报',
  },
];

function countyShares(plan: SumPlan): number[] {
  const named = Object.values(plan.shares).reduce((s, x) => s + x, 0);
  if (named === 0) return DEMO_COUNTIES.map((c) => c.weight);
  const others = DEMO_COUNTIES.filter((c) => plan.shares[c.code] === undefined).length;
  return DEMO_COUNTIES.map((c) => plan.shares[c.code] ?? (others > 0 ? (1 - named) / others : 0));
}

function monthEnd(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/** The catalogue's unit of a reported indicator; its codes are the ones reported_values use. */
function unitOf(code: string): string {
  const def = indicatorByCode(code);
  if (!def) throw new Error(`indicator ${code} is not in the catalogue`);
  return def.kind === 'trend' ? '个' : def.target.unit;
}

export function generateReportedValues(year: number, rng: Random): ReportedValueRow[] {
  const rows: ReportedValueRow[] = [];
  for (const plan of PLANS) {
    const factor = 10 ** plan.digits;
    const perCounty = allocate(Math.round(plan.total * factor), countyShares(plan));
    DEMO_COUNTIES.forEach((county, ci) => {
      const amount = perCounty[ci] ?? 0;
      if (amount === 0) return;
      // Counts land in a few random months; amounts follow the season.
      const weights = plan.months.map((w) => (plan.digits === 0 ? w * rng.next() : w * rng.float(0.85, 1.15)));
      const perMonth = allocate(amount, weights);
      perMonth.forEach((units, mi) => {
        if (units === 0) return;
        const date = monthEnd(year, mi + 1);
        rows.push({
          natural_key: demoKey(year, 'reported', plan.code, county.code, date),
          region_code: county.code,
          date,
          indicator_code: plan.code,
          value: units / factor,
          unit: unitOf(plan.code),
          reporter: `${county.shortName}${plan.reporter}`,
          evidence: `${county.shortName}${year}年${mi + 1}月${plan.evidence}`,
          note: null,
        });
      });
    });
  }

  // 州-level levels at quarter ends, and last year's 三品一标 count for the trend.
  const levels: [string, string, number, string][] = [
    ['certified_products_growth', monthEnd(year - 1, 12), 236, '上年末有效认证产品数'],
    ['certified_products_growth', monthEnd(year, 3), 243, '季末有效认证产品数'],
    ['certified_products_growth', monthEnd(year, 6), 252, '季末有效认证产品数'],
    ['certified_products_growth', monthEnd(year, 9), 261, '季末有效认证产品数'],
    ['certified_products_growth', monthEnd(year, 12), 268, '年末有效认证产品数'],
    ['mechanization_level', monthEnd(year, 3), 56.9, '季度测算'],
    ['mechanization_level', monthEnd(year, 6), 57.5, '季度测算'],
    ['mechanization_level', monthEnd(year, 9), 58.2, '季度测算'],
    ['mechanization_level', monthEnd(year, 12), 58.8, '年度测算'],
    ['quality_level_milestone', monthEnd(year, 12), 1, '年度质量评价结论:已达到'],
  ];
  const EVIDENCE: Record<string, string> = {
    certified_products_growth: '绿色有机地标认证清单',
    mechanization_level: '农机化统计报表',
    quality_level_milestone: '质量工作考核评价结果',
  };
  for (const [code, date, value, note] of levels) {
    rows.push({
      natural_key: demoKey(year, 'reported', code, DEMO_PREFECTURE.code, date),
      region_code: DEMO_PREFECTURE.code,
      date,
      indicator_code: code,
      value,
      unit: unitOf(code),
      reporter: `${DEMO_PREFECTURE.shortName}${code === 'quality_level_milestone' ? '市场监督管理局' : '农业农村局'}`,
      evidence: `${DEMO_PREFECTURE.shortName}${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${EVIDENCE[code] ?? '报送材料'}`,
      note,
    });
  }
  return rows;
}
