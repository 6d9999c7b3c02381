// What goes into an enterprise's quality credit record besides sampling results (which come from
// the linked records): each event has a kind, a date, a description, a source and the risk
// points a person assigned (optional; the risk model decides what counts).
export const CREDIT_EVENT_KINDS = [
  'penalty',
  'disposal',
  'incident',
  'complaint',
  'inspection',
  'certification',
  'award',
  'standard_declaration',
] as const;

export type CreditEventKind = (typeof CREDIT_EVENT_KINDS)[number];

export const CREDIT_EVENT_LABELS: Record<CreditEventKind, string> = {
  penalty: '行政处罚',
  disposal: '核查处置',
  incident: '质量安全事故',
  complaint: '投诉举报',
  inspection: '双随机抽查',
  certification: '质量认证(ISO 9001、三品一标等)',
  award: '质量奖励',
  standard_declaration: '标准自我声明公开',
};

/** Kinds that lower the risk (the model scores their absence), for the UI's colouring. */
export const FAVOURABLE_KINDS: readonly CreditEventKind[] = ['certification', 'award', 'standard_declaration'];

/** How a sampling record counts: pass and fail make the rate; refusals and unlicensed are their own signal. */
export type SampleOutcome = 'pass' | 'fail' | 'refused';

export function foodSampleOutcome(passed: number): SampleOutcome {
  return passed === 1 ? 'pass' : 'fail';
}

export function productCheckOutcome(result: string): SampleOutcome {
  if (result === '合格') return 'pass';
  if (result === '不合格') return 'fail';
  return 'refused'; // 拒检, 涉嫌无证
}
