import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import { parsePlan } from './parse-plan.ts';

const SEED = readFileSync(new URL('../../../assets/seed/2023-plan.txt', import.meta.url), 'utf8');

const LINE_BROKEN_PLAN = `附件2
某州2024年质量提升行动方案
为推动高质量发展，制定本方案。
一、总体要求
（一）指导思想
以习近平新时代中国特色社会主义思想为指导，推动质量变革。
（二）主要目标
到2025年，全州产品质量监督抽查合格率稳定在95％以上，城镇调查失业率控制在5.5%以内，单位GDP能耗下降3%，质量竞争力指数比上年提高2个百分点。
专栏1 主要指标
序号
指标名称
单位
目标值
属性
1
食品安全抽检合格率
%
≥97
约束性
2
农产品质量安全监测合格率
%
98以上
预期性
二、重点任务
（一）提升产品质量
1．加强食品安全监管。开展专项整治，抽检食品3000批次以上。（牵头单位：州市场监管局、州农业农村局；配合单位：各县（市、区）人民政府）
2．推进标准化建设。新增团体标准10项。（州市场监管局牵头，州工信局、州住房和城乡建设局配合）
（二）提升工程质量
开展质量月活动，培训质量管理人员500人次。（州住建局、州交通局按职责分工负责）
（三）提升服务质量
创建省级服务业标准化试点2个。（主办单位：州商务局；协办单位：州文旅局和临夏经济开发区管委会及永靖县人民政府）
（四）加强人才培养
培育工匠100名。（责任单位：州人社局）
三、保障措施
（一）加强组织领导。各部门要高度重视，州直各有关部门要抓紧落实。
`;

const summary = (text: string) => {
  const plan = parsePlan(text);
  return {
    sections: plan.sections.map((s) => [s.path, s.title]),
    tasks: plan.tasks.map((t) => [t.section, t.title, t.lead, t.responsible]),
    targets: plan.targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.section, t.task]),
  };
};

describe('parsePlan on a line-broken plan with full-width punctuation and a table', () => {
  const plan = parsePlan(LINE_BROKEN_PLAN);

  it('reads the title past the 附件 line', () => {
    expect(plan.title).toBe('某州2024年质量提升行动方案');
    expect(plan.year).toBe(2024);
  });

  it('reads sections of three levels', () => {
    expect(plan.sections.map((s) => [s.path, s.title])).toEqual([
      ['一', '总体要求'],
      ['一/(一)', '指导思想'],
      ['一/(二)', '主要目标'],
      ['二', '重点任务'],
      ['二/(一)', '提升产品质量'],
      ['二/(一)/1.', '加强食品安全监管'],
      ['二/(一)/2.', '推进标准化建设'],
      ['二/(二)', '提升工程质量'],
      ['二/(三)', '提升服务质量'],
      ['二/(四)', '加强人才培养'],
      ['三', '保障措施'],
      ['三/(一)', '加强组织领导'],
    ]);
  });

  it('reads every clause form', () => {
    expect(plan.tasks.map((t) => [t.section, t.title, t.text, t.lead, t.responsible])).toEqual([
      [
        '二/(一)/1.',
        '加强食品安全监管',
        '开展专项整治,抽检食品3000批次以上。',
        ['州市场监管局', '州农业农村局'],
        ['各县(市、区)人民政府'],
      ],
      ['二/(一)/2.', '推进标准化建设', '新增团体标准10项。', ['州市场监管局'], ['州工信局', '州住房和城乡建设局']],
      ['二/(二)', '提升工程质量', '开展质量月活动,培训质量管理人员500人次。', ['州住建局', '州交通局'], []],
      [
        '二/(三)',
        '提升服务质量',
        '创建省级服务业标准化试点2个。',
        ['州商务局'],
        ['州文旅局', '临夏经济开发区管委会', '永靖县人民政府'],
      ],
      ['二/(四)', '加强人才培养', '培育工匠100名。', [], ['州人社局']],
    ]);
  });

  it('reads prose and table targets', () => {
    expect(plan.targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.year, t.section, t.task])).toEqual([
      ['产品质量监督抽查合格率', '>=', 95, '%', 2025, '一/(二)', null],
      ['城镇调查失业率', '<=', 5.5, '%', 2025, '一/(二)', null],
      ['单位GDP能耗', 'decrease', 3, '%', 2025, '一/(二)', null],
      ['质量竞争力指数', 'increase', 2, '个百分点', 2025, '一/(二)', null],
      ['食品安全抽检合格率', '>=', 97, '%', null, '一/(二)', null],
      ['农产品质量安全监测合格率', '>=', 98, '%', null, '一/(二)', null],
      ['抽检食品', '>=', 3000, '批次', null, '二/(一)/1.', 0],
      ['新增团体标准', '>=', 10, '项', null, '二/(一)/2.', 1],
      ['培训质量管理人员', '>=', 500, '人次', null, '二/(二)', 2],
      ['创建省级服务业标准化试点', '>=', 2, '个', null, '二/(三)', 3],
      ['培育工匠', '>=', 100, '名', null, '二/(四)', 4],
    ]);
  });

  it('classifies the units', () => {
    expect(plan.units.map((u) => [u.name, u.kind])).toEqual([
      ['州市场监管局', 'department'],
      ['州农业农村局', 'department'],
      ['各县(市、区)人民政府', 'group'],
      ['州工信局', 'department'],
      ['州住房和城乡建设局', 'department'],
      ['州住建局', 'department'],
      ['州交通局', 'department'],
      ['州商务局', 'department'],
      ['州文旅局', 'department'],
      ['临夏经济开发区管委会', 'development_zone'],
      ['永靖县人民政府', 'county_government'],
      ['州人社局', 'department'],
    ]);
  });

  it('warns about the task with no lead unit', () => {
    expect(plan.warnings.map((w) => w.code)).toEqual(['TASK_NO_LEAD']);
    expect(plan.warnings[0]?.message).toContain('加强人才培养');
  });
});

describe('parsePlan on other layouts of the seed', () => {
  const reference = summary(SEED);

  it('reads the seed split into paragraphs the same way', () => {
    const paragraphs = SEED.replace(/(?=[一二三四五六七八九十]+、)|(?=\([一二三四五六七八九十+]+\))/g, '\n\n').replace(
      /(人民政府\))/g,
      '$1\n\n',
    );
    expect(paragraphs.split('\n\n').length).toBeGreaterThan(30);
    expect(summary(paragraphs)).toEqual(reference);
  });

  it('reads the seed with full-width punctuation and digits the same way', () => {
    const fullWidth = SEED.replace(/[(),:;%0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    expect(fullWidth).toContain('（牵头单位：州文旅局；');
    expect(summary(fullWidth)).toEqual(reference);
  });

  it('finds the title at the start of a text without any line break', () => {
    const oneLine = SEED.slice(SEED.indexOf('\n') + 1);
    const plan = parsePlan(oneLine);
    expect(plan.title).toBe('2023年开展质量提升行动方案');
    expect(plan.year).toBe(2023);
    expect(summary(oneLine)).toEqual(reference);
  });

  it('reads each heading on its own line', () => {
    const text = SEED.replace('一、总体要求(一)指导思想', '一、总体要求\n(一)指导思想\n').replace(
      '(二)基本原则',
      '(二)基本原则\n',
    );
    expect(summary(text)).toEqual(reference);
  });
});

describe('parsePlan on small inline plans', () => {
  it('renumbers a repeated heading and reads tasks with short bodies', () => {
    const plan = parsePlan(
      '2023年质量提升方案一、总体要求(一)指导思想以习近平新时代中国特色社会主义思想为指导,推动发展。' +
        '二、重点任务(一)着力提升产品质量水平加强质量监管工作,扩大抽检覆盖面。(牵头单位:州市场监管局,责任单位:州发改委)' +
        '(一)着力提升工程质量水平推进工程质量管理标准化建设。(州住建局牵头,各县市人民政府配合)' +
        '(三)着力提升服务质量水平推进服务业标准化发展。(州商务局负责)',
    );
    expect(plan.title).toBe('2023年质量提升方案');
    expect(plan.tasks.map((t) => [t.section, t.title, t.lead, t.responsible])).toEqual([
      ['二/(一)', '着力提升产品质量水平', ['州市场监管局'], ['州发改委']],
      ['二/(二)', '着力提升工程质量水平', ['州住建局'], ['各县市人民政府']],
      ['二/(三)', '着力提升服务质量水平', ['州商务局'], []],
    ]);
    expect(plan.warnings.map((w) => w.code)).toEqual(['HEADING_RENUMBERED']);
  });

  it('turns the sections of a tasks chapter without unit clauses into tasks', () => {
    const plan = parsePlan(
      '一、主要任务\n(一)提升产品质量\n开展抽检。\n(二)提升工程质量\n1.加强工程监管\n开展检查。\n2.推广新技术\n开展推广。\n二、保障措施\n加强领导。',
    );
    expect(plan.title).toBe('');
    expect(plan.tasks.map((t) => [t.section, t.title, t.text])).toEqual([
      ['一/(一)', '提升产品质量', '开展抽检。'],
      ['一/(二)/1.', '加强工程监管', '开展检查。'],
      ['一/(二)/2.', '推广新技术', '开展推广。'],
    ]);
    expect(plan.warnings.map((w) => w.code)).toEqual(['TASK_NO_UNITS', 'TASK_NO_UNITS', 'TASK_NO_UNITS']);
  });
});

describe('parsePlan with a unit clause right after the title', () => {
  it('keeps the title and the whole section text', () => {
    const plan = parsePlan(
      '一、重点任务\n(一)加强食品安全监管(牵头单位:州市场监管局;责任单位:州公安局)。开展专项整治行动,严厉打击违法行为。\n(二)推进标准化建设。新增团体标准10项。(州市场监管局牵头,州工信局配合)',
    );
    expect(plan.tasks.map((t) => [t.title, t.text, t.lead])).toEqual([
      ['加强食品安全监管', '开展专项整治行动,严厉打击违法行为。', ['州市场监管局']],
      ['推进标准化建设', '新增团体标准10项。', ['州市场监管局']],
    ]);
  });
});

describe('parsePlan rejects what is not a plan', () => {
  const notAPlan = (text: string) => {
    try {
      parsePlan(text);
    } catch (e) {
      return e instanceof AppError ? e.code : 'other error';
    }
    return 'parsed';
  };

  it.each([
    ['empty text', ''],
    ['a news article', '今天天气晴朗,气温达到25度。全市共有120家企业参加了展会,现场成交额达到3亿元。'],
    ['random Latin text', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. 1. Sed do eiusmod.'],
    ['binary noise', String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 0xffff))],
    ['a single heading', '一、这是一段话。'],
  ])('%s', (_, text) => {
    expect(notAPlan(text)).toBe('PLAN_NOT_A_PLAN');
  });
});
