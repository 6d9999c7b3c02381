import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testEngines } from '../../../test/support/engines.ts';
import type { Actor } from '../../core/access/roles.ts';
import { DEFAULT_ORG } from '../../core/org/default-org.ts';
import { fieldOfHeader } from '../../core/records/header-map.ts';
import { KIND_IDS, type KindId } from '../../core/records/kind-spec.ts';
import { KINDS } from '../../core/records/kinds/index.ts';
import type { DbHandle } from '../../db/connection.ts';
import { createServices, type Services } from '../services.ts';
import type { Ctx } from '../shared/context.ts';
import { SYSTEM_CTX } from '../shared/context.ts';
import { createStore } from '../store.ts';
import {
  BAD_CODE,
  csvOf,
  gb18030,
  type Rows,
  rawRow,
  rawWorkbook,
  SAMPLES,
  sampleRowCount,
  xlsxOf,
} from './fixtures.test-support.ts';
import { RECORD_TABLES } from './record-tables.ts';

const office: Ctx = {
  actor: { id: 7, name: '州质量办', role: 'office', unitId: null, regionCode: null },
  ip: '127.0.0.1',
};
const countyActor: Actor = { id: 8, name: '康乐县', role: 'county', unitId: null, regionCode: '622922' };
const county: Ctx = { actor: countyActor, ip: null };

/** The sample rows laid out under the template's own header. */
async function fillTemplate(s: Services, kind: KindId): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await s.records.template(kind)) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  const templateHeader = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const sample = SAMPLES[kind];
  const headerIndex = kind === 'food' ? 1 : 0;
  const sampleHeader = (sample[headerIndex] ?? []).map(String);
  const spec = KINDS[kind];
  const columnOf = (h: string) => {
    const f = fieldOfHeader(spec, h);
    return sampleHeader.findIndex((x) => (f === null ? x === h : fieldOfHeader(spec, x) === f));
  };
  for (const row of sample.slice(headerIndex + 1)) {
    ws.addRow(
      templateHeader.map((h) => {
        const i = columnOf(h);
        return i < 0 ? null : (row[i] ?? null);
      }),
    );
  }
  if (kind === 'survey') {
    // Item columns are the questionnaire's own: add them beside the template's columns.
    const items = sampleHeader.filter((h) => fieldOfHeader(spec, h) === null);
    items.forEach((h, n) => {
      const col = templateHeader.length + n + 1;
      ws.getCell(1, col).value = h;
      sample.slice(1).forEach((row, r) => {
        ws.getCell(r + 2, col).value = (row[sampleHeader.indexOf(h)] ?? null) as ExcelJS.CellValue;
      });
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(testEngines())('records import service (%s)', (engine) => {
  let handle: DbHandle;
  let s: Services;

  beforeAll(async () => {
    handle = await freshDatabase(engine);
    s = createServices(createStore(handle.db, handle.engine), {
      org: DEFAULT_ORG,
      auth: { maxFailures: 5, lockMinutes: 15 },
    });
    await s.org.seedIfEmpty(DEFAULT_ORG, SYSTEM_CTX);
  });
  afterAll(() => handle.close());

  const count = (kind: KindId) => s.store.records.count(RECORD_TABLES[kind]);
  const imports = async () => (await s.records.history({ page: 1, pageSize: 500 })).total;
  const audits = async () => (await s.store.audit.list({ page: 1, pageSize: 1, action: 'records.imported' })).total;
  const run = (kind: KindId, fileName: string, bytes: Buffer, ctx: Ctx = office, extra = {}) =>
    s.records.importFile({ kind, fileName, bytes, year: 2023, ...extra }, ctx);

  it.each(KIND_IDS)('%s: imports the sample file, and a re-import updates in place', async (kind) => {
    const bytes = await xlsxOf(SAMPLES[kind]);
    const n = sampleRowCount(kind);
    const first = await run(kind, `${kind}.xlsx`, bytes);
    expect(first.errors).toEqual([]);
    expect(first).toMatchObject({ stored: true, rows: n, inserted: n, updated: 0 });
    expect(await count(kind)).toBe(n);
    const second = await run(kind, `${kind}.xlsx`, bytes);
    expect(second).toMatchObject({ stored: true, rows: n, inserted: 0, updated: n });
    expect(await count(kind)).toBe(n);
    const page = await s.records.browse(kind, { page: 1, pageSize: 50 });
    expect(page.total).toBe(n);
    if (RECORD_TABLES[kind].dated) expect(page.items[0]).toMatchObject({ importId: second.importId });
  });

  it('records each import with an audit entry in the same transaction', async () => {
    const history = await s.records.history({ page: 1, pageSize: 5, kind: 'food' });
    expect(history.items[0]).toMatchObject({
      kind: 'food',
      fileName: 'food.xlsx',
      rowCount: 3,
      inserted: 0,
      updated: 3,
      actorName: '州质量办',
    });
    expect(history.items[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const audit = await s.store.audit.list({ page: 1, pageSize: 1, action: 'records.imported' });
    expect(audit.items[0]).toMatchObject({
      actorId: 7,
      entity: 'imports',
      after: { kind: 'reported', file: 'reported.xlsx', rows: 2, inserted: 0, updated: 2 },
    });
  });

  it('stores nothing when one row is bad, and returns every problem', async () => {
    const before = [await count('air-hourly'), await imports(), await audits()];
    const rows: Rows = [
      ['城市', '站点', '时间', 'SO2', 'NO2', 'PM10', 'CO', 'O3', 'PM2.5'],
      ['临夏州', '新站', '2023-07-01 01:00', 8, 20, 60, 0.6, 90, 30],
      ['临夏州', '新站', '2023-07-01 02:00', 8, 20, 60, 1200, 90, 30],
      ['临夏州', '新站', '2023-07-01 03:00', 8, -1, 60, 0.6, 90, 30],
      ['临夏州', '新站', '2023-07-01 01:00', 8, 20, 60, 0.6, 90, 30],
    ];
    const r = await run('air-hourly', 'bad.xlsx', await xlsxOf(rows));
    expect(r.stored).toBe(false);
    expect(r.errors.map((e) => [e.file, e.row, e.column])).toEqual([
      ['bad.xlsx', 3, 'CO'],
      ['bad.xlsx', 4, 'NO2'],
      ['bad.xlsx', 5, undefined],
    ]);
    expect(r.errors[0]?.message).toContain('μg/m³');
    expect(r.errors[2]?.message).toContain('与第 2 行重复');
    expect([await count('air-hourly'), await imports(), await audits()]).toEqual(before);
  });

  it('validates without storing on a dry run, counting what would be inserted and updated', async () => {
    const before = [await count('food'), await imports()];
    const rows = [
      ...SAMPLES.food,
      [4, '某厂', '', '临夏县某店', '临夏县', '面包', '', '', '', '铅║1║0.5', '', '第6期', '2023-07-01', '', '', ''],
    ];
    const r = await run('food', 'food.xlsx', await xlsxOf(rows), office, { dryRun: true });
    expect(r).toMatchObject({ dryRun: true, stored: false, importId: null, rows: 4, inserted: 1, updated: 3 });
    expect([await count('food'), await imports()]).toEqual(before);
  });

  it('reads CSV in UTF-8 with BOM and in GB18030', async () => {
    const utf8 = Buffer.from(`\uFEFF${csvOf(SAMPLES.agri)}`, 'utf8');
    expect(await run('agri', 'agri.csv', utf8)).toMatchObject({ stored: true, inserted: 0, updated: 2 });
    const text = csvOf([
      ['县城', '月份', '处理量', '污水总量'],
      ['和政县', '2023年6月', 30, 31],
      ['东乡县', '2023-06', 20.5, 22],
    ]);
    const r = await run('sewage', 'sewage-gbk.csv', gb18030(text));
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ stored: true, inserted: 2 });
    const page = await s.records.browse('sewage', { page: 1, pageSize: 10, region: '622926' });
    expect(page.items).toEqual([
      expect.objectContaining({ area: '东乡县', date: '2023-06-01', regionName: '东乡族自治县' }),
    ]);
  });

  it('keeps below-detection values as written and browses them parsed', async () => {
    const page = await s.records.browse('water', { page: 1, pageSize: 10, q: '水源地' });
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      siteName: '某水源地',
      items: expect.objectContaining({ Hg: '未检出', 'NH3-N': '<0.025' }),
    });
  });

  it('writes files larger than one chunk and reports progress', async () => {
    const rows: Rows = [['城市', '站点', '时间', 'SO2', 'NO2', 'PM10', 'CO', 'O3', 'PM2.5']];
    for (let h = 0; h < 1300; h++) {
      const t = new Date(Date.UTC(2023, 2, 1, h)).toISOString();
      rows.push(['临夏州', '批量站', `${t.slice(0, 10)} ${t.slice(11, 16)}`, 5, 10, 40, 0.4, 60, h % 90]);
    }
    const seen: [number, number | undefined][] = [];
    const r = await run('air-hourly', 'bulk.csv', Buffer.from(csvOf(rows)), office, {
      onProgress: (p: number, t?: number) => seen.push([p, t]),
    });
    expect(r).toMatchObject({ stored: true, rows: 1300, inserted: 1300 });
    expect(seen.some(([, t]) => t === undefined)).toBe(true);
    expect(seen.at(-1)).toEqual([1300, 1300]);
    const again = await run('air-hourly', 'bulk.csv', Buffer.from(csvOf(rows)));
    expect(again).toMatchObject({ inserted: 0, updated: 1300 });
    const page = await s.records.browse('air-hourly', { page: 2, pageSize: 100, from: '2023-03-10', to: '2023-03-20' });
    expect(page.total).toBe(11 * 24);
    expect(page.items).toHaveLength(100);
  });

  it('lets a county user import its own county only', async () => {
    const own = SAMPLES.food.slice(0, 3);
    const mixed = await run('food', 'mixed.xlsx', await xlsxOf(SAMPLES.food), county);
    expect(mixed.stored).toBe(false);
    expect(mixed.errors.map((e) => [e.row, e.code])).toEqual([
      [4, 'FORBIDDEN_SCOPE'],
      [5, 'FORBIDDEN_SCOPE'],
    ]);
    expect(await run('food', 'own.xlsx', await xlsxOf(own), county)).toMatchObject({ stored: true, updated: 1 });
    await expect(
      run('essential-drugs', 'e.xlsx', await xlsxOf(SAMPLES['essential-drugs']), county),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN_SCOPE',
    });
  });

  it('names the credit-code row and the unplaceable rows', async () => {
    const rows = [
      ['产品名称', '企业名称', '所在地', '抽查结果', '抽查类别', '产品类型', '统一社会信用代码', '抽查日期'],
      ['水泥', '兰州某厂', '兰州市', '合格', '省抽', '工业品', '', '2023-05-01'],
      ['砖', '某厂', '临夏市', '合格', '省抽', '工业品', BAD_CODE, '2023-05-01'],
    ];
    const r = await run('product', 'p.xlsx', await xlsxOf(rows));
    expect(r.errors).toEqual([
      { file: 'p.xlsx', row: 3, column: '统一社会信用代码', message: expect.stringContaining('校验码错误') },
    ]);
    expect(r.warnings).toEqual([
      { file: 'p.xlsx', row: 2, column: '所在地', message: expect.stringContaining('兰州市') },
    ]);
  });

  it('uses cached formula results and names formula cells saved without one', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('数据');
    ws.addRow(['县城', '月份', '处理量', '污水总量']);
    ws.addRow(['广河县', '2023-04', { formula: 'D2*0.9', result: 36 }, 40]);
    ws.addRow(['和政县', '2023-04', { formula: 'D3*0.9' }, 40]);
    const bad = await run('sewage', 'f.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(bad.errors).toEqual([
      { file: 'f.xlsx', row: 3, column: '处理量', message: expect.stringContaining('公式单元格没有保存计算结果') },
    ]);
    ws.getCell('C3').value = { formula: 'D3*0.9', result: 36 };
    const good = await run('sewage', 'f.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(good).toMatchObject({ stored: true, rows: 2 });
    const page = await s.records.browse('sewage', { page: 1, pageSize: 5, region: '622924' });
    expect(page.items[0]).toMatchObject({ treated: 36, total: 40 });
  });

  it('stops reading after 1,000 empty rows: a million formatted empty rows or a cell at row 1,000,000', async () => {
    const empty: string[] = [
      rawRow(1, [
        ['A1', '县城'],
        ['B1', '月份'],
        ['C1', '处理量'],
        ['D1', '污水总量'],
      ]),
    ];
    empty.push(
      rawRow(2, [
        ['A2', '临夏市'],
        ['B2', '2023-03'],
        ['C2', 5],
        ['D2', 6],
      ]),
    );
    for (let r = 3; r <= 1_000_000; r++) empty.push(`<row r="${r}"/>`);
    const t0 = Date.now();
    const formatted = await run('sewage', 'empty.xlsx', rawWorkbook(empty.join('')), office, { dryRun: true });
    expect(formatted).toMatchObject({ rows: 1, errors: [] });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['县城', '月份', '处理量', '污水总量']);
    ws.addRow(['临夏市', '2023-03', 5, 6]);
    ws.getCell('A1000000').value = '临夏县';
    const sparse = await run('sewage', 'sparse.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), office, {
      dryRun: true,
    });
    expect(sparse).toMatchObject({ rows: 1, errors: [] });
    expect(sparse.warnings[0]).toMatchObject({ row: 1_000_000, message: expect.stringContaining('已停止读取') });
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('refuses files it cannot read, with the file name and a stable code', async () => {
    const cases: [string, Buffer, string][] = [
      ['x.xlsx', Buffer.from('not a workbook at all'), 'FILE_CORRUPT'],
      ['x.xls', Buffer.from('whatever'), 'FILE_TYPE_UNSUPPORTED'],
      ['x.pdf', Buffer.from('%PDF'), 'FILE_TYPE_UNSUPPORTED'],
      ['x.csv', Buffer.alloc(0), 'FILE_EMPTY'],
      ['x.csv', Buffer.from('甲,乙,丙\n1,2,3'), 'IMPORT_HEADER_NOT_FOUND'],
      ['x.csv', Buffer.from('县城,月份,处理量,污水总量\n'), 'IMPORT_NO_ROWS'],
    ];
    for (const [name, bytes, code] of cases) {
      await expect(run('sewage', name, bytes), `${name} ${code}`).rejects.toMatchObject({ code });
    }
  });

  it.each(KIND_IDS)('%s: the template opens in exceljs and imports once filled (round trip)', async (kind) => {
    const bytes = await s.records.template(kind);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([KINDS[kind].name.slice(0, 31), '填写说明']);
    const first = wb.worksheets[0];
    if (!first) throw new Error('no sheet');
    const headers = (first.getRow(1).values as unknown[]).slice(1).map(String);
    for (const h of headers) expect(fieldOfHeader(KINDS[kind], h), h).not.toBeNull();
    const r = await run(kind, `${kind}-template.xlsx`, await fillTemplate(s, kind), office, { dryRun: true });
    expect(r.errors).toEqual([]);
    expect(r.rows).toBe(sampleRowCount(kind));
  });
});
