// The report workflow over HTTP on both engines: draft → submitted → returned → revised →
// accepted, with every version kept, scope violations refused, racing writes resolved by the
// version number, and an audit entry for every write.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import type { TestClient } from '../../../test/support/test-app.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

// 10:00 on 3 July 2023 in 临夏: Q1 (due 04-05) is overdue, Q2 (due 07-05) due soon, Q3 open.
const NOW = new Date('2023-07-03T02:00:00Z');

interface Task {
  id: number;
  title: string;
}

describe.each(testEngines())('progress reports over HTTP (%s)', (engine) => {
  let t: TestApp;
  let county: TestClient;
  let otherCounty: TestClient;
  let agriLead: TestClient;
  let investment: TestClient;
  let office: TestClient;
  let viewer: TestClient;
  let agriTask: Task;
  let foodTask: Task;

  const auditOf = async (entityId: number) =>
    (await t.services.store.audit.list({ page: 1, pageSize: 500, entity: 'progress_report' })).items
      .filter((a) => a.entityId === String(entityId))
      .map((a) => a.action)
      .reverse();

  beforeAll(async () => {
    t = await createTestApp(engine, {}, undefined, { now: NOW });
    await t.addUser('county1', 'county', { regionCode: '622923' }); // 永靖县
    await t.addUser('county2', 'county', { regionCode: '622901' }); // 临夏市
    await t.addUser('agri', 'department', { unitId: await t.unitId('州农业农村局') });
    await t.addUser('invest', 'department', { unitId: await t.unitId('州招商局') });
    await t.addUser('office1', 'office');
    await t.addUser('viewer1', 'viewer');
    const login = async (name: string) => {
      const c = t.client();
      expect((await c.login(name)).statusCode).toBe(200);
      return c;
    };
    county = await login('county1');
    otherCounty = await login('county2');
    agriLead = await login('agri');
    investment = await login('invest');
    office = await login('office1');
    viewer = await login('viewer1');
    const plan = (await viewer.get('/api/plans/current')).json();
    agriTask = plan.tasks.find((x: Task) => x.title === '着力提升农产品质量水平');
    foodTask = plan.tasks.find((x: Task) => x.title === '着力提升食品药品质量水平');
  });
  afterAll(() => t.close());

  it('lists what a county owes with colours relative to today', async () => {
    const res = await county.get('/api/progress/my');
    expect(res.statusCode).toBe(200);
    const my = res.json();
    expect(my.asOf).toBe('2023-07-03');
    expect(my.units.map((u: { name: string }) => u.name)).toEqual(['永靖县人民政府']);
    // The county government is responsible for all 15 tasks; Q1–Q3 have begun.
    expect(my.items).toHaveLength(45);
    const colourOf = (period: string) => [
      ...new Set(
        my.items.filter((o: { period: string }) => o.period === period).map((o: { colour: string }) => o.colour),
      ),
    ];
    expect(colourOf('2023-Q1')).toEqual(['red']);
    expect(colourOf('2023-Q2')).toEqual(['yellow']);
    expect(colourOf('2023-Q3')).toEqual(['green']);
    expect(my.items[0]).toMatchObject({ colour: 'red', dueDate: '2023-04-05', daysLeft: -89, report: null });
    expect((await office.get('/api/progress/my')).statusCode).toBe(403);
  });

  it('takes a report from draft through return and revision to acceptance, keeping every version', async () => {
    const created = await county.post('/api/progress/reports', { taskId: agriTask.id, period: '2023-Q1' });
    expect(created.statusCode).toBe(200);
    const draft = created.json();
    expect(draft).toMatchObject({ status: 'draft', version: 1, revision: 1, role: 'responsible', colour: 'red' });
    const farmland = draft.targets.find((g: { indicator: string }) => g.indicator === '建设高标准农田');
    expect(farmland).toMatchObject({ value: 32, unit: '万亩', source: 'default' });

    const saved = await county.put(`/api/progress/reports/${draft.id}`, {
      version: 1,
      text: '已完成高标准农田建设 20 万亩。',
      values: [{ targetId: farmland.id, value: 20, note: '已建成' }],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, current: { values: [{ targetId: farmland.id, value: 20 }] } });

    const submitted = await county.post(`/api/progress/reports/${draft.id}/submit`, { version: 2 });
    expect(submitted.json()).toMatchObject({ status: 'submitted', version: 3, colour: 'green', late: true });

    // The review queue shows it; a county cannot review.
    const queue = (await office.get('/api/progress/reports?status=submitted')).json();
    expect(queue.items.map((r: { id: number }) => r.id)).toContain(draft.id);
    expect((await county.post(`/api/progress/reports/${draft.id}/accept`, { version: 3 })).statusCode).toBe(403);

    const returned = await office.post(`/api/progress/reports/${draft.id}/return`, {
      version: 3,
      reason: '请补充农田验收材料',
    });
    expect(returned.json()).toMatchObject({ status: 'returned', version: 4, returnReason: '请补充农田验收材料' });

    // The county sees the reason and may revise, not submit as is.
    const seen = (await county.get(`/api/progress/reports/${draft.id}`)).json();
    expect(seen.can).toMatchObject({ revise: true, edit: false, submit: false });
    expect((await county.post(`/api/progress/reports/${draft.id}/submit`, { version: 4 })).json().error.code).toBe(
      'PROGRESS_STATE',
    );

    const revised = (
      await county.put(`/api/progress/reports/${draft.id}`, {
        version: 4,
        text: '已完成高标准农田建设 22 万亩,验收材料见附件。',
        values: [{ targetId: farmland.id, value: 22 }],
      })
    ).json();
    expect(revised).toMatchObject({ status: 'draft', version: 5, revision: 2, returnReason: null });
    // The returned version is kept exactly as it was returned.
    expect(revised.history.map((v: { revision: number; status: string }) => [v.revision, v.status])).toEqual([
      [2, 'draft'],
      [1, 'returned'],
    ]);
    expect(revised.history[1]).toMatchObject({
      text: '已完成高标准农田建设 20 万亩。',
      reviewComment: '请补充农田验收材料',
      reviewedBy: 'office1-name',
      submittedBy: 'county1-name',
      values: [{ targetId: farmland.id, value: 20, note: '已建成' }],
    });

    expect((await county.post(`/api/progress/reports/${draft.id}/submit`, { version: 5 })).statusCode).toBe(200);
    const accepted = await office.post(`/api/progress/reports/${draft.id}/accept`, { version: 6, comment: '同意' });
    expect(accepted.json()).toMatchObject({ status: 'accepted', version: 7 });
    expect(accepted.json().history.map((v: { status: string }) => v.status)).toEqual(['accepted', 'returned']);

    // Accepted is final.
    const late = await county.put(`/api/progress/reports/${draft.id}`, { version: 7, text: '再改' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'PROGRESS_STATE', message: expect.stringContaining('审核通过') });

    expect(await auditOf(draft.id)).toEqual([
      'progress.report_created',
      'progress.report_updated',
      'progress.report_submitted',
      'progress.report_returned',
      'progress.report_revised',
      'progress.report_submitted',
      'progress.report_accepted',
    ]);
    const my = (await county.get('/api/progress/my?period=2023-Q1')).json();
    const row = my.items.find((o: { taskId: number }) => o.taskId === agriTask.id);
    expect(row).toMatchObject({ colour: 'green', late: true, report: { id: draft.id, status: 'accepted' } });
  });

  it('refuses reports for units, tasks and periods the user does not own', async () => {
    const yongjing = await t.unitId('永靖县人民政府');
    const msa = await t.unitId('州市场监管局');
    const cases: [TestClient, object, number, string][] = [
      // A county cannot report for a department…
      [county, { taskId: foodTask.id, period: '2023-Q1', unitId: msa }, 403, 'FORBIDDEN_SCOPE'],
      // …nor for another county's government.
      [otherCounty, { taskId: foodTask.id, period: '2023-Q1', unitId: yongjing }, 403, 'FORBIDDEN_SCOPE'],
      // 州招商局 serves the manufacturing task only.
      [investment, { taskId: agriTask.id, period: '2023-Q1' }, 403, 'FORBIDDEN_SCOPE'],
      [office, { taskId: agriTask.id, period: '2023-Q1', unitId: yongjing }, 403, 'FORBIDDEN'],
      [county, { taskId: foodTask.id, period: '2023-Q4' }, 400, 'PROGRESS_PERIOD_INVALID'],
      [county, { taskId: foodTask.id, period: '2022-Q4' }, 400, 'PROGRESS_PERIOD_INVALID'],
      [county, { taskId: 999999, period: '2023-Q1' }, 404, 'NOT_FOUND'],
    ];
    for (const [client, body, status, code] of cases) {
      const res = await client.post('/api/progress/reports', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error.code).toBe(code);
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const scoped = (await investment.post('/api/progress/reports', { taskId: agriTask.id, period: '2023-Q1' })).json();
    expect(scoped.error.message).toContain('州招商局');

    const mine = (await county.post('/api/progress/reports', { taskId: foodTask.id, period: '2023-Q2' })).json();
    // Another county may neither read nor write it; a viewer reads it.
    expect((await otherCounty.get(`/api/progress/reports/${mine.id}`)).json().error.code).toBe('FORBIDDEN_SCOPE');
    const foreign = await otherCounty.put(`/api/progress/reports/${mine.id}`, { version: 1, text: '篡改' });
    expect(foreign.statusCode).toBe(403);
    expect((await viewer.get(`/api/progress/reports/${mine.id}`)).statusCode).toBe(200);
    expect((await viewer.post(`/api/progress/reports/${mine.id}/submit`, { version: 1 })).statusCode).toBe(403);
    // Nothing was changed by the refused attempts.
    expect((await county.get(`/api/progress/reports/${mine.id}`)).json()).toMatchObject({
      version: 1,
      current: { text: '' },
    });
    expect(
      (await county.post('/api/progress/reports', { taskId: foodTask.id, period: '2023-Q2' })).json().error.code,
    ).toBe('PROGRESS_REPORT_EXISTS');
  });

  it('lets only one of two racing submissions win; the loser gets 409 and nothing is lost', async () => {
    const r = (
      await county.post('/api/progress/reports', {
        taskId: foodTask.id,
        period: '2023-Q3',
        text: '开展食品抽检 120 批次',
      })
    ).json();
    const [a, b] = await Promise.all([
      county.post(`/api/progress/reports/${r.id}/submit`, { version: 1 }),
      county.post(`/api/progress/reports/${r.id}/submit`, { version: 1 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error).toMatchObject({
      code: 'PROGRESS_VERSION_CONFLICT',
      message: expect.stringContaining('已被他人修改或提交'),
    });
    const after = (await county.get(`/api/progress/reports/${r.id}`)).json();
    expect(after).toMatchObject({ status: 'submitted', version: 2, current: { text: '开展食品抽检 120 批次' } });
    expect((await auditOf(r.id)).filter((x) => x === 'progress.report_submitted')).toHaveLength(1);

    // Two saves of the same draft version: one is stored whole, the other refused whole.
    const d = (await county.post('/api/progress/reports', { taskId: agriTask.id, period: '2023-Q2' })).json();
    const [x, y] = await Promise.all([
      county.put(`/api/progress/reports/${d.id}`, { version: 1, text: '甲的内容' }),
      county.put(`/api/progress/reports/${d.id}`, { version: 1, text: '乙的内容' }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 409]);
    const winner = x.statusCode === 200 ? '甲的内容' : '乙的内容';
    expect((await county.get(`/api/progress/reports/${d.id}`)).json()).toMatchObject({
      version: 2,
      current: { text: winner },
    });

    // Two creates of the same report: one 409.
    const [c1, c2] = await Promise.all([
      county.post('/api/progress/reports', { taskId: agriTask.id, period: '2023-Q3' }),
      county.post('/api/progress/reports', { taskId: agriTask.id, period: '2023-Q3' }),
    ]);
    expect([c1.statusCode, c2.statusCode].sort()).toEqual([200, 409]);
    expect((c1.statusCode === 409 ? c1 : c2).json().error.code).toBe('PROGRESS_REPORT_EXISTS');
  });

  it('refuses a stale review and a return without a reason', async () => {
    const r = (
      await county.post('/api/progress/reports', { taskId: agriTask.id + 1, period: '2023-Q1', text: '进展' })
    ).json();
    await county.post(`/api/progress/reports/${r.id}/submit`, { version: 1 });
    const noReason = await office.post(`/api/progress/reports/${r.id}/return`, { version: 2, reason: '' });
    expect(noReason.statusCode).toBe(400);
    const stale = await office.post(`/api/progress/reports/${r.id}/accept`, { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('PROGRESS_VERSION_CONFLICT');
    const empty = (await county.post('/api/progress/reports', { taskId: agriTask.id + 2, period: '2023-Q1' })).json();
    const blank = await county.post(`/api/progress/reports/${empty.id}/submit`, { version: 1 });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.message).toContain('请先填写工作进展');
  });

  it('lets the lead unit see its responsible units’ submitted reports, not their drafts', async () => {
    const view = await agriLead.get(`/api/progress/consolidation?taskId=${agriTask.id}&period=2023-Q1`);
    expect(view.statusCode).toBe(200);
    const body = view.json();
    expect(body.leadUnits.map((u: { name: string }) => u.name)).toEqual(['临夏州农业农村局']);
    const yongjing = body.items.find((i: { unitName: string }) => i.unitName === '永靖县人民政府');
    expect(yongjing).toMatchObject({ report: { status: 'accepted' }, latest: { revision: 2, status: 'accepted' } });
    const linxia = body.items.find((i: { unitName: string }) => i.unitName === '临夏市人民政府');
    expect(linxia).toMatchObject({ report: null, latest: null, colour: 'red' });

    // The county's Q2 report on the same task is still a draft: private to the county.
    const q2 = (await county.get('/api/progress/reports?period=2023-Q2'))
      .json()
      .items.find((r: { taskId: number }) => r.taskId === agriTask.id);
    expect((await agriLead.get(`/api/progress/reports/${q2.id}`)).statusCode).toBe(403);
    const q1 = (await county.get('/api/progress/reports?period=2023-Q1'))
      .json()
      .items.find((r: { taskId: number }) => r.taskId === agriTask.id);
    expect((await agriLead.get(`/api/progress/reports/${q1.id}`)).statusCode).toBe(200);
    expect((await county.get(`/api/progress/consolidation?taskId=${agriTask.id}&period=2023-Q1`)).statusCode).toBe(403);

    // The lead's own report is the consolidated one.
    const own = (await agriLead.post('/api/progress/reports', { taskId: agriTask.id, period: '2023-Q1' })).json();
    expect(own).toMatchObject({ role: 'lead', can: { consolidate: true } });
  });
});
