// An in-memory index of the registry for linking records: by credit code, by normalised name
// (names and aliases) and by character bigrams of the core name for the fuzzy search. Bigrams
// that half the registry shares (食品, 商贸) would make every name a candidate, so very common
// ones only score, they never nominate candidates.
import { coreEnterpriseName, diceOfGrams, nameGrams, normalizeEnterpriseName } from './normalize-name.ts';

export interface IndexedEnterprise {
  id: number;
  creditCode: string;
  name: string;
  aliases: readonly string[];
  regionCode: string | null;
}

export interface NameHit {
  enterprise: IndexedEnterprise;
  /** The registered name or alias that matched, as written. */
  matched: string;
  alias: boolean;
}

export interface SimilarHit extends NameHit {
  score: number;
}

interface Entry extends NameHit {
  grams: string[];
}

/** A bigram shared by more entries than this nominates no candidates. */
const MAX_POSTING = 300;

export class EnterpriseNameIndex {
  private readonly codes = new Map<string, IndexedEnterprise>();
  private readonly ids = new Map<number, IndexedEnterprise>();
  private readonly names = new Map<string, NameHit[]>();
  private readonly entries: Entry[] = [];
  private readonly postings = new Map<string, number[]>();

  constructor(enterprises: Iterable<IndexedEnterprise> = []) {
    for (const e of enterprises) this.add(e);
  }

  get size(): number {
    return this.codes.size;
  }

  add(e: IndexedEnterprise): void {
    const entry = { ...e, aliases: [...e.aliases] };
    this.codes.set(e.creditCode, entry);
    this.ids.set(e.id, entry);
    const seen = new Set<string>();
    for (const [text, alias] of [[e.name, false] as const, ...e.aliases.map((a) => [a, true] as const)]) {
      const norm = normalizeEnterpriseName(text);
      if (norm === '' || seen.has(norm)) continue;
      seen.add(norm);
      this.addName(entry, text, alias);
    }
  }

  /** A spelling learnt while linking (a code-linked record's name): later records match it. */
  addAlias(enterpriseId: number, alias: string): void {
    const e = this.ids.get(enterpriseId);
    if (!e) return;
    const norm = normalizeEnterpriseName(alias);
    if (norm === '' || [e.name, ...e.aliases].some((n) => normalizeEnterpriseName(n) === norm)) return;
    (e.aliases as string[]).push(alias);
    this.addName(e, alias, true);
  }

  private addName(e: IndexedEnterprise, text: string, alias: boolean): void {
    const norm = normalizeEnterpriseName(text);
    const hit: NameHit = { enterprise: e, matched: text, alias };
    const list = this.names.get(norm);
    if (list) list.push(hit);
    else this.names.set(norm, [hit]);
    const grams = [...new Set(nameGrams(coreEnterpriseName(text)))];
    const index = this.entries.push({ ...hit, grams }) - 1;
    for (const g of grams) {
      const p = this.postings.get(g);
      if (p) p.push(index);
      else this.postings.set(g, [index]);
    }
  }

  byCode(code: string): IndexedEnterprise | undefined {
    return this.codes.get(code);
  }

  /** Enterprises whose name or an alias normalises to the same text (one hit per enterprise). */
  exact(name: string): NameHit[] {
    const hits = this.names.get(normalizeEnterpriseName(name)) ?? [];
    const byId = new Map<number, NameHit>();
    for (const h of hits) {
      const prev = byId.get(h.enterprise.id);
      if (!prev || (prev.alias && !h.alias)) byId.set(h.enterprise.id, h);
    }
    return [...byId.values()];
  }

  /** Best fuzzy matches at or above `min`, best first, at most one per enterprise. */
  similar(name: string, min: number, limit = 5): SimilarHit[] {
    const grams = nameGrams(coreEnterpriseName(name));
    const candidates = new Set<number>();
    for (const g of new Set(grams)) {
      const p = this.postings.get(g);
      if (p && p.length <= MAX_POSTING) for (const i of p) candidates.add(i);
    }
    const best = new Map<number, SimilarHit>();
    for (const i of candidates) {
      const entry = this.entries[i];
      if (!entry) continue;
      const score = diceOfGrams(grams, entry.grams);
      if (score < min) continue;
      const prev = best.get(entry.enterprise.id);
      if (!prev || score > prev.score) {
        best.set(entry.enterprise.id, {
          enterprise: entry.enterprise,
          matched: entry.matched,
          alias: entry.alias,
          score,
        });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.enterprise.id - b.enterprise.id).slice(0, limit);
  }
}
