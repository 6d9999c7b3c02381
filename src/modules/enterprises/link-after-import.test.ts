// After an import, linking scans that import's records only: the records before it were already
// decided against the same registry, and rescanning all of them made every import pay for the
// whole history (measured: the PostgreSQL import of 100,000 rows at 3.4× the bare read).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { testCreditCode } from '../../core/enterprises/test-codes.ts';
import { SAMPLES, xlsxOf } from '../records/fixtures.test-support.ts';
import { SYSTEM_CTX } from '../shared/context.ts';
import { addFoodSample } from './test-records.ts';

const CODE = testCreditCode(301, '622922');
// The sampled unit of the first row of the sample 不合格 list.
const SHOP = '康乐县某超市';

describe.each(testEngines())('linking after an import (%s)', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  const shopLinks = async () => {
    const e = await t.services.store.enterprises.findByCode(CODE);
    return (await t.services.store.enterpriseLinks.linksOf(e?.id as number)).length;
  };

  it('scans nothing without a registry', async () => {
    await addFoodSample(t.services, { sampledUnit: '某店', producer: '某厂' });
    expect(await t.services.links.run(SYSTEM_CTX)).toMatchObject({ scanned: 0, linked: 0 });
  });

  it('links the import’s own records, and leaves older ones to a full run', async () => {
    const csv = `统一社会信用代码,企业名称,所在地区,行业\n${CODE},${SHOP},622922,食品销售\n`;
    await t.services.enterprises.importFile({ fileName: '名录.csv', bytes: Buffer.from(csv) }, SYSTEM_CTX);
    // A record written after the registry's own run, outside any import: not linked yet.
    await addFoodSample(t.services, { sampledUnit: SHOP, producer: '某厂' });
    expect(await shopLinks()).toBe(0);

    const report = await t.services.records.importFile(
      { kind: 'food', fileName: 'food.xlsx', bytes: await xlsxOf(SAMPLES.food), year: 2023 },
      SYSTEM_CTX,
    );
    expect(report.stored).toBe(true);
    // The import's row at the shop is linked; the older record is not (it was not scanned).
    expect(await shopLinks()).toBe(1);
    const again = await t.services.links.run(SYSTEM_CTX, {
      table: 'food_samples',
      importId: report.importId as number,
    });
    expect(again.linked).toBe(0);

    const full = await t.services.links.run(SYSTEM_CTX);
    expect(full.linked).toBe(1);
    expect(await shopLinks()).toBe(2);
  });
});
