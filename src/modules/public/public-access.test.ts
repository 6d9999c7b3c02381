// Nothing internal can be reached without a login: every route the app registers is enumerated
// (the route guard records each one as it is added) and called without a session; every one
// that is not public must answer 401. The public ones must show only what the office published:
// drafts, withdrawn lists, unpublished assessments, evidence and credit data stay inside.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app.ts';
import { SYSTEM_CTX } from '../shared/context.ts';
import { SAMPLING_DISCLAIMER } from './disclosure-service.ts';
import { isPublicRoute, registeredRoutes } from './route-guard.ts';

const NOW = new Date('2024-02-01T02:00:00Z');
/** Keys that only internal views carry; none may appear in a public answer. */
const INTERNAL_KEYS = [
  '"evidence"',
  '"riskClass"',
  '"creditClass"',
  '"creditScore"',
  '"createdBy"',
  '"returnReason"',
  '"details"',
  '"reporterPhone"',
  '"passwordHash"',
];

const fill = (url: string) => url.replace(/:[A-Za-z]+/g, '1').replace(/\*$/, 'x');

describe.each(testEngines())('public access (%s)', (engine) => {
  let t: TestApp;
  let office: TestClient;
  let anonymous: TestClient;

  beforeAll(async () => {
    t = await createTestApp(engine, {}, undefined, { now: NOW });
    await t.services.demo.generate({ year: 2023, scale: 0.02 }, SYSTEM_CTX);
    await t.addUser('office1', 'office');
    office = t.client();
    await office.login('office1');
    anonymous = t.client();
    await anonymous.session(); // a CSRF token but no login, as a browser that has not logged in
  });
  afterAll(() => t?.close());

  it('every non-public route answers 401 without a session', async () => {
    const routes = registeredRoutes(t.app);
    expect(routes.length).toBeGreaterThan(100);
    const api = routes.filter((r) => r.url.startsWith('/api/'));
    const closed = api.filter((r) => !r.public);
    expect(closed.length).toBeGreaterThan(80);
    // Spot checks that the enumeration sees every module, this one's included.
    for (const u of [
      '/api/assessment/rounds',
      '/api/disclosure/releases',
      '/api/reports/quarterly.:format',
      '/api/enterprises',
      '/api/progress/evidence/:id',
    ])
      expect(
        closed.some((r) => r.url === u),
        u,
      ).toBe(true);
    const failures: string[] = [];
    for (const r of closed) {
      const url = fill(r.url);
      const res = await anonymous.request(
        r.method as 'GET',
        url,
        r.method === 'GET' || r.method === 'HEAD' ? undefined : {},
      );
      const code = r.method === 'HEAD' ? null : res.json().error?.code;
      if (res.statusCode !== 401 || (code !== null && code !== 'AUTH_REQUIRED'))
        failures.push(`${r.method} ${url} → ${res.statusCode} ${code}`);
    }
    expect(failures).toEqual([]);
  });

  it('lists the public routes explicitly: health, session/login/logout, demo banner, docs and /api/public/', () => {
    const open = registeredRoutes(t.app).filter((r) => r.public && r.url.startsWith('/api/'));
    for (const r of open)
      expect(
        r.url === '/api/health' ||
          r.url === '/api/demo/status' ||
          r.url.startsWith('/api/auth/') ||
          r.url.startsWith('/api/docs') ||
          r.url.startsWith('/api/public/'),
        r.url,
      ).toBe(true);
    expect(isPublicRoute('/api/auth/password')).toBe(false);
    expect(isPublicRoute('/api/publicity')).toBe(false);
  });

  it('public pages show only what was published, and nothing internal', async () => {
    // Drafts of every kind, and an assessment that is scored but not published.
    const snapshot = (await office.post('/api/disclosure/indicator-snapshots', { year: 2023, period: '2023' })).json();
    expect(snapshot).toMatchObject({ status: 'draft', kind: 'indicators' });
    const failed = (await office.post('/api/disclosure/sampling-lists', { month: '2023-05', result: 'failed' })).json();
    expect(failed.status).toBe('draft');
    expect(failed.content.disclaimer).toBe(SAMPLING_DISCLAIMER);
    expect(failed.content.columns.map((c: { header: string }) => c.header)).toEqual([
      '序号',
      '标称生产企业名称',
      '标称生产企业地址',
      '被抽样单位名称',
      '被抽样单位地址',
      '食品名称',
      '规格型号',
      '商标',
      '生产日期/批号',
      '不合格项目║检验结果║标准值',
      '分类',
      '公告号',
      '任务来源/项目名称',
      '检验机构',
      '备注',
    ]);
    expect(failed.content.rows.every((r: { failedItems: string | null }) => (r.failedItems ?? '').includes('║'))).toBe(
      true,
    );
    await office.post('/api/assessment/rule-sets/defaults');
    const sets = (await office.get('/api/assessment/rule-sets')).json().items;
    const round = (
      await office.post('/api/assessment/rounds', {
        year: 2023,
        ruleSetId: sets.find((s: { kind: string }) => s.kind === 'county').id,
      })
    ).json();
    await office.post(`/api/assessment/rounds/${round.id}/score`, { version: round.version });

    const publicGets = async () => {
      const out: { url: string; status: number; body: string }[] = [];
      for (const r of registeredRoutes(t.app).filter((x) => x.method === 'GET' && x.url.startsWith('/api/public/'))) {
        for (const id of [snapshot.id, failed.id, round.id]) {
          const url = r.url.replace(':id', String(id));
          const res = await anonymous.get(url);
          out.push({ url, status: res.statusCode, body: res.body });
        }
      }
      return out;
    };
    for (const r of await publicGets()) {
      if (r.url.match(/^\/api\/public\/(indicators|sampling-lists|assessments)\/\d+/))
        expect(r.status, r.url).toBe(404);
      if (r.status === 200) for (const k of INTERNAL_KEYS) expect(r.body.includes(k), `${r.url} ${k}`).toBe(false);
    }
    for (const list of ['/api/public/indicators', '/api/public/sampling-lists', '/api/public/assessments'])
      expect((await anonymous.get(list)).json().items, list).toEqual([]);

    // Publishing is the office's: not a county's, never anonymous.
    expect((await anonymous.post(`/api/disclosure/releases/${failed.id}/publish`)).statusCode).toBe(401);
    expect((await office.post(`/api/disclosure/releases/${failed.id}/publish`)).json().status).toBe('published');
    expect((await office.post(`/api/disclosure/releases/${snapshot.id}/publish`)).json().status).toBe('published');

    const lists = (await anonymous.get('/api/public/sampling-lists')).json().items;
    expect(lists.map((x: { id: number }) => x.id)).toEqual([failed.id]);
    const shown = (await anonymous.get(`/api/public/sampling-lists/${failed.id}`)).json();
    expect(shown.content.disclaimer).toBe(SAMPLING_DISCLAIMER);
    expect(shown.content.rows).toHaveLength(failed.rowCount);
    // An id of the other kind is not found through this list.
    expect((await anonymous.get(`/api/public/sampling-lists/${snapshot.id}`)).statusCode).toBe(404);
    const xlsx = await anonymous.get(`/api/public/sampling-lists/${failed.id}/export.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(String(wb.worksheets[0]?.getRow(1).getCell(1).value)).toContain(SAMPLING_DISCLAIMER);

    // The snapshot holds the board's numbers as they were when it was made.
    const snap = (await anonymous.get(`/api/public/indicators/${snapshot.id}`)).json();
    const board = await t.services.indicators.list({ year: 2023, period: '2023' });
    expect(snap.content.items.map((i: { value: number | null }) => i.value)).toEqual(board.items.map((i) => i.value));
    for (const r of await publicGets())
      if (r.status === 200) for (const k of INTERNAL_KEYS) expect(r.body.includes(k), `${r.url} ${k}`).toBe(false);

    // Withdrawn is gone again; the scored but unpublished assessment never showed.
    await office.post(`/api/disclosure/releases/${failed.id}/withdraw`);
    expect((await anonymous.get(`/api/public/sampling-lists/${failed.id}`)).statusCode).toBe(404);
    expect((await anonymous.get(`/api/public/assessments/${round.id}`)).statusCode).toBe(404);
    const actions = (await t.services.store.audit.list({ page: 1, pageSize: 200, entity: 'public_release' })).items.map(
      (a) => a.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining(['disclosure.drafted', 'disclosure.published', 'disclosure.withdrawn']),
    );
  });

  it('refuses an empty selection in Chinese and stores nothing', async () => {
    const before = (await office.get('/api/disclosure/releases')).json().items.length;
    const res = await office.post('/api/disclosure/sampling-lists', { month: '2019-01', result: 'failed' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('没有符合条件的监督抽检记录');
    expect((await office.get('/api/disclosure/releases')).json().items).toHaveLength(before);
  });
});
