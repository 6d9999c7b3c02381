// Record rows for the linking tests, written the way the importers write them.

import { RECORD_TABLES } from '../records/record-tables.ts';
import type { Services } from '../services.ts';

let seq = 0;

export async function addFoodSample(
  s: Services,
  r: {
    producer?: string | null;
    producerCode?: string | null;
    sampledUnit: string;
    passed?: boolean;
    region?: string | null;
    date?: string;
  },
): Promise<void> {
  seq++;
  await s.store.records.upsert(RECORD_TABLES.food, [
    {
      natural_key: `test-food-${seq}-${Math.random()}`,
      region_code: r.region ?? null,
      date: r.date ?? '2026-06-01',
      import_id: null,
      is_demo: 0,
      producer_name: r.producer ?? null,
      producer_credit_code: r.producerCode ?? null,
      sampled_unit_name: r.sampledUnit,
      product_name: '小麦粉',
      sampling_type: '监督抽检',
      passed: r.passed === false ? 0 : 1,
      failed_items_json:
        r.passed === false ? JSON.stringify([{ item: '脱氧雪腐镰刀菌烯醇', result: '1200', limit: '≤1000' }]) : null,
    },
  ]);
}

export async function addProductCheck(
  s: Services,
  r: { name: string; code?: string | null; result?: string; region?: string | null; date?: string },
): Promise<void> {
  seq++;
  await s.store.records.upsert(RECORD_TABLES.product, [
    {
      natural_key: `test-product-${seq}-${Math.random()}`,
      region_code: r.region ?? null,
      date: r.date ?? '2026-06-02',
      import_id: null,
      is_demo: 0,
      product_name: '电线电缆',
      product_type: '工业品',
      key_consumer: 0,
      enterprise_name: r.name,
      enterprise_credit_code: r.code ?? null,
      local_producer: 1,
      level: '州抽',
      result: r.result ?? '合格',
      failed_items: r.result === '不合格' ? '导体电阻' : null,
    },
  ]);
}
