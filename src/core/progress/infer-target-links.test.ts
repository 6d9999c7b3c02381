import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parse-plan.ts';
import { inferTargetTasks } from './infer-target-links.ts';

const SEED = readFileSync(new URL('../../../assets/seed/2023-plan.txt', import.meta.url), 'utf8');

function linksOf(tasks: { title: string; text: string }[], indicators: string[]) {
  const ts = tasks.map((t, i) => ({ id: i + 1, ...t }));
  const targets = indicators.map((indicator, i) => ({ id: 100 + i, taskId: null, indicator }));
  const links = inferTargetTasks(targets, ts);
  return Object.fromEntries(
    indicators.map((name, i) => [
      name,
      links.filter((l) => l.targetId === 100 + i).map((l) => ts[l.taskId - 1]?.title),
    ]),
  );
}

describe('targets outside any task are linked to the task their words point to', () => {
  it('links every 主要目标 of the seed to the task a reader would name', () => {
    const plan = parsePlan(SEED);
    const main = plan.targets.filter((t) => t.task === null).map((t) => t.indicator);
    expect(main).toHaveLength(11);
    // Read off the seed by hand: the task whose section speaks of each target.
    expect(linksOf(plan.tasks, main)).toEqual({
      重点消费品质量监督抽查合格率: ['着力提升消费品质量水平'],
      制造业产品质量抽查合格率: ['着力提升制造业质量水平'],
      主要农产品质量安全监测合格率: ['着力提升农产品质量水平'],
      食品安全抽检合格率: ['着力提升食品药品质量水平'],
      基本药物全品种抽检覆盖率: ['着力提升食品药品质量水平'],
      重点领域服务业质量顾客满意度: ['着力提升服务质量水平'],
      大中型工程一次验收合格率: ['着力提升建设工程质量水平'],
      水利工程质量合格率: ['着力提升建设工程质量水平'],
      水利工程质量检测抽检率: ['着力提升建设工程质量水平'],
      市城市空气质量优良天数比例: ['着力提升环境质量水平'],
      县级及以上城市集中式饮用水源地水质达标率: ['着力提升环境质量水平'],
    });
  });

  // A county plan written differently: no shared vocabulary with the seed's task titles.
  const OTHER = [
    { title: '加强特种设备安全监管', text: '开展电梯、锅炉、压力容器隐患排查,提升质量水平。' },
    { title: '夯实计量基础', text: '推进计量器具强制检定,加强集贸市场计量监督,提升质量水平。' },
    { title: '提升农业生产质量', text: '推广绿色防控,加强农药残留监测,提升质量水平。' },
    { title: '推进品牌建设', text: '培育区域公用品牌,提升质量水平。' },
  ];

  it('carries over to another plan without a word list', () => {
    expect(linksOf(OTHER, ['特种设备定期检验率', '计量器具强制检定率', '农药残留监测合格率'])).toEqual({
      特种设备定期检验率: ['加强特种设备安全监管'],
      计量器具强制检定率: ['夯实计量基础'],
      农药残留监测合格率: ['提升农业生产质量'],
    });
  });

  it('leaves a target for a person when its words are nowhere, or everywhere', () => {
    expect(linksOf(OTHER, ['人均地区生产总值', '质量水平'])).toEqual({ 人均地区生产总值: [], 质量水平: [] });
  });

  it('links every task that serves a target about as well as the best', () => {
    const tasks = [
      { title: '加强电梯安全监管', text: '电梯维保质量。' },
      { title: '推进电梯安全改造', text: '老旧电梯更新。' },
      { title: '提升服务质量', text: '窗口服务。' },
    ];
    expect(linksOf(tasks, ['电梯安全事故率'])).toEqual({ 电梯安全事故率: ['加强电梯安全监管', '推进电梯安全改造'] });
  });

  it('never re-links a target that is written inside a task', () => {
    const links = inferTargetTasks(
      [{ id: 1, taskId: 2, indicator: '特种设备定期检验率' }],
      OTHER.map((t, i) => ({ id: i + 1, ...t })),
    );
    expect(links).toEqual([]);
  });
});
