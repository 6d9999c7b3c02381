// 事故报告: the public form works without login and gives back only a receipt number; staff
// see the deadline clock, follow up and close; the report raises a credit event, opens a
// supervision task and counts per severity and county.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { NOW, P } from '../../core/trace/test-network.ts';
import { createLoopTestApp, type LoopTestApp } from '../disposal/loop-test-app.ts';

const hoursBefore = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

function report(over: Record<string, unknown> = {}) {
  return {
    enterpriseName: '临夏某乳业有限公司',
    enterpriseCreditCode: P.dairy,
    productName: '风味酸奶',
    batch: 'Y20240502',
    discoveredAt: hoursBefore(10),
    injuredCount: 4,
    injuryLevel: '轻伤',
    description: '多名消费者食用后出现腹泻',
    measures: '已暂停销售',
    reporterName: '王女士',
    reporterPhone: '13800000000',
    ...over,
  };
}

describe.each(testEngines())('incident reports (%s)', (engine) => {
  let t: LoopTestApp;
  beforeAll(async () => {
    t = await createLoopTestApp(engine, NOW);
    await t.addUser('msa', 'department');
    await t.addUser('lxs', 'county', { regionCode: '622901' });
    await t.addUser('kl', 'county', { regionCode: '622922' });
    await t.addUser('viewer', 'viewer');
  });
  afterAll(() => t.close());

  const publicPost = (body: unknown, contentType = 'application/json') =>
    t.app.inject({
      method: 'POST',
      url: '/api/public/incidents',
      headers: { 'content-type': contentType },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('takes a public report without login and answers only a receipt number', async () => {
    const r = await publicPost(report());
    expect(r.statusCode).toBe(200);
    expect(Object.keys(r.json())).toEqual(['receiptNo']);
    expect(r.json().receiptNo).toMatch(/^SG20240601[2-9A-HJ-NP-Z]{8}$/);
    expect(r.cookies).toEqual([]);
    // Nothing can be read back without logging in.
    const anon = t.client();
    expect((await anon.get('/api/incidents')).statusCode).toBe(401);
    expect((await anon.get('/api/incidents/1')).statusCode).toBe(401);
    expect((await anon.get(`/api/public/incidents/${r.json().receiptNo}`)).statusCode).toBe(404);
    expect((await anon.get('/api/incidents/summary')).statusCode).toBe(401);
    const form = (await anon.get('/api/public/incidents/form')).json();
    expect(form.regions).toHaveLength(8);
    expect(form.severities).toEqual(['一般', '较大', '重大', '特别重大']);
  });

  it('refuses a cross-site form post: only JSON is exempt from the CSRF check', async () => {
    const form = await publicPost('enterpriseName=x&productName=y', 'application/x-www-form-urlencoded');
    expect(form.json().error.code).toBe('AUTH_CSRF');
    const plain = await publicPost(JSON.stringify(report()), 'text/plain');
    expect(plain.json().error.code).toBe('AUTH_CSRF');
    // Only /api/public/ is exempt.
    const staff = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(report()),
    });
    expect(staff.json().error.code).toBe('AUTH_CSRF');
  });

  it('validates the report', async () => {
    expect((await publicPost(report({ enterpriseCreditCode: '91622901MA00000020' }))).json().error.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await publicPost(report({ discoveredAt: '2024-06-05T00:00:00+08:00' }))).json().error.message).toContain(
      '不能晚于',
    );
    expect((await publicPost(report({ discoveredAt: '2024-05-31 08:00' }))).statusCode).toBe(400);
    expect((await publicPost(report({ regionCode: '110101' }))).json().error.code).toBe('REGION_NOT_FOUND');
  });

  it('times the report against the deadline, opens a supervision task and raises a credit event', async () => {
    const c = t.client();
    await c.login('msa');
    t.credit.length = 0;
    const late = await c.post(
      '/api/incidents',
      report({ discoveredAt: hoursBefore(30), severity: '较大', enterpriseCreditCode: P.shop1 }),
    );
    expect(late.statusCode).toBe(200);
    const i = late.json();
    expect(i).toMatchObject({
      source: 'staff',
      severity: '较大',
      regionCode: '622924',
      regionName: '广河县',
      veto: false,
    });
    expect(i.clock).toEqual({ deadline: hoursBefore(6), onTime: false, minutesLate: 360, hoursToReport: 30 });
    expect(i.case).toMatchObject({ status: 'open', actionsDone: 0, actionsTotal: 4 });
    expect(t.credit).toEqual([
      expect.objectContaining({ kind: 'incident_reported', creditCode: P.shop1, severity: '较大' }),
    ]);
    const kase = (await c.get(`/api/disposal/cases/${i.case.id}`)).json();
    expect(kase).toMatchObject({ origin: 'incident', incidentId: i.id, regionCode: '622924' });

    // Casualties set a floor under the stated severity.
    const deaths = (
      await c.post('/api/incidents', report({ severity: '一般', injuredCount: 12, injuryLevel: '死亡' }))
    ).json();
    expect(deaths).toMatchObject({ severity: '重大', veto: true, regionCode: '622901' });
    expect(deaths.clock.onTime).toBe(true);
    expect((await c.patch(`/api/incidents/${deaths.id}`, { severity: '较大' })).json().error.message).toContain(
      '不能低于「重大」',
    );
    expect((await c.patch(`/api/incidents/${deaths.id}`, { severity: '特别重大' })).json().severity).toBe('特别重大');
  });

  it('keeps follow-ups, closes, and keeps counties to their own reports', async () => {
    const c = t.client();
    await c.login('lxs');
    const list = (await c.get('/api/incidents')).json();
    expect(list.items.every((i: { regionCode: string }) => i.regionCode === '622901')).toBe(true);
    const id = list.items[0].id;
    const kl = t.client();
    await kl.login('kl');
    expect((await kl.get(`/api/incidents/${id}`)).json().error.code).toBe('FORBIDDEN_SCOPE');
    const f = (await c.post(`/api/incidents/${id}/followups`, { text: '已抽样送检' })).json();
    expect(f.followups).toMatchObject([{ text: '已抽样送检', actorName: 'lxs-name' }]);
    expect((await c.post(`/api/incidents/${id}/close`, { summary: '查明原因,已整改' })).json()).toMatchObject({
      status: 'closed',
    });
    expect((await c.post(`/api/incidents/${id}/followups`, { text: '再跟进' })).json().error.code).toBe(
      'INCIDENT_CLOSED',
    );
    const v = t.client();
    await v.login('viewer');
    expect((await v.post(`/api/incidents/${id}/close`, { summary: 'x' })).statusCode).toBe(403);
  });

  it('counts incidents per severity and county, with the one-vote veto', async () => {
    const v = t.client();
    await v.login('viewer');
    const s = (await v.get('/api/incidents/summary?year=2024')).json();
    const row = (code: string) => s.items.find((r: { regionCode: string }) => r.regionCode === code);
    expect(row('622901')).toMatchObject({
      bySeverity: { 一般: 1, 较大: 0, 重大: 0, 特别重大: 1 },
      total: 2,
      veto: true,
    });
    expect(row('622924')).toMatchObject({ bySeverity: { 较大: 1 }, total: 1, veto: false });
    expect(row('622927')).toMatchObject({ total: 0, veto: false });
    expect(
      (await v.get('/api/incidents/summary?year=2023')).json().items.every((r: { total: number }) => r.total === 0),
    ).toBe(true);
  });

  it('rate-limits the public form', async () => {
    let status = 0;
    for (let i = 0; i < 12 && status !== 429; i++) status = (await publicPost(report())).statusCode;
    expect(status).toBe(429);
  });
});
