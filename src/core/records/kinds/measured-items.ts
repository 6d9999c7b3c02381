// Item columns of water and effluent samples. Field keys are the standards' item codes (GB 3838
// and GB 18918), so items_json feeds the evaluations directly; headers are the short Chinese
// names monitoring reports use, with the standards' full names and common abbreviations as synonyms.
import { GB3838_TABLE1, GB3838_TABLE2, GB18918_ITEMS } from '../../standards/index.ts';
import type { FieldSpec, RowReader } from '../kind-spec.ts';

interface ItemName {
  header: string;
  synonyms?: string[];
}

const WATER_NAMES: Record<string, ItemName> = {
  water_temperature: { header: '水温', synonyms: ['温度'] },
  pH: { header: 'pH', synonyms: ['pH值', 'ph值(无量纲)'] },
  DO: { header: '溶解氧', synonyms: ['DO'] },
  CODMn: { header: '高锰酸盐指数', synonyms: ['CODMn', '高锰酸钾指数'] },
  COD: { header: '化学需氧量', synonyms: ['COD', 'CODcr', 'COD_Cr'] },
  BOD5: { header: '五日生化需氧量', synonyms: ['BOD5', 'BOD₅', '生化需氧量'] },
  'NH3-N': { header: '氨氮', synonyms: ['NH3-N', 'NH₃-N', '氨氮(以N计)'] },
  TP: { header: '总磷', synonyms: ['TP'] },
  TN: { header: '总氮', synonyms: ['TN'] },
  Cu: { header: '铜', synonyms: ['Cu'] },
  Zn: { header: '锌', synonyms: ['Zn'] },
  fluoride: { header: '氟化物', synonyms: ['F-', '氟化物(以F-计)'] },
  Se: { header: '硒', synonyms: ['Se'] },
  As: { header: '砷', synonyms: ['As'] },
  Hg: { header: '汞', synonyms: ['Hg'] },
  Cd: { header: '镉', synonyms: ['Cd'] },
  'Cr6+': { header: '六价铬', synonyms: ['Cr6+', '铬(六价)', 'Cr(VI)'] },
  Pb: { header: '铅', synonyms: ['Pb'] },
  cyanide: { header: '氰化物', synonyms: ['CN-'] },
  volatile_phenol: { header: '挥发酚', synonyms: ['挥发性酚'] },
  petroleum: { header: '石油类' },
  LAS: { header: '阴离子表面活性剂', synonyms: ['LAS'] },
  sulfide: { header: '硫化物' },
  fecal_coliform: { header: '粪大肠菌群', synonyms: ['粪大肠菌群数'] },
  sulfate: { header: '硫酸盐' },
  chloride: { header: '氯化物' },
  nitrate_N: { header: '硝酸盐', synonyms: ['硝酸盐氮', '硝酸盐(以N计)'] },
  Fe: { header: '铁', synonyms: ['Fe'] },
  Mn: { header: '锰', synonyms: ['Mn'] },
};

const EFFLUENT_NAMES: Record<string, ItemName> = {
  COD: { header: '化学需氧量', synonyms: ['COD', 'CODcr', 'COD_Cr'] },
  BOD5: { header: '五日生化需氧量', synonyms: ['BOD5', 'BOD₅', '生化需氧量'] },
  SS: { header: '悬浮物', synonyms: ['SS'] },
  animal_vegetable_oil: { header: '动植物油' },
  petroleum: { header: '石油类' },
  LAS: { header: '阴离子表面活性剂', synonyms: ['LAS'] },
  TN: { header: '总氮', synonyms: ['TN'] },
  'NH3-N': { header: '氨氮', synonyms: ['NH3-N', 'NH₃-N'] },
  TP: { header: '总磷', synonyms: ['TP'] },
  color_dilution_factor: { header: '色度', synonyms: ['色度(稀释倍数)'] },
  pH: { header: 'pH', synonyms: ['pH值'] },
  fecal_coliform: { header: '粪大肠菌群数', synonyms: ['粪大肠菌群'] },
  total_Hg: { header: '总汞', synonyms: ['汞', 'Hg'] },
  alkyl_Hg: { header: '烷基汞' },
  total_Cd: { header: '总镉', synonyms: ['镉', 'Cd'] },
  total_Cr: { header: '总铬', synonyms: ['铬', 'Cr'] },
  'Cr6+': { header: '六价铬', synonyms: ['Cr6+', '铬(六价)'] },
  total_As: { header: '总砷', synonyms: ['砷', 'As'] },
  total_Pb: { header: '总铅', synonyms: ['铅', 'Pb'] },
};

function field(key: string, names: ItemName, standardName: string | undefined, unit: string): FieldSpec {
  const synonyms = [...(names.synonyms ?? [])];
  if (standardName && standardName !== names.header) synonyms.push(standardName);
  return { key, header: names.header, synonyms, description: `${standardName ?? names.header}(${unit})` };
}

export const WATER_ITEM_FIELDS: readonly FieldSpec[] = [
  ...GB3838_TABLE1.map((s) => field(s.item, WATER_NAMES[s.item] ?? { header: s.name }, s.name, s.unit)),
  ...GB3838_TABLE2.map((s) => field(s.item, WATER_NAMES[s.item] ?? { header: s.name }, s.name, s.unit)),
];

export const EFFLUENT_ITEM_FIELDS: readonly FieldSpec[] = [
  ...GB18918_ITEMS.map((s) => field(s.item, EFFLUENT_NAMES[s.item] ?? { header: s.name }, s.name, s.unit)),
  // NH3-N's 一级A limit depends on it (GB 18918 Table 1 note ②).
  { key: 'water_temperature', header: '水温', synonyms: ['温度'], description: '水温(℃),用于判断氨氮限值' },
];

/** The measured items of a row as {code: number | "<0.01" | "ND" | "未检出"}; pH outside 0–14 is an error. */
export function readItems(r: RowReader, fields: readonly FieldSpec[]): Record<string, number | string> {
  const items: Record<string, number | string> = {};
  for (const f of fields) {
    if (!r.has(f.key)) continue;
    const v = r.measure(f.key);
    if (v === null) continue;
    if (f.key === 'pH' && typeof v === 'number' && v > 14) {
      r.error(f.key, `pH 应在 0–14 之间,${v} 不可能`);
      continue;
    }
    items[f.key] = v;
  }
  return items;
}
