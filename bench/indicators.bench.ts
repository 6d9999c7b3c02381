// Indicators over 1,000,000 food sampling records (plus a demo year of everything else):
//  - all indicators × the 州 and 8 counties × 12 months (and quarters, YTD, year), cold,
//    against one hand-written GROUP BY over the same table;
//  - the time from appending 1,000 records to the board showing them;
//  - the board endpoint under load (autocannon, 50 connections, in a separate process).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { testConfig } from '../src/config/config.ts';
import { DEFAULT_ORG } from '../src/core/org/default-org.ts';
import type { DbHandle } from '../src/db/connection.ts';
import { createServices, type Services } from '../src/modules/services.ts';
import { SYSTEM_CTX } from '../src/modules/shared/context.ts';
import { createStore } from '../src/modules/store.ts';
import { hashPassword } from '../src/modules/users/password-hash.ts';
import { buildApp } from '../src/server/app.ts';
import { firstStart } from '../src/server/bootstrap.ts';
import { type Benchmark, time } from './harness.ts';

const FOOD_ROWS = Number(process.env.ZL_BENCH_FOOD_ROWS ?? 1_000_000);
const YEAR = 2023;
const COUNTY_CODES = ['622901', '622921', '622922', '622923', '622924', '622925', '622926', '622927'];

function services(h: DbHandle): Services {
  return createServices(createStore(h.db, h.engine), { org: DEFAULT_ORG, auth: { maxFailures: 5, lockMinutes: 15 } });
}

/** Bulk food rows straight into the table: the benchmark's fixture, not an import path. */
async function insertFood(h: DbHandle, from: number, n: number): Promise<void> {
  const chunk = h.engine === 'postgres' ? 1000 : 500;
  await h.db.transaction().execute(async (trx) => {
    for (let i = from; i < from + n; i += chunk) {
      const rows = [];
      for (let j = i; j < Math.min(i + chunk, from + n); j++) {
        const month = String((j % 12) + 1).padStart(2, '0');
        const day = String((j % 28) + 1).padStart(2, '0');
        rows.push({
          natural_key: `bench:${j}`,
          region_code: j % 97 === 0 ? null : (COUNTY_CODES[j % 8] as string),
          date: `${YEAR}-${month}-${day}`,
          sampled_unit_name: `被抽样单位${j % 5000}`,
          product_name: `食品${j % 300}`,
          sampling_type: j % 10 === 0 ? '风险监测' : '监督抽检',
          passed: j % 37 === 0 ? 0 : 1,
        });
      }
      await trx.insertInto('food_samples').values(rows).execute();
    }
  });
}

const baselineSql = (h: DbHandle) =>
  sql`select region_code, substr(date, 1, 7) as month, count(*) as n, sum(passed) as passed
      from food_samples
      where date >= ${`${YEAR}-01-01`} and date <= ${`${YEAR}-12-31`} and sampling_type = '监督抽检'
      group by region_code, substr(date, 1, 7)`.execute(h.db);

async function loadBoard(s: Services) {
  return s.indicators.list({ year: YEAR, region: '622900', period: String(YEAR) });
}

const execFileP = promisify(execFile);

export const indicatorBenchmarks: Benchmark[] = [
  {
    name: `indicators over ${FOOD_ROWS.toLocaleString('en')} food records`,
    engines: ['sqlite', 'postgres'],
    async run(ctx) {
      const h = await ctx.freshDb();
      const base = services(h);
      await firstStart(base);
      await base.demo.generate({ year: YEAR }, SYSTEM_CTX);
      const load = await time(() => insertFood(h, 0, FOOD_ROWS));
      ctx.record({ metric: 'fixture load (bulk insert)', value: load.ms / 1000, unit: 's' });
      if (h.engine === 'postgres') await sql`analyze`.execute(h.db);
      else await sql`analyze`.execute(h.db);

      // Warm the database pages once for both, then time each cold in the application sense.
      await baselineSql(h);
      const baseline = (await time(() => baselineSql(h))).ms;
      const cold = await time(() => services(h).indicators.matrix(YEAR));
      const warmSvc = services(h);
      await warmSvc.indicators.matrix(YEAR);
      const warm = (await time(() => warmSvc.indicators.matrix(YEAR))).ms;
      ctx.record({ metric: 'single GROUP BY (food, region × month)', value: baseline, unit: 'ms' });
      ctx.record({
        metric: 'all indicators × 9 regions × 18 periods, cold',
        value: cold.ms,
        unit: 'ms',
        goal: h.engine === 'sqlite' ? '< 1000 ms' : undefined,
        note: `${cold.value.values.length} values`,
      });
      ctx.record({ metric: 'ratio cold / GROUP BY', value: cold.ms / baseline, unit: '×', goal: '≤ 1.5×' });
      ctx.record({ metric: 'same, warm (unchanged data)', value: warm, unit: 'ms' });

      // Appending 1,000 records: from the start of the write to the board showing them.
      const before = await loadBoard(warmSvc);
      const food = (b: typeof before) =>
        b.items.find((i: { code: string }) => i.code === 'food_pass_rate')?.denominator ?? 0;
      const append = await time(async () => {
        await insertFood(h, FOOD_ROWS, 1000);
        await warmSvc.indicators.bumpDataVersion('food_samples');
        return loadBoard(warmSvc);
      });
      ctx.record({
        metric: 'append 1,000 records → board shows them',
        value: append.ms,
        unit: 'ms',
        note: `food denominator +${food(append.value) - food(before)}`,
      });

      // The board endpoint under load, measured from a separate process.
      const app = await buildApp({ config: testConfig(), services: warmSvc, sessionKey: Buffer.alloc(32, 3) });
      await warmSvc.store.users.insert({
        username: 'bench',
        displayName: 'bench',
        passwordHash: await hashPassword('Bench-password-1'),
        role: 'viewer',
        unitId: null,
        regionCode: null,
        mustChangePassword: false,
        now: new Date(Date.now() - 1000).toISOString(),
      });
      const url = await app.listen({ port: 0, host: '127.0.0.1' });
      try {
        const s = await fetch(`${url}/api/auth/session`);
        const csrf = (await s.json()).csrfToken;
        const cookie0 = s.headers.get('set-cookie')?.split(';')[0] ?? '';
        const login = await fetch(`${url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: cookie0 },
          body: JSON.stringify({ username: 'bench', password: 'Bench-password-1' }),
        });
        const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
        const target = `${url}/api/indicators?year=${YEAR}&region=622900&period=${YEAR}`;
        await fetch(target, { headers: { cookie } });
        const { stdout } = await execFileP(
          'npx',
          ['autocannon', '-c', '50', '-d', '10', '-j', '-H', `cookie=${cookie}`, target],
          { maxBuffer: 16 * 1024 * 1024 },
        );
        const r = JSON.parse(stdout);
        ctx.record({
          metric: 'board under load: requests/s',
          value: r.requests.average,
          unit: 'req/s',
          note: `${r.non2xx} non-2xx`,
        });
        ctx.record({ metric: 'board under load: p99 latency', value: r.latency.p99, unit: 'ms', goal: '< 50 ms' });
      } finally {
        await app.close();
      }
    },
  },
];
