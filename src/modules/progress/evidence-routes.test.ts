// Evidence files over HTTP on both engines: accepted only when the content matches the
// extension, refused when too large, stored by sha256 under the data directory, downloaded only
// as attachments, changeable only in a draft, and carried into the next version on revision.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import type { TestClient } from '../../../test/support/test-app.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { DEFAULT_MAX_EVIDENCE_BYTES } from '../../core/progress/evidence-types.ts';

const NOW = new Date('2023-07-03T02:00:00Z');
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]);
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1');

async function docx(): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('高标准农田验收报告')] }] }));
}

async function xlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('台账').addRow(['项目', '面积']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(testEngines())('evidence files over HTTP (%s)', (engine) => {
  let t: TestApp;
  let county: TestClient;
  let otherCounty: TestClient;
  let office: TestClient;
  let reportId: number;

  const upload = (c: TestClient, name: string, bytes: Buffer, id = reportId) =>
    c.upload(`/api/progress/reports/${id}/evidence`, name, bytes);
  const evidenceAudits = async () =>
    (await t.services.store.audit.list({ page: 1, pageSize: 500, entity: 'progress_report' })).items.filter((a) =>
      a.action.startsWith('progress.evidence_'),
    ).length;

  beforeAll(async () => {
    t = await createTestApp(engine, {}, undefined, { now: NOW });
    await t.addUser('county1', 'county', { regionCode: '622923' });
    await t.addUser('county2', 'county', { regionCode: '622901' });
    await t.addUser('office1', 'office');
    county = t.client();
    await county.login('county1');
    otherCounty = t.client();
    await otherCounty.login('county2');
    office = t.client();
    await office.login('office1');
    const plan = (await office.get('/api/plans/current')).json();
    const task = plan.tasks.find((x: { title: string }) => x.title === '着力提升农产品质量水平');
    reportId = (await county.post('/api/progress/reports', { taskId: task.id, period: '2023-Q1', text: '进展' })).json()
      .id;
  });
  afterAll(() => t.close());

  it('accepts pdf, jpg, png, docx and xlsx whose content matches, and stores them by sha256', async () => {
    const files: [string, Buffer][] = [
      ['验收照片.png', PNG],
      ['验收报告.pdf', PDF],
      ['现场.jpg', Buffer.concat([Buffer.from('ffd8ffe000104a464946', 'hex'), Buffer.alloc(32)])],
      ['总结.docx', await docx()],
      ['台账.xlsx', await xlsx()],
    ];
    for (const [name, bytes] of files) {
      const res = await upload(county, name, bytes);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(200);
      expect(res.json()).toMatchObject({ fileName: name, size: bytes.length });
    }
    const detail = (await county.get(`/api/progress/reports/${reportId}`)).json();
    expect(detail.current.evidence.map((e: { kind: string }) => e.kind)).toEqual([
      'png',
      'pdf',
      'jpeg',
      'docx',
      'xlsx',
    ]);
    // The version is untouched: a form open elsewhere stays valid.
    expect(detail.version).toBe(1);
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update(PNG).digest('hex');
    expect(existsSync(join(t.config.dataDir, 'evidence', sha))).toBe(true);
  });

  it('downloads a file only as an attachment, with its name and nosniff', async () => {
    const detail = (await county.get(`/api/progress/reports/${reportId}`)).json();
    const png = detail.current.evidence[0];
    const res = await office.get(png.url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toMatch(/^attachment; /);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('验收照片.png')}`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain('sandbox');
    expect(res.rawPayload.equals(PNG)).toBe(true);
    // Another county may not download it.
    expect((await otherCounty.get(png.url)).statusCode).toBe(403);
    expect((await office.get('/api/progress/evidence/999999')).statusCode).toBe(404);
  });

  it('refuses content that does not match the extension, unknown types and oversized files, storing nothing', async () => {
    const before = (await county.get(`/api/progress/reports/${reportId}`)).json().current.evidence.length;
    const auditsBefore = await evidenceAudits();
    const cases: [string, Buffer, number, string, RegExp][] = [
      ['证明.pdf', PNG, 400, 'EVIDENCE_TYPE_MISMATCH', /PNG 图片.*\.pdf/],
      ['总结.docx', Buffer.from('这是一个文本文件,不是 Word 文档'), 400, 'EVIDENCE_TYPE_MISMATCH', /纯文本.*\.docx/],
      ['台账.docx', await xlsx(), 400, 'EVIDENCE_TYPE_MISMATCH', /Excel 表格/],
      ['照片.png', PDF, 400, 'EVIDENCE_TYPE_MISMATCH', /PDF 文件/],
      ['程序.exe', PNG, 400, 'FILE_TYPE_UNSUPPORTED', /\.pdf、\.jpg/],
      ['空.pdf', Buffer.alloc(0), 400, 'FILE_EMPTY', /空文件/],
      ['大文件.pdf', Buffer.concat([PDF, Buffer.alloc(DEFAULT_MAX_EVIDENCE_BYTES)]), 413, 'FILE_TOO_LARGE', /10 MB/],
    ];
    for (const [name, bytes, status, code, message] of cases) {
      const res = await upload(county, name, bytes);
      expect(res.statusCode, name).toBe(status);
      expect(res.json().error.code, name).toBe(code);
      expect(res.json().error.message, name).toMatch(message);
    }
    expect((await county.get(`/api/progress/reports/${reportId}`)).json().current.evidence).toHaveLength(before);
    expect(await evidenceAudits()).toBe(auditsBefore);
    expect((await upload(otherCounty, 'x.png', PNG)).json().error.code).toBe('FORBIDDEN_SCOPE');
  });

  it('changes files only in a draft, and carries them into the revision after a return', async () => {
    const detail = (await county.get(`/api/progress/reports/${reportId}`)).json();
    const [first, second] = detail.current.evidence;
    const del = await county.request('DELETE', `/api/progress/evidence/${second.id}`);
    expect(del.statusCode).toBe(200);
    expect((await county.get(`/api/progress/reports/${reportId}`)).json().current.evidence).toHaveLength(4);

    await county.post(`/api/progress/reports/${reportId}/submit`, { version: 1 });
    const refused = await upload(county, 'late.png', PNG);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'PROGRESS_STATE', message: expect.stringContaining('草稿') });
    expect((await county.request('DELETE', `/api/progress/evidence/${first.id}`)).statusCode).toBe(409);

    await office.post(`/api/progress/reports/${reportId}/return`, { version: 2, reason: '照片不清晰' });
    const revised = (await county.put(`/api/progress/reports/${reportId}`, { version: 3, text: '补充材料' })).json();
    expect(revised.current.evidence).toHaveLength(4);
    // Removing a file from the new version leaves the returned version's files alone.
    const copy = revised.current.evidence[0];
    expect((await county.request('DELETE', `/api/progress/evidence/${copy.id}`)).statusCode).toBe(200);
    expect((await county.request('DELETE', `/api/progress/evidence/${first.id}`)).json().error.code).toBe(
      'PROGRESS_STATE',
    );
    const after = (await county.get(`/api/progress/reports/${reportId}`)).json();
    expect(after.history[0].evidence).toHaveLength(3);
    expect(after.history[1].evidence).toHaveLength(4);
    // The returned version's files still download.
    expect((await office.get(after.history[1].evidence[0].url)).statusCode).toBe(200);
    const actions = (
      await t.services.store.audit.list({ page: 1, pageSize: 500, entity: 'progress_report' })
    ).items.map((a) => a.action);
    expect(actions.filter((a) => a === 'progress.evidence_added')).toHaveLength(5);
    expect(actions.filter((a) => a === 'progress.evidence_removed')).toHaveLength(2);
  });
});
