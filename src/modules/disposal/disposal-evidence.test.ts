// Evidence files on a disposal case over HTTP, on both engines: checked by content, attached to an
// action or to the case, listed in the case, downloaded only as attachments by whoever may read
// the case, changed only while it is open; every change audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import type { TestClient } from '../../../test/support/test-app.ts';
import { DEFAULT_MAX_EVIDENCE_BYTES } from '../../core/progress/evidence-types.ts';
import { NOW } from '../../core/trace/test-network.ts';
import { SYSTEM_CTX } from '../shared/context.ts';
import { createLoopTestApp, type LoopTestApp } from './loop-test-app.ts';

const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1');

describe.each(testEngines())('disposal evidence files (%s)', (engine) => {
  let t: LoopTestApp;
  let office: TestClient;
  let county: TestClient;
  let otherCounty: TestClient;
  let viewer: TestClient;
  let caseId: number;
  let actionIds: number[];

  const upload = (c: TestClient, name: string, bytes: Buffer, query = '') =>
    c.upload(`/api/disposal/cases/${caseId}/evidence${query}`, name, bytes);
  const detail = async () => (await office.get(`/api/disposal/cases/${caseId}`)).json();
  const audits = async () =>
    (await t.services.store.audit.list({ page: 1, pageSize: 200 })).items.filter((a) =>
      a.action.startsWith('disposal.evidence_'),
    ).length;

  beforeAll(async () => {
    t = await createLoopTestApp(engine, NOW);
    const sample = await t.addFoodSample({ passed: false, regionCode: '622923', productName: '馒头', batch: '0520' });
    caseId = (await t.services.disposal.openForSample(sample, SYSTEM_CTX)).id;
    actionIds = (await t.services.disposal.get(caseId, SYSTEM_CTX)).actions.map((a) => a.id);
    await t.addUser('office', 'office');
    await t.addUser('yj', 'county', { regionCode: '622923' });
    await t.addUser('lxs', 'county', { regionCode: '622901' });
    await t.addUser('viewer', 'viewer');
    office = t.client();
    await office.login('office');
    county = t.client();
    await county.login('yj');
    otherCounty = t.client();
    await otherCounty.login('lxs');
    viewer = t.client();
    await viewer.login('viewer');
  });
  afterAll(() => t.close());

  it('attaches a photo to an action and a PDF to the case, and lists them in the case', async () => {
    const photo = await upload(county, '下架现场.png', PNG, `?actionId=${actionIds[0]}`);
    expect(photo.statusCode, photo.body).toBe(200);
    expect(photo.json()).toMatchObject({
      actionId: actionIds[0],
      fileName: '下架现场.png',
      kind: 'png',
      uploadedBy: 'yj-name',
    });
    const pdf = await upload(office, '立案决定书.pdf', PDF);
    expect(pdf.json()).toMatchObject({ actionId: null, kind: 'pdf' });
    const listed = (await detail()).evidence.map((e: { fileName: string }) => e.fileName);
    expect(listed).toEqual(['下架现场.png', '立案决定书.pdf']);
    expect(await audits()).toBe(2);

    const down = await county.get(`/api/disposal/evidence/${pdf.json().id}`);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-disposition']).toMatch(/^attachment;/);
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.rawPayload.equals(PDF)).toBe(true);
  });

  it('refuses a file whose content is not its type, an oversized one, and an action of another case', async () => {
    const fake = await upload(office, '报告.pdf', PNG);
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.code).toBe('EVIDENCE_TYPE_MISMATCH');
    const big = await upload(office, '大.pdf', Buffer.concat([PDF, Buffer.alloc(DEFAULT_MAX_EVIDENCE_BYTES)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('FILE_TOO_LARGE');
    const wrong = await upload(office, '照片.png', PNG, '?actionId=999999');
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.code).toBe('DISPOSAL_ACTION_NOT_FOUND');
    expect((await detail()).evidence).toHaveLength(2);
  });

  it('keeps files from other counties, viewers and the public', async () => {
    const id = (await detail()).evidence[0].id;
    expect((await upload(otherCounty, 'x.png', PNG)).statusCode).toBe(403);
    expect((await otherCounty.get(`/api/disposal/evidence/${id}`)).statusCode).toBe(403);
    expect((await upload(viewer, 'x.png', PNG)).statusCode).toBe(403);
    expect((await t.client().get(`/api/disposal/evidence/${id}`)).statusCode).toBe(401);
    // An anonymous POST has no session and no CSRF token: refused before it is read.
    const anonymous = await t.client().upload(`/api/disposal/cases/${caseId}/evidence`, 'x.png', PNG);
    expect([401, 403]).toContain(anonymous.statusCode);
    expect((await detail()).evidence).toHaveLength(2);
  });

  it('removes a file while the case is open, and changes nothing once it is closed', async () => {
    const extra = (await upload(office, '多余.png', PNG)).json();
    expect((await office.request('DELETE', `/api/disposal/evidence/${extra.id}`)).statusCode).toBe(200);
    expect((await detail()).evidence).toHaveLength(2);

    for (const a of (await t.services.disposal.get(caseId, SYSTEM_CTX)).actions.filter((x) => x.required))
      await t.services.disposal.completeAction(caseId, a.id, { evidenceText: '已完成,见附件' }, SYSTEM_CTX);
    await t.services.disposal.close(caseId, { outcome: '已下架召回', evidence: '见附件' }, SYSTEM_CTX);
    const late = await upload(office, '补充.png', PNG);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('DISPOSAL_CASE_CLOSED');
    const kept = (await detail()).evidence[0].id;
    expect((await office.request('DELETE', `/api/disposal/evidence/${kept}`)).statusCode).toBe(409);
    expect((await detail()).evidence).toHaveLength(2);
  });
});
