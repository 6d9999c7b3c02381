import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app.ts';
import { sha256Hex } from '../../core/draws/canonical-json.ts';
import { SYSTEM_CTX } from '../shared/context.ts';
import { seedDrawFixtures } from './test-fixtures.ts';

/** Whatever the nesting, no key or value of a public answer may carry a risk class or score. */
function assertNoRisk(body: unknown): void {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/risk|score|"class"|classCounts|风险/i);
}

describe.each(testEngines())('双随机、一公开 over HTTP (%s)', (engine) => {
  let t: TestApp;
  let office: TestClient;
  let fx: Awaited<ReturnType<typeof seedDrawFixtures>>;
  let drawId = 0;

  beforeAll(async () => {
    t = await createTestApp(engine);
    await t.addUser('office1', 'office');
    await t.addUser('yj1', 'county', { regionCode: '622923' });
    office = t.client();
    await office.login('office1');
    fx = await seedDrawFixtures(t.services);
  });
  afterAll(() => t.close());

  it('refuses to freeze when inspectors are too few, and freezes nothing', async () => {
    // Three inspectors per county; kept out of their own county, each enterprise has three, not four.
    const tight = await office.post('/api/draws/plans', {
      name: '每户四名检查人员',
      rules: { inspectorsPerObject: 4, avoidHomeRegion: true },
      itemIds: [fx.itemId],
    });
    expect(tight.statusCode).toBe(200);
    const res = await office.post(`/api/draws/plans/${tight.json().id}/freeze`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('DRAW_INSPECTORS_SHORT');
    expect(res.json().error.details[0].message).toMatch(/只有 3 名可派检查人员,需要 4 名/);
    expect((await office.get('/api/draws')).json().items).toHaveLength(0);
  });

  it('freezes the pools and publishes their hashes and the seed commitment, not the seed', async () => {
    const res = await office.post(`/api/draws/plans/${fx.planId}/freeze`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    drawId = d.id;
    expect(d).toMatchObject({ status: 'frozen', seed: null, objectCount: 40, inspectorCount: 6 });
    expect(d.hashes.pools).toMatch(/^[0-9a-f]{64}$/);
    expect(d.seedCommitment).toMatch(/^[0-9a-f]{64}$/);
    const pub = (await t.client().get(`/api/public/draws/${drawId}`)).json();
    expect(pub.draw.seed).toBeNull();
    expect(pub.results).toEqual([]);
    // The plan a draw was frozen from can no longer change.
    const edit = await office.patch(`/api/draws/plans/${fx.planId}`, { name: '改名', rules: {}, itemIds: [] });
    expect(edit.json().error.code).toBe('DRAW_PLAN_IN_USE');
    const early = await t.client().get(`/api/public/draws/${drawId}/verify`);
    expect(early.json()).toMatchObject({ verified: true, complete: false });
  });

  it('reveals the seed; the result follows and matches the commitment', async () => {
    const res = await office.post(`/api/draws/${drawId}/reveal`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.status).toBe('revealed');
    expect(sha256Hex(d.seed)).toBe(d.seedCommitment);
    expect((await office.post(`/api/draws/${drawId}/reveal`)).json().error.code).toBe('DRAW_STATE');
    const internal = (await office.get(`/api/draws/${drawId}`)).json();
    // 34 class A × 25% → 9, 6 penalised (class B) × 50% → 3.
    expect(internal.classCounts).toEqual({ A: 34, B: 6 });
    expect(internal.results).toHaveLength(12);
    for (const r of internal.results) {
      expect(new Set(r.inspectorIds).size).toBe(2);
      expect(r.riskClass).toMatch(/^[AB]$/);
    }
  });

  it('publishes plan, hashes, seed and drawn enterprises without login — and no risk class', async () => {
    const anon = t.client();
    const list = await anon.get('/api/public/draws');
    expect(list.statusCode).toBe(200);
    assertNoRisk(list.json());
    const detail = await anon.get(`/api/public/draws/${drawId}`);
    expect(detail.statusCode).toBe(200);
    const body = detail.json();
    assertNoRisk(body);
    expect(body.draw.items).toEqual([expect.objectContaining({ name: '食品生产许可条件保持情况' })]);
    expect(body.results).toHaveLength(12);
    expect(Object.keys(body.results[0]).sort()).toEqual(
      ['creditCode', 'enterpriseName', 'industry', 'inspectedOn', 'inspectors', 'outcome', 'regionName'].sort(),
    );
    const v = await anon.get(`/api/public/draws/${drawId}/verify`);
    expect(v.statusCode).toBe(200);
    expect(v.json()).toMatchObject({ verified: true, complete: true });
    assertNoRisk(v.json().checks.map((c: { message: string }) => c.message));
  });

  it('records a result per drawn object, feeds the credit record and publishes it', async () => {
    const internal = (await office.get(`/api/draws/${drawId}`)).json();
    const target = internal.results[0];
    const res = await office.put(`/api/draws/${drawId}/outcomes/${target.enterpriseId}`, {
      outcome: 'unreachable',
      inspectedOn: '2026-10-15',
    });
    expect(res.statusCode).toBe(200);
    const events = await t.services.credit.events(target.enterpriseId);
    expect(events.at(-1)).toMatchObject({ kind: 'inspection', points: 30, date: '2026-10-15' });
    // Entering it again updates the same event.
    await office.put(`/api/draws/${drawId}/outcomes/${target.enterpriseId}`, {
      outcome: 'corrected',
      inspectedOn: '2026-10-16',
    });
    const again = await t.services.credit.events(target.enterpriseId);
    expect(again.filter((e) => e.kind === 'inspection')).toHaveLength(1);
    expect(again.at(-1)).toMatchObject({ points: 10, description: '双随机抽查:发现问题已责令改正' });
    const pub = (await t.client().get(`/api/public/draws/${drawId}`)).json();
    expect(
      pub.results.find((r: { enterpriseName: string }) => r.enterpriseName === target.enterpriseName),
    ).toMatchObject({
      outcome: '发现问题已责令改正',
      inspectedOn: '2026-10-16',
    });
    const notDrawn = fx.enterprises.find(
      (e) => !internal.results.some((r: { enterpriseId: number }) => r.enterpriseId === e.id),
    );
    const bad = await office.put(`/api/draws/${drawId}/outcomes/${notDrawn?.id}`, {
      outcome: 'normal',
      inspectedOn: '2026-10-15',
    });
    expect(bad.json().error.code).toBe('DRAW_OBJECT_NOT_DRAWN');
  });

  it('lets counties read but not run draws, and hides internal routes from the public', async () => {
    const c = t.client();
    await c.login('yj1');
    expect((await c.get('/api/draws')).statusCode).toBe(200);
    expect((await c.post(`/api/draws/plans/${fx.planId}/freeze`)).statusCode).toBe(403);
    expect((await t.client().get(`/api/draws/${drawId}`)).statusCode).toBe(401);
    expect((await t.client().get('/api/inspectors')).statusCode).toBe(401);
  });

  it('keeps an inspector away from the enterprise they checked last time', async () => {
    const first = (await t.services.draws.get(drawId)).results;
    const second = await t.services.draws.freeze(fx.planId, SYSTEM_CTX);
    await t.services.draws.reveal(second.id, SYSTEM_CTX);
    const next = (await t.services.draws.get(second.id)).results;
    const last = new Map(first.map((r) => [r.enterpriseId, r.inspectorIds]));
    for (const r of next) for (const id of r.inspectorIds) expect(last.get(r.enterpriseId) ?? []).not.toContain(id);
    // and the one with a declared conflict is never sent to that enterprise
    const conflicted = fx.enterprises[0]?.id;
    for (const r of [...first, ...next].filter((x) => x.enterpriseId === conflicted)) {
      expect(r.inspectorIds).not.toContain(fx.inspectors[0]);
    }
  });
});
