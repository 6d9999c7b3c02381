// Construction completion acceptances (indicator 7) and water-conservancy projects with their
// quality evaluations and test samplings (indicators 8–10). All pass except one medium building
// project in 和政县 that fails its first acceptance and passes the second (so 大中型工程一次验收
// 合格率 shows below 100 %), and one small one that does the same.
import { addDays, daysInMonth, demoKey, isoDate } from './demo-calendar.ts';
import { pad, tradeName } from './demo-names.ts';
import { DEMO_COUNTIES, type DemoCounty } from './demo-regions.ts';
import type { ConstructionAcceptanceRow, WaterProjectCheckRow, WaterProjectRow } from './demo-rows.ts';
import type { Random } from './random.ts';

type Size = '大型' | '中型' | '小型';

/** The medium project failing its first acceptance. */
export const FAILING_MEDIUM_PROJECT_COUNTY = '622925';

const BUILDINGS: Record<Size, readonly ((c: DemoCounty, r: Random) => string)[]> = {
  大型: [
    (c) => `${c.shortName}人民医院住院综合楼建设项目`,
    (c, r) => `${c.shortName}${tradeName(r)}城市综合体建设项目`,
    (c, r) => `${c.shortName}${r.pick(c.towns)}棚户区改造项目`,
    (c) => `${c.shortName}职业技术学校新校区建设项目`,
  ],
  中型: [
    (c, r) => `${c.shortName}第${r.pick(['一', '二', '三', '四', '五'])}中学教学综合楼`,
    (c, r) => `${c.shortName}${tradeName(r)}小区${r.int(1, 6)}#—${r.int(7, 14)}#住宅楼`,
    (c, r) => `${c.shortName}${r.pick(c.towns)}卫生院业务用房`,
    (c) => `${c.shortName}养老服务中心`,
    (c) => `${c.shortName}污水处理厂提标改造工程`,
    (c, r) => `${c.shortName}${r.pick(c.roads)}改造工程`,
  ],
  小型: [
    (c, r) => `${c.shortName}${r.pick(c.towns)}中心小学宿舍楼`,
    (c, r) => `${c.shortName}${r.pick(c.towns)}幼儿园`,
    (c, r) => `${c.shortName}${r.pick(c.towns)}便民服务中心`,
    (c, r) => `${c.shortName}${r.pick(c.towns)}村级综合服务中心`,
    (c, r) => `${c.shortName}${r.pick(c.roads)}人行道改造工程`,
  ],
};

const SIZE_COUNTS: Record<Size, number> = { 大型: 10, 中型: 32, 小型: 48 };

/** A day in the building season (April–December). */
function seasonDate(rng: Random, year: number, fromMonth = 4, toMonth = 12): string {
  const m = rng.int(fromMonth, toMonth);
  return isoDate(year, m, rng.int(1, daysInMonth(year, m)));
}

export function generateConstructionAcceptances(year: number, rng: Random): ConstructionAcceptanceRow[] {
  const rows: ConstructionAcceptanceRow[] = [];
  let n = 0;
  for (const size of ['大型', '中型', '小型'] as const) {
    for (let i = 0; i < SIZE_COUNTS[size]; i++) {
      n += 1;
      const county = DEMO_COUNTIES[n % DEMO_COUNTIES.length] as DemoCounty;
      const code = `${county.code}${year}${pad(n, 4)}`;
      const name = rng.pick(BUILDINGS[size])(county, rng);
      const date = seasonDate(rng, year, 4, 11);
      const failsFirst =
        (size === '中型' &&
          county.code === FAILING_MEDIUM_PROJECT_COUNTY &&
          !rows.some((x) => x.passed === 0 && x.size === '中型')) ||
        (size === '小型' && n === 60);
      const base = { region_code: county.code, project_code: code, project_name: name, size };
      rows.push({
        ...base,
        natural_key: demoKey(year, 'acceptance', code, 1),
        date,
        attempt: 1,
        passed: failsFirst ? 0 : 1,
      });
      if (failsFirst) {
        rows.push({
          ...base,
          natural_key: demoKey(year, 'acceptance', code, 2),
          // The second acceptance follows within weeks, still inside the year.
          date: [addDays(date, rng.int(25, 45)), `${year}-12-28`].sort()[0] as string,
          attempt: 2,
          passed: 1,
        });
      }
    }
  }
  return rows;
}

const RIVERS: Record<string, string> = {
  '622901': '大夏河',
  '622921': '大夏河',
  '622922': '苏集河',
  '622923': '黄河',
  '622924': '广通河',
  '622925': '牙塘河',
  '622926': '洮河',
  '622927': '黄河',
};

const WATER_WORKS: Record<Size, readonly ((c: DemoCounty, r: Random) => string)[]> = {
  大型: [
    (c) => `${RIVERS[c.code] ?? '大夏河'}${c.shortName}段防洪治理工程`,
    (c, r) => `${c.shortName}${r.pick(['北塬', '东塬', '南阳山'])}灌区续建配套与节水改造工程`,
  ],
  中型: [
    (c) => `${c.shortName}农村供水保障工程`,
    (c, r) => `${c.shortName}${tradeName(r)}水库除险加固工程`,
    (c) => `${c.shortName}水土保持综合治理工程`,
  ],
  小型: [
    (c, r) => `${c.shortName}${r.pick(c.towns)}人饮巩固提升工程`,
    (c, r) => `${c.shortName}${r.pick(c.towns)}中小河流治理工程`,
    (c, r) => `${c.shortName}${r.pick(c.towns)}小型农田水利工程`,
  ],
};

export interface WaterProjectRecords {
  projects: WaterProjectRow[];
  checks: WaterProjectCheckRow[];
}

export function generateWaterProjects(year: number, rng: Random): WaterProjectRecords {
  const projects: WaterProjectRow[] = [];
  const checks: WaterProjectCheckRow[] = [];
  const sizes: Size[] = [...Array(3).fill('大型'), ...Array(9).fill('中型'), ...Array(20).fill('小型')];
  sizes.forEach((size, i) => {
    const county = DEMO_COUNTIES[(i * 3) % DEMO_COUNTIES.length] as DemoCounty;
    const code = `SL${county.code}${year}${pad(i + 1, 3)}`;
    const started = seasonDate(rng, year, 3, 5);
    // One large project completes (and is evaluated) in the year; the others carry on.
    const completed = size === '大型' ? i === 0 : rng.chance(0.6);
    const endDate = completed ? seasonDate(rng, year, 8, 12) : null;
    projects.push({
      natural_key: demoKey(year, 'water-project', code),
      region_code: county.code,
      date: started,
      project_code: code,
      project_name: rng.pick(WATER_WORKS[size])(county, rng),
      size,
      status: completed ? '完工' : '在建',
      end_date: endDate,
    });
    // Quality test samplings while building: one to three, spread between start and completion.
    const samplings = rng.int(1, 3);
    const until = endDate ?? `${year}-11-30`;
    const span = Math.max(samplings + 1, (Date.parse(until) - Date.parse(started)) / 86_400_000);
    for (let k = 1; k <= samplings; k++) {
      checks.push({
        natural_key: demoKey(year, 'water-check', code, k),
        region_code: county.code,
        date: addDays(started, Math.floor((span * k) / (samplings + 1))),
        project_code: code,
        check_kind: '检测抽检',
        grade: '合格',
      });
    }
    if (endDate) {
      const excellent = size === '大型' ? true : rng.chance(size === '中型' ? 0.7 : 0.4);
      checks.push({
        natural_key: demoKey(year, 'water-check', code, 'eval'),
        region_code: county.code,
        date: endDate,
        project_code: code,
        check_kind: '质量评定',
        grade: excellent ? '优良' : '合格',
      });
    }
  });
  return { projects, checks };
}
