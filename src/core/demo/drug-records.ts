// 药品抽检 (indicator 5), the scope list of essential-drug varieties, and the registry of drug
// preparation manufacturers (indicator 23). Samples cover about 92 % of the in-scope varieties
// (so 全品种覆盖 is visibly not yet reached), and one manufacturer has no qualified QC laboratory.

import { allocate } from './allocate.ts';
import { demoKey, randomDate } from './demo-calendar.ts';
import { creditCode, pad, tradeName } from './demo-names.ts';
import { countyByCode, DEMO_COUNTIES, type DemoCounty } from './demo-regions.ts';
import type { DrugManufacturerRow, DrugSampleRow, EssentialDrugRow } from './demo-rows.ts';
import { ESSENTIAL_DRUGS, OUT_OF_SCOPE } from './essential-drug-list.ts';
import type { Random } from './random.ts';

export const DRUG_SAMPLES_PER_YEAR = 420;
/** Share of in-scope varieties that get at least one sample at scale 1. */
export const DRUG_VARIETY_COVERAGE = 0.92;

export function essentialDrugRows(): EssentialDrugRow[] {
  return ESSENTIAL_DRUGS.map((d) => ({
    variety: d.variety,
    in_scope: OUT_OF_SCOPE[d.variety] ? 0 : 1,
    note: OUT_OF_SCOPE[d.variety] ?? null,
  }));
}

const MANUFACTURERS: readonly { name: string; region: string; qcLab: boolean }[] = [
  { name: '临夏州河州制药有限公司', region: '622901', qcLab: true },
  { name: '临夏州大夏药业有限责任公司', region: '622921', qcLab: true },
  { name: '康乐县莲花山中药制药有限公司', region: '622922', qcLab: true },
  { name: '永靖县炳灵药业有限公司', region: '622923', qcLab: true },
  { name: '广河县齐家制药有限公司', region: '622924', qcLab: false },
  { name: '甘肃太子山药业有限公司', region: '622925', qcLab: true },
  { name: '积石山县积石制药有限公司', region: '622927', qcLab: true },
];

export function generateDrugManufacturers(year: number, rng: Random): DrugManufacturerRow[] {
  return MANUFACTURERS.map((m, i) => ({
    natural_key: demoKey(year, 'drug-maker', pad(i + 1, 2)),
    region_code: m.region,
    // The registry as checked at the start of the year's work.
    date: `${year}-03-31`,
    name: m.name,
    credit_code: creditCode(rng, m.region),
    has_qc_lab: m.qcLab ? 1 : 0,
  }));
}

/** Where a drug is sampled (生产/经营/使用环节); the record keeps the sampled unit's name. */
function sampledAt(rng: Random, county: DemoCounty): { name: string } {
  const stage = rng.weighted([
    ['生产', 0.05],
    ['经营', 0.55],
    ['使用', 0.4],
  ] as const);
  if (stage === '生产') {
    const local = MANUFACTURERS.filter((m) => m.region === county.code);
    const maker = local.length > 0 ? rng.pick(local) : rng.pick(MANUFACTURERS);
    return { name: maker.name };
  }
  if (stage === '经营') {
    return {
      name: rng.chance(0.5)
        ? `${county.shortName}${tradeName(rng)}大药房`
        : `临夏州${tradeName(rng)}医药连锁有限公司${rng.pick(county.towns)}店`,
    };
  }
  return {
    name: rng.pick([
      `${county.shortName}人民医院`,
      `${county.shortName}中医医院`,
      `${county.shortName}${rng.pick(county.towns)}卫生院`,
      `${county.shortName}妇幼保健院`,
    ]),
  };
}

export function generateDrugSamples(year: number, rng: Random, scale: number): DrugSampleRow[] {
  const inScope = ESSENTIAL_DRUGS.filter((d) => !OUT_OF_SCOPE[d.variety]);
  // Which varieties get sampled is decided once, so coverage does not depend on luck.
  const order = inScope.map((d) => [d, rng.next()] as const).sort((a, b) => a[1] - b[1]);
  const covered = order.slice(0, Math.round(inScope.length * DRUG_VARIETY_COVERAGE)).map(([d]) => d);
  const total = Math.max(DEMO_COUNTIES.length, Math.round(DRUG_SAMPLES_PER_YEAR * scale));
  const counts = allocate(
    total,
    DEMO_COUNTIES.map((c) => c.weight),
  );
  const rows: DrugSampleRow[] = [];
  const yy = String(year).slice(2);
  let global = 0;
  DEMO_COUNTIES.forEach((c, ci) => {
    const county = countyByCode(c.code);
    const r = rng.fork(county.code);
    for (let seq = 1; seq <= (counts[ci] ?? 0); seq++) {
      // Walk the covered list first so every covered variety has a sample, then pick freely.
      const drug = global < covered.length ? covered[global] : r.pick(covered);
      global += 1;
      if (!drug) continue;
      const date = randomDate(r, year);
      const at = sampledAt(r, county);
      rows.push({
        natural_key: demoKey(year, 'drug', county.code, seq),
        region_code: county.code,
        date,
        sample_no: `YP${yy}${county.code}${pad(seq, 4)}`,
        drug_name: `${drug.variety}${r.pick(drug.forms)}`,
        variety: drug.variety,
        sample_kind: r.weighted([
          ['监督抽检', 0.75],
          ['评价抽检', 0.15],
          ['专项抽检', 0.1],
        ] as const),
        enterprise_name: at.name,
        batch: `${Number(yy) - r.int(0, 1)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 999), 3)}`,
        passed: r.chance(0.99) ? 1 : 0,
      });
    }
  });
  return rows;
}
