// Demo data: generate a plausible year for the default 州 (replacing that year's previous demo
// rows), report what is there, and remove it all. Each table is written in its own transaction
// so a year of air data does not hold one giant transaction open; removal is one transaction.
import { createHash } from 'node:crypto';
import { DEMO_TABLES, type DemoTable } from '../../core/demo/demo-rows.ts';
import { DEFAULT_DEMO_SEED, generateDemoYear } from '../../core/demo/generate-demo-year.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { RECORD_TABLES } from '../records/record-tables.ts';
import { nowIso } from '../shared/clock.ts';
import { auditActor, type Ctx } from '../shared/context.ts';
import type { Store } from '../store.ts';
import { type SupervisionDeps, type SupervisionReport, supervisionLoader } from './demo-supervision.ts';

/** Set (to who and when) once a person removes demo data: a later start must not bring it back. */
export const DEMO_REMOVED_META_KEY = 'demo.removed';

export interface DemoRequest {
  year: number;
  seed?: string;
  scale?: number;
}

export interface DemoGenerated {
  year: number;
  seed: string;
  scale: number;
  /** Rows written per table (essential_drugs: varieties added to the list). */
  counts: Record<DemoTable, number>;
  ms: number;
  /** The supervision loop (registry, inspectors, trace, cases, incidents), when its services were given. */
  supervision?: SupervisionReport;
}

export interface DemoStatus {
  present: boolean;
  counts: Record<DemoTable, number>;
}

/** The import kind of a table, as the importers record it (food, air-hourly, …). */
function importKind(table: DemoTable): string {
  return Object.entries(RECORD_TABLES).find(([, t]) => t.table === table)?.[0] ?? table;
}

export function demoService(store: Store, deps?: SupervisionDeps) {
  const supervision = deps ? supervisionLoader(store, deps) : null;
  // Generation and removal take seconds; a second request meanwhile would interleave with it.
  let busy = false;
  async function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (busy) throw new AppError('DEMO_BUSY');
    busy = true;
    try {
      return await fn();
    } finally {
      busy = false;
    }
  }

  async function generate(req: DemoRequest, ctx: Ctx): Promise<DemoGenerated> {
    const { year } = req;
    const seed = req.seed ?? DEFAULT_DEMO_SEED;
    const scale = req.scale ?? 1;
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new AppError('DEMO_YEAR_INVALID');
    if (!(scale > 0 && scale <= 1)) throw new AppError('VALIDATION_FAILED', '比例须大于 0 且不大于 1');
    return exclusive(async () => {
      const started = performance.now();
      const data = generateDemoYear({ year, seed, scale });
      const actor = auditActor(ctx);
      // The previous generation's supervision rows hang off the rows about to be replaced.
      if (supervision) await supervision.remove();
      const counts = {} as Record<DemoTable, number>;
      for (const table of DEMO_TABLES) {
        if (table === 'essential_drugs') {
          counts[table] = await store.transaction(async (r) => {
            const added = await r.demo.addEssentialDrugs(data.essential_drugs);
            await r.indicators.bumpDataVersion([table]);
            return added;
          });
          continue;
        }
        const rows = data[table];
        const startedAt = nowIso();
        await store.transaction(async (r) => {
          await r.demo.deleteYear(table, year);
          const importId = await r.demo.insertImport({
            kind: importKind(table),
            // The content identity of what was written, as for an imported file.
            sha256: createHash('sha256').update(JSON.stringify(rows)).digest('hex'),
            rowCount: rows.length,
            actorId: actor.actorId,
            actorName: actor.actorName,
            startedAt,
            finishedAt: nowIso(),
          });
          await r.demo.insertRows(table, rows, importId);
          await r.indicators.bumpDataVersion([table]);
        });
        counts[table] = rows.length;
      }
      const loop = supervision ? await supervision.load(data.food_samples, { year, seed, scale }, ctx) : undefined;
      const ms = Math.round(performance.now() - started);
      await store.audit.record({
        ...actor,
        action: 'demo.generated',
        entity: 'demo',
        entityId: year,
        after: { year, seed, scale, counts, ms, supervision: loop },
      });
      return { year, seed, scale, counts, ms, ...(loop ? { supervision: loop } : {}) };
    });
  }

  return {
    generate,

    async status(): Promise<DemoStatus> {
      const counts = await store.demo.countDemo();
      return { present: Object.values(counts).some((n) => n > 0), counts };
    },

    /** Deletes every demo row (and demo imports) in one transaction; real rows are untouched. */
    async remove(ctx: Ctx): Promise<{ removed: Record<string, number> }> {
      const actor = auditActor(ctx);
      return exclusive(() =>
        store.transaction(async (r) => {
          const loop = supervision ? await supervision.removeIn(r, ctx) : {};
          const removed = { ...loop, ...(await r.demo.removeAll()) };
          await r.indicators.bumpDataVersion(DEMO_TABLES);
          await r.meta.set(DEMO_REMOVED_META_KEY, JSON.stringify({ at: nowIso(), by: actor.actorName }));
          await r.audit.record({
            ...actor,
            action: 'demo.removed',
            entity: 'demo',
            entityId: null,
            after: { removed },
          });
          return { removed };
        }),
      );
    },

    /**
     * On a first start: the demo year when the database has no records at all and no person
     * has ever removed demo data; otherwise nothing (null).
     */
    async loadIfFresh(year: number, ctx: Ctx, scale = 1): Promise<DemoGenerated | null> {
      if ((await store.meta.get(DEMO_REMOVED_META_KEY)) !== null) return null;
      if (await store.demo.anyRecords()) return null;
      return generate({ year, scale }, ctx);
    },
  };
}

export type DemoService = ReturnType<typeof demoService>;
