// Monthly water samples: the centralized drinking-water source of each county seat (GB 3838
// Table 1 plus the Table 2 items) and three 国控断面 on the 黄河, 大夏河 and 洮河. Values are
// mostly Class I–II, with 大夏河折桥 (below the city) reaching Class III for ammonia in winter.
// Below-detection results are kept as the lab writes them ("<0.004", and "未检出" from the lab
// serving 积石山县 in the first half of the year), never as 0.
import { demoKey, isoDate } from './demo-calendar.ts';
import type { WaterSampleRow } from './demo-rows.ts';
import type { Random } from './random.ts';

type Value = number | string;

interface Site {
  id: string;
  name: string;
  regionCode: string;
  type: '国控断面' | '集中式饮用水水源地';
  body: '河流' | '湖库';
  /** How loaded the water is: 0 clean headwater … 1 below a town. */
  load: number;
}

export const WATER_SITES: readonly Site[] = [
  {
    id: 'lxs',
    name: '临夏市大夏河南龙水源地',
    regionCode: '622901',
    type: '集中式饮用水水源地',
    body: '河流',
    load: 0.15,
  },
  {
    id: 'lxx',
    name: '临夏县大夏河土门关水源地',
    regionCode: '622921',
    type: '集中式饮用水水源地',
    body: '河流',
    load: 0.1,
  },
  { id: 'kl', name: '康乐县胭脂河水源地', regionCode: '622922', type: '集中式饮用水水源地', body: '河流', load: 0.1 },
  {
    id: 'yj',
    name: '永靖县刘家峡水库水源地',
    regionCode: '622923',
    type: '集中式饮用水水源地',
    body: '湖库',
    load: 0.15,
  },
  { id: 'gh', name: '广河县广通河水源地', regionCode: '622924', type: '集中式饮用水水源地', body: '河流', load: 0.2 },
  { id: 'hz', name: '和政县牙塘河水源地', regionCode: '622925', type: '集中式饮用水水源地', body: '河流', load: 0.05 },
  {
    id: 'dx',
    name: '东乡县洮河唐汪水源地',
    regionCode: '622926',
    type: '集中式饮用水水源地',
    body: '河流',
    load: 0.25,
  },
  {
    id: 'jss',
    name: '积石山县黄河大河家水源地',
    regionCode: '622927',
    type: '集中式饮用水水源地',
    body: '河流',
    load: 0.2,
  },
  { id: 'ljx', name: '黄河刘家峡', regionCode: '622923', type: '国控断面', body: '河流', load: 0.4 },
  { id: 'zq', name: '大夏河折桥', regionCode: '622901', type: '国控断面', body: '河流', load: 0.85 },
  { id: 'hq', name: '洮河红旗', regionCode: '622926', type: '国控断面', body: '河流', load: 0.5 },
];

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** A value or, with probability p, the detection limit written "<L". */
function orBelow(rng: Random, p: number, limit: string, value: () => number): Value {
  return rng.chance(p) ? `<${limit}` : value();
}

function sample(rng: Random, site: Site, month: number): Record<string, Value> {
  const winter = month <= 3 || month >= 11;
  // Surface water in the 州: near freezing in January, about 16 ℃ in July.
  const temp = round(9 - 7 * Math.cos((2 * Math.PI * (month - 1)) / 12) + rng.float(-1, 1), 1);
  const load = site.load;
  const lake = site.body === '湖库';
  const notDetected = site.id === 'jss' && month <= 6;
  const nh3 = winter
    ? rng.float(0.1, 0.35) + load * rng.float(0.3, 0.7)
    : rng.float(0.03, 0.18) + load * rng.float(0.05, 0.3);
  const items: Record<string, Value> = {
    water_temperature: Math.max(0.5, temp),
    pH: round(rng.float(7.8, 8.4), 2),
    DO: round(7.6 + (12 - temp) * 0.18 + rng.float(-0.4, 0.4), 1),
    CODMn: round(1.2 + load * 1.8 + rng.float(0, 1), 1),
    COD: load < 0.3 && rng.chance(0.4) ? '<4' : Math.round(5 + load * 8 + rng.float(0, 5)),
    BOD5: load < 0.3 && rng.chance(0.25) ? '<0.5' : round(0.6 + load * 1.6 + rng.float(0, 0.8), 1),
    'NH3-N': load < 0.2 && rng.chance(0.15) ? '<0.025' : round(nh3, 3),
    TP: lake ? round(rng.float(0.01, 0.035), 3) : round(0.02 + load * 0.1 + rng.float(0, 0.05), 3),
    TN: lake ? round(rng.float(0.5, 0.95), 2) : round(0.8 + load * 1.2 + rng.float(0, 0.6), 2),
    Cu: orBelow(rng, 0.4, '0.001', () => round(rng.float(0.001, 0.006), 4)),
    Zn: '<0.05',
    fluoride: round(rng.float(0.22, 0.65), 2),
    Se: '<0.0004',
    As: round(rng.float(0.0008, 0.0035), 4),
    Hg: '<0.00004',
    Cd: orBelow(rng, 0.7, '0.0001', () => round(rng.float(0.0001, 0.0003), 4)),
    'Cr6+': '<0.004',
    Pb: orBelow(rng, 0.7, '0.001', () => round(rng.float(0.001, 0.004), 4)),
    cyanide: '<0.004',
    volatile_phenol: notDetected ? '未检出' : '<0.0003',
    petroleum: '<0.01',
    LAS: '<0.05',
    sulfide: notDetected ? '未检出' : '<0.005',
    fecal_coliform: Math.round((20 + load * 2500) * rng.float(0.4, 1.6)),
  };
  if (site.type === '集中式饮用水水源地') {
    items.sulfate = Math.round(rng.float(40, 160));
    items.chloride = Math.round(rng.float(10, 60));
    items.nitrate_N = round(rng.float(0.4, 2.2), 2);
    items.Fe = orBelow(rng, 0.5, '0.03', () => round(rng.float(0.03, 0.12), 2));
    items.Mn = orBelow(rng, 0.6, '0.01', () => round(rng.float(0.01, 0.04), 3));
  }
  return items;
}

export function generateWaterSamples(year: number, rng: Random): WaterSampleRow[] {
  const rows: WaterSampleRow[] = [];
  for (const site of WATER_SITES) {
    const r = rng.fork(site.id);
    for (let month = 1; month <= 12; month++) {
      rows.push({
        natural_key: demoKey(year, 'water', site.id, month),
        region_code: site.regionCode,
        date: isoDate(year, month, r.int(8, 18)),
        site_name: site.name,
        site_type: site.type,
        water_body: site.body,
        items_json: JSON.stringify(sample(r, site, month)),
      });
    }
  }
  return rows;
}
