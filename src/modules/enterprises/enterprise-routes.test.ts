import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app.ts';
import { DEFAULT_RISK_MODEL } from '../../core/enterprises/default-risk-model.ts';
import { testCreditCode, withWrongCheck } from '../../core/enterprises/test-codes.ts';
import { addFoodSample, addProductCheck } from './test-records.ts';

const c1 = testCreditCode(101);
const c2 = testCreditCode(102);
const c3 = testCreditCode(103, '622923');
const c4 = testCreditCode(104, '622923');

const REGISTRY = [
  '统一社会信用代码,企业名称,所在地区,行业,许可证,企业规模',
  `${c1},临夏州金源食品有限责任公司,临夏市,食品生产,食品生产许可证:SC10162290100012,小型`,
  `${c1},临夏金源食品厂,临夏市,食品生产,,`,
  `${c2},兰州牛肉面馆,临夏市,餐饮服务,,微型`,
  `${c3},兰州牛肉面馆,永靖县,餐饮服务,,微型`,
  `${c4},永靖县黄河酒业有限公司,永靖县,食品生产,,中型`,
].join('\n');

describe.each(testEngines())('enterprise registry, linking and credit over HTTP (%s)', (engine) => {
  let t: TestApp;
  let office: TestClient;
  const id: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp(engine);
    await t.addUser('office1', 'office');
    await t.addUser('yj1', 'county', { regionCode: '622923' });
    await t.addUser('viewer1', 'viewer');
    office = t.client();
    await office.login('office1');
  });
  afterAll(() => t.close());

  it('is internal: no login, no answer; viewers are not allowed', async () => {
    expect((await t.client().get('/api/enterprises')).statusCode).toBe(401);
    expect((await t.client().get('/api/enterprises/1')).statusCode).toBe(401);
    const v = t.client();
    await v.login('viewer1');
    expect((await v.get('/api/enterprises')).statusCode).toBe(403);
  });

  it('rejects a file with a wrong check character, naming the row, and stores nothing', async () => {
    const bad = REGISTRY.replace(c4, withWrongCheck(c4));
    const res = await office.upload('/api/enterprises/import', '企业名录.csv', Buffer.from(bad));
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('IMPORT_ROWS_INVALID');
    expect(err.details).toEqual([
      expect.objectContaining({ row: 6, column: '统一社会信用代码', message: expect.stringContaining('校验码错误') }),
    ]);
    expect(await t.services.store.enterprises.count()).toBe(0);
  });

  it('imports a registry all at once, folding two spellings into one enterprise with an alias', async () => {
    const res = await office.upload('/api/enterprises/import', '企业名录.csv', Buffer.from(REGISTRY));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ stored: true, rows: 5, enterprises: 4, inserted: 4, updated: 0 });
    const list = (await office.get('/api/enterprises?pageSize=50')).json();
    expect(list.total).toBe(4);
    for (const e of list.items) id[e.creditCode] = e.id;
    const jinyuan = list.items.find((e: { creditCode: string }) => e.creditCode === c1);
    expect(jinyuan).toMatchObject({
      name: '临夏州金源食品有限责任公司',
      aliases: ['临夏金源食品厂'],
      riskClass: 'A',
      riskScore: 10,
    });
    expect(jinyuan.licences).toEqual([{ type: '食品生产许可证', number: 'SC10162290100012' }]);
    // Searching finds it by an alias, in another width.
    expect((await office.get(`/api/enterprises?q=${encodeURIComponent('金源食品厂')}`)).json().total).toBe(1);
  });

  it('is idempotent by credit code', async () => {
    const res = await office.upload('/api/enterprises/import', '企业名录.csv', Buffer.from(REGISTRY));
    expect(res.json()).toMatchObject({ inserted: 0, updated: 0, unchanged: 4, aliasesAdded: 0 });
    expect(await t.services.store.enterprises.count()).toBe(4);
    const audit = await t.services.store.audit.list({ page: 1, pageSize: 5, action: 'enterprise.imported' });
    expect(audit.total).toBe(2);
  });

  it('links records by code and by name, learns spellings, and queues the uncertain ones', async () => {
    await addProductCheck(t.services, { name: '金源食品(临夏)有限公司', code: c1, result: '不合格', region: '622901' });
    await addFoodSample(t.services, {
      producer: '金源食品（临夏）有限公司',
      sampledUnit: '临夏市某超市',
      region: '622901',
    });
    await addFoodSample(t.services, { sampledUnit: '兰州牛肉面馆', region: '622923', passed: false });
    await addProductCheck(t.services, { name: '永靖县黄河酒业加工有限公司', region: '622923' });

    const res = await office.post('/api/enterprises/link');
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ linked: 2, queued: 2, aliasesAdded: 1 });
    expect(report.classChanges).toEqual([expect.objectContaining({ enterpriseId: id[c1], from: 'A', to: 'C' })]);
    // One enterprise under two spellings stays one enterprise.
    expect(await t.services.store.enterprises.count()).toBe(4);
    const detail = (await office.get(`/api/enterprises/${id[c1]}`)).json();
    expect(detail.enterprise.aliases).toEqual(['临夏金源食品厂', '金源食品(临夏)有限公司']);
    expect(detail.records.map((r: { method: string }) => r.method).sort()).toEqual(['alias', 'code']);
    // Running again changes nothing.
    expect((await office.post('/api/enterprises/link')).json()).toMatchObject({ linked: 0, queued: 0 });
  });

  it('explains the class: which rule, which records', async () => {
    const detail = (await office.get(`/api/enterprises/${id[c1]}`)).json();
    expect(detail.risk.riskClass).toBe('C');
    expect(detail.risk.modelVersion).toBe(1);
    const fails = detail.risk.items.find((i: { indicator: string }) => i.indicator === 'sampling_fail_count');
    expect(fails.value).toBe(1);
    expect(fails.sources).toEqual([
      expect.objectContaining({ table: 'product_checks', label: expect.stringContaining('不合格') }),
    ]);
    const total = detail.risk.items.reduce((a: number, i: { contribution: number }) => a + i.contribution, 0);
    expect(Math.round(total * 100) / 100).toBe(detail.risk.score);
  });

  it('lets a person confirm or reject queued matches; a confirmed spelling becomes an alias', async () => {
    const queue = (await office.get('/api/enterprises/matches')).json();
    expect(queue.total).toBe(2);
    const noodle = queue.items.find((q: { partyName: string }) => q.partyName === '兰州牛肉面馆');
    expect(noodle.candidates.map((c: { enterpriseId: number }) => c.enterpriseId)).toEqual([id[c3], id[c2]]);
    expect(noodle.record).toMatchObject({ table: 'food_samples', product: '小麦粉' });
    const wine = queue.items.find((q: { partyName: string }) => q.partyName === '永靖县黄河酒业加工有限公司');
    expect(wine.candidates[0].enterpriseId).toBe(id[c4]);

    const ok = await office.post(`/api/enterprises/matches/${noodle.id}/confirm`, { enterpriseId: id[c3] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().classChanges).toEqual([expect.objectContaining({ enterpriseId: id[c3], to: 'C' })]);
    expect(
      (await office.post(`/api/enterprises/matches/${noodle.id}/confirm`, { enterpriseId: id[c3] })).json().error.code,
    ).toBe('MATCH_RESOLVED');
    const confirmWine = await office.post(`/api/enterprises/matches/${wine.id}/confirm`, { enterpriseId: id[c4] });
    expect(confirmWine.statusCode).toBe(200);
    const wineDetail = (await office.get(`/api/enterprises/${id[c4]}`)).json();
    expect(wineDetail.enterprise.aliases).toContain('永靖县黄河酒业加工有限公司');
    // The next record with that spelling links without asking.
    await addProductCheck(t.services, { name: '永靖县黄河酒业加工有限公司', region: '622923' });
    expect((await office.post('/api/enterprises/link')).json()).toMatchObject({ linked: 1, queued: 0 });
    expect((await office.get('/api/enterprises/matches')).json().total).toBe(0);
  });

  it('recomputes the class when a credit event is written, and audits the change', async () => {
    const res = await office.post(`/api/enterprises/${id[c2]}/events`, {
      kind: 'penalty',
      date: '2026-09-01',
      description: '未按规定公示食品安全信息',
      source: '临夏市市场监管局 临市监罚〔2026〕12号',
      points: 10,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().classChanges).toEqual([expect.objectContaining({ enterpriseId: id[c2], from: 'A', to: 'B' })]);
    const log = await t.services.store.audit.list({ page: 1, pageSize: 1, action: 'credit_event.created' });
    expect(log.items[0]?.after).toMatchObject({
      kind: 'penalty',
      classChanges: [expect.objectContaining({ to: 'B' })],
    });
    const del = await office.request('DELETE', `/api/enterprises/events/${res.json().event.id}`);
    expect(del.json().classChanges).toEqual([expect.objectContaining({ from: 'B', to: 'A' })]);
  });

  it('limits a county to its own region', async () => {
    const c = t.client();
    await c.login('yj1');
    const list = (await c.get('/api/enterprises')).json();
    expect(list.items.map((e: { creditCode: string }) => e.creditCode).sort()).toEqual([c3, c4].sort());
    expect((await c.get(`/api/enterprises/${id[c1]}`)).json().error.code).toBe('FORBIDDEN_SCOPE');
    expect(
      (
        await c.post(`/api/enterprises/${id[c3]}/events`, {
          kind: 'complaint',
          date: '2026-01-01',
          description: 'x',
          source: 'y',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('creates and edits enterprises, rejecting a wrong check character; linking runs on add', async () => {
    const bad = await office.post('/api/enterprises', {
      creditCode: withWrongCheck(testCreditCode(105)),
      name: '和政县啤特果饮品厂',
      industry: '食品生产',
    });
    expect(bad.json().error.code).toBe('CREDIT_CODE_INVALID');
    await addFoodSample(t.services, { producer: '和政县啤特果饮品厂', sampledUnit: '和政县某商店', passed: false });
    const ok = await office.post('/api/enterprises', {
      creditCode: testCreditCode(105, '622925'),
      name: '和政县啤特果饮品厂',
      industry: '食品生产',
      regionCode: '622925',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().linking).toMatchObject({ linked: 1 });
    // Scored A when registered, then C once the failed sample it names was linked.
    expect(ok.json().enterprise.riskClass).toBe('C');
    const log = await t.services.store.audit.list({ page: 1, pageSize: 1, action: 'enterprise.linked' });
    expect(log.items[0]?.after).toMatchObject({ classChanges: [expect.objectContaining({ from: 'A', to: 'C' })] });
    const renamed = await office.patch(`/api/enterprises/${ok.json().enterprise.id}`, {
      name: '甘肃啤特果饮品有限公司',
    });
    expect(renamed.json().enterprise.aliases).toContain('和政县啤特果饮品厂');
    expect(
      (await office.post('/api/enterprises', { creditCode: c1, name: 'x', industry: '食品生产' })).json().error.code,
    ).toBe('ENTERPRISE_EXISTS');
  });

  it('validates a new risk model and rescores everyone under it', async () => {
    const uneven = structuredClone(DEFAULT_RISK_MODEL);
    (uneven.dimensions[0] as { weight: number }).weight = 0.3;
    const r1 = await office.post('/api/enterprises/risk-models', uneven);
    expect(r1.statusCode).toBe(400);
    expect(r1.json().error).toMatchObject({
      code: 'RISK_MODEL_INVALID',
      details: [expect.objectContaining({ column: 'dimensions' })],
    });
    const unknown = structuredClone(DEFAULT_RISK_MODEL);
    (unknown.dimensions[0]?.indicators[0] as { indicator: string }).indicator = 'tax_arrears';
    expect((await office.post('/api/enterprises/risk-models', unknown)).json().error.details[0].message).toContain(
      'tax_arrears',
    );

    const strict = { ...structuredClone(DEFAULT_RISK_MODEL), name: '从严模型', thresholds: { B: 5, C: 30, D: 50 } };
    const r2 = await office.post('/api/enterprises/risk-models', strict);
    expect(r2.json()).toMatchObject({ version: 2, rescored: 5 });
    const list = (await office.get('/api/enterprises?riskClass=B')).json();
    expect(list.items.every((e: { riskModelVersion: number }) => e.riskModelVersion === 2)).toBe(true);
    expect(list.total).toBeGreaterThan(0);
  });
});
