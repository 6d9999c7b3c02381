import { describe, expect, it } from 'vitest';
import type { IndicatorFact, ReportFact, SubjectFacts } from './facts.ts';
import { parseRuleSet, type RuleSet } from './rule-set.ts';
import { attainment, noDataAware } from './score-indicators.ts';
import { rankScores, scoreSubject } from './score-subject.ts';
import { progressShare } from './score-tasks.ts';

const KNOWN = new Set(['food_pass_rate', 'agri_pass_rate', 'drug_qc_lab_rate']);

function rules(over: Record<string, unknown> = {}): RuleSet {
  const r = parseRuleSet(
    {
      format: 'zhiliang-assessment-rules/1',
      name: 't',
      year: 2023,
      kind: 'county',
      indicators: [
        { id: 'food', indicator: 'food_pass_rate', points: 40, scoring: { type: 'linear', floor: 90 } },
        { id: 'agri', indicator: 'agri_pass_rate', points: 20, scoring: { type: 'met' }, whenNoData: 'full' },
      ],
      tasks: [
        { id: 'on_time', kind: 'reports_on_time', points: 30, lateCredit: 0.5 },
        { id: 'evidence', kind: 'evidence', points: 10 },
      ],
      deductions: [
        { id: 'incidents', kind: 'incidents', perSeverity: { 一般: 2, 较大: 5 }, max: 6 },
        { id: 'disposal', kind: 'overdue_disposal', each: 0.5, max: 5 },
      ],
      bonuses: {
        max: 5,
        rules: [
          { id: 'award', label: '质量奖', pointsEach: 2, max: 4 },
          { id: 'brand', label: '品牌', pointsEach: 1, max: 2 },
        ],
      },
      veto: { incidentSeverities: ['重大', '特别重大'] },
      grades: [
        { grade: 'A', min: 90 },
        { grade: 'B', min: 80 },
        { grade: 'C', min: 60 },
        { grade: 'D', min: 0 },
      ],
      ...over,
    },
    KNOWN,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.rules;
}

function fact(code: string, value: number | null, status: IndicatorFact['status'], target = 97): IndicatorFact {
  return {
    code,
    name: code,
    unit: '%',
    region: '622922',
    period: '2023',
    value,
    numerator: null,
    denominator: null,
    records: 100,
    status,
    statusReason: `${status} because`,
    target: { comparator: '>=', value: target, unit: '%' },
  };
}

function report(i: number, status: ReportFact['status'], late = false, evidenceCount = 0): ReportFact {
  return {
    reportId: i,
    taskId: i,
    taskSeq: i,
    taskTitle: `任务${i}`,
    role: 'responsible',
    period: '2023-Q1',
    periodLabel: '2023年第一季度',
    due: '2023-04-05',
    status,
    submittedOn: status === 'submitted' || status === 'accepted' ? (late ? '2023-04-09' : '2023-04-03') : null,
    late,
    evidenceCount,
  };
}

function facts(over: Partial<SubjectFacts> = {}): SubjectFacts {
  return {
    key: '622922',
    name: '康乐县',
    kind: 'county',
    regionCode: '622922',
    unitIds: [40],
    indicators: new Map([
      ['food_pass_rate', fact('food_pass_rate', 97.5, '达标')],
      ['agri_pass_rate', fact('agri_pass_rate', 99, '达标', 98)],
    ]),
    linkedIndicators: [],
    reports: [report(1, 'accepted', false, 1), report(2, 'submitted', true, 0)],
    targets: [],
    incidents: { bySeverity: { 一般: 0, 较大: 0, 重大: 0, 特别重大: 0 } },
    overdueDisposal: 0,
    bonuses: [],
    ...over,
  };
}

const ctx = { year: 2023, indicatorName: (c: string) => `指标${c}` };

describe('indicator attainment', () => {
  it('gives full points when met, linear points between floor and target, none below the floor', () => {
    const linear = { type: 'linear' as const, floor: 90 };
    expect(attainment(fact('f', 97.2, '达标'), linear).fraction).toBe(1);
    expect(attainment(fact('f', 93.5, '未达标'), linear).fraction).toBeCloseTo(0.5);
    expect(attainment(fact('f', 89, '未达标'), linear).fraction).toBe(0);
    expect(attainment(fact('f', 96.9, '未达标'), { type: 'met' }).fraction).toBe(0);
    expect(attainment(fact('f', 93.5, '预警'), { type: 'linear', floorRatio: 0.9 }).fraction).toBeCloseTo(
      (93.5 - 87.3) / 9.7,
    );
  });

  it('reads a ≤ target the other way round', () => {
    const f = { ...fact('pm', 40, '未达标'), target: { comparator: '<=' as const, value: 35, unit: 'μg/m³' } };
    expect(attainment(f, { type: 'linear', floor: 45 }).fraction).toBeCloseTo(0.5);
  });

  it('applies the 数据不足 policy', () => {
    const few = fact('f', 100, '数据不足');
    const none = fact('f', null, '数据不足');
    const linear = { type: 'linear' as const, floor: 90 };
    expect(noDataAware(few, linear, 'zero').fraction).toBe(0);
    expect(noDataAware(few, linear, 'full').fraction).toBe(1);
    expect(noDataAware(few, linear, 'skip').fraction).toBeNull();
    expect(noDataAware(few, linear, 'value').fraction).toBe(1);
    expect(noDataAware(fact('f', 93.5, '数据不足'), linear, 'value').fraction).toBeCloseTo(0.5);
    expect(noDataAware(none, linear, 'value')).toMatchObject({ fraction: 0, how: expect.stringContaining('无数值') });
  });

  it('measures reported progress against a target', () => {
    const t = { taskSeq: 1, role: 'lead' as const, targetId: 1, indicator: 'x', unit: '家', reportedPeriod: '2023-Q2' };
    expect(progressShare({ ...t, comparator: '>=', target: 15, reported: 9 })).toBeCloseTo(0.6);
    expect(progressShare({ ...t, comparator: '>=', target: 15, reported: 20 })).toBe(1);
    expect(progressShare({ ...t, comparator: '<=', target: 35, reported: 70 })).toBeCloseTo(0.5);
    expect(progressShare({ ...t, comparator: '=', target: 1, reported: 1 })).toBe(1);
    expect(progressShare({ ...t, comparator: '>=', target: 15, reported: null })).toBeNull();
  });
});

describe('a subject score', () => {
  it('adds indicator and task points and explains each line', () => {
    const s = scoreSubject(rules(), facts(), ctx);
    // food 40 + agri 20 + on time (1 + 0.5) / 2 × 30 = 22.5 + evidence 1/2 × 10 = 5
    expect(s.base).toBe(87.5);
    expect(s.total).toBe(87.5);
    expect(s.grade).toBe('B');
    const onTime = s.items.find((i) => i.ruleId === 'on_time');
    expect(onTime?.basis).toBe('应报 2 份, 按时 1 份, 逾期 1 份, 未报或未提交 0 份; 得分率 75%, 得 22.5/30 分');
    expect(onTime?.details[1]).toContain('逾期提交, 计 0.5');
    const food = s.items.find((i) => i.ruleId === 'food');
    expect(food?.sources).toEqual([{ kind: 'indicator', code: 'food_pass_rate', region: '622922', period: '2023' }]);
    expect(food?.basis).toContain('97.5%');
    expect(s.summary).toBe('基本分 87.5/100, 扣分 0, 加分 0, 总分 87.5, 等次 B');
  });

  it('deducts for incidents and overdue cases up to each cap, and adds capped bonuses', () => {
    const s = scoreSubject(
      rules(),
      facts({
        incidents: { bySeverity: { 一般: 2, 较大: 1, 重大: 0, 特别重大: 0 } },
        overdueDisposal: 3,
        bonuses: [
          { id: 1, ruleId: 'award', title: '省政府质量奖', count: 1, evidence: '甘政发〔2023〕1号' },
          { id: 2, ruleId: 'award', title: '州长质量奖', count: 2, evidence: '临州政发〔2023〕9号' },
          { id: 3, ruleId: 'brand', title: '地理标志', count: 2, evidence: '公告' },
        ],
      }),
      ctx,
    );
    const incidents = s.items.find((i) => i.ruleId === 'incidents');
    expect(incidents?.points).toBe(-6); // 2×2 + 5 = 9, capped at 6
    expect(incidents?.basis).toContain('已达上限 6 分');
    expect(s.items.find((i) => i.ruleId === 'disposal')?.points).toBe(-1.5);
    const award = s.items.find((i) => i.ruleId === 'award');
    expect(award?.points).toBe(4); // 3 × 2 = 6 capped at the rule's 4
    expect(award?.details[0]).toContain('甘政发〔2023〕1号');
    expect(s.items.find((i) => i.ruleId === 'brand')?.points).toBe(1); // overall cap 5 leaves 1
    expect(s.bonus).toBe(5);
    expect(s.deductions).toBe(-7.5);
    expect(s.total).toBe(85);
  });

  it('a major incident vetoes: grade D whatever the points', () => {
    const s = scoreSubject(rules(), facts({ incidents: { bySeverity: { 重大: 1 } } }), ctx);
    expect(s.vetoed).toBe(true);
    expect(s.grade).toBe('D');
    expect(s.items.at(-1)?.basis).toContain('重大质量安全事故 1 起, 实行一票否决');
  });

  it('scores a missing indicator by its no-data rule', () => {
    const s = scoreSubject(rules(), facts({ indicators: new Map() }), ctx);
    expect(s.items.find((i) => i.ruleId === 'food')?.points).toBe(0);
    expect(s.items.find((i) => i.ruleId === 'agri')?.points).toBe(20);
  });

  it('departments: averages the linked indicators and counts only the tasks they lead', () => {
    const r = rules({
      kind: 'department',
      indicators: [],
      linkedIndicators: { id: 'linked', points: 60, scoring: { type: 'linear', floorRatio: 0.9 } },
      tasks: [{ id: 'on_time', kind: 'reports_on_time', points: 40, roles: ['lead'] }],
      deductions: [],
      veto: undefined,
    });
    const s = scoreSubject(
      r,
      facts({
        kind: 'department',
        regionCode: null,
        linkedIndicators: [fact('food_pass_rate', 98, '达标'), fact('agri_pass_rate', null, '数据不足')],
        reports: [{ ...report(1, 'accepted'), role: 'lead' }, report(2, 'missing')],
        incidents: null,
        overdueDisposal: null,
      }),
      ctx,
    );
    expect(s.items[0]?.points).toBe(60);
    expect(s.items[0]?.details[1]).toContain('不计入');
    expect(s.items[1]?.basis).toContain('应报 1 份, 按时 1 份');
    expect(s.total).toBe(100);
    expect(s.grade).toBe('A');
  });
});

describe('ranking', () => {
  it('ranks by total, ties share a rank, vetoed last', () => {
    const mk = (name: string, total: number, vetoed = false) =>
      ({ ...scoreSubject(rules(), facts(), ctx), key: name, name, total, vetoed }) as ReturnType<typeof scoreSubject>;
    const ranked = rankScores([mk('甲', 80), mk('乙', 92, true), mk('丙', 90), mk('丁', 80)]);
    expect(ranked.map((s) => [s.name, s.rank])).toEqual([
      ['丙', 1],
      ['丁', 2],
      ['甲', 2],
      ['乙', 4],
    ]);
  });
});
