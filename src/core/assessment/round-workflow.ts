// The flow of one assessment round, as 质量工作考核 runs it: counties and departments evaluate
// themselves, the 州质量办 scores from the data, the result is reviewed (复核), then published.
// A scored or reviewed round can be sent back to self-evaluation with a reason; published is final.
// The review is a second person's: the one who last scored a round cannot review it.

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

/**
 * Why a transition was refused: the round's state does not allow it, or the acting person may
 * not do it (separation of duties) though someone else could.
 */
export type RoundRefusal = 'state' | 'same_person';

export type RoundTransition = { ok: true; next: RoundStatus } | { ok: false; refusal: RoundRefusal; message: string };

/** A person on the round: the user id when known, and the name the round shows. */
export interface RoundPerson {
  id: number | null;
  name: string | null;
}

/** Who acts now, and who last scored the round (its scorer, or null when never scored). */
export interface RoundActors {
  actor: RoundPerson;
  scorer: RoundPerson | null;
}

// 四眼原则: 复核 is a second person's check of the score, so whoever last scored the round may
// not review it. Rounds scored before user ids were recorded have a scorer name only; the name
// then decides, so such a round fails closed rather than letting its scorer through.
function isScorer(actor: RoundPerson, scorer: RoundPerson | null): boolean {
  if (!scorer) return false;
  if (scorer.id !== null) return actor.id === scorer.id;
  return scorer.name !== null && scorer.name === actor.name;
}

/**
 * Whether `action` may be taken on a round in `status`. Given who acts and who scored, `review`
 * is also refused to the round's own scorer; without them only the state is checked.
 */
export function roundTransition(status: RoundStatus, action: RoundAction, actors?: RoundActors): RoundTransition {
  if (!ALLOWED[action].includes(status)) return { ok: false, refusal: 'state', message: REFUSALS[action] };
  if (action === 'review' && actors && isScorer(actors.actor, actors.scorer))
    return {
      ok: false,
      refusal: 'same_person',
      message: `复核须由评分人以外的人员进行:本轮由${actors.scorer?.name ? ` ${actors.scorer.name} ` : '您'}评分,请由州质量办的其他人员复核`,
    };
  return { ok: true, next: NEXT[action] ?? status };
}

export const SELF_STATUSES = ['draft', 'submitted'] as const;
export type SelfStatus = (typeof SELF_STATUSES)[number];
