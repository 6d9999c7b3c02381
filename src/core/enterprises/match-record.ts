// Decides which registered enterprise a record's party (a producer, a sampled unit, a checked
// enterprise) is. The credit code decides when it is valid and registered; otherwise the name
// does, and only a single exact hit (name or alias) or a near-certain fuzzy hit links on its own.
// Everything uncertain — two candidates, a code that contradicts the name, a fuzzy score between
// the thresholds — goes to a person.
import { validateCreditCode } from '../standards/index.ts';
import type { EnterpriseNameIndex, IndexedEnterprise } from './name-index.ts';
import { normalizeEnterpriseName } from './normalize-name.ts';

export interface RecordParty {
  name: string | null;
  creditCode: string | null;
  regionCode: string | null;
}

export interface MatchThresholds {
  /** Fuzzy similarity at or above which a single candidate links without review. */
  auto: number;
  /** Fuzzy similarity at or above which a candidate is offered for review. */
  review: number;
}

export const DEFAULT_THRESHOLDS: MatchThresholds = { auto: 0.95, review: 0.75 };

export type LinkMethod = 'code' | 'name' | 'alias' | 'fuzzy' | 'manual';

export interface Candidate {
  enterpriseId: number;
  name: string;
  creditCode: string;
  score: number;
  reason: string;
}

export type MatchDecision =
  | {
      kind: 'link';
      enterpriseId: number;
      method: LinkMethod;
      confidence: number;
      reason: string;
      /** The record's spelling, to be kept as an alias when the code linked it under another name. */
      alias: string | null;
    }
  | { kind: 'review'; candidates: Candidate[]; reason: string }
  | { kind: 'none'; reason: string };

function knownName(e: IndexedEnterprise, name: string): boolean {
  const n = normalizeEnterpriseName(name);
  return [e.name, ...e.aliases].some((x) => normalizeEnterpriseName(x) === n);
}

function candidate(e: IndexedEnterprise, score: number, reason: string): Candidate {
  return { enterpriseId: e.id, name: e.name, creditCode: e.creditCode, score, reason };
}

/** Same-region candidates first: a county's record most likely names a county enterprise. */
function byRegion(regionCode: string | null) {
  return (a: { enterprise: IndexedEnterprise }, b: { enterprise: IndexedEnterprise }) =>
    Number(b.enterprise.regionCode === regionCode) - Number(a.enterprise.regionCode === regionCode);
}

export function decideMatch(
  party: RecordParty,
  index: EnterpriseNameIndex,
  thresholds: MatchThresholds = DEFAULT_THRESHOLDS,
): MatchDecision {
  const name = party.name?.trim() || null;
  const code = party.creditCode?.trim().toUpperCase() || null;
  const codeValid = code !== null && validateCreditCode(code).valid;

  if (code !== null && codeValid) {
    const e = index.byCode(code);
    if (e) {
      const alias = name !== null && !knownName(e, name) ? name : null;
      return { kind: 'link', enterpriseId: e.id, method: 'code', confidence: 1, reason: '统一社会信用代码一致', alias };
    }
  }
  if (name === null) {
    return { kind: 'none', reason: code === null ? '没有企业名称和信用代码' : '信用代码未登记,且没有企业名称' };
  }

  const exact = index.exact(name).sort(byRegion(party.regionCode));
  if (code !== null && codeValid) {
    // The code is valid but not registered: a name hit is a different registration, or a wrong code.
    if (exact.length > 0) {
      return {
        kind: 'review',
        reason: `记录的信用代码 ${code} 未登记,但名称与已登记企业相同`,
        candidates: exact.map((h) => candidate(h.enterprise, 1, `名称相同,登记代码为 ${h.enterprise.creditCode}`)),
      };
    }
    return { kind: 'none', reason: `信用代码 ${code} 未在企业档案中登记` };
  }
  const codeNote = code !== null ? `(记录中的信用代码 ${code} 不符合 GB 32100,已忽略)` : '';

  if (exact.length === 1) {
    const [hit] = exact as [(typeof exact)[number]];
    return {
      kind: 'link',
      enterpriseId: hit.enterprise.id,
      method: hit.alias ? 'alias' : 'name',
      confidence: 0.95,
      reason: `${hit.alias ? '与企业别名' : '与企业名称'}「${hit.matched}」一致${codeNote}`,
      alias: null,
    };
  }
  if (exact.length > 1) {
    return {
      kind: 'review',
      reason: `有 ${exact.length} 家已登记企业使用此名称${codeNote}`,
      candidates: exact.map((h) => candidate(h.enterprise, 1, h.alias ? `别名「${h.matched}」` : '名称相同')),
    };
  }

  const similar = index
    .similar(name, thresholds.review)
    .sort((a, b) => b.score - a.score || byRegion(party.regionCode)(a, b));
  const [best, second] = similar;
  if (!best) return { kind: 'none', reason: `未找到名称相近的已登记企业${codeNote}` };
  const pct = (s: number) => `${Math.round(s * 100)}%`;
  if (best.score >= thresholds.auto && (!second || second.score < thresholds.review)) {
    return {
      kind: 'link',
      enterpriseId: best.enterprise.id,
      method: 'fuzzy',
      confidence: best.score,
      reason: `与「${best.matched}」名称相似度 ${pct(best.score)}${codeNote}`,
      alias: name,
    };
  }
  return {
    kind: 'review',
    reason:
      similar.length > 1
        ? `有 ${similar.length} 家名称相近的企业${codeNote}`
        : `与「${best.matched}」名称相似度 ${pct(best.score)},需人工确认${codeNote}`,
    candidates: similar.map((h) => candidate(h.enterprise, h.score, `相似度 ${pct(h.score)}(${h.matched})`)),
  };
}
