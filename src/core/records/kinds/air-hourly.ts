// Hourly air monitoring per station: μg/m³, CO in mg/m³; blank, —, NA and -99 mean missing.
// The region is the city's (临夏州 → the prefecture, 临夏市 → the county-level city).
import type { KindSpec } from '../kind-spec.ts';
import { joinKey } from '../natural-key.ts';
import { concentration, place } from './common.ts';

/** Plausibility caps (μg/m³; CO mg/m³): above them a value is a unit or typing error. */
export const AIR_CAPS = { so2: 10000, no2: 5000, pm10: 10000, co: 60, o3: 2000, pm25: 2000 } as const;

export const POLLUTANT_FIELDS = [
  { key: 'so2', header: 'SO2', synonyms: ['SO₂', '二氧化硫', 'so2浓度'], description: '二氧化硫 μg/m³' },
  { key: 'no2', header: 'NO2', synonyms: ['NO₂', '二氧化氮'], description: '二氧化氮 μg/m³' },
  { key: 'pm10', header: 'PM10', synonyms: ['可吸入颗粒物', 'pm₁₀'], description: '可吸入颗粒物 μg/m³' },
  { key: 'co', header: 'CO', synonyms: ['一氧化碳'], description: '一氧化碳 mg/m³(注意:不是 μg/m³)' },
] as const;

export const airHourlyKind: KindSpec = {
  id: 'air-hourly',
  name: '环境空气质量小时数据',
  description: '各监测站点逐小时浓度(μg/m³,CO 为 mg/m³);空白、—、NA、-99 表示缺测',
  naturalKey: '城市+站点+日期+小时',
  regionScoped: true,
  regionField: 'city',
  fields: [
    {
      key: 'city',
      header: '城市',
      synonyms: ['城市名称', '地区'],
      required: true,
      description: '城市,如 临夏州、临夏市',
    },
    {
      key: 'station',
      header: '站点',
      synonyms: ['站点名称', '监测点位', '点位名称', '监测站点', '点位'],
      required: true,
      description: '监测站点名称',
    },
    {
      key: 'time',
      header: '时间',
      synonyms: ['监测时间', '日期时间', '时间点', '日期'],
      required: true,
      description: '整点时间,如 2023-05-06 13:00;也可只填日期并另设“小时”列',
    },
    {
      key: 'hour',
      header: '小时',
      synonyms: ['时', '时段'],
      description: '0–23,与只含日期的“时间”列配合使用',
      template: false,
    },
    ...POLLUTANT_FIELDS,
    {
      key: 'o3',
      header: 'O3',
      synonyms: ['O₃', '臭氧', 'o3_1h', 'o3-1h', 'o3(1h)', '臭氧1小时'],
      description: '臭氧 1 小时平均 μg/m³',
    },
    { key: 'pm25', header: 'PM2.5', synonyms: ['PM2_5', 'PM25', '细颗粒物', 'pm₂.₅'], description: '细颗粒物 μg/m³' },
  ],

  build(r, ctx) {
    const city = r.text('city');
    const station = r.text('station');
    const time = r.dateTime('time');
    let hour = time?.hour ?? null;
    if (r.has('hour')) {
      const h = r.number('hour', { integer: true, min: 0, max: 24 });
      if (h !== null) hour = h;
    }
    // The monitoring network labels each hourly mean by the END of its hour, and a GB 3095 daily
    // mean covers the hours ending 01:00…24:00: a reading stamped 00:00 is hour 24 of the day
    // before. Records are stored in that 1–24 form, as the indicator engine reads them.
    let date = time?.date ?? null;
    if (date !== null && hour === 0) {
      date = previousDay(date);
      hour = 24;
    }
    const so2 = concentration(r, 'so2', AIR_CAPS.so2, 'μg/m³');
    const no2 = concentration(r, 'no2', AIR_CAPS.no2, 'μg/m³');
    const pm10 = concentration(r, 'pm10', AIR_CAPS.pm10, 'μg/m³');
    const co = concentration(r, 'co', AIR_CAPS.co, 'mg/m³');
    const o3 = concentration(r, 'o3', AIR_CAPS.o3, 'μg/m³');
    const pm25 = concentration(r, 'pm25', AIR_CAPS.pm25, 'μg/m³');
    const region = place(r, ctx, 'city', [city], { allowPrefecture: true });
    if (r.failed || !city || !station || !date || hour === null) return null;
    const key = joinKey([city, station, date, hour]);
    return {
      key,
      region,
      values: {
        natural_key: key,
        region_code: region,
        date,
        station,
        city,
        hour,
        so2,
        no2,
        pm10,
        co,
        o3,
        pm25,
      },
    };
  },
};

function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
