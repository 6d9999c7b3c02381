// One plausible year of records for the default 州, deterministic from a seed: the same seed,
// year and scale give the same rows on every run. Each table draws from its own random stream,
// so changing one generator does not reshuffle the others.
import { generateAgriSamples } from './agri-samples.ts';
import { generateAir } from './air-quality.ts';
import type { DemoDataset } from './demo-rows.ts';
import { essentialDrugRows, generateDrugManufacturers, generateDrugSamples } from './drug-records.ts';
import { generateEffluentSamples, generateSewageVolumes } from './effluent-and-sewage.ts';
import { generateFoodSamples } from './food-samples.ts';
import { generateProductChecks } from './product-checks.ts';
import { generateConstructionAcceptances, generateWaterProjects } from './project-records.ts';
import { createRandom } from './random.ts';
import { generateReportedValues } from './reported-values.ts';
import { CreditCodeBook, type DemoSupervision, generateSupervision, linkProducers } from './supervision.ts';
import { generateSurveyResponses } from './survey-responses.ts';
import { generateWaterSamples } from './water-samples.ts';

export const DEFAULT_DEMO_SEED = 'zhiliang-demo';
/** The bundled plan's year. */
export const DEFAULT_DEMO_YEAR = 2023;

export interface DemoOptions {
  year: number;
  seed?: string;
  /**
   * Volume factor for the large tables (food, agriculture, products, drugs, surveys, air days);
   * 1 is a real prefecture's year. Small registries and monthly series are not scaled.
   */
  scale?: number;
}

export function generateDemoYear(options: DemoOptions): DemoDataset {
  const { year } = options;
  const scale = options.scale ?? 1;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new RangeError(`year out of range: ${year}`);
  if (!(scale > 0 && scale <= 1)) throw new RangeError(`scale must be in (0, 1]: ${scale}`);
  const root = createRandom(`${options.seed ?? DEFAULT_DEMO_SEED}:${year}:${scale}`);
  const rng = (table: string) => root.fork(table);
  const water = generateWaterProjects(year, rng('water_projects'));
  const air = generateAir(year, rng('air'), scale);
  const food = generateFoodSamples(year, rng('food_samples'), scale);
  // Producers get one credit code per name, and failed market batches their supplier.
  linkProducers(food, rng('producers'), new CreditCodeBook(creditSeed(options)));
  return {
    food_samples: food,
    agri_samples: generateAgriSamples(year, rng('agri_samples'), scale),
    product_checks: generateProductChecks(year, rng('product_checks'), scale),
    drug_samples: generateDrugSamples(year, rng('drug_samples'), scale),
    essential_drugs: essentialDrugRows(),
    drug_manufacturers: generateDrugManufacturers(year, rng('drug_manufacturers')),
    construction_acceptances: generateConstructionAcceptances(year, rng('construction_acceptances')),
    water_projects: water.projects,
    water_project_checks: water.checks,
    air_hourly: air.hourly,
    air_daily: air.daily,
    water_samples: generateWaterSamples(year, rng('water_samples')),
    effluent_samples: generateEffluentSamples(year, rng('effluent_samples')),
    sewage_volumes: generateSewageVolumes(year, rng('sewage_volumes')),
    survey_responses: generateSurveyResponses(year, rng('survey_responses'), scale),
    reported_values: generateReportedValues(year, rng('reported_values')),
  };
}

function creditSeed(options: DemoOptions): string {
  return `${options.seed ?? DEFAULT_DEMO_SEED}:${options.year}:credit`;
}

/**
 * The supervision loop over a generated year's food rows: registry, inspectors, plan, trace
 * events of the failed batches, case outcomes and incidents. `now` bounds event times.
 */
export function generateDemoSupervision(
  food: DemoDataset['food_samples'],
  options: DemoOptions & { now: Date },
): DemoSupervision {
  const scale = options.scale ?? 1;
  const book = new CreditCodeBook(creditSeed(options));
  for (const r of food)
    if (r.producer_name && r.producer_credit_code) book.learn(r.producer_name, r.producer_credit_code);
  const rng = createRandom(`${options.seed ?? DEFAULT_DEMO_SEED}:${options.year}:${scale}`).fork('supervision');
  return generateSupervision(food, options.year, rng, scale, book, options.now);
}
