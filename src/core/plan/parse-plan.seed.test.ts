import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan.ts';

const SEED = readFileSync(new URL('../../../assets/seed/2023-plan.txt', import.meta.url), 'utf8');

const ALL_COUNTIES = '各县市人民政府';

// Read off the seed by hand: section, title, lead units, responsible units.
const EXPECTED_TASKS: Array<[string, string, string[], string[]]> = [
  [
    '二/(一)',
    '提升旅游产业质量水平',
    ['州文旅局'],
    ['州住建局', '州农业农村局', '州工信局', '州交通局', '州商务局', '州发改委', '州乡村振兴局', ALL_COUNTIES],
  ],
  [
    '二/(一)',
    '着力提升制造业质量水平',
    ['州工信局'],
    ['州发改委', '州自然资源局', '州科技局', '州商务局', '州市场监管局', '州招商局', '经济开发区', ALL_COUNTIES],
  ],
  [
    '二/(一)',
    '做大做强美食产业',
    ['州商务局'],
    ['州工信局', '州文旅局', '州农业农村局', '州发改委', '州市场监管局', '经济开发区', ALL_COUNTIES],
  ],
  ['二/(一)', '提升劳务产业质量水平', ['州人社局'], ['州教育局', '州财政局', '州科技局', '州商务局', ALL_COUNTIES]],
  [
    '二/(二)',
    '着力提升农产品质量水平',
    ['州农业农村局'],
    ['州乡村振兴局', '州工信局', '州科技局', '州商务局', '州市场监管局', '州自然资源局', ALL_COUNTIES],
  ],
  [
    '二/(三)',
    '着力提升食品药品质量水平',
    ['州市场监管局'],
    ['州教育局', '州公安局', '州卫健委', '州农业农村局', '经济开发区', ALL_COUNTIES],
  ],
  ['二/(四)', '着力提升消费品质量水平', ['州市场监管局'], ['州商务局', '州工信局', '经济开发区', ALL_COUNTIES]],
  ['二/(五)', '着力提升建设工程质量水平', ['州住建局'], ['州发改委', '州交通局', '州水务局', ALL_COUNTIES]],
  [
    '二/(六)',
    '着力提升服务质量水平',
    ['州发改委'],
    [
      '州工信局',
      '州教育局',
      '州人社局',
      '州民政局',
      '州商务局',
      '州生态环境局',
      '州住建局',
      '州交通局',
      '州文旅局',
      '州卫健委',
      '州市场监管局',
      '州体育局',
      '州政府金融办',
      ALL_COUNTIES,
    ],
  ],
  [
    '二/(七)',
    '着力提升环境质量水平',
    ['州生态环境局'],
    ['州发改委', '州工信局', '州农业农村局', '州自然资源局', '州卫健委', '州水务局', '州住建局', ALL_COUNTIES],
  ],
  [
    '二/(八)',
    '着力提升规模以上企业质量发展水平',
    ['州市场监管局'],
    ['州发改委', '州科技局', '州工信局', '州商务局', '经济开发区', ALL_COUNTIES],
  ],
  [
    '二/(八)',
    '着力加强质量品牌建设',
    ['州市场监管局'],
    ['州发改委', '州科技局', '州工信局', '州商务局', '经济开发区', ALL_COUNTIES],
  ],
  [
    '二/(八)',
    '着力提升中小微企业质量基础能力',
    ['州市场监管局'],
    ['州人社局', '州工信局', '州商务局', '州总工会', '经济开发区', ALL_COUNTIES],
  ],
  [
    '二/(九)',
    '着力提升产业园区质量发展水平',
    ['州发改委'],
    ['州市场监管局', '州农业农村局', '州科技局', '经济开发区', ALL_COUNTIES],
  ],
  ['二/(十)', '着力加快标准体系提档升级', ['州市场监管局'], ['经济开发区', ALL_COUNTIES]],
];

// indicator, comparator, value, unit, section, task index
const EXPECTED_TARGETS: Array<[string, string, number, string, string, number | null]> = [
  ['重点消费品质量监督抽查合格率', '>=', 92, '%', '一/(三)', null],
  ['制造业产品质量抽查合格率', '>=', 94, '%', '一/(三)', null],
  ['主要农产品质量安全监测合格率', '>=', 98, '%', '一/(三)', null],
  ['食品安全抽检合格率', '>=', 97, '%', '一/(三)', null],
  ['基本药物全品种抽检覆盖率', '>=', 100, '%', '一/(三)', null],
  ['重点领域服务业质量顾客满意度', '>=', 70, '%', '一/(三)', null],
  ['大中型工程一次验收合格率', '>=', 100, '%', '一/(三)', null],
  ['水利工程质量合格率', '>=', 100, '%', '一/(三)', null],
  ['水利工程质量检测抽检率', '>=', 100, '%', '一/(三)', null],
  ['市城市空气质量优良天数比例', '>=', 91, '%', '一/(三)', null],
  ['县级及以上城市集中式饮用水源地水质达标率', '>=', 100, '%', '一/(三)', null],
  ['清洁能源产业群产值', '>=', 100, '亿元', '二/(一)', 1],
  ['建材产业群产值', '>=', 50, '亿元', '二/(一)', 1],
  ['食品和农副产品加工产业群产值', '>=', 50, '亿元', '二/(一)', 1],
  ['皮革纺织产业群产值', '>=', 20, '亿元', '二/(一)', 1],
  ['装备制造和新材料产业群产值', '>=', 10, '亿元', '二/(一)', 1],
  ['引进培育重点龙头企业', '>=', 15, '家', '二/(二)', 4],
  ['建设高标准农田', '>=', 32, '万亩', '二/(二)', 4],
  ['建设农产品保鲜库', '>=', 64, '座', '二/(二)', 4],
  ['主要农作物耕播收综合机械化水平', '>=', 58, '%', '二/(二)', 4],
  ['“三品一标”认证产品', 'increase', 10, '%', '二/(二)', 4],
  ['药品制剂生产企业建立规范化质量控制实验室', '>=', 100, '%', '二/(三)', 5],
  ['药品评价性抽检覆盖率', '>=', 100, '%', '二/(三)', 5],
  ['基本药物全品种抽检覆盖率', '>=', 100, '%', '二/(三)', 5],
  ['各县县城污水处理率', '>=', 95, '%', '二/(七)', 9],
  ['国控断面水质优良比例', '>=', 100, '%', '二/(七)', 9],
  ['饮用水水源地水质达标率', '>=', 100, '%', '二/(七)', 9],
  ['选择中小微企业负责人集中开展质量基础能力免费培训', '>=', 30, '户', '二/(八)', 12],
  ['选择中小微企业开展点对点精准帮扶', '>=', 20, '户', '二/(八)', 12],
];

describe('parsePlan on the 2023 seed plan', () => {
  const plan = parsePlan(SEED);

  it('reads the title without the file name, and the year', () => {
    expect(plan.title).toBe('2023年开展质量提升行动方案');
    expect(plan.year).toBe(2023);
  });

  it('reads every section with a unique path and its title', () => {
    expect(plan.sections.map((s) => [s.path, s.title])).toEqual([
      ['一', '总体要求'],
      ['一/(一)', '指导思想'],
      ['一/(二)', '基本原则'],
      ['一/(三)', '主要目标'],
      ['二', '重点任务'],
      ['二/(一)', '着力提升特色产业质量水平'],
      ['二/(二)', '着力提升农产品质量水平'],
      ['二/(三)', '着力提升食品药品质量水平'],
      ['二/(四)', '着力提升消费品质量水平'],
      ['二/(五)', '着力提升建设工程质量水平'],
      ['二/(六)', '着力提升服务质量水平'],
      ['二/(七)', '着力提升环境质量水平'],
      ['二/(八)', '着力提升企业质量发展能力'],
      ['二/(九)', '着力提升产业园区质量发展水平'],
      ['二/(十)', '着力加快标准体系提档升级'],
      ['三', '保障措施'],
      ['三/(一)', '加强组织领导'],
      ['三/(二)', '完善考核评价'],
      ['三/(三)', '强化宣传引导'],
    ]);
    expect(plan.sections.find((s) => s.path === '一/(一)')?.text.startsWith('以习近平新时代')).toBe(true);
    expect(plan.sections.find((s) => s.path === '三/(一)')?.text.startsWith('健全质量工作体制机制')).toBe(true);
    expect(plan.sections.find((s) => s.path === '二/(二)')?.number).toBe('(二)');
  });

  it('finds exactly the 15 tasks with their titles and units in text order', () => {
    expect(plan.tasks.map((t) => [t.section, t.title, t.lead, t.responsible])).toEqual(EXPECTED_TASKS);
  });

  it('keeps task text without the title and the unit clause', () => {
    const [first] = plan.tasks;
    expect(first?.text.startsWith('以全域全季节旅游为发展方向')).toBe(true);
    expect(first?.text.endsWith('旅游品牌形象。')).toBe(true);
    for (const task of plan.tasks) {
      expect(task.text).not.toMatch(/牵头单位|责任单位/);
      expect(task.text.length).toBeGreaterThan(100);
    }
    // The single task of a section starts right after the section title.
    expect(plan.tasks[4]?.text.startsWith('深入实施乡村振兴战略')).toBe(true);
  });

  it('reads every quantitative target and nothing else', () => {
    expect(plan.targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.section, t.task])).toEqual(
      EXPECTED_TARGETS,
    );
    expect(plan.targets.every((t) => t.year === null)).toBe(true);
    expect(plan.targets[7]?.text).toBe('水利工程质量合格率、质量检测抽检率达到100%');
  });

  it('lists every distinct unit with its kind', () => {
    expect(plan.units).toHaveLength(25);
    const kind = (name: string) => plan.units.find((u) => u.name === name)?.kind;
    expect(kind('州文旅局')).toBe('department');
    expect(kind('州政府金融办')).toBe('department');
    expect(kind('州总工会')).toBe('department');
    expect(kind('各县市人民政府')).toBe('group');
    expect(kind('经济开发区')).toBe('development_zone');
    expect(plan.units.filter((u) => u.kind === 'department')).toHaveLength(23);
  });

  it('warns about each correction it made', () => {
    expect(plan.warnings.map((w) => w.code).sort()).toEqual([
      'HEADING_RENUMBERED',
      'OCR_PERCENT',
      'OCR_PERCENT',
      'OCR_PLUS_AS_TEN',
    ]);
    expect(plan.warnings.find((w) => w.code === 'HEADING_RENUMBERED')?.message).toContain('(二)');
  });

  it('parses the seed well under 50 ms', () => {
    parsePlan(SEED); // compile the regular expressions once
    // The best of a few runs: other processes on a shared machine only ever add time.
    const times = Array.from({ length: 5 }, () => {
      const t0 = performance.now();
      parsePlan(SEED);
      return performance.now() - t0;
    });
    expect(Math.min(...times)).toBeLessThan(50);
  });
});
