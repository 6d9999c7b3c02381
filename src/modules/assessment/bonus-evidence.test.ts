// Evidence files of assessment bonuses over HTTP, on both engines: the 质量奖 certificate or the
// 命名文件 is checked by content, listed with its bonus in the office's round view, downloaded only
// by the office and only as an attachment, changed only while bonuses may change (not after
// review or publication), removed with its bonus, audited, and never shown to the public.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app.ts';
import { DEFAULT_MAX_EVIDENCE_BYTES } from '../../core/progress/evidence-types.ts';

const NOW = new Date('2024-02-01T02:00:00Z');
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1');
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]);
const KANGLE = '622922';

interface BonusView {
  id: number;
  title: string;
  files: { id: number; bonusId: number; fileName: string; kind: string; size: number; uploadedBy: string }[];
}
interface RoundView {
  id: number;
  version: number;
  status: string;
  subjects: { key: string; bonuses: BonusView[] }[];
}

describe.each(testEngines())('assessment bonus evidence files (%s)', (engine) => {
  let t: TestApp;
  let office: TestClient;
  let office2: TestClient;
  let county: TestClient;
  let viewer: TestClient;
  let anonymous: TestClient;
  let roundId: number;
  let bonusId: number;

  const round = async (c: TestClient = office): Promise<RoundView> =>
    (await c.get(`/api/assessment/rounds/${roundId}`)).json();
  const bonusesOf = async (c: TestClient = office) =>
    (await round(c)).subjects.find((s) => s.key === KANGLE)?.bonuses ?? [];
  const filesOf = async (id = bonusId) => (await bonusesOf()).find((b) => b.id === id)?.files ?? [];
  const upload = (c: TestClient, name: string, bytes: Buffer, bonus = bonusId) =>
    c.upload(`/api/assessment/rounds/${roundId}/bonuses/${bonus}/evidence`, name, bytes);
  const audits = async () =>
    (await t.services.store.audit.list({ page: 1, pageSize: 500 })).items.filter((a) =>
      a.action.startsWith('assessment.bonus.'),
    );
  const addBonus = async (title: string, evidence: string) => {
    const res = await office.post(`/api/assessment/rounds/${roundId}/bonuses`, {
      version: (await round()).version,
      subjectKey: KANGLE,
      ruleId: 'quality_award',
      title,
      evidence,
    });
    expect(res.statusCode, res.body).toBe(200);
    const added = (res.json() as RoundView).subjects
      .find((s) => s.key === KANGLE)
      ?.bonuses.find((b) => b.title === title);
    return added?.id as number;
  };

  beforeAll(async () => {
    t = await createTestApp(engine, {}, undefined, { now: NOW });
    await t.addUser('office1', 'office');
    await t.addUser('office2', 'office');
    await t.addUser('county1', 'county', { regionCode: KANGLE });
    await t.addUser('viewer1', 'viewer');
    const login = async (name: string) => {
      const c = t.client();
      expect((await c.login(name)).statusCode).toBe(200);
      return c;
    };
    office = await login('office1');
    office2 = await login('office2');
    county = await login('county1');
    viewer = await login('viewer1');
    anonymous = t.client();
    await anonymous.session();
    const sets = (await office.post('/api/assessment/rule-sets/defaults')).json().items;
    const countySet = sets.find((x: { kind: string }) => x.kind === 'county');
    roundId = (await office.post('/api/assessment/rounds', { year: 2023, ruleSetId: countySet.id })).json().id;
    bonusId = await addBonus('甘肃省政府质量奖提名奖', '甘政发〔2023〕45号');
  });
  afterAll(() => t?.close());

  it('attaches a PDF certificate to a bonus, lists it in the round, and the office downloads it', async () => {
    const before = (await round()).version;
    const res = await upload(office, '省政府质量奖证书.pdf', PDF);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      bonusId,
      fileName: '省政府质量奖证书.pdf',
      kind: 'pdf',
      size: PDF.length,
      uploadedBy: 'office1-name',
    });
    expect(res.json()).not.toHaveProperty('sha256');
    // The round moves on, so a review based on the round without this file is refused as stale.
    expect((await round()).version).toBe(before + 1);
    const files = await filesOf();
    expect(files.map((f) => f.fileName)).toEqual(['省政府质量奖证书.pdf']);
    expect(files[0]?.id).toBe(res.json().id);

    const down = await office2.get(`/api/assessment/evidence/${res.json().id}`);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['content-disposition']).toMatch(/^attachment;/);
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.rawPayload.equals(PDF)).toBe(true);

    const added = (await audits()).filter((a) => a.action === 'assessment.bonus.evidence_added');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      actorName: 'office1-name',
      entity: 'assessment_round',
      entityId: String(roundId),
    });
    expect(added[0]?.after).toMatchObject({ bonusId, fileName: '省政府质量奖证书.pdf', kind: 'pdf' });
  });

  it('refuses content that is not its extension, an oversized file and an unknown bonus, storing nothing', async () => {
    const auditsBefore = (await audits()).length;
    const fake = await upload(office, '证书.pdf', PNG);
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.code).toBe('EVIDENCE_TYPE_MISMATCH');
    const big = await upload(office, '大.pdf', Buffer.concat([PDF, Buffer.alloc(DEFAULT_MAX_EVIDENCE_BYTES)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('FILE_TOO_LARGE');
    const unknown = await upload(office, '证书.pdf', PDF, 999_999);
    expect(unknown.statusCode).toBe(404);
    expect(await filesOf()).toHaveLength(1);
    expect((await audits()).length).toBe(auditsBefore);
  });

  it('keeps the files from counties, viewers and anonymous callers', async () => {
    const id = (await filesOf())[0]?.id as number;
    for (const c of [county, viewer]) {
      expect((await upload(c, 'x.pdf', PDF)).statusCode).toBe(403);
      expect((await c.get(`/api/assessment/evidence/${id}`)).statusCode).toBe(403);
      expect((await c.request('DELETE', `/api/assessment/evidence/${id}`)).statusCode).toBe(403);
    }
    expect((await anonymous.get(`/api/assessment/evidence/${id}`)).statusCode).toBe(401);
    // No session: refused before the upload is read (401, or 403 where the CSRF check runs first).
    expect([401, 403]).toContain((await upload(t.client(), 'x.pdf', PDF)).statusCode);
    expect([401, 403]).toContain((await upload(anonymous, 'x.pdf', PDF)).statusCode);
    expect(await filesOf()).toHaveLength(1);
  });

  it('removes a file, and removing a bonus removes its files', async () => {
    const extra = (await upload(office, '多余.png', PNG)).json();
    expect(await filesOf()).toHaveLength(2);
    expect((await office.request('DELETE', `/api/assessment/evidence/${extra.id}`)).statusCode).toBe(200);
    expect((await filesOf()).map((f) => f.fileName)).toEqual(['省政府质量奖证书.pdf']);
    expect((await office.get(`/api/assessment/evidence/${extra.id}`)).json().error.code).toBe('EVIDENCE_NOT_FOUND');
    const removed = (await audits()).filter((a) => a.action === 'assessment.bonus.evidence_removed');
    expect(removed.map((a) => (a.before as { fileName: string }).fileName)).toEqual(['多余.png']);

    const second = await addBonus('中国驰名商标', '商标局认定文件');
    const file = (await upload(office, '驰名商标认定.pdf', PDF, second)).json();
    expect(await filesOf(second)).toHaveLength(1);
    const res = await office.request('DELETE', `/api/assessment/rounds/${roundId}/bonuses/${second}`, {
      version: (await round()).version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await bonusesOf()).map((b) => b.id)).toEqual([bonusId]);
    expect((await office.get(`/api/assessment/evidence/${file.id}`)).statusCode).toBe(404);
    const rows = await t.services.store.assessment.bonusFiles(roundId);
    expect(rows.map((r) => r.bonusId)).toEqual([bonusId]);
    const gone = (await audits()).find((a) => a.action === 'assessment.bonus.removed');
    expect(gone?.before).toMatchObject({ id: second, files: [{ evidenceId: file.id, fileName: '驰名商标认定.pdf' }] });
  });

  it('changes nothing once the round is reviewed or published; the public never sees the files', async () => {
    const scored = (
      await office.post(`/api/assessment/rounds/${roundId}/score`, { version: (await round()).version })
    ).json() as RoundView;
    expect(scored.status).toBe('scored');
    // A scored round still takes files (bonuses may still change until the review).
    const late = await upload(office, '补充材料.pdf', PDF);
    expect(late.statusCode).toBe(200);
    const reviewed = await office2.post(`/api/assessment/rounds/${roundId}/review`, {
      version: (await round()).version,
    });
    expect(reviewed.json().status, reviewed.body).toBe('reviewed');

    const refuseChanges = async () => {
      const before = await round();
      const files = await filesOf();
      const auditsBefore = (await audits()).length;
      const up = await upload(office, '再补充.pdf', PDF);
      expect(up.statusCode).toBe(409);
      expect(up.json().error.code).toBe('ASSESSMENT_STATE');
      const del = await office.request('DELETE', `/api/assessment/evidence/${late.json().id}`);
      expect(del.statusCode).toBe(409);
      expect(del.json().error.code).toBe('ASSESSMENT_STATE');
      expect(await filesOf()).toEqual(files);
      expect((await round()).version).toBe(before.version);
      expect((await audits()).length).toBe(auditsBefore);
      // Kept for the office to read.
      expect((await office.get(`/api/assessment/evidence/${late.json().id}`)).statusCode).toBe(200);
    };
    await refuseChanges();

    const published = await office.post(`/api/assessment/rounds/${roundId}/publish`, {
      version: (await round()).version,
    });
    expect(published.json().status).toBe('published');
    await refuseChanges();
    const ids = (await filesOf()).map((f) => f.id);
    expect(ids).toHaveLength(2);

    // Logged-in units and viewers see the published bonuses, but not their files.
    for (const c of [county, viewer]) {
      const seen = await bonusesOf(c);
      expect(seen.map((b) => b.title)).toEqual(['甘肃省政府质量奖提名奖']);
      expect(seen.every((b) => b.files.length === 0)).toBe(true);
      for (const id of ids) expect((await c.get(`/api/assessment/evidence/${id}`)).statusCode).toBe(403);
    }

    // The public answers name no file, no file id and no download address.
    const list = await anonymous.get('/api/public/assessments');
    expect(list.json().items.map((x: { id: number }) => x.id)).toContain(roundId);
    const pub = await anonymous.get(`/api/public/assessments/${roundId}`);
    expect(pub.statusCode).toBe(200);
    for (const body of [list.body, pub.body]) {
      for (const leak of ['省政府质量奖证书', '补充材料', '.pdf', '"files"', '"bonusId"', '/evidence', 'sha256'])
        expect(body).not.toContain(leak);
    }
    for (const id of ids) expect((await anonymous.get(`/api/assessment/evidence/${id}`)).statusCode).toBe(401);
  });
});
