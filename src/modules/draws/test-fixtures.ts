// A registry, inspectors, an item list and a plan for the draw tests.
import { testCreditCode } from '../../core/enterprises/test-codes.ts';
import type { Services } from '../services.ts';
import { SYSTEM_CTX } from '../shared/context.ts';

export const FIXTURE_ENTERPRISES = 40;

export async function seedDrawFixtures(s: Services, opts: { inspectors?: number } = {}) {
  const rows = ['统一社会信用代码,企业名称,所在地区,行业'];
  for (let i = 1; i <= FIXTURE_ENTERPRISES; i++) {
    const region = i % 2 === 0 ? '622901' : '622923';
    rows.push(
      `${testCreditCode(500 + i, region)},抽查测试企业${i}有限公司,${region},${i % 4 === 0 ? '餐饮服务' : '食品生产'}`,
    );
  }
  await s.enterprises.importFile({ fileName: '名录.csv', bytes: Buffer.from(rows.join('\n')) }, SYSTEM_CTX);
  const all = (await s.store.enterprises.list({ page: 1, pageSize: 500 })).items;
  // A few enterprises with a penalty move up a class, so the pool holds more than one class.
  for (const e of all.slice(0, 6)) {
    await s.credit.addEvent(
      { enterpriseId: e.id, kind: 'penalty', date: '2026-03-01', description: '行政处罚', source: '测试', points: 30 },
      SYSTEM_CTX,
    );
  }
  const inspectors: number[] = [];
  for (let i = 1; i <= (opts.inspectors ?? 6); i++) {
    const v = await s.inspectors.createInspector(
      {
        name: `检查员${i}`,
        unit: i % 2 === 0 ? '临夏市市场监管局' : '永靖县市场监管局',
        regionCode: i % 2 === 0 ? '622901' : '622923',
        qualifications: ['食品生产', '餐饮服务'],
        conflicts: i === 1 ? [all[0]?.creditCode ?? ''] : [],
      },
      SYSTEM_CTX,
    );
    inspectors.push(v.id);
  }
  const item = await s.inspectors.createItem(
    {
      name: '食品生产许可条件保持情况',
      legalBasis: '《食品安全法》第三十三条、《食品生产许可管理办法》',
      industries: ['食品生产'],
    },
    SYSTEM_CTX,
  );
  const plan = await s.draws.createPlan(
    { name: '2026 年食品生产双随机抽查', rules: { shares: { A: 0.25, B: 0.5, C: 1, D: 1 } }, itemIds: [item.id] },
    SYSTEM_CTX,
  );
  return { enterprises: all, inspectors, itemId: item.id, planId: plan.id };
}
