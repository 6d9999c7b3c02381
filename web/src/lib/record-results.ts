// How a drill-down record counted: passed / failed count in the value, excluded ones do not (风险
// 监测 samples, 拒检, invalid air days…). The labels say both things at once.
import type { RecordResult } from '../api/indicator-types.ts';

export const RESULT_LABELS: Record<RecordResult, string> = {
  passed: '合格/达标',
  failed: '不合格/未达标',
  excluded: '不计入',
};

export const RESULT_TAG_COLORS: Record<RecordResult, string> = {
  passed: 'success',
  failed: 'error',
  excluded: 'default',
};

export const RECORD_RESULTS: readonly RecordResult[] = ['passed', 'failed', 'excluded'];

export function resultParam(raw: string | null): RecordResult | undefined {
  return RECORD_RESULTS.find((r) => r === raw);
}

/** Product spot checks can be filtered by 抽查层级 (indicators.md row 2). */
export const CHECK_LEVELS = ['国抽', '省抽', '州抽', '县抽'] as const;
export const LEVEL_FILTER_CODES = new Set(['key_consumer_pass_rate', 'manufacturing_pass_rate']);
