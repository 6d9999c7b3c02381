// The supervision loop over the demo year: an enterprise registry whose names are the producers
// the food rows already carry (one credit code per name, so linking by code or name agrees), the
// inspector pool and one 双随机 plan, EPCIS events that take every traced failed batch from its
// producer through a county wholesaler to 2–4 outlets (the sampled unit among them), what became
// of each disposal case, and a few incident reports. Deterministic from the year's random stream.
import type { EpcisEvent } from '../trace/epcis-document.ts';
import { batchLotId, normalizeBatch } from '../trace/identifiers.ts';
import { addDays } from './demo-calendar.ts';
import { countyAddress, creditCode, tradeName } from './demo-names.ts';
import { DEMO_COUNTIES, type DemoCounty } from './demo-regions.ts';
import type { FoodSampleRow } from './demo-rows.ts';
import { createRandom, type Random } from './random.ts';

/** Registry size the demo aims at (fewer at small scales). */
export const DEMO_ENTERPRISES = 300;
export const DEMO_INSPECTORS_PER_COUNTY = 5;
/** Event ids of demo trace events start with this, year appended. */
export const DEMO_EVENT_PREFIX = 'urn:zl:demo:';

export interface DemoEnterprise {
  creditCode: string;
  name: string;
  industry: '食品生产' | '食品销售';
  size: '中型' | '小型' | '微型';
  address: string | null;
  /** Licence cell text as a registry export writes it. */
  licences: string;
}

export interface DemoInspector {
  name: string;
  unit: string;
  regionCode: string;
  qualifications: string[];
}

export interface DemoItem {
  name: string;
  legalBasis: string;
  industries: string[];
}

export interface DemoTraceLot {
  lotId: string;
  productName: string;
  /** natural_key of the failed samples of this lot. */
  sampleKeys: string[];
  events: EpcisEvent[];
}

export type CaseFate = 'closed' | 'partial' | 'untouched';

export interface DemoIncident {
  enterpriseName: string;
  enterpriseCreditCode: string;
  productName: string;
  batch: string | null;
  regionCode: string;
  discoveredAt: string;
  severity: '一般' | '较大';
  injuredCount: number;
  injuryLevel: '轻微' | '轻伤';
  description: string;
  measures: string;
}

export interface DemoSupervision {
  enterprises: DemoEnterprise[];
  inspectors: DemoInspector[];
  items: DemoItem[];
  plan: { name: string; rules: Record<string, unknown> };
  lots: DemoTraceLot[];
  parties: { creditCode: string; name: string }[];
  /** By failed sample natural_key. */
  caseFates: Map<string, CaseFate>;
  incidents: DemoIncident[];
}

const CATERING = '餐饮食品';

/** One credit code per business name: the code a row already gave it, else one derived from the name. */
export class CreditCodeBook {
  private readonly codes = new Map<string, string>();
  constructor(private readonly seed: string) {}
  get(name: string): string | undefined {
    return this.codes.get(name);
  }
  learn(name: string, code: string): string {
    const known = this.codes.get(name);
    if (known) return known;
    this.codes.set(name, code);
    return code;
  }
  codeFor(name: string, regionCode: string): string {
    return this.codes.get(name) ?? this.learn(name, creditCode(createRandom(`${this.seed}:${name}`), regionCode));
  }
}

function supplierKind(product: string): string {
  if (['牛肉', '羊肉'].includes(product)) return '牛羊养殖专业合作社';
  if (product === '鸡肉' || product === '鸡蛋') return '家禽养殖专业合作社';
  if (product === '草鱼') return '水产养殖场';
  if (['香蕉', '苹果', '柑橘', '葡萄'].includes(product)) return '果品购销有限公司';
  return '蔬菜种植专业合作社';
}

/**
 * Makes producer codes consistent with one another (one code per producer name) and gives each
 * failed 食用农产品 row its supplier, as the 不合格 notices name them. Rewrites rows in place.
 */
export function linkProducers(rows: FoodSampleRow[], rng: Random, book: CreditCodeBook): void {
  for (const r of rows) {
    if (r.producer_name && r.producer_credit_code)
      r.producer_credit_code = book.learn(r.producer_name, r.producer_credit_code);
  }
  for (const r of rows) {
    if (r.passed === 1 || r.category === CATERING) continue;
    const county = DEMO_COUNTIES.find((c) => c.code === r.region_code) ?? (DEMO_COUNTIES[0] as DemoCounty);
    if (!r.producer_name) {
      // Three suppliers of each kind per county, so a supplier can fail more than once.
      const name = `${county.shortName}${tradeName(rng.fork(`${county.code}:${rng.int(1, 3)}`))}${supplierKind(r.product_name)}`;
      r.producer_name = name;
      r.producer_address = countyAddress(rng, county);
    }
    r.producer_credit_code = book.codeFor(r.producer_name, county.code);
  }
}

const GIVEN = [
  '建国',
  '文华',
  '玉兰',
  '志强',
  '海燕',
  '国庆',
  '晓东',
  '丽萍',
  '永福',
  '春梅',
  '小军',
  '秀英',
  '伟',
  '静',
  '斌',
];
const SURNAMES = ['马', '王', '张', '李', '韩', '穆', '何', '赵', '杨', '丁', '沙', '冶', '陈', '刘'];
const QUALIFICATION_SETS: readonly string[][] = [
  ['食品生产', '食品销售'],
  ['食品销售', '餐饮服务'],
  ['食品生产', '特殊食品'],
  ['食品生产', '食品销售', '餐饮服务'],
  ['食品销售', '其他'],
];

const ITEMS: readonly DemoItem[] = [
  {
    name: '食品生产者资质及生产过程控制检查',
    legalBasis: '《中华人民共和国食品安全法》第三十五条、第四十六条;《食品生产经营监督检查管理办法》第十四条',
    industries: ['食品生产', '特殊食品'],
  },
  {
    name: '食品经营者进货查验及记录检查',
    legalBasis: '《中华人民共和国食品安全法》第五十三条;《食品生产经营监督检查管理办法》第十五条',
    industries: ['食品销售'],
  },
  {
    name: '不合格食品召回及处置情况检查',
    legalBasis: '《中华人民共和国食品安全法》第六十三条;《食品召回管理办法》第十三条',
    industries: ['食品生产', '食品销售'],
  },
  {
    name: '餐饮服务食品安全操作规范执行情况检查',
    legalBasis: '《中华人民共和国食品安全法》第五十五条、第五十六条;《餐饮服务食品安全操作规范》',
    industries: ['餐饮服务'],
  },
];

function at(date: string, hour: number): string {
  return `${date}T${String(hour).padStart(2, '0')}:00:00+08:00`;
}

function parseDate(text: string | null): string | null {
  const m = text?.match(/^(\d{4}-\d{2}-\d{2})/);
  return m ? (m[1] as string) : null;
}

interface LotDraft {
  lotId: string;
  row: FoodSampleRow;
  rows: FoodSampleRow[];
}

export function generateSupervision(
  rows: readonly FoodSampleRow[],
  year: number,
  rng: Random,
  scale: number,
  book: CreditCodeBook,
  now: Date,
): DemoSupervision {
  const today = now.toISOString().slice(0, 10);
  const names = new Map<string, string>();
  const nameOf = (code: string, name: string) => {
    names.set(code, name);
    return code;
  };

  // Wholesalers, one per county.
  const wholesalers = new Map<string, DemoEnterprise>();
  for (const c of DEMO_COUNTIES) {
    const name = `${c.shortName}${tradeName(rng)}农副产品批发有限公司`;
    const code = nameOf(book.codeFor(name, c.code), name);
    wholesalers.set(c.code, {
      creditCode: code,
      name,
      industry: '食品销售',
      size: '中型',
      address: countyAddress(rng, c, c.seat),
      licences: `食品经营许可证:JY1${c.code}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`,
    });
  }

  // Outlets of each county: the shops and markets where its food is sampled.
  const outletPool = new Map<string, string[]>();
  for (const r of rows) {
    if (r.category === CATERING || !r.region_code) continue;
    if (r.producer_name === r.sampled_unit_name) continue;
    const list = outletPool.get(r.region_code) ?? [];
    if (list.length < 400 && !list.includes(r.sampled_unit_name)) list.push(r.sampled_unit_name);
    outletPool.set(r.region_code, list);
  }

  // The failed batches that can be traced: a producer with a code and a dated batch, in the past.
  const drafts = new Map<string, LotDraft>();
  for (const r of rows) {
    if (r.passed === 1 || r.category === CATERING || !r.producer_credit_code || !r.batch || !r.region_code) continue;
    const base = parseDate(r.batch);
    if (!base || addDays(r.date, 1) > today || base < `${year - 1}-01-01`) continue;
    const lotId = batchLotId(r.producer_credit_code, normalizeBatch(r.batch));
    const d = drafts.get(lotId);
    if (d) d.rows.push(r);
    else drafts.set(lotId, { lotId, row: r, rows: [r] });
  }

  const lots: DemoTraceLot[] = [];
  let eventNo = 0;
  const eventId = () => `${DEMO_EVENT_PREFIX}${year}:${++eventNo}`;
  for (const d of drafts.values()) {
    const r = d.row;
    const lr = rng.fork(d.lotId);
    const county = DEMO_COUNTIES.find((c) => c.code === r.region_code) as DemoCounty;
    const producer = nameOf(r.producer_credit_code as string, r.producer_name as string);
    const wholesaler = wholesalers.get(county.code) as DemoEnterprise;
    const market = r.batch?.includes('购进日期') ?? false;
    const base = parseDate(r.batch) as string;
    const uom = market ? 'KGM' : '箱';
    // Market batches: harvested two days before the shop bought them; packaged: made on the batch date.
    const [made, toWholesaler, toOutlets] = market
      ? [addDays(base, -2), addDays(base, -1), base]
      : [base, addDays(base, 1), addDays(base, 2)];
    const sampled = [...new Set(d.rows.map((x) => x.sampled_unit_name))].filter((n) => n !== r.producer_name);
    const wanted = lr.int(2, 4);
    const pool = (outletPool.get(county.code) ?? []).filter((n) => !sampled.includes(n));
    const outlets = [...sampled];
    for (let i = 0; outlets.length < wanted && pool.length > 0 && i < 20; i++) {
      const n = lr.pick(pool);
      if (!outlets.includes(n)) outlets.push(n);
    }
    const outletCodes = outlets.map((n) => nameOf(book.codeFor(n, county.code), n));
    const perOutlet = outlets.map(() => lr.int(2, 12) * (market ? 10 : 5));
    const total = perOutlet.reduce((a, b) => a + b, 0);
    const made_qty = Math.ceil((total * lr.float(1.2, 2)) / 10) * 10;
    const lot = [{ epcClass: d.lotId }];
    const q = (n: number) => [{ epcClass: d.lotId, quantity: n, uom }];
    const loc = (code: string, address: string | null) => ({
      id: `urn:zl:loc:${code}`,
      ...(code.slice(2, 6) === '6229' ? { 'zl:regionCode': code.slice(2, 8) } : {}),
      ...(address ? { 'zl:address': address } : {}),
    });
    const moveEvent = (step: 'shipping' | 'receiving', from: string, to: string, n: number, time: string) =>
      ({
        type: 'ObjectEvent',
        action: 'OBSERVE',
        eventID: eventId(),
        eventTime: time,
        eventTimeZoneOffset: '+08:00',
        bizStep: step,
        quantityList: q(n),
        sourceList: [{ type: 'owning_party', source: from }],
        destinationList: [{ type: 'owning_party', destination: to }],
      }) satisfies EpcisEvent;
    const events: EpcisEvent[] = [
      {
        type: 'ObjectEvent',
        action: 'ADD',
        eventID: eventId(),
        eventTime: at(made, 7),
        eventTimeZoneOffset: '+08:00',
        bizStep: 'commissioning',
        quantityList: q(made_qty),
        destinationList: [{ type: 'owning_party', destination: producer }],
        bizLocation: loc(producer, r.producer_address),
      },
      moveEvent('shipping', producer, wholesaler.creditCode, total, at(toWholesaler, 8)),
      moveEvent('receiving', producer, wholesaler.creditCode, total, at(toWholesaler, 15)),
    ];
    outletCodes.forEach((code, i) => {
      const n = perOutlet[i] as number;
      events.push(moveEvent('shipping', wholesaler.creditCode, code, n, at(toOutlets, 5)));
      events.push(moveEvent('receiving', wholesaler.creditCode, code, n, at(toOutlets, 7 + (i % 3))));
    });
    for (const x of d.rows) {
      if (x.date < toOutlets) continue;
      const code = book.get(x.sampled_unit_name);
      events.push({
        type: 'ObjectEvent',
        action: 'OBSERVE',
        eventID: eventId(),
        eventTime: at(x.date, 10),
        eventTimeZoneOffset: '+08:00',
        bizStep: 'sampling',
        quantityList: lot,
        ...(code ? { sourceList: [{ type: 'possessing_party', source: code }] } : {}),
      });
    }
    lots.push({ lotId: d.lotId, productName: r.product_name, sampleKeys: d.rows.map((x) => x.natural_key), events });
  }

  // The registry: wholesalers, the producers of traced batches, the outlets they reached, then the
  // producers sampled most often, up to the target size.
  const target = Math.max(40, Math.round(DEMO_ENTERPRISES * Math.min(1, scale * 4)));
  const registry = new Map<string, DemoEnterprise>();
  const add = (e: DemoEnterprise) => {
    if (registry.size < target && !registry.has(e.creditCode)) registry.set(e.creditCode, e);
  };
  for (const w of wholesalers.values()) add(w);
  const producerRow = new Map<string, FoodSampleRow>();
  const producerCount = new Map<string, number>();
  for (const r of rows) {
    if (!r.producer_name || !r.producer_credit_code) continue;
    if (!producerRow.has(r.producer_credit_code)) producerRow.set(r.producer_credit_code, r);
    producerCount.set(r.producer_credit_code, (producerCount.get(r.producer_credit_code) ?? 0) + 1);
  }
  const producer = (code: string): DemoEnterprise | null => {
    const r = producerRow.get(code);
    if (!r?.producer_name) return null;
    const local = code.slice(2, 6) === '6229';
    const supplier = /合作社|养殖场|购销/.test(r.producer_name);
    return {
      creditCode: code,
      name: r.producer_name,
      industry: supplier ? '食品销售' : '食品生产',
      size: rng.pick(['小型', '小型', '微型', '中型'] as const),
      address: r.producer_address,
      licences:
        supplier || !local
          ? ''
          : `食品生产许可证:SC1${rng.int(0, 3)}${rng.int(1, 9)}${code.slice(2, 8)}${String(rng.int(0, 99999)).padStart(5, '0')}`,
    };
  };
  for (const l of lots) {
    const p = producer(l.lotId.split(':')[3] as string);
    if (p) add(p);
  }
  for (const [code, name] of names) {
    if (registry.has(code) || producerRow.has(code)) continue;
    const county = DEMO_COUNTIES.find((c) => c.code === code.slice(2, 8)) as DemoCounty;
    add({
      creditCode: code,
      name,
      industry: '食品销售',
      size: rng.pick(['小型', '微型'] as const),
      address: rows.find((r) => r.sampled_unit_name === name)?.sampled_unit_address ?? null,
      licences: `食品经营许可证:JY1${county.code}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`,
    });
  }
  const frequent = [...producerCount.entries()]
    .filter(([code]) => code.slice(2, 6) === '6229')
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [code] of frequent) {
    if (registry.size >= target) break;
    const p = producer(code);
    if (p) add(p);
  }

  const inspectors: DemoInspector[] = [];
  for (const c of DEMO_COUNTIES) {
    for (let i = 0; i < DEMO_INSPECTORS_PER_COUNTY; i++) {
      inspectors.push({
        name: `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`,
        unit: `${c.shortName}市场监督管理局${i < 2 ? '食品生产安全监督管理股' : `${rng.pick(c.towns)}市场监督管理所`}`,
        regionCode: c.code,
        qualifications: [...(QUALIFICATION_SETS[i % QUALIFICATION_SETS.length] as string[])],
      });
    }
  }

  const caseFates = new Map<string, CaseFate>();
  for (const r of rows) {
    if (r.passed === 1) continue;
    const x = rng.next();
    caseFates.set(r.natural_key, x < 0.8 ? 'closed' : x < 0.92 ? 'partial' : 'untouched');
  }

  // Incidents: one 较大 in the weakest county's traced batch when there is one, the rest 一般.
  const incidents: DemoIncident[] = [];
  const traced = lots.slice().sort((a, b) => (a.lotId < b.lotId ? -1 : 1));
  const wantIncidents = Math.min(4, Math.max(3, traced.length));
  for (let i = 0; i < wantIncidents; i++) {
    const l = traced.length > 0 ? traced[(i * 7) % traced.length] : null;
    const row = l
      ? (rows.find((r) => r.natural_key === l.sampleKeys[0]) as FoodSampleRow)
      : (rows.find((r) => r.producer_credit_code && r.producer_name && r.region_code?.startsWith('6229')) ?? null);
    if (!row?.producer_credit_code || !row.producer_name || !row.region_code) continue;
    const major = i === 0;
    const day = addDays(row.date, 2);
    if (day >= today) continue;
    incidents.push({
      enterpriseName: row.producer_name,
      enterpriseCreditCode: row.producer_credit_code,
      productName: row.product_name,
      batch: l ? row.batch : null,
      regionCode: row.region_code,
      discoveredAt: at(day, 19),
      severity: major ? '较大' : '一般',
      injuredCount: major ? rng.int(12, 18) : rng.int(2, 6),
      injuryLevel: major ? '轻伤' : '轻微',
      description: major
        ? `${row.sampled_unit_name}周边多名群众食用${row.product_name}后出现恶心、呕吐、腹泻等症状,就近送医`
        : `消费者食用${row.product_name}后出现腹痛、腹泻症状,门诊治疗后好转`,
      measures: '已封存剩余产品并送检,责令经营者暂停销售同批次产品',
    });
  }

  return {
    enterprises: [...registry.values()],
    inspectors,
    items: [...ITEMS],
    plan: {
      name: `${year}年度食品生产经营者“双随机、一公开”监督检查`,
      rules: { industries: ['食品生产', '食品销售'], inspectorsPerObject: 2, avoidHomeRegion: true },
    },
    lots,
    parties: [...names].map(([creditCode, name]) => ({ creditCode, name })),
    caseFates,
    incidents,
  };
}
