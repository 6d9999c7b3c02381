// Matches a unit name as written in a plan to the unit registry. Documents write the same
// department several ways (州市场监管局, 临夏州市场监督管理局, 临夏回族自治州市场监督管理局); the
// registry's names and aliases plus the prefecture's abbreviations cover those. Group names
// (各县市人民政府) expand to their members. A name that matches nothing returns null: a person
// confirms it; it is never created silently.

export interface RegistryUnit {
  id: number;
  name: string;
  shortName: string;
  kind: string;
  regionCode: string | null;
  aliases: string[];
}

export type UnitMatch =
  | { type: 'unit'; unit: RegistryUnit }
  | { type: 'group'; members: RegistryUnit[] }
  | { type: 'none' };

// 各县市人民政府, 各县(市)人民政府, 各县(市、区)政府, 各县区人民政府 …: every county-level government.
const COUNTY_GROUP = /^各(县|市|区|县市|县区|县市区)(\((市|区|市、区)\))?(人民)?政府$/;
// 州直各有关部门, 州直有关单位, 州直各部门: every prefecture-level department.
const DEPARTMENT_GROUP = /^州直(各)?(有关)?(部门|单位)$/;

export function normalizeUnitName(name: string): string {
  return name
    .normalize('NFKC') // full-width brackets and letters to half-width
    .replace(/\s+/g, '')
    .replace(/[()]/g, (c) => (c === '(' ? '(' : ')'));
}

/** The same name with each prefecture abbreviation swapped for the shortest one (州). */
function variants(name: string, abbreviations: readonly string[]): string[] {
  const out = new Set([name]);
  const sorted = [...abbreviations].sort((a, b) => b.length - a.length);
  const shortest = sorted[sorted.length - 1];
  for (const a of sorted) {
    if (shortest !== undefined && a !== shortest && name.startsWith(a)) out.add(shortest + name.slice(a.length));
  }
  return [...out];
}

export class UnitMatcher {
  private readonly byKey = new Map<string, RegistryUnit>();

  constructor(
    private readonly units: readonly RegistryUnit[],
    private readonly abbreviations: readonly string[],
  ) {
    for (const u of units) {
      for (const n of [u.name, u.shortName, ...u.aliases]) {
        for (const v of variants(normalizeUnitName(n), abbreviations)) {
          if (!this.byKey.has(v)) this.byKey.set(v, u);
        }
      }
    }
  }

  match(raw: string): UnitMatch {
    const name = normalizeUnitName(raw);
    if (COUNTY_GROUP.test(name)) {
      return { type: 'group', members: this.units.filter((u) => u.kind === 'county_government') };
    }
    if (DEPARTMENT_GROUP.test(name)) {
      return { type: 'group', members: this.units.filter((u) => u.kind === 'department') };
    }
    for (const v of variants(name, this.abbreviations)) {
      const unit = this.byKey.get(v);
      if (unit) return { type: 'unit', unit };
    }
    return { type: 'none' };
  }

  /** Ids of every unit a written name stands for (itself, or a group's members). */
  idsOf(raw: string): number[] {
    const m = this.match(raw);
    if (m.type === 'unit') return [m.unit.id];
    if (m.type === 'group') return m.members.map((u) => u.id);
    return [];
  }
}
