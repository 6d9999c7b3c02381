// Computing straight from a file, without the database: the daily AQI of every city-day in an
// air table, and the GB 3838 class of every sample in a water table. The CLI prints these.
import { AppError } from '../../core/errors/app-error.ts';
import { averageStations, buildCityDays, type CityDay } from '../../core/indicators/air-days.ts';
import { airTableFromRows, type RowProblem, waterTableFromRows } from '../../core/indicators/file-tables.ts';
import { isDrinkingSource, waterBodyOf } from '../../core/indicators/record-results.ts';
import { formatMeasurement, meetsDrinkingWaterSource, type WaterClass } from '../../core/standards/index.ts';
import { readTableRows } from './read-table-rows.ts';

export interface AirFileResult {
  file: string;
  kind: 'hourly' | 'daily';
  days: CityDay[];
  problems: RowProblem[];
}

export async function airDailyFromFile(
  bytes: Buffer,
  fileName: string,
  opts: { hourLabel?: 'end' | 'start' } = {},
): Promise<AirFileResult> {
  const { header, rows } = await readTableRows(bytes, fileName);
  const table = airTableFromRows(header, rows, opts);
  if (table.hours.length === 0 && table.daily.length === 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `文件「${fileName}」中没有可计算的空气质量数据`,
      table.problems
        .slice(0, 20)
        .map((p) => ({ file: fileName, row: p.row, ...(p.column ? { column: p.column } : {}), message: p.message })),
    );
  }
  return {
    file: fileName,
    kind: table.kind,
    days: buildCityDays(averageStations(table.hours), table.daily),
    problems: table.problems,
  };
}

export interface WaterSampleResult {
  row: number;
  site: string;
  type: string | null;
  county: string | null;
  date: string | null;
  waterBody: 'river' | 'lake';
  standard: 'GB 3838-2002';
  /** The sample's class; null when a detection limit leaves it between two classes. */
  class: WaterClass | null;
  possibleClasses: [WaterClass, WaterClass] | null;
  grade: string | null;
  /** Items that decide the class. */
  decidingItems: { item: string; name: string; class: WaterClass | null; value: string }[];
  mainPollutants: string[];
  undecidedItems: string[];
  referenceItems: Record<string, string>;
  /** Whether the sample meets a centralized drinking-water source's standard (Table 1 ≤ III and Table 2). */
  drinkingWaterSource: {
    applies: boolean;
    meets: boolean | null;
    table1MeetsClassIII: boolean | null;
    table2Exceedances: { item: string; name: string; value: string; limit: number }[];
    missingTable2Items: string[];
  };
  unknownColumns: string[];
}

export async function waterClassFromFile(
  bytes: Buffer,
  fileName: string,
): Promise<{ file: string; samples: WaterSampleResult[]; problems: RowProblem[] }> {
  const { header, rows } = await readTableRows(bytes, fileName);
  const { samples, problems } = waterTableFromRows(header, rows);
  if (samples.length === 0 || problems.some((p) => p.row === 1 && p.message.startsWith('未找到'))) {
    throw new AppError(
      'VALIDATION_FAILED',
      `文件「${fileName}」中没有可评价的水质数据`,
      problems.slice(0, 20).map((p) => ({ file: fileName, row: p.row, message: p.message })),
    );
  }
  return {
    file: fileName,
    problems,
    samples: samples.map((s): WaterSampleResult => {
      const body = waterBodyOf(s.waterBody);
      const r = meetsDrinkingWaterSource(s.items.values, { waterBody: body });
      const t1 = r.table1;
      return {
        row: s.row,
        site: s.site,
        type: s.type,
        county: s.county,
        date: s.date,
        waterBody: body,
        standard: 'GB 3838-2002',
        class: t1.class,
        possibleClasses:
          t1.class === null && t1.bestPossibleClass && t1.worstPossibleClass
            ? [t1.bestPossibleClass, t1.worstPossibleClass]
            : null,
        grade: t1.grade,
        decidingItems: t1.items
          .filter((i) => t1.limitingItems.includes(i.item))
          .map((i) => ({ item: i.item, name: i.name, class: i.class, value: formatMeasurement(i.value) })),
        mainPollutants: t1.mainPollutants.map((p) => p.label),
        undecidedItems: t1.undecidedItems,
        referenceItems: Object.fromEntries(Object.entries(t1.referenceItems).map(([k, v]) => [k, String(v)])),
        drinkingWaterSource: {
          applies: s.type === null || isDrinkingSource(s.type),
          meets: r.meets,
          table1MeetsClassIII: r.table1MeetsClassIII,
          table2Exceedances: r.table2Exceedances.map((c) => ({
            item: c.item,
            name: c.name,
            value: formatMeasurement(c.value),
            limit: c.limit,
          })),
          missingTable2Items: r.missingTable2Items,
        },
        unknownColumns: s.items.unknown,
      };
    }),
  };
}

/** The JSON form of a city-day for the file command: what was used and what came out. */
export function cityDayReport(d: CityDay) {
  return {
    city: d.city,
    date: d.date,
    source: d.source,
    standard: d.standard,
    concentrations: d.concentrations,
    iaqi: d.iaqi,
    aqi: d.aqi,
    level: d.level,
    category: d.category,
    colour: d.colour,
    primaryPollutants: d.primaryPollutants,
    valid: d.valid,
    good: d.good,
    validity: d.validity,
    missing: d.missing,
    reportedAqi: d.reportedAqi,
    aqiMismatch: d.aqiMismatch,
    notes: d.notes,
  };
}
