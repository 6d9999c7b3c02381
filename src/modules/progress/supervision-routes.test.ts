// Supervision over HTTP on both engines: the schedule the 州质量办 sets, deadlines turning yellow
// and red as a fixed "now" moves, the overdue board, 督办单 issued and acknowledged, and the
// task–target links behind GET /api/targets/:id/tasks. Every write is audited.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import type { TestClient } from '../../../test/support/test-app.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

// Noon in 临夏 on a given day.
const at = (day: string) => new Date(`${day}T04:00:00Z`);

interface Obligation {
  taskId: number;
  period: string;
  colour: string;
}

describe.each(testEngines())('progress supervision over HTTP (%s)', (engine) => {
  let t: TestApp;
  let county: TestClient;
  let otherCounty: TestClient;
  let office: TestClient;
  let viewer: TestClient;
  let foodTask: { id: number; title: string };
  let yongjing: number;

  const colours = async (period: string) => {
    const items: Obligation[] = (await county.get(`/api/progress/my?period=${period}`)).json().items;
    return [...new Set(items.map((o) => o.colour))];
  };
  const actions = async () =>
    (await t.services.store.audit.list({ page: 1, pageSize: 500 })).items.map((a) => a.action);

  beforeAll(async () => {
    t = await createTestApp(engine, {}, undefined, { now: at('2023-07-03') });
    await t.addUser('county1', 'county', { regionCode: '622923' });
    await t.addUser('county2', 'county', { regionCode: '622901' });
    await t.addUser('office1', 'office');
    await t.addUser('viewer1', 'viewer');
    county = t.client();
    await county.login('county1');
    otherCounty = t.client();
    await otherCounty.login('county2');
    office = t.client();
    await office.login('office1');
    viewer = t.client();
    await viewer.login('viewer1');
    const plan = (await viewer.get('/api/plans/current')).json();
    foodTask = plan.tasks.find((x: { title: string }) => x.title === '着力提升食品药品质量水平');
    yongjing = await t.unitId('永靖县人民政府');
  });
  afterAll(() => t.close());

  it('turns a report yellow within the warning window and red after its due date', async () => {
    t.setNow(at('2023-06-29'));
    expect(await colours('2023-Q2')).toEqual(['green']);
    t.setNow(at('2023-06-30'));
    expect(await colours('2023-Q2')).toEqual(['yellow']);
    t.setNow(at('2023-07-05'));
    expect(await colours('2023-Q2')).toEqual(['yellow']);
    t.setNow(at('2023-07-06'));
    expect(await colours('2023-Q2')).toEqual(['red']);
    t.setNow(at('2023-07-03'));
  });

  it('shows the office everything overdue, grouped by unit, and refuses units', async () => {
    const res = await office.get('/api/progress/overdue');
    expect(res.statusCode).toBe(200);
    const board = res.json();
    expect(board.asOf).toBe('2023-07-03');
    const row = board.units.find((u: { unitName: string }) => u.unitName === '永靖县人民政府');
    expect(row.count).toBe(15); // every task's Q1 report
    expect(
      row.items.every((o: { colour: string; period: string }) => o.colour === 'red' && o.period === '2023-Q1'),
    ).toBe(true);
    expect((await viewer.get('/api/progress/overdue')).statusCode).toBe(200);
    expect((await county.get('/api/progress/overdue')).statusCode).toBe(403);

    // A submitted report leaves the board.
    const r = (
      await county.post('/api/progress/reports', { taskId: foodTask.id, period: '2023-Q1', text: '已开展' })
    ).json();
    await county.post(`/api/progress/reports/${r.id}/submit`, { version: 1 });
    const after = (await office.get('/api/progress/overdue')).json();
    expect(after.total).toBe(board.total - 1);
    expect(after.units.find((u: { unitName: string }) => u.unitName === '永靖县人民政府').count).toBe(14);
  });

  it('lets the office set frequency, due day, warning days and per-period due dates', async () => {
    const initial = (await viewer.get('/api/progress/settings')).json();
    expect(initial).toMatchObject({ saved: false, frequency: 'quarterly', year: 2023, dueDay: 5, warnDays: 5 });
    expect(initial.periodsInUse).toEqual(['2023-Q1']);

    const body = {
      frequency: 'quarterly',
      year: 2023,
      startMonth: 1,
      dueDay: 10,
      warnDays: 10,
      dueOverrides: { '2023-Q3': '2023-10-20' },
    };
    expect((await county.put('/api/progress/settings', body)).statusCode).toBe(403);
    const saved = await office.put('/api/progress/settings', body);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().periods.map((p: { due: string }) => p.due)).toEqual([
      '2023-04-10',
      '2023-07-10',
      '2023-10-20',
      '2024-01-10',
    ]);
    // Q2 is now due on 07-10: 7 days from 07-03, inside a 10-day window.
    expect(await colours('2023-Q2')).toEqual(['yellow']);

    // Monthly reporting would orphan the Q1 report already on file.
    const locked = await office.put('/api/progress/settings', { ...body, frequency: 'monthly', dueOverrides: {} });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error).toMatchObject({
      code: 'PROGRESS_SCHEDULE_LOCKED',
      message: expect.stringContaining('2023-Q1'),
    });
    const bad = await office.put('/api/progress/settings', { ...body, dueOverrides: { '2023-07': '2023-08-05' } });
    expect(bad.json().error.code).toBe('PROGRESS_PERIOD_INVALID');
    expect((await office.put('/api/progress/settings', { ...body, dueDay: 31 })).statusCode).toBe(400);

    await office.put('/api/progress/settings', { ...body, dueDay: 5, warnDays: 5, dueOverrides: {} });
    expect((await actions()).filter((a) => a === 'progress.schedule_updated')).toHaveLength(2);
  });

  it('issues 督办单 to a unit, which sees and acknowledges its own', async () => {
    const notice = {
      taskId: foodTask.id,
      unitId: yongjing,
      period: '2023-Q2',
      content: '请于 7 月 10 日前报送二季度食品抽检进展',
      dueDate: '2023-07-10',
    };
    expect((await county.post('/api/progress/notices', notice)).statusCode).toBe(403);
    const msa = await t.unitId('州统计局'); // not a unit of the food task
    const wrong = await office.post('/api/progress/notices', { ...notice, unitId: msa });
    expect(wrong.statusCode).toBe(400);
    const issued = await office.post('/api/progress/notices', notice);
    expect(issued.statusCode).toBe(200);
    const n = issued.json();
    expect(n).toMatchObject({
      status: 'open',
      unitName: '永靖县人民政府',
      periodLabel: '2023年第二季度',
      overdue: false,
    });

    expect((await county.get('/api/progress/notices')).json().items.map((x: { id: number }) => x.id)).toEqual([n.id]);
    expect((await otherCounty.get('/api/progress/notices')).json().items).toEqual([]);
    expect((await county.get('/api/progress/my')).json().openNotices).toBe(1);
    const foreign = await otherCounty.post(`/api/progress/notices/${n.id}/acknowledge`, { reply: '收到' });
    expect(foreign.json().error.code).toBe('FORBIDDEN_SCOPE');

    t.setNow(at('2023-07-11'));
    expect((await office.get('/api/progress/notices?status=open')).json().items[0].overdue).toBe(true);
    t.setNow(at('2023-07-03'));

    const ack = await county.post(`/api/progress/notices/${n.id}/acknowledge`, { reply: '已收到,将按期报送' });
    expect(ack.json()).toMatchObject({
      status: 'acknowledged',
      reply: '已收到,将按期报送',
      acknowledgedBy: 'county1-name',
    });
    const again = await county.post(`/api/progress/notices/${n.id}/acknowledge`, { reply: '再次签收' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('NOTICE_ACKNOWLEDGED');
    expect((await office.get('/api/progress/notices?status=acknowledged')).json().items[0].reply).toBe(
      '已收到,将按期报送',
    );
    const log = await actions();
    expect(log).toContain('progress.notice_issued');
    expect(log).toContain('progress.notice_acknowledged');
  });

  it('links tasks to targets and shows, for a target, the tasks, units and report status behind it', async () => {
    const links = (await viewer.get('/api/progress/target-links')).json();
    const mainTarget = (name: string) =>
      links.targets.find(
        (g: { indicator: string; taskId: number | null }) => g.indicator === name && g.taskId === null,
      );
    const foodRate = mainTarget('食品安全抽检合格率');
    const consumerRate = mainTarget('重点消费品质量监督抽查合格率');
    const foodLinks = links.tasks.find((x: { taskId: number }) => x.taskId === foodTask.id);
    const sources = (targets: { id: number; source: string }[]) => targets.map((g) => [g.id, g.source]);
    // The 主要目标 食品安全抽检合格率 is the food task's by its words, before anyone links it.
    expect(sources(foodLinks.targets)).toContainEqual([foodRate.id, 'inferred']);
    expect(sources(foodLinks.targets)).not.toContainEqual([consumerRate.id, expect.any(String)]);
    const written = foodLinks.targets.filter((g: { source: string }) => g.source === 'default');
    expect(written.length).toBeGreaterThan(0);

    // Without the inferred link, the target stands alone; with it back, it is inferred again.
    const ids = (targets: { id: number }[]) => targets.map((g) => g.id);
    const writtenIds = ids(written);
    const unlinked = await office.put(`/api/progress/tasks/${foodTask.id}/targets`, { targetIds: writtenIds });
    expect(ids(unlinked.json().targets)).not.toContain(foodRate.id);
    expect((await viewer.get(`/api/targets/${foodRate.id}/tasks`)).json().tasks).toEqual([]);

    const body = { targetIds: [...writtenIds.slice(1), foodRate.id, consumerRate.id] };
    expect((await county.put(`/api/progress/tasks/${foodTask.id}/targets`, body)).statusCode).toBe(403);
    const set = await office.put(`/api/progress/tasks/${foodTask.id}/targets`, body);
    expect(set.statusCode).toBe(200);
    expect(sources(set.json().targets)).toEqual(
      expect.arrayContaining([
        [foodRate.id, 'inferred'],
        [consumerRate.id, 'manual'],
      ]),
    );
    expect(ids(set.json().targets)).not.toContain(writtenIds[0]);
    expect(await actions()).toContain('progress.links_updated');

    // The report form now offers the linked 主要目标.
    const r = (await county.get('/api/progress/reports?period=2023-Q1')).json().items[0];
    const detail = (await county.get(`/api/progress/reports/${r.id}`)).json();
    expect(detail.targets.map((g: { id: number }) => g.id)).toContain(foodRate.id);

    const res = await viewer.get(`/api/targets/${foodRate.id}/tasks?period=2023-Q1`);
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.target).toMatchObject({ indicator: '食品安全抽检合格率', value: 97 });
    expect(view.period.key).toBe('2023-Q1');
    const task = view.tasks.find((x: { taskId: number }) => x.taskId === foodTask.id);
    expect(task.source).toBe('inferred');
    const lead = task.units.find((u: { role: string }) => u.role === 'lead');
    expect(lead).toMatchObject({ unitName: '临夏州市场监督管理局', status: null, colour: 'red' });
    const yj = task.units.find((u: { unitId: number }) => u.unitId === yongjing);
    expect(yj).toMatchObject({ status: 'submitted', colour: 'green', reportId: r.id });
    // Default period: the latest one already due (Q1 on 3 July).
    expect((await viewer.get(`/api/targets/${foodRate.id}/tasks`)).json().period.key).toBe('2023-Q1');
    expect((await viewer.get('/api/targets/999999/tasks')).statusCode).toBe(404);
    expect((await county.get(`/api/targets/${foodRate.id}/tasks`)).statusCode).toBe(403);
  });
});
