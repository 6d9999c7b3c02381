import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app.ts';
import { KIND_IDS } from '../../core/records/kind-spec.ts';
import { type Rows, SAMPLES, xlsxOf } from './fixtures.test-support.ts';

interface Job {
  status: string;
  processed: number;
  total: number | null;
  result?: { inserted: number; updated: number; rows: number; dryRun: boolean; warnings: unknown[] };
  errors?: { file: string; row?: number; column?: string; message: string; code?: string }[];
  code?: string;
}

async function finished(client: TestClient, jobId: string): Promise<Job> {
  for (let i = 0; i < 400; i++) {
    const res = await client.get(`/api/imports/jobs/${jobId}`);
    expect(res.statusCode).toBe(200);
    const job = res.json() as Job;
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('job did not finish');
}

describe.each(testEngines())('imports and records over HTTP (%s)', (engine) => {
  let t: TestApp;
  let office: TestClient;
  let office2: TestClient;
  let viewer: TestClient;
  let county: TestClient;
  let admin: TestClient;

  const upload = async (client: TestClient, kind: string, name: string, bytes: Buffer, query = '') => {
    const res = await client.upload(`/api/imports/${kind}${query}`, name, bytes);
    return res;
  };
  const importOk = async (client: TestClient, kind: string, name: string, bytes: Buffer, query = '') => {
    const res = await upload(client, kind, name, bytes, query);
    expect(res.statusCode, res.body).toBe(202);
    return finished(client, res.json().jobId);
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    await t.addUser('office1', 'office');
    await t.addUser('office2', 'office');
    await t.addUser('viewer1', 'viewer');
    await t.addUser('county1', 'county', { regionCode: '622922' });
    await t.addUser('admin1', 'admin');
    office = t.client();
    office2 = t.client();
    viewer = t.client();
    county = t.client();
    admin = t.client();
    await office.login('office1');
    await office2.login('office2');
    await viewer.login('viewer1');
    await county.login('county1');
    await admin.login('admin1');
  });
  afterAll(() => t.close());

  it('lists every kind with its Chinese name and fields', async () => {
    const res = await viewer.get('/api/imports/kinds');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      kind: string;
      name: string;
      fields: { name: string; header: string; required: boolean }[];
    }[];
    expect(items.map((k) => k.kind)).toEqual([...KIND_IDS]);
    const food = items.find((k) => k.kind === 'food');
    expect(food?.name).toBe('食品安全抽检');
    expect(food?.fields).toContainEqual(
      expect.objectContaining({ name: 'sampledUnitName', header: '被抽样单位名称', required: true }),
    );
  });

  it('serves templates as Excel files with a 填写说明 sheet', async () => {
    for (const kind of ['food', 'air-hourly', 'water-project-checks']) {
      const res = await viewer.get(`/api/imports/templates/${kind}.xlsx`);
      expect(res.statusCode, kind).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(String(res.headers['content-disposition'])).toContain("filename*=UTF-8''");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(wb.worksheets[1]?.name).toBe('填写说明');
    }
    expect((await viewer.get('/api/imports/templates/nope.xlsx')).statusCode).toBe(400);
  });

  it('imports in the background and reports the result to the job owner', async () => {
    const job = await importOk(office, 'food', '不合格产品信息.xlsx', await xlsxOf(SAMPLES.food), '?year=2023');
    expect(job).toMatchObject({
      status: 'done',
      processed: 3,
      total: 3,
      result: { inserted: 3, updated: 0, rows: 3, dryRun: false },
    });
    const again = await importOk(office, 'food', '不合格产品信息.xlsx', await xlsxOf(SAMPLES.food));
    expect(again.result).toMatchObject({ inserted: 0, updated: 3 });
    const history = (await viewer.get('/api/imports?kind=food')).json();
    expect(history.total).toBe(2);
    expect(history.items[0]).toMatchObject({ kind: 'food', fileName: '不合格产品信息.xlsx', rowCount: 3, updated: 3 });
  });

  it('shows a job only to its owner and administrators', async () => {
    const res = await upload(office, 'sewage', 's.xlsx', await xlsxOf(SAMPLES.sewage));
    const { jobId } = res.json();
    await finished(office, jobId);
    expect((await office2.get(`/api/imports/jobs/${jobId}`)).statusCode).toBe(404);
    expect((await viewer.get(`/api/imports/jobs/${jobId}`)).json().error.code).toBe('IMPORT_JOB_NOT_FOUND');
    expect((await admin.get(`/api/imports/jobs/${jobId}`)).statusCode).toBe(200);
  });

  it('validates only on dryRun=1', async () => {
    const before = (await viewer.get('/api/records/agri')).json().total;
    const job = await importOk(office, 'agri', 'agri.xlsx', await xlsxOf(SAMPLES.agri), '?dryRun=1');
    expect(job).toMatchObject({ status: 'done', result: { dryRun: true, inserted: 2 } });
    expect((await viewer.get('/api/records/agri')).json().total).toBe(before);
  });

  it('fails a job with every row problem and stores nothing', async () => {
    const rows: Rows = [
      ['日期', '城市', 'SO2', 'NO2', 'PM10', 'CO', 'O3_8h', 'PM2.5'],
      ['2023-05-06', '临夏州', 8, 20, 60, 900, 90, 30],
      ['2022-05-07', '临夏州', 9, 22, 70, 0.7, 100, 35],
      ['2023-05-08', '临夏州', 9, 22, 70, 0.7, 100, 35],
    ];
    const job = await importOk(office, 'air-daily', 'air.xlsx', await xlsxOf(rows), '?year=2023');
    expect(job.status).toBe('failed');
    expect(job.code).toBe('IMPORT_ROWS_INVALID');
    expect(job.errors?.map((e) => [e.file, e.row, e.column])).toEqual([
      ['air.xlsx', 2, 'CO'],
      ['air.xlsx', 3, '日期'],
    ]);
    expect((await viewer.get('/api/records/air-daily')).json().total).toBe(0);
    const corrupt = await importOk(
      office,
      'air-daily',
      'broken.xlsx',
      Buffer.from('PK\u0003\u0004 but not really a zip'),
    );
    expect(corrupt).toMatchObject({ status: 'failed', code: 'FILE_CORRUPT' });
    expect(corrupt.errors?.[0]?.file).toBe('broken.xlsx');
  });

  it('refuses uploads without permission, of unknown kinds or types', async () => {
    const bytes = await xlsxOf(SAMPLES.sewage);
    expect((await upload(viewer, 'sewage', 's.xlsx', bytes)).statusCode).toBe(403);
    expect((await upload(office, 'nonsense', 's.xlsx', bytes)).statusCode).toBe(400);
    const pdf = await upload(office, 'sewage', 's.pdf', Buffer.from('%PDF-1.7'));
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().error.code).toBe('FILE_TYPE_UNSUPPORTED');
    expect((await t.client().get('/api/records/food')).statusCode).toBe(401);
  });

  it('lets a county user import only its own county', async () => {
    const job = await importOk(county, 'food', 'mixed.xlsx', await xlsxOf(SAMPLES.food));
    expect(job.status).toBe('failed');
    expect(job.errors?.map((e) => e.code)).toEqual(['FORBIDDEN_SCOPE', 'FORBIDDEN_SCOPE']);
    const own = await importOk(county, 'food', 'own.xlsx', await xlsxOf(SAMPLES.food.slice(0, 3)));
    expect(own, JSON.stringify(own)).toMatchObject({ status: 'done', result: { updated: 1 } });
    const list = await upload(county, 'essential-drugs', 'e.xlsx', await xlsxOf(SAMPLES['essential-drugs']));
    expect(list.statusCode).toBe(403);
    expect(list.json().error.code).toBe('FORBIDDEN_SCOPE');
  });

  it('browses records by region, date range and keyword, for every role', async () => {
    const all = (await viewer.get('/api/records/food?pageSize=10')).json();
    expect(all.total).toBe(3);
    expect(all.items[0]).toMatchObject({ regionCode: expect.any(String), failedItems: expect.any(Array) });
    const kangle = (await county.get('/api/records/food?region=622922')).json();
    expect(kangle.items.map((x: { sampledUnitName: string }) => x.sampledUnitName)).toEqual(['康乐县某超市']);
    expect(kangle.items[0].regionName).toBe('康乐县');
    expect((await viewer.get(`/api/records/food?q=${encodeURIComponent('牛肉')}`)).json().total).toBe(1);
    expect((await viewer.get('/api/records/food?q=%25')).json().total).toBe(0);
    expect((await viewer.get('/api/records/food?from=2023-06-11')).json().total).toBe(0);
    expect((await viewer.get('/api/records/food?region=none')).json().total).toBe(0);
    expect((await viewer.get('/api/records/food?from=June')).statusCode).toBe(400);
  });
});
