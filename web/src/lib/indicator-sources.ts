// Which import kinds feed an indicator, so an empty indicator can say what to import and offer
// the template. The detail API names its record tables (`sources`); the board does not, so the
// catalogue's sources (src/core/indicators/catalogue.ts) are repeated here per code.

/** Record table (migration 20261128010000-records) → import kind (src/core/records/kind-spec.ts). */
const TABLE_KINDS: Record<string, string> = {
  food_samples: 'food',
  agri_samples: 'agri',
  product_checks: 'product',
  drug_samples: 'drug',
  essential_drugs: 'essential-drugs',
  drug_manufacturers: 'drug-manufacturers',
  construction_acceptances: 'construction',
  water_projects: 'water-projects',
  water_project_checks: 'water-project-checks',
  air_hourly: 'air-hourly',
  air_daily: 'air-daily',
  water_samples: 'water',
  effluent_samples: 'effluent',
  sewage_volumes: 'sewage',
  survey_responses: 'survey',
  reported_values: 'reported',
};

const CODE_KINDS: Record<string, string[]> = {
  key_consumer_pass_rate: ['product'],
  manufacturing_pass_rate: ['product'],
  agri_pass_rate: ['agri'],
  food_pass_rate: ['food'],
  essential_drug_coverage: ['drug', 'essential-drugs'],
  service_satisfaction: ['survey'],
  construction_first_pass_rate: ['construction'],
  water_project_pass_rate: ['water-project-checks'],
  water_project_test_rate: ['water-projects', 'water-project-checks'],
  large_water_project_excellent_rate: ['water-project-checks', 'water-projects'],
  air_good_days_ratio: ['air-daily', 'air-hourly'],
  pm10_decrease: ['air-daily', 'air-hourly'],
  pm25_decrease: ['air-daily', 'air-hourly'],
  drinking_water_rate: ['water'],
  state_section_rate: ['water'],
  sewage_treatment_rate: ['sewage'],
  effluent_1a_rate: ['effluent'],
  drug_qc_lab_rate: ['drug-manufacturers'],
};

/** The indicator codes pages link to by name. */
export const FOOD_INDICATOR = 'food_pass_rate';
export const AIR_GOOD_DAYS_INDICATOR = 'air_good_days_ratio';

/** Import kinds for an indicator; reported values (counts, areas, outputs) are the fallback. */
export function importKindsFor(code: string, sources?: readonly string[]): string[] {
  const fromSources = (sources ?? []).map((t) => TABLE_KINDS[t]).filter((k): k is string => Boolean(k));
  if (fromSources.length > 0) return [...new Set(fromSources)];
  return CODE_KINDS[code] ?? ['reported'];
}
