// 服务业质量顾客满意度 survey responses (indicator 6) in the two survey rounds of the year (May–June
// and October–November), item scores 0–100. Sectors differ (医疗 lowest, 供水供电供气 highest)
// and 东乡县's 医疗 sits just under the 70 target.

import { allocate } from './allocate.ts';
import { demoKey, randomDate } from './demo-calendar.ts';
import { pad } from './demo-names.ts';
import { DEMO_COUNTIES } from './demo-regions.ts';
import type { SurveyResponseRow } from './demo-rows.ts';
import type { Random } from './random.ts';

export const SURVEY_RESPONSES_PER_YEAR = 1_600;

export const SURVEY_SECTORS: readonly { sector: string; mean: number; items: readonly string[] }[] = [
  { sector: '旅游', mean: 83, items: ['景区环境', '服务态度', '讲解服务', '价格合理', '安全保障', '交通便利'] },
  { sector: '快递物流', mean: 78, items: ['投递时效', '服务态度', '包裹完好', '投诉处理', '收费透明'] },
  { sector: '餐饮', mean: 81, items: ['食品安全', '卫生环境', '服务态度', '菜品质量', '价格合理'] },
  { sector: '医疗', mean: 75, items: ['挂号便利', '医护态度', '诊疗水平', '环境卫生', '收费透明', '等候时间'] },
  { sector: '供水供电供气', mean: 84, items: ['供应稳定', '报修响应', '缴费便利', '服务态度', '收费透明'] },
];

const SURVEY_MONTHS = [0, 0, 0, 0.15, 1, 1, 0.15, 0, 0.15, 1, 1, 0.15];
const WEAK = { county: '622926', sector: '医疗', shift: -7 };

const clamp = (v: number) => Math.max(0, Math.min(100, Math.round(v)));

export function generateSurveyResponses(year: number, rng: Random, scale: number): SurveyResponseRow[] {
  const rows: SurveyResponseRow[] = [];
  const counts = allocate(
    Math.max(DEMO_COUNTIES.length * SURVEY_SECTORS.length, Math.round(SURVEY_RESPONSES_PER_YEAR * scale)),
    DEMO_COUNTIES.map((c) => c.weight),
  );
  const yy = String(year).slice(2);
  DEMO_COUNTIES.forEach((county, ci) => {
    const r = rng.fork(county.code);
    const countyShift = r.float(-3, 3);
    for (let seq = 1; seq <= (counts[ci] ?? 0); seq++) {
      // Round-robin over sectors so every sector of every county has answers.
      const s = SURVEY_SECTORS[(seq - 1) % SURVEY_SECTORS.length] as (typeof SURVEY_SECTORS)[number];
      const weak = county.code === WEAK.county && s.sector === WEAK.sector ? WEAK.shift : 0;
      // A few respondents are very unhappy with everything.
      const person = r.chance(0.03) ? -25 : 7 * r.normal();
      const items = Object.fromEntries(
        s.items.map((item) => [item, clamp(s.mean + countyShift + weak + person + 6 * r.normal())]),
      );
      rows.push({
        natural_key: demoKey(year, 'survey', county.code, seq),
        region_code: county.code,
        date: randomDate(r, year, SURVEY_MONTHS),
        sector: s.sector,
        respondent: `问卷${yy}${county.code.slice(4)}${pad(seq, 4)}`,
        items_json: JSON.stringify(items),
        weight: 1,
      });
    }
  });
  return rows;
}
