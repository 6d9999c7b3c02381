// Monthly treated and total sewage volumes per county seat (县城污水处理率 = treated ÷ total).
// A month is stored as its first day, so period filters treat it like any dated record.
import type { KindSpec } from '../kind-spec.ts';
import { joinKey } from '../natural-key.ts';
import { place } from './common.ts';

export const sewageKind: KindSpec = {
  id: 'sewage',
  name: '县城污水处理量',
  description: '各县城逐月污水处理量与污水总量(万吨)',
  naturalKey: '县城+月份',
  regionScoped: true,
  regionField: 'area',
  fields: [
    {
      key: 'area',
      header: '县城',
      synonyms: ['县市', '城市', '地区', '县城名称'],
      required: true,
      description: '县城名称,如 康乐县',
    },
    {
      key: 'month',
      header: '月份',
      synonyms: ['统计月份', '年月', '日期'],
      required: true,
      description: '如 2023-05 或 2023年5月',
    },
    {
      key: 'treated',
      header: '处理量',
      synonyms: ['污水处理量', '处理水量', '污水处理量(万吨)'],
      required: true,
      description: '当月污水处理量(万吨)',
    },
    {
      key: 'total',
      header: '污水总量',
      synonyms: ['污水排放总量', '排放总量', '污水产生量', '污水总量(万吨)'],
      required: true,
      description: '当月污水总量(万吨)',
    },
    { key: 'remark', header: '备注', description: '备注(不入库)' },
  ],

  build(r, ctx) {
    const area = r.text('area');
    const month = r.month('month');
    const treated = r.number('treated', { min: 0 });
    const total = r.number('total', { min: 0 });
    if (treated !== null && total !== null && treated > total) {
      r.warn('treated', `处理量 ${treated} 大于污水总量 ${total},处理率将超过 100%,请核对`);
    }
    const region = place(r, ctx, 'area', [area]);
    if (r.failed || !area || !month || treated === null || total === null) return null;
    const key = joinKey([area, month]);
    return {
      key,
      region,
      values: { natural_key: key, region_code: region, date: `${month}-01`, area, treated, total },
    };
  },
};
