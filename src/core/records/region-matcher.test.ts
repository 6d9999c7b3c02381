import { describe, expect, it } from 'vitest';
import { DEFAULT_ORG } from '../org/default-org.ts';
import { type RegionRef, regionMatcher } from './region-matcher.ts';

const regions: RegionRef[] = [
  { ...DEFAULT_ORG.prefecture, level: 'prefecture' },
  ...DEFAULT_ORG.counties.map((c) => ({ ...c, level: 'county' as const })),
];
const m = regionMatcher(regions);

describe('regionMatcher', () => {
  it.each([
    ['甘肃省临夏回族自治州康乐县附城镇', '622922'],
    ['临夏州东乡县锁南镇', '622926'],
    ['东乡族自治县', '622926'],
    ['积石山保安族东乡族撒拉族自治县吹麻滩镇', '622927'],
    ['积石山县', '622927'],
    ['临夏市城北区', '622901'],
    ['临夏回族自治州临夏县韩集镇', '622921'],
    ['  永靖县 刘家峡镇 ', '622923'],
    ['622925', '622925'],
  ])('places %s', (text, code) => {
    expect(m.match(text)).toBe(code);
  });

  it('does not take 临夏市场 for 临夏市', () => {
    expect(m.match('临夏市场监督管理局')).toBeNull();
    expect(m.match('临夏市场监督管理局临夏县分局')).toBe('622921');
  });

  it('places prefecture-level text only when allowed', () => {
    expect(m.match('临夏州')).toBeNull();
    expect(m.match('临夏州', { allowPrefecture: true })).toBe('622900');
    expect(m.match('622900')).toBeNull();
    expect(m.match('622900', { allowPrefecture: true })).toBe('622900');
    expect(m.match('临夏州康乐县', { allowPrefecture: true })).toBe('622922');
  });

  it('leaves other places and empty text unplaced', () => {
    expect(m.match('甘肃省兰州市城关区')).toBeNull();
    expect(m.match('甘肃')).toBeNull();
    expect(m.match(null)).toBeNull();
    expect(m.match('123456')).toBeNull();
  });

  it('works for another prefecture from its configuration alone', () => {
    const other = regionMatcher([
      { code: '623000', name: '甘南藏族自治州', shortName: '甘南州', level: 'prefecture' },
      { code: '623021', name: '临潭县', shortName: '临潭县', level: 'county' },
      { code: '623024', name: '迭部县', shortName: '迭部县', level: 'county' },
    ]);
    expect(other.match('甘南州临潭县城关镇')).toBe('623021');
    expect(other.match('临夏州康乐县')).toBeNull();
  });
});
