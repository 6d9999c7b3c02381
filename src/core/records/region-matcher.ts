// Attributes a record to a county from free text (an address, a unit name, a 所在县 cell) using
// the configured regions — the full name and the short form of each (东乡族自治县 / 东乡县) — so
// another prefecture is a configuration, not a code change.

export interface RegionRef {
  code: string;
  name: string;
  shortName: string;
  level: 'prefecture' | 'county';
}

export interface RegionMatcher {
  /** The county named in the text; with allowPrefecture, the prefecture when no county is named. */
  match(text: string | null, opts?: { allowPrefecture?: boolean }): string | null;
  name(code: string): string | null;
  has(code: string): boolean;
}

interface Alias {
  text: string;
  code: string;
}

function aliasesOf(r: RegionRef): string[] {
  const names = new Set([r.name, r.shortName].map((n) => n.normalize('NFKC').replace(/\s+/g, '')));
  return [...names].filter((n) => n.length >= 2);
}

// "临夏市场监督管理局" contains 临夏市 but names no city: a 市 followed by 场 is a market.
function falseCityMatch(text: string, end: number, alias: string): boolean {
  return alias.endsWith('市') && text[end] === '场';
}

function earliest(text: string, aliases: readonly Alias[]): Alias | null {
  let best: Alias | null = null;
  let bestPos = Number.POSITIVE_INFINITY;
  for (const a of aliases) {
    let from = 0;
    for (;;) {
      const pos = text.indexOf(a.text, from);
      if (pos < 0 || pos > bestPos) break;
      if (!falseCityMatch(text, pos + a.text.length, a.text)) {
        // Same start: the longer alias is the more specific name.
        if (pos < bestPos || (best !== null && a.text.length > best.text.length)) {
          best = a;
          bestPos = pos;
        }
        break;
      }
      from = pos + 1;
    }
  }
  return best;
}

export function regionMatcher(regions: readonly RegionRef[]): RegionMatcher {
  const counties: Alias[] = [];
  const prefectures: Alias[] = [];
  const names = new Map<string, string>();
  for (const r of regions) {
    names.set(r.code, r.name);
    for (const text of aliasesOf(r)) (r.level === 'county' ? counties : prefectures).push({ text, code: r.code });
  }
  // Longest first, so an exact code lookup or equal start prefers the fuller name.
  counties.sort((a, b) => b.text.length - a.text.length);
  prefectures.sort((a, b) => b.text.length - a.text.length);
  const cache = new Map<string, string | null>();

  return {
    match(text, opts = {}) {
      if (text === null) return null;
      const key = `${opts.allowPrefecture ? 1 : 0}${text}`;
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const t = text.normalize('NFKC').replace(/\s+/g, '');
      let code: string | null = null;
      if (/^\d{6}$/.test(t) && names.has(t)) {
        code = prefectures.some((p) => p.code === t) && !opts.allowPrefecture ? null : t;
      } else {
        code = earliest(t, counties)?.code ?? (opts.allowPrefecture ? (earliest(t, prefectures)?.code ?? null) : null);
      }
      // Addresses repeat across rows (one supermarket, many samples): remember, within reason.
      if (cache.size < 50_000) cache.set(key, code);
      return code;
    },
    name: (code) => names.get(code) ?? null,
    has: (code) => names.has(code),
  };
}
