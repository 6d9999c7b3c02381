// Loads the engine's inputs for a year, one SQL aggregate per table, and keeps each source while
// the data versions of the tables it reads are unchanged. Writers bump the versions of exactly
// the tables they wrote, inside their transaction, so appending food samples reloads the food
// cells and nothing else: the city-days (daily AQI from ~70,000 hourly rows, the costly part)
// stay cached until an air table is written. The versions are read once per request (one query).
import { buildCityDaysFromStations, type CityDay } from '../../core/indicators/air-days.ts';
import type { IndicatorInputs } from '../../core/indicators/inputs.ts';
import { parseEffluentItems, parseWaterItems } from '../../core/indicators/measured-values.ts';
import { FOOD_COUNTED_TYPE } from '../../core/indicators/record-results.ts';
import type { DataStamp, IndicatorRepository, StampedTable } from './indicator-repository.ts';
import { LruCache } from './lru-cache.ts';

type Loader<T> = {
  tables: StampedTable[];
  years: 'year' | 'two-years' | 'all';
  load: (repo: IndicatorRepository, ys: number[]) => Promise<T>;
};

const SOURCES = {
  food: { tables: ['food_samples'], years: 'year', load: (r, ys) => r.foodCells(ys, FOOD_COUNTED_TYPE) },
  products: { tables: ['product_checks'], years: 'year', load: (r, ys) => r.productCells(ys) },
  agri: { tables: ['agri_samples'], years: 'year', load: (r, ys) => r.agriCells(ys) },
  drugSamples: { tables: ['drug_samples'], years: 'year', load: (r, ys) => r.drugSampleCells(ys) },
  essentialDrugs: { tables: ['essential_drugs'], years: 'all', load: (r) => r.essentialDrugsInScope() },
  drugManufacturers: { tables: ['drug_manufacturers'], years: 'all', load: (r) => r.drugManufacturers() },
  construction: { tables: ['construction_acceptances'], years: 'year', load: (r, ys) => r.constructionCells(ys) },
  waterProjects: { tables: ['water_projects'], years: 'all', load: (r) => r.waterProjects() },
  waterProjectChecks: {
    tables: ['water_project_checks'],
    years: 'year',
    load: (r, ys) => r.waterProjectCheckCells(ys),
  },
  // The PM comparison needs last year's days too; computing city-days is the costly part.
  airDays: {
    tables: ['air_hourly', 'air_daily'],
    years: 'two-years',
    load: async (r, ys): Promise<CityDay[]> =>
      buildCityDaysFromStations(await r.airStationHours(ys), await r.airDaily(ys)),
  },
  waterSamples: {
    tables: ['water_samples'],
    years: 'year',
    load: async (r, ys) => (await r.waterSamples(ys)).map((s) => ({ ...s, items: parseWaterItems(s.items) })),
  },
  effluent: {
    tables: ['effluent_samples'],
    years: 'year',
    load: async (r, ys) => (await r.effluentSamples(ys)).map((s) => ({ ...s, items: parseEffluentItems(s.items) })),
  },
  sewage: { tables: ['sewage_volumes'], years: 'year', load: (r, ys) => r.sewageCells(ys) },
  survey: { tables: ['survey_responses'], years: 'year', load: (r, ys) => r.surveyResponses(ys) },
  reported: { tables: ['reported_values'], years: 'two-years', load: (r, ys) => r.reportedValues(ys) },
} satisfies { [K in keyof Omit<IndicatorInputs, 'year' | 'prefecture'>]: Loader<IndicatorInputs[K]> };

export type SourceName = keyof typeof SOURCES;
const SOURCE_NAMES = Object.keys(SOURCES) as SourceName[];

/** Source × year entries kept (four years of every source); the oldest-used go first. */
const MAX_ENTRIES = 4 * SOURCE_NAMES.length;

export interface LoadedInputs {
  inputs: IndicatorInputs;
  /** The versions of every table the inputs were read from: equal keys, equal inputs. */
  key: string;
}

export interface InputsCache {
  /** The data stamp of this request (one query). */
  stamp(): Promise<DataStamp>;
  /** The inputs of a year as of `stamp`, loading only the sources whose tables changed. */
  load(year: number, prefecture: string, stamp: DataStamp): Promise<LoadedInputs>;
  /** Loads per source so far (tests check that a food write leaves the air alone). */
  loads(): Readonly<Record<SourceName, number>>;
  clear(): void;
}

export function inputsCache(repo: IndicatorRepository): InputsCache {
  const entries = new LruCache<string, { stamp: string; value: Promise<unknown> }>(MAX_ENTRIES);
  const loads = Object.fromEntries(SOURCE_NAMES.map((n) => [n, 0])) as Record<SourceName, number>;

  function get<K extends SourceName>(name: K, year: number, stamp: DataStamp): Promise<IndicatorInputs[K]> {
    const src = SOURCES[name] as Loader<IndicatorInputs[K]>;
    const versions = src.tables.map((t) => stamp[t]).join('|');
    const key = `${name}:${src.years === 'all' ? 'all' : year}`;
    const hit = entries.get(key);
    if (hit && hit.stamp === versions) return hit.value as Promise<IndicatorInputs[K]>;
    const ys = src.years === 'two-years' ? [year - 1, year] : [year];
    loads[name] += 1;
    const value = src.load(repo, ys);
    const entry = { stamp: versions, value };
    // A failed load must not stay cached.
    value.catch(() => entries.deleteIf(key, entry));
    entries.set(key, entry);
    return value;
  }

  return {
    stamp: () => repo.dataStamp(),
    async load(year, prefecture, stamp) {
      // All at once: SQLite's single connection runs them one after another anyway, and on
      // PostgreSQL the air hours (~70,000 rows to transfer) overlap the food aggregate.
      const inputs = { year, prefecture } as IndicatorInputs;
      const values = await Promise.all(SOURCE_NAMES.map((name) => get(name, year, stamp)));
      SOURCE_NAMES.forEach((name, i) => {
        (inputs as unknown as Record<string, unknown>)[name] = values[i];
      });
      return { inputs, key: SOURCE_NAMES.map((n) => SOURCES[n].tables.map((t) => stamp[t]).join('|')).join('/') };
    },
    loads: () => ({ ...loads }),
    clear: () => entries.clear(),
  };
}
