// Column titles for record rows. Rows come from the record tables, whose columns are the import
// fields in snake_case (sampled_unit_name) or, in some answers, the field keys themselves
// (sampledUnitName); both are looked up against the kind's Chinese headers.
import type { ImportKind } from '../api/import-types.ts';

/** Columns every record table has, and the derived ones the APIs add. */
export const COMMON_LABELS: Record<string, string> = {
  date: '日期',
  region: '县市代码',
  region_code: '县市代码',
  regionCode: '县市代码',
  regionName: '县市',
  region_name: '县市',
  passed: '结论',
  result: '结论',
  reason: '说明',
  is_demo: '演示数据',
  isDemo: '演示数据',
  import_id: '导入批次',
  importId: '导入批次',
  natural_key: '唯一键',
  naturalKey: '唯一键',
  failed_items_json: '不合格项目',
  items_json: '检测项目',
  month: '月份',
  city: '城市',
};

/** Columns not worth showing in a table (internal keys). */
export const HIDDEN_COLUMNS = new Set([
  'id',
  'natural_key',
  'naturalKey',
  'import_id',
  'importId',
  'is_demo',
  'isDemo',
]);

export function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** key → Chinese title for every field of every kind, in both spellings. */
export function fieldLabels(kinds: readonly ImportKind[] | undefined): Map<string, string> {
  const labels = new Map<string, string>(Object.entries(COMMON_LABELS));
  for (const kind of kinds ?? []) {
    for (const f of kind.fields) {
      if (!labels.has(f.name)) labels.set(f.name, f.header);
      const snake = snakeCase(f.name);
      if (!labels.has(snake)) labels.set(snake, f.header);
    }
  }
  return labels;
}

/** The keys present in the rows, in first-seen order, without internal ones. */
export function rowKeys(rows: readonly Record<string, unknown>[]): string[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const row of rows.slice(0, 50)) {
    for (const key of Object.keys(row)) {
      if (seen.has(key) || HIDDEN_COLUMNS.has(key)) continue;
      seen.add(key);
      keys.push(key);
    }
  }
  return keys;
}
