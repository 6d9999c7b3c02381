// Loads the engine's inputs for a year, one SQL aggregate per table, and keeps them while the
// table's data stamp (data-version counter, row count, highest id) is unchanged. Values are
// therefore computed on request and current as soon as a write lands; a repeated request only
// pays for the stamp query. Each table is cached on its own, so a new report does not make the
// million food samples be aggregated again.
import { buildCityDays, type CityDay } from '../../core/indicators/air-days.ts';
import type { IndicatorInputs } from '../../core/indicators/inputs.ts';
import { parseEffluentItems, parseWaterItems } from '../../core/indicators/measured-values.ts';
import { FOOD_COUNTED_TYPE } from '../../core/indicators/record-results.ts';
import type { IndicatorRepository, StampedTable } from './indicator-repository.ts';

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
    load: async (r, ys): Promise<CityDay[]> => buildCityDays(await r.airCityHours(ys), await r.airDaily(ys)),
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

type SourceName = keyof typeof SOURCES;

/** Years kept in memory per source; older entries are dropped first. */
const MAX_YEARS = 4;

export interface InputsCache {
  /** The inputs of a year, reloading only the sources whose tables changed; and the stamp they match. */
  load(year: number, prefecture: string): Promise<{ inputs: IndicatorInputs; stamp: string }>;
  clear(): void;
}

export function inputsCache(repo: IndicatorRepository): InputsCache {
  const entries = new Map<string, { stamp: string; value: Promise<unknown> }>();

  function get<K extends SourceName>(
    name: K,
    year: number,
    stamps: Record<StampedTable, string>,
  ): Promise<IndicatorInputs[K]> {
    const src = SOURCES[name] as Loader<IndicatorInputs[K]>;
    const stamp = src.tables.map((t) => stamps[t]).join('|');
    const key = `${name}:${src.years === 'all' ? 'all' : year}`;
    const hit = entries.get(key);
    if (hit && hit.stamp === stamp) return hit.value as Promise<IndicatorInputs[K]>;
    const ys = src.years === 'two-years' ? [year - 1, year] : [year];
    const value = src.load(repo, ys);
    // A failed load must not stay cached.
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    entries.delete(key);
    entries.set(key, { stamp, value });
    const sameSource = [...entries.keys()].filter((k) => k.startsWith(`${name}:`));
    if (sameSource.length > MAX_YEARS) entries.delete(sameSource[0] as string);
    return value;
  }

  return {
    async load(year, prefecture) {
      const stamps = await repo.dataStamp();
      const names = Object.keys(SOURCES) as SourceName[];
      // Sequential: one connection serves SQLite anyway, and it keeps PostgreSQL's pool free.
      const inputs = { year, prefecture } as IndicatorInputs;
      for (const name of names) (inputs as unknown as Record<string, unknown>)[name] = await get(name, year, stamps);
      return { inputs, stamp: stampKey(stamps) };
    },
    clear: () => entries.clear(),
  };
}

function stampKey(stamps: Record<StampedTable, string>): string {
  return Object.values(stamps).join('|');
}
