// The default 州 as demo data describe it: each county-level unit with its seat, towns and roads
// (real place names, so addresses read like the lists staff receive and region attribution by
// address text has something true to find), and the weights that spread records over counties.
// Every business, person and value built on top of these is invented.
import { DEFAULT_ORG } from '../org/default-org.ts';

export interface DemoCounty {
  code: string;
  /** Full name as it appears in addresses: 东乡族自治县. */
  name: string;
  /** Common short form, also seen in addresses: 东乡县. */
  shortName: string;
  /** Seat town (县城), where the air station and the drinking-water source are. */
  seat: string;
  towns: readonly string[];
  roads: readonly string[];
  /** Share of sampling work (about population plus the city's markets). */
  weight: number;
}

export const DEMO_PREFECTURE = {
  code: DEFAULT_ORG.prefecture.code,
  name: DEFAULT_ORG.prefecture.name,
  shortName: DEFAULT_ORG.prefecture.shortName,
  province: '甘肃省',
} as const;

const DETAILS: Record<string, Omit<DemoCounty, 'code' | 'name' | 'shortName'>> = {
  '622901': {
    seat: '城区',
    towns: ['八坊街道', '城南街道', '东区街道', '城北街道', '折桥镇', '南龙镇', '枹罕镇'],
    roads: ['团结路', '解放路', '红园路', '民主西路', '前河沿路', '建设路', '北滨河路', '新华路'],
    weight: 0.17,
  },
  '622921': {
    seat: '韩集镇',
    towns: ['韩集镇', '土桥镇', '尹集镇', '莲花镇', '马集镇', '北塬镇'],
    roads: ['韩集大道', '府前路', '商贸街', '振兴路'],
    weight: 0.15,
  },
  '622922': {
    seat: '附城镇',
    towns: ['附城镇', '莲麓镇', '苏集镇', '景古镇', '虎关乡'],
    roads: ['建设路', '北环路', '胭脂路', '莲花山路'],
    weight: 0.11,
  },
  '622923': {
    seat: '刘家峡镇',
    towns: ['刘家峡镇', '盐锅峡镇', '太极镇', '三塬镇', '西河镇'],
    roads: ['黄河路', '炳灵路', '滨河大道', '刘盐路'],
    weight: 0.11,
  },
  '622924': {
    seat: '城关镇',
    towns: ['城关镇', '三甲集镇', '庄窠集镇', '齐家镇', '祁家集镇'],
    roads: ['广通路', '滨河路', '三甲集商贸街', '和平路'],
    weight: 0.12,
  },
  '622925': {
    seat: '城关镇',
    towns: ['城关镇', '三合镇', '买家集镇', '松鸣镇', '马家堡镇'],
    roads: ['新华路', '三合路', '松鸣路', '文化路'],
    weight: 0.1,
  },
  '622926': {
    seat: '锁南镇',
    towns: ['锁南镇', '达板镇', '那勒寺镇', '河滩镇', '唐汪镇'],
    roads: ['锁南大道', '东乡路', '布楞沟路', '文化街'],
    weight: 0.12,
  },
  '622927': {
    seat: '吹麻滩镇',
    towns: ['吹麻滩镇', '大河家镇', '居集镇', '刘集乡', '石塬镇'],
    roads: ['积石路', '大河家路', '民族街', '吹麻滩大道'],
    weight: 0.12,
  },
};

export const DEMO_COUNTIES: readonly DemoCounty[] = DEFAULT_ORG.counties.map((c) => {
  const d = DETAILS[c.code];
  if (!d) throw new Error(`no demo details for ${c.code}`);
  return { code: c.code, name: c.name, shortName: c.shortName, ...d };
});

export function countyByCode(code: string): DemoCounty {
  const c = DEMO_COUNTIES.find((x) => x.code === code);
  if (!c) throw new RangeError(`unknown county ${code}`);
  return c;
}

/** The county the demo makes noticeably worse at food safety, so the 预警 state has a case. */
export const WEAK_FOOD_COUNTY = '622924';
