import { describe, expect, it } from 'vitest';
import { findUnitClauses, parseUnitClause, splitUnitNames } from './unit-clause.ts';
import { classifyUnit } from './unit-kind.ts';

describe('parseUnitClause', () => {
  it('reads labelled lead and responsible lists, keeping order and names', () => {
    expect(parseUnitClause('牵头单位:州文旅局;责任单位:州住建局、州农业农村局,各县市人民政府')).toEqual({
      lead: ['州文旅局'],
      responsible: ['州住建局', '州农业农村局', '各县市人民政府'],
    });
  });

  it('accepts a comma between the roles', () => {
    expect(parseUnitClause('牵头单位:州住建局,责任单位:州发改委、州交通局、州水务局,各县市人民政府')).toEqual({
      lead: ['州住建局'],
      responsible: ['州发改委', '州交通局', '州水务局', '各县市人民政府'],
    });
  });

  it('reads several lead units and 配合单位', () => {
    expect(parseUnitClause('牵头单位:州发改委、州工信局;配合单位:各县(市、区)人民政府,州直各有关部门')).toEqual({
      lead: ['州发改委', '州工信局'],
      responsible: ['各县(市、区)人民政府', '州直各有关部门'],
    });
  });

  it('reads 主办单位 and 协办单位', () => {
    expect(parseUnitClause('主办单位:州商务局;协办单位:州文旅局及经济开发区')).toEqual({
      lead: ['州商务局'],
      responsible: ['州文旅局', '经济开发区'],
    });
  });

  it('reads "X牵头,Y配合"', () => {
    expect(parseUnitClause('州市场监管局牵头,州发改委、州商务局等配合')).toEqual({
      lead: ['州市场监管局'],
      responsible: ['州发改委', '州商务局'],
    });
    expect(parseUnitClause('州市场监管局牵头负责,各县市人民政府按职责分工负责')).toEqual({
      lead: ['州市场监管局'],
      responsible: ['各县市人民政府'],
    });
  });

  it('reads units without a lead role as lead units', () => {
    expect(parseUnitClause('州住建局、州交通局按职责分工负责')).toEqual({
      lead: ['州住建局', '州交通局'],
      responsible: [],
    });
    expect(parseUnitClause('州商务局负责')).toEqual({ lead: ['州商务局'], responsible: [] });
  });

  it('reads a "(牵头)" mark and 牵头 inside a labelled list', () => {
    expect(parseUnitClause('责任单位:州市场监管局(牵头)、州工信局、各县市人民政府')).toEqual({
      lead: ['州市场监管局'],
      responsible: ['州工信局', '各县市人民政府'],
    });
    expect(parseUnitClause('责任单位:州发改委牵头,州工信局、州商务局配合')).toEqual({
      lead: ['州发改委'],
      responsible: ['州工信局', '州商务局'],
    });
  });

  it('reads a responsible-only clause with no lead', () => {
    expect(parseUnitClause('责任单位:州人社局')).toEqual({ lead: [], responsible: ['州人社局'] });
  });

  it('splits at 和/及 only between whole unit names', () => {
    expect(splitUnitNames('州住房和城乡建设局、州发改委和州工信局;州教育局,州财政局')).toEqual([
      '州住房和城乡建设局',
      '州发改委',
      '州工信局',
      '州教育局',
      '州财政局',
    ]);
  });

  it('rejects brackets that are not unit clauses', () => {
    expect(parseUnitClause('GMP')).toBeNull();
    expect(parseUnitClause('企业主要负责人')).toBeNull();
    expect(parseUnitClause('一')).toBeNull();
  });
});

describe('findUnitClauses', () => {
  it('finds bracketed clauses, nested brackets included', () => {
    const text =
      '规范(GMP)有效实施。(牵头单位:州发改委;责任单位:各县(市、区)人民政府)着力…【州工信局牵头,州科技局配合】';
    const clauses = findUnitClauses(text);
    expect(clauses).toHaveLength(2);
    expect(text.slice(clauses[0]?.start, clauses[0]?.end)).toBe('(牵头单位:州发改委;责任单位:各县(市、区)人民政府)');
    expect(clauses[1]?.lead).toEqual(['州工信局']);
  });

  it('finds a clause written on its own lines without brackets', () => {
    const clauses = findUnitClauses('开展专项整治。\n牵头单位:州市场监管局\n责任单位:州公安局、州商务局\n2.加强');
    expect(clauses).toHaveLength(1);
    expect(clauses[0]).toMatchObject({ lead: ['州市场监管局'], responsible: ['州公安局', '州商务局'] });
  });
});

describe('classifyUnit', () => {
  it.each([
    ['州市场监管局', 'department'],
    ['州卫健委', 'department'],
    ['州政府金融办', 'department'],
    ['州总工会', 'department'],
    ['州委宣传部', 'department'],
    ['永靖县人民政府', 'county_government'],
    ['临夏市人民政府', 'county_government'],
    ['经济开发区', 'development_zone'],
    ['临夏经济开发区管委会', 'development_zone'],
    ['各县市人民政府', 'group'],
    ['各县(市、区)人民政府', 'group'],
    ['州直各有关部门', 'group'],
    ['州人民政府', 'other'],
    ['某某协调小组', 'other'],
  ])('%s is %s', (name, kind) => {
    expect(classifyUnit(name)).toBe(kind);
  });
});
