import { describe, expect, it } from 'vitest';
import { DEFAULT_ORG } from './default-org.ts';
import { type RegistryUnit, UnitMatcher } from './match-unit.ts';

const registry: RegistryUnit[] = DEFAULT_ORG.units.map((u, i) => ({ id: i + 1, ...u }));
const matcher = new UnitMatcher(registry, DEFAULT_ORG.prefectureAbbreviations);

function nameOf(raw: string): string | null {
  const m = matcher.match(raw);
  return m.type === 'unit' ? m.unit.name : null;
}

describe('UnitMatcher', () => {
  it('matches short, full and prefecture-prefixed spellings to one unit', () => {
    expect(nameOf('州市场监管局')).toBe('临夏州市场监督管理局');
    expect(nameOf('临夏州市场监督管理局')).toBe('临夏州市场监督管理局');
    expect(nameOf('临夏回族自治州市场监督管理局')).toBe('临夏州市场监督管理局');
    expect(nameOf('州市场监督管理局')).toBe('临夏州市场监督管理局');
    expect(nameOf('临夏州文旅局')).toBe('临夏州文化和旅游局');
    expect(nameOf(' 州 发改委 ')).toBe('临夏州发展和改革委员会');
  });

  it('matches county governments by full and short names', () => {
    expect(nameOf('积石山县人民政府')).toBe('积石山保安族东乡族撒拉族自治县人民政府');
    expect(nameOf('东乡族自治县人民政府')).toBe('东乡族自治县人民政府');
    expect(nameOf('临夏市政府')).toBe('临夏市人民政府');
  });

  it('expands group names to the eight county governments', () => {
    for (const g of ['各县市人民政府', '各县(市)人民政府', '各县（市、区）人民政府', '各县市政府']) {
      const m = matcher.match(g);
      expect(m.type, g).toBe('group');
      if (m.type === 'group') {
        expect(m.members).toHaveLength(8);
        expect(m.members.every((u) => u.kind === 'county_government')).toBe(true);
      }
    }
    expect(matcher.idsOf('州直各有关部门').length).toBeGreaterThan(20);
  });

  it('returns none for unknown names rather than guessing', () => {
    expect(matcher.match('州航天局').type).toBe('none');
    expect(matcher.match('市场监管局').type).toBe('none');
    expect(matcher.idsOf('州航天局')).toEqual([]);
  });

  it('gives every default unit a distinct name and alias set', () => {
    const seen = new Map<string, string>();
    for (const u of DEFAULT_ORG.units) {
      for (const n of [u.name, ...u.aliases]) {
        expect(seen.get(n), `${n} used by ${seen.get(n)} and ${u.name}`).toBeUndefined();
        seen.set(n, u.name);
      }
    }
  });
});
