// Which record columns name an enterprise. A food sample names two: the producer (标称生产企业,
// usually with its code) and the sampled unit (被抽样单位, a shop or a canteen, no code). A new
// source (incidents, drug samples) is one more entry here.
import { foodSampleOutcome, productCheckOutcome, type SampleOutcome } from '../../core/enterprises/credit-events.ts';

export type LinkTable = 'food_samples' | 'product_checks';

export interface LinkSource {
  table: LinkTable;
  role: 'producer' | 'sampled_unit' | 'enterprise';
  label: string;
  nameColumn: string;
  codeColumn: string | null;
}

export const LINK_SOURCES: readonly LinkSource[] = [
  {
    table: 'food_samples',
    role: 'producer',
    label: '食品安全抽检(标称生产企业)',
    nameColumn: 'producer_name',
    codeColumn: 'producer_credit_code',
  },
  {
    table: 'food_samples',
    role: 'sampled_unit',
    label: '食品安全抽检(被抽样单位)',
    nameColumn: 'sampled_unit_name',
    codeColumn: null,
  },
  {
    table: 'product_checks',
    role: 'enterprise',
    label: '产品质量监督抽查',
    nameColumn: 'enterprise_name',
    codeColumn: 'enterprise_credit_code',
  },
];

export const ROLE_LABELS: Record<LinkSource['role'], string> = {
  producer: '标称生产企业',
  sampled_unit: '被抽样单位',
  enterprise: '受检企业',
};

export const TABLE_LABELS: Record<LinkTable, string> = {
  food_samples: '食品安全抽检',
  product_checks: '产品质量监督抽查',
};

export function isLinkTable(t: string): t is LinkTable {
  return t === 'food_samples' || t === 'product_checks';
}

/** A linked record as the credit record shows it. */
export interface RecordSummary {
  table: LinkTable;
  id: number;
  date: string;
  regionCode: string | null;
  product: string;
  result: string;
  outcome: SampleOutcome;
  detail: string | null;
}

export function summarizeFood(r: {
  id: number;
  date: string;
  region_code: string | null;
  product_name: string;
  passed: number;
  sampling_type: string;
  failed_items_json: string | null;
}): RecordSummary {
  let detail: string | null = null;
  if (r.failed_items_json) {
    try {
      const items = JSON.parse(r.failed_items_json) as { item?: string }[];
      detail =
        items
          .map((i) => i.item)
          .filter(Boolean)
          .join('、') || null;
    } catch {
      detail = null;
    }
  }
  return {
    table: 'food_samples',
    id: r.id,
    date: r.date,
    regionCode: r.region_code,
    product: r.product_name,
    result: `${r.sampling_type}${r.passed === 1 ? '合格' : '不合格'}`,
    outcome: foodSampleOutcome(r.passed),
    detail,
  };
}

export function summarizeProduct(r: {
  id: number;
  date: string;
  region_code: string | null;
  product_name: string;
  result: string;
  level: string;
  failed_items: string | null;
}): RecordSummary {
  return {
    table: 'product_checks',
    id: r.id,
    date: r.date,
    regionCode: r.region_code,
    product: r.product_name,
    result: `${r.level}${r.result}`,
    outcome: productCheckOutcome(r.result),
    detail: r.failed_items,
  };
}
