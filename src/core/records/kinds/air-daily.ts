// Daily air quality per city: 24-hour means, O3 as the daily maximum 8-hour mean (O3_8h) and,
// when given, the daily maximum 1-hour value. An imported AQI is kept as reported but never
// trusted: a mismatch with HJ 633 computed from the concentrations is reported as a warning.
import { dailyAqi } from '../../standards/index.ts';
import type { KindSpec } from '../kind-spec.ts';
import { joinKey } from '../natural-key.ts';
import { AIR_CAPS, POLLUTANT_FIELDS } from './air-hourly.ts';
import { concentration, place } from './common.ts';

export const airDailyKind: KindSpec = {
  id: 'air-daily',
  name: '环境空气质量日数据',
  description: '城市逐日浓度(μg/m³,CO 为 mg/m³),O3 为日最大 8 小时滑动平均;可附报送的 AQI',
  naturalKey: '城市+日期',
  regionScoped: true,
  regionField: 'city',
  fields: [
    { key: 'date', header: '日期', synonyms: ['监测日期', '时间'], required: true, description: '日期' },
    {
      key: 'city',
      header: '城市',
      synonyms: ['城市名称', '地区'],
      required: true,
      description: '城市,如 临夏州、临夏市',
    },
    {
      key: 'aqi',
      header: 'AQI',
      synonyms: ['空气质量指数'],
      description: '报送的 AQI(可不填;系统按 HJ 633 由浓度重新计算)',
    },
    { key: 'primaryPollutant', header: '首要污染物', description: '首要污染物(不入库,由系统计算)' },
    {
      key: 'grade',
      header: '质量级别',
      synonyms: ['空气质量级别', '级别', '质量类别', '空气质量类别'],
      description: '质量级别(不入库,由系统计算)',
    },
    ...POLLUTANT_FIELDS,
    {
      key: 'o3_8h',
      header: 'O3_8h',
      synonyms: [
        'O3-8h',
        'O3_8H',
        'O3(8h)',
        'O3-8H',
        'O38h',
        'O3_8',
        '臭氧8小时',
        '臭氧(8小时)',
        'O3日最大8小时平均',
        '臭氧日最大8小时平均',
      ],
      description: '臭氧日最大 8 小时滑动平均 μg/m³',
    },
    { key: 'pm25', header: 'PM2.5', synonyms: ['PM2_5', 'PM25', '细颗粒物'], description: '细颗粒物 μg/m³' },
    {
      key: 'o3_1h',
      header: 'O3_1h',
      synonyms: ['O3', 'O3-1h', 'O3(1h)', '臭氧', '臭氧1小时', 'O3日最大1小时平均'],
      description: '臭氧日最大 1 小时平均 μg/m³(可不填)',
    },
  ],

  build(r, ctx) {
    const date = r.date('date');
    const city = r.text('city');
    const so2 = concentration(r, 'so2', AIR_CAPS.so2, 'μg/m³');
    const no2 = concentration(r, 'no2', AIR_CAPS.no2, 'μg/m³');
    const pm10 = concentration(r, 'pm10', AIR_CAPS.pm10, 'μg/m³');
    const co = concentration(r, 'co', AIR_CAPS.co, 'mg/m³');
    const o3_8h = concentration(r, 'o3_8h', AIR_CAPS.o3, 'μg/m³');
    const o3_1h = concentration(r, 'o3_1h', AIR_CAPS.o3, 'μg/m³');
    const pm25 = concentration(r, 'pm25', AIR_CAPS.pm25, 'μg/m³');
    const aqi = r.has('aqi') ? r.number('aqi', { allowMissingMarkers: true, integer: true, min: 0, max: 500 }) : null;
    const region = place(r, ctx, 'city', [city], { allowPrefecture: true });
    if (r.failed || !date || !city) return null;
    if (aqi !== null) {
      const computed = dailyAqi(date, {
        SO2: so2,
        NO2: no2,
        PM10: pm10,
        CO: co,
        O3_1h: o3_1h,
        O3_8h: o3_8h,
        'PM2.5': pm25,
      });
      if (computed.aqi !== null && computed.aqi !== aqi) {
        r.warn('aqi', `报送的 AQI 为 ${aqi},按 ${computed.standard} 由浓度计算为 ${computed.aqi};统计以计算值为准`);
      }
    }
    const key = joinKey([city, date]);
    return {
      key,
      region,
      values: {
        natural_key: key,
        region_code: region,
        date,
        city,
        so2,
        no2,
        pm10,
        co,
        o3_8h,
        o3_1h,
        pm25,
        reported_aqi: aqi,
      },
    };
  },
};
