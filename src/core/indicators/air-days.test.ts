import { describe, expect, it } from 'vitest';
import {
  averageStations,
  buildCityDays,
  buildCityDaysFromStations,
  type CityHour,
  cityDayFromDaily,
  type StationHour,
} from './air-days.ts';

const flat = { so2: 10, no2: 30, pm10: 60, co: 0.8, o3: 120, pm25: 75 };

function day(date: string, over: (hour: number) => Partial<CityHour> = () => ({})): CityHour[] {
  return Array.from({ length: 24 }, (_, i) => ({
    city: '临夏市',
    region: '622901',
    date,
    hour: i + 1,
    ...flat,
    ...over(i + 1),
  }));
}

describe('city-days from hourly data', () => {
  it('computes GB 3095 daily values and the HJ 633-2012 daily AQI (hand-checked)', () => {
    const [d] = buildCityDays(day('2023-05-10'), []);
    // IAQI: SO2 10; NO2 50/40×30 = 37.5 → 38; PM10 (100−50)/(150−50)×(60−50)+50 = 55; CO 20;
    // O3 1h max 120: 50/160×120 = 37.5 → 38; O3 8h max 120: (100−50)/(160−100)×(120−100)+50 = 66.7 → 67;
    // PM2.5 75 → 100. AQI 100, 良, primary PM2.5.
    expect(d?.iaqi).toEqual({ SO2: 10, NO2: 38, PM10: 55, CO: 20, O3_1h: 38, O3_8h: 67, 'PM2.5': 100 });
    expect(d).toMatchObject({
      aqi: 100,
      category: '良',
      primaryPollutants: ['PM2.5'],
      valid: true,
      good: true,
      standard: 'HJ 633-2012',
    });
    expect(d?.validity['PM2.5']).toEqual({ count: 24, required: 20, valid: true });
    expect(d?.validity.O3_8h).toEqual({ count: 17, required: 14, valid: true });
  });

  it('uses the 2026 edition from 2026-03-01', () => {
    const [d] = buildCityDays(day('2026-03-02'), []);
    // PM2.5 75 under HJ 633-2026: (150−100)/(115−60)×(75−60)+100 = 113.6 → 114, 轻度污染.
    expect(d).toMatchObject({ aqi: 114, category: '轻度污染', good: false, standard: 'HJ 633-2026' });
  });

  it('invalidates a 24-hour mean with fewer than 20 hours; the day is then NA when the rest is ≤ 100', () => {
    const [d] = buildCityDays(
      day('2023-05-11', (h) => (h <= 5 ? { pm25: null } : {})),
      [],
    );
    expect(d?.validity['PM2.5']).toEqual({ count: 19, required: 20, valid: false });
    expect(d?.concentrations['PM2.5']).toBeNull();
    expect(d).toMatchObject({ aqi: null, valid: false, good: null, missing: ['PM2.5'] });
  });

  it('averages stations per hour and reads hours labelled 0…23', () => {
    const rows: StationHour[] = [
      {
        station: 'A',
        city: 'X',
        region: null,
        date: '2023-01-01',
        hour: 1,
        so2: 10,
        no2: null,
        pm10: 50,
        co: 1,
        o3: 20,
        pm25: 30,
      },
      {
        station: 'B',
        city: 'X',
        region: null,
        date: '2023-01-01',
        hour: 1,
        so2: 20,
        no2: 40,
        pm10: null,
        co: 1,
        o3: 40,
        pm25: 50,
      },
    ];
    expect(averageStations(rows)).toEqual([
      { city: 'X', region: null, date: '2023-01-01', hour: 1, so2: 15, no2: 40, pm10: 50, co: 1, o3: 30, pm25: 40 },
    ]);
    const zeroBased = day('2023-05-12').map((h) => ({ ...h, hour: h.hour - 1 }));
    expect(buildCityDays(zeroBased, [])[0]?.aqi).toBe(100);
  });

  it('takes a daily report as it is, notes a missing O3 1-hour max and a mismatching reported AQI', () => {
    const d = cityDayFromDaily({
      city: '临夏市',
      region: '622901',
      date: '2023-05-10',
      so2: 10,
      no2: 30,
      pm10: 60,
      co: 0.8,
      o3_8h: 100,
      o3_1h: null,
      pm25: 40,
      reportedAqi: 60,
    });
    // PM10 55, PM2.5 (100−50)/(75−35)×(40−35)+50 = 56.25 → 57, O3 8h 50: AQI 57, primary PM2.5.
    expect(d).toMatchObject({ source: 'daily', aqi: 57, primaryPollutants: ['PM2.5'], aqiMismatch: true, valid: true });
    expect(d.notes.join()).toContain('O3 日最大1小时平均');
    // Hourly data win over a daily report of the same city-day; the report's AQI is checked.
    const both = buildCityDays(day('2023-05-10'), [
      {
        city: '临夏市',
        region: '622901',
        date: '2023-05-10',
        so2: 1,
        no2: 1,
        pm10: 1,
        co: 0.1,
        o3_8h: 1,
        o3_1h: 1,
        pm25: 1,
        reportedAqi: 100,
      },
    ]);
    expect(both).toHaveLength(1);
    expect(both[0]).toMatchObject({ source: 'hourly', aqi: 100, aqiMismatch: false, reportedAqi: 100 });
  });

  it('averages stations in the same pass with the same result as averageStations then cityDaysFromHours', () => {
    const rows: StationHour[] = [];
    let n = 0;
    const v = () => {
      n += 1;
      return n % 17 === 0 ? null : (n * 7.3) % 190;
    };
    for (const [city, region] of [
      ['临夏市', '622901'],
      ['X', null],
      ['Y', ''],
    ] as const) {
      for (const station of ['A', 'B', 'C']) {
        for (const date of ['2023-03-01', '2023-03-02']) {
          // The second day of city X is labelled 0…23; hour 25 and 1.5 are not hours at all.
          const hours =
            city === 'X' && date === '2023-03-02' ? [...Array(24).keys()] : [...Array(24).keys()].map((h) => h + 1);
          for (const hour of [...hours, 25, 1.5]) {
            if ((station === 'C' && hour % 3 === 0) || (station === 'B' && city === 'Y')) continue;
            rows.push({
              station,
              city,
              region,
              date,
              hour,
              so2: v(),
              no2: v(),
              pm10: v(),
              co: v(),
              o3: v(),
              pm25: v(),
            });
          }
        }
      }
    }
    // Rows arrive interleaved (by hour across stations), not grouped by city-day.
    const shuffled = [...rows].sort((a, b) => a.hour - b.hour || a.station.localeCompare(b.station));
    for (const input of [rows, shuffled]) {
      const expected = buildCityDays(averageStations(input), []);
      expect(buildCityDaysFromStations(input, [])).toEqual(expected);
      expect(expected.some((d) => d.notes.some((x) => x.includes('时次 25')))).toBe(true);
    }
  });
});
