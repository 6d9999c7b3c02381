// The indicator catalogue: every target of the 2023 plan (shared/design/indicators.md, rows
// 1–27) as data. Row 26 names five industry clusters with five targets, so it becomes five
// indicators; every other row is one. A plan's own target overrides `target` when a plan
// target's indicator text matches one of `planNames` (see plan-links.ts).
import type { StatusRule, Target } from './attainment.ts';

export type IndicatorKind = 'rate' | 'standard' | 'survey' | 'trend' | 'reported' | 'milestone';

/** Record tables the engine reads (migration 20261128010000-records). */
export type RecordTable =
  | 'food_samples'
  | 'agri_samples'
  | 'product_checks'
  | 'drug_samples'
  | 'essential_drugs'
  | 'drug_manufacturers'
  | 'construction_acceptances'
  | 'water_projects'
  | 'water_project_checks'
  | 'air_hourly'
  | 'air_daily'
  | 'water_samples'
  | 'effluent_samples'
  | 'sewage_volumes'
  | 'survey_responses'
  | 'reported_values';

export interface IndicatorDef {
  /** Row of the table in indicators.md. */
  row: number;
  /** Stable code: API paths, reported_values.indicator_code, exports. */
  code: string;
  /** Chinese name as the plan words it. */
  name: string;
  kind: IndicatorKind;
  definition: string;
  formula: string;
  sources: RecordTable[];
  /** How a record is attributed to a region. */
  regionRule: string;
  /** The standard and clause the computation follows, when one does. */
  standard: string | null;
  target: Target;
  /** Unit of the value. */
  unit: string;
  /** Fewer records than this → 数据不足 (indicators.md default 30). */
  minRecords: number;
  statusRule: StatusRule;
  /** Wording of plan targets this indicator measures (compared after normalising). */
  planNames: string[];
  /** Reported values: add up the reports of the period, or take the latest one. */
  aggregate?: 'sum' | 'latest';
  /** What the value is called in a sentence (合格率, 优良天数比例 …). */
  valueLabel: string;
}

export const DEFAULT_MIN_RECORDS = 30;
/** GB 3095 Table 4: the smallest monthly minimum of valid daily values (February: 25). */
const AIR_MIN_DAYS = 25;

const PCT = '%';
const ge = (value: number, unit = PCT): Target => ({ comparator: '>=', value, unit });

const SAMPLED_REGION = '被抽样单位所在县(区)';
const PRODUCER_REGION = '生产企业所在县(区)';
const REPORTER_REGION = '报送单位所属县(区); 州本级报送计入全州';

function reported(
  row: number,
  code: string,
  name: string,
  target: Target,
  planNames: string[],
  definition: string,
): IndicatorDef {
  return {
    row,
    code,
    name,
    kind: 'reported',
    definition,
    formula: '本期报送值之和(每条报送须附佐证材料)',
    sources: ['reported_values'],
    regionRule: REPORTER_REGION,
    standard: null,
    target,
    unit: target.unit,
    minRecords: 1,
    statusRule: 'pace',
    planNames,
    aggregate: 'sum',
    valueLabel: '累计完成',
  };
}

function cluster(code: string, name: string, value: number): IndicatorDef {
  return reported(
    26,
    code,
    `${name}产业群产值`,
    ge(value, '亿元'),
    [`${name}产业群产值`, `${name}产业群`],
    `${name}产业群本年度产值(按报送的产值累计)`,
  );
}

export const CATALOGUE: readonly IndicatorDef[] = [
  {
    row: 1,
    code: 'key_consumer_pass_rate',
    valueLabel: '合格率',
    name: '重点消费品质量监督抽查合格率',
    kind: 'rate',
    definition: '产品质量监督抽查中列入重点消费品目录的产品: 合格批次 ÷ 检验批次; 拒检和涉嫌无证批次不计入分子分母',
    formula: '合格批次 ÷ (合格批次 + 不合格批次) × 100%',
    sources: ['product_checks'],
    regionRule: PRODUCER_REGION,
    standard: null,
    target: ge(92),
    unit: PCT,
    minRecords: DEFAULT_MIN_RECORDS,
    statusRule: 'proportion',
    planNames: ['重点消费品质量监督抽查合格率', '重点消费品质量抽查合格率', '重点消费品抽查合格率'],
  },
  {
    row: 2,
    code: 'manufacturing_pass_rate',
    valueLabel: '合格率',
    name: '制造业产品质量抽查合格率',
    kind: 'rate',
    definition: '本地生产企业工业产品的质量监督抽查: 合格批次 ÷ 检验批次; 抽查层级(国/省/州/县抽)可筛选',
    formula: '合格批次 ÷ (合格批次 + 不合格批次) × 100%',
    sources: ['product_checks'],
    regionRule: PRODUCER_REGION,
    standard: null,
    target: ge(94),
    unit: PCT,
    minRecords: DEFAULT_MIN_RECORDS,
    statusRule: 'proportion',
    planNames: ['制造业产品质量抽查合格率', '制造业产品质量合格率', '制造业产品质量监督抽查合格率'],
  },
  {
    row: 3,
    code: 'agri_pass_rate',
    valueLabel: '合格率',
    name: '主要农产品质量安全监测合格率',
    kind: 'rate',
    definition: '农产品质量安全例行监测(蔬菜、水果、茶叶、畜禽产品、水产品): 合格样品 ÷ 监测样品',
    formula: '合格样品数 ÷ 监测样品数 × 100%',
    sources: ['agri_samples'],
    regionRule: '抽样地所在县(区)',
    standard: null,
    target: ge(98),
    unit: PCT,
    minRecords: DEFAULT_MIN_RECORDS,
    statusRule: 'proportion',
    planNames: ['主要农产品质量安全监测合格率', '农产品质量安全监测合格率', '农产品质量安全例行监测合格率'],
  },
  {
    row: 4,
    code: 'food_pass_rate',
    valueLabel: '合格率',
    name: '食品安全抽检合格率',
    kind: 'rate',
    definition: '食品安全监督抽检: 合格批次 ÷ 抽检批次; 风险监测不计入',
    formula: '监督抽检合格批次 ÷ 监督抽检批次 × 100%',
    sources: ['food_samples'],
    regionRule: SAMPLED_REGION,
    standard: null,
    target: ge(97),
    unit: PCT,
    minRecords: DEFAULT_MIN_RECORDS,
    statusRule: 'proportion',
    planNames: ['食品安全抽检合格率', '食品安全监督抽检合格率', '食品抽检合格率'],
  },
  {
    row: 5,
    code: 'essential_drug_coverage',
    valueLabel: '覆盖率',
    name: '基本药物全品种抽检覆盖率',
    kind: 'rate',
    definition: '基本药物品种范围内(可配置, 默认本州生产或经营的品种), 本期至少抽检 1 批的品种数 ÷ 范围内品种数',
    formula: '本期有抽检的品种数 ÷ 范围内品种数 × 100%',
    sources: ['drug_samples', 'essential_drugs'],
    regionRule: '抽样地所在县(区)',
    standard: null,
    target: ge(100),
    unit: PCT,
    minRecords: 1,
    statusRule: 'pace',
    planNames: ['基本药物全品种抽检覆盖率', '基本药物抽检覆盖率'],
  },
  {
    // Not a row of indicators.md: the seed states it beside row 5 (全州药品评价性抽检、基本药物全品种
    // 抽检覆盖率达到100%), so it is measured the same way over 评价性抽检 samples only.
    row: 5,
    code: 'drug_evaluation_coverage',
    valueLabel: '覆盖率',
    name: '药品评价性抽检覆盖率',
    kind: 'rate',
    definition: '品种范围内(同基本药物全品种抽检覆盖率), 本期至少有 1 批评价性抽检的品种数 ÷ 范围内品种数',
    formula: '本期有评价性抽检的品种数 ÷ 范围内品种数 × 100%',
    sources: ['drug_samples', 'essential_drugs'],
    regionRule: '抽样地所在县(区)',
    standard: null,
    target: ge(100),
    unit: PCT,
    minRecords: 1,
    statusRule: 'pace',
    planNames: ['药品评价性抽检覆盖率', '药品评价性抽检'],
  },
  {
    row: 6,
    code: 'service_satisfaction',
    valueLabel: '满意度指数',
    name: '重点领域服务业质量顾客满意度',
    kind: 'survey',
    definition:
      '各重点服务领域满意度调查: 每份问卷为各题得分(0–100)的加权平均, 领域指数为问卷权重加权平均; 全州为各领域指数按样本量加权平均',
    formula: '领域指数 = Σ(w·问卷得分) ÷ Σw; 全州 = Σ(n_领域·领域指数) ÷ Σn_领域',
    sources: ['survey_responses'],
    regionRule: '被调查服务单位所在县(区)',
    standard: null,
    target: ge(70),
    unit: PCT,
    minRecords: DEFAULT_MIN_RECORDS,
    statusRule: 'level',
    planNames: ['重点领域服务业质量顾客满意度', '服务业质量顾客满意度', '服务质量顾客满意度'],
  },
  {
    row: 7,
    code: 'construction_first_pass_rate',
    valueLabel: '一次验收合格率',
    name: '大中型工程一次验收合格率',
    kind: 'rate',
    definition: '大型、中型工程竣工验收: 首次验收即合格的工程 ÷ 本期首次验收的工程(以首次验收日期计入期间)',
    formula: '首次验收合格工程数 ÷ 首次验收工程数 × 100%',
    sources: ['construction_acceptances'],
    regionRule: '工程所在县(区)',
    standard: null,
    target: ge(100),
    unit: PCT,
    minRecords: 1,
    statusRule: 'level',
    planNames: ['大中型工程一次验收合格率', '大中型工程竣工验收一次合格率'],
  },
  {
    row: 8,
    code: 'water_project_pass_rate',
    valueLabel: '合格率',
    name: '水利工程质量合格率',
    kind: 'rate',
    definition: '水利工程质量评定: 评定为合格及以上(优良、合格)的 ÷ 评定总数',
    formula: '(优良 + 合格) ÷ 评定数 × 100%',
    sources: ['water_project_checks'],
    regionRule: '工程所在县(区)',
    standard: null,
    target: ge(100),
    unit: PCT,
    minRecords: 1,
    statusRule: 'level',
    planNames: ['水利工程质量合格率'],
  },
  {
    row: 9,
    code: 'water_project_test_rate',
    valueLabel: '抽检率',
    name: '水利工程质量检测抽检率',
    kind: 'rate',
    definition: '本期在建水利工程中至少有 1 次质量检测抽检的工程 ÷ 在建工程',
    formula: '有检测抽检的在建工程数 ÷ 在建工程数 × 100%',
    sources: ['water_projects', 'water_project_checks'],
    regionRule: '工程所在县(区)',
    standard: null,
    target: ge(100),
    unit: PCT,
    minRecords: 1,
    statusRule: 'pace',
    planNames: ['水利工程质量检测抽检率', '水利工程检测抽检率'],
  },
  {
    row: 10,
    code: 'large_water_project_excellent_rate',
    valueLabel: '优良率',
    name: '大型水利工程质量等级达到优良',
    kind: 'rate',
    definition: '大型水利工程质量评定: 评定为优良的 ÷ 评定总数',
    formula: '优良 ÷ 评定数 × 100%',
    sources: ['water_project_checks', 'water_projects'],
    regionRule: '工程所在县(区)',
    standard: null,
    target: ge(100),
    unit: PCT,
    minRecords: 1,
    statusRule: 'level',
    planNames: ['大型水利工程质量等级达到优良', '大型水利工程质量优良率', '大型水利工程优良率'],
  },
  {
    row: 11,
    code: 'air_good_days_ratio',
    valueLabel: '优良天数比例',
    name: '市城市空气质量优良天数比例',
    kind: 'standard',
    definition:
      '城市日空气质量指数(由 GB 3095 有效的日均浓度按 HJ 633 计算, 按日期选用标准版本) ≤ 100 的天数 ÷ 有效监测天数; 城市小时浓度为各点位算术平均',
    formula: '优良天数 ÷ 有效监测天数 × 100%',
    sources: ['air_hourly', 'air_daily'],
    regionRule: '城市所在县(区); 全州为全部城市日合计',
    standard: 'HJ 633-2012 §5.1.2(日报 AQI); GB 3095-2012 表4(数据有效性); HJ 663-2013(优良天数比例, 条款未核对)',
    target: ge(91),
    unit: PCT,
    minRecords: AIR_MIN_DAYS,
    statusRule: 'proportion',
    planNames: ['市城市空气质量优良天数比例', '城市空气质量优良天数比例', '空气质量优良天数比例'],
  },
  {
    row: 12,
    code: 'pm10_decrease',
    valueLabel: '较上年同期下降',
    name: '可吸入颗粒物(PM10)平均浓度明显下降',
    kind: 'trend',
    definition: 'PM10 本期(年或年初至今)日均浓度的平均值与上年同期比较; "明显下降" = 下降幅度 ≥ 阈值(可配置, 默认 5%)',
    formula: '(上年同期均值 − 本期均值) ÷ 上年同期均值 × 100%',
    sources: ['air_hourly', 'air_daily'],
    regionRule: '城市所在县(区); 全州为全部城市日',
    standard: 'HJ 663-2013(年平均: 有效日均值的算术平均); GB 3095-2012 表4',
    target: { comparator: 'decrease', value: 5, unit: PCT },
    unit: PCT,
    minRecords: AIR_MIN_DAYS,
    statusRule: 'trend',
    planNames: ['可吸入颗粒物(PM10)平均浓度', 'PM10平均浓度', '可吸入颗粒物平均浓度'],
  },
  {
    row: 13,
    code: 'pm25_decrease',
    valueLabel: '较上年同期下降',
    name: '细颗粒物(PM2.5)平均浓度明显下降',
    kind: 'trend',
    definition: 'PM2.5 本期(年或年初至今)日均浓度的平均值与上年同期比较; "明显下降" = 下降幅度 ≥ 阈值(可配置, 默认 5%)',
    formula: '(上年同期均值 − 本期均值) ÷ 上年同期均值 × 100%',
    sources: ['air_hourly', 'air_daily'],
    regionRule: '城市所在县(区); 全州为全部城市日',
    standard: 'HJ 663-2013(年平均: 有效日均值的算术平均); GB 3095-2012 表4',
    target: { comparator: 'decrease', value: 5, unit: PCT },
    unit: PCT,
    minRecords: AIR_MIN_DAYS,
    statusRule: 'trend',
    planNames: ['细颗粒物(PM2.5)平均浓度', 'PM2.5平均浓度', '细颗粒物平均浓度'],
  },
  {
    row: 14,
    code: 'drinking_water_rate',
    valueLabel: '达标率',
    name: '县级及以上城市集中式饮用水源地水质达标率',
    kind: 'standard',
    definition:
      '集中式饮用水水源地水样: 表1基本项目(不含水温、总氮、粪大肠菌群)单因子类别为 III 类或更好, 且表2补充项目均不超标的样品 ÷ 样品数',
    formula: '达标样品数 ÷ 有效样品数 × 100%',
    sources: ['water_samples'],
    regionRule: '水源地所在县(区)',
    standard: 'GB 3838-2002 §5.1(单因子评价), §5.3(饮用水源地评价项目), 表1, 表2',
    target: ge(100),
    unit: PCT,
    minRecords: DEFAULT_MIN_RECORDS,
    statusRule: 'proportion',
    planNames: [
      '县级及以上城市集中式饮用水源地水质达标率',
      '集中式饮用水源地水质达标率',
      '饮用水水源地水质达标率',
      '饮用水源地水质达标率',
    ],
  },
  {
    row: 15,
    code: 'state_section_rate',
    valueLabel: '优良比例',
    name: '国控断面水质优良比例',
    kind: 'standard',
    definition: '国控断面: 本期各项目均值的单因子类别为 I–III 类的断面 ÷ 断面数',
    formula: 'I–III 类断面数 ÷ 有效评价断面数 × 100%',
    sources: ['water_samples'],
    regionRule: '断面所在县(区)',
    standard: 'GB 3838-2002 §5.1; 地表水环境质量评价办法(试行)(环办〔2011〕22号)',
    target: ge(100),
    unit: PCT,
    minRecords: 1,
    statusRule: 'level',
    planNames: ['国控断面水质优良比例', '国控断面水质优良率'],
  },
  {
    row: 16,
    code: 'sewage_treatment_rate',
    valueLabel: '污水处理率',
    name: '县城污水处理率',
    kind: 'reported',
    definition: '各县城: 污水处理量 ÷ 污水排放总量',
    formula: 'Σ处理量 ÷ Σ总量 × 100%',
    sources: ['sewage_volumes'],
    regionRule: '县城所在县(区)',
    standard: null,
    target: ge(95),
    unit: PCT,
    minRecords: 1,
    statusRule: 'level',
    planNames: ['县城污水处理率', '城市污水处理率'],
  },
  {
    row: 17,
    code: 'effluent_1a_rate',
    valueLabel: '一级A达标率',
    name: '城镇污水处理厂达到一级A排放标准',
    kind: 'standard',
    definition: '城镇污水处理厂出水日均值样品: 表1基本控制项目均达到一级A标准的样品 ÷ 样品数',
    formula: '达标样品数 ÷ 有效样品数 × 100%',
    sources: ['effluent_samples'],
    regionRule: '污水处理厂所在县(区)',
    standard: 'GB 18918-2002 §4.1.2 表1(一级A), §4.1.4.2(日均值)',
    target: ge(100),
    unit: PCT,
    minRecords: DEFAULT_MIN_RECORDS,
    statusRule: 'proportion',
    planNames: ['城镇污水处理厂达到一级A排放标准', '污水处理厂一级A达标率', '城镇污水处理厂出水达标率'],
  },
  reported(
    18,
    'leading_enterprises',
    '引进培育重点龙头企业',
    ge(15, '家'),
    ['引进培育重点龙头企业', '重点龙头企业'],
    '本年度引进培育的重点龙头企业数(附佐证材料)',
  ),
  reported(
    19,
    'high_standard_farmland',
    '建设高标准农田',
    ge(32, '万亩'),
    ['建设高标准农田', '高标准农田'],
    '本年度建成的高标准农田面积(万亩, 附佐证材料)',
  ),
  reported(
    20,
    'cold_storage',
    '农产品保鲜库',
    ge(64, '座'),
    ['农产品保鲜库', '建设农产品保鲜库'],
    '本年度建成的农产品保鲜库数(座, 附佐证材料)',
  ),
  {
    ...reported(
      21,
      'mechanization_level',
      '主要农作物耕播收综合机械化水平',
      ge(58),
      ['主要农作物耕播收综合机械化水平', '农作物耕种收综合机械化水平', '综合机械化水平'],
      '主要农作物耕种收综合机械化率(取本期最新一次报送值)',
    ),
    formula: '本期最新一次报送的百分比',
    valueLabel: '机械化水平',
    statusRule: 'level',
    aggregate: 'latest',
  },
  {
    row: 22,
    code: 'certified_products_growth',
    valueLabel: '较上年增长',
    name: '"三品一标"认证产品增加',
    kind: 'trend',
    definition: '"三品一标"认证产品数(报送的存量, 取期内最新一次)较上年末(上年最新一次报送)增长的比例',
    formula: '(本年认证产品数 − 上年认证产品数) ÷ 上年认证产品数 × 100%',
    sources: ['reported_values'],
    regionRule: REPORTER_REGION,
    standard: null,
    target: { comparator: 'increase', value: 10, unit: PCT },
    unit: PCT,
    minRecords: 1,
    statusRule: 'pace',
    planNames: ['三品一标认证产品', '三品一标认证产品增加', '三品一标'],
    aggregate: 'latest',
  },
  {
    row: 23,
    code: 'drug_qc_lab_rate',
    valueLabel: '建立率',
    name: '药品制剂生产企业建立规范化质量控制实验室',
    kind: 'rate',
    definition: '药品制剂生产企业名录(期末在册): 已建立规范化质量控制实验室的企业 ÷ 全部企业',
    formula: '已建实验室企业数 ÷ 在册企业数 × 100%',
    sources: ['drug_manufacturers'],
    regionRule: '企业所在县(区)',
    standard: null,
    target: ge(100),
    unit: PCT,
    minRecords: 1,
    statusRule: 'level',
    planNames: ['药品制剂生产企业建立规范化质量控制实验室', '药品制剂生产企业质量控制实验室'],
  },
  reported(
    24,
    'sme_training',
    '中小微企业负责人免费培训',
    ge(30, '户'),
    [
      '中小微企业负责人免费培训',
      '选择中小微企业负责人集中开展质量基础能力免费培训',
      '中小微企业负责人集中开展质量基础能力免费培训',
    ],
    '本年度参加质量基础能力免费培训的中小微企业户数(附佐证材料)',
  ),
  reported(
    25,
    'sme_assistance',
    '中小微企业点对点精准帮扶',
    ge(20, '户'),
    ['中小微企业点对点精准帮扶', '选择中小微企业开展点对点精准帮扶', '中小微企业开展点对点精准帮扶'],
    '本年度开展点对点精准帮扶的中小微企业户数(附佐证材料)',
  ),
  cluster('cluster_clean_energy', '清洁能源', 100),
  cluster('cluster_building_materials', '建材', 50),
  cluster('cluster_food_processing', '食品和农副产品加工', 50),
  cluster('cluster_leather_textile', '皮革纺织', 20),
  cluster('cluster_equipment_materials', '装备制造和新材料', 10),
  {
    row: 27,
    code: 'quality_level_milestone',
    valueLabel: '完成情况',
    name: '重点产品质量、骨干服务企业服务质量达到省内先进水平; 竣工工程均达到国家标准',
    kind: 'milestone',
    definition: '以评价结论及佐证材料报送: 1 = 已达到, 0 = 未达到',
    formula: '本期最新一次报送的结论',
    sources: ['reported_values'],
    regionRule: REPORTER_REGION,
    standard: null,
    target: { comparator: '=', value: 1, unit: '' },
    unit: '',
    minRecords: 0,
    statusRule: 'milestone',
    planNames: ['重点产品质量、骨干服务企业服务质量达到省内先进水平', '竣工工程均达到国家标准'],
    aggregate: 'latest',
  },
];

const BY_CODE = new Map(CATALOGUE.map((d) => [d.code, d]));

export function indicatorByCode(code: string): IndicatorDef | undefined {
  return BY_CODE.get(code);
}
