// Effluent samples of town sewage treatment plants: GB 18918 items plus water temperature (the
// 一级A ammonia limit depends on it). Region: 所在县, else the county in the plant's name.
import type { KindSpec } from '../kind-spec.ts';
import { joinKey } from '../natural-key.ts';
import { place } from './common.ts';
import { EFFLUENT_ITEM_FIELDS, readItems } from './measured-items.ts';

export const effluentKind: KindSpec = {
  id: 'effluent',
  name: '污水处理厂出水水质',
  description: '城镇污水处理厂出水采样结果,GB 18918-2002 项目一项一列(mg/L,另注明者除外)及水温',
  naturalKey: '污水处理厂+采样日期',
  regionScoped: true,
  regionField: 'region',
  fields: [
    {
      key: 'plantName',
      header: '污水处理厂',
      synonyms: ['污水处理厂名称', '处理厂名称', '企业名称', '排污单位'],
      required: true,
      description: '污水处理厂名称',
    },
    {
      key: 'region',
      header: '所在县',
      synonyms: ['县市', '地区', '所在地'],
      description: '所在县市;不填时按厂名中的县市名称确定',
    },
    { key: 'date', header: '采样日期', synonyms: ['监测日期', '采样时间'], required: true, description: '采样日期' },
    ...EFFLUENT_ITEM_FIELDS,
  ],

  build(r, ctx) {
    const plantName = r.text('plantName');
    const date = r.date('date');
    const items = readItems(r, EFFLUENT_ITEM_FIELDS);
    const measured = Object.keys(items).filter((k) => k !== 'water_temperature');
    if (measured.length === 0 && !r.failed) r.error(null, '未填写任何监测项目');
    const region = place(r, ctx, 'region', [r.text('region'), plantName]);
    if (r.failed || !plantName || !date) return null;
    const key = joinKey([plantName, date]);
    return {
      key,
      region,
      values: { natural_key: key, region_code: region, date, plant_name: plantName, items_json: JSON.stringify(items) },
    };
  },
};
