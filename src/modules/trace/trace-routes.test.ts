// The trace API over HTTP, and the spreadsheet round trip: a filled template imports as events,
// and a lot's export imports into another database as the same trace.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { doc, LOT, networkEvents, P } from '../../core/trace/test-network.ts';
import { writeTraceWorkbook } from './trace-xlsx.ts';

const graphUrl = (lot: string, direction = 'both') =>
  `/api/trace/lots/${encodeURIComponent(lot)}/graph?direction=${direction}`;

type Row = Parameters<typeof writeTraceWorkbook>[0][number];
const blank: Row = Object.fromEntries(
  [
    '事件类型',
    '时间',
    '业务步骤',
    '批次/追溯码',
    '编码类型',
    '生产者信用代码',
    '产品名称',
    '数量',
    '单位',
    '发货方信用代码',
    '发货方名称',
    '收货方信用代码',
    '收货方名称',
    '地点',
    '所在县',
    '输入批次',
    '输出批次',
    '事件ID',
  ].map((k) => [k, null]),
) as Row;

describe.each(testEngines())('trace over HTTP (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    await t.addUser('msa', 'department');
    await t.addUser('viewer', 'viewer');
  });
  afterAll(() => t.close());

  it('captures an EPCIS document for staff only and serves the graph', async () => {
    const anon = t.client();
    await anon.session();
    expect((await anon.post('/api/trace/capture', doc(networkEvents()))).statusCode).toBe(401);
    const v = t.client();
    await v.login('viewer');
    expect((await v.post('/api/trace/capture', doc(networkEvents()))).statusCode).toBe(403);
    const c = t.client();
    await c.login('msa');
    const r = await c.post('/api/trace/capture', doc(networkEvents()));
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ captured: 16, duplicates: 0 });
    const g = await v.get(graphUrl(LOT.yoghurt));
    expect(g.statusCode).toBe(200);
    const body = g.json();
    expect(body.root).toBe(LOT.yoghurt);
    expect(body.nodes.length).toBeGreaterThan(8);
    expect((await v.get(graphUrl('Y20240502', 'backward'))).json().edges.length).toBeGreaterThan(3);
    expect((await v.get(graphUrl('urn:zl:lot:x:y'))).json().error.code).toBe('TRACE_LOT_NOT_FOUND');
    expect((await v.get('/api/trace/lots?q=Y2024')).json().items[0]).toMatchObject({ lotId: LOT.yoghurt });
    const events = (await v.get(`/api/trace/lots/${encodeURIComponent(LOT.yoghurt)}/events`)).json().items;
    expect(events.length).toBe(8);
  });

  it('serves lots whose GS1 Digital Link id holds slashes', async () => {
    const c = t.client();
    await c.login('msa');
    const lot = 'https://id.gs1.org/01/09521234543213/10/ABC1';
    const e = { ...networkEvents()[0]!, quantityList: [{ epcClass: lot, quantity: 5, uom: 'CT' }] };
    expect((await c.post('/api/trace/capture', doc([e]))).json()).toMatchObject({ captured: 1 });
    const g = (await c.get(graphUrl(lot))).json();
    expect(g.root).toBe(lot);
    expect(g.nodes.find((n: { root?: boolean }) => n.root)).toMatchObject({ lotKind: 'gs1', code: 'ABC1' });
  });

  it('answers a malformed document with the field at fault', async () => {
    const c = t.client();
    await c.login('msa');
    const r = await c.post('/api/trace/capture', {
      type: 'EPCISDocument',
      schemaVersion: '2.0',
      creationDate: 'x',
      epcisBody: { eventList: [{ type: 'Nope' }] },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('VALIDATION_FAILED');
    const noTz = doc([{ ...networkEvents()[0]!, eventTime: '2024-05-01T06:00:00', eventID: 'x1' }]);
    const r2 = await c.post('/api/trace/capture', noTz);
    expect(r2.json().error).toMatchObject({ code: 'TRACE_TIME_INVALID', details: [{ row: 1, column: 'eventTime' }] });
  });

  it('imports a filled template and exports a lot that imports back elsewhere as the same trace', async () => {
    const c = t.client();
    await c.login('msa');
    const tpl = await c.get('/api/trace/template.xlsx');
    expect(tpl.statusCode).toBe(200);
    const farm = P.farm;
    const shop = P.shop1;
    const rows: Row[] = [
      {
        ...blank,
        事件类型: '对象事件',
        时间: '2024-05-20 08:00',
        业务步骤: '生产赋码',
        '批次/追溯码': 'B0520',
        生产者信用代码: farm,
        产品名称: '鲜牛奶',
        数量: 100,
        单位: 'KGM',
        发货方信用代码: farm,
        发货方名称: '某牧场',
        地点: '临夏县某镇',
        所在县: '临夏县',
      },
      {
        ...blank,
        事件类型: '对象事件',
        时间: '2024-05-20 10:00',
        业务步骤: '发货',
        '批次/追溯码': 'B0520',
        生产者信用代码: farm,
        数量: 60,
        单位: 'KGM',
        发货方信用代码: farm,
        收货方信用代码: shop,
        收货方名称: '某超市',
      },
      {
        ...blank,
        事件类型: '对象事件',
        时间: '2024-05-20 15:00',
        业务步骤: '收货',
        '批次/追溯码': 'B0520',
        生产者信用代码: farm,
        数量: 60,
        单位: 'KGM',
        发货方信用代码: farm,
        收货方信用代码: shop,
        所在县: '622924',
      },
      {
        ...blank,
        事件类型: '转换事件',
        时间: '2024-05-21 09:00',
        '批次/追溯码': 'C0521',
        生产者信用代码: shop,
        数量: 50,
        单位: '盒',
        输入批次: `urn:zl:lot:${farm}:B0520(60)`,
        发货方信用代码: shop,
      },
    ];
    const bytes = await writeTraceWorkbook(rows);
    const up = await c.upload('/api/trace/import', '追溯事件.xlsx', bytes);
    expect(up.statusCode).toBe(200);
    expect(up.json()).toMatchObject({ captured: 4, rows: 4 });
    const lot = `urn:zl:lot:${farm}:B0520`;
    const g1 = (await c.get(graphUrl(lot))).json();
    expect(g1.nodes.find((n: { creditCode?: string }) => n.creditCode === shop)).toMatchObject({ name: '某超市' });
    expect(g1.edges.map((e: { kind: string }) => e.kind).sort()).toEqual([
      'commission',
      'receive',
      'ship',
      'transform',
    ]);

    const exported = await c.get(`/api/trace/lots/${encodeURIComponent(lot)}/export.xlsx`);
    expect(exported.statusCode).toBe(200);
    const other = await createTestApp(engine);
    try {
      await other.addUser('msa2', 'department');
      const c2 = other.client();
      await c2.login('msa2');
      const again = await c2.upload('/api/trace/import', 'export.xlsx', exported.rawPayload);
      expect(again.json()).toMatchObject({ captured: 4 });
      const g2 = (await c2.get(graphUrl(lot))).json();
      const shape = (g: {
        edges: {
          kind: string;
          fromLot: string;
          toLot: string;
          fromParty: string | null;
          toParty: string | null;
          time: string;
          quantity: number | null;
          uom: string | null;
        }[];
      }) =>
        g.edges
          .map((e) => [e.kind, e.fromLot, e.toLot, e.fromParty, e.toParty, e.time, e.quantity, e.uom].join('|'))
          .sort();
      expect(shape(g2)).toEqual(shape(g1));
      expect(g2.nodes.find((n: { lotId?: string }) => n.lotId === lot)).toMatchObject({ productName: '鲜牛奶' });
      // The same file again adds nothing: event ids travel with the export.
      expect((await c2.upload('/api/trace/import', 'export.xlsx', exported.rawPayload)).json()).toMatchObject({
        captured: 0,
        duplicates: 4,
      });
    } finally {
      await other.close();
    }
  });

  it('reports every bad row of a sheet with its row number and imports nothing', async () => {
    const c = t.client();
    await c.login('msa');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('事件');
    ws.addRow(['某县追溯台账']);
    ws.addRow([
      '事件类型',
      '时间',
      '业务步骤',
      '批次/追溯码',
      '数量',
      '单位',
      '发货方信用代码',
      '收货方信用代码',
      '所在县',
    ]);
    ws.addRow([
      '对象事件',
      new Date(Date.UTC(2024, 4, 22, 8, 0)),
      '生产赋码',
      '81234567890123456789',
      1,
      '盒',
      P.dairy,
      null,
      '临夏市',
    ]);
    ws.addRow(['飞行事件', '2024-05-22 08:00', '发货', '81234567890123456789', 1, '盒', P.dairy, P.shop1, '临夏市']);
    ws.addRow(['对象事件', '昨天', '发货', '123', 1, '盒', '91XXXX', P.shop1, '兰州市']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const before = await t.services.store.trace.countEvents();
    const r = await c.upload('/api/trace/import', 'bad.xlsx', bytes);
    expect(r.statusCode).toBe(400);
    const err = r.json().error;
    expect(err.code).toBe('IMPORT_ROWS_INVALID');
    expect(err.details.map((d: { row: number; column: string }) => `${d.row}:${d.column}`)).toEqual([
      '4:事件类型',
      '5:时间',
      '5:批次/追溯码',
      '5:发货方信用代码',
      '5:所在县',
    ]);
    expect(await t.services.store.trace.countEvents()).toBe(before);
    const notXlsx = await c.upload('/api/trace/import', 'a.csv', Buffer.from('x'));
    expect(notXlsx.json().error.code).toBe('FILE_TYPE_UNSUPPORTED');
  });
});
