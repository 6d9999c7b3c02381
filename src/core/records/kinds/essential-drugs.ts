// The essential-drug variety list that sets the scope of 基本药物全品种抽检覆盖率: by default the
// varieties produced or distributed in the prefecture. A 州-wide list, so county users may not
// import it. The variety (normalised) is the key and the table's unique column.
import type { KindSpec } from '../kind-spec.ts';

export function normalizeVariety(v: string): string {
  return v.normalize('NFKC').replace(/\s+/g, '');
}

export const essentialDrugsKind: KindSpec = {
  id: 'essential-drugs',
  name: '基本药物品种目录',
  description: '纳入抽检覆盖率统计范围的基本药物品种(通用名)',
  naturalKey: '品种名称(通用名)',
  regionScoped: false,
  fields: [
    { key: 'seq', header: '序号', description: '表内序号,导入时不使用' },
    {
      key: 'variety',
      header: '品种名称',
      synonyms: ['通用名', '通用名称', '药品通用名称', '品种', '药品名称'],
      required: true,
      description: '药品通用名,与药品抽检的“通用名”一致',
    },
    {
      key: 'inScope',
      header: '是否纳入抽检范围',
      synonyms: ['纳入范围', '是否纳入', '是否在范围内', '州内生产或经营'],
      description: '是/否(默认是);否表示保留在目录中但不计入覆盖率',
    },
    { key: 'note', header: '备注', synonyms: ['剂型', '说明'], description: '剂型或说明' },
  ],

  build(r) {
    const variety = r.text('variety');
    const inScope = r.has('inScope') ? (r.yesNo('inScope') ?? true) : true;
    if (r.failed || variety === null) return null;
    const key = normalizeVariety(variety);
    return { key, region: null, values: { variety: key, in_scope: inScope ? 1 : 0, note: r.text('note') } };
  },
};
