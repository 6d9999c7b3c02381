import { describe, expect, it } from 'vitest';
import { coreEnterpriseName, nameSimilarity, normalizeEnterpriseName } from './normalize-name.ts';

describe('enterprise name normal form', () => {
  it.each([
    ['临夏州金源食品有限责任公司', '临夏州金源食品有限公司'],
    ['临夏州 金源食品 有限公司', '临夏州金源食品有限公司'],
    ['甘肃金源（临夏）食品有限公司', '甘肃金源(临夏)食品有限公司'],
    ['甘肃金源【临夏】食品有限公司', '甘肃金源(临夏)食品有限公司'],
    ['ＡＢＣ食品有限公司', 'abc食品有限公司'],
    ['临夏·金源食品有限公司', '临夏金源食品有限公司'],
    ['临夏金源食品股份有限责任公司', '临夏金源食品股份有限公司'],
  ])('%s ≡ %s', (a, b) => {
    expect(normalizeEnterpriseName(a)).toBe(normalizeEnterpriseName(b));
  });

  it('keeps different registrations apart', () => {
    expect(normalizeEnterpriseName('临夏市金源食品有限公司')).not.toBe(
      normalizeEnterpriseName('临夏县金源食品有限公司'),
    );
  });

  it('strips the legal form and brackets for the core name', () => {
    expect(coreEnterpriseName('甘肃金源(临夏)食品有限责任公司')).toBe('甘肃金源食品');
    expect(coreEnterpriseName('康乐县草原牛羊肉专业合作社')).toBe('康乐县草原牛羊肉');
    expect(coreEnterpriseName('公司')).toBe('公司');
  });

  it('scores similarity by the core names', () => {
    expect(nameSimilarity('临夏金源食品有限公司', '临夏金源食品有限责任公司')).toBe(1);
    const near = nameSimilarity('临夏金源食品有限公司', '临夏金源食品加工有限公司');
    expect(near).toBeGreaterThan(0.75);
    expect(near).toBeLessThan(0.95);
    expect(nameSimilarity('临夏金源食品有限公司', '永靖黄河酒业有限公司')).toBeLessThan(0.3);
  });
});
