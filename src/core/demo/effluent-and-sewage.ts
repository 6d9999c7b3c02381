// Town sewage plants: monthly effluent samples (GB 18918 一级A items, with the water temperature
// that selects the NH3-N limit) and monthly treated/total volumes per county seat. Effluent meets
// 一级A except a few samples: total nitrogen in the cold months, when denitrification slows, and
// ammonia once in summer. Treatment rates run 93–98 %, two counties below the 95 % target.
import { daysInMonth, demoKey, isoDate } from './demo-calendar.ts';
import { DEMO_COUNTIES } from './demo-regions.ts';
import type { EffluentSampleRow, SewageVolumeRow } from './demo-rows.ts';
import type { Random } from './random.ts';

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** Forced exceedances so every year shows some: county index and month. */
const TN_EXCEEDANCE = { county: 2, month: 1 };
const NH3_EXCEEDANCE = { county: 6, month: 7 };

export function plantName(shortName: string): string {
  return `${shortName}污水处理厂`;
}

export function generateEffluentSamples(year: number, rng: Random): EffluentSampleRow[] {
  const rows: EffluentSampleRow[] = [];
  DEMO_COUNTIES.forEach((county, ci) => {
    const r = rng.fork(county.code);
    for (let month = 1; month <= 12; month++) {
      const cold = month <= 3 || month >= 12;
      // Effluent is warmer than the river: about 10 ℃ in January, 21 ℃ in July.
      const temp = round(15.5 - 5.5 * Math.cos((2 * Math.PI * (month - 1)) / 12) + r.float(-0.8, 0.8), 1);
      const tnOver = (ci === TN_EXCEEDANCE.county && month === TN_EXCEEDANCE.month) || (cold && r.chance(0.03));
      const nh3Over = (ci === NH3_EXCEEDANCE.county && month === NH3_EXCEEDANCE.month) || (!cold && r.chance(0.01));
      const nh3 = nh3Over
        ? r.float(5.4, 7.2)
        : temp > 12
          ? r.float(0.3, 3.5)
          : // Cold water: above 5 is still within the ≤ 12 ℃ limit of 8.
            r.float(0.8, 6.5);
      const items = {
        COD: Math.round(r.float(18, 42)),
        BOD5: round(r.float(4, 9.5), 1),
        SS: Math.round(r.float(4, 9)),
        animal_vegetable_oil: round(r.float(0.1, 0.6), 2),
        petroleum: r.chance(0.4) ? '<0.06' : round(r.float(0.06, 0.5), 2),
        LAS: r.chance(0.4) ? '<0.05' : round(r.float(0.05, 0.3), 2),
        TN: round(tnOver ? r.float(15.5, 18.5) : r.float(7, 13.5), 1),
        'NH3-N': round(nh3, 2),
        TP: round(r.float(0.1, 0.42), 2),
        color_dilution_factor: r.pick([8, 10, 16, 20, 24]),
        pH: round(r.float(6.8, 7.8), 1),
        fecal_coliform: Math.round(r.float(20, 800)),
        water_temperature: temp,
      };
      rows.push({
        natural_key: demoKey(year, 'effluent', county.code, month),
        region_code: county.code,
        date: isoDate(year, month, r.int(5, 25)),
        plant_name: plantName(county.shortName),
        items_json: JSON.stringify(items),
      });
    }
  });
  return rows;
}

/** Treated share by county (广河县 and 东乡县 below 95 %). */
const TREATED_SHARE: Record<string, number> = {
  '622901': 0.975,
  '622921': 0.962,
  '622922': 0.955,
  '622923': 0.968,
  '622924': 0.944,
  '622925': 0.958,
  '622926': 0.936,
  '622927': 0.951,
};

export function generateSewageVolumes(year: number, rng: Random): SewageVolumeRow[] {
  const rows: SewageVolumeRow[] = [];
  for (const county of DEMO_COUNTIES) {
    const r = rng.fork(county.code);
    const city = county.code === '622901';
    // 万立方米 a month: the city about 4 万 m³/d, county seats 0.6–1.4 万 m³/d.
    const base = city ? 125 : 18 + county.weight * 180;
    for (let month = 1; month <= 12; month++) {
      const total = round(base * (month >= 6 && month <= 9 ? 1.08 : 1) * r.float(0.94, 1.06), 2);
      const share = Math.min(0.995, (TREATED_SHARE[county.code] ?? 0.95) + r.float(-0.012, 0.012));
      rows.push({
        natural_key: demoKey(year, 'sewage', county.code, month),
        region_code: county.code,
        date: isoDate(year, month, daysInMonth(year, month)),
        area: city ? '临夏市城区' : `${county.shortName}县城`,
        treated: round(total * share, 2),
        total,
      });
    }
  }
  return rows;
}
