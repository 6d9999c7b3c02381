// Pieces several kinds share: placing a row in a region, the usual choices, concentrations.
import type { KindContext, RowReader } from '../kind-spec.ts';
import { choice } from '../parse-choice.ts';

/**
 * The region named by the first text that names one. A row that cannot be placed is kept with
 * no region and a warning: it counts for the prefecture but for no county.
 */
export function place(
  r: RowReader,
  ctx: KindContext,
  field: string,
  texts: readonly (string | null)[],
  opts: { allowPrefecture?: boolean } = {},
): string | null {
  for (const t of texts) {
    const code = ctx.regions.match(t, opts);
    if (code !== null) return code;
  }
  const given = texts.find((t) => t !== null);
  r.warn(
    field,
    given
      ? `无法从「${given}」确定所属${opts.allowPrefecture ? '地区' : '县市'},该行不计入各县市的统计`
      : `未填写所属${opts.allowPrefecture ? '地区' : '县市'},该行不计入各县市的统计`,
  );
  return null;
}

export const SIZE = choice(['大型', '中型', '小型'] as const, {
  大: '大型',
  中: '中型',
  小: '小型',
  大型工程: '大型',
  中型工程: '中型',
  小型工程: '小型',
  '小(1)型': '小型',
  '小(2)型': '小型',
  小一型: '小型',
  小二型: '小型',
});

export const flag = (b: boolean): number => (b ? 1 : 0);

/**
 * A pollutant concentration: missing markers (blank, —, NA, -99) are no value; negative or
 * impossible values are errors. CO is in mg/m³: a value above 60 was almost surely written in
 * μg/m³, and the message says so.
 */
export function concentration(r: RowReader, field: string, max: number, unit: 'μg/m³' | 'mg/m³'): number | null {
  if (!r.has(field)) return null;
  const v = r.number(field, { allowMissingMarkers: true, min: 0 });
  if (v === null) return null;
  if (unit === 'mg/m³' && v > 60) {
    r.error(
      field,
      `CO 应以 mg/m³ 填报,${v} 大于 60,疑似按 μg/m³ 填报(折合 ${Number((v / 1000).toPrecision(6))} mg/m³),请换算后再导入`,
    );
    return null;
  }
  if (v > max) {
    r.error(field, `浓度 ${v} ${unit} 超过可能的上限 ${max} ${unit},请核对数值和单位`);
    return null;
  }
  return v;
}

/** Failed items given with a passing result contradict each other. */
export function checkPassWithItems(r: RowReader, passed: boolean | null, itemsField: string, items: string | null) {
  if (passed === true && items !== null) r.error(itemsField, '结论为合格,却填写了不合格项目,请核对');
}
