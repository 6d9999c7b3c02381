// The flow of one assessment round, as 质量工作考核 runs it: counties and departments evaluate
// themselves, the 州质量办 scores from the data, the result is reviewed (复核), then published.
// A scored or reviewed round can be sent back to self-evaluation with a reason; published is final.

export const ROUND_STATUSES = ['self_evaluation', 'scored', 'reviewed', 'published'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  self_evaluation: '自评中',
  scored: '已评分',
  reviewed: '已复核',
  published: '已发布',
};

export type RoundAction = 'self_evaluate' | 'bonus' | 'score' | 'review' | 'return' | 'publish';

const ALLOWED: Record<RoundAction, readonly RoundStatus[]> = {
  self_evaluate: ['self_evaluation'],
  bonus: ['self_evaluation', 'scored'],
  score: ['self_evaluation', 'scored'],
  review: ['scored'],
  return: ['scored', 'reviewed'],
  publish: ['reviewed'],
};

const NEXT: Partial<Record<RoundAction, RoundStatus>> = {
  score: 'scored',
  review: 'reviewed',
  return: 'self_evaluation',
  publish: 'published',
};

// Why an action is refused, in words that say what to do instead.
const REFUSALS: Record<RoundAction, string> = {
  self_evaluate: '自评阶段已结束, 不能再修改自评',
  bonus: '考核结果已复核或发布, 不能再修改加分项; 如需修改请先退回',
  score: '考核结果已复核或发布, 不能重新评分; 如需重评请先退回',
  review: '只有已评分的考核才能复核',
  return: '只有已评分或已复核、尚未发布的考核才能退回',
  publish: '考核结果须先复核, 才能发布',
};

export type RoundTransition = { ok: true; next: RoundStatus } | { ok: false; message: string };

export function roundTransition(status: RoundStatus, action: RoundAction): RoundTransition {
  if (!ALLOWED[action].includes(status)) return { ok: false, message: REFUSALS[action] };
  return { ok: true, next: NEXT[action] ?? status };
}

export const SELF_STATUSES = ['draft', 'submitted'] as const;
export type SelfStatus = (typeof SELF_STATUSES)[number];
