// Enterprise names as records write them differ in width (（）vs ()), spaces, quotes and the legal
// form (有限公司 / 有限责任公司 are the same form under the Company Law). One normal form makes two
// spellings of one registration compare equal; the core name (without the legal form) feeds the
// fuzzy similarity, where the shared suffix would otherwise make every company look alike.

const BRACKETS: Record<string, string> = {
  '【': '(',
  '】': ')',
  '〔': '(',
  '〕': ')',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
};

// Punctuation that carries no identity: 临夏·金源 = 临夏金源, "金源" = 金源.
const NOISE = /[\s\u200b·•・.,，、。;；:：'"“”‘’`~!！?？*_\-—–/\\|]+/g;

/** Legal forms that one registration may be written with interchangeably (longest first). */
// (股份有限责任公司 becomes 股份有限公司 by the same replacement.)
const SAME_FORM: [RegExp, string][] = [[/有限责任公司/g, '有限公司']];

/** Suffixes stripped for the core name, longest first. */
const LEGAL_FORMS = [
  '农民专业合作社',
  '专业合作社',
  '股份有限公司',
  '有限公司',
  '分公司',
  '合作社',
  '公司',
  '集团',
  '工厂',
  '厂',
];

/** The comparable form of an enterprise name: NFKC, no spaces or punctuation, one bracket style. */
export function normalizeEnterpriseName(name: string): string {
  let s = name.normalize('NFKC').toLowerCase();
  s = s.replace(/[【】〔〕[\]{}]/g, (c) => BRACKETS[c] ?? c);
  s = s.replace(NOISE, '');
  // (普通合伙) and an empty "()" left by removed punctuation carry nothing either way.
  s = s.replace(/\(\)/g, '');
  for (const [re, to] of SAME_FORM) s = s.replace(re, to);
  return s;
}

/** The normalised name without its legal form and bracketed parts: the part that identifies. */
export function coreEnterpriseName(name: string): string {
  let s = normalizeEnterpriseName(name).replace(/\([^()]*\)/g, '');
  let changed = true;
  while (changed) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (s.length > form.length && s.endsWith(form)) {
        s = s.slice(0, -form.length);
        changed = true;
        break;
      }
    }
  }
  return s;
}

/** Character bigrams (a one-character name is its own gram). */
export function nameGrams(core: string): string[] {
  const chars = [...core];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/** Sørensen–Dice coefficient over the bigrams of the core names: 1 equal, 0 nothing shared. */
export function nameSimilarity(a: string, b: string): number {
  const ca = coreEnterpriseName(a);
  const cb = coreEnterpriseName(b);
  if (ca === cb) return ca === '' ? 0 : 1;
  return diceOfGrams(nameGrams(ca), nameGrams(cb));
}

export function diceOfGrams(ga: readonly string[], gb: readonly string[]): number {
  if (ga.length === 0 || gb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of ga) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of gb) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (ga.length + gb.length);
}
