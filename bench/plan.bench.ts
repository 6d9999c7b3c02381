// Foundation figures: parsing the bundled plan, and a cold start (migrate + first-start setup).
import { readFileSync } from 'node:fs';
import { DEFAULT_ORG } from '../src/core/org/default-org.ts';
import { parsePlan } from '../src/core/plan/parse-plan.ts';
import { createServices } from '../src/modules/services.ts';
import { createStore } from '../src/modules/store.ts';
import { BUNDLED_PLAN, firstStart } from '../src/server/bootstrap.ts';
import { type Benchmark, medianMs, time } from './harness.ts';

export const planBenchmarks: Benchmark[] = [
  {
    name: 'plan parse (seed, 9.5k chars)',
    engines: ['-'],
    async run(ctx) {
      const text = readFileSync(BUNDLED_PLAN, 'utf8');
      ctx.record({ metric: 'median of 50', value: await medianMs(50, () => parsePlan(text)), unit: 'ms' });
    },
  },
  {
    name: 'first start (migrate, org, admin, plan import)',
    engines: ['sqlite', 'postgres'],
    async run(ctx) {
      const { ms } = await time(async () => {
        const h = await ctx.freshDb();
        const services = createServices(createStore(h.db, h.engine), {
          org: DEFAULT_ORG,
          auth: { maxFailures: 5, lockMinutes: 15 },
        });
        await firstStart(services);
      });
      ctx.record({ metric: 'wall time', value: ms, unit: 'ms' });
    },
  },
];
