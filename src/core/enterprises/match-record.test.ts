import { describe, expect, it } from 'vitest';
import { decideMatch } from './match-record.ts';
import { EnterpriseNameIndex, type IndexedEnterprise } from './name-index.ts';
import { testCreditCode, withWrongCheck } from './test-codes.ts';

const jinyuan: IndexedEnterprise = {
  id: 1,
  creditCode: testCreditCode(1),
  name: '临夏州金源食品有限责任公司',
  aliases: ['金源食品厂'],
  regionCode: '622901',
};
const noodleA: IndexedEnterprise = {
  id: 2,
  creditCode: testCreditCode(2),
  name: '兰州牛肉面馆',
  aliases: [],
  regionCode: '622901',
};
const noodleB: IndexedEnterprise = {
  id: 3,
  creditCode: testCreditCode(3, '622923'),
  name: '兰州牛肉面馆',
  aliases: [],
  regionCode: '622923',
};
const wine: IndexedEnterprise = {
  id: 4,
  creditCode: testCreditCode(4),
  name: '永靖县黄河酒业有限公司',
  aliases: [],
  regionCode: '622923',
};

function index() {
  return new EnterpriseNameIndex([jinyuan, noodleA, noodleB, wine]);
}

describe('matching a record to an enterprise', () => {
  it('links by a valid registered code, keeping a new spelling as an alias', () => {
    const d = decideMatch(
      { name: '金源食品(临夏)有限公司', creditCode: jinyuan.creditCode, regionCode: null },
      index(),
    );
    expect(d).toMatchObject({
      kind: 'link',
      enterpriseId: 1,
      method: 'code',
      confidence: 1,
      alias: '金源食品(临夏)有限公司',
    });
  });

  it('does not learn a spelling it already knows', () => {
    const d = decideMatch(
      { name: '临夏州金源食品有限公司', creditCode: jinyuan.creditCode, regionCode: null },
      index(),
    );
    expect(d).toMatchObject({ kind: 'link', alias: null });
  });

  it('links by name when the code is missing, across 有限公司/有限责任公司, widths and spaces', () => {
    const d = decideMatch({ name: '临夏州 金源食品有限公司', creditCode: null, regionCode: null }, index());
    expect(d).toMatchObject({ kind: 'link', enterpriseId: 1, method: 'name' });
  });

  it('links by an alias', () => {
    const d = decideMatch({ name: '金源食品厂', creditCode: null, regionCode: null }, index());
    expect(d).toMatchObject({ kind: 'link', enterpriseId: 1, method: 'alias' });
  });

  it('learns an alias within one index: the second record links by the spelling the first taught', () => {
    const ix = index();
    const first = decideMatch({ name: '金源食品(临夏)有限公司', creditCode: jinyuan.creditCode, regionCode: null }, ix);
    if (first.kind !== 'link' || !first.alias) throw new Error('expected a learnt alias');
    ix.addAlias(first.enterpriseId, first.alias);
    expect(decideMatch({ name: '金源食品（临夏）有限公司', creditCode: null, regionCode: null }, ix)).toMatchObject({
      kind: 'link',
      enterpriseId: 1,
      method: 'alias',
    });
  });

  it('queues two enterprises of the same name, the record’s region first', () => {
    const d = decideMatch({ name: '兰州牛肉面馆', creditCode: null, regionCode: '622923' }, index());
    expect(d.kind).toBe('review');
    if (d.kind !== 'review') return;
    expect(d.candidates.map((c) => c.enterpriseId)).toEqual([3, 2]);
  });

  it('queues a fuzzy match between the thresholds', () => {
    const d = decideMatch({ name: '临夏州金源食品加工有限公司', creditCode: null, regionCode: null }, index());
    expect(d.kind).toBe('review');
    if (d.kind !== 'review') return;
    expect(d.candidates[0]?.enterpriseId).toBe(1);
    expect(d.candidates[0]?.score).toBeGreaterThan(0.75);
    expect(d.candidates[0]?.score).toBeLessThan(0.95);
  });

  it('leaves unrelated names unmatched', () => {
    expect(decideMatch({ name: '和政县啤特果饮品厂', creditCode: null, regionCode: null }, index()).kind).toBe('none');
  });

  it('queues a valid but unregistered code whose name belongs to another registration', () => {
    const d = decideMatch(
      { name: '永靖县黄河酒业有限公司', creditCode: testCreditCode(99), regionCode: null },
      index(),
    );
    expect(d.kind).toBe('review');
  });

  it('leaves a valid unregistered code with an unknown name for when the enterprise is registered', () => {
    expect(decideMatch({ name: '某某新公司', creditCode: testCreditCode(98), regionCode: null }, index()).kind).toBe(
      'none',
    );
  });

  it('ignores a code with a wrong check character and says so', () => {
    const d = decideMatch(
      { name: '永靖县黄河酒业有限公司', creditCode: withWrongCheck(wine.creditCode), regionCode: null },
      index(),
    );
    expect(d).toMatchObject({ kind: 'link', enterpriseId: 4, method: 'name' });
    if (d.kind === 'link') expect(d.reason).toContain('GB 32100');
  });
});
