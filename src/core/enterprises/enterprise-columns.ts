// The enterprise registry file as the record importers' generic validator reads it (header
// synonyms, typed cells, per-row problems with row and column, notes and repeated headers
// skipped). Each row becomes one candidate registration; rows that share a credit code are
// folded into one enterprise afterwards (fold-registry-rows.ts), so the key here is per row.
import type { BuiltRecord, KindContext, KindSpec, RowReader } from '../records/kind-spec.ts';
import { INDUSTRY, SIZE } from './industries.ts';
import { parseLicences } from './licences.ts';

export interface RegistryRow {
  row: number;
  creditCode: string;
  name: string;
  regionCode: string | null;
  /** Null when the row leaves it blank (the registry then files it under 其他). */
  industry: string | null;
  size: string | null;
  address: string | null;
  licences: { type: string; number: string }[];
  aliases: string[];
}

function splitList(text: string | null): string[] {
  return (text ?? '')
    .split(/[;;\n、,,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function build(r: RowReader, ctx: KindContext): BuiltRecord | null {
  const creditCode = r.creditCode('creditCode');
  const name = r.text('name');
  const industryText = r.text('industry');
  const industry = industryText !== null ? r.choice('industry', INDUSTRY) : null;
  const size = r.choice('size', SIZE);
  const regionText = r.text('region');
  let regionCode: string | null = null;
  if (regionText !== null) {
    regionCode = ctx.regions.match(regionText, { allowPrefecture: true });
    if (regionCode === null) r.error('region', `「${regionText}」不是本州的县市或地区代码`);
  } else if (creditCode !== null) {
    // Characters 3–8 of the code are the registering authority's region (GB 32100 §4.3).
    const fromCode = creditCode.slice(2, 8);
    regionCode = ctx.regions.has(fromCode) ? fromCode : null;
  }
  const licenceText = r.text('licences');
  let licences: RegistryRow['licences'] = [];
  if (licenceText !== null) {
    // A column headed 食品生产许可证编号 types its bare numbers.
    const header = r.label('licences');
    const typed =
      /食品生产许可/.test(header) && !/[::]/.test(licenceText) ? `食品生产许可证:${licenceText}` : licenceText;
    const parsed = parseLicences(typed);
    if (parsed.ok) licences = parsed.licences;
    else r.error('licences', parsed.message);
  }
  if (r.failed || creditCode === null || name === null || (industryText !== null && industry === null)) return null;
  return {
    key: `${creditCode}#${r.row}`,
    region: regionCode,
    values: {
      row: r.row,
      credit_code: creditCode,
      name,
      region_code: regionCode,
      industry,
      size,
      address: r.text('address'),
      licences_json: JSON.stringify(licences),
      aliases_json: JSON.stringify(splitList(r.text('aliases'))),
    },
  };
}

/** A validated row back in the registry's terms. */
export function registryRowOf(values: BuiltRecord['values']): RegistryRow {
  const text = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : null);
  return {
    row: Number(values.row),
    creditCode: text('credit_code') ?? '',
    name: text('name') ?? '',
    regionCode: text('region_code'),
    industry: text('industry'),
    size: text('size'),
    address: text('address'),
    licences: JSON.parse(text('licences_json') ?? '[]'),
    aliases: JSON.parse(text('aliases_json') ?? '[]'),
  };
}

/**
 * The registry's columns. The registry is not a record kind; the validator never looks a kind up
 * by its id, so the id here is only a label.
 */
export const ENTERPRISE_COLUMNS = {
  id: 'enterprises' as KindSpec['id'],
  name: '企业档案',
  description: '市场主体名录:统一社会信用代码、名称、地区、行业、许可证、规模',
  naturalKey: '统一社会信用代码',
  regionScoped: false,
  regionField: 'region',
  fields: [
    { key: 'seq', header: '序号', description: '表内序号,导入时不使用' },
    {
      key: 'creditCode',
      header: '统一社会信用代码',
      synonyms: ['信用代码', '社会信用代码', '统一代码', '注册号/统一社会信用代码'],
      required: true,
      description: '18 位统一社会信用代码,按 GB 32100 校验(校验码错误的行被拒绝)',
    },
    {
      key: 'name',
      header: '企业名称',
      synonyms: ['名称', '单位名称', '市场主体名称', '经营者名称', '主体名称', '企业(单位)名称'],
      required: true,
      description: '登记名称',
    },
    {
      key: 'region',
      header: '所在地区',
      synonyms: ['地区', '县市', '所在县', '所在县市', '行政区划', '行政区划代码', '区划代码', '所属地区'],
      description: '县市名称或 6 位行政区划代码;不填时按信用代码第 3–8 位(登记机关区划)确定',
    },
    {
      key: 'industry',
      header: '行业',
      synonyms: ['所属行业', '行业类别', '监管行业', '监管类别', '主体类别'],
      description: `${INDUSTRY.hint};不填为 其他`,
    },
    {
      key: 'licences',
      header: '许可证',
      synonyms: ['许可证编号', '许可证号', '食品生产许可证编号', '食品生产许可证号', '许可证信息'],
      description: '多个以分号分隔,如 食品生产许可证:SC10662290100012',
    },
    { key: 'size', header: '企业规模', synonyms: ['规模', '规模类型'], description: SIZE.hint },
    {
      key: 'address',
      header: '住所',
      synonyms: ['地址', '住所(经营场所)', '经营场所', '企业地址'],
      description: '住所或经营场所',
    },
    {
      key: 'aliases',
      header: '曾用名',
      synonyms: ['别名', '其他名称', '简称'],
      description: '曾用名或常用简称,多个以分号分隔',
    },
  ],
  build,
} satisfies KindSpec;
