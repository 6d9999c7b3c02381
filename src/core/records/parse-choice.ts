// Enumerated columns (抽查结果, 抽查类别, 工程规模 …) and yes/no columns, each with the synonyms
// that staff actually write.

function norm(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export interface Choice<T extends string> {
  readonly values: readonly T[];
  match(text: string): T | null;
  /** The allowed values for an error message: 合格、不合格. */
  readonly hint: string;
}

export function choice<T extends string>(values: readonly T[], synonyms: Readonly<Record<string, T>> = {}): Choice<T> {
  const map = new Map<string, T>();
  for (const v of values) map.set(norm(v), v);
  for (const [k, v] of Object.entries(synonyms)) map.set(norm(k), v);
  return { values, match: (text) => map.get(norm(text)) ?? null, hint: values.join('、') };
}

export const PASS_FAIL = choice(['合格', '不合格'] as const, {
  符合: '合格',
  通过: '合格',
  达标: '合格',
  合格品: '合格',
  不符合: '不合格',
  未通过: '不合格',
  不通过: '不合格',
  不达标: '不合格',
  不合格品: '不合格',
});

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '有', '已建立', '已建', '建立']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '无', '未建立', '未建', '没有']);

/** 是/否 and its many spellings; null when the text is not a yes/no. */
export function parseYesNo(text: string): boolean | null {
  const t = norm(text);
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return null;
}
