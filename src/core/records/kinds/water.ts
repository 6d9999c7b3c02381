// Surface water and drinking-water source samples: one column per GB 3838 item. Values below the
// detection limit stay as written ("<0.01", "ND", "未检出") in items_json.
import type { KindSpec } from '../kind-spec.ts';
import { joinKey } from '../natural-key.ts';
import { choice } from '../parse-choice.ts';
import { place } from './common.ts';
import { readItems, WATER_ITEM_FIELDS } from './measured-items.ts';

const SITE_TYPE = choice(
  ['国控断面', '省控断面', '州控断面', '县控断面', '集中式饮用水水源地', '乡镇级饮用水水源地', '其他'] as const,
  {
    国控: '国控断面',
    国考断面: '国控断面',
    国家考核断面: '国控断面',
    省控: '省控断面',
    省考断面: '省控断面',
    州控: '州控断面',
    市控: '州控断面',
    市控断面: '州控断面',
    县控: '县控断面',
    饮用水水源地: '集中式饮用水水源地',
    集中式饮用水源地: '集中式饮用水水源地',
    饮用水源地: '集中式饮用水水源地',
    县级集中式饮用水水源地: '集中式饮用水水源地',
    县级及以上集中式饮用水水源地: '集中式饮用水水源地',
    城市集中式饮用水水源地: '集中式饮用水水源地',
    地级集中式饮用水水源地: '集中式饮用水水源地',
    乡镇饮用水水源地: '乡镇级饮用水水源地',
    乡镇集中式饮用水水源地: '乡镇级饮用水水源地',
    乡镇级集中式饮用水水源地: '乡镇级饮用水水源地',
  },
);

const WATER_BODY = choice(['河流', '湖库'] as const, {
  河流型: '河流',
  河道: '河流',
  湖泊: '湖库',
  水库: '湖库',
  湖库型: '湖库',
  湖泊型: '湖库',
  水库型: '湖库',
  '湖、库': '湖库',
});

export const waterKind: KindSpec = {
  id: 'water',
  name: '地表水与饮用水水源地水质',
  description:
    '断面或水源地的采样结果,每个 GB 3838-2002 项目一列(mg/L,另注明者除外);低于检出限写作 <0.01、ND 或 未检出',
  naturalKey: '断面/水源地名称+采样日期',
  regionScoped: true,
  regionField: 'region',
  fields: [
    {
      key: 'siteName',
      header: '断面/水源地名称',
      synonyms: ['断面名称', '水源地名称', '断面', '水源地', '点位名称', '监测断面', '监测点位', '断面(点位)名称'],
      required: true,
      description: '断面或水源地名称',
    },
    {
      key: 'siteType',
      header: '类型',
      synonyms: ['断面类型', '水源地类型', '点位类型', '断面属性', '类别'],
      required: true,
      description: '国控断面、省控断面、州控断面、县控断面、集中式饮用水水源地、乡镇级饮用水水源地 或 其他',
    },
    { key: 'region', header: '所在县', synonyms: ['县市', '地区', '所在地', '所属县区'], description: '所在县市' },
    { key: 'date', header: '采样日期', synonyms: ['监测日期', '采样时间'], required: true, description: '采样日期' },
    ...WATER_ITEM_FIELDS,
    {
      key: 'waterBody',
      header: '水体类型',
      synonyms: ['水体', '水域类型', '河流/湖库'],
      description: '河流 或 湖库(决定总磷、总氮的评价口径)',
    },
  ],

  build(r, ctx) {
    const siteName = r.text('siteName');
    const siteType = r.choice('siteType', SITE_TYPE);
    const waterBody = r.has('waterBody') ? r.choice('waterBody', WATER_BODY) : null;
    const date = r.date('date');
    const items = readItems(r, WATER_ITEM_FIELDS);
    if (Object.keys(items).length === 0 && !r.failed) r.error(null, '未填写任何监测项目');
    const region = place(r, ctx, 'region', [r.text('region'), siteName]);
    if (r.failed || !siteName || !siteType || !date) return null;
    const key = joinKey([siteName, date]);
    return {
      key,
      region,
      values: {
        natural_key: key,
        region_code: region,
        date,
        site_name: siteName,
        site_type: siteType,
        water_body: waterBody,
        items_json: JSON.stringify(items),
      },
    };
  },
};
