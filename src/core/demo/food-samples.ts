// 食品安全抽检 batches (~15,000 a year at scale 1): about 10 % 风险监测, 2–3 % failures mostly in
// 餐饮食品 and 食用农产品, and one county (WEAK_FOOD_COUNTY) about twice as bad as the others, so
// its pass rate's Wilson interval sits below the 97 % target (预警).

import { allocate } from './allocate.ts';
import { addDays, demoKey, randomDate } from './demo-calendar.ts';
import { countyAddress, creditCode, familyName, OUTSIDE_PLACES, pad, tradeName } from './demo-names.ts';
import { DEMO_COUNTIES, DEMO_PREFECTURE, type DemoCounty, WEAK_FOOD_COUNTY } from './demo-regions.ts';
import type { FailedItem, FoodSampleRow } from './demo-rows.ts';
import { FOOD_CATEGORIES, type FoodCategory, type FoodProduct } from './food-catalogue.ts';
import type { Random } from './random.ts';

export const FOOD_BATCHES_PER_YEAR = 15_000;
export const FOOD_RISK_MONITORING_SHARE = 0.1;
/** How much more often the weak county's batches fail. */
export const WEAK_COUNTY_FAIL_FACTOR = 2.3;

const LABS = ['甘肃省食品检验研究院', '临夏州食品药品检验检测中心', '临夏州综合检验检测中心'];

function taskSource(rng: Random, county: DemoCounty): { source: string; lab: string } {
  const level = rng.weighted([
    ['nation', 0.08],
    ['province', 0.22],
    ['prefecture', 0.4],
    ['county', 0.3],
  ] as const);
  switch (level) {
    case 'nation':
      return { source: '国家市场监督管理总局', lab: LABS[0] as string };
    case 'province':
      return { source: '甘肃省市场监督管理局', lab: rng.pick(LABS.slice(0, 2)) };
    case 'prefecture':
      return { source: `${DEMO_PREFECTURE.name}市场监督管理局`, lab: rng.pick(LABS.slice(1)) };
    case 'county':
      return { source: `${county.shortName}市场监督管理局`, lab: rng.pick(LABS.slice(1)) };
  }
}

function marketUnit(rng: Random, county: DemoCounty, product: string): string {
  const kind = ['牛肉', '羊肉'].includes(product)
    ? '清真牛羊肉店'
    : product === '鸡肉'
      ? '禽肉店'
      : product === '鸡蛋'
        ? '粮油蛋品店'
        : product === '草鱼'
          ? '水产店'
          : rng.pick(['蔬菜店', '果蔬批发部', '生鲜超市', '农贸市场经营部']);
  return `${county.shortName}${rng.chance(0.3) ? rng.pick(county.towns) : ''}${tradeName(rng)}${kind}`;
}

function cateringUnit(rng: Random, county: DemoCounty): string {
  if (rng.chance(0.1)) {
    return rng.chance(0.5)
      ? `${county.shortName}第${rng.pick(['一', '二', '三', '四'])}中学食堂`
      : `${county.shortName}${rng.pick(county.towns)}中心小学食堂`;
  }
  const kind = rng.pick(['牛肉面馆', '清真餐厅', '手抓馆', '酿皮店', '早餐店', '快餐店', '清真饭庄', '面食馆']);
  const name = rng.chance(0.4) ? familyName(rng) : tradeName(rng);
  return `${county.shortName}${rng.chance(0.3) ? rng.pick(county.towns) : ''}${name}${kind}`;
}

function retailUnit(rng: Random, county: DemoCounty): string {
  return `${county.shortName}${tradeName(rng)}${rng.pick(['超市', '便利店', '食品商行', '副食批发部', '购物中心', '生活超市'])}`;
}

interface Producer {
  name: string;
  address: string;
  code: string | null;
}

function producer(rng: Random, county: DemoCounty, category: FoodCategory, local: boolean): Producer {
  const suffix = rng.pick(category.producerSuffixes);
  const withCode = rng.chance(0.75);
  if (local) {
    return {
      name: `${county.shortName}${tradeName(rng)}${suffix}`,
      address: countyAddress(rng, county),
      code: withCode ? creditCode(rng, county.code) : null,
    };
  }
  const place = rng.pick(OUTSIDE_PLACES);
  return {
    name: `${place.prefix}${tradeName(rng)}${suffix}`,
    address: `${place.address}${rng.pick(['工业园区', '经济技术开发区', '食品工业园'])}${rng.int(1, 88)}号`,
    code: withCode ? creditCode(rng, place.code) : null,
  };
}

function failedItems(rng: Random, product: FoodProduct): FailedItem[] {
  const i = rng.int(0, product.fails.length - 1);
  const items = [product.fails[i]];
  // One failed batch in five fails on a second item as well.
  if (product.fails.length > 1 && rng.chance(0.2)) items.push(product.fails[(i + 1) % product.fails.length]);
  return items.flatMap((f) => (f ? [f(rng)] : []));
}

export function generateFoodSamples(year: number, rng: Random, scale: number): FoodSampleRow[] {
  const rows: FoodSampleRow[] = [];
  const counts = allocate(
    Math.round(FOOD_BATCHES_PER_YEAR * scale),
    DEMO_COUNTIES.map((c) => c.weight),
  );
  const yy = String(year).slice(2);
  DEMO_COUNTIES.forEach((county, ci) => {
    const r = rng.fork(county.code);
    // Counties differ a little; the weak one a lot.
    const countyFactor = county.code === WEAK_FOOD_COUNTY ? WEAK_COUNTY_FAIL_FACTOR : r.float(0.75, 1.15);
    const n = counts[ci] ?? 0;
    for (let seq = 1; seq <= n; seq++) {
      const category = r.weighted(FOOD_CATEGORIES.map((c) => [c, c.weight] as const));
      const product = r.pick(category.products);
      const date = randomDate(r, year);
      const samplingType = r.chance(FOOD_RISK_MONITORING_SHARE) ? '风险监测' : '监督抽检';
      const { source, lab } = taskSource(r, county);
      const failed = r.chance(category.failRate * countyFactor);

      let unitName: string;
      let unitAddress = countyAddress(r, county);
      let prod: Producer | null = null;
      let batch: string;
      if (category.place === 'market') {
        unitName = marketUnit(r, county, product.name);
        batch = `${addDays(date, -r.int(0, 3))}(购进日期)`;
      } else if (category.place === 'catering') {
        unitName = cateringUnit(r, county);
        batch = `${date}(加工日期)`;
      } else {
        // About one batch in eight is taken at the producer itself (生产环节).
        const atProducer = r.chance(0.12);
        prod = producer(r, county, category, atProducer || r.chance(0.35));
        if (atProducer) {
          unitName = prod.name;
          unitAddress = prod.address;
        } else {
          unitName = retailUnit(r, county);
        }
        batch = addDays(date, -r.int(3, 150));
      }
      rows.push({
        natural_key: demoKey(year, 'food', county.code, seq),
        region_code: county.code,
        date,
        sample_no: `${category.prefix}${yy}${county.code}${pad(seq, 5)}`,
        producer_name: prod?.name ?? null,
        producer_address: prod?.address ?? null,
        producer_credit_code: prod?.code ?? null,
        sampled_unit_name: unitName,
        sampled_unit_address: unitAddress,
        product_name: product.name,
        spec: r.pick(category.specs),
        brand: prod && r.chance(0.8) ? `${r.pick(['', '', '伊', '河', '雪'])}${tradeName(r)}` : null,
        batch,
        category: category.name,
        notice_no: `${year}年第${Math.min(24, Number(date.slice(5, 7)) * 2 - (Number(date.slice(8)) <= 15 ? 1 : 0))}期`,
        task_source: source,
        sampling_type: samplingType,
        passed: failed ? 0 : 1,
        failed_items_json: failed ? JSON.stringify(failedItems(r, product)) : null,
        lab,
        remark: failed ? r.pick(['已责令整改', '已立案调查', '已控制问题产品', null]) : null,
      });
    }
  });
  return rows;
}
