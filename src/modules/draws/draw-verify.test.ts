// Tampering with a frozen draw in the database, as someone with database access could, must fail
// verification and name what changed — through the service, the public API and the CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testEngines } from '../../../test/support/engines.ts';
import { verifyDrawCommand } from '../../cli/draw-commands.ts';
import { DEFAULT_ORG } from '../../core/org/default-org.ts';
import type { DbHandle } from '../../db/connection.ts';
import { firstStart } from '../../server/bootstrap.ts';
import { createServices, type Services } from '../services.ts';
import { SYSTEM_CTX } from '../shared/context.ts';
import { createStore } from '../store.ts';
import { seedDrawFixtures } from './test-fixtures.ts';

describe.each(testEngines())('draw verification detects tampering (%s)', (engine) => {
  let h: DbHandle;
  let s: Services;
  let drawId: number;

  beforeAll(async () => {
    h = await freshDatabase(engine);
    s = createServices(createStore(h.db, h.engine), { org: DEFAULT_ORG, auth: { maxFailures: 5, lockMinutes: 15 } });
    await firstStart(s);
    const fx = await seedDrawFixtures(s);
    drawId = (await s.draws.freeze(fx.planId, SYSTEM_CTX)).id;
    await s.draws.reveal(drawId, SYSTEM_CTX);
  });
  afterAll(() => h.close());

  it('refuses to reveal a draw whose frozen pool changed after freezing', async () => {
    const plan = (await s.draws.plans())[0];
    const d = await s.draws.freeze(plan?.id as number, SYSTEM_CTX);
    await h.db
      .updateTable('draw_pool_objects')
      .set({ name: '被改名的企业' })
      .where('draw_id', '=', d.id)
      .where('enterprise_id', '=', 1)
      .execute();
    await expect(s.draws.reveal(d.id, SYSTEM_CTX)).rejects.toMatchObject({
      code: 'DRAW_STATE',
      message: expect.stringContaining('检查对象名录'),
    });
    expect((await s.draws.verify(d.id)).verified).toBe(false);
  });

  it('verifies an untouched draw (CLI exit 0)', async () => {
    const { exitCode, output } = await verifyDrawCommand(s, drawId, false);
    expect(exitCode).toBe(0);
    expect(output).toContain('核验通过');
    expect(JSON.parse((await verifyDrawCommand(s, drawId, true)).output)).toMatchObject({ verified: true });
  });

  it('detects a changed stored result and names the enterprise (CLI exit 1)', async () => {
    const row = await h.db
      .selectFrom('draw_assignments')
      .select(['id', 'enterprise_id', 'inspector_ids_json'])
      .where('draw_id', '=', drawId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const original = row.inspector_ids_json;
    const ids = JSON.parse(original) as number[];
    const swapped = ids.includes(6) ? [...ids.filter((x) => x !== 6), 5].sort() : [ids[0] as number, 6];
    await h.db
      .updateTable('draw_assignments')
      .set({ inspector_ids_json: JSON.stringify(swapped) })
      .where('id', '=', row.id)
      .execute();
    const v = await s.draws.verify(drawId);
    expect(v.verified).toBe(false);
    expect(
      v.checks
        .filter((c) => !c.ok)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['result', 'result_hash']);
    const name = (await s.store.enterprises.findById(row.enterprise_id))?.name as string;
    expect(v.differences.join('\n')).toContain(name);
    const cli = await verifyDrawCommand(s, drawId, false);
    expect(cli.exitCode).toBe(1);
    expect(cli.output).toContain('核验不通过');
    expect(cli.output).toContain(name);
    await h.db.updateTable('draw_assignments').set({ inspector_ids_json: original }).where('id', '=', row.id).execute();
    expect((await s.draws.verify(drawId)).verified).toBe(true);
  });

  it('detects a changed frozen pool row', async () => {
    const row = await h.db
      .selectFrom('draw_pool_objects')
      .select(['id', 'risk_class'])
      .where('draw_id', '=', drawId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await h.db
      .updateTable('draw_pool_objects')
      .set({ risk_class: row.risk_class === 'D' ? 'A' : 'D' })
      .where('id', '=', row.id)
      .execute();
    const v = await s.draws.verify(drawId);
    expect(v.verified).toBe(false);
    const failed = v.checks.filter((c) => !c.ok).map((c) => c.id);
    expect(failed).toContain('objects');
    expect(failed).toContain('pools');
    expect(failed).not.toContain('inspectors');
    expect(v.checks.find((c) => c.id === 'objects')?.message).toContain('检查对象名录');
    await h.db.updateTable('draw_pool_objects').set({ risk_class: row.risk_class }).where('id', '=', row.id).execute();
  });

  it('detects a changed inspector row, plan, seed and re-hashed records', async () => {
    const insp = await h.db
      .selectFrom('draw_pool_inspectors')
      .select(['id', 'conflicts_json'])
      .where('draw_id', '=', drawId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await h.db.updateTable('draw_pool_inspectors').set({ conflicts_json: '[]' }).where('id', '=', insp.id).execute();
    expect((await s.draws.verify(drawId)).checks.find((c) => c.id === 'inspectors')?.ok).toBe(false);
    await h.db
      .updateTable('draw_pool_inspectors')
      .set({ conflicts_json: insp.conflicts_json })
      .where('id', '=', insp.id)
      .execute();

    const draw = await h.db.selectFrom('draws').selectAll().where('id', '=', drawId).executeTakeFirstOrThrow();
    await h.db.updateTable('draw_plans').set({ rules_json: draw.plan_json }).where('id', '=', draw.plan_id).execute();
    expect((await s.draws.verify(drawId)).checks.find((c) => c.id === 'plan_source')?.ok).toBe(false);
    const plan = JSON.parse(draw.plan_json);
    await h.db
      .updateTable('draw_plans')
      .set({ rules_json: JSON.stringify(plan.rules) })
      .where('id', '=', draw.plan_id)
      .execute();

    // Someone replaces the seed and the stored result hash together: the commitment and the log disagree.
    await h.db
      .updateTable('draws')
      .set({ seed: 'a'.repeat(64) })
      .where('id', '=', drawId)
      .execute();
    const v = await s.draws.verify(drawId);
    expect(v.checks.find((c) => c.id === 'seed')?.ok).toBe(false);
    expect(v.checks.find((c) => c.id === 'published_record')?.message).toContain('种子');
    await h.db.updateTable('draws').set({ seed: draw.seed }).where('id', '=', drawId).execute();
    expect((await s.draws.verify(drawId)).verified).toBe(true);
  });
});
