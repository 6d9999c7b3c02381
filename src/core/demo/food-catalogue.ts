// Food categories as the sampling lists name them (formats.md), the products sampled in a
// prefecture of the 河湟 region (halal meat, 胡麻油, 洋芋粉条, 酿皮, 八宝茶; no pork), and for each
// product the items it typically fails on. Failure rates per category put most failures in
// 餐饮食品 and 食用农产品, as real lists do.
import {
  bacteria,
  banned,
  detected,
  type FailTemplate,
  notAllowed,
  offLabel,
  overMax,
  underMin,
} from './failed-item-templates.ts';

export type SamplingPlace = 'market' | 'catering' | 'retail';

export interface FoodProduct {
  name: string;
  fails: readonly FailTemplate[];
}

export interface FoodCategory {
  name: string;
  /** Share of batches. */
  weight: number;
  /** Failure probability of a batch in an average county. */
  failRate: number;
  place: SamplingPlace;
  specs: readonly string[];
  /** Producer name endings for packaged food. */
  producerSuffixes: readonly string[];
  /** Sample-number prefix: NCP for 食用农产品, DC otherwise. */
  prefix: string;
  products: readonly FoodProduct[];
}

const MG = 'mg/kg';
const UG = 'μg/kg';
const GKG = 'g/kg';

const vegPesticides = (limits: readonly (readonly [string, number])[]) =>
  limits.map(([item, limit]) => overMax(item, limit, MG));

export const FOOD_CATEGORIES: readonly FoodCategory[] = [
  {
    name: '食用农产品',
    weight: 0.24,
    failRate: 0.04,
    place: 'market',
    specs: ['散装', '计量称重'],
    producerSuffixes: [],
    prefix: 'NCP',
    products: [
      {
        name: '韭菜',
        fails: vegPesticides([
          ['腐霉利', 0.2],
          ['毒死蜱', 0.02],
          ['氯氟氰菊酯和高效氯氟氰菊酯', 0.5],
          ['镉(以Cd计)', 0.05],
        ]),
      },
      {
        name: '芹菜',
        fails: vegPesticides([
          ['毒死蜱', 0.05],
          ['甲拌磷', 0.01],
          ['噻虫胺', 0.04],
        ]),
      },
      {
        name: '豇豆',
        fails: vegPesticides([
          ['灭蝇胺', 0.5],
          ['噻虫胺', 0.01],
          ['倍硫磷', 0.05],
        ]),
      },
      {
        name: '普通白菜',
        fails: vegPesticides([
          ['毒死蜱', 0.02],
          ['啶虫脒', 1],
        ]),
      },
      { name: '菠菜', fails: vegPesticides([['毒死蜱', 0.02]]) },
      {
        name: '辣椒',
        fails: vegPesticides([
          ['镉(以Cd计)', 0.05],
          ['噻虫胺', 0.05],
        ]),
      },
      {
        name: '姜',
        fails: vegPesticides([
          ['噻虫胺', 0.2],
          ['铅(以Pb计)', 0.1],
        ]),
      },
      { name: '油麦菜', fails: vegPesticides([['氟虫腈', 0.02]]) },
      {
        name: '豆芽',
        fails: [banned('4-氯苯氧乙酸钠(以4-氯苯氧乙酸计)', 12, 160, UG), banned('6-苄基腺嘌呤(6-BA)', 8, 90, UG)],
      },
      {
        name: '鸡蛋',
        fails: [banned('恩诺沙星', 12, 150, UG), banned('氟苯尼考', 5, 60, UG), banned('甲硝唑', 1, 12, UG)],
      },
      { name: '牛肉', fails: [banned('克伦特罗', 0.6, 4, UG)] },
      { name: '羊肉', fails: [banned('克伦特罗', 0.6, 4, UG), banned('莱克多巴胺', 0.8, 5, UG)] },
      { name: '鸡肉', fails: [overMax('恩诺沙星', 100, UG), banned('氧氟沙星', 3, 40, UG)] },
      { name: '草鱼', fails: [banned('孔雀石绿', 1.2, 12, UG), overMax('恩诺沙星', 100, UG)] },
      {
        name: '香蕉',
        fails: vegPesticides([
          ['吡虫啉', 0.05],
          ['噻虫胺', 0.02],
        ]),
      },
      { name: '苹果', fails: vegPesticides([['克百威', 0.02]]) },
      { name: '柑橘', fails: vegPesticides([['丙溴磷', 0.2]]) },
      { name: '葡萄', fails: vegPesticides([['苯醚甲环唑', 0.5]]) },
      { name: '马铃薯', fails: vegPesticides([['铅(以Pb计)', 0.2]]) },
    ],
  },
  {
    name: '餐饮食品',
    weight: 0.18,
    failRate: 0.045,
    place: 'catering',
    specs: ['/', '散装'],
    producerSuffixes: [],
    prefix: 'DC',
    products: [
      {
        name: '复用餐饮具(餐馆自行消毒)',
        fails: [
          detected('大肠菌群', '/50cm²'),
          notAllowed('阴离子合成洗涤剂(以十二烷基苯磺酸钠计)', 0.012, 0.09, 'mg/100cm²'),
        ],
      },
      {
        name: '复用餐饮具(集中消毒)',
        fails: [
          detected('大肠菌群', '/50cm²'),
          notAllowed('阴离子合成洗涤剂(以十二烷基苯磺酸钠计)', 0.012, 0.06, 'mg/100cm²'),
        ],
      },
      { name: '油条', fails: [overMax('铝的残留量(干样品,以Al计)', 100, MG)] },
      { name: '油饼', fails: [overMax('铝的残留量(干样品,以Al计)', 100, MG)] },
      { name: '煎炸过程用油', fails: [overMax('极性组分', 27, '%'), overMax('酸价(KOH)', 5, 'mg/g')] },
      {
        name: '酿皮(自制)',
        fails: [
          notAllowed('苯甲酸及其钠盐(以苯甲酸计)', 0.08, 0.9, GKG),
          notAllowed('脱氢乙酸及其钠盐(以脱氢乙酸计)', 0.05, 0.4, GKG),
        ],
      },
      {
        name: '馒头(自制)',
        fails: [
          notAllowed('糖精钠(以糖精计)', 0.03, 0.3, GKG),
          notAllowed('甜蜜素(以环己基氨基磺酸计)', 0.05, 0.6, GKG),
        ],
      },
      { name: '花卷(自制)', fails: [notAllowed('脱氢乙酸及其钠盐(以脱氢乙酸计)', 0.05, 0.3, GKG)] },
      { name: '凉拌菜(自制)', fails: [bacteria('大肠菌群', 2)] },
      { name: '手抓羊肉(自制)', fails: [bacteria('大肠菌群', 2), overMax('亚硝酸盐(以亚硝酸钠计)', 30, MG)] },
      { name: '卤牛肉(自制)', fails: [bacteria('大肠菌群', 2), bacteria('菌落总数', 5)] },
      { name: '酸奶(自制)', fails: [bacteria('大肠菌群', 1)] },
      { name: '馓子(自制)', fails: [overMax('铝的残留量(干样品,以Al计)', 100, MG)] },
    ],
  },
  {
    name: '粮食加工品',
    weight: 0.08,
    failRate: 0.006,
    place: 'retail',
    specs: ['5kg/袋', '10kg/袋', '25kg/袋', '1kg/袋', '500g/袋'],
    producerSuffixes: ['面粉有限公司', '面业有限公司', '粮油食品有限公司', '面粉厂'],
    prefix: 'DC',
    products: [
      { name: '小麦粉', fails: [overMax('玉米赤霉烯酮', 60, UG), overMax('脱氧雪腐镰刀菌烯醇', 1000, UG)] },
      { name: '挂面', fails: [overMax('铅(以Pb计)', 0.2, MG)] },
      { name: '生湿面制品', fails: [notAllowed('脱氢乙酸及其钠盐(以脱氢乙酸计)', 0.05, 0.4, GKG)] },
      { name: '大米', fails: [overMax('镉(以Cd计)', 0.2, MG)] },
      { name: '玉米糁', fails: [overMax('玉米赤霉烯酮', 60, UG)] },
      { name: '青稞粉', fails: [overMax('铅(以Pb计)', 0.2, MG)] },
    ],
  },
  {
    name: '食用油、油脂及其制品',
    weight: 0.05,
    failRate: 0.02,
    place: 'retail',
    specs: ['5L/桶', '2.5L/桶', '1.8L/瓶', '20L/桶', '散装'],
    producerSuffixes: ['油脂有限公司', '粮油有限公司', '榨油厂'],
    prefix: 'DC',
    products: [
      {
        name: '胡麻油',
        fails: [overMax('苯并[a]芘', 10, UG), overMax('酸价(KOH)', 3, 'mg/g'), overMax('过氧化值', 0.25, 'g/100g')],
      },
      { name: '菜籽油', fails: [overMax('苯并[a]芘', 10, UG), overMax('溶剂残留量', 20, MG)] },
      { name: '大豆油', fails: [overMax('酸价(KOH)', 3, 'mg/g')] },
      { name: '玉米油', fails: [overMax('过氧化值', 0.25, 'g/100g')] },
      { name: '食用植物调和油', fails: [overMax('过氧化值', 0.25, 'g/100g')] },
      { name: '花生油', fails: [overMax('黄曲霉毒素B₁', 20, UG)] },
    ],
  },
  {
    name: '肉制品',
    weight: 0.05,
    failRate: 0.008,
    place: 'retail',
    specs: ['200g/袋', '250g/袋', '500g/袋', '散装称重'],
    producerSuffixes: ['清真食品有限公司', '清真肉食品有限公司', '牛羊肉制品有限公司'],
    prefix: 'DC',
    products: [
      { name: '酱卤牛肉', fails: [bacteria('菌落总数', 5), bacteria('大肠菌群', 2)] },
      {
        name: '牛肉干',
        fails: [overMax('山梨酸及其钾盐(以山梨酸计)', 0.075, GKG), notAllowed('胭脂红', 0.01, 0.08, GKG)],
      },
      { name: '风干牛肉', fails: [overMax('亚硝酸盐(以亚硝酸钠计)', 30, MG)] },
      { name: '清真牛肉肠', fails: [overMax('亚硝酸盐(以亚硝酸钠计)', 30, MG), bacteria('菌落总数', 5)] },
      { name: '卤羊肉', fails: [bacteria('大肠菌群', 2)] },
    ],
  },
  {
    name: '乳制品',
    weight: 0.04,
    failRate: 0.004,
    place: 'retail',
    specs: ['250mL/盒', '200g/杯', '1L/盒', '400g/袋', '180g/袋'],
    producerSuffixes: ['乳业有限公司', '乳品有限责任公司'],
    prefix: 'DC',
    products: [
      { name: '纯牛奶', fails: [underMin('蛋白质', 2.9, 'g/100g')] },
      { name: '风味发酵乳', fails: [bacteria('大肠菌群', 1)] },
      { name: '巴氏杀菌乳', fails: [bacteria('菌落总数', 5)] },
      { name: '调制乳粉', fails: [underMin('蛋白质', 16.5, 'g/100g')] },
    ],
  },
  {
    name: '酒类',
    weight: 0.02,
    failRate: 0.01,
    place: 'retail',
    specs: ['500mL/瓶', '450mL/瓶', '2.5L/桶'],
    producerSuffixes: ['酒业有限公司', '酿酒有限责任公司'],
    prefix: 'DC',
    products: [
      {
        name: '白酒',
        fails: [offLabel('酒精度(20℃)', '%vol', 42, 1), notAllowed('甜蜜素(以环己基氨基磺酸计)', 0.01, 0.06, GKG)],
      },
      { name: '青稞酒', fails: [offLabel('酒精度(20℃)', '%vol', 45, 1)] },
      { name: '啤酒', fails: [underMin('原麦汁浓度', 8, '°P')] },
    ],
  },
  {
    name: '蔬菜制品',
    weight: 0.03,
    failRate: 0.015,
    place: 'retail',
    specs: ['250g/袋', '500g/瓶', '散装称重'],
    producerSuffixes: ['食品有限公司', '蔬菜制品有限公司'],
    prefix: 'DC',
    products: [
      {
        name: '酱腌菜',
        fails: [overMax('苯甲酸及其钠盐(以苯甲酸计)', 1, GKG), overMax('糖精钠(以糖精计)', 0.15, GKG)],
      },
      { name: '干制蔬菜', fails: [overMax('二氧化硫残留量', 0.2, GKG)] },
      { name: '干制食用菌', fails: [overMax('镉(以Cd计)', 0.5, MG)] },
    ],
  },
  {
    name: '调味品',
    weight: 0.05,
    failRate: 0.006,
    place: 'retail',
    specs: ['500mL/瓶', '1L/瓶', '200g/袋', '400g/瓶', '散装称重'],
    producerSuffixes: ['调味品有限公司', '酿造有限公司', '食品有限公司'],
    prefix: 'DC',
    products: [
      { name: '酱油', fails: [underMin('氨基酸态氮', 0.4, 'g/100mL')] },
      { name: '食醋', fails: [underMin('总酸(以乙酸计)', 3.5, 'g/100mL')] },
      { name: '辣椒面', fails: [banned('苏丹红Ⅰ', 12, 400, UG)] },
      { name: '花椒粉', fails: [overMax('铅(以Pb计)', 3, MG)] },
      { name: '鸡精调味料', fails: [underMin('谷氨酸钠', 35, 'g/100g')] },
    ],
  },
  {
    name: '饮料',
    weight: 0.04,
    failRate: 0.006,
    place: 'retail',
    specs: ['550mL/瓶', '500mL/瓶', '18.9L/桶', '310mL/罐'],
    producerSuffixes: ['饮品有限公司', '饮用水有限公司', '食品饮料有限公司'],
    prefix: 'DC',
    products: [
      { name: '饮用纯净水', fails: [detected('铜绿假单胞菌', 'CFU/250mL'), overMax('溴酸盐', 0.01, 'mg/L')] },
      { name: '饮用天然矿泉水', fails: [detected('铜绿假单胞菌', 'CFU/250mL')] },
      { name: '果味饮料', fails: [bacteria('菌落总数', 2, 'CFU/mL')] },
      { name: '茶饮料', fails: [notAllowed('甜蜜素(以环己基氨基磺酸计)', 0.02, 0.2, GKG)] },
    ],
  },
  {
    name: '糕点',
    weight: 0.05,
    failRate: 0.015,
    place: 'retail',
    specs: ['散装称重', '400g/盒', '500g/袋', '100g/个'],
    producerSuffixes: ['食品有限公司', '糕点坊', '清真糕点厂'],
    prefix: 'DC',
    products: [
      {
        name: '月饼',
        fails: [overMax('过氧化值(以脂肪计)', 0.25, 'g/100g'), overMax('酸价(以脂肪计)(KOH)', 5, 'mg/g')],
      },
      { name: '油香', fails: [overMax('铝的残留量(干样品,以Al计)', 100, MG)] },
      { name: '蛋糕', fails: [overMax('霉菌', 150, 'CFU/g'), bacteria('菌落总数', 4)] },
      { name: '千层饼', fails: [overMax('过氧化值(以脂肪计)', 0.25, 'g/100g')] },
      { name: '桃酥', fails: [overMax('酸价(以脂肪计)(KOH)', 5, 'mg/g')] },
    ],
  },
  {
    name: '方便食品',
    weight: 0.02,
    failRate: 0.006,
    place: 'retail',
    specs: ['110g/袋', '5×100g/袋', '桶装105g'],
    producerSuffixes: ['食品有限公司'],
    prefix: 'DC',
    products: [
      { name: '方便面', fails: [overMax('酸价(以脂肪计)(KOH)', 1.8, 'mg/g')] },
      { name: '油茶粉', fails: [bacteria('菌落总数', 4)] },
    ],
  },
  {
    name: '炒货食品及坚果制品',
    weight: 0.03,
    failRate: 0.012,
    place: 'retail',
    specs: ['散装称重', '200g/袋', '500g/袋'],
    producerSuffixes: ['炒货有限公司', '食品有限公司'],
    prefix: 'DC',
    products: [
      {
        name: '葵花籽',
        fails: [overMax('过氧化值(以脂肪计)', 0.8, 'g/100g'), overMax('甜蜜素(以环己基氨基磺酸计)', 1.2, GKG)],
      },
      { name: '花生', fails: [overMax('酸价(以脂肪计)(KOH)', 3, 'mg/g'), overMax('黄曲霉毒素B₁', 20, UG)] },
      { name: '核桃', fails: [overMax('过氧化值(以脂肪计)', 0.08, 'g/100g')] },
    ],
  },
  {
    name: '淀粉及淀粉制品',
    weight: 0.03,
    failRate: 0.015,
    place: 'retail',
    specs: ['散装称重', '400g/袋', '1kg/袋'],
    producerSuffixes: ['淀粉制品有限公司', '粉业有限公司', '粉条加工厂'],
    prefix: 'DC',
    products: [
      { name: '洋芋粉条', fails: [overMax('铝的残留量(干样品,以Al计)', 200, MG)] },
      { name: '粉丝', fails: [overMax('铝的残留量(干样品,以Al计)', 200, MG)] },
      { name: '马铃薯淀粉', fails: [overMax('二氧化硫残留量', 0.03, GKG)] },
    ],
  },
  {
    name: '豆制品',
    weight: 0.02,
    failRate: 0.01,
    place: 'retail',
    specs: ['散装称重', '250g/袋'],
    producerSuffixes: ['豆制品厂', '食品有限公司'],
    prefix: 'DC',
    products: [
      { name: '豆腐', fails: [notAllowed('脱氢乙酸及其钠盐(以脱氢乙酸计)', 0.03, 0.3, GKG)] },
      { name: '腐竹', fails: [notAllowed('苯甲酸及其钠盐(以苯甲酸计)', 0.05, 0.6, GKG)] },
      { name: '豆腐干', fails: [bacteria('大肠菌群', 2)] },
    ],
  },
  {
    name: '速冻食品',
    weight: 0.02,
    failRate: 0.006,
    place: 'retail',
    specs: ['500g/袋', '1kg/袋'],
    producerSuffixes: ['食品有限公司', '清真食品有限公司'],
    prefix: 'DC',
    products: [
      { name: '速冻牛肉水饺', fails: [overMax('过氧化值(以脂肪计)', 0.25, 'g/100g')] },
      { name: '牛肉丸', fails: [bacteria('菌落总数', 5)] },
    ],
  },
  {
    name: '糖果制品',
    weight: 0.02,
    failRate: 0.004,
    place: 'retail',
    specs: ['散装称重', '200g/袋'],
    producerSuffixes: ['食品有限公司'],
    prefix: 'DC',
    products: [
      { name: '硬质糖果', fails: [overMax('铅(以Pb计)', 0.5, MG)] },
      { name: '果冻', fails: [notAllowed('甜蜜素(以环己基氨基磺酸计)', 0.05, 0.3, GKG)] },
    ],
  },
  {
    name: '茶叶及相关制品',
    weight: 0.02,
    failRate: 0.008,
    place: 'retail',
    specs: ['散装称重', '250g/盒', '10袋/盒'],
    producerSuffixes: ['茶业有限公司', '食品有限公司'],
    prefix: 'DC',
    products: [
      { name: '八宝茶', fails: [overMax('二氧化硫残留量', 0.1, GKG)] },
      { name: '茯砖茶', fails: [overMax('氟', 300, MG)] },
      { name: '绿茶', fails: [overMax('铅(以Pb计)', 5, MG)] },
    ],
  },
  {
    name: '水果制品',
    weight: 0.01,
    failRate: 0.008,
    place: 'retail',
    specs: ['散装称重', '200g/袋'],
    producerSuffixes: ['食品有限公司'],
    prefix: 'DC',
    products: [
      { name: '葡萄干', fails: [overMax('二氧化硫残留量', 0.1, GKG)] },
      { name: '果脯', fails: [overMax('二氧化硫残留量', 0.35, GKG), overMax('糖精钠(以糖精计)', 1, GKG)] },
    ],
  },
  {
    name: '蛋制品',
    weight: 0.01,
    failRate: 0.006,
    place: 'retail',
    specs: ['6枚/盒', '散装'],
    producerSuffixes: ['蛋品有限公司'],
    prefix: 'DC',
    products: [{ name: '皮蛋', fails: [overMax('铅(以Pb计)', 0.5, MG)] }],
  },
  {
    name: '饼干',
    weight: 0.02,
    failRate: 0.004,
    place: 'retail',
    specs: ['散装称重', '400g/袋'],
    producerSuffixes: ['食品有限公司'],
    prefix: 'DC',
    products: [{ name: '饼干', fails: [overMax('酸价(以脂肪计)(KOH)', 5, 'mg/g')] }],
  },
  {
    name: '冷冻饮品',
    weight: 0.01,
    failRate: 0.008,
    place: 'retail',
    specs: ['65g/支', '散装'],
    producerSuffixes: ['乳业有限公司', '冷饮有限公司'],
    prefix: 'DC',
    products: [{ name: '冰淇淋', fails: [bacteria('菌落总数', 4, 'CFU/g'), bacteria('大肠菌群', 1)] }],
  },
];

export const FOOD_CATEGORY_NAMES: readonly string[] = FOOD_CATEGORIES.map((c) => c.name);
