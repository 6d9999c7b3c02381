import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app.ts';
import { BUNDLED_PLAN } from '../../server/bootstrap.ts';

interface UnitRef {
  name: string;
  unitId: number | null;
  groupOf?: unknown[];
}

describe.each(testEngines())('plans, tasks and responsibilities over HTTP (%s)', (engine) => {
  let t: TestApp;
  let office: TestClient;
  let viewer: TestClient;
  let unitId: (name: string) => number;

  beforeAll(async () => {
    t = await createTestApp(engine);
    await t.addUser('office1', 'office');
    await t.addUser('viewer1', 'viewer');
    office = t.client();
    await office.login('office1');
    viewer = t.client();
    await viewer.login('viewer1');
    const units = await t.services.org.listUnits();
    unitId = (name) => {
      const u = units.find((x) => x.name === name || x.aliases.includes(name));
      if (!u) throw new Error(name);
      return u.id;
    };
  });
  afterAll(() => t.close());

  it('serves the bundled plan imported at first start: 15 tasks with lead units resolved', async () => {
    const res = await viewer.get('/api/plans/current');
    expect(res.statusCode).toBe(200);
    const plan = res.json();
    expect(plan.year).toBe(2023);
    expect(plan.version).toBe(1);
    expect(plan.tasks).toHaveLength(15);
    expect(plan.tasks[0].lead).toEqual([{ name: '州文旅局', unitId: unitId('州文旅局') }]);
    const group = plan.tasks[0].responsible.find((r: UnitRef) => r.name === '各县市人民政府');
    expect(group.groupOf).toHaveLength(8);
    expect(plan.unmatchedUnits).toEqual([]);
    expect(plan.targets.length).toBeGreaterThanOrEqual(20);
    const food = plan.targets.find((g: { indicator: string }) => g.indicator === '食品安全抽检合格率');
    expect(food).toMatchObject({ comparator: '>=', value: 97, unit: '%' });
    // Offsets point at the target's words in the stored source text.
    expect(plan.sourceText.slice(food.start, food.end)).toContain('97');
  });

  it('filters tasks by lead or responsible unit and by keyword', async () => {
    const msa = unitId('州市场监管局');
    const lead = (await viewer.get(`/api/tasks?unitId=${msa}&role=lead&pageSize=100`)).json();
    expect(lead.total).toBe(6);
    const any = (await viewer.get(`/api/tasks?unitId=${msa}&role=any&pageSize=100`)).json();
    expect(any.total).toBeGreaterThan(lead.total);
    const county = unitId('永靖县人民政府');
    expect((await viewer.get(`/api/tasks?unitId=${county}&role=responsible&pageSize=100`)).json().total).toBe(15);
    const q = (await viewer.get(`/api/tasks?q=${encodeURIComponent('美食')}`)).json();
    expect(q.items.map((x: { title: string }) => x.title)).toContain('做大做强美食产业');
    const paged = (await viewer.get('/api/tasks?page=2&pageSize=10')).json();
    expect(paged.total).toBe(15);
    expect(paged.items).toHaveLength(5);
  });

  it('shows a task with its text and targets, and a unit its responsibilities', async () => {
    const plan = (await viewer.get('/api/plans/current')).json();
    const agri = plan.tasks.find((x: { title: string }) => x.title.includes('农产品质量'));
    const detail = (await viewer.get(`/api/tasks/${agri.id}`)).json();
    expect(detail.text).toContain('高标准农田');
    expect(detail.targets.map((g: { value: number }) => g.value)).toEqual(expect.arrayContaining([32, 64]));
    const resp = (await viewer.get(`/api/units/${unitId('州农业农村局')}/responsibilities`)).json();
    expect(resp.leads.map((x: { id: number }) => x.id)).toContain(agri.id);
    expect(resp.supports.length).toBeGreaterThan(0);
    expect(resp.targets.some((g: { role: string; value: number }) => g.role === 'lead' && g.value === 32)).toBe(true);
    expect((await viewer.get('/api/tasks/999999')).statusCode).toBe(404);
  });

  it('imports a new version without overwriting the old one', async () => {
    const bytes = readFileSync(BUNDLED_PLAN);
    const res = await office.upload('/api/plans/import', 'plan-v2.txt', bytes, 'text/plain');
    expect(res.statusCode).toBe(200);
    expect(res.json().plan.version).toBe(2);
    const list = (await viewer.get('/api/plans')).json().items;
    expect(list.map((p: { version: number }) => p.version)).toEqual([2, 1]);
    expect(list[0].current).toBe(true);
    const v1 = (await viewer.get(`/api/plans/${list[1].id}`)).json();
    expect(v1.tasks).toHaveLength(15);
  });

  it('rejects files that are not plans and stores nothing', async () => {
    const before = (await viewer.get('/api/plans')).json().items.length;
    const auditBefore = (await t.services.store.audit.list({ page: 1, pageSize: 1 })).total;
    const cases: [string, Buffer, string][] = [
      ['a.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'FILE_TYPE_UNSUPPORTED'],
      ['b.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'FILE_TYPE_UNSUPPORTED'],
      ['c.txt', Buffer.alloc(0), 'FILE_EMPTY'],
      ['d.txt', Buffer.from('今天天气很好,我们去公园散步,然后吃了午饭。'.repeat(50)), 'PLAN_NOT_A_PLAN'],
    ];
    for (const [name, bytes, code] of cases) {
      const res = await office.upload('/api/plans/import', name, bytes);
      expect(res.statusCode, name).toBeGreaterThanOrEqual(400);
      expect(res.json().error.code, name).toBe(code);
      expect(res.json().error.message, name).toMatch(/[\u4e00-\u9fa5]/);
    }
    const big = await office.upload('/api/plans/import', 'e.txt', Buffer.alloc(21 * 1024 * 1024, 0x41));
    expect(big.statusCode).toBe(413);
    expect((await viewer.get('/api/plans')).json().items.length).toBe(before);
    expect((await t.services.store.audit.list({ page: 1, pageSize: 1 })).total).toBe(auditBefore);
  });

  it('lets only the office import, and lists unmatched unit names for a person to confirm', async () => {
    const text =
      '2024年质量提升行动方案一、重点任务(一)提升检测能力加强检验检测能力建设。(牵头单位:州航天局;责任单位:州市场监管局,各县市人民政府)';
    expect((await viewer.upload('/api/plans/import', 'x.txt', Buffer.from(text))).statusCode).toBe(403);
    const res = await office.upload('/api/plans/import', 'x.txt', Buffer.from(text));
    expect(res.statusCode).toBe(200);
    expect(res.json().unmatchedUnits.map((u: { name: string }) => u.name)).toEqual(['州航天局']);
    const units = await t.services.org.listUnits();
    expect(units.some((u) => u.name.includes('航天'))).toBe(false);
    const planId = res.json().plan.id;
    const confirm = await office.post(`/api/plans/${planId}/unit-matches`, {
      name: '州航天局',
      unitId: unitId('州科技局'),
    });
    expect(confirm.statusCode).toBe(200);
    const plan = (await viewer.get(`/api/plans/${planId}`)).json();
    expect(plan.unmatchedUnits).toEqual([]);
    expect(plan.tasks[0].lead[0]).toEqual({ name: '州航天局', unitId: unitId('州科技局') });
  });
});
