// 双随机 at provincial scale: 200,000 enterprises (generated, inserted in chunks) and 200
// inspectors. Measured separately: freezing (reading the pools, hashing them, writing the
// frozen rows) and the draw itself (runDraw over the frozen pools: goal under 1 s), then the
// service's reveal (load, re-hash, draw, store) and a full verification.
import { DrawRulesSchema, type PoolInspector } from '../src/core/draws/draw-types.ts';
import { hashPools } from '../src/core/draws/pool-hash.ts';
import { runDraw } from '../src/core/draws/run-draw.ts';
import { INDUSTRIES } from '../src/core/enterprises/industries.ts';
import { normalizeEnterpriseName } from '../src/core/enterprises/normalize-name.ts';
import { testCreditCode } from '../src/core/enterprises/test-codes.ts';
import { DEFAULT_ORG } from '../src/core/org/default-org.ts';
import { createServices } from '../src/modules/services.ts';
import { SYSTEM_CTX } from '../src/modules/shared/context.ts';
import { createStore } from '../src/modules/store.ts';
import { firstStart } from '../src/server/bootstrap.ts';
import { type Benchmark, medianMs, time } from './harness.ts';

const ENTERPRISES = 200_000;
const INSPECTORS = 200;
const CHUNK = 1000;
const COUNTIES = ['622901', '622921', '622922', '622923', '622924', '622925', '622926', '622927'];
const INDUSTRY_MIX = INDUSTRIES.slice(0, 6);

/** Class by position: 60% A, 25% B, 10% C, 5% D, a plausible registry. */
function classOf(i: number): 'A' | 'B' | 'C' | 'D' {
  const r = (i * 7919) % 100;
  return r < 60 ? 'A' : r < 85 ? 'B' : r < 95 ? 'C' : 'D';
}

export const drawBenchmarks: Benchmark[] = [
  {
    name: 'draw (200k enterprises, 200 inspectors)',
    engines: ['sqlite', 'postgres'],
    async run(ctx) {
      const h = await ctx.freshDb();
      const services = createServices(createStore(h.db, h.engine), {
        org: DEFAULT_ORG,
        auth: { maxFailures: 5, lockMinutes: 15 },
      });
      await firstStart(services);
      const now = new Date().toISOString();

      const insert = await time(async () => {
        for (let start = 0; start < ENTERPRISES; start += CHUNK) {
          const rows = [];
          for (let i = start; i < Math.min(ENTERPRISES, start + CHUNK); i++) {
            const name = `基准测试企业${i + 1}有限公司`;
            rows.push({
              credit_code: testCreditCode(i + 1, COUNTIES[i % COUNTIES.length]),
              name,
              name_key: normalizeEnterpriseName(name),
              region_code: COUNTIES[i % COUNTIES.length] as string,
              industry: INDUSTRY_MIX[i % INDUSTRY_MIX.length] as string,
              licences_json: '[]',
              risk_class: classOf(i),
              risk_score: 0,
              // Scored today: freezing rescores only enterprises whose score is older than today.
              risk_computed_at: now,
              created_at: now,
              updated_at: now,
            });
          }
          await h.db.insertInto('enterprises').values(rows).execute();
        }
      });
      ctx.record({
        metric: `insert ${ENTERPRISES.toLocaleString('en')} enterprises (setup)`,
        value: insert.ms,
        unit: 'ms',
      });

      const inspectors: Omit<PoolInspector, 'id'>[] = Array.from({ length: INSPECTORS }, (_, i) => ({
        name: `检查员${i + 1}`,
        unit: '市场监督管理局',
        regionCode: COUNTIES[i % COUNTIES.length] as string,
        qualifications: [...INDUSTRY_MIX].sort(),
        conflicts: i < 20 ? [testCreditCode(i * 997 + 1, COUNTIES[(i * 997) % COUNTIES.length])] : [],
      }));
      await services.store.draws.insertInspectors(inspectors, now);
      const item = await services.inspectors.createItem({ name: '基准检查事项', legalBasis: '基准' }, SYSTEM_CTX);
      const plan = await services.draws.createPlan(
        { name: '基准抽查计划', rules: { avoidHomeRegion: true }, itemIds: [item.id] },
        SYSTEM_CTX,
      );
      const rules = DrawRulesSchema.parse({ avoidHomeRegion: true });

      // Freezing, piece by piece (the same steps the service takes).
      const read = await time(async () => {
        const [source, last, insp] = await Promise.all([
          services.store.draws.poolSource(rules),
          services.store.draws.lastInspectors(),
          services.store.draws.inspectors(true),
        ]);
        return { objects: source.map((o) => ({ ...o, lastInspectorIds: last.get(o.id) ?? [] })), inspectors: insp };
      });
      ctx.record({
        metric: 'freeze: read pools',
        value: read.ms,
        unit: 'ms',
        note: `${read.value.objects.length} objects`,
      });
      const snapshot = { planId: plan.id, name: plan.name, rules, items: [] };
      const poolInspectors = read.value.inspectors.map(({ active: _a, ...i }) => i);
      const hashMs = await medianMs(3, () => hashPools(snapshot, read.value.objects, poolInspectors));
      ctx.record({
        metric: 'freeze: hash pools (canonical JSON + SHA-256)',
        value: hashMs,
        unit: 'ms',
        note: 'median of 3',
      });
      const freeze = await time(() => services.draws.freeze(plan.id, SYSTEM_CTX));
      ctx.record({ metric: 'freeze: total (read, check, hash, write frozen rows)', value: freeze.ms, unit: 'ms' });

      // The draw itself, over the frozen pools as reveal loads them.
      const drawId = freeze.value.id;
      const [objects, frozenInspectors] = await Promise.all([
        services.store.draws.poolObjects(drawId),
        services.store.draws.poolInspectors(drawId),
      ]);
      const seed = 'b'.repeat(64);
      let drawn = 0;
      const drawMs = await medianMs(3, () => {
        drawn = runDraw({ rules, objects, inspectors: frozenInspectors, seed }).length;
      });
      ctx.record({
        metric: 'draw (runDraw over frozen pools)',
        value: drawMs,
        unit: 'ms',
        goal: '< 1000 ms',
        note: `median of 3; ${drawn} drawn`,
      });

      const reveal = await time(() => services.draws.reveal(drawId, SYSTEM_CTX));
      ctx.record({
        metric: 'reveal: total (load, re-hash, draw, store result)',
        value: reveal.ms,
        unit: 'ms',
        note: `${reveal.value.drawnCount} drawn`,
      });
      const verify = await time(() => services.draws.verify(drawId));
      ctx.record({
        metric: 'verify: total',
        value: verify.ms,
        unit: 'ms',
        note: verify.value.verified ? 'verified' : 'NOT verified',
      });
    },
  },
];
