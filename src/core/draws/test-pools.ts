// Pools for the draw tests: enterprises spread over classes, industries and two counties, and
// inspectors qualified for them.
import type { RiskClass } from '../enterprises/risk-model.ts';
import { testCreditCode } from '../enterprises/test-codes.ts';
import {
  type DrawRules,
  DrawRulesSchema,
  type PlanSnapshot,
  type PoolInspector,
  type PoolObject,
} from './draw-types.ts';

const CLASSES: RiskClass[] = ['A', 'A', 'A', 'B', 'B', 'C', 'D'];

export function testObjects(n: number): PoolObject[] {
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    creditCode: testCreditCode(i + 1),
    name: `测试企业${i + 1}有限公司`,
    regionCode: i % 2 === 0 ? '622901' : '622923',
    industry: i % 3 === 0 ? '餐饮服务' : '食品生产',
    riskClass: CLASSES[i % CLASSES.length] as RiskClass,
    lastInspectorIds: [],
  }));
}

export function testInspectors(n: number): PoolInspector[] {
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    name: `检查员${i + 1}`,
    unit: i % 2 === 0 ? '临夏市市场监管局' : '永靖县市场监管局',
    regionCode: i % 2 === 0 ? '622901' : '622923',
    qualifications: ['食品生产', '餐饮服务'],
    conflicts: [],
  }));
}

export function testRules(over: Partial<DrawRules> = {}): DrawRules {
  return { ...DrawRulesSchema.parse({}), ...over };
}

export function testPlan(rules: DrawRules = testRules()): PlanSnapshot {
  return {
    planId: 1,
    name: '2026 年食品双随机抽查',
    rules,
    items: [{ id: 1, name: '食品生产许可条件保持情况', legalBasis: '食品安全法第三十三条' }],
  };
}
