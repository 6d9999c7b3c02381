// The assessment over HTTP on both engines: rule sets validated on upload (nothing stored when
// bad), the round flow self-evaluation → scoring → review → publication with scope and version
// checks, every point explained with the dashboard's own numbers, deductions and the veto from
// the incident register, bonuses with evidence, and an audit entry for each write. The review is
// a second person's (四眼原则): whoever last scored a round cannot review it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app.ts';
import { SYSTEM_CTX } from '../shared/context.ts';
import { ASSESSMENT_ASSETS } from './default-rule-sets.ts';

// 1 February 2024 in 临夏: every 2023 reporting period is past due.
const NOW = new Date('2024-02-01T02:00:00Z');
const DEFAULT = readFileSync(join(ASSESSMENT_ASSETS, '2023-default.json'), 'utf8');

interface Subject {
  key: string;
  name: string;
  total: number;
  rank: number;
  grade: string;
  vetoed: boolean;
  items: {
    ruleId: string;
    points: number;
    basis: string;
    sources: { kind: string; code?: string; region?: string }[];
  }[];
}

describe.each(testEngines())('assessment over HTTP (%s)', (engine) => {
  let t: TestApp;
  let office: TestClient;
  let office2: TestClient;
  let officeId: number;
  let office2Id: number;
  let county: TestClient;
  let otherCounty: TestClient;
  let anonymous: TestClient;
  let ruleSetId: number;

  const auditActions = async () =>
    (await t.services.store.audit.list({ page: 1, pageSize: 500 })).items.map((a) => a.action);

  beforeAll(async () => {
    t = await createTestApp(engine, {}, undefined, { now: NOW });
    await t.services.demo.generate({ year: 2023, scale: 0.02 }, SYSTEM_CTX);
    officeId = await t.addUser('office1', 'office');
    office2Id = await t.addUser('office2', 'office');
    await t.addUser('county1', 'county', { regionCode: '622922' }); // 康乐县
    await t.addUser('county2', 'county', { regionCode: '622901' }); // 临夏市
    const login = async (name: string) => {
      const c = t.client();
      expect((await c.login(name)).statusCode).toBe(200);
      return c;
    };
    office = await login('office1');
    office2 = await login('office2');
    county = await login('county1');
    otherCounty = await login('county2');
    anonymous = t.client();
    await anonymous.session();
  });
  afterAll(() => t?.close());

  it('refuses a rule set whose points do not add up to 100, naming the rules, and stores nothing', async () => {
    const bad = JSON.parse(DEFAULT);
    bad.indicators[0].points = 20;
    const before = await auditActions();
    const res = await office.post('/api/assessment/rule-sets', { fileName: 'bad.json', content: JSON.stringify(bad) });
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('ASSESSMENT_RULES_INVALID');
    expect(err.message).toContain('分值合计须为 100 分, 当前为 108 分');
    expect(err.message).toContain('food_pass_rate 20');
    expect((await office.get('/api/assessment/rule-sets')).json().items).toHaveLength(0);
    expect(await auditActions()).toEqual(before);
  });

  it('refuses an unknown indicator code, naming the rule', async () => {
    const bad = JSON.parse(DEFAULT);
    bad.indicators[1].indicator = 'agri_rate_typo';
    const res = await office.post('/api/assessment/rule-sets', { fileName: 'bad.json', content: JSON.stringify(bad) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain(
      '规则「agri_pass_rate」(indicators.1.indicator): 未知指标代码「agri_rate_typo」',
    );
    const notJson = await office.post('/api/assessment/rule-sets', { fileName: 'x.json', content: '{ no' });
    expect(notJson.json().error.message).toContain('不是有效的 JSON');
    expect((await office.get('/api/assessment/rule-sets')).json().items).toHaveLength(0);
  });

  it('stores valid rule sets (office only), versioned, the same content once', async () => {
    expect((await county.post('/api/assessment/rule-sets', { fileName: 'r.json', content: DEFAULT })).statusCode).toBe(
      403,
    );
    const up = await office.post('/api/assessment/rule-sets', { fileName: '2023-default.json', content: DEFAULT });
    expect(up.statusCode).toBe(200);
    expect(up.json()).toMatchObject({ version: 1, kind: 'county', created: true });
    ruleSetId = up.json().id;
    const again = await office.post('/api/assessment/rule-sets/defaults');
    expect(again.json().items.map((x: { created: boolean }) => x.created)).toEqual([false, true]);
    const changed = JSON.parse(DEFAULT);
    changed.description = '第二版';
    const v2 = await office.post('/api/assessment/rule-sets', {
      fileName: 'v2.json',
      content: JSON.stringify(changed),
    });
    expect(v2.json()).toMatchObject({ version: 2, name: changed.name });
    expect(await auditActions()).toContain('assessment.rules.uploaded');
  });

  it('runs a round: self-evaluation in scope, bonuses with evidence, scoring, review, publication', async () => {
    // A 重大 incident in 临夏市 (discovered in 2023) vetoes it; a county report submitted late counts half.
    await t.services.incidents.report(
      {
        enterpriseName: '临夏市某食品有限公司',
        productName: '牛肉面',
        regionCode: '622901',
        discoveredAt: '2023-12-20T10:00:00+08:00',
        severity: '重大',
        injuredCount: 12,
        injuryLevel: '重伤',
        description: '集体食物中毒',
      },
      'staff',
      SYSTEM_CTX,
    );
    const plan = (await county.get('/api/plans/current')).json();
    const task = plan.tasks.find((x: { title: string }) => x.title === '着力提升食品药品质量水平');
    const report = (
      await county.post('/api/progress/reports', { taskId: task.id, period: '2023-Q1', text: '开展食品安全抽检' })
    ).json();
    expect(
      (await county.post(`/api/progress/reports/${report.id}/submit`, { version: report.version })).statusCode,
    ).toBe(200);

    const created = await office.post('/api/assessment/rounds', { year: 2023, ruleSetId });
    expect(created.statusCode).toBe(200);
    const round = created.json();
    expect(round).toMatchObject({ status: 'self_evaluation', kind: 'county', title: '2023年度县市质量工作考核' });
    expect(round.subjects).toHaveLength(8);

    // A county sees and evaluates only itself.
    const seen = (await county.get(`/api/assessment/rounds/${round.id}`)).json();
    expect(seen.subjects.map((s: { key: string }) => s.key)).toEqual(['622922']);
    expect(seen.subjects[0].canSelfEvaluate).toBe(true);
    const self = {
      selfScore: 92,
      text: '全年完成各项任务',
      items: [{ ruleId: 'food_pass_rate', points: 12, note: '达标' }],
      submit: true,
    };
    expect((await otherCounty.put(`/api/assessment/rounds/${round.id}/self-evaluations/622922`, self)).statusCode).toBe(
      403,
    );
    const saved = await county.put(`/api/assessment/rounds/${round.id}/self-evaluations/622922`, self);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'submitted', selfScore: 92, version: 1 });
    const badItem = await county.put(`/api/assessment/rounds/${round.id}/self-evaluations/622922`, {
      ...self,
      items: [{ ruleId: 'nope', points: 1, note: '' }],
    });
    expect(badItem.json().error.message).toContain('自评项「nope」不是本考核规则中的规则');

    // Publication before scoring and review is refused; a county cannot score.
    expect(
      (await office.post(`/api/assessment/rounds/${round.id}/publish`, { version: round.version })).json().error.code,
    ).toBe('ASSESSMENT_STATE');
    expect((await county.post(`/api/assessment/rounds/${round.id}/score`, { version: round.version })).statusCode).toBe(
      403,
    );

    const bonus = await office.post(`/api/assessment/rounds/${round.id}/bonuses`, {
      version: round.version,
      subjectKey: '622922',
      ruleId: 'quality_award',
      title: '甘肃省政府质量奖提名奖',
      evidence: '甘政发〔2023〕45号',
    });
    expect(bonus.statusCode).toBe(200);
    const noEvidence = await office.post(`/api/assessment/rounds/${round.id}/bonuses`, {
      version: bonus.json().version,
      subjectKey: '622922',
      ruleId: 'quality_award',
      title: 'x',
      evidence: ' ',
    });
    expect(noEvidence.statusCode).toBe(400);

    const stale = await office.post(`/api/assessment/rounds/${round.id}/score`, { version: round.version });
    expect(stale.statusCode).toBe(409);
    const scored = await office.post(`/api/assessment/rounds/${round.id}/score`, { version: bonus.json().version });
    expect(scored.statusCode).toBe(200);
    const r = scored.json();
    expect(r.status).toBe('scored');
    expect(r.ranking).toHaveLength(8);
    expect(r.ranking.map((s: Subject) => s.rank)[0]).toBe(1);

    // Every indicator point is the dashboard's number: the same value and status the board shows now.
    const board = await t.services.indicators.list({ year: 2023, period: '2023' });
    const food = board.items.find((i) => i.code === 'food_pass_rate');
    for (const s of r.ranking as Subject[]) {
      const item = s.items.find((i) => i.ruleId === 'food_pass_rate');
      const v = food?.byRegion?.find((b) => b.region === s.key);
      expect(item?.sources).toEqual([{ kind: 'indicator', code: 'food_pass_rate', region: s.key, period: '2023' }]);
      if (v?.value !== null && v?.value !== undefined) expect(item?.basis).toContain(`食品安全抽检合格率 ${v.value}%`);
      if (v?.status === '达标') expect(item?.points).toBe(12);
    }
    const linxia = (r.ranking as Subject[]).find((s) => s.key === '622901');
    expect(linxia).toMatchObject({ vetoed: true, grade: 'D', rank: 8 });
    expect(linxia?.items.find((i) => i.ruleId === 'veto')?.basis).toContain('重大质量安全事故 1 起');
    const kangle = (r.ranking as Subject[]).find((s) => s.key === '622922') as Subject & {
      selfScore: number;
      bonus: number;
    };
    expect(kangle.selfScore).toBe(92);
    expect(kangle.bonus).toBe(2);
    expect(kangle.items.find((i) => i.ruleId === 'reports_on_time')?.basis).toContain('逾期 1 份');

    // Before review a county does not see scores; after review it sees its own.
    expect((await county.get(`/api/assessment/rounds/${round.id}`)).json().subjects[0].score).toBeNull();
    // The scorer's own review is refused, and changes nothing: not the round, not the audit log.
    expect(r).toMatchObject({ scoredBy: 'office1-name', scoredById: officeId });
    const auditBefore = await auditActions();
    const own = await office.post(`/api/assessment/rounds/${round.id}/review`, { version: r.version });
    expect(own.statusCode).toBe(403);
    expect(own.json().error).toMatchObject({
      code: 'ASSESSMENT_REVIEWER_IS_SCORER',
      message: '复核须由评分人以外的人员进行:本轮由 office1-name 评分,请由州质量办的其他人员复核',
    });
    const unchanged = (await office.get(`/api/assessment/rounds/${round.id}`)).json();
    expect(unchanged).toMatchObject({ status: 'scored', version: r.version, reviewedAt: null, reviewedBy: null });
    expect(await auditActions()).toEqual(auditBefore);
    // A second office user reviews.
    const reviewed = await office2.post(`/api/assessment/rounds/${round.id}/review`, { version: r.version });
    expect(reviewed.statusCode).toBe(200);
    expect(reviewed.json()).toMatchObject({ status: 'reviewed', reviewedBy: 'office2-name', scoredById: officeId });
    const mine = (await county.get(`/api/assessment/rounds/${round.id}`)).json();
    expect(mine.subjects[0].score.total).toBe(kangle.total);
    expect(mine.ranking).toHaveLength(1);

    // Not public until published.
    expect((await anonymous.get(`/api/public/assessments/${round.id}`)).statusCode).toBe(404);
    expect((await anonymous.get('/api/public/assessments')).json().items).toHaveLength(0);
    const published = await office.post(`/api/assessment/rounds/${round.id}/publish`, {
      version: reviewed.json().version,
    });
    expect(published.json().status).toBe('published');
    const pub = (await anonymous.get(`/api/public/assessments/${round.id}`)).json();
    expect(pub.subjects).toHaveLength(8);
    expect(pub.subjects[0].items[0]).not.toHaveProperty('details');
    expect(JSON.stringify(pub)).not.toContain('甘政发〔2023〕45号'); // evidence stays inside

    const xlsx = await office.get(`/api/assessment/rounds/${round.id}/result.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');

    const actions = await auditActions();
    for (const a of [
      'assessment.round.created',
      'assessment.self.submitted',
      'assessment.bonus.added',
      'assessment.round.scored',
      'assessment.round.reviewed',
      'assessment.round.published',
    ])
      expect(actions).toContain(a);
    // Published is final.
    expect(
      (
        await office.post(`/api/assessment/rounds/${round.id}/return`, {
          version: published.json().version,
          reason: '重评',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('after a return and a re-score, the new scorer may not review and the previous one may', async () => {
    const created = (await office.post('/api/assessment/rounds', { year: 2023, ruleSetId })).json();
    const scoredByA = (
      await office.post(`/api/assessment/rounds/${created.id}/score`, { version: created.version })
    ).json();
    const reviewedByB = (
      await office2.post(`/api/assessment/rounds/${created.id}/review`, { version: scoredByA.version })
    ).json();
    expect(reviewedByB.status).toBe('reviewed');
    const returned = (
      await office.post(`/api/assessment/rounds/${created.id}/return`, {
        version: reviewedByB.version,
        reason: '县市补充自评材料',
      })
    ).json();
    expect(returned).toMatchObject({ status: 'self_evaluation', reviewedBy: null, reviewedAt: null });
    // The reviewer id is cleared with the name; a fresh review needs a fresh reviewer.
    const stored = await t.services.store.assessment.findRound(created.id);
    expect(stored).toMatchObject({ reviewedById: null, scoredById: officeId });

    const scoredByB = await office2.post(`/api/assessment/rounds/${created.id}/score`, { version: returned.version });
    expect(scoredByB.json()).toMatchObject({ status: 'scored', scoredBy: 'office2-name', scoredById: office2Id });
    const refused = await office2.post(`/api/assessment/rounds/${created.id}/review`, {
      version: scoredByB.json().version,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('ASSESSMENT_REVIEWER_IS_SCORER');
    expect(refused.json().error.message).toContain('本轮由 office2-name 评分');
    const reviewedByA = await office.post(`/api/assessment/rounds/${created.id}/review`, {
      version: scoredByB.json().version,
    });
    expect(reviewedByA.statusCode).toBe(200);
    expect(reviewedByA.json()).toMatchObject({ status: 'reviewed', reviewedBy: 'office1-name' });
    expect(await t.services.store.assessment.findRound(created.id)).toMatchObject({
      scoredById: office2Id,
      reviewedById: officeId,
    });
    // Either office user may publish a reviewed round, the scorer included.
    const published = await office2.post(`/api/assessment/rounds/${created.id}/publish`, {
      version: reviewedByA.json().version,
    });
    expect(published.json().status).toBe('published');
  });

  it('scores departments on the indicators linked to the tasks they lead', async () => {
    const sets = (await office.get('/api/assessment/rule-sets')).json().items;
    const dept = sets.find((s: { kind: string }) => s.kind === 'department');
    const round = (await office.post('/api/assessment/rounds', { year: 2023, ruleSetId: dept.id })).json();
    expect(round.subjects.map((s: { name: string }) => s.name)).toContain('临夏州市场监督管理局');
    const scored = (await office.post(`/api/assessment/rounds/${round.id}/score`, { version: round.version })).json();
    const market = (scored.ranking as Subject[]).find((s) => s.name === '临夏州市场监督管理局');
    const linked = market?.items.find((i) => i.ruleId === 'linked_indicators');
    expect(linked?.sources.length).toBeGreaterThan(0);
    expect(linked?.sources.every((x) => x.kind === 'indicator' && x.region === '622900')).toBe(true);

    // A bonus added to a scored round re-scores it, so its author becomes the one who last scored.
    const withBonus = await office2.post(`/api/assessment/rounds/${round.id}/bonuses`, {
      version: scored.version,
      subjectKey: market?.key,
      ruleId: 'standard',
      title: '主导制定地方标准《牛肉拉面加工技术规范》',
      evidence: '甘肃省地方标准发布公告 2023年第5号',
    });
    expect(withBonus.json()).toMatchObject({ status: 'scored', scoredBy: 'office2-name', scoredById: office2Id });
    const refused = await office2.post(`/api/assessment/rounds/${round.id}/review`, {
      version: withBonus.json().version,
    });
    expect(refused.json().error.code).toBe('ASSESSMENT_REVIEWER_IS_SCORER');
    const reviewed = await office.post(`/api/assessment/rounds/${round.id}/review`, {
      version: withBonus.json().version,
    });
    expect(reviewed.json().status).toBe('reviewed');
  });
});
