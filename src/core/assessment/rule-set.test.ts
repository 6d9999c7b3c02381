import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../indicators/catalogue.ts';
import { parseRuleSet, sumPoints } from './rule-set.ts';

const KNOWN = new Set(CATALOGUE.map((d) => d.code));
const ASSETS = join(import.meta.dirname, '..', '..', '..', 'assets', 'assessment');
const load = (name: string) => JSON.parse(readFileSync(join(ASSETS, name), 'utf8'));

describe('rule sets', () => {
  it.each(['2023-default.json', '2023-departments.json'])('the shipped %s is valid and adds up to 100', (name) => {
    const r = parseRuleSet(load(name), KNOWN);
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
    if (r.ok) expect(sumPoints(r.rules)).toBe(100);
  });

  it('the county default rule set covers the eight counties with county-level indicators', () => {
    const r = parseRuleSet(load('2023-default.json'), KNOWN);
    if (!r.ok) throw new Error('invalid');
    expect(r.rules.kind).toBe('county');
    expect(r.rules.indicators.map((i) => i.indicator)).toContain('food_pass_rate');
    expect(r.rules.veto?.incidentSeverities).toEqual(['重大', '特别重大']);
  });

  it('refuses weights that do not add up to 100, listing every rule and its points', () => {
    const bad = load('2023-default.json');
    bad.indicators[0].points = 11;
    const r = parseRuleSet(bad, KNOWN);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.message).toMatch(/分值合计须为 100 分, 当前为 99 分/);
    expect(r.problems[0]?.message).toContain('food_pass_rate 11');
  });

  it('names the rule with an unknown indicator code', () => {
    const bad = load('2023-default.json');
    bad.indicators[2].indicator = 'no_such_rate';
    const r = parseRuleSet(bad, KNOWN);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.message)).toContain(
      '规则「manufacturing_pass_rate」(indicators.2.indicator): 未知指标代码「no_such_rate」, 指标目录中没有此指标',
    );
    expect(r.problems[0]?.rule).toBe('manufacturing_pass_rate');
  });

  it('names the rule of a malformed field and refuses duplicate ids and unordered grades', () => {
    const bad = load('2023-default.json');
    bad.tasks[1].points = -3;
    bad.tasks[2].id = 'reports_on_time';
    bad.grades[1].min = 95;
    const r = parseRuleSet(bad, KNOWN);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.problems.map((p) => p.message).join('\n');
    expect(text).toContain('规则「reports_accepted」(tasks.1.points)');
    expect(text).toContain('规则编号「reports_on_time」重复');
    expect(text).toContain('「B」的下限 95 须低于「A」的 90');
  });

  it('refuses a linear rule without a floor and a veto grade outside the bands', () => {
    const bad = load('2023-default.json');
    bad.indicators[0].scoring = { type: 'linear' };
    bad.veto.grade = 'E';
    const r = parseRuleSet(bad, KNOWN);
    if (r.ok) throw new Error('accepted');
    const text = r.problems.map((p) => p.message).join('\n');
    expect(text).toContain('指标规则「food_pass_rate」的线性计分须给出 floor 或 floorRatio 之一');
    expect(text).toContain('一票否决的等次「E」不在等次表');
  });

  it('refuses a file that is not a rule set', () => {
    const r = parseRuleSet({ hello: 1 }, KNOWN);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.some((p) => p.path === 'format')).toBe(true);
  });
});
